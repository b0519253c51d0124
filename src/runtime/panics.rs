//! Panic containment: a Rust panic is a bug in minipy, never the user's
//! fault, and it must not take the program down with it.
//!
//! Every Python frame runs inside [`contain`] (see `Vm::run_frame`), and so
//! does every thread's and interpreter's body: a panic unwinds to the
//! innermost frame, which raises `SystemError: internal error, please
//! report: <message>` there, where Python code can see it (and a thread's
//! report shows it). Locks held by the panicking code are released by their
//! guards on the way out, and a panic in GIL-free native code takes the GIL
//! back (`Vm::allow_threads`), so the program goes on. A panic outside any
//! frame ends the run with [`INTERNAL_ERROR_EXIT`].
//!
//! The panic hook prints nothing for a contained panic: its message is
//! shown once, as the `SystemError`'s.

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::model::{Model, ObjCell};
use crate::object::exception::ErrValue;
use crate::object::{ExcType, ObjKind, PyErr, Value};

/// Exit code of a run that hit an internal error (a contained Rust panic)
/// that nothing caught (`EX_SOFTWARE` of sysexits.h).
pub const INTERNAL_ERROR_EXIT: i32 = 70;

/// What every internal error's message starts with.
pub const INTERNAL_ERROR_PREFIX: &str = "internal error, please report: ";

thread_local! {
    /// How many [`contain`] calls are active on this thread.
    static CONTAINED: Cell<u32> = const { Cell::new(0) };
    /// The message of the last panic on this thread, kept by the hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Some thread reported an internal error that nothing caught.
static UNCAUGHT_INTERNAL_ERROR: AtomicBool = AtomicBool::new(false);

/// How many panics [`contain`] has caught in this OS process (the fuzz
/// targets check that a run caused none).
static CONTAINED_PANICS: AtomicU64 = AtomicU64::new(0);

static HOOK: Once = Once::new();

/// Install the hook that keeps contained panics quiet. Idempotent.
pub fn install_hook() {
    HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if CONTAINED.with(|c| c.get()) == 0 {
                default(info);
                return;
            }
            let msg = match info.payload_as_str() {
                Some(s) => s.to_string(),
                None => "unknown panic".to_string(),
            };
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(msg));
        }));
    });
}

/// Run `f`; a panic inside becomes `Err(message)`.
pub fn contain<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    install_hook();
    CONTAINED.with(|c| c.set(c.get() + 1));
    let r = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(c.get() - 1));
    r.map_err(|payload| {
        CONTAINED_PANICS.fetch_add(1, Ordering::Relaxed);
        let from_hook = LAST_PANIC.with(|p| p.borrow_mut().take());
        from_hook.unwrap_or_else(|| match payload.downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => payload.downcast_ref::<String>().cloned().unwrap_or_else(|| "unknown panic".into()),
        })
    })
}

/// How many panics have been contained so far in this OS process.
pub fn contained_panics() -> u64 {
    CONTAINED_PANICS.load(Ordering::Relaxed)
}

/// The Python error a contained panic becomes.
pub fn internal_error<M: Model>(panic_message: &str) -> PyErr<M> {
    PyErr::new(ExcType::SystemError, format!("{INTERNAL_ERROR_PREFIX}{panic_message}"))
}

/// Whether `err` is an internal error (a contained panic).
pub fn is_internal_error<M: Model>(err: &PyErr<M>) -> bool {
    let is_internal_text =
        |v: Option<Value<M>>| v.as_ref().and_then(|v| v.as_str()).is_some_and(|s| s.starts_with(INTERNAL_ERROR_PREFIX));
    match &err.inner.value {
        ErrValue::Lazy(t, msg) => *t == ExcType::SystemError && msg.starts_with(INTERNAL_ERROR_PREFIX),
        ErrValue::LazyArgs(t, args) => *t == ExcType::SystemError && is_internal_text(args.first().cloned()),
        ErrValue::Object(o) => match &o.kind {
            ObjKind::Instance(i) if i.class().exc == Some(ExcType::SystemError) => {
                is_internal_text(i.exc.as_ref().and_then(|e| ObjCell::with(&**e, |s| s.args.first().cloned())))
            }
            _ => false,
        },
    }
}

/// A thread or worker interpreter ended with an internal error: the run
/// will exit with [`INTERNAL_ERROR_EXIT`] unless it fails otherwise.
pub fn note_uncaught_internal_error() {
    UNCAUGHT_INTERNAL_ERROR.store(true, Ordering::Relaxed);
}

/// The run's exit code, given what its threads reported.
pub fn exit_code(exit: i32) -> i32 {
    if exit == 0 && UNCAUGHT_INTERNAL_ERROR.load(Ordering::Relaxed) { INTERNAL_ERROR_EXIT } else { exit }
}
