//! Python-to-Python calls without Rust recursion.
//!
//! When the eval loop calls a Python function (CALL, CALL_METHOD, CALL_KW),
//! a bound method of one, a class whose instances `__init__` sets up, or
//! an object whose class defines `__call__` in Python, it
//! does not call `Vm::call` and run the callee in a nested `run_frame`. It
//! parks the caller's frame in this thread's arena of frames
//! (`Vm::suspended`, the first `Vm::parked` slots), binds the callee's
//! frame in its place and goes on dispatching; RETURN_VALUE (or an
//! exception the callee does not handle) brings the caller back. Deep
//! Python recursion no longer uses the Rust stack.
//!
//! Each `run_frame` owns the frames parked above the height it found (its
//! `base`): it returns only once they are all resumed, so the arena is
//! balanced for whoever called it (a generator's resumption, a native
//! caller such as `sorted(key=...)`).
//!
//! Measured with callgrind the in-place call costs about what the Rust
//! calls did (within 2% on the pyperformance programs); its worth is the
//! Rust stack it no longer needs, and a call path that a contiguous value
//! stack can shorten next.
//!
//! The same entry (`Vm::call_on_stack`) calls a built-in function or
//! type on the caller's stack (see `vm::native_call`). Generators,
//! coroutines and every other callable still go through `Vm::call`.

use super::Vm;
use super::call::{CALL, bind_general, binds_positionally, make_cells};
use super::class_traits::BUILTIN_NEW;
use super::frame::{Block, Frame};
use super::instantiate::INIT;
use super::native_call::{Called, NativeCall};
use super::ops::is_not_implemented;
use crate::bytecode::code::flags;
use crate::bytecode::inline_cache::ClassFact;
use crate::model::Model;
use crate::model::heap::ValueStack;
use crate::object::class::{BuiltinType, Class, Instance};
use crate::object::class_cache;
use crate::object::dict::Dict;
use crate::object::{Function, ObjKind, ObjRef, PyErr, PyResult, Value};

/// What the thread's bookkeeping was when a frame was suspended for a call:
/// what a contained panic in the callee restores (see [`Vm::recover_frame_state`]).
pub struct CallPoint<M: Model> {
    depth: u32,
    handled: usize,
    repr_guard: usize,
    /// What the caller does with the value the callee returns.
    then: AfterReturn<M>,
}

/// What becomes of the value a frame run in place returns.
pub enum AfterReturn<M: Model> {
    /// It is the call's value (a CALL of a function or bound method).
    Value,
    /// For `C(...)` run as `C.__init__` in place: the new instance, which
    /// the call returns once `__init__` has returned None.
    Init(Value<M>),
    /// For BINARY_OP `arg` run as the left operand's operator method (see
    /// `vm::operator_call`): its value, unless it is NotImplemented, which
    /// leaves the rest of the operator to do. The operands wait on the
    /// caller's stack (below the call), left then right.
    Operator(u32),
    /// For COMPARE_OP `arg` run as the left operand's comparison method:
    /// as `Operator`, what is left to try after NotImplemented being the
    /// comparison's.
    Compare(u32),
    /// For STORE_SUBSCR and DELETE_SUBSCR run as `__setitem__` or
    /// `__delitem__` (see `vm::subscript_call`): nothing (the value is
    /// dropped).
    Discard,
}

impl<M: Model> Vm<M> {
    /// CALL of `frame.stack[callable_at]` with the arguments above
    /// `args_at` (the last `kwnames.len()` of them by keyword): if the
    /// callable is a Python function (plain or bound), a class whose
    /// instances are plain objects set up by a Python `__init__`, or an
    /// object with a Python `__call__`, run that function in place: bind
    /// its frame, count it toward the recursion limit (two levels for
    /// `__call__`), make it the running frame with the caller parked, and answer
    /// true. False sends the call down the general path (`Vm::call`), with
    /// the stack untouched.
    pub(super) fn call_in_place(
        &mut self,
        frame: &mut Frame<M>,
        callable_at: usize,
        args_at: usize,
        kwnames: &[Value<M>],
    ) -> PyResult<bool, M> {
        Ok(matches!(self.run_call(frame, callable_at, args_at, kwnames, false)?, Called::InPlace))
    }

