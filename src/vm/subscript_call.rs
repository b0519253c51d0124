//! `c[i]`, `c[i] = v` and `del c[i]` on a plain instance (no built-in
//! payload) whose class defines `__getitem__`, `__setitem__` or
//! `__delitem__` as a plain Python function (a B-tree, a sparse matrix, a
//! `MutableMapping`): the method runs in place, as a CALL of it would (see
//! `vm::frame_stack`), instead of in a nested `run_frame` under
//! `Vm::getitem`, which would call just that function with the same
//! arguments. `array.array`, whose subscriptions the VM answers natively,
//! keeps its own path.

use super::Vm;
use super::frame::Frame;
use super::frame_stack::AfterReturn;
use super::operator_call::method_in_place;
use crate::model::Model;
use crate::model::heap::ValueStack;
use crate::object::dict::StrKey;
use crate::object::{ObjKind, ObjRef, PyResult, Value};

/// Which subscription: its method's name, and its slot in the class's
/// method facts (`Instantiation::subscript`).
#[derive(Clone, Copy)]
pub enum Subscription {
    Get,
    Set,
    Delete,
}

impl Subscription {
    fn method(self) -> &'static StrKey<'static> {
        match self {
            Subscription::Get => const { &StrKey::constant("__getitem__") },
            Subscription::Set => const { &StrKey::constant("__setitem__") },
            Subscription::Delete => const { &StrKey::constant("__delitem__") },
        }
    }
    fn slot(self) -> usize {
        self as usize
    }
}

/// A subscription's operands, handed back when it is not run in place:
/// the container, the index and (to store) the value.
pub type SubscriptOperands<M> = (Value<M>, Value<M>, Option<Value<M>>);

impl<M: Model> Vm<M> {
    /// Subscription `what` of `container` by `index` (storing `value`),
    /// just popped off the running frame: if the container's method can run
    /// in place, make it the running frame and answer None; else hand the
    /// operands back.
    #[inline]
    pub(super) fn subscript_in_place(
        &mut self,
        frame: &mut Frame<M>,
        what: Subscription,
        container: Value<M>,
        index: Value<M>,
        value: Option<Value<M>>,
    ) -> PyResult<Option<SubscriptOperands<M>>, M> {
        let Some(method) = subscript_function(what, &container) else { return Ok(Some((container, index, value))) };
        let at = frame.stack.len();
        frame.stack.push_value(Value::Obj(method));
        frame.stack.push_value(container);
        frame.stack.push_value(index);
        if let Some(value) = value {
            frame.stack.push_value(value);
        }
        // A store or delete leaves nothing on the stack.
        let then = if matches!(what, Subscription::Get) { AfterReturn::Value } else { AfterReturn::Discard };
        self.enter_method(frame, at, then)?;
        Ok(None)
    }
}

/// Whether `container` is an instance of a Python class: the only kind of
/// operand `Vm::subscript_in_place` and `Vm::operands_in_place` take
/// (asked first, in line, so that other values skip the call).
#[inline(always)]
pub fn is_instance<M: Model>(container: &Value<M>) -> bool {
    matches!(container.kind(), Some(ObjKind::Instance(_)))
}

/// The Python function subscription `what` of `container` calls, if the
/// container is a plain instance whose class has one that runs in place.
#[inline]
fn subscript_function<M: Model>(what: Subscription, container: &Value<M>) -> Option<ObjRef<M>> {
    let Some(ObjKind::Instance(inst)) = container.kind() else { return None };
    if inst.payload.is_some() {
        return None;
    }
    let class = inst.class();
    if crate::modules::array::is_exact(inst) {
        return None;
    }
    method_in_place(class, class.instantiation.subscript(what.slot()), what.method(), None)
}
