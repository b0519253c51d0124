//! BINARY_OP whose left operand is an instance of a Python class that
//! defines the operator as a plain Python function (`Vector.__add__`,
//! `Decimal.__mul__`): the method runs in place, as a CALL of it would
//! (see `vm::frame_stack`), instead of in a nested `run_frame` under
//! `Vm::binary_op`.
//!
//! Only the operands for which `binary_op` would call that method first,
//! with nothing but the right operand's reflected method and the TypeError
//! left to try if it answered NotImplemented, are taken:
//! - the left operand a plain instance (no built-in payload);
//! - the right operand a plain instance of the same class or of one that
//!   does not derive from the left's (whose `__rop__` comes second), or an
//!   int, float, bool or None (their reflected operators know no Python
//!   class);
//! - for an augmented assignment (`v += w`), a class without the in-place
//!   method, so that `v += w` is `v = v + w`.
//!
//! The operands wait on the caller's stack, so that a NotImplemented answer
//! goes on as `binary_op` would: to the right operand's reflected method,
//! then the TypeError.
//!
//! COMPARE_OP's rich comparisons (`a < b`, `a == b`) run the same way, on
//! the same operands: the left operand's method in place, then after a
//! NotImplemented what `Vm::compare` does next (the right operand's
//! reflected method, even for two instances of one class; then identity
//! for `==` and `!=`, or the TypeError).

use super::Vm;
use super::compare;
use super::frame::Frame;
use super::frame_stack::{AfterReturn, runs_in_place};
use super::ops::dunder;
use crate::ast::CmpOp;
use crate::bytecode::inline_cache::{ClassFact, FactSlot};
use crate::bytecode::opcodes::{binop_from_arg, cmpop_from_arg};
use crate::model::Model;
use crate::model::heap::ValueStack;
use crate::object::class::Class;
use crate::object::class_cache;
use crate::object::dict::StrKey;
use crate::object::{ObjKind, ObjRef, PyErr, PyResult, Value};

/// A binary operator's operands, left then right.
pub type Operands<M> = (Value<M>, Value<M>);

impl<M: Model> Vm<M> {
    /// BINARY_OP or COMPARE_OP on `a` and `b`, just popped off the running
    /// frame (`then` says which, with its operand): if `a`'s method for it
    /// can run in place, make it the running frame and answer None; else
    /// hand the operands back.
    #[inline]
    pub(super) fn operands_in_place(
        &mut self,
        frame: &mut Frame<M>,
        then: AfterReturn<M>,
        a: Value<M>,
        b: Value<M>,
    ) -> PyResult<Option<Operands<M>>, M> {
        let method = match then {
            AfterReturn::Operator(arg) => operator_function(arg, &a, &b),
            AfterReturn::Compare(arg) => comparison_function(arg, &a, &b),
            _ => None,
        };
        let Some(method) = method else { return Ok(Some((a, b))) };
        self.enter_operator(frame, method, a, b, then)?;
        Ok(None)
    }

    /// Run `method(a, b)` in place, the caller to do `then` with its value.
    fn enter_operator(
        &mut self,
        frame: &mut Frame<M>,
        method: ObjRef<M>,
        a: Value<M>,
        b: Value<M>,
        then: AfterReturn<M>,
    ) -> PyResult<(), M> {
        // The operands stay below the call, for what follows a
        // NotImplemented answer (see `Vm::take_returned`).
        frame.stack.push_value(a.clone());
        frame.stack.push_value(b.clone());
        let at = frame.stack.len();
        frame.stack.push_value(Value::Obj(method));
        frame.stack.push_value(a);
        frame.stack.push_value(b);
        self.enter_method(frame, at, then)
    }

    /// Make the special method pushed at `frame.stack[at]`, its arguments
    /// above it, the running frame (it is a plain Python function, see
    /// [`method_in_place`]), the caller to do `then` with its value.
    #[inline]
    pub(super) fn enter_method(&mut self, frame: &mut Frame<M>, at: usize, then: AfterReturn<M>) -> PyResult<(), M> {
        if !self.call_in_place(frame, at, at + 1, &[])? {
            unreachable!("a plain Python function runs in place");
        }
        if !matches!(then, AfterReturn::Value) {
            self.set_after_return(then);
        }
        Ok(())
    }

    /// BINARY_OP `arg` on `left` and `right` once the left operand's method
    /// (run in place) answered NotImplemented: what `binary_op` does next.
    /// The right operand's reflected method, if it is an instance of
    /// another class; else (and if that too answers NotImplemented) the
    /// TypeError.
    pub(super) fn operator_declined(&mut self, arg: u32, left: &Value<M>, right: &Value<M>) -> PyResult<Value<M>, M> {
        let Some((op, inplace)) = binop_from_arg(arg) else {
            return Err(PyErr::type_error("bad binary operator".to_string()));
        };
        if !self.same_type(left, right)
            && let Some(v) = self.first_operator_answer(&[(right, left, &dunder(op)[1])])?
        {
            return Ok(v);
        }
        Err(self.binary_type_error(op, inplace, left, right))
    }

