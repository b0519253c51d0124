//! Async generators (`async def` with `yield`), native as in CPython.
//!
//! The body runs as a plain generator frame. The compiler wraps the body's
//! own `yield` values (ASYNC_GEN_WRAP), so when the frame yields, a wrapped
//! value is an item for `async for` and a bare one is something an inner
//! `await` passes out to the event loop. Each `__anext__`/`asend`/`athrow`/
//! `aclose` returns an awaitable (`IterState::AsyncGenStep`) that drives the
//! frame until it yields an item (the await's result), finishes
//! (StopAsyncIteration) or raises; SEND resumes it without any Python frame.

use super::Vm;
use super::iterate::GenStep;
use crate::model::{Model, ObjCell};
use crate::object::iter::{AsyncGenAction, AsyncGenStep};
use crate::object::{ExcType, IterState, ObjKind, PyErr, PyResult, Value};

/// Whether `v` is an async generator.
pub fn is_async_gen<M: Model>(v: &Value<M>) -> bool {
    matches!(v.kind(), Some(ObjKind::Iter(c)) if c.with(|s| matches!(s, IterState::AsyncGen { .. })))
}

/// Whether `v` is an `asend`/`athrow` awaitable.
pub fn is_async_gen_step<M: Model>(v: &Value<M>) -> bool {
    matches!(v.kind(), Some(ObjKind::Iter(c)) if c.with(|s| matches!(s, IterState::AsyncGenStep(_))))
}

/// What a step's first resumption does to the body.
enum Start<M: Model> {
    /// Resume the body with this value sent or this exception thrown.
    Resume(Value<M>, Option<Value<M>>),
    /// The generator had already finished.
    Finished,
}

impl<M: Model> Vm<M> {
    /// An async generator around the generator running its body.
    pub fn new_async_gen(body: Value<M>) -> Value<M> {
        Self::new_iter(IterState::AsyncGen { body, running: false, finished: false })
    }

    /// The awaitable `agen.asend(arg)` (or `athrow`/`aclose`) returns.
    pub fn async_gen_awaitable(agen: &Value<M>, action: AsyncGenAction, arg: Value<M>) -> Value<M> {
        let step = AsyncGenStep { agen: agen.clone(), action, arg, started: false, spent: false };
        Self::new_iter(IterState::AsyncGenStep(Box::new(step)))
    }

    /// One resumption of an asend/athrow awaitable (SEND, `send`, `throw`,
    /// `__next__`): Yield passes a value out to the event loop, Return is
    /// the await's result.
    pub(super) fn async_gen_step(
        &mut self,
        step: &Value<M>,
        sent: Value<M>,
        throw: Option<PyErr<M>>,
    ) -> PyResult<GenStep<M>, M> {
        let Some(ObjKind::Iter(cell)) = step.kind() else { unreachable!("async_gen_step on a non-step") };
        let (agen, action, first) = cell.with(|s| match s {
            IterState::AsyncGenStep(st) => {
                let first = if st.spent {
                    None
                } else {
                    let was = st.started;
                    st.started = true;
                    Some((!was).then(|| std::mem::replace(&mut st.arg, Value::None)))
                };
                (st.agen.clone(), st.action, first)
            }
            _ => unreachable!(),
        });
        let Some(first) = first else {
            return Err(match throw {
                Some(e) => e,
                None => PyErr::new(ExcType::RuntimeError, reuse_message(action)),
            });
        };
        let Some(ObjKind::Iter(agen_cell)) = agen.kind() else { unreachable!() };
        let (body, running, finished) = agen_cell.with(|s| match s {
            IterState::AsyncGen { body, running, finished } => (body.clone(), *running, *finished),
            _ => unreachable!(),
        });
        let (value, exc) = match first {
            Some(arg) => match self.start_step(action, arg, running, finished)? {
                Start::Finished => {
                    self.spend(cell);
                    return match action {
                        AsyncGenAction::Close => Ok(GenStep::Return(Value::None)),
                        _ => Err(PyErr::with_args(ExcType::StopAsyncIteration, Vec::new())),
                    };
                }
                Start::Resume(v, e) => (v, e),
            },
            None => (sent, None),
        };
        let set_running = |on: bool, done: bool| {
            agen_cell.with(|s| {
                if let IterState::AsyncGen { running, finished, .. } = s {
                    *running = on;
                    *finished |= done;
                }
            })
        };
        set_running(true, false);
        let throw = match exc {
            Some(exc) => Some(self.reraise(exc)),
            None => throw,
        };
        match self.generator_step(&body, value, throw) {
            Ok(GenStep::Yield(y)) => {
                let item = match y.kind() {
                    Some(ObjKind::Iter(c)) => c.with(|s| match s {
                        IterState::AsyncGenWrapped(v) => Some(v.clone()),
                        _ => None,
                    }),
                    _ => None,
                };
                let Some(item) = item else { return Ok(GenStep::Yield(y)) };
                set_running(false, false);
                self.spend(cell);
                if action == AsyncGenAction::Close {
                    return Err(PyErr::new(ExcType::RuntimeError, "async generator ignored GeneratorExit"));
                }
                Ok(GenStep::Return(item))
            }
            Ok(GenStep::Return(_)) => {
                set_running(false, true);
                self.spend(cell);
                match action {
                    AsyncGenAction::Close => Ok(GenStep::Return(Value::None)),
                    _ => Err(PyErr::with_args(ExcType::StopAsyncIteration, Vec::new())),
                }
            }
            Err(e) => {
                set_running(false, true);
                self.spend(cell);
                let exc = self.materialize(e);
                let stop_async = self.exc_class(ExcType::StopAsyncIteration).clone();
                if self.isinstance(&exc, &stop_async) {
                    let err = PyErr::new(ExcType::RuntimeError, "async generator raised StopAsyncIteration");
                    let err_v = self.materialize(err);
                    return Err(self.raise(Some(err_v), Some(exc)));
                }
                if action == AsyncGenAction::Close {
                    let exit = self.exc_class(ExcType::GeneratorExit).clone();
                    if self.isinstance(&exc, &exit) {
                        return Ok(GenStep::Return(Value::None));
                    }
                }
                Err(self.reraise(exc))
            }
        }
    }

