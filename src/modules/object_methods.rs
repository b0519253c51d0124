//! Methods every object inherits (`object.__init__`, `__repr__`, ...), the
//! methods of exceptions, generators and iterators, and `property`'s
//! decorator methods.

use std::sync::Arc;

use super::builtins_util::{R, add_methods, stop_with};
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::dict::StrKey;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, IterState, ObjKind, PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let object: &[(&'static str, BuiltinFn<M>)] = &[
        ("__init__", object_init),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__lt__", object_order),
        ("__le__", object_order),
        ("__gt__", object_order),
        ("__ge__", object_order),
        ("__setattr__", object_setattr),
        ("__getattribute__", object_getattribute),
        ("__delattr__", object_delattr),
        ("__format__", object_format),
        ("__dir__", object_dir),
    ];
    add_methods(interp.types.get(BuiltinType::Object), object);
    let exc: &[(&'static str, BuiltinFn<M>)] = &[
        ("__init__", exc_init),
        ("__repr__", exc_repr),
        ("__str__", exc_str),
        ("with_traceback", exc_with_traceback),
        ("add_note", exc_add_note),
    ];
    add_methods(interp.types.get(BuiltinType::BaseException), exc);
    let type_methods: &[(&'static str, BuiltinFn<M>)] =
        &[("mro", type_mro), ("__init__", type_init), ("__call__", type_call), ("__subclasses__", type_subclasses)];
    add_methods(interp.types.get(BuiltinType::Type), type_methods);
    // `type.__new__` is a static method and `object.__init_subclass__` a
    // class method, as in CPython (`super().__new__(mcls, ...)` from a
    // metaclass, `super().__init_subclass__(**kw)` from a hook).
    let new = crate::object::Builtin::function("__new__", type_new::<M>);
    let init_subclass = crate::object::Builtin::function("__init_subclass__", object_init_subclass::<M>);
    let subclasshook = crate::object::Builtin::function("__subclasshook__", object_subclasshook::<M>);
    let prepare = crate::object::Builtin::function("__prepare__", type_prepare::<M>);
    for v in [&new, &init_subclass, &subclasshook, &prepare] {
        if let Value::Obj(o) = v {
            o.make_immortal();
        }
    }
    let new = Value::obj(ObjKind::StaticMethod(new));
    let init_subclass = Value::obj(ObjKind::ClassMethod(init_subclass));
    let subclasshook = Value::obj(ObjKind::ClassMethod(subclasshook));
    let prepare = Value::obj(ObjKind::ClassMethod(prepare));
    for v in [&new, &init_subclass, &subclasshook, &prepare] {
        if let Value::Obj(o) = v {
            o.make_immortal();
        }
    }
    if let ObjKind::Class(c) = &interp.types.get(BuiltinType::Type).kind {
        c.set_attr("__new__", new);
        c.set_attr("__prepare__", prepare);
    }
    if let ObjKind::Class(c) = &interp.types.get(BuiltinType::Object).kind {
        c.set_attr("__init_subclass__", init_subclass);
        c.set_attr("__subclasshook__", subclasshook);
    }
    let key_error: &[(&'static str, BuiltinFn<M>)] = &[("__str__", key_error_str)];
    add_methods(interp.types.exc(ExcType::KeyError), key_error);
    let generator: &[(&'static str, BuiltinFn<M>)] = &[
        ("send", gen_send),
        ("close", gen_close),
        ("throw", gen_throw),
        ("__next__", iter_next),
        ("__iter__", iter_self),
    ];
    add_methods(interp.types.get(BuiltinType::Generator), generator);
    let coroutine: &[(&'static str, BuiltinFn<M>)] =
        &[("send", gen_send), ("close", gen_close), ("throw", gen_throw), ("__await__", coro_await)];
    add_methods(interp.types.get(BuiltinType::Coroutine), coroutine);
    add_methods(interp.types.get(BuiltinType::CoroutineWrapper), generator);
    let iterator: &[(&'static str, BuiltinFn<M>)] = &[("__next__", iter_next), ("__iter__", iter_self)];
    use BuiltinType::*;
    for t in [
        Iterator,
        Enumerate,
        Zip,
        Map,
        Filter,
        Reversed,
        Count,
        Chain,
        ISlice,
        ListIterator,
        TupleIterator,
        BytesIterator,
        ByteArrayIterator,
        MemoryIterator,
        ListReverseIterator,
        SetIterator,
        StrIterator,
        RangeIterator,
        DictKeyIterator,
        DictValueIterator,
        DictItemIterator,
        CallableIterator,
    ] {
        add_methods(interp.types.get(t), iterator);
    }
    add_methods(interp.types.get(Count), &[("__repr__", super::itertools_native::count_repr::<M>)]);
    if let ObjKind::Class(c) = &interp.types.get(Chain).kind {
        c.set_attr(
            "from_iterable",
            Value::obj(ObjKind::ClassMethod(crate::object::Builtin::function(
                "from_iterable",
                super::itertools_native::chain_from_iterable,
            ))),
        );
    }
    // The subclassable iterator classes get payload methods, but their
    // `__iter__` must return the instance itself, not its payload.
    for t in BuiltinType::ALL.iter().filter(|t| t.is_iterator_class()) {
        if let ObjKind::Class(c) = &interp.types.get(*t).kind {
            let f = crate::object::Builtin::method("__iter__", iter_self::<M>);
            if let Value::Obj(o) = &f {
                o.make_immortal();
            }
            c.set_attr("__iter__", f);
        }
    }
    let containers: &[(&'static str, BuiltinFn<M>)] =
        &[("__len__", dunder_len), ("__getitem__", dunder_getitem), ("__contains__", dunder_contains)];
    for t in [
        BuiltinType::Str,
        BuiltinType::List,
        BuiltinType::Tuple,
        BuiltinType::Dict,
        BuiltinType::Range,
        BuiltinType::Bytes,
        BuiltinType::ByteArray,
        BuiltinType::MemoryView,
    ] {
        add_methods(interp.types.get(t), containers);
    }
    let sets: &[(&'static str, BuiltinFn<M>)] = &[("__len__", dunder_len), ("__contains__", dunder_contains)];
    add_methods(interp.types.get(BuiltinType::Set), sets);
    add_methods(interp.types.get(BuiltinType::FrozenSet), sets);
    let dict_set: &[(&'static str, BuiltinFn<M>)] = &[("__setitem__", dunder_setitem)];
    add_methods(interp.types.get(BuiltinType::Dict), dict_set);
    add_methods(interp.types.get(BuiltinType::List), dict_set);
    add_methods(interp.types.get(BuiltinType::ByteArray), dict_set);
    add_methods(interp.types.get(BuiltinType::MemoryView), dict_set);
    let property: &[(&'static str, BuiltinFn<M>)] = &[
        ("getter", prop_getter),
        ("setter", prop_setter),
        ("deleter", prop_deleter),
        ("__get__", prop_get),
        ("__set__", prop_set),
        ("__delete__", prop_delete),
        ("__init__", prop_init),
    ];
    add_methods(interp.types.get(BuiltinType::Property), property);
}

/// The `NotImplemented` singleton.
pub fn not_implemented<M: Model>(vm: &mut Vm<M>) -> Value<M> {
    crate::vm::eval::dict_get_str(&vm.interp.builtins, "NotImplemented").unwrap_or(Value::None)
}

fn recv<'a, M: Model>(args: &Args<'a, M>, qual: &str) -> PyResult<&'a Value<M>, M> {
    args.pos
        .first()
        .ok_or_else(|| PyErr::type_error(format!("descriptor '{qual}' of 'object' object needs an argument")))
}

fn object_init<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "__init__")?;
    if args.pos.len() > 1 || !args.kwnames.is_empty() {
        // `C(1)` never gets here (instantiation skips built-in inits), so
        // this is an explicit `object.__init__(self, ...)` call.
        let cls = vm.type_of(this);
        if let ObjKind::Class(c) = &cls.kind {
            let own = c.lookup("__init__");
            let inherited = matches!(own.as_ref().and_then(|f| f.kind()), Some(ObjKind::Builtin(_)));
            if inherited {
                return Err(PyErr::type_error(format!(
                    "{}.__init__() takes exactly one argument (the instance to initialize)",
                    c.name
                )));
            }
        }
        return Err(PyErr::type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
    }
    Ok(Value::None)
}

/// The default repr, `<__main__.C object at 0x...>`.
pub fn default_repr<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> String {
    let cls = vm.type_of(v);
    match &cls.kind {
        ObjKind::Class(c) => {
            let module = if c.module == "builtins" { String::new() } else { format!("{}.", c.module) };
            format!("<{module}{} object at {:#x}>", c.qualname, v.id())
        }
        _ => format!("<object at {:#x}>", v.id()),
    }
}

fn object_repr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "__repr__")?;
    args.expect("object.__repr__", 1, 1).map_err(|_| arity("object.__repr__", &args))?;
    Ok(Value::str(default_repr(vm, this)))
}

fn arity<M: Model>(qual: &str, args: &Args<'_, M>) -> PyErr<M> {
    PyErr::type_error(format!("{qual}() takes no arguments ({} given)", args.pos.len().saturating_sub(1)))
}

fn object_str<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "__str__")?.clone();
    args.expect("object.__str__", 1, 1).map_err(|_| arity("object.__str__", &args))?;
    Ok(Value::str(vm.repr(&this)?))
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec, else
/// CPython's TypeError. Reached from `super().__format__(spec)` in a class's
/// own `__format__` and from `int.__format__(5, "03d")`, so a built-in value
/// (or the built-in value inside an instance of a subclass) is formatted
/// as its type formats it.
fn object_format<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "__format__")?.clone();
    args.expect("object.__format__", 2, 2).map_err(|_| arity("object.__format__", &args))?;
    let Some(spec) = args.pos[1].as_str().map(str::to_string) else {
        return Err(PyErr::type_error(format!("__format__() argument must be str, not {}", args.pos[1].type_name())));
    };
    let text = match this.kind() {
        Some(ObjKind::Instance(inst)) => match &inst.payload {
            Some(value) if !spec.is_empty() => vm.format(&value.clone(), &spec)?,
            _ if spec.is_empty() => vm.str(&this)?,
            _ => {
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    this.type_name()
                )));
            }
        },
        _ => vm.format(&this, &spec)?,
    };
    Ok(Value::str(text))
}

/// `object.__dir__(self)`: the names `dir(self)` lists.
fn object_dir<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "__dir__")?.clone();
    args.expect("object.__dir__", 1, 1).map_err(|_| arity("object.__dir__", &args))?;
    super::builtin_dir::builtin_dir(vm, Args::positional(&[this]))
}

/// `C.mro()`: the class, then its method resolution order, as a list.
fn type_mro<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("mro", 1, 1)?;
    match args.pos[0].kind() {
        Some(ObjKind::Class(c)) => {
            let mut out = vec![args.pos[0].clone()];
            out.extend(c.mro.iter().cloned().map(Value::Obj));
            Ok(Value::list(out))
        }
        _ => Err(PyErr::type_error(format!(
            "descriptor 'mro' requires a 'type' object but received a '{}'",
            args.pos[0].type_name()
        ))),
    }
}

/// `type.__prepare__(name, bases, **kw)`: the namespace a class body
/// starts from, a fresh dict whatever the arguments.
fn type_prepare<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::dict(crate::object::Dict::new()))
}

/// `C.__subclasses__()`: the live classes that name `C` as a direct base,
/// oldest first. Classes hold no list of their subclasses, so this walks
/// the built-in types and the collector's tracked objects (a rare call).
fn type_subclasses<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__subclasses__", 1, 1)?;
    let Some(this) = args.pos[0].as_obj().filter(|o| matches!(o.kind, ObjKind::Class(_))) else {
        return Err(PyErr::type_error(format!(
            "descriptor '__subclasses__' requires a 'type' object but received a '{}'",
            args.pos[0].type_name()
        )));
    };
    let mut candidates: Vec<crate::object::ObjRef<M>> = vm.interp.types.builtin.to_vec();
    candidates.extend(vm.interp.gc.tracked::<M>().into_iter().map(|(_, o)| o));
    let mut found: Vec<(u64, crate::object::ObjRef<M>)> = Vec::new();
    for o in candidates {
        if let ObjKind::Class(c) = &o.kind
            && c.bases.iter().any(|b| crate::object::ObjRef::ptr_eq(b, this))
            && !found.iter().any(|(_, f)| crate::object::ObjRef::ptr_eq(f, &o))
        {
            found.push((c.cache_id, o.clone()));
        }
    }
    found.sort_by_key(|(id, _)| *id);
    Ok(Value::list(found.into_iter().map(|(_, o)| Value::Obj(o)).collect()))
}

