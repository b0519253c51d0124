//! Exceptions: the built-in hierarchy and the error value that unwinds
//! through the VM.
//!
//! Most errors start *lazy* — a type and a message — so code deep in the
//! object model can raise without reaching the interpreter, and so a
//! `StopIteration` or `KeyError` that is caught at once costs no allocation
//! of an exception object. The VM materialises the object when Python code
//! needs to see it.

use std::sync::Arc;

use super::{ObjRef, Value};
use crate::bytecode::Code;
use crate::model::Model;

macro_rules! exc_types {
    ($($name:ident : $parent:expr),* $(,)?) => {
        /// The built-in exception classes (each has a class object in the
        /// interpreter's builtins).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcType { $($name),* }

        impl ExcType {
            pub const ALL: &'static [ExcType] = &[$(ExcType::$name),*];
            pub fn name(self) -> &'static str {
                match self { $(ExcType::$name => stringify!($name)),* }
            }
            /// The direct base class (None for BaseException).
            pub fn parent(self) -> Option<ExcType> {
                match self { $(ExcType::$name => $parent),* }
            }
        }
    };
}

use ExcType as E;

exc_types! {
    BaseException: None,
    SystemExit: Some(E::BaseException),
    KeyboardInterrupt: Some(E::BaseException),
    GeneratorExit: Some(E::BaseException),
    Exception: Some(E::BaseException),
    StopIteration: Some(E::Exception),
    ArithmeticError: Some(E::Exception),
    ZeroDivisionError: Some(E::ArithmeticError),
    OverflowError: Some(E::ArithmeticError),
    AssertionError: Some(E::Exception),
    AttributeError: Some(E::Exception),
    LookupError: Some(E::Exception),
    IndexError: Some(E::LookupError),
    KeyError: Some(E::LookupError),
    NameError: Some(E::Exception),
    UnboundLocalError: Some(E::NameError),
    OSError: Some(E::Exception),
    TimeoutError: Some(E::OSError),
    FileNotFoundError: Some(E::OSError),
    FileExistsError: Some(E::OSError),
    PermissionError: Some(E::OSError),
    IsADirectoryError: Some(E::OSError),
    NotADirectoryError: Some(E::OSError),
    ConnectionError: Some(E::OSError),
    BrokenPipeError: Some(E::ConnectionError),
    ConnectionRefusedError: Some(E::ConnectionError),
    ConnectionResetError: Some(E::ConnectionError),
    ProcessLookupError: Some(E::OSError),
    ChildProcessError: Some(E::OSError),
    InterruptedError: Some(E::OSError),
    RuntimeError: Some(E::Exception),
    RecursionError: Some(E::RuntimeError),
    NotImplementedError: Some(E::RuntimeError),
    TypeError: Some(E::Exception),
    ValueError: Some(E::Exception),
    UnicodeError: Some(E::ValueError),
    UnicodeDecodeError: Some(E::UnicodeError),
    UnicodeEncodeError: Some(E::UnicodeError),
    EOFError: Some(E::Exception),
    SystemError: Some(E::Exception),
    ImportError: Some(E::Exception),
    ModuleNotFoundError: Some(E::ImportError),
    MemoryError: Some(E::Exception),
    SyntaxError: Some(E::Exception),
    IndentationError: Some(E::SyntaxError),
    TabError: Some(E::IndentationError),
    BufferError: Some(E::Exception),
    ReferenceError: Some(E::Exception),
    FloatingPointError: Some(E::ArithmeticError),
    StopAsyncIteration: Some(E::Exception),
    Warning: Some(E::Exception),
    UserWarning: Some(E::Warning),
    DeprecationWarning: Some(E::Warning),
    RuntimeWarning: Some(E::Warning),
    PendingDeprecationWarning: Some(E::Warning),
    SyntaxWarning: Some(E::Warning),
    FutureWarning: Some(E::Warning),
    ImportWarning: Some(E::Warning),
    UnicodeWarning: Some(E::Warning),
    BytesWarning: Some(E::Warning),
    ResourceWarning: Some(E::Warning),
    EncodingWarning: Some(E::Warning),
    // queue.Empty and queue.Full live in the queue module but are built in here.
    Empty: Some(E::Exception),
    Full: Some(E::Exception),
}

impl ExcType {
    pub fn is_subclass_of(self, other: ExcType) -> bool {
        let mut t = Some(self);
        while let Some(x) = t {
            if x == other {
                return true;
            }
            t = x.parent();
        }
        false
    }
}

/// One traceback line: a code object and the instruction that was running.
#[derive(Clone)]
pub struct TraceEntry {
    pub code: Arc<Code>,
    pub instr: u32,
    /// Which frame activation this came from, so a re-raise in the same
    /// frame does not list it twice.
    pub frame_id: u64,
}

