//! `__length_hint__` of the built-in iterators (what `operator.length_hint`
//! and `list(it)` preallocation ask): how many items are left, 0 once the
//! underlying container changed size or the iterator is exhausted, as
//! CPython's iterators answer.

use std::sync::Arc;

use super::builtins_util::{R, add_methods};
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{BuiltinFn, IterState, ObjKind, PyErr, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let methods: &[(&'static str, BuiltinFn<M>)] = &[("__length_hint__", length_hint)];
    use BuiltinType::*;
    // The iterator types that have the method in CPython (not enumerate,
    // zip, map, filter, callable_iterator or generators).
    for t in [
        Iterator,
        Reversed,
        ListIterator,
        TupleIterator,
        BytesIterator,
        ByteArrayIterator,
        ListReverseIterator,
        SetIterator,
        StrIterator,
        RangeIterator,
        DictKeyIterator,
        DictValueIterator,
        DictItemIterator,
    ] {
        add_methods(interp.types.get(t), methods);
    }
}

/// What the hint depends on, read under the iterator's cell; a length
/// that needs Python code (`len(seq)` of the old sequence protocol) is
/// asked for after the cell is released.
enum Hint<M: Model> {
    Left(usize),
    /// `len(seq) - index`, clamped at 0.
    SeqFrom(Value<M>, usize),
    /// `index` unless `len(seq)` has dropped below it.
    ReversedFrom(Value<M>, usize),
    Unsupported,
}

fn length_hint<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__length_hint__", 1, 1)?;
    let Some(ObjKind::Iter(cell)) = args.pos[0].kind() else {
        return Err(PyErr::type_error(format!(
            "descriptor '__length_hint__' requires an iterator, not '{}'",
            args.pos[0].type_name()
        )));
    };
    let hint = cell.with(|s| match s {
        IterState::Seq { seq, index } => Hint::SeqFrom(seq.clone(), *index),
        IterState::GetItem { seq, index } => Hint::SeqFrom(seq.clone(), (*index).max(0) as usize),
        IterState::Reversed { seq, index } => Hint::ReversedFrom(seq.clone(), *index),
        IterState::Str { s, pos } => match s.kind() {
            Some(ObjKind::Str(st)) => Hint::Left(st.as_str().get(*pos..).map_or(0, |rest| rest.chars().count())),
            _ => Hint::Left(0),
        },
        IterState::Range { next, stop, step } => {
            let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
            let more = if step > 0 { next < stop } else { next > stop };
            let left = if more { (stop - next - step.signum()) / step + 1 } else { 0 };
            Hint::Left(usize::try_from(left).unwrap_or(usize::MAX))
        }
        IterState::Dict { dict, len, left, .. } => {
            let now = match dict.kind() {
                Some(ObjKind::Dict(d) | ObjKind::Set(d)) => d.with(|d| d.len()),
                Some(ObjKind::FrozenSet(d)) => d.len(),
                _ => usize::MAX,
            };
            Hint::Left(if now == *len { *left } else { 0 })
        }
        IterState::Exhausted => Hint::Left(0),
        _ => Hint::Unsupported,
    });
    let left = match hint {
        Hint::Left(n) => n,
        Hint::SeqFrom(seq, index) => match vm.len(&seq) {
            Ok(n) => n.saturating_sub(index),
            // A sequence without __len__ gives no hint.
            Err(e) if crate::runner::is_exc_type(&e, crate::object::ExcType::TypeError) => {
                return Ok(super::object_methods::not_implemented(vm));
            }
            Err(e) => return Err(e),
        },
        Hint::ReversedFrom(seq, index) => {
            if vm.len(&seq)? < index {
                0
            } else {
                index
            }
        }
        Hint::Unsupported => return Ok(super::object_methods::not_implemented(vm)),
    };
    Ok(Value::Int(left as i64))
}
