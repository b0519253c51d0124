//! The state of built-in iterators. Advancing them is the VM's job
//! (`vm::iterate`), because some must call back into Python — which must
//! never happen while the iterator's own cell is held.

use super::Value;
use crate::model::Model;
use crate::vm::frame::Frame;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

pub enum IterState<M: Model> {
    /// list, tuple (by index: a list iterator sees appends, as in Python).
    Seq {
        seq: Value<M>,
        index: usize,
    },
    /// reversed(list/tuple/str)
    Reversed {
        seq: Value<M>,
        index: usize,
    },
    /// str, by byte position.
    Str {
        s: Value<M>,
        pos: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// dict/set iteration by table position (positions survive deletions);
    /// errors if the size changes, and (dicts) if more keys turn up than
    /// there were at the start, as CPython's `di_used`/`di_len` checks do.
    Dict {
        dict: Value<M>,
        index: usize,
        len: usize,
        left: usize,
        view: DictView,
    },
    Enumerate {
        inner: Value<M>,
        /// An int, unboxed or big: `start` may be any integer.
        count: Value<M>,
    },
    Zip {
        iters: Vec<Value<M>>,
    },
    Map {
        func: Value<M>,
        iters: Vec<Value<M>>,
    },
    Filter {
        func: Value<M>,
        inner: Value<M>,
    },
    /// The old sequence protocol: `seq[0]`, `seq[1]`, ... until IndexError
    /// or StopIteration, one item at a time (the sequence may be endless).
    GetItem {
        seq: Value<M>,
        index: i64,
    },
    /// `iter(callable, sentinel)`: call until the result equals `sentinel`.
    Callable {
        func: Value<M>,
        sentinel: Value<M>,
    },
    /// `itertools.count(start, step)`: `next` is the value it yields next.
    Count {
        next: Value<M>,
        step: Value<M>,
    },
    /// `itertools.chain`: `sources` yields the iterables (None once it is
    /// exhausted), `current` is the iterator being drained.
    Chain {
        sources: Option<Value<M>>,
        current: Option<Value<M>>,
    },
    /// `itertools.islice`, as CPython's: `taken` items consumed so far,
    /// `next` the index of the next one to yield; `inner` None once done.
    ISlice {
        inner: Option<Value<M>>,
        taken: usize,
        next: usize,
        stop: Option<usize>,
        step: usize,
    },
    /// `itertools.product`, `permutations`, `combinations`, ...
    Combinatoric(Box<super::combinatorics::Combinatoric<M>>),
    /// A suspended generator or coroutine frame (None while running or
    /// when finished).
    Generator {
        frame: Option<Box<Frame<M>>>,
        /// The function's code object (`gi_code`/`cr_code`), kept after
        /// the frame is gone; its qualified name is the generator's
        /// (see [`generator_qualname`]).
        code: Value<M>,
        running: bool,
        finished: bool,
        /// Made by an `async def`: awaited, never iterated.
        coroutine: bool,
        /// The exceptions being handled by `except` blocks the frame was
        /// suspended in, taken off the thread's stack until it resumes.
        handled: Vec<Value<M>>,
    },
    /// What `coroutine.__await__()` returns: an iterator driving the coroutine.
    AwaitWrapper {
        coro: Value<M>,
    },
    /// An async generator (src/vm/async_gen.rs): `body` is the body's frame
    /// run as a plain generator; its own `yield`s come out as
    /// `AsyncGenWrapped`, the values its `await`s pass to the loop bare.
    AsyncGen {
        body: Value<M>,
        /// A `__anext__`/`asend`/`athrow`/`aclose` awaitable is in progress
        /// (CPython's `ag_running_async`).
        running: bool,
        finished: bool,
    },
    /// The awaitable of one `__anext__`/`asend`/`athrow`/`aclose`.
    AsyncGenStep(Box<AsyncGenStep<M>>),
    /// A value the async generator body yielded (never seen by Python code).
    AsyncGenWrapped(Value<M>),
    Exhausted,
}

/// Which method made an async generator awaitable.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AsyncGenAction {
    Send,
    Throw,
    Close,
}

/// One `asend`/`athrow`/`aclose` awaitable: `arg` is the value to send or
/// the exception to throw on the first step.
pub struct AsyncGenStep<M: Model> {
    pub agen: Value<M>,
    pub action: AsyncGenAction,
    pub arg: Value<M>,
    pub started: bool,
    /// Done or closed: awaiting it again is an error.
    pub spent: bool,
}

/// A generator's `__qualname__`: its function's, read from the code
/// object it keeps (so making one copies no name).
pub fn generator_qualname<M: Model>(code: &Value<M>) -> &str {
    match code.kind() {
        Some(super::ObjKind::Code(c)) => &c.code.qualname,
        _ => "",
    }
}

