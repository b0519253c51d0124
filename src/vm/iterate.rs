//! Iteration: `iter()`, `next()`, generators, unpacking.
//!
//! An iterator's state lives in its cell; anything that may run Python code
//! (an inner iterator, a `map` function, a generator body) runs with that
//! cell released, so a model with per-object locks never deadlocks on it.

use super::Vm;
use super::frame::Frame;
use crate::bytecode::Op;
use crate::model::heap::ValueStack;
use crate::model::{Model, ObjCell};
use crate::object::dict::StrKey;
use crate::object::iter::DictView;
use crate::object::{ExcType, IterState, ObjKind, PyErr, PyResult, Value};

use super::native_steps::{InLine, Step, advance_native, range_step, step_in_line};

/// What one resumption of a generator produced.
pub enum GenStep<M: Model> {
    Yield(Value<M>),
    Return(Value<M>),
}

/// A generator, a coroutine, or a coroutine's `__await__` wrapper: resumed
/// by `generator_step`.
fn is_generator<M: Model>(v: &Value<M>) -> bool {
    matches!(v.kind(), Some(ObjKind::Iter(c))
        if c.with(|s| matches!(s, IterState::Generator { .. } | IterState::AwaitWrapper { .. } | IterState::AsyncGenStep(_))))
}

fn is_coroutine_value<M: Model>(v: &Value<M>) -> bool {
    matches!(v.kind(), Some(ObjKind::Iter(c)) if c.with(|s| s.is_coroutine()))
}

/// What `generator_step` found in the generator's cell.
enum Resume<M: Model> {
    Frame(Box<Frame<M>>, Vec<Value<M>>),
    /// Finished (true for a coroutine).
    Finished(bool),
    /// A `coroutine.__await__()` wrapper: resume the coroutine.
    Wrapped(Value<M>),
    /// An async generator's asend/athrow awaitable.
    AsyncStep,
}

/// A generator's frame taken out to run, and the exceptions its handlers
/// were handling.
pub(super) type Suspended<M> = (Box<Frame<M>>, Vec<Value<M>>);

/// A suspended generator's frame and saved exceptions, taken out to run
/// (its state then says it is running); None for any other state.
#[inline]
pub(super) fn take_suspended<M: Model>(s: &mut IterState<M>) -> Option<Suspended<M>> {
    match s {
        IterState::Generator { frame: frame @ Some(_), running: running @ false, finished: false, handled, .. } => {
            *running = true;
            let handled = if handled.is_empty() { Vec::new() } else { std::mem::take(handled) };
            frame.take().map(|f| (f, handled))
        }
        _ => None,
    }
}

/// The generator stopped running: suspended again with its frame and the
/// exceptions its handlers are handling (what `saved` gives), or (no frame)
/// finished. `saved` is made where it is stored: a vector made before and
/// moved in (three words written one by one, read back in 16-byte pieces)
/// cost a store-forwarding stall on every resume.
#[inline(always)]
fn put_back<M: Model>(
    cell: &M::Cell<IterState<M>>,
    frame: Option<Box<Frame<M>>>,
    saved: impl FnOnce() -> Vec<Value<M>>,
) {
    cell.with(|s| {
        if let IterState::Generator { frame: slot, running, finished, handled, .. } = s {
            *running = false;
            match frame {
                Some(f) => {
                    *slot = Some(f);
                    let saved = saved();
                    if !saved.is_empty() || !handled.is_empty() {
                        *handled = saved;
                    } else {
                        forget_unallocated(saved);
                    }
                }
                None => *finished = true,
            }
        }
    })
}

/// Drop `v`, which is usually empty and unallocated (the exceptions a
/// generator's handlers are handling, on each step): then without the
/// out-of-line call dropping a vector costs.
#[inline(always)]
fn forget_unallocated<T>(v: Vec<T>) {
    if v.capacity() == 0 {
        // Nothing to free and no element to drop.
        std::mem::forget(v);
    }
}

/// Where an exception thrown into a delegating generator leaves it.
enum Delegated<M: Model> {
    /// The inner iterator yielded again: so does the outer one.
    StillSuspended(Value<M>),
    /// Run the outer frame on (with `frame.throw` set, or past the delegation).
    Resume,
}