    /// CALL, CALL_METHOD and CALL_KW: as [`Vm::call_in_place`], and a
    /// built-in callable runs here too (see `vm::native_call`).
    pub(super) fn call_on_stack(
        &mut self,
        frame: &mut Frame<M>,
        callable_at: usize,
        args_at: usize,
        kwnames: &[Value<M>],
    ) -> PyResult<Called, M> {
        self.run_call(frame, callable_at, args_at, kwnames, true)
    }

    #[inline(always)]
    fn run_call(
        &mut self,
        frame: &mut Frame<M>,
        callable_at: usize,
        args_at: usize,
        kwnames: &[Value<M>],
        natively: bool,
    ) -> PyResult<Called, M> {
        let Value::Obj(obj) = &frame.stack[callable_at] else { return Ok(Called::General) };
        // Recursion levels the call counts: two for an object whose class
        // defines `__call__`, as `Vm::call` (and CPython) count the call of
        // the object and then of its `__call__`.
        let mut levels = 1;
        let (func, receiver, instance) = match &obj.kind {
            ObjKind::Function(f) if runs_in_place(f) => (obj.clone(), None, None),
            ObjKind::BoundMethod(Value::Obj(f), receiver) if matches!(&f.kind, ObjKind::Function(f) if runs_in_place(f)) => {
                (f.clone(), Some(receiver.clone()), None)
            }
            ObjKind::Class(class) => {
                let init = match self.construction(class) {
                    Construction::PythonInit(init) => init,
                    Construction::Native if natively => {
                        let (class_obj, builtin) = (obj.clone(), class.builtin);
                        return self.construct_native(frame, class_obj, builtin, callable_at, args_at, kwnames);
                    }
                    _ => return Ok(Called::General),
                };
                // `object.__new__(C)`, as `Vm::new_instance` makes it for
                // such a class.
                // Its dict made as big as `__init__` made the last one.
                let attrs = match class.instantiation.attrs() {
                    0 => Dict::new(),
                    n => Dict::with_capacity(n),
                };
                let instance = Value::obj(ObjKind::Instance(Instance::new(obj.clone(), attrs)));
                (init, Some(instance.clone()), Some(instance))
            }
            // `obj(...)` with a `__call__` written in Python (a partial, an
            // itemgetter, a class-based decorator): that function, in place,
            // with the object as its receiver.
            ObjKind::Instance(inst) => match inst.class().lookup_key(&CALL) {
                Some(Value::Obj(f)) if matches!(&f.kind, ObjKind::Function(f) if runs_in_place(f)) => {
                    levels = 2;
                    (f, Some(Value::Obj(obj.clone())), None)
                }
                _ => return Ok(Called::General),
            },
            ObjKind::Builtin(builtin) if natively => {
                let native = NativeCall { func: builtin.func, on_payload: builtin.on_payload };
                return self.call_native(frame, native, callable_at, args_at, kwnames);
            }
            _ => return Ok(Called::General),
        };
        self.before_call()?;
        let depth = self.depth;
        for _ in 0..levels {
            if let Err(e) = self.enter_call() {
                self.depth = depth;
                return Err(e);
            }
        }
        if let Err(e) = self.bind_in_place(frame, func, receiver, callable_at, args_at, kwnames) {
            self.depth = depth;
            return Err(e);
        }
        // The slot beside the parked caller's (see `park`). Its `then` is
        // `Value` (as `resume_caller` leaves it): left alone for a plain
        // call, so that neither the old nor the new one is dropped there.
        let point = &mut self.call_points[self.parked - 1];
        point.depth = depth;
        point.handled = self.handled.len();
        point.repr_guard = self.repr_guard.len();
        if let Some(instance) = instance {
            point.then = AfterReturn::Init(instance);
        }
        Ok(Called::InPlace)
    }