fn object_eq<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__eq__", 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    // A number's own __eq__: int's knows ints, float's ints and floats,
    // complex's every number (`(1).__eq__(2)` is False, `(1).__eq__(1.0)`
    // NotImplemented, as in CPython).
    use crate::object::dict::{Num, as_num};
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let is_int = |n: &Num<'_>| matches!(n, Num::Int(_) | Num::Big(_));
        let applies = match x {
            Num::Int(_) | Num::Big(_) => is_int(&y),
            Num::Float(_) => !matches!(y, Num::Complex(_)),
            Num::Complex(_) => true,
        };
        if !applies {
            return Ok(not_implemented(vm));
        }
        // Not `==`'s identity shortcut: a NaN is not equal to itself.
        if let (Num::Float(x), Num::Float(y)) = (&x, &y) {
            return Ok(Value::Bool(x == y));
        }
        return Ok(Value::Bool(vm.eq(a, b)?));
    }
    if a.is(b) {
        return Ok(Value::Bool(true));
    }
    // Strings and containers have no `__eq__` of their own here: answer as
    // `==` does between them (`[1].__eq__([1])` is True, `set().__eq__(3)`
    // NotImplemented), an instance of a subclass by the built-in value it
    // is (`str.__eq__(self, other)` in a str subclass's own `__eq__`).
    // Numbers and plain instances keep the default.
    let builtin_value = |v: &Value<M>| match v.kind() {
        Some(ObjKind::Instance(inst)) => inst.payload.clone(),
        _ => Some(v.clone()),
    };
    let (Some(a), Some(b)) = (builtin_value(a), builtin_value(b)) else { return Ok(not_implemented(vm)) };
    let (a, b) = (&a, &b);
    if let Value::Obj(o) = a
        && !matches!(o.kind, ObjKind::Instance(_))
        && crate::object::dict::as_num(a).is_none()
        && crate::object::dict::as_num(b).is_none()
        && let Some(r) = vm.native_eq(a, b)?
    {
        return Ok(Value::Bool(r));
    }
    Ok(not_implemented(vm))
}