    /// The first resumption: check the generator may run and say what to
    /// resume it with.
    fn start_step(
        &mut self,
        action: AsyncGenAction,
        arg: Value<M>,
        running: bool,
        finished: bool,
    ) -> PyResult<Start<M>, M> {
        if running {
            let what = match action {
                AsyncGenAction::Send => "anext",
                AsyncGenAction::Throw => "athrow",
                AsyncGenAction::Close => "aclose",
            };
            return Err(PyErr::new(
                ExcType::RuntimeError,
                format!("{what}(): asynchronous generator is already running"),
            ));
        }
        if finished {
            if action == AsyncGenAction::Throw {
                return Err(self.reraise(arg));
            }
            return Ok(Start::Finished);
        }
        Ok(match action {
            AsyncGenAction::Send => Start::Resume(arg, None),
            AsyncGenAction::Throw => Start::Resume(Value::None, Some(arg)),
            AsyncGenAction::Close => {
                let exit = self.materialize(PyErr::with_args(ExcType::GeneratorExit, Vec::new()));
                Start::Resume(Value::None, Some(exit))
            }
        })
    }

    fn spend(&self, cell: &M::Cell<IterState<M>>) {
        cell.with(|s| {
            if let IterState::AsyncGenStep(st) = s {
                st.spent = true;
            }
        })
    }

    /// `close()` on an asend/athrow awaitable: it can no longer be awaited.
    pub fn async_gen_step_close(&self, step: &Value<M>) {
        if let Some(ObjKind::Iter(cell)) = step.kind() {
            self.spend(cell);
        }
    }

    /// `ag_running`, `ag_code`, `ag_frame`, `ag_await`, `__name__` and
    /// `__qualname__` of an async generator: read from its body generator.
    pub(super) fn async_gen_attr(&mut self, agen: &Value<M>, name: &str) -> PyResult<Option<Value<M>>, M> {
        let Some(ObjKind::Iter(c)) = agen.kind() else { return Ok(None) };
        let Some((body, running)) = c.with(|s| match s {
            IterState::AsyncGen { body, running, .. } => Some((body.clone(), *running)),
            _ => None,
        }) else {
            return Ok(None);
        };
        let inner = match name {
            "ag_running" => return Ok(Some(Value::Bool(running))),
            "ag_code" => "gi_code",
            "ag_frame" => "gi_frame",
            "ag_await" => "gi_yieldfrom",
            "__name__" | "__qualname__" => name,
            _ => return Ok(None),
        };
        let Some(ObjKind::Iter(state)) = body.kind() else { return Ok(None) };
        self.generator_attr(state, inner)
    }
}

/// CPython's words for awaiting a finished asend/athrow awaitable again.
fn reuse_message(action: AsyncGenAction) -> &'static str {
    match action {
        AsyncGenAction::Send => "cannot reuse already awaited __anext__()/asend()",
        _ => "cannot reuse already awaited aclose()/athrow()",
    }
}