/// If the frame is paused at the YIELD_VALUE of a `yield from`/`await` loop
/// (SEND; YIELD_VALUE), the inner iterator on top of its stack and where
/// SEND jumps when the inner one is done.
pub(super) fn paused_in_delegation<M: Model>(frame: &Frame<M>) -> Option<(Value<M>, usize)> {
    let ObjKind::Function(f) = &frame.func.kind else { return None };
    let code = f.code();
    let instrs = &code.code.instrs;
    if frame.ip < 2 {
        return None;
    }
    let (send, yielded) = (instrs.get(frame.ip - 2)?, instrs.get(frame.ip - 1)?);
    if send.op != Op::Send || yielded.op != Op::YieldValue {
        return None;
    }
    Some((frame.stack.last()?.clone(), send.arg as usize))
}

/// StopIteration carrying a return value.
pub fn stop_with<M: Model>(v: Value<M>) -> PyErr<M> {
    if v.is_none() { PyErr::stop_iteration() } else { PyErr::with_args(ExcType::StopIteration, vec![v]) }
}

/// What [`Vm::next_maybe_pair`] produced.
pub enum NextItem<M: Model> {
    /// The two items of a pair, first item first.
    Pair(Value<M>, Value<M>),
    One(Value<M>),
    Done,
}

impl<M: Model> Vm<M> {
    pub fn new_iter(state: IterState<M>) -> Value<M> {
        Value::obj(ObjKind::Iter(M::Cell::new(state)))
    }