fn exc_state<M: Model>(v: &Value<M>) -> Option<&M::Cell<crate::object::class::ExcState<M>>> {
    match v.kind() {
        Some(ObjKind::Instance(inst)) => inst.exc.as_deref(),
        _ => None,
    }
}

fn exc_init<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "__init__")?;
    if !args.kwnames.is_empty() {
        let name = this.type_name().to_string();
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    if let Some(st) = exc_state(this) {
        let new_args = args.pos[1..].to_vec();
        let old = st.with(|e| std::mem::replace(&mut e.args, new_args));
        drop(old);
    }
    Ok(Value::None)
}

fn exc_args<M: Model>(v: &Value<M>) -> Vec<Value<M>> {
    exc_state(v).map(|st| st.with(|e| e.args.clone())).unwrap_or_default()
}

fn exc_repr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "__repr__")?;
    let a = exc_args(this);
    let inner = if a.len() == 1 {
        vm.repr(&a[0])?
    } else {
        let t = vm.repr(&Value::tuple(a.clone()))?;
        if a.is_empty() { String::new() } else { t[1..t.len() - 1].to_string() }
    };
    Ok(Value::str(format!("{}({inner})", this.type_name())))
}

fn exc_str<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "__str__")?;
    let a = exc_args(this);
    let os_error = vm.exc_class(crate::object::ExcType::OSError).clone();
    if vm.isinstance(this, &os_error)
        && let Some(s) = super::os_error::os_error_str(vm, this, &a)
    {
        return Ok(Value::str(s?));
    }
    if let Some(ObjKind::Instance(inst)) = this.kind()
        && let Some(t) = inst.class().exc
        && let Some(s) = super::unicode_error::message(t, &a)
    {
        return Ok(Value::str(s));
    }
    Ok(Value::str(match a.len() {
        0 => String::new(),
        1 => vm.str(&a[0])?,
        _ => vm.repr(&Value::tuple(a))?,
    }))
}