    /// COMPARE_OP `arg` on `left` and `right` once the left operand's
    /// method (run in place) answered NotImplemented.
    pub(super) fn compare_declined(&mut self, arg: u32, left: &Value<M>, right: &Value<M>) -> PyResult<Value<M>, M> {
        let Some(op) = cmpop_from_arg(arg) else {
            return Err(PyErr::type_error("bad comparison operator".to_string()));
        };
        self.comparison_declined(op, left, right)
    }
}

/// The left operand's instance, if the operands are ones this module takes
/// (see above).
#[inline]
fn plain_operands<'a, M: Model>(a: &'a Value<M>, b: &Value<M>) -> Option<&'a Class<M>> {
    let Some(ObjKind::Instance(inst)) = a.kind() else { return None };
    if inst.payload.is_some() {
        return None;
    }
    match b {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => {}
        Value::Obj(o) => match &o.kind {
            ObjKind::Instance(other)
                if other.payload.is_none()
                    && (ObjRef::ptr_eq(other.class_obj(), inst.class_obj())
                        || !other.class().is_subclass(other.class_obj(), inst.class_obj())) => {}
            _ => return None,
        },
        Value::Undef => return None,
    }
    Some(inst.class())
}

/// The Python function COMPARE_OP `arg` on `a` and `b` calls first, if the
/// operands are ones this module takes: `a`'s class's own method for a rich
/// comparison (`!=` only where the class defines `__ne__` itself, not
/// `object`'s, which calls `__eq__`).
#[inline]
fn comparison_function<M: Model>(arg: u32, a: &Value<M>, b: &Value<M>) -> Option<ObjRef<M>> {
    let class = plain_operands(a, b)?;
    let op = cmpop_from_arg(arg)?;
    if !matches!(op, CmpOp::Eq | CmpOp::NotEq | CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE) {
        return None;
    }
    method_in_place(class, class.instantiation.comparison(arg as usize), compare::dunder(op), None)
}

/// The Python function BINARY_OP `arg` on `a` and `b` calls first, if the
/// operands are ones this module takes (see above).
#[inline]
fn operator_function<M: Model>(arg: u32, a: &Value<M>, b: &Value<M>) -> Option<ObjRef<M>> {
    let class = plain_operands(a, b)?;
    let (op, inplace) = binop_from_arg(arg)?;
    let [forward, _, in_place] = dunder(op);
    let slot = class.instantiation.operator((arg & 0xff) as usize, inplace);
    method_in_place(class, slot, forward, inplace.then_some(in_place))
}

/// The Python function `class` has for `key`, read at the place `slot`
/// remembers (filled here on a miss), if it is a function that runs in
/// place and the class has nothing for `excluded`.
#[inline]
pub(super) fn method_in_place<M: Model>(
    class: &Class<M>,
    slot: &FactSlot,
    key: &StrKey,
    excluded: Option<&StrKey>,
) -> Option<ObjRef<M>> {
    let epoch = class_cache::epoch();
    let fact = match slot.get(class.cache_id, epoch) {
        Some(fact) => fact,
        None => {
            let fact = method_fact(class, key, excluded)?;
            slot.put(class.cache_id, epoch, fact);
            fact
        }
    };
    if fact.kind() != IN_PLACE {
        return None;
    }
    // Changed under the same epoch (another thread's class dict write in
    // flight): the general path decides.
    match class.value_at(fact.at(), fact.entry(), key)? {
        Value::Obj(f) if matches!(&f.kind, ObjKind::Function(func) if runs_in_place(func)) => Some(f),
        _ => None,
    }
}

/// Method facts: the method is a Python function, at the fact's place.
const IN_PLACE: u8 = 1;
/// Anything else (no such method, not a function, an excluded method).
const GENERAL: u8 = 2;

/// Where `class` has `key`, if it is a function that runs in place and
/// the class has nothing for `excluded` (an augmented assignment's
/// in-place method).
#[cold]
fn method_fact<M: Model>(class: &Class<M>, key: &StrKey, excluded: Option<&StrKey>) -> Option<ClassFact> {
    if excluded.is_some_and(|key| class.locate(key).is_some()) {
        return ClassFact::new(GENERAL, 0, 0);
    }
    match class.locate(key) {
        Some((at, entry, Value::Obj(f))) if matches!(&f.kind, ObjKind::Function(func) if runs_in_place(func)) => {
            ClassFact::new(IN_PLACE, at, entry)
        }
        _ => ClassFact::new(GENERAL, 0, 0),
    }
}