impl<M: Model> IterState<M> {
    /// A generator (or, with `coroutine`, a coroutine) about to run `frame`.
    pub fn generator(frame: Box<Frame<M>>, coroutine: bool) -> Self {
        let code = match &frame.func.kind {
            super::ObjKind::Function(f) => Value::Obj(f.code_obj.clone()),
            _ => Value::None,
        };
        IterState::Generator {
            frame: Some(frame),
            code,
            running: false,
            finished: false,
            coroutine,
            handled: Vec::new(),
        }
    }

    /// The type `type()` reports for this iterator.
    pub fn builtin_type(&self) -> crate::object::class::BuiltinType {
        use crate::object::class::BuiltinType;
        match self {
            IterState::Generator { coroutine: true, .. } => BuiltinType::Coroutine,
            IterState::Generator { .. } => BuiltinType::Generator,
            IterState::AwaitWrapper { .. } => BuiltinType::CoroutineWrapper,
            IterState::AsyncGen { .. } => BuiltinType::AsyncGenerator,
            IterState::AsyncGenStep(s) if s.action == AsyncGenAction::Send => BuiltinType::AsyncGenASend,
            IterState::AsyncGenStep(_) => BuiltinType::AsyncGenAThrow,
            IterState::AsyncGenWrapped(_) => BuiltinType::AsyncGenWrapped,
            IterState::Seq { seq, .. } if seq.type_name() == "list" => BuiltinType::ListIterator,
            IterState::Seq { seq, .. } if seq.type_name() == "bytes" => BuiltinType::BytesIterator,
            IterState::Seq { seq, .. } if seq.type_name() == "bytearray" => BuiltinType::ByteArrayIterator,
            IterState::Seq { seq, .. } if seq.type_name() == "memoryview" => BuiltinType::MemoryIterator,
            IterState::Seq { .. } => BuiltinType::TupleIterator,
            IterState::Reversed { seq, .. } if seq.type_name() == "list" => BuiltinType::ListReverseIterator,
            IterState::Reversed { .. } => BuiltinType::Reversed,
            IterState::Str { .. } => BuiltinType::StrIterator,
            IterState::Range { .. } => BuiltinType::RangeIterator,
            IterState::Dict { dict, .. } if matches!(dict.type_name(), "set" | "frozenset") => BuiltinType::SetIterator,
            IterState::Dict { view: DictView::Keys, .. } => BuiltinType::DictKeyIterator,
            IterState::Dict { view: DictView::Values, .. } => BuiltinType::DictValueIterator,
            IterState::Dict { view: DictView::Items, .. } => BuiltinType::DictItemIterator,
            IterState::Enumerate { .. } => BuiltinType::Enumerate,
            IterState::Zip { .. } => BuiltinType::Zip,
            IterState::Map { .. } => BuiltinType::Map,
            IterState::Filter { .. } => BuiltinType::Filter,
            IterState::Callable { .. } => BuiltinType::CallableIterator,
            IterState::Count { .. } => BuiltinType::Count,
            IterState::Chain { .. } => BuiltinType::Chain,
            IterState::ISlice { .. } => BuiltinType::ISlice,
            _ => BuiltinType::Iterator,
        }
    }

    /// A suspended generator being released must be closed first (as
    /// CPython's `gen.close()` on dealloc) when that is observable: it
    /// started and stopped inside a `try`, `with` or `except` block, whose
    /// `finally`/`__exit__`/handler the `GeneratorExit` runs. Closing one
    /// suspended outside any block would only unwind the frame, which
    /// releasing it does anyway.
    pub fn needs_close_on_release(&self) -> bool {
        matches!(self, IterState::Generator { frame: Some(f), running: false, finished: false, coroutine: false, .. }
            if f.ip > 0 && !f.blocks.is_empty())
            || self.never_awaited().is_some()
    }

    /// The qualified name of a coroutine that was made but never started:
    /// releasing it warns that it "was never awaited", as CPython does.
    pub fn never_awaited(&self) -> Option<&str> {
        match self {
            IterState::Generator { frame: Some(f), running: false, finished: false, coroutine: true, code, .. }
                if f.ip == 0 =>
            {
                Some(generator_qualname(code))
            }
            _ => None,
        }
    }

    /// Drop a generator's suspended frame without running it (after a
    /// close on release that failed: the generator is going away).
    pub fn abandon_generator(&mut self) -> Option<Box<Frame<M>>> {
        match self {
            IterState::Generator { frame, finished, .. } => {
                *finished = true;
                frame.take()
            }
            _ => None,
        }
    }

    /// Coroutines and async generators: awaited or async-iterated, never
    /// iterated.
    pub fn is_not_iterator(&self) -> bool {
        matches!(
            self,
            IterState::Generator { coroutine: true, .. } | IterState::AsyncGen { .. } | IterState::AsyncGenWrapped(_)
        )
    }

    pub fn is_coroutine(&self) -> bool {
        matches!(self, IterState::Generator { coroutine: true, .. })
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Combinatoric(c) => c.type_name(),
            _ => self.builtin_type().name(),
        }
    }
}