impl TraceEntry {
    /// The frame id of an entry carried over from an earlier raise: it
    /// matches no live frame, so the raising frame always adds its own.
    pub const DETACHED: u64 = u64::MAX;
}

/// What unwinds: either a lazy (type, message) pair or a real exception
/// object, plus the traceback gathered so far (innermost first).
pub struct PyErr<M: Model> {
    pub inner: Box<ErrInner<M>>,
}

pub enum ErrValue<M: Model> {
    Lazy(ExcType, String),
    /// A lazy error whose args are arbitrary values (e.g. KeyError(key)).
    LazyArgs(ExcType, Vec<Value<M>>),
    Object(ObjRef<M>),
}

pub struct ErrInner<M: Model> {
    pub value: ErrValue<M>,
    pub traceback: Vec<TraceEntry>,
    /// What a printed traceback's "Did you mean" comes from (src/vm/suggestions.rs).
    pub hint: Option<Hint<M>>,
}

/// Kept with a NameError or AttributeError the VM raised, for CPython's
/// "Did you mean: 'x'?" when it is printed.
pub enum Hint<M: Model> {
    /// The suggestion itself, found while the frame's names were at hand.
    Suggestion(String),
    /// The object and the missing attribute: `dir(obj)` is searched only
    /// if the error is ever printed.
    Attribute(Value<M>, String),
}

impl<M: Model> Clone for Hint<M> {
    fn clone(&self) -> Self {
        match self {
            Hint::Suggestion(s) => Hint::Suggestion(s.clone()),
            Hint::Attribute(obj, name) => Hint::Attribute(obj.clone(), name.clone()),
        }
    }
}

pub type PyResult<T, M> = Result<T, PyErr<M>>;

impl<M: Model> PyErr<M> {
    pub fn new(typ: ExcType, msg: impl Into<String>) -> PyErr<M> {
        PyErr {
            inner: Box::new(ErrInner { value: ErrValue::Lazy(typ, msg.into()), traceback: Vec::new(), hint: None }),
        }
    }
    pub fn with_args(typ: ExcType, args: Vec<Value<M>>) -> PyErr<M> {
        PyErr { inner: Box::new(ErrInner { value: ErrValue::LazyArgs(typ, args), traceback: Vec::new(), hint: None }) }
    }
    pub fn from_object(obj: ObjRef<M>) -> PyErr<M> {
        PyErr { inner: Box::new(ErrInner { value: ErrValue::Object(obj), traceback: Vec::new(), hint: None }) }
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr<M> {
        PyErr::new(ExcType::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr<M> {
        PyErr::new(ExcType::ValueError, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr<M> {
        PyErr::new(ExcType::IndexError, msg)
    }
    pub fn key_error(key: Value<M>) -> PyErr<M> {
        PyErr::with_args(ExcType::KeyError, vec![key])
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr<M> {
        PyErr::new(ExcType::AttributeError, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr<M> {
        PyErr::new(ExcType::ZeroDivisionError, msg)
    }
    pub fn overflow(msg: impl Into<String>) -> PyErr<M> {
        PyErr::new(ExcType::OverflowError, msg)
    }
    /// `MemoryError()` (no message, as CPython raises it).
    pub fn memory_error() -> PyErr<M> {
        PyErr::new(ExcType::MemoryError, "")
    }
    pub fn stop_iteration() -> PyErr<M> {
        PyErr::with_args(ExcType::StopIteration, Vec::new())
    }

    /// Remember what a "Did you mean" suggestion is computed from.
    pub fn with_hint(mut self, hint: Hint<M>) -> PyErr<M> {
        self.inner.hint = Some(hint);
        self
    }

    /// The message of a lazy error with one.
    pub fn lazy_message(&self) -> Option<&str> {
        match &self.inner.value {
            ErrValue::Lazy(_, msg) => Some(msg),
            _ => None,
        }
    }

    /// The built-in type of a lazy error, if it is lazy.
    pub fn lazy_type(&self) -> Option<ExcType> {
        match &self.inner.value {
            ErrValue::Lazy(t, _) | ErrValue::LazyArgs(t, _) => Some(*t),
            ErrValue::Object(_) => None,
        }
    }

    /// Record that the error passed through a frame.
    pub fn add_trace(&mut self, entry: TraceEntry) {
        if let Some(last) = self.inner.traceback.last()
            && last.frame_id == entry.frame_id
        {
            return;
        }
        self.inner.traceback.push(entry);
    }
}

impl<M: Model> From<crate::capacity::TooLarge> for PyErr<M> {
    fn from(_: crate::capacity::TooLarge) -> PyErr<M> {
        PyErr::memory_error()
    }
}
