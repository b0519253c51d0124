//! `super()`'s attribute lookup: the classes after the one it starts
//! from, in the receiver's MRO, and the super object's own attributes.

use super::Vm;
use crate::model::{Model, ObjCell};
use crate::object::dict::StrKey;
use crate::object::{ObjKind, ObjRef, PyResult, Value};

impl<M: Model> Vm<M> {
    /// `super(start, receiver).name`: the classes after `start` in the
    /// receiver's MRO.
    pub(super) fn super_lookup(
        &mut self,
        start: &ObjRef<M>,
        receiver: &Value<M>,
        name: &str,
    ) -> PyResult<Option<Value<M>>, M> {
        let Some((v, class_mode, t)) = self.super_find(start, receiver, &StrKey::new(name)) else { return Ok(None) };
        if !class_mode {
            match v.kind() {
                Some(ObjKind::Function(_)) => return Ok(Some(Value::obj(ObjKind::BoundMethod(v, receiver.clone())))),
                // A property found past `start` is read for the receiver,
                // as `obj.name` reads it.
                Some(ObjKind::Property(p)) => {
                    let getter = p[0].clone();
                    return self.read_property(getter, receiver, name, receiver.type_name()).map(Some);
                }
                _ => {}
            }
        }
        Ok(Some(self.bind(v, receiver, &t)))
    }

    /// `super(start, receiver).name` as a method: the Python function found
    /// after `start` in the receiver's MRO, to be called with the receiver
    /// (no bound method made), or None when the lookup binds otherwise.
    pub(super) fn super_method(&self, start: &ObjRef<M>, receiver: &Value<M>, key: &StrKey) -> Option<Value<M>> {
        match self.super_find(start, receiver, key)? {
            (v, false, _) if matches!(v.kind(), Some(ObjKind::Function(_))) => Some(v),
            _ => None,
        }
    }

    /// The unbound value of `key` after `start` in the MRO that
    /// `super(start, receiver)` searches, whether the lookup is in class
    /// mode, and the class whose MRO it is.
    fn super_find(&self, start: &ObjRef<M>, receiver: &Value<M>, key: &StrKey) -> Option<(Value<M>, bool, ObjRef<M>)> {
        // Class mode (`super()` in a class method) when the
        // receiver is a subclass of `start`; else the receiver
        // is an instance (of a metaclass, if it is a class).
        let class_mode = match receiver.kind() {
            Some(ObjKind::Class(rc)) => rc.is_subclass(receiver.as_obj().expect("class"), start),
            _ => false,
        };
        let t = if class_mode { receiver.as_obj().cloned().expect("class") } else { self.type_of(receiver) };
        let ObjKind::Class(c) = &t.kind else { return None };
        // The classes after `start` in `type(receiver)`'s MRO.
        let chain = || std::iter::once(&t).chain(c.mro.iter());
        let pos = chain().position(|k| ObjRef::ptr_eq(k, start))?;
        let found = chain().skip(pos + 1).find_map(|k| match &k.kind {
            ObjKind::Class(kc) => kc.dict.with(|d| d.get(key).cloned()),
            _ => None,
        })?;
        Some((found, class_mode, t))
    }
}

/// A super object's own attributes: the class it starts after, the
/// receiver and the receiver's type (None when unbound).
pub(super) fn super_attr<M: Model>(
    start: &ObjRef<M>,
    receiver: &Value<M>,
    name: &str,
    type_of: impl FnOnce(&Value<M>) -> ObjRef<M>,
) -> Option<Value<M>> {
    match name {
        "__thisclass__" => Some(Value::Obj(start.clone())),
        "__self__" => Some(receiver.clone()),
        "__self_class__" => Some(match receiver.kind() {
            _ if matches!(receiver, Value::None) => Value::None,
            Some(ObjKind::Class(rc)) if rc.is_subclass(receiver.as_obj().expect("class"), start) => receiver.clone(),
            _ => Value::Obj(type_of(receiver)),
        }),
        _ => None,
    }
}