    /// `iter(v)`
    pub fn get_iter(&mut self, v: &Value<M>) -> PyResult<Value<M>, M> {
        // `for member in EnumClass`: the metaclass's `__iter__`.
        if let Some(ObjKind::Class(c)) = v.kind()
            && c.metaclass.is_some()
            && let Some(f) = self.metaclass_method(v, "__iter__")
        {
            let it = self.call(&f, &[], &[])?;
            return self.get_iter(&it);
        }
        let state = match v.kind() {
            Some(ObjKind::List(_) | ObjKind::Tuple(_)) => IterState::Seq { seq: v.clone(), index: 0 },
            Some(ObjKind::Str(_)) => IterState::Str { s: v.clone(), pos: 0 },
            Some(ObjKind::Range(r)) => IterState::Range { next: r.start, stop: r.stop, step: r.step },
            Some(ObjKind::Dict(d)) => {
                let len = d.with(|d| d.len());
                IterState::Dict { dict: v.clone(), index: 0, len, left: len, view: DictView::Keys }
            }
            Some(ObjKind::Set(d)) => {
                let len = d.with(|d| d.len());
                IterState::Dict { dict: v.clone(), index: 0, len, left: len, view: DictView::Keys }
            }
            Some(ObjKind::FrozenSet(d)) => {
                let len = d.len();
                IterState::Dict { dict: v.clone(), index: 0, len, left: len, view: DictView::Keys }
            }
            Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => IterState::Seq { seq: v.clone(), index: 0 },
            Some(ObjKind::MemoryView(m)) => {
                m.check()?;
                IterState::Seq { seq: v.clone(), index: 0 }
            }
            Some(ObjKind::Iter(c)) if c.with(|s| s.is_not_iterator()) => return Err(not_iterable(v)),
            Some(ObjKind::Iter(_)) => return Ok(v.clone()),
            Some(ObjKind::Instance(inst)) => {
                if let Some(it) = crate::modules::dict_methods::view_iterator(v) {
                    return Ok(it);
                }
                if let Some(p) = inst.builtin_view("__iter__") {
                    // `class E(enumerate)`: the instance is its own iterator,
                    // so that an overridden `__next__` is what runs.
                    if inst.class().builtin.is_iterator_class() {
                        return Ok(v.clone());
                    }
                    return self.get_iter(&p);
                }
                const ITER: StrKey<'static> = StrKey::constant("__iter__");
                const NEXT: StrKey<'static> = StrKey::constant("__next__");
                if let Some(f) = inst.class().lookup_key(&ITER) {
                    let r = self.call_special(&f, std::slice::from_ref(v))?;
                    let is_iterator = match r.kind() {
                        Some(ObjKind::Iter(_) | ObjKind::Native(_)) => true,
                        Some(ObjKind::Instance(i)) => i.class().lookup_key(&NEXT).is_some(),
                        _ => false,
                    };
                    if !is_iterator {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            r.type_name()
                        )));
                    }
                    return Ok(r);
                }
                if inst.class().lookup("__getitem__").is_some() {
                    return Ok(Self::new_iter(IterState::GetItem { seq: v.clone(), index: 0 }));
                }
                return Err(not_iterable(v));
            }
            _ => return Err(not_iterable(v)),
        };
        Ok(Self::new_iter(state))
    }

    /// `next(it)` for a FOR_ITER whose item is unpacked into two targets
    /// at once (`for i, x in enumerate(xs)`, `for k, v in d.items()`,
    /// `for a, b in zip(xs, ys)`): where the iterator makes a pair, the
    /// two values come back without the tuple that would only be taken
    /// apart again.
    pub fn next_maybe_pair(&mut self, it: &Value<M>) -> PyResult<NextItem<M>, M> {
        let Some(ObjKind::Iter(cell)) = it.kind() else {
            return Ok(self.next(it)?.map_or(NextItem::Done, NextItem::One));
        };
        match self.advance(cell, it)? {
            Step::Pair(a, b) => Ok(NextItem::Pair(a, b)),
            Step::Enumerate(inner, count) => {
                Ok(self.next(&inner)?.map_or(NextItem::Done, |v| NextItem::Pair(count, v)))
            }
            Step::Zip2(first, second) => {
                let Some(a) = self.next(&first)? else { return Ok(NextItem::Done) };
                let Some(b) = self.next(&second)? else { return Ok(NextItem::Done) };
                Ok(NextItem::Pair(a, b))
            }
            step => Ok(self.finish_step(cell, it, step)?.map_or(NextItem::Done, NextItem::One)),
        }
    }

    /// [`Vm::next`] trying a range's step first: for loops that pull many
    /// items (FOR_ITER, min/max).
    #[inline(always)]
    pub fn next_fast(&mut self, it: &Value<M>) -> PyResult<Option<Value<M>>, M> {
        if let Some(ObjKind::Iter(cell)) = it.kind() {
            if let Some(step) = range_step::<M>(cell) {
                return Ok(step.map(Value::Int));
            }
            if let Some(r) = self.next_in_line(cell) {
                return r;
            }
        }
        self.next_general(it)
    }

    /// `next(it)`: Some(value), or None when exhausted.
    pub fn next(&mut self, it: &Value<M>) -> PyResult<Option<Value<M>>, M> {
        if let Some(ObjKind::Iter(cell)) = it.kind()
            && let Some(r) = self.next_in_line(cell)
        {
            return r;
        }
        self.next_general(it)
    }

    /// The common iterators (a generator's `sum(x for ...)`, a list's, a
    /// range's) in one look at the state; None for the general path.
    #[inline(always)]
    fn next_in_line(&mut self, cell: &M::Cell<IterState<M>>) -> Option<PyResult<Option<Value<M>>, M>> {
        match step_in_line(cell) {
            InLine::Item(Ok(next)) => Some(Ok(next)),
            InLine::Item(Err(message)) => Some(Err(PyErr::new(ExcType::RuntimeError, message))),
            InLine::Resume(suspended) => Some(self.next_of_suspended(cell, suspended)),
            InLine::Other => None,
        }
    }

    /// [`Vm::next`] past the in-line step.
    fn next_general(&mut self, it: &Value<M>) -> PyResult<Option<Value<M>>, M> {
        let cell = match it.kind() {
            Some(ObjKind::Iter(c)) => c,
            Some(ObjKind::Instance(inst)) => {
                // An iterator subclass that keeps the built-in `__next__`.
                if let Some(p) = inst.builtin_view("__next__") {
                    return self.next(&p);
                }
                let f = match inst.class().lookup("__next__") {
                    Some(f) => f,
                    None => {
                        return Err(PyErr::type_error(format!("'{}' object is not an iterator", it.type_name())));
                    }
                };
                return match self.call_special(&f, std::slice::from_ref(it)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => self.stop_iteration_to_none(e),
                };
            }
            _ => return Err(PyErr::type_error(format!("'{}' object is not an iterator", it.type_name()))),
        };
        let step = self.advance(cell, it)?;
        self.finish_step(cell, it, step)
    }

    /// Advance a built-in iterator as far as it goes without running
    /// Python code, under one hold of its lock.
    #[inline(always)]
    fn advance(&self, cell: &M::Cell<IterState<M>>, it: &Value<M>) -> PyResult<Step<M>, M> {
        let step = cell.with(|s| if s.is_not_iterator() { Err(None) } else { advance_native(s).map_err(Some) });
        step.map_err(|failure| match failure {
            None => PyErr::type_error(format!("'{}' object is not an iterator", it.type_name())),
            Some(msg) => PyErr::new(ExcType::RuntimeError, msg),
        })
    }

    /// Finish a step [`Vm::advance`] began: the Python code it needs, and
    /// the item it yields (a pair as a tuple).
    #[inline(always)]
    fn finish_step(
        &mut self,
        cell: &M::Cell<IterState<M>>,
        it: &Value<M>,
        step: Step<M>,
    ) -> PyResult<Option<Value<M>>, M> {
        match step {
            Step::Done(v) => Ok(v),
            Step::Char(c) => Ok(Some(self.char_value(c))),
            Step::Pair(a, b) => Ok(Some(Value::tuple(vec![a, b]))),
            Step::Enumerate(inner, count) => match self.next(&inner)? {
                Some(v) => Ok(Some(Value::tuple(vec![count, v]))),
                None => Ok(None),
            },
            Step::Zip2(first, second) => {
                let Some(a) = self.next(&first)? else { return Ok(None) };
                let Some(b) = self.next(&second)? else { return Ok(None) };
                Ok(Some(Value::tuple(vec![a, b])))
            }
            Step::Zip(iters) => {
                let mut items = Vec::with_capacity(iters.len());
                for i in &iters {
                    match self.next(i)? {
                        Some(v) => items.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(Value::tuple(items)))
            }
            Step::Map(func, iters) => {
                let mut args = Vec::with_capacity(iters.len());
                for i in &iters {
                    match self.next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                // As CPython's C iterators: a StopIteration escaping the
                // function ends this round of iteration like exhaustion.
                match self.call(&func, &args, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => self.stop_iteration_to_none(e),
                }
            }
            Step::Filter(func, inner) => loop {
                let v = match self.next(&inner)? {
                    Some(v) => v,
                    None => return Ok(None),
                };
                let keep = if func.is_none() {
                    self.truthy(&v)?
                } else {
                    let r = match self.call(&func, std::slice::from_ref(&v), &[]) {
                        Ok(r) => r,
                        Err(e) => return self.stop_iteration_to_none(e),
                    };
                    self.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            },
            Step::Callable(func, sentinel) => {
                let v = match self.call(&func, &[], &[]) {
                    Ok(v) => v,
                    Err(e) => match self.stop_iteration_to_none(e)? {
                        Some(v) => v,
                        None => {
                            cell.with(|s| *s = IterState::Exhausted);
                            return Ok(None);
                        }
                    },
                };
                if self.eq(&v, &sentinel)? {
                    cell.with(|s| *s = IterState::Exhausted);
                    return Ok(None);
                }
                Ok(Some(v))
            }
            Step::Count(current, step) => {
                let after = self.binary_op(crate::ast::BinOp::Add, false, current.clone(), step)?;
                cell.with(|s| {
                    if let IterState::Count { next, .. } = s {
                        *next = after;
                    }
                });
                Ok(Some(current))
            }
            Step::Chain => self.next_chain(cell),
            Step::ISlice => self.next_islice(cell),
            Step::GetItem(seq, index) => match self.getitem(&seq, &Value::Int(index)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if ends_sequence(&e) => {
                    cell.with(|s| *s = IterState::Exhausted);
                    Ok(None)
                }
                Err(e) => Err(e),
            },
            Step::Resume(suspended) => self.next_of_suspended(cell, suspended),
            Step::Generator => self.resume_generator(it, Value::None),
        }
    }

    fn stop_iteration_to_none(&mut self, e: PyErr<M>) -> PyResult<Option<Value<M>>, M> {
        if e.lazy_type() == Some(ExcType::StopIteration) {
            return Ok(None);
        }
        let exc = self.materialize(e);
        let cls = self.exc_class(ExcType::StopIteration).clone();
        if self.isinstance(&exc, &cls) { Ok(None) } else { Err(self.reraise(exc)) }
    }

    /// Run a generator until its next yield. Some(value) on yield, None when
    /// it returns.
    pub fn resume_generator(&mut self, generator: &Value<M>, sent: Value<M>) -> PyResult<Option<Value<M>>, M> {
        match self.generator_step(generator, sent, None)? {
            GenStep::Yield(v) => Ok(Some(v)),
            GenStep::Return(_) => Ok(None),
        }
    }

    /// `next(it)`, raising StopIteration (with a generator's return value)
    /// when exhausted.
    pub fn next_or_stop(&mut self, it: &Value<M>) -> PyResult<Value<M>, M> {
        if is_generator(it) && !is_coroutine_value(it) {
            return match self.generator_step(it, Value::None, None)? {
                GenStep::Yield(v) => Ok(v),
                GenStep::Return(v) => Err(stop_with(v)),
            };
        }
        match self.next(it)? {
            Some(v) => Ok(v),
            None => Err(PyErr::stop_iteration()),
        }
    }

    /// SEND: one step of `yield from`.
    pub fn send_into(&mut self, receiver: &Value<M>, v: Value<M>) -> PyResult<GenStep<M>, M> {
        if is_generator(receiver) {
            return self.generator_step(receiver, v, None);
        }
        // A Python-level iterator's StopIteration carries the result.
        let is_instance = matches!(receiver.kind(), Some(ObjKind::Instance(_)));
        if !v.is_none() || is_instance {
            let r = if v.is_none() {
                self.call_method(receiver, "__next__", &[])
            } else {
                self.call_method(receiver, "send", std::slice::from_ref(&v))
            };
            return match r {
                Ok(y) => Ok(GenStep::Yield(y)),
                Err(e) => self.stop_value(e).map(GenStep::Return),
            };
        }
        match self.next(receiver) {
            Ok(Some(y)) => Ok(GenStep::Yield(y)),
            Ok(None) => Ok(GenStep::Return(Value::None)),
            Err(e) => self.stop_value(e).map(GenStep::Return),
        }
    }

    /// A StopIteration's value, or the error itself.
    fn stop_value(&mut self, e: PyErr<M>) -> PyResult<Value<M>, M> {
        if e.lazy_type() == Some(ExcType::StopIteration) {
            let exc = self.materialize(e);
            return self.getattr(&exc, "value");
        }
        let exc = self.materialize(e);
        let cls = self.exc_class(ExcType::StopIteration).clone();
        if self.isinstance(&exc, &cls) { self.getattr(&exc, "value") } else { Err(self.reraise(exc)) }
    }

    /// Resume a generator (or coroutine) with a value sent in, or an
    /// exception thrown in. A `coroutine.__await__()` wrapper resumes its
    /// coroutine.
    pub fn generator_step(
        &mut self,
        generator: &Value<M>,
        sent: Value<M>,
        throw: Option<PyErr<M>>,
    ) -> PyResult<GenStep<M>, M> {
        let cell = match generator.kind() {
            Some(ObjKind::Iter(c)) => c,
            _ => return Err(PyErr::type_error("not a generator")),
        };
        // The usual step, a suspended generator sent a value, in one look
        // at its state.
        if throw.is_none()
            && let Some((frame, handled)) = cell.with(take_suspended)
        {
            return self.run_suspended(cell, frame, handled, Some(sent));
        }
        let taken = cell.with(|s| match s {
            IterState::Generator { frame, running, finished, handled, coroutine, .. } => {
                if *running {
                    Err(if *coroutine { "coroutine already executing" } else { "generator already executing" })
                } else if *finished {
                    Ok(Resume::Finished(*coroutine))
                } else {
                    *running = true;
                    Ok(frame.take().map_or(Resume::Finished(*coroutine), |f| Resume::Frame(f, std::mem::take(handled))))
                }
            }
            IterState::AwaitWrapper { coro } => Ok(Resume::Wrapped(coro.clone())),
            IterState::AsyncGenStep(_) => Ok(Resume::AsyncStep),
            _ => Err("not a generator"),
        });
        let (mut frame, handled) = match taken {
            Err(msg) => return Err(PyErr::value_error(msg)),
            Ok(Resume::Wrapped(coro)) => return self.generator_step(&coro, sent, throw),
            Ok(Resume::AsyncStep) => return self.async_gen_step(generator, sent, throw),
            Ok(Resume::Finished(coroutine)) => {
                return match throw {
                    Some(e) => Err(e),
                    None if coroutine => {
                        Err(PyErr::new(ExcType::RuntimeError, "cannot reuse already awaited coroutine"))
                    }
                    None => Ok(GenStep::Return(Value::None)),
                };
            }
            Ok(Resume::Frame(f, handled)) => (f, handled),
        };
        match throw {
            Some(e) if frame.ip == 0 => {
                // Never started: it finishes without running any code.
                put_back::<M>(cell, None, Vec::new);
                Err(e)
            }
            Some(e) => match self.throw_into_delegate(&mut frame, e) {
                Ok(Delegated::StillSuspended(y)) => {
                    put_back(cell, Some(frame), || handled);
                    Ok(GenStep::Yield(y))
                }
                Ok(Delegated::Resume) => self.run_suspended(cell, frame, handled, None),
                Err(e) => {
                    put_back(cell, Some(frame), || handled);
                    Err(e)
                }
            },
            None => self.run_suspended(cell, frame, handled, Some(sent)),
        }
    }

    /// Run a generator's frame, taken out of its state (which says it is
    /// running), until it yields, returns or raises, with `sent` (if any)
    /// as the value of the `yield` it is suspended at, and the exceptions
    /// its handlers were handling back on the thread's stack meanwhile.
    /// `next()` of a generator whose suspended frame was taken out of its
    /// state (by `step_in_line` or `advance_native`): resume it with None.
    fn next_of_suspended(
        &mut self,
        cell: &M::Cell<IterState<M>>,
        (frame, handled): Suspended<M>,
    ) -> PyResult<Option<Value<M>>, M> {
        match self.run_suspended(cell, frame, handled, Some(Value::None))? {
            GenStep::Yield(v) => Ok(Some(v)),
            GenStep::Return(_) => Ok(None),
        }
    }

    fn run_suspended(
        &mut self,
        cell: &M::Cell<IterState<M>>,
        mut frame: Box<Frame<M>>,
        handled: Vec<Value<M>>,
        sent: Option<Value<M>>,
    ) -> PyResult<GenStep<M>, M> {
        if let Some(sent) = sent
            && frame.ip > 0
        {
            frame.stack.push_value(sent);
        }
        if let Err(e) = self.enter_call() {
            put_back(cell, Some(frame), || handled);
            return Err(e);
        }
        let saved_handled = self.handled.len();
        // Usually empty: then nothing to move (and no iterator to drop).
        if handled.is_empty() {
            forget_unallocated(handled);
        } else {
            self.handled.extend(handled);
        }
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        if frame.yielded && r.is_ok() {
            let handled = &mut self.handled;
            // Usually nothing is left to carry over: skip `split_off`,
            // which swaps in a fresh allocation when splitting at 0.
            let still_handled =
                || if saved_handled >= handled.len() { Vec::new() } else { handled.split_off(saved_handled) };
            put_back(cell, Some(frame), still_handled);
            return r.map(GenStep::Yield);
        }
        self.handled.truncate(saved_handled);
        // Finished, and marked so before its locals go: its value stack
        // goes back to the pool for the next frame, and its box to the
        // next generator (a coroutine awaited once makes both).
        put_back::<M>(cell, None, Vec::new);
        self.recycle_stack(std::mem::take(&mut frame.stack));
        self.recycle_frame_box(frame);
        match r {
            Ok(v) => Ok(GenStep::Return(v)),
            // PEP 479: a StopIteration escaping the body (built in, or
            // raised as an object) becomes a RuntimeError caused by it.
            Err(e) if is_stop_iteration(&e) => {
                let what = if cell.with(|s| s.is_coroutine()) { "coroutine" } else { "generator" };
                let cause = self.materialize(e);
                let exc = self.materialize(PyErr::new(ExcType::RuntimeError, format!("{what} raised StopIteration")));
                Err(self.raise(Some(exc), Some(cause)))
            }
            Err(e) => Err(e),
        }
    }

    /// An exception thrown into a generator paused inside `yield from` (or
    /// `await`) goes to the inner iterator first, as in CPython: a
    /// GeneratorExit closes it, anything else is thrown into it. What the
    /// inner one does decides where the outer frame goes on.
    fn throw_into_delegate(&mut self, frame: &mut Frame<M>, e: PyErr<M>) -> PyResult<Delegated<M>, M> {
        let Some((receiver, done_target)) = paused_in_delegation(frame) else {
            frame.throw = Some(e);
            return Ok(Delegated::Resume);
        };
        let exc = self.materialize(e);
        let exit_cls = self.exc_class(ExcType::GeneratorExit).clone();
        let outcome = if self.isinstance(&exc, &exit_cls) {
            match self.close_iterator(&receiver) {
                Ok(()) => Err(self.reraise(exc)),
                Err(e2) => Err(e2),
            }
        } else if is_generator(&receiver) {
            let err = self.reraise(exc);
            self.generator_step(&receiver, Value::None, Some(err))
        } else {
            match self.getattr_opt(&receiver, "throw")? {
                Some(throw) => match self.call(&throw, &[exc], &[]) {
                    Ok(y) => Ok(GenStep::Yield(y)),
                    Err(e) => self.stop_value(e).map(GenStep::Return),
                },
                None => Err(self.reraise(exc)),
            }
        };
        match outcome {
            Ok(GenStep::Yield(y)) => return Ok(Delegated::StillSuspended(y)),
            Ok(GenStep::Return(v)) => {
                frame.stack.pop_value();
                frame.stack.push_value(v);
                frame.ip = done_target;
            }
            Err(e) => {
                frame.stack.pop_value();
                frame.throw = Some(e);
            }
        }
        Ok(Delegated::Resume)
    }

    /// `it.close()`: GeneratorExit for a generator (an error if it yields
    /// again), the `close` method of anything else that has one.
    pub fn close_iterator(&mut self, it: &Value<M>) -> PyResult<(), M> {
        if !is_generator(it) {
            if let Some(close) = self.getattr_opt(it, "close")? {
                self.call(&close, &[], &[])?;
            }
            return Ok(());
        }
        let exit = PyErr::with_args(ExcType::GeneratorExit, Vec::new());
        match self.generator_step(it, Value::None, Some(exit)) {
            Ok(GenStep::Yield(_)) => {
                let what = if is_coroutine_value(it) { "coroutine" } else { "generator" };
                Err(PyErr::new(ExcType::RuntimeError, format!("{what} ignored GeneratorExit")))
            }
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e) => {
                let exc = self.materialize(e);
                let exit_cls = self.exc_class(ExcType::GeneratorExit).clone();
                let stop = self.exc_class(ExcType::StopIteration).clone();
                if self.isinstance(&exc, &exit_cls) || self.isinstance(&exc, &stop) {
                    Ok(())
                } else {
                    Err(self.reraise(exc))
                }
            }
        }
    }

    /// Drain an iterable into a Vec.
    pub fn collect(&mut self, v: &Value<M>) -> PyResult<Vec<Value<M>>, M> {
        match v.kind() {
            Some(ObjKind::List(l)) => return Ok(l.with(|l| l.clone())),
            Some(ObjKind::Tuple(t)) => return Ok(t.to_vec()),
            Some(ObjKind::Range(r)) => {
                let n = r.try_len().ok_or_else(|| PyErr::overflow(super::ops::SSIZE_T_OVERFLOW))?;
                let mut out = crate::capacity::try_vec(n as usize)?;
                out.extend((0..r.len()).map(|i| Value::Int(r.get(i))));
                return Ok(out);
            }
            Some(ObjKind::Dict(d) | ObjKind::Set(d)) => return Ok(d.with(|d| d.keys())),
            Some(ObjKind::FrozenSet(d)) => return Ok(d.keys()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// UNPACK_SEQUENCE: push `n` items, first item on top.
    pub fn unpack_into(&mut self, seq: &Value<M>, n: usize, stack: &mut Vec<Value<M>>) -> PyResult<(), M> {
        let items = match seq.kind() {
            Some(ObjKind::Tuple(t)) if t.len() == n => {
                stack.extend(t.iter().rev().cloned());
                return Ok(());
            }
            Some(ObjKind::List(l)) => {
                // Length check and copy under one lock hold, so no other thread resizes between.
                let copied = l.with(|l| {
                    let fits = l.len() == n;
                    if fits {
                        stack.extend(l.iter().rev().cloned());
                    }
                    fits
                });
                if copied {
                    return Ok(());
                }
                l.with(|l| l.clone())
            }
            _ => self.collect(seq).map_err(|e| {
                if e.lazy_type() == Some(ExcType::TypeError) {
                    PyErr::type_error(format!("cannot unpack non-iterable {} object", seq.type_name()))
                } else {
                    e
                }
            })?,
        };
        if items.len() < n {
            return Err(PyErr::value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
        }
        if items.len() > n {
            return Err(PyErr::value_error(format!("too many values to unpack (expected {n})")));
        }
        stack.extend(items.into_iter().rev());
        Ok(())
    }

    /// UNPACK_EX: `before` items, a list of the rest, `after` items.
    pub fn unpack_ex_into(&mut self, seq: &Value<M>, arg: u32, stack: &mut Vec<Value<M>>) -> PyResult<(), M> {
        let before = (arg & 0xff) as usize;
        let after = (arg >> 8) as usize;
        let mut items = self.collect(seq).map_err(|e| {
            if e.lazy_type() == Some(ExcType::TypeError) {
                PyErr::type_error(format!("cannot unpack non-iterable {} object", seq.type_name()))
            } else {
                e
            }
        })?;
        if items.len() < before + after {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        stack.extend(tail.into_iter().rev());
        stack.push(Value::list(middle));
        stack.extend(items.into_iter().rev());
        Ok(())
    }
}

pub fn not_iterable<M: Model>(v: &Value<M>) -> PyErr<M> {
    PyErr::type_error(format!("'{}' object is not iterable", v.type_name()))
}

/// Whether `e` is a StopIteration (or a subclass's), lazy or an object.
fn is_stop_iteration<M: Model>(e: &PyErr<M>) -> bool {
    error_type_is(e, |t| t.is_subclass_of(ExcType::StopIteration))
}

/// Whether `e`'s built-in exception type passes `test`, whether it is
/// still lazy or was raised as a Python-level instance.
fn error_type_is<M: Model>(e: &PyErr<M>, test: impl Fn(ExcType) -> bool) -> bool {
    match e.lazy_type() {
        Some(t) => test(t),
        None => matches!(&e.inner.value, crate::object::exception::ErrValue::Object(o)
            if matches!(&o.kind, ObjKind::Instance(i) if i.class().exc.is_some_and(&test))),
    }
}

/// Whether an error from `__getitem__` ends the old sequence protocol: an
/// IndexError or StopIteration, built in or raised as a Python-level
/// instance (a manager's array proxy re-raises the server's IndexError).
fn ends_sequence<M: Model>(e: &PyErr<M>) -> bool {
    error_type_is(e, |t| t.is_subclass_of(ExcType::IndexError) || t.is_subclass_of(ExcType::StopIteration))
}
