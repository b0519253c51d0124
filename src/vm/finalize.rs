//! Finalizers (`__del__`, and `close()` of a generator dropped while
//! suspended in a `try`/`with`), run by the VM on behalf of the heap.
//!
//! When an instance whose class defines `__del__` loses its last reference,
//! `model::heap` cannot run Python code inside the drop, so it keeps the
//! object alive with one count, queues it on the thread, and raises the
//! same thread-local flag weak-reference deaths use. The VM checks that
//! flag before every call and at `del`, so `__del__` runs before the next
//! call the program makes — in practice where CPython runs it, since a
//! program observes it only through calls. Then the queue's reference is
//! dropped and the object released (unless `__del__` stored it somewhere:
//! its finalizer never runs again, as PEP 442 says).
//!
//! The cycle collector calls the finalizers of unreachable instances before
//! it empties anything, then frees only what is still unreachable; at exit,
//! `__main__`'s globals are released one by one in definition order.

use super::Vm;
use crate::model::{Model, ObjCell};
use crate::object::exception::TraceEntry;
use crate::object::{ObjKind, ObjRef, PyResult, Value};

impl<M: Model> Vm<M> {
    /// Run what releases queued since the last check: finalizers first,
    /// then the callbacks of weak references whose objects died (which a
    /// finalizer's release may add to).
    #[cold]
    pub fn run_release_hooks(&mut self) -> PyResult<(), M> {
        self.run_release_hooks_at(None)
    }

    /// [`Vm::run_release_hooks`] from the instruction `here`, which a
    /// finalizer's error that has no traceback of its own is reported at
    /// (as CPython's unraisable hook uses the current frame).
    #[cold]
    pub fn run_release_hooks_at(&mut self, here: Option<TraceEntry>) -> PyResult<(), M> {
        loop {
            let ids = crate::model::weak::take_deaths();
            let finalizable = crate::model::heap::take_finalizable::<M>();
            if ids.is_empty() && finalizable.is_empty() {
                return Ok(());
            }
            for obj in finalizable {
                self.call_finalizer(obj, here.as_ref())?;
            }
            self.run_weak_callbacks(ids)?;
        }
    }

    /// Run `obj`'s finalizer (`__del__`, or `close()` for a suspended
    /// generator) and drop the queue's reference. An exception is printed
    /// and ignored, as CPython does; only a termination signal propagates.
    pub fn call_finalizer(&mut self, obj: ObjRef<M>, here: Option<&TraceEntry>) -> PyResult<(), M> {
        let (result, place) = match &obj.kind {
            ObjKind::Instance(inst) => {
                let method = match &inst.class_obj().kind {
                    ObjKind::Class(c) => c.lookup("__del__"),
                    _ => None,
                };
                // Gone when the class was emptied at interpreter teardown.
                let Some(method) = method else { return Ok(()) };
                let receiver = Value::Obj(obj.clone());
                (self.call_special(&method, std::slice::from_ref(&receiver)), method)
            }
            ObjKind::Iter(it) => {
                if let Some(name) = it.with(|s| s.never_awaited().map(str::to_string)) {
                    drop(it.with(|s| s.abandon_generator()));
                    return self.warn_never_awaited(&name, here);
                }
                let generator = Value::Obj(obj.clone());
                let result = self.close_iterator(&generator);
                if result.is_err() {
                    // It yielded again or failed: it is going away anyway.
                    let frame = it.with(|s| s.abandon_generator());
                    drop(frame);
                }
                (result.map(|()| Value::None), generator)
            }
            _ => return Ok(()),
        };
        if let Err(mut e) = result {
            if self.termination_signal(&e).is_some() {
                return Err(e);
            }
            if e.inner.traceback.is_empty()
                && let Some(here) = here
            {
                e.add_trace(here.clone());
            }
            let place = self.repr(&place).unwrap_or_else(|_| "<object>".to_string());
            self.interp.out.flush();
            // CPython's unraisable hook prints the exception alone, without
            // its cause or context.
            let exc = self.materialize(e);
            let text = self.format_exception_value(&exc, false, false);
            eprint!("Exception ignored in: {place}\n{text}");
        }
        drop(obj);
        Ok(())
    }

    /// CPython's RuntimeWarning for a coroutine released unstarted, issued
    /// through the library's warnings module (so filters and
    /// `catch_warnings` apply) at the instruction that released it, or at
    /// "sys:1" when no frame did (the collector, interpreter exit).
    fn warn_never_awaited(&mut self, name: &str, here: Option<&TraceEntry>) -> PyResult<(), M> {
        let (file, line, text) = match here {
            Some(entry) => {
                let code = &entry.code;
                let line = code.lines.get(entry.instr as usize).copied().unwrap_or(code.first_line);
                let text = code.source.line_text(line as usize).trim().to_string();
                (code.filename().to_string(), line, text)
            }
            None => ("sys".to_string(), 1, String::new()),
        };
        let args = [
            Value::str(format!("coroutine '{name}' was never awaited")),
            Value::str(file),
            Value::Int(line as i64),
            Value::str(text),
        ];
        self.interp.out.flush();
        if let Err(e) = self.call_lib("warnings", "_warn_unawaited", &args) {
            // An "error" filter turns it into an exception, which a
            // finalizer cannot raise: reported as unraisable, as CPython.
            if self.termination_signal(&e).is_some() {
                return Err(e);
            }
            let exc = self.materialize(e);
            let text = self.format_exception_value(&exc, false, false);
            eprint!("Exception ignored in: <coroutine object {name}>\n{text}");
        }
        Ok(())
    }

    /// Release `__main__`'s globals at exit the way CPython's teardown
    /// does, as far as a program can see: in definition order, each
    /// `__del__` running as its object goes, while the namespace is still
    /// there to use. CPython frees the dict, so every name stays bound
    /// while later values are released; here a value the namespace alone
    /// holds is released (its name rebound to `None`), and a value others
    /// still hold (the class of live instances, an imported module) stays
    /// bound, until a later pass finds it alone.
    pub fn release_globals_in_order(&mut self, globals: &ObjRef<M>) {
        let ObjKind::Dict(d) = &globals.kind else { return };
        loop {
            let keys: Vec<_> = crate::model::ObjCell::with(d, |d| d.iter().map(|(k, _)| k.clone()).collect());
            let mut released = false;
            for key in keys {
                if key.value.as_str() == Some("__builtins__") {
                    continue;
                }
                let alone = crate::model::ObjCell::with(d, |d| match d.get(&key) {
                    Some(Value::Obj(o)) => !o.is_immortal() && o.refcount() == 1,
                    _ => false,
                });
                if !alone {
                    continue;
                }
                let old = crate::model::ObjCell::with(d, |d| d.insert(key, Value::None));
                drop(old);
                released = true;
                if crate::model::weak::deaths_pending() && self.run_release_hooks().is_err() {
                    return;
                }
            }
            if !released {
                return;
            }
        }
    }
}
