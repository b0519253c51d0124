//! `dir(obj)`: the sorted attribute names CPython lists. Most come from
//! the namespaces along the class's MRO; the rest (`__class__`, an
//! exception's `args`, an int's `real`, ...) are answered natively and are
//! added here, a built-in object's only when it really has them.

use super::builtins_util::R;
use crate::model::{Model, ObjCell};
use crate::object::function::Args;
use crate::object::{Class, Dict, ExcType, ObjKind, PyErr, Value};
use crate::vm::Vm;

pub fn builtin_dir<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("dir", 0, 1)?;
    let v = match args.pos.first() {
        None => {
            return Err(PyErr::new(ExcType::NotImplementedError, "dir() without arguments is not supported by minipy"));
        }
        Some(v) => v.clone(),
    };
    // A class's own `__dir__`, or a module's (PEP 562): its result, sorted.
    let own_dir = match v.kind() {
        Some(ObjKind::Instance(i)) => {
            i.class().lookup("__dir__").filter(|f| !matches!(f.kind(), Some(ObjKind::Builtin(_)))).map(|f| (f, true))
        }
        Some(ObjKind::Module(m)) => crate::vm::eval::dict_get_str(&m.dict, "__dir__").map(|f| (f, false)),
        _ => None,
    };
    if let Some((f, with_self)) = own_dir {
        let listed = if with_self { vm.call(&f, std::slice::from_ref(&v), &[])? } else { vm.call(&f, &[], &[])? };
        let items = vm.collect(&listed)?;
        let sorted = super::builtins_iter::builtin_sorted(vm, Args::positional(&[Value::list(items)]))?;
        return Ok(sorted);
    }
    let mut names: Vec<String> = Vec::new();
    match v.kind() {
        Some(ObjKind::Module(m)) => {
            if let ObjKind::Dict(d) = &m.dict.kind {
                d.with(|d| dict_names(d, &mut names));
            }
        }
        Some(ObjKind::Instance(inst)) => {
            inst.with_dict(|d| dict_names(d, &mut names));
            class_names(inst.class(), &mut names);
        }
        Some(ObjKind::Class(c)) => class_names(c, &mut names),
        _ => {
            if let ObjKind::Class(c) = &vm.type_of(&v).kind {
                class_names(c, &mut names);
            }
        }
    }
    let user_class = match v.kind() {
        Some(ObjKind::Instance(inst)) => Some(inst.class()),
        Some(ObjKind::Class(c)) => Some(&**c),
        _ => None,
    };
    let mut implicit: Vec<&str> = EVERY_OBJECT.to_vec();
    if let Some(c) = user_class {
        // `__qualname__` is an attribute of the type, not an entry of its
        // namespace; `__dict__` and `__weakref__` are, unless `__slots__`
        // took them away.
        names.retain(|n| n != "__qualname__");
        if c.slots.is_none() && c.display_module() != "builtins" {
            implicit.extend(["__dict__", "__weakref__"]);
        }
    }
    match v.kind() {
        Some(ObjKind::Instance(inst)) if inst.exc.is_some() => implicit.extend(EXCEPTION_INSTANCE),
        Some(ObjKind::Instance(_) | ObjKind::Class(_) | ObjKind::Module(_)) => {}
        _ => implicit.extend(BUILTIN_NATIVE),
    }
    // Only names this object really answers: a program that calls
    // getattr() on each name dir() gives must not fail. An instance whose
    // class hooks attribute access would run Python code for the probe,
    // which CPython's dir() never does: it gets none of them.
    let hooked = match v.kind() {
        Some(ObjKind::Instance(inst)) => {
            inst.class().custom_getattribute || inst.class().lookup("__getattr__").is_some()
        }
        // A module lists its namespace only, as CPython's module.__dir__.
        Some(ObjKind::Module(_)) => true,
        _ => false,
    };
    if !hooked {
        for name in implicit {
            if !names.iter().any(|n| n == name) && vm.getattr_opt(&v, name)?.is_some() {
                names.push(name.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

/// The string keys of a namespace, minipy's own hidden entries left out.
fn dict_names<M: Model>(d: &Dict<M>, names: &mut Vec<String>) {
    for k in d.keys() {
        if let Some(s) = k.as_str()
            && !s.starts_with("__minipy")
        {
            names.push(s.to_string());
        }
    }
}

/// The names in a class's namespace and along its MRO.
fn class_names<M: Model>(c: &Class<M>, names: &mut Vec<String>) {
    c.dict.with(|d| dict_names(d, names));
    for b in &c.mro {
        if let ObjKind::Class(bc) = &b.kind {
            bc.dict.with(|d| dict_names(d, names));
        }
    }
}

/// Attributes every object has (through `object` and `type`), which no
/// namespace here lists.
const EVERY_OBJECT: [&str; 5] = ["__class__", "__dir__", "__doc__", "__format__", "__sizeof__"];

/// What an exception instance has natively.
const EXCEPTION_INSTANCE: [&str; 7] =
    ["__cause__", "__context__", "__dict__", "__setstate__", "__suppress_context__", "__traceback__", "args"];

/// Native attributes of built-in objects, listed when the object has them.
const BUILTIN_NATIVE: [&str; 14] = [
    "__call__",
    "__class_getitem__",
    "__getnewargs__",
    "__mod__",
    "__module__",
    "__name__",
    "__qualname__",
    "__rmod__",
    "__self__",
    "__text_signature__",
    "denominator",
    "imag",
    "numerator",
    "real",
];
