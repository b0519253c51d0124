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
        count: i64,
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
    /// `iter(callable, sentinel)`: call until the result equals `sentinel`.
    Callable {
        func: Value<M>,
        sentinel: Value<M>,
    },
    /// `itertools.product`, `permutations`, `combinations`, ...
    Combinatoric(Box<super::combinatorics::Combinatoric<M>>),
    /// A suspended generator frame (None while running or when finished).
    Generator {
        frame: Option<Box<Frame<M>>>,
        name: String,
        running: bool,
        finished: bool,
    },
    Exhausted,
}

impl<M: Model> IterState<M> {
    pub fn type_name(&self) -> &'static str {
        match self {
            IterState::Seq { seq, .. } => match seq.type_name() {
                "list" => "list_iterator",
                _ => "tuple_iterator",
            },
            IterState::Reversed { .. } => "reversed",
            IterState::Str { .. } => "str_ascii_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::Dict { view, .. } => match view {
                DictView::Keys => "dict_keyiterator",
                DictView::Values => "dict_valueiterator",
                DictView::Items => "dict_itemiterator",
            },
            IterState::Enumerate { .. } => "enumerate",
            IterState::Zip { .. } => "zip",
            IterState::Map { .. } => "map",
            IterState::Filter { .. } => "filter",
            IterState::Callable { .. } => "callable_iterator",
            IterState::Combinatoric(c) => c.type_name(),
            IterState::Generator { .. } => "generator",
            IterState::Exhausted => "iterator",
        }
    }
}
