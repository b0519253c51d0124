//! The await protocol: what `await`, `async for` and `async with` ask of
//! objects. A coroutine is a generator frame flagged as such (see
//! `IterState::Generator`), so SEND and YIELD_VALUE drive it exactly as they
//! drive `yield from`; these helpers only find the iterator to drive.

use super::Vm;
use crate::model::{Model, ObjCell};
use crate::object::{IterState, ObjKind, PyErr, PyResult, Value};

/// Whether `v` is a coroutine object (made by calling an `async def`).
pub fn is_coroutine<M: Model>(v: &Value<M>) -> bool {
    matches!(v.kind(), Some(ObjKind::Iter(c)) if c.with(|s| s.is_coroutine()))
}

/// Whether `v` can be driven by SEND: an iterator (`__next__`).
fn is_iterator<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<bool, M> {
    Ok(match v.kind() {
        Some(ObjKind::Iter(_)) => !is_coroutine(v),
        Some(ObjKind::Instance(inst)) => inst.class().lookup("__next__").is_some(),
        _ => vm.getattr_opt(v, "__next__")?.is_some(),
    })
}

impl<M: Model> Vm<M> {
    /// GET_AWAITABLE: the iterator that `await v` drives.
    pub fn get_awaitable(&mut self, v: &Value<M>) -> PyResult<Value<M>, M> {
        self.awaitable_or(v, |v| format!("object {} can't be used in 'await' expression", v.type_name()))
    }

    /// The iterator behind an awaitable, or a TypeError worded by `message`
    /// (each `async` construct has its own wording in CPython).
    fn awaitable_or(&mut self, v: &Value<M>, message: impl Fn(&Value<M>) -> String) -> PyResult<Value<M>, M> {
        if is_coroutine(v) || super::async_gen::is_async_gen_step(v) {
            return Ok(v.clone());
        }
        let await_method = match v.kind() {
            Some(ObjKind::Instance(_)) => self.getattr_opt(v, "__await__")?,
            _ => None,
        };
        let Some(method) = await_method else {
            return Err(PyErr::type_error(message(v)));
        };
        let it = self.call(&method, &[], &[])?;
        if is_coroutine(&it) {
            return Err(PyErr::type_error("__await__() returned a coroutine"));
        }
        if !is_iterator(self, &it)? {
            return Err(PyErr::type_error(format!("__await__() returned non-iterator of type '{}'", it.type_name())));
        }
        Ok(it)
    }

    /// `coroutine.__await__()`: an iterator over the coroutine's steps.
    pub fn await_wrapper(coro: &Value<M>) -> Value<M> {
        Self::new_iter(IterState::AwaitWrapper { coro: coro.clone() })
    }

    /// GET_AITER: `x.__aiter__()`.
    pub fn get_aiter(&mut self, v: &Value<M>) -> PyResult<Value<M>, M> {
        if super::async_gen::is_async_gen(v) {
            return Ok(v.clone());
        }
        match self.getattr_opt(v, "__aiter__")? {
            Some(f) if matches!(v.kind(), Some(ObjKind::Instance(_))) => self.call(&f, &[], &[]),
            _ => Err(PyErr::type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                v.type_name()
            ))),
        }
    }

    /// GET_ANEXT: the awaitable `aiter.__anext__()` returns.
    pub fn get_anext(&mut self, aiter: &Value<M>) -> PyResult<Value<M>, M> {
        if super::async_gen::is_async_gen(aiter) {
            let send = crate::object::iter::AsyncGenAction::Send;
            return Ok(Self::async_gen_awaitable(aiter, send, Value::None));
        }
        let method = match aiter.kind() {
            Some(ObjKind::Instance(_)) => self.getattr_opt(aiter, "__anext__")?,
            _ => None,
        };
        let Some(method) = method else {
            return Err(PyErr::type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                aiter.type_name()
            )));
        };
        let next = self.call(&method, &[], &[])?;
        self.awaitable_or(&next, |v| {
            format!("'async for' received an invalid object from __anext__: {}", v.type_name())
        })
    }

    /// BEFORE_ASYNC_WITH: `(bound __aexit__, awaitable of __aenter__())`.
    pub fn enter_async_context(&mut self, mgr: &Value<M>) -> PyResult<(Value<M>, Value<M>), M> {
        let (enter, exit) = match mgr.kind() {
            Some(ObjKind::Instance(_)) => (self.getattr_opt(mgr, "__aenter__")?, self.getattr_opt(mgr, "__aexit__")?),
            _ => (None, None),
        };
        let (Some(enter), Some(exit)) = (enter, exit) else {
            return Err(PyErr::type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                mgr.type_name()
            )));
        };
        let entered = self.call(&enter, &[], &[])?;
        let awaitable = self.awaitable_or(&entered, |v| {
            format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                v.type_name()
            )
        })?;
        Ok((exit, awaitable))
    }

    /// The awaitable of `aexit(*args)`.
    pub fn call_async_exit(&mut self, exit: &Value<M>, args: &[Value<M>]) -> PyResult<Value<M>, M> {
        let r = self.call(exit, args, &[])?;
        self.awaitable_or(&r, |v| {
            format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                v.type_name()
            )
        })
    }
}

