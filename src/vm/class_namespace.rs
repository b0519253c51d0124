//! A class body's namespace when `__prepare__` returned something other
//! than a plain dict (a dict subclass, or any mapping): LOAD_NAME,
//! STORE_NAME and DELETE_NAME go through its `__getitem__`, `__setitem__`
//! and `__delitem__`, as CPython's do, so a namespace can record the order
//! of definitions or refuse duplicates (enum-like libraries).

use super::Vm;
use crate::model::Model;
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};

impl<M: Model> Vm<M> {
    /// `ns[name]`, or None when it raises KeyError (LOAD_NAME then looks
    /// in the globals and builtins).
    pub(super) fn namespace_load(&mut self, ns: &ObjRef<M>, name: &str) -> PyResult<Option<Value<M>>, M> {
        match self.getitem(&Value::Obj(ns.clone()), &Value::str(name)) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_key_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `ns[name] = v`.
    pub(super) fn namespace_store(&mut self, ns: &ObjRef<M>, name: &str, v: Value<M>) -> PyResult<(), M> {
        self.setitem(&Value::Obj(ns.clone()), Value::str(name), v)
    }

    /// `del ns[name]`; a KeyError becomes CPython's NameError.
    pub(super) fn namespace_delete(&mut self, ns: &ObjRef<M>, name: &str) -> PyResult<(), M> {
        match self.delitem(&Value::Obj(ns.clone()), Value::str(name)) {
            Err(e) if is_key_error(&e) => Err(PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"))),
            r => r,
        }
    }
}

/// Whether the namespace is a plain dict (the fast paths apply).
#[inline(always)]
pub fn is_plain_dict<M: Model>(ns: &ObjRef<M>) -> bool {
    matches!(ns.kind, ObjKind::Dict(_))
}

fn is_key_error<M: Model>(e: &PyErr<M>) -> bool {
    let key_error = |t: ExcType| t.is_subclass_of(ExcType::KeyError);
    match e.lazy_type() {
        Some(t) => key_error(t),
        None => matches!(&e.inner.value, crate::object::exception::ErrValue::Object(o)
            if matches!(&o.kind, ObjKind::Instance(i) if i.class().exc.is_some_and(key_error))),
    }
}