fn key_error_str<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "__str__")?;
    let a = exc_args(this);
    Ok(Value::str(match a.len() {
        0 => String::new(),
        1 => vm.repr(&a[0])?,
        _ => vm.repr(&Value::tuple(a))?,
    }))
}

fn exc_with_traceback<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "with_traceback")?;
    args.expect("with_traceback", 2, 2)?;
    Ok(this.clone())
}

fn exc_add_note<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = recv(&args, "add_note")?;
    args.expect("add_note", 2, 2)?;
    if args.pos[1].as_str().is_none() {
        return Err(PyErr::type_error(format!("note must be a str, not '{}'", args.pos[1].type_name())));
    }
    // Notes are stored but tracebacks do not print them yet.
    if let Some(ObjKind::Instance(inst)) = this.kind() {
        let key = crate::object::dict::Key::str("__notes__");
        let notes = inst.with_dict(|d| d.get(&key).cloned());
        match notes.as_ref().and_then(|n| n.kind()) {
            Some(ObjKind::List(l)) => l.with(|l| l.push(args.pos[1].clone())),
            _ => {
                let old = inst.with_dict(|d| d.insert(key, Value::list(vec![args.pos[1].clone()])));
                drop(old);
            }
        }
    }
    Ok(Value::None)
}

fn gen_send<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let g = recv(&args, "send")?;
    args.expect("send", 2, 2)?;
    let just_started = match g.kind() {
        Some(ObjKind::Iter(c)) => c.with(|s| match s {
            IterState::Generator { frame: Some(f), coroutine, .. } if f.ip == 0 => {
                Some(if *coroutine { "coroutine" } else { "generator" })
            }
            _ => None,
        }),
        _ => return Err(PyErr::type_error("send() requires a generator")),
    };
    if let Some(what) = just_started
        && !args.pos[1].is_none()
    {
        return Err(PyErr::type_error(format!("can't send non-None value to a just-started {what}")));
    }
    match vm.generator_step(g, args.pos[1].clone(), None)? {
        crate::vm::iterate::GenStep::Yield(v) => Ok(v),
        crate::vm::iterate::GenStep::Return(v) => Err(stop_with(v)),
    }
}