    /// Park the running frame and make `func`'s frame, called with
    /// `receiver` (if any) and the caller's arguments, the running one. The
    /// arguments leave the caller's stack with the callable.
    ///
    /// No frame is built aside and moved: the running frame trades fields
    /// with a spare slot of `suspended`, and the callee's fields are written
    /// into the running frame one by one. A frame copied whole is read in
    /// 16-byte pieces the CPU cannot forward from the 8-byte stores that
    /// just wrote its fields (its ip, its stack's length), and that stall
    /// on every call and return cost more than the Rust calls this replaced.
    #[inline(always)]
    fn bind_in_place(
        &mut self,
        frame: &mut Frame<M>,
        func: ObjRef<M>,
        receiver: Option<Value<M>>,
        callable_at: usize,
        mut args_at: usize,
        kwnames: &[Value<M>],
    ) -> PyResult<(), M> {
        let ObjKind::Function(f) = &func.kind else { unreachable!("checked by call_in_place") };
        let code = &*f.code().code;
        if let Some(receiver) = receiver {
            // The receiver takes the slot below the arguments: the callable's
            // (its function is held in `func`) or CALL_METHOD's empty one.
            args_at -= 1;
            frame.stack[args_at] = receiver;
        }
        let nargs = frame.stack.len() - args_at;
        let nlocals = code.varnames.len();
        let simple = binds_positionally(code, nargs - kwnames.len(), kwnames);
        let id = self.next_frame_id();
        self.park(frame);
        // `frame` is the spare now: an empty stack (with its capacity kept),
        // no cells, blocks or namespace.
        let caller = &mut self.suspended[self.parked - 1];
        frame.stack.reserve(nlocals + code.max_stack as usize + 1);
        if simple {
            // The arguments become the callee's first locals: popped off
            // the caller's stack, last first, straight into their slots, so
            // that nothing is left there to drop but the callable (`drain`,
            // moving them out and dropping the holes, or pushing them in
            // reverse and reversing, each cost more: `reverse` is a call).
            // One by one into the reserved room: `resize` is a call.
            for _ in 0..nlocals {
                frame.stack.push_value(Value::Undef);
            }
            for local in frame.stack[..nargs].iter_mut().rev() {
                *local = caller.stack.pop_value().expect("an argument");
            }
        } else {
            frame.stack.resize(nlocals, Value::Undef);
            if let Err(e) = bind_general(f, code, &mut frame.stack, &caller.stack[args_at..], kwnames) {
                self.unpark(frame);
                return Err(e);
            }
        }
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            make_cells(f, code, &mut frame.stack, &mut frame.cells);
        }
        let caller = &mut self.suspended[self.parked - 1];
        // The callable (and CALL_METHOD's empty slot), one by one: no
        // out-of-line drop of a slice.
        while caller.stack.len() > callable_at {
            caller.stack.pop_value();
        }
        frame.func = func;
        frame.nlocals = nlocals;
        frame.id = id;
        Ok(())
    }

    /// Undo [`Vm::park`] after binding failed: the caller runs again, and
    /// the half-filled spare is emptied.
    fn unpark(&mut self, frame: &mut Frame<M>) {
        self.parked -= 1;
        let placeholder = self.spare_func();
        let slot = &mut self.suspended[self.parked];
        frame.exchange(slot);
        slot.make_spare(placeholder);
    }

    /// Move the running frame into the next slot of `suspended`, leaving
    /// that slot's empty spare in its place.
    #[inline(always)]
    fn park(&mut self, frame: &mut Frame<M>) {
        if self.parked == self.suspended.len() {
            self.suspended.push(Frame::spare(self.spare_func()));
            self.call_points.push(CallPoint { depth: 0, handled: 0, repr_guard: 0, then: AfterReturn::Value });
        }
        frame.exchange(&mut self.suspended[self.parked]);
        self.parked += 1;
    }

    /// What a spare frame holds for its function: `object`, immortal, so
    /// no spare keeps a real function alive after its call.
    #[inline(always)]
    pub(super) fn spare_func(&self) -> ObjRef<M> {
        self.interp.types.get(BuiltinType::Object).clone()
    }

    /// What instantiating `class` runs: the Python `__init__` that is all
    /// of it, when its instances are plain objects (a class written in
    /// Python, with no metaclass, built-in base value, exception state or
    /// own `__new__`); the native constructor of a built-in type (`range`,
    /// `list`, `enumerate`); else the general path. What was found is
    /// remembered on the class under the class-cache epoch, so a repeated
    /// instantiation reads the function at its place.
    #[inline]
    fn construction(&self, class: &Class<M>) -> Construction<M> {
        let epoch = class_cache::epoch();
        match class.instantiation.init.get(class.cache_id, epoch) {
            Some(fact) if fact.kind() == PLAIN_INIT => match class.value_at(fact.at(), fact.entry(), &INIT) {
                Some(Value::Obj(init)) if matches!(&init.kind, ObjKind::Function(f) if runs_in_place(f)) => {
                    Construction::PythonInit(init)
                }
                // Changed under the same epoch (another thread's class
                // dict write in flight): the general path decides.
                _ => Construction::General,
            },
            Some(fact) if fact.kind() == NATIVE_NEW => Construction::Native,
            Some(_) => Construction::General,
            None => {
                let Some(fact) = self.find_construction(class) else { return Construction::General };
                class.instantiation.init.put(class.cache_id, epoch, fact);
                match fact.kind() {
                    PLAIN_INIT => match class.value_at(fact.at(), fact.entry(), &INIT) {
                        Some(Value::Obj(init)) => Construction::PythonInit(init),
                        _ => Construction::General,
                    },
                    NATIVE_NEW => Construction::Native,
                    _ => Construction::General,
                }
            }
        }
    }

    /// The fact [`Vm::construction`] remembers for `class`, worked out
    /// from the class alone.
    #[cold]
    fn find_construction(&self, class: &Class<M>) -> Option<ClassFact> {
        let written_in_python = !class.module.is_empty() && class.module != "builtins";
        let not_plain = ClassFact::new(NOT_PLAIN, 0, 0);
        if !written_in_python && class.module == "builtins" && class.exc.is_none() && class.metaclass.is_none() {
            return ClassFact::new(NATIVE_NEW, 0, 0);
        }
        if !written_in_python
            || class.builtin.carries_value()
            || class.builtin == BuiltinType::Type
            || class.metaclass.is_some()
            || class.exc.is_some()
            || self.class_traits(class) & BUILTIN_NEW == 0
        {
            return not_plain;
        }
        match class.locate(&INIT) {
            Some((at, entry, Value::Obj(init))) if matches!(&init.kind, ObjKind::Function(f) if runs_in_place(f)) => {
                ClassFact::new(PLAIN_INIT, at, entry)
            }
            _ => not_plain,
        }
    }

    /// The running frame is done: make its caller the running frame again,
    /// unless the caller is outside this `run_frame` (at or below `base`):
    /// then what the caller does with the returned value.
    #[inline]
    pub(super) fn resume_caller(&mut self, frame: &mut Frame<M>, base: usize) -> Option<AfterReturn<M>> {
        if self.parked <= base {
            return None;
        }
        self.parked -= 1;
        let placeholder = self.spare_func();
        let slot = &mut self.suspended[self.parked];
        frame.exchange(slot);
        // The finished frame is emptied where it lies, back to a spare.
        slot.make_spare(placeholder);
        let point = &mut self.call_points[self.parked];
        // The depth before the call: one level less, or two for an object's `__call__`.
        self.depth = point.depth;
        Some(std::mem::replace(&mut point.then, AfterReturn::Value))
    }

    /// What the caller of the frame just made running by `call_in_place`
    /// does with its value.
    #[inline(always)]
    pub(super) fn set_after_return(&mut self, then: AfterReturn<M>) {
        self.call_points[self.parked - 1].then = then;
    }

    /// The running frame, its callee's caller again, takes the value the
    /// callee returned as `then` says: on its stack, or an error to raise.
    #[inline(always)]
    pub(super) fn take_returned(
        &mut self,
        frame: &mut Frame<M>,
        then: AfterReturn<M>,
        v: Value<M>,
    ) -> Option<PyErr<M>> {
        if let AfterReturn::Value = then {
            frame.stack.push_value(v);
            return None;
        }
        self.take_returned_specially(frame, then, v)
    }

    /// [`Vm::take_returned`] for `__init__`, operator and subscription
    /// methods: out of line, so that a plain return's path stays short.
    #[inline(never)]
    fn take_returned_specially(&mut self, frame: &mut Frame<M>, then: AfterReturn<M>, v: Value<M>) -> Option<PyErr<M>> {
        match then {
            AfterReturn::Value => frame.stack.push_value(v),
            // `C(...)`: what `__init__` returned must be None.
            AfterReturn::Init(instance) => match v {
                Value::None => {
                    note_instance_size(&instance);
                    frame.stack.push_value(instance)
                }
                other => {
                    return Some(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        other.type_name()
                    )));
                }
            },
            AfterReturn::Discard => drop(v),
            then @ (AfterReturn::Operator(_) | AfterReturn::Compare(_)) => {
                let right = frame.stack.pop_value().expect("the right operand");
                let left = frame.stack.pop_value().expect("the left operand");
                if !is_not_implemented(&v) {
                    frame.stack.push_value(v);
                    return None;
                }
                let answer = match then {
                    AfterReturn::Operator(arg) => self.operator_declined(arg, &left, &right),
                    AfterReturn::Compare(arg) => self.compare_declined(arg, &left, &right),
                    _ => unreachable!("matched above"),
                };
                match answer {
                    Ok(v) => frame.stack.push_value(v),
                    Err(e) => return Some(e),
                }
            }
        }
        None
    }

    /// After a contained panic in the running frame: the bookkeeping the
    /// unwinding skipped, put back as the running frame had it. A frame run
    /// in place gets what its caller had when it called, plus the
    /// exceptions its own handlers are handling; the frame `run_frame` was
    /// given gets what the thread had when that run began (`entry`).
    pub(super) fn recover_frame_state(&mut self, frame: &Frame<M>, base: usize, entry: super::UnwindPoint) {
        match self.parked.checked_sub(1).map(|top| &self.call_points[top]) {
            Some(point) if self.parked > base => {
                let own_handlers = frame.blocks.iter().filter(|b| matches!(b, Block::Handler)).count();
                self.depth = point.depth + 1;
                self.handled.truncate(point.handled + own_handlers);
                self.repr_guard.truncate(point.repr_guard);
            }
            _ => self.restore_unwind_point(entry),
        }
    }
}

/// A class's `__init__`, run in place, has returned this new instance:
/// remember how many attributes it set, to presize the next one's dict.
#[inline]
pub(super) fn note_instance_size<M: Model>(instance: &Value<M>) {
    if let Some(ObjKind::Instance(inst)) = instance.kind()
        && let ObjKind::Class(class) = &inst.class_obj().kind
    {
        class.instantiation.saw_attrs(inst.with_dict(|d| d.len()));
    }
}

/// `Instantiation::init` facts: the class's `__init__` runs in place at
/// the remembered place, or instantiating it takes the general path.
const PLAIN_INIT: u8 = 1;
const NOT_PLAIN: u8 = 2;
/// A built-in type, made by its native constructor (`Vm::instantiate`'s
/// `registry.construct`).
const NATIVE_NEW: u8 = 3;

/// What instantiating a class runs (see `Vm::construction`).
enum Construction<M: Model> {
    PythonInit(ObjRef<M>),
    Native,
    General,
}

/// A function whose call the eval loop can run in place: any but a
/// generator, coroutine or async generator function (calling those makes
/// an object; it runs nothing).
#[inline(always)]
pub(super) fn runs_in_place<M: Model>(f: &Function<M>) -> bool {
    !f.code().code.has_flag(flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR)
}
