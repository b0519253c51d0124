//! An iterator's next item where no Python code must run: a range, a
//! list, a dict view, `enumerate`, `zip`... stepped under one hold of the
//! iterator's cell (see `vm::iterate`, which runs what remains).

use super::iterate::{Suspended, take_suspended};
use crate::model::{Model, ObjCell};
use crate::object::dict::Dict;
use crate::object::iter::DictView;
use crate::object::{IterState, ObjKind, Value};

/// Where [`advance_native`] got to with an iterator: its next item, or
/// what `Vm::finish_step` must do (run Python code) to get it.
pub(super) enum Step<M: Model> {
    Done(Option<Value<M>>),
    /// A string's next character (made a str by `Vm::char_value`).
    Char(char),
    /// A 2-tuple (dict items), built only if the caller does not unpack it.
    Pair(Value<M>, Value<M>),
    /// Advance `inner` and post-process: enumerate.
    Enumerate(Value<M>, Value<M>),
    Zip(Vec<Value<M>>),
    /// `zip(a, b)`, the common case, without a vector per step.
    Zip2(Value<M>, Value<M>),
    Map(Value<M>, Vec<Value<M>>),
    Filter(Value<M>, Value<M>),
    /// Call the function; stop at the sentinel.
    Callable(Value<M>, Value<M>),
    /// `seq[index]`; IndexError or StopIteration ends the iteration.
    GetItem(Value<M>, i64),
    /// `itertools.count` past the unboxed-int fast path: yield the first,
    /// store first + step.
    Count(Value<M>, Value<M>),
    /// `itertools.chain` and `islice` (src/vm/iterate_tools.rs).
    Chain,
    ISlice,
    /// A suspended generator, its frame already taken out to run (in the
    /// same hold of the state's cell as the step began).
    Resume(Suspended<M>),
    /// A generator in any other state, a coroutine's `__await__` wrapper or
    /// an async generator's step: `Vm::resume_generator` decides.
    Generator,
}