/// Throw GeneratorExit in at the paused `yield`, so `finally` blocks run.
fn gen_close<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let g = recv(&args, "close")?.clone();
    args.expect("close", 1, 1).map_err(|_| arity("generator.close", &args))?;
    vm.close_iterator(&g)?;
    Ok(Value::None)
}

/// `coroutine.__await__()`: an iterator that steps the coroutine.
fn coro_await<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = recv(&args, "__await__")?;
    args.expect("__await__", 1, 1)?;
    Ok(Vm::await_wrapper(c))
}

/// `gen.throw(exc)`: raise `exc` at the paused `yield`.
fn gen_throw<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let g = recv(&args, "throw")?.clone();
    args.expect("throw", 2, 4)?;
    let err = vm.raise(Some(args.pos[1].clone()), None);
    match vm.generator_step(&g, Value::None, Some(err))? {
        crate::vm::iterate::GenStep::Yield(v) => Ok(v),
        crate::vm::iterate::GenStep::Return(v) => Err(stop_with(v)),
    }
}

fn iter_next<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let it = recv(&args, "__next__")?;
    vm.next_or_stop(it)
}

fn iter_self<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(recv(&args, "__iter__")?.clone())
}

/// `prop.getter(f)` and friends: a copy with one accessor replaced, of the
/// receiver's own class (a property subclass makes another of itself).
fn prop_with<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, slot: usize, name: &str) -> R<M> {
    args.expect(name, 2, 2)?;
    let Some(mut parts) = crate::object::property_parts(&args.pos[0]) else {
        return Err(PyErr::type_error(format!("descriptor '{name}' requires a 'property' object")));
    };
    // `None` keeps the old accessor, as CPython's property copy.
    if !args.pos[1].is_none() {
        parts[slot] = args.pos[1].clone();
    }
    if let Some(ObjKind::Instance(_)) = args.pos[0].kind() {
        let cls = Value::Obj(vm.type_of(&args.pos[0]));
        return vm.call(&cls, &parts, &[]);
    }
    Ok(Value::obj(ObjKind::Property(Box::new(parts))))
}

