//! Int indexes of the built-in sequences: the eval loop's inline paths
//! for `list[i]`, `tuple[i]` and `list[i] = v`, and CPython's refusal of an
//! index beyond a machine word.

use crate::model::{Model, ObjCell};
use crate::object::{ObjKind, PyErr, PyResult, Value};

/// BINARY_SUBSCR's common case, inline in the eval loop: a list or tuple
/// indexed by an int in range. None sends everything else (and every
/// error) to [`Vm::getitem`](super::Vm::getitem).
#[inline(always)]
pub fn item_at_int<M: Model>(container: &Value<M>, index: &Value<M>) -> Option<Value<M>> {
    let (Value::Obj(o), Value::Int(i)) = (container, index) else { return None };
    match &o.kind {
        ObjKind::Tuple(t) => super::ops::seq_index(t.len(), *i).map(|k| t[k].clone()),
        ObjKind::List(l) => l.with(|l| super::ops::seq_index(l.len(), *i).map(|k| l[k].clone())),
        _ => None,
    }
}

/// STORE_SUBSCR's common case: `list[int] = v` in range. `Ok` holds the
/// replaced item (to drop outside the list's cell); `Err` gives `v` back
/// for [`Vm::setitem`](super::Vm::setitem).
#[inline(always)]
pub fn replace_item_at_int<M: Model>(
    container: &Value<M>,
    index: &Value<M>,
    v: Value<M>,
) -> Result<Value<M>, Value<M>> {
    let (Value::Obj(o), Value::Int(i)) = (container, index) else { return Err(v) };
    let ObjKind::List(l) = &o.kind else { return Err(v) };
    l.with(|l| match super::ops::seq_index(l.len(), *i) {
        Some(k) => Ok(std::mem::replace(&mut l[k], v)),
        None => Err(v),
    })
}

/// CPython's refusal of an int index beyond a machine word on a built-in
/// sequence (before any range check).
#[inline(always)]
pub(super) fn index_fits<M: Model>(container: &Value<M>, index: &Value<M>) -> PyResult<(), M> {
    let big = match index.kind() {
        Some(ObjKind::BigInt(_)) => true,
        Some(ObjKind::Instance(i)) => matches!(i.payload.as_ref().and_then(|p| p.kind()), Some(ObjKind::BigInt(_))),
        _ => false,
    };
    if !big {
        // Every index but a big int: the container is not looked at.
        return Ok(());
    }
    let sequence = matches!(
        container.kind(),
        Some(
            ObjKind::List(_)
                | ObjKind::Tuple(_)
                | ObjKind::Str(_)
                | ObjKind::Bytes(_)
                | ObjKind::ByteArray(_)
                | ObjKind::MemoryView(_)
        )
    );
    if sequence {
        return Err(PyErr::index_error("cannot fit 'int' into an index-sized integer"));
    }
    Ok(())
}
