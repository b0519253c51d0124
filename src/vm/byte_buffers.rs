//! Subscripts of `bytearray` and `memoryview`: reading, assigning and
//! deleting items and slices, with CPython's messages. A bytearray changes
//! size only when no memoryview exports it (`BufferError` otherwise).

use super::Vm;
use super::ops::{seq_index, small_index};
use crate::model::{Model, ObjCell};
use crate::object::buffer::{ByteBuf, MemView, bytes_like, is_bytes_like, new_bytearray};
use crate::object::{ObjKind, PyErr, PyResult, Value};
use crate::text::slice::{SliceIndices, normalize_slice};

/// CPython's message for a bad right-hand side of a bytearray slice.
const CAN_ASSIGN_ONLY: &str = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";

/// Where a subscript points: one position (not yet bounds-checked) or the
/// positions of a slice.
enum Target {
    Item(i64),
    Slice(SliceIndices),
}

impl<M: Model> Vm<M> {
    /// An int in range(0, 256) for storing into a bytearray.
    pub fn byte_value(&mut self, v: &Value<M>) -> PyResult<u8, M> {
        let n = match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => match super::convert::index_value(self, v)? {
                Some(b) => i64::try_from(&b).unwrap_or(-1),
                None => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        v.type_name()
                    )));
                }
            },
        };
        u8::try_from(n).map_err(|_| PyErr::value_error("byte must be in range(0, 256)"))
    }

    /// The bytes of an iterable of ints (each in range(0, 256)).
    pub fn bytes_from_ints(&mut self, v: &Value<M>) -> PyResult<Vec<u8>, M> {
        let items = self.collect(v)?;
        items.iter().map(|it| self.byte_value(it)).collect()
    }

    /// An index or slice of a sequence of `len` items; `what` names the
    /// type in the TypeError for any other key.
    fn buffer_target(&mut self, len: usize, index: &Value<M>, what: &str) -> PyResult<Target, M> {
        if let Some(i) = small_index(index) {
            return Ok(Target::Item(i));
        }
        if let Some(ObjKind::Slice(s)) = index.kind() {
            let (start, stop, step) = self.slice_bounds(s)?;
            return normalize_slice(len, start, stop, step).map(Target::Slice).map_err(PyErr::value_error);
        }
        if let Some(ObjKind::Instance(_)) = index.kind()
            && let Some(b) = super::convert::index_value(self, index)?
        {
            return Ok(Target::Item(i64::try_from(&b).unwrap_or(i64::MAX)));
        }
        Err(PyErr::type_error(what.replace("{}", index.type_name())))
    }

    pub(super) fn bytearray_getitem(&mut self, cell: &M::Cell<ByteBuf>, index: &Value<M>) -> PyResult<Value<M>, M> {
        let len = cell.with(|b| b.data.len());
        match self.buffer_target(len, index, "bytearray indices must be integers or slices, not {}")? {
            Target::Item(i) => cell
                .with(|b| seq_index(b.data.len(), i).map(|i| Value::Int(b.data[i] as i64)))
                .ok_or_else(|| PyErr::index_error("bytearray index out of range")),
            Target::Slice(si) => {
                let data = cell.with(|b| si.positions().filter_map(|p| b.data.get(p).copied()).collect());
                Ok(new_bytearray(data))
            }
        }
    }

    pub(super) fn bytearray_setitem(
        &mut self,
        cell: &M::Cell<ByteBuf>,
        index: &Value<M>,
        value: &Value<M>,
    ) -> PyResult<(), M> {
        let len = cell.with(|b| b.data.len());
        match self.buffer_target(len, index, "bytearray indices must be integers or slices, not {}")? {
            Target::Item(i) => {
                let byte = self.byte_value(value)?;
                cell.with(|b| seq_index(b.data.len(), i).map(|i| b.data[i] = byte))
                    .ok_or_else(|| PyErr::index_error("bytearray index out of range"))
            }
            Target::Slice(si) => {
                let new = match bytes_like(value)? {
                    Some(b) => b,
                    None if matches!(value, Value::Int(_) | Value::Bool(_) | Value::Float(_))
                        || matches!(value.kind(), Some(ObjKind::Str(_) | ObjKind::BigInt(_))) =>
                    {
                        return Err(PyErr::type_error(CAN_ASSIGN_ONLY));
                    }
                    None => {
                        if self.get_iter(value).is_err() {
                            return Err(PyErr::type_error(format!(
                                "cannot convert '{}' object to bytearray",
                                value.type_name()
                            )));
                        }
                        self.bytes_from_ints(value)?
                    }
                };
                if si.count == 0 && new.is_empty() {
                    return Ok(());
                }
                cell.with(|b| {
                    if si.step == 1 {
                        let start = si.start.max(0) as usize;
                        if new.len() != si.count {
                            b.check_resizable()?;
                        }
                        b.data.splice(start..start + si.count, new);
                        return Ok(());
                    }
                    // As CPython: nothing assigned to an extended slice
                    // deletes it.
                    if new.is_empty() {
                        return remove_positions(b, &si);
                    }
                    if new.len() != si.count {
                        return Err(PyErr::value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            new.len(),
                            si.count
                        )));
                    }
                    for (p, byte) in si.positions().zip(new) {
                        b.data[p] = byte;
                    }
                    Ok(())
                })
            }
        }
    }

    pub(super) fn bytearray_delitem(&mut self, cell: &M::Cell<ByteBuf>, index: &Value<M>) -> PyResult<(), M> {
        let len = cell.with(|b| b.data.len());
        match self.buffer_target(len, index, "bytearray indices must be integers or slices, not {}")? {
            Target::Item(i) => cell.with(|b| {
                let i = seq_index(b.data.len(), i).ok_or_else(|| PyErr::index_error("bytearray index out of range"))?;
                b.check_resizable()?;
                b.data.remove(i);
                Ok(())
            }),
            Target::Slice(si) => cell.with(|b| remove_positions(b, &si)),
        }
    }

    pub(super) fn memoryview_getitem(&mut self, m: &MemView<M>, index: &Value<M>) -> PyResult<Value<M>, M> {
        m.check()?;
        match self.buffer_target(m.len, index, "memoryview: invalid slice key")? {
            Target::Item(i) => seq_index(m.len, i)
                .and_then(|i| m.item(i))
                .ok_or_else(|| PyErr::index_error("index out of bounds on dimension 1")),
            Target::Slice(si) => {
                let start = if si.count > 0 { m.pos(si.start as usize) } else { m.start };
                let step = m.step * si.step as isize;
                let mut view = MemView::sub(m.obj.clone(), start, step, si.count, m.format, m.readonly);
                view.native_prefix = m.native_prefix;
                Ok(Value::obj(ObjKind::MemoryView(Box::new(view))))
            }
        }
    }

    pub(super) fn memoryview_setitem(&mut self, m: &MemView<M>, index: &Value<M>, value: &Value<M>) -> PyResult<(), M> {
        m.check()?;
        if m.readonly {
            return Err(PyErr::type_error("cannot modify read-only memory"));
        }
        match self.buffer_target(m.len, index, "memoryview: invalid slice key")? {
            Target::Item(i) => {
                let i = seq_index(m.len, i).ok_or_else(|| PyErr::index_error("index out of bounds on dimension 1"))?;
                let byte = self.pack_item(m.format, value)?;
                m.write(|data, pos| data[pos(i)] = byte);
                Ok(())
            }
            Target::Slice(si) => {
                if !is_bytes_like(value) {
                    return Err(PyErr::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        value.type_name()
                    )));
                }
                let new = bytes_like(value)?.unwrap_or_default();
                if new.len() != si.count {
                    return Err(PyErr::value_error(
                        "memoryview assignment: lvalue and rvalue have different structures",
                    ));
                }
                m.write(|data, pos| {
                    for (k, byte) in si.positions().zip(new) {
                        data[pos(k)] = byte;
                    }
                });
                Ok(())
            }
        }
    }

    /// `a + b` with `a` bytes or bytearray and `b` bytes-like: the result
    /// has `a`'s type; `+=` on a bytearray extends it in place.
    pub(super) fn concat_bytes(&mut self, inplace: bool, a: &Value<M>, b: &Value<M>) -> PyResult<Value<M>, M> {
        let right = bytes_like(b)?.unwrap_or_default();
        match a.kind() {
            Some(ObjKind::ByteArray(cell)) if inplace => {
                cell.with(|buf| {
                    if !right.is_empty() {
                        buf.check_resizable()?;
                    }
                    buf.data.extend_from_slice(&right);
                    Ok::<_, PyErr<M>>(())
                })?;
                Ok(a.clone())
            }
            Some(ObjKind::ByteArray(cell)) => {
                let mut data = cell.with(|buf| buf.data.clone());
                data.extend_from_slice(&right);
                Ok(new_bytearray(data))
            }
            _ => {
                let mut data = bytes_like(a)?.unwrap_or_default();
                data.extend_from_slice(&right);
                Ok(crate::object::buffer::new_bytes(data))
            }
        }
    }

    /// One item stored through a view: an int for `B`/`b`, a bytes of
    /// length one for `c`.
    fn pack_item(&mut self, format: u8, value: &Value<M>) -> PyResult<u8, M> {
        let f = format as char;
        if format == b'c' {
            return match value.kind() {
                Some(ObjKind::Bytes(b)) if b.len() == 1 => Ok(b[0]),
                Some(ObjKind::Bytes(_)) => {
                    Err(PyErr::value_error(format!("memoryview: invalid value for format '{f}'")))
                }
                _ => Err(PyErr::type_error(format!("memoryview: invalid type for format '{f}'"))),
            };
        }
        let n = match value {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ if matches!(value.kind(), Some(ObjKind::BigInt(_))) => i64::MAX,
            _ => return Err(PyErr::type_error(format!("memoryview: invalid type for format '{f}'"))),
        };
        let ok = if format == b'b' { i8::try_from(n).map(|x| x as u8).ok() } else { u8::try_from(n).ok() };
        ok.ok_or_else(|| PyErr::value_error(format!("memoryview: invalid value for format '{f}'")))
    }
}

/// Delete the bytes at a slice's positions (a change of size: refused
/// while exported).
fn remove_positions<M: Model>(b: &mut ByteBuf, si: &SliceIndices) -> PyResult<(), M> {
    if si.count == 0 {
        return Ok(());
    }
    b.check_resizable()?;
    let mut doomed = vec![false; b.data.len()];
    for p in si.positions() {
        doomed[p] = true;
    }
    let mut k = 0;
    b.data.retain(|_| {
        k += 1;
        !doomed[k - 1]
    });
    Ok(())
}
