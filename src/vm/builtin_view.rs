//! Instances of Python subclasses of built-in types (`class L(list)`) in
//! operators: where the class does not override an operation in Python,
//! the operation acts on the instance's built-in payload, as CPython's
//! inherited slots do.

use super::Vm;
use crate::model::Model;
use crate::object::{ObjKind, Value};

impl<M: Model> Vm<M> {
    /// The payload `v` stands for in the operation `dunder`, if `v` is an
    /// instance of a built-in subclass that does not override it.
    #[inline]
    pub fn builtin_view(&self, v: &Value<M>, dunder: &str) -> Option<Value<M>> {
        match v.kind() {
            Some(ObjKind::Instance(inst)) => inst.builtin_view(dunder),
            _ => None,
        }
    }

    /// For a binary operation or comparison: both operands with payloads
    /// standing in for subclass instances, or None when neither is one, or
    /// when a Python override on either side must decide.
    pub fn builtin_operands(
        &self,
        a: &Value<M>,
        b: &Value<M>,
        left: &str,
        right: &str,
    ) -> Option<(Value<M>, Value<M>)> {
        let has_payload = |v: &Value<M>| matches!(v.kind(), Some(ObjKind::Instance(i)) if i.payload.is_some());
        let (pa, pb) = (has_payload(a), has_payload(b));
        if !pa && !pb {
            return None;
        }
        let va = if pa { Some(self.builtin_view(a, left)?) } else { None };
        let vb = if pb { Some(self.builtin_view(b, right)?) } else { None };
        Some((va.unwrap_or_else(|| a.clone()), vb.unwrap_or_else(|| b.clone())))
    }
}