/// What [`step_in_line`] did with an iterator.
pub(super) enum InLine<M: Model> {
    /// The next item (None: exhausted), or a RuntimeError's message.
    Item(Result<Option<Value<M>>, &'static str>),
    /// A generator suspended at a yield, taken out of its state (which now
    /// says it is running) for the caller to resume.
    Resume(Suspended<M>),
    /// Anything else: the general path's.
    Other,
}

/// FOR_ITER's fast path, under one hold of the iterator's state: the next
/// item of a range, list, tuple or dict keys/values iterator, read in line
/// (the same steps as `advance_native`'s, without the `Step` round trip),
/// or a suspended generator's frame taken out to be resumed.
#[inline(always)]
pub(super) fn step_in_line<M: Model>(cell: &M::Cell<IterState<M>>) -> InLine<M> {
    cell.with(|s| match s {
        // A coroutine is no iterator: `Vm::next` refuses it.
        IterState::Generator { coroutine: false, .. } => match take_suspended(s) {
            Some(suspended) => InLine::Resume(suspended),
            None => InLine::Other,
        },
        IterState::Range { next, stop, step } => InLine::Item(Ok(range_next(next, *stop, *step).map(Value::Int))),
        // Keys and values steps are always `Done` (items make pairs).
        IterState::Dict { view: DictView::Keys | DictView::Values, .. } => match advance_native(s) {
            Ok(Step::Done(v)) => InLine::Item(Ok(v)),
            Ok(_) => InLine::Item(Ok(None)),
            Err(message) => InLine::Item(Err(message)),
        },
        IterState::Seq { seq, index } => {
            let item = match seq.kind() {
                Some(ObjKind::List(l)) => l.with(|l| l.get(*index).cloned()),
                Some(ObjKind::Tuple(t)) => t.get(*index).cloned(),
                _ => return InLine::Other,
            };
            if item.is_some() {
                *index += 1;
            } else {
                *s = IterState::Exhausted;
            }
            InLine::Item(Ok(item))
        }
        _ => InLine::Other,
    })
}

/// A range iterator's next number (None: exhausted), in a step small
/// enough to be inlined and stay in registers: `for i in range(n)` is the
/// most common loop. None for any other iterator. (With lists taken here
/// too, the step was no longer inlined and cost a range loop 26
/// instructions more per iteration.)
#[inline(always)]
pub(super) fn range_step<M: Model>(cell: &M::Cell<IterState<M>>) -> Option<Option<i64>> {
    cell.with(|s| match s {
        IterState::Range { next, stop, step } => Some(range_next(next, *stop, *step)),
        _ => None,
    })
}

/// A range iterator's next number, advancing it (None: exhausted).
#[inline(always)]
fn range_next(next: &mut i64, stop: i64, step: i64) -> Option<i64> {
    let more = if step > 0 { *next < stop } else { *next > stop };
    if !more {
        return None;
    }
    let v = *next;
    *next = next.saturating_add(step);
    Some(v)
}

/// Advance what can be advanced without running Python code.
pub(super) fn advance_native<M: Model>(s: &mut IterState<M>) -> Result<Step<M>, &'static str> {
    Ok(match s {
        IterState::Seq { seq, index } => {
            let item = match seq.kind() {
                Some(ObjKind::List(l)) => l.with(|l| l.get(*index).cloned()),
                Some(ObjKind::Tuple(t)) => t.get(*index).cloned(),
                Some(ObjKind::Bytes(b)) => b.get(*index).map(|x| Value::Int(*x as i64)),
                Some(ObjKind::ByteArray(b)) => b.with(|b| b.data.get(*index).map(|x| Value::Int(*x as i64))),
                Some(ObjKind::MemoryView(m)) => m.item(*index),
                _ => None,
            };
            if item.is_some() {
                *index += 1;
            } else {
                *s = IterState::Exhausted;
            }
            Step::Done(item)
        }
        IterState::Reversed { seq, index } => {
            if *index == 0 {
                *s = IterState::Exhausted;
                return Ok(Step::Done(None));
            }
            *index -= 1;
            let i = *index;
            match seq.kind() {
                Some(ObjKind::List(l)) => Step::Done(l.with(|l| l.get(i).cloned())),
                Some(ObjKind::Tuple(t)) => Step::Done(t.get(i).cloned()),
                Some(ObjKind::Str(st)) => st.char_at(i).map_or(Step::Done(None), Step::Char),
                _ => Step::Done(None),
            }
        }
        IterState::Str { s: text, pos } => {
            let next = match text.kind() {
                Some(ObjKind::Str(st)) => st.as_str()[*pos..].chars().next(),
                _ => None,
            };
            match next {
                Some(c) => {
                    *pos += c.len_utf8();
                    Step::Char(c)
                }
                None => Step::Done(None),
            }
        }
        IterState::Range { next, stop, step } => Step::Done(range_next(next, *stop, *step).map(Value::Int)),
        IterState::Dict { dict, index, len, left, view } => {
            let from = *index;
            let next = |d: &Dict<M>| (d.len(), d.entry_from(from).map(|(i, k, v)| (i, k.value.clone(), v.clone())));
            let is_dict = matches!(dict.kind(), Some(ObjKind::Dict(_)));
            let (now, entry) = match dict.kind() {
                Some(ObjKind::Dict(d) | ObjKind::Set(d)) => d.with(|d| next(d)),
                Some(ObjKind::FrozenSet(d)) => next(d),
                _ => (0, None),
            };
            if now != *len {
                // Sticky, as in CPython: every later call fails too.
                *len = usize::MAX;
                return Err(if is_dict {
                    "dictionary changed size during iteration"
                } else {
                    "Set changed size during iteration"
                });
            }
            let view = *view;
            let Some((i, k, v)) = entry else {
                *s = IterState::Exhausted;
                return Ok(Step::Done(None));
            };
            if *left == 0 && is_dict {
                *s = IterState::Exhausted;
                return Err("dictionary keys changed during iteration");
            }
            *left = left.saturating_sub(1);
            *index = i + 1;
            Step::Done(Some(match view {
                DictView::Keys => k,
                DictView::Values => v,
                DictView::Items => return Ok(Step::Pair(k, v)),
            }))
        }
        IterState::Enumerate { inner, count } => {
            let next = match &*count {
                Value::Int(i) if let Some(n) = i.checked_add(1) => Value::Int(n),
                Value::Int(i) => Value::from_bigint(num_bigint::BigInt::from(*i) + 1),
                Value::Obj(o) if let ObjKind::BigInt(b) = &o.kind => Value::from_bigint(b + 1),
                other => other.clone(),
            };
            Step::Enumerate(inner.clone(), std::mem::replace(count, next))
        }
        IterState::Zip { iters } => match &iters[..] {
            [] => Step::Done(None),
            [a, b] => Step::Zip2(a.clone(), b.clone()),
            _ => Step::Zip(iters.clone()),
        },
        IterState::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
        IterState::Filter { func, inner } => Step::Filter(func.clone(), inner.clone()),
        IterState::Callable { func, sentinel } => Step::Callable(func.clone(), sentinel.clone()),
        IterState::GetItem { seq, index } => {
            let i = *index;
            *index += 1;
            Step::GetItem(seq.clone(), i)
        }
        IterState::Combinatoric(c) => Step::Done(c.next_tuple()),
        IterState::Count { next, step } => match (&*next, &*step) {
            (Value::Int(n), Value::Int(k)) if let Some(after) = n.checked_add(*k) => {
                Step::Done(Some(std::mem::replace(next, Value::Int(after))))
            }
            _ => Step::Count(next.clone(), step.clone()),
        },
        IterState::Chain { .. } => Step::Chain,
        IterState::ISlice { .. } => Step::ISlice,
        IterState::Generator { .. } => match take_suspended(s) {
            Some(suspended) => Step::Resume(suspended),
            None => Step::Generator,
        },
        IterState::AwaitWrapper { .. } | IterState::AsyncGenStep(_) => Step::Generator,
        IterState::Exhausted | IterState::AsyncGen { .. } | IterState::AsyncGenWrapped(_) => Step::Done(None),
    })
}
