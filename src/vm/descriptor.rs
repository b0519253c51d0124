//! The attribute protocol of instances of Python classes: descriptors
//! (`__get__`, `__set__`, `__delete__` on class attributes), properties,
//! `__getattribute__` and `__getattr__`, and `__set_name__` at class
//! creation.

use super::Vm;
use crate::model::{Model, ObjCell};
use crate::object::class::StrKey;
use crate::object::{ExcType, Instance, ObjKind, ObjRef, PyErr, PyResult, Value};

impl<M: Model> Vm<M> {
    /// `type(attr).name` when `attr` is an instance of a Python class that
    /// defines it (the descriptor methods); None for everything else, so
    /// functions and plain values cost one match.
    #[inline]
    pub fn descriptor_method(&self, attr: &Value<M>, name: &str) -> Option<Value<M>> {
        match attr.kind() {
            Some(ObjKind::Instance(i)) => i.class().lookup(name),
            _ => None,
        }
    }

    /// `object.__getattribute__(obj, name)`: data descriptors and
    /// properties, the instance's `__dict__`, then other class attributes
    /// (non-data descriptors are called, functions bound).
    pub fn generic_getattr(&mut self, obj: &Value<M>, inst: &Instance<M>, name: &str) -> PyResult<Option<Value<M>>, M> {
        self.generic_getattr_key(obj, inst, &StrKey::new(name))
    }

    /// A property's value for `obj` (of type `type_name`): its getter
    /// called, or CPython's error when it has none.
    pub fn read_property(
        &mut self,
        getter: Value<M>,
        obj: &Value<M>,
        name: &str,
        type_name: &str,
    ) -> PyResult<Value<M>, M> {
        if getter.is_none() {
            return Err(PyErr::attribute_error(format!("property '{name}' of '{type_name}' object has no getter")));
        }
        self.call(&getter, std::slice::from_ref(obj), &[])
    }

    pub fn generic_getattr_key(
        &mut self,
        obj: &Value<M>,
        inst: &Instance<M>,
        key: &StrKey,
    ) -> PyResult<Option<Value<M>>, M> {
        let name = key.as_str();
        let class_attr = inst.class().lookup_key(key);
        if let Some(ca) = &class_attr {
            match ca.kind() {
                Some(ObjKind::Property(p)) => {
                    let getter = p[0].clone();
                    return self.read_property(getter, obj, name, inst.class_name()).map(Some);
                }
                // A slot: its value, or None when unset (then `__getattr__`
                // or CPython's "'C' object has no attribute 'x'").
                Some(ObjKind::Instance(_)) if super::slots::is_member_for(ca, key) => {
                    return Ok(inst.get_attr_key(key));
                }
                Some(ObjKind::Instance(_)) => {
                    let is_data = self.descriptor_method(ca, "__set__").is_some()
                        || self.descriptor_method(ca, "__delete__").is_some();
                    if is_data && let Some(get) = self.descriptor_method(ca, "__get__") {
                        let owner = Value::Obj(inst.class_obj().clone());
                        return self.call(&get, &[ca.clone(), obj.clone(), owner], &[]).map(Some);
                    }
                }
                _ => {}
            }
        }
        if let Some(v) = inst.get_attr_key(key) {
            return Ok(Some(v));
        }
        if let Some(ca) = class_attr {
            if let Some(get) = self.descriptor_method(&ca, "__get__") {
                let owner = Value::Obj(inst.class_obj().clone());
                return self.call(&get, &[ca, obj.clone(), owner], &[]).map(Some);
            }
            return Ok(Some(self.bind(ca, obj, inst.class_obj())));
        }
        Ok(self.special_instance_attr(obj, name))
    }

    /// A class's own `__getattribute__`, then `__getattr__` when it raises
    /// AttributeError.
    pub fn custom_getattribute(
        &mut self,
        obj: &Value<M>,
        inst: &Instance<M>,
        name: &str,
    ) -> PyResult<Option<Value<M>>, M> {
        let Some(ga) = inst.class().lookup("__getattribute__") else {
            return self.getattr_hook(obj, inst, name);
        };
        match self.call(&ga, &[obj.clone(), Value::str(name)], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                self.attribute_error_or(e)?;
                self.getattr_hook(obj, inst, name)
            }
        }
    }

    /// `__getattr__(obj, name)` after the normal lookup failed; None when
    /// there is none or it raises AttributeError.
    pub fn getattr_hook(&mut self, obj: &Value<M>, inst: &Instance<M>, name: &str) -> PyResult<Option<Value<M>>, M> {
        let Some(ga) = inst.class().lookup("__getattr__") else {
            return Ok(None);
        };
        // As CPython: the hook's own AttributeError propagates unchanged
        // (its message, not the generic one); hasattr/getattr(default)
        // still treat it as "missing".
        self.call(&ga, &[obj.clone(), Value::str(name)], &[]).map(Some)
    }

    /// The lookup of `name` raised `e` (a property's getter did): an
    /// AttributeError gives the class's `__getattr__` its turn, as
    /// CPython's `slot_tp_getattr_hook` does; anything else propagates.
    pub fn getattr_after_error(
        &mut self,
        obj: &Value<M>,
        inst: &Instance<M>,
        name: &str,
        e: PyErr<M>,
    ) -> PyResult<Option<Value<M>>, M> {
        if crate::runner::is_exc_type(&e, ExcType::AttributeError) && inst.class().lookup("__getattr__").is_some() {
            return self.getattr_hook(obj, inst, name);
        }
        Err(e)
    }

    /// Ok when `e` is an AttributeError (which the caller then treats as
    /// "no such attribute"); `e` itself otherwise.
    fn attribute_error_or(&mut self, e: PyErr<M>) -> PyResult<(), M> {
        if e.lazy_type() == Some(ExcType::AttributeError) {
            return Ok(());
        }
        let cls = self.exc_class(ExcType::AttributeError).clone();
        let exc = self.materialize(e);
        if self.isinstance(&exc, &cls) { Ok(()) } else { Err(self.reraise(exc)) }
    }

    /// `__set_name__(owner, name)` on each class attribute that defines it.
    pub fn call_set_name(&mut self, cls: &ObjRef<M>) -> PyResult<(), M> {
        let ObjKind::Class(c) = &cls.kind else { return Ok(()) };
        let items = c.dict.with(|d| d.items());
        for (k, v) in items {
            if let Some(f) = self.descriptor_method(&v, "__set_name__")
                && let Err(e) = self.call(&f, &[v.clone(), Value::Obj(cls.clone()), k.clone()], &[])
            {
                // CPython 3.11 wraps the error, chained as the cause.
                let cause = self.materialize(e);
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    v.type_name(),
                    self.repr(&k)?,
                    c.name
                );
                let exc = self.materialize(PyErr::new(ExcType::RuntimeError, msg));
                return Err(self.raise(Some(exc), Some(cause)));
            }
        }
        Ok(())
    }
}
