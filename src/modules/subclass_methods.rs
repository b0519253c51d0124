//! What subclassing a built-in type needs from the built-ins: `object.__new__`
//! (which makes instances of Python classes, with their built-in payload),
//! and the `__init__`s of the mutable containers, which fill that payload
//! when a subclass's own `__init__` calls `super().__init__(...)`.

use std::sync::Arc;

use super::builtins_util::{R, add_methods};
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{Builtin, BuiltinFn, ObjKind, ObjRef, PyErr, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let new = Builtin::function("__new__", object_new::<M>);
    if let Value::Obj(o) = &new {
        o.make_immortal();
    }
    let new = Value::obj(ObjKind::StaticMethod(new));
    if let Value::Obj(o) = &new {
        o.make_immortal();
    }
    if let ObjKind::Class(c) = &interp.types.get(BuiltinType::Object).kind {
        c.set_attr("__new__", new);
    }
    // The types whose instances carry a value have their own `__new__`, as
    // in CPython, so `int.__new__(str)` and `object.__new__(int)` are refused
    // with the owner's name in the message.
    let typed: [BuiltinFn<M>; 11] = [
        typed_new::<M, 0>,
        typed_new::<M, 1>,
        typed_new::<M, 2>,
        typed_new::<M, 3>,
        typed_new::<M, 4>,
        typed_new::<M, 5>,
        typed_new::<M, 6>,
        typed_new::<M, 7>,
        typed_new::<M, 8>,
        typed_new::<M, 9>,
        typed_new::<M, 10>,
    ];
    for (t, f) in NEW_OWNERS.iter().zip(typed) {
        let new = Builtin::function("__new__", f);
        if let Value::Obj(o) = &new {
            o.make_immortal();
        }
        let new = Value::obj(ObjKind::StaticMethod(new));
        if let Value::Obj(o) = &new {
            o.make_immortal();
        }
        if let ObjKind::Class(c) = &interp.types.get(*t).kind {
            c.set_attr("__new__", new);
        }
    }
    // The built-in reprs, so `super().__repr__()` in a subclass finds its
    // base's repr before object's.
    let repr: &[(&'static str, BuiltinFn<M>)] = &[("__repr__", builtin_repr)];
    for t in crate::object::class::BuiltinType::ALL.iter().filter(|t| t.has_payload() && !t.is_iterator_class()) {
        add_methods(interp.types.get(*t), repr);
    }
    let list: &[(&'static str, BuiltinFn<M>)] = &[("__init__", list_init)];
    add_methods(interp.types.get(BuiltinType::List), list);
    let dict: &[(&'static str, BuiltinFn<M>)] = &[("__init__", dict_init)];
    add_methods(interp.types.get(BuiltinType::Dict), dict);
    let set: &[(&'static str, BuiltinFn<M>)] = &[("__init__", set_init)];
    add_methods(interp.types.get(BuiltinType::Set), set);
}

const NEW_OWNERS: [BuiltinType; 11] = {
    use BuiltinType::*;
    [Int, Float, Complex, Str, Bytes, ByteArray, List, Tuple, Dict, Set, FrozenSet]
};

/// `T.__new__(cls, *args)` for the built-in type `NEW_OWNERS[I]`.
fn typed_new<M: Model, const I: usize>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    checked_new(vm, args, NEW_OWNERS[I])
}

/// `object.__new__(cls, *args)`: a new instance of `cls`.
fn object_new<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    checked_new(vm, args, BuiltinType::Object)
}

/// The class CPython names in "is not safe, use X.__new__()": `cls` or the
/// first base that does not define `__new__` in Python.
fn static_base<M: Model>(cls: &Value<M>) -> String {
    let Some(ObjKind::Class(c)) = cls.kind() else { return String::new() };
    let python_new = |c: &crate::object::Class<M>| c.lookup("__new__").is_some_and(|f| !is_builtin(&f));
    if !python_new(c) {
        return c.name.clone();
    }
    for b in &c.mro {
        if let ObjKind::Class(b) = &b.kind
            && !python_new(b)
        {
            return b.name.clone();
        }
    }
    c.name.clone()
}

/// `owner.__new__(cls, *args)` with CPython's checks: `cls` is a type, a
/// subtype of `owner`, and made by `owner`'s allocator (not `object.__new__(int)`).
fn checked_new<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>, owner: BuiltinType) -> R<M> {
    let owner_name = owner.name();
    let Some(cls) = args.pos.first() else {
        return Err(PyErr::type_error(format!("{owner_name}.__new__(): not enough arguments")));
    };
    let Some(ObjKind::Class(c)) = cls.kind() else {
        return Err(PyErr::type_error(format!(
            "{owner_name}.__new__(X): X is not a type object ({})",
            cls.type_name()
        )));
    };
    let cls_ref = cls.as_obj().cloned().expect("class");
    if owner != BuiltinType::Object {
        let owner_cls = vm.interp.types.get(owner).clone();
        let subtype = ObjRef::ptr_eq(&cls_ref, &owner_cls) || c.mro.iter().any(|b| ObjRef::ptr_eq(b, &owner_cls));
        if !subtype {
            return Err(PyErr::type_error(format!(
                "{owner_name}.__new__({}): {} is not a subtype of {owner_name}",
                c.name, c.name
            )));
        }
    }
    // The mutable containers' `__new__` makes an empty one; `__init__`
    // fills it.
    if matches!(owner, BuiltinType::List | BuiltinType::Dict | BuiltinType::Set | BuiltinType::ByteArray)
        && c.builtin == owner
        && c.display_module() == "builtins"
    {
        return (vm.interp.registry.construct)(vm, &cls_ref, owner, Args::positional(&[]));
    }
    // Exceptions and the other built-in types (iterators...) keep object's
    // allocator in minipy.
    if c.exc.is_none() && c.builtin != owner && (NEW_OWNERS.contains(&c.builtin) || owner != BuiltinType::Object) {
        return Err(PyErr::type_error(format!(
            "{owner_name}.__new__({}) is not safe, use {}.__new__()",
            c.name,
            static_base(cls)
        )));
    }
    let rest = Args { pos: &args.pos[1..], kwnames: args.kwnames, kwvals: args.kwvals };
    if c.module == "builtins" && c.exc.is_none() {
        // `object.__new__(list)` and friends: the built-in's own constructor.
        return (vm.interp.registry.construct)(vm, &cls_ref, c.builtin, rest);
    }
    let own = |name: &str| c.lookup(name).is_some_and(|f| !is_builtin(&f));
    if c.builtin == BuiltinType::Object && c.exc.is_none() && !(rest.pos.is_empty() && rest.kwnames.is_empty()) {
        if own("__new__") {
            return Err(PyErr::type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !own("__init__") {
            return Err(PyErr::type_error(format!("{}() takes no arguments", c.name)));
        }
    }
    let own_init = own("__init__");
    vm.new_instance(&cls_ref, rest, own_init)
}

fn is_builtin<M: Model>(f: &Value<M>) -> bool {
    match f.kind() {
        Some(ObjKind::Builtin(_)) => true,
        Some(ObjKind::StaticMethod(inner)) => matches!(inner.kind(), Some(ObjKind::Builtin(_))),
        _ => false,
    }
}

/// `list.__repr__(self)` and the other built-ins' own reprs.
fn builtin_repr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__repr__", 1, 1)?;
    Ok(Value::str(vm.repr(&args.pos[0])?))
}

/// `list.__init__(self, iterable=())`: replace the contents.
fn list_init<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("list", 1, 2)?;
    let items = match args.pos.get(1) {
        Some(src) => vm.collect(src)?,
        None => Vec::new(),
    };
    match args.pos[0].kind() {
        Some(ObjKind::List(l)) => drop(l.with(|l| std::mem::replace(l, items))),
        _ => return Err(super::builtins_util::descriptor_error("__init__", "list", &args.pos[0])),
    }
    Ok(Value::None)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kwargs)`: update.
fn dict_init<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let target = &args.pos[0];
    if !matches!(target.kind(), Some(ObjKind::Dict(_))) {
        return Err(super::builtins_util::descriptor_error("__init__", "dict", target));
    }
    if let Some(src) = args.pos.get(1) {
        super::dict_methods::update_from(vm, target, src)?;
    }
    super::dict_methods::update_kwargs(target, &args);
    Ok(Value::None)
}

/// `set.__init__(self, iterable=())`: replace the contents.
fn set_init<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("set", 1, 2)?;
    let table = match args.pos.get(1) {
        Some(src) => vm.set_table_from(src)?,
        None => crate::object::Dict::new_set(),
    };
    match args.pos[0].kind() {
        Some(ObjKind::Set(s)) => drop(s.with(|s| std::mem::replace(s, table))),
        _ => return Err(super::builtins_util::descriptor_error("__init__", "set", &args.pos[0])),
    }
    Ok(Value::None)
}