impl<M: Model> Vm<M> {
    /// `gi_code`/`cr_code`, `gi_running`/`cr_running`, `gi_frame`/`cr_frame`
    /// and `__name__`/`__qualname__` of a generator or coroutine (asyncio's
    /// task repr reads them). A frame is a read-only view with `f_code`
    /// and `f_lineno`, None once the generator has finished.
    pub(super) fn generator_attr(
        &mut self,
        state: &M::Cell<IterState<M>>,
        name: &str,
    ) -> PyResult<Option<Value<M>>, M> {
        let Some(field) = name.strip_prefix("gi_").or_else(|| name.strip_prefix("cr_")) else {
            return Ok(match name {
                "__name__" | "__qualname__" => state.with(|s| match s {
                    IterState::Generator { code, .. } => {
                        let qualname = crate::object::iter::generator_qualname(code);
                        let short = if name == "__name__" { qualname.rsplit('.').next() } else { None };
                        Some(Value::str(short.unwrap_or(qualname)))
                    }
                    _ => None,
                }),
                _ => None,
            });
        };
        let view = state.with(|s| match s {
            IterState::Generator { frame, code, running, finished, coroutine, .. } => {
                // `gi_` names on generators, `cr_` names on coroutines.
                if *coroutine != name.starts_with("cr_") {
                    return None;
                }
                let line = frame.as_ref().map(|f| frame_line(f, code));
                // The iterator a paused `yield from`/`await` delegates to.
                let inner = frame.as_ref().and_then(|f| super::iterate::paused_in_delegation(f)).map(|(v, _)| v);
                Some((code.clone(), *running, *finished, line, inner))
            }
            _ => None,
        });
        let Some((code, running, finished, line, inner)) = view else { return Ok(None) };
        Ok(match field {
            _ if name == "gi_yieldfrom" || name == "cr_await" => {
                Some(if finished { Value::None } else { inner.unwrap_or(Value::None) })
            }
            "code" => Some(code),
            "running" => Some(Value::Bool(running)),
            "frame" => match line {
                Some(line) if !finished => Some(self.call_lib("_minipy_types", "FrameView", &[code, line])?),
                _ => Some(Value::None),
            },
            _ => None,
        })
    }
}

/// The line a suspended frame stands at: the def line before it starts,
/// then the line of the instruction it last ran.
fn frame_line<M: Model>(frame: &crate::vm::frame::Frame<M>, code: &Value<M>) -> Value<M> {
    let Some(ObjKind::Code(c)) = code.kind() else { return Value::None };
    let line = match frame.ip {
        0 => c.code.first_line,
        ip => c.code.lines.get(ip - 1).copied().unwrap_or(c.code.first_line),
    };
    Value::Int(line as i64)
}
