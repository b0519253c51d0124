//! The attributes some built-in exceptions carry besides `args`, set by
//! keyword or by the VM, as CPython 3.11's: ImportError's `name`, `path`
//! (and `msg`), AttributeError's `name` and `obj`, NameError's `name`.
//! They start as None and live in the instance `__dict__` (CPython keeps
//! them in slots, so its `vars(e)` is empty).

use super::Vm;
use crate::model::{Model, ObjCell};
use crate::object::class::{ExcState, Instance};
use crate::object::dict::Dict;
use crate::object::exception::Hint;
use crate::object::function::Args;
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};

/// The exception family whose keywords `t` takes, and those keywords.
fn keyword_attributes(t: ExcType) -> Option<(&'static str, &'static [&'static str])> {
    if t.is_subclass_of(ExcType::ImportError) {
        Some(("ImportError", &["name", "path"]))
    } else if t.is_subclass_of(ExcType::AttributeError) {
        Some(("AttributeError", &["name", "obj"]))
    } else if t.is_subclass_of(ExcType::NameError) {
        Some(("NameError", &["name"]))
    } else {
        None
    }
}

fn class_exc<M: Model>(cls: &ObjRef<M>) -> Option<ExcType> {
    match &cls.kind {
        ObjKind::Class(c) => c.exc,
        _ => None,
    }
}

/// A new exception instance with `args` set (as BaseException.__new__ does).
pub fn new_exception_instance<M: Model>(cls: ObjRef<M>, args: Vec<Value<M>>) -> ObjRef<M> {
    let family = class_exc(&cls).and_then(keyword_attributes);
    // ImportError's `msg` is its one argument.
    let import_msg = if args.len() == 1 { args[0].clone() } else { Value::None };
    let state = ExcState { args, ..Default::default() };
    let inst =
        ObjRef::new(ObjKind::Instance(Instance::new(cls, Dict::new()).with_exc(Some(Box::new(M::Cell::new(state))))));
    if let Some((family, keys)) = family
        && let ObjKind::Instance(i) = &inst.kind
    {
        if family == "ImportError" {
            drop(super::eval::dict_set_str(&i.dict_obj(), "msg", import_msg));
        }
        for key in keys {
            drop(super::eval::dict_set_str(&i.dict_obj(), key, Value::None));
        }
    }
    inst
}

/// Keyword arguments to an exception class without its own `__init__`:
/// only the attributes its family takes, with CPython's errors otherwise.
pub fn apply_exception_keywords<M: Model>(cls: &ObjRef<M>, args: &Args<'_, M>, inst: &ObjRef<M>) -> PyResult<(), M> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    let ObjKind::Class(class) = &cls.kind else { return Ok(()) };
    let Some((family, keys)) = class.exc.and_then(keyword_attributes) else {
        return Err(PyErr::type_error(format!("{}() takes no keyword arguments", class.name)));
    };
    for key in args.kwnames {
        let key = key.as_str().unwrap_or_default();
        if !keys.contains(&key) {
            return Err(PyErr::type_error(format!("'{key}' is an invalid keyword argument for {family}()")));
        }
    }
    if let ObjKind::Instance(i) = &inst.kind {
        for key in keys {
            if let Some(value) = args.kw(key) {
                drop(super::eval::dict_set_str(&i.dict_obj(), key, value.clone()));
            }
        }
    }
    Ok(())
}

impl<M: Model> Vm<M> {
    /// A lookup error the VM raised, now an object: an AttributeError's
    /// `name` and `obj` (from its hint) or a NameError's `name`, as
    /// CPython sets them.
    pub(super) fn set_lookup_attributes(
        &mut self,
        inst: &Instance<M>,
        hint: Option<&Hint<M>>,
        undefined: Option<String>,
    ) {
        let dict = inst.dict_obj();
        if let Some(Hint::Attribute(obj, name)) = hint {
            drop(super::eval::dict_set_str(&dict, "name", Value::str(name.clone())));
            drop(super::eval::dict_set_str(&dict, "obj", obj.clone()));
        } else if let Some(name) = undefined {
            drop(super::eval::dict_set_str(&dict, "name", Value::str(name)));
        }
    }
}