fn prop_getter<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    prop_with(vm, &args, 0, "getter")
}

fn prop_setter<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    prop_with(vm, &args, 1, "setter")
}

fn prop_deleter<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    prop_with(vm, &args, 2, "deleter")
}

/// The accessor in `slot` of the property `args.pos[0]`, or CPython's
/// AttributeError naming what is missing for the object in `args.pos[1]`.
fn prop_accessor<M: Model>(args: &Args<'_, M>, slot: usize, name: &str, missing: &str) -> R<M> {
    let Some(parts) = crate::object::property_parts(&args.pos[0]) else {
        return Err(PyErr::type_error(format!("descriptor '{name}' requires a 'property' object")));
    };
    if parts[slot].is_none() {
        return Err(PyErr::attribute_error(format!(
            "property of '{}' object has no {missing}",
            args.pos[1].type_name()
        )));
    }
    Ok(parts[slot].clone())
}

/// `property.__init__(self, fget, fset, fdel, doc)`, as a property
/// subclass's `__init__` calls it. A property's accessors are fixed when
/// it is made (from the class call's arguments), so this accepts the same
/// accessors again and refuses, clearly, to change them.
fn prop_init<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let Some((this, rest)) = args.pos.split_first() else {
        return Err(PyErr::type_error("descriptor '__init__' of 'property' object needs an argument"));
    };
    let Some(current) = crate::object::property_parts(this) else {
        return Err(PyErr::type_error("descriptor '__init__' requires a 'property' object"));
    };
    let base = vm.builtin_type(crate::object::class::BuiltinType::Property).clone();
    let wanted = vm.call(&Value::Obj(base), &[rest, args.kwvals].concat(), args.kwnames)?;
    let Some(wanted) = crate::object::property_parts(&wanted) else { return Ok(Value::None) };
    if current.iter().zip(wanted.iter()).all(|(a, b)| a.is(b)) {
        return Ok(Value::None);
    }
    Err(PyErr::new(
        crate::object::ExcType::NotImplementedError,
        "property.__init__() with accessors other than the ones the property subclass was called with is not supported by minipy",
    ))
}

/// `prop.__get__(obj, type=None)`: the property itself read through the
/// class (`obj` None), else its getter's answer.
fn prop_get<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__get__", 2, 3)?;
    if args.pos[1].is_none() {
        return Ok(args.pos[0].clone());
    }
    let getter = prop_accessor(&args, 0, "__get__", "getter")?;
    vm.call(&getter, &args.pos[1..2], &[])
}

fn prop_set<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__set__", 3, 3)?;
    let setter = prop_accessor(&args, 1, "__set__", "setter")?;
    vm.call(&setter, &args.pos[1..3], &[])?;
    Ok(Value::None)
}

fn prop_delete<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__delete__", 2, 2)?;
    let deleter = prop_accessor(&args, 2, "__delete__", "deleter")?;
    vm.call(&deleter, &args.pos[1..2], &[])?;
    Ok(Value::None)
}

/// `object.__lt__` and the other orderings: objects have no order of their
/// own, so the answer is always NotImplemented (CPython's slot wrappers).
fn object_order<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("comparison", 2, 2)?;
    Ok(not_implemented(vm))
}

/// `object.__hash__(x)`: the identity-based hash every object starts with.
fn object_hash<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__hash__", 1, 1)?;
    let v = &args.pos[0];
    let h = crate::object::dict::native_hash(v).unwrap_or_else(|_| v.id() >> 4);
    Ok(Value::Int(h))
}

