//! CALL, CALL_METHOD and CALL_KW of a built-in function or method, run on
//! the arguments where they lie on the caller's stack.
//!
//! `len(x)`, `d.get(k)` and `s.add(v)` are the commonest calls in most
//! programs. Through `Vm::call` each paid for a copy of the callable, the
//! check for a Python function to run in place, and the general dispatch
//! on the callable's kind: about a third of such a statement's cost,
//! measured with callgrind. Here the eval loop asks one question first (is
//! the callable a built-in?) and calls its native function directly.
//!
//! What `Vm::call` does around a built-in's call happens here too: release
//! hooks and a due collection first, and the call counted toward the
//! recursion limit (a built-in may call back into Python: `sorted(key=f)`).
//! A method of a built-in type called on an instance of a Python subclass
//! (`list.append(self, x)` where `self` is a `class L(list)` instance)
//! acts on the instance's payload: that case takes the general path.
//!
//! Calling a built-in type (`range(n)`, `list(xs)`, `enumerate(xs)`,
//! `str(i)`) goes straight to its native constructor the same way, as
//! `Vm::instantiate` would reach it; exception types and classes written
//! in Python do not.

use super::Vm;
use super::frame::Frame;
use crate::model::Model;
use crate::model::heap::ValueStack;
use crate::object::class::BuiltinType;
use crate::object::function::{Args, BuiltinFn};
use crate::object::{ObjKind, ObjRef, PyResult, Value};

/// How CALL's callable was run.
pub(super) enum Called {
    /// A built-in: its result has replaced it and its arguments.
    Native,
    /// A Python function: its frame is the running one now.
    InPlace,
    /// Neither: the stack is untouched, for `Vm::call`.
    General,
}

/// What the call needs of the built-in, copied out of it so that the stack
/// it lies on is free to change.
pub(super) struct NativeCall<M: Model> {
    pub func: BuiltinFn<M>,
    pub on_payload: bool,
}

impl<M: Model> Vm<M> {
    /// Call the built-in at `frame.stack[callable_at]` with the arguments
    /// from `args_at` up (the last `kwnames.len()` by keyword) and replace
    /// it and them with the result.
    #[inline(always)]
    pub(super) fn call_native(
        &mut self,
        frame: &mut Frame<M>,
        native: NativeCall<M>,
        callable_at: usize,
        args_at: usize,
        kwnames: &[Value<M>],
    ) -> PyResult<Called, M> {
        if native.on_payload && matches!(frame.stack.get(args_at).and_then(Value::kind), Some(ObjKind::Instance(_))) {
            return Ok(Called::General);
        }
        self.before_call()?;
        self.enter_call()?;
        // The callable stays on the stack until the call is over, so the
        // call may drop every other reference to it.
        let result = (native.func)(self, Args::split(&frame.stack[args_at..], kwnames));
        self.depth -= 1;
        let value = result?;
        // One by one: no out-of-line drop of a slice.
        while frame.stack.len() > callable_at {
            frame.stack.pop_value();
        }
        frame.stack.push_value(value);
        Ok(Called::Native)
    }

    /// Call built-in type `class_obj` (its `builtin` kind) at
    /// `frame.stack[callable_at]` with the arguments from `args_at` up, as
    /// `Vm::instantiate` would, and replace it and them with the result.
    pub(super) fn construct_native(
        &mut self,
        frame: &mut Frame<M>,
        class_obj: ObjRef<M>,
        builtin: BuiltinType,
        callable_at: usize,
        args_at: usize,
        kwnames: &[Value<M>],
    ) -> PyResult<Called, M> {
        self.before_call()?;
        let construct = self.interp.registry.construct;
        let value = construct(self, &class_obj, builtin, Args::split(&frame.stack[args_at..], kwnames))?;
        while frame.stack.len() > callable_at {
            frame.stack.pop_value();
        }
        frame.stack.push_value(value);
        Ok(Called::Native)
    }
}