fn object_ne<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__ne__", 2, 2)?;
    // The default __ne__ inverts whatever __eq__ says: the `__eq__` of
    // the receiver's type, which for a class is its metaclass's (its own
    // MRO would give the unbound `object.__eq__`).
    let (this, other) = (&args.pos[0], &args.pos[1]);
    let r = if let Some(ObjKind::Class(_)) = this.kind() {
        const EQ: StrKey<'static> = StrKey::constant("__eq__");
        match crate::vm::ops::operator_method(this, &EQ) {
            Some(eq) => vm.call_special(&eq, &[this.clone(), other.clone()])?,
            None => Value::Bool(this.is(other)),
        }
    } else {
        vm.call_method(this, "__eq__", &args.pos[1..])?
    };
    if crate::vm::ops::is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

/// `object.__setattr__(self, name, value)`: properties, then the instance dict.
fn object_setattr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__setattr__", 3, 3)?;
    let (this, name, value) = (&args.pos[0], &args.pos[1], args.pos[2].clone());
    let name = name
        .as_str()
        .ok_or_else(|| PyErr::type_error(format!("attribute name must be string, not '{}'", name.type_name())))?;
    vm.generic_setattr(this, name, value)?;
    Ok(Value::None)
}

fn attr_name<M: Model>(v: &Value<M>) -> PyResult<&str, M> {
    v.as_str().ok_or_else(|| PyErr::type_error(format!("attribute name must be string, not '{}'", v.type_name())))
}

/// `object.__getattribute__(self, name)`: the lookup without `__getattr__`.
fn object_getattribute<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__getattribute__", 2, 2)?;
    let (this, name) = (&args.pos[0], attr_name(&args.pos[1])?);
    let found = match this.kind() {
        Some(ObjKind::Instance(inst)) => vm.generic_getattr(this, inst, name)?,
        _ => vm.getattr_opt(this, name)?,
    };
    found.ok_or_else(|| vm.no_attribute(this, name))
}

/// `object.__delattr__(self, name)`.
fn object_delattr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__delattr__", 2, 2)?;
    vm.generic_delattr(&args.pos[0], attr_name(&args.pos[1])?)?;
    Ok(Value::None)
}

fn dunder_len<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__len__", 1, 1)?;
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}

fn dunder_getitem<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__getitem__", 2, 2)?;
    vm.getitem(&args.pos[0], &args.pos[1])
}

fn dunder_setitem<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__setitem__", 3, 3)?;
    vm.setitem(&args.pos[0], args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn dunder_contains<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__contains__", 2, 2)?;
    Ok(Value::Bool(vm.contains(&args.pos[0], &args.pos[1])?))
}

/// `type.__new__(mcls, name, bases, namespace, **kw)`.
fn type_new<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    vm.type_dunder_new(args)
}

/// `type.__init__(cls, ...)`: the class is already complete.
fn type_init<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    match args.pos.len() {
        1 | 2 | 4 => Ok(Value::None),
        _ => Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments")),
    }
}

/// `type.__call__(cls, *args, **kw)`: what calling a class does by default
/// (reached by `super().__call__(...)` from a metaclass's `__call__`).
fn type_call<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let Some(cls) = args.pos.first().and_then(|c| c.as_obj()).filter(|c| matches!(c.kind, ObjKind::Class(_))) else {
        return Err(PyErr::type_error("descriptor '__call__' requires a 'type' object"));
    };
    let cls = cls.clone();
    let mut rest = args.pos[1..].to_vec();
    rest.extend_from_slice(args.kwvals);
    vm.instantiate(&cls, &rest, args.kwnames)
}

/// `object.__init_subclass__(cls)`: takes no keyword arguments.
/// `object.__subclasshook__(C)`: the default hook of the ABC machinery,
/// which has no opinion.
fn object_subclasshook<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(not_implemented(vm))
}

fn object_init_subclass<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() || args.pos.len() > 1 {
        let name = match args.pos.first().and_then(|c| c.kind()) {
            Some(ObjKind::Class(c)) => c.name.clone(),
            _ => "object".to_string(),
        };
        return Err(PyErr::type_error(format!("{name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}
