//! Byte buffers: the contents of a `bytearray`, `memoryview`s over bytes
//! and bytearrays, and reading any bytes-like object.
//!
//! A memoryview does not copy: it names the exporting object and which of
//! its bytes it sees. While a view of a bytearray exists the bytearray
//! counts it as an export and refuses to change its size, exactly as
//! CPython does, so a view's positions stay valid without a pointer into
//! the bytearray's storage.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{ObjKind, PyErr, PyResult, Value};
use crate::model::{Model, ObjCell};

/// What a `bytearray` holds: its bytes and how many memoryviews export it.
#[derive(Default)]
pub struct ByteBuf {
    pub data: Vec<u8>,
    pub exports: usize,
}

impl ByteBuf {
    pub fn new(data: Vec<u8>) -> ByteBuf {
        ByteBuf { data, exports: 0 }
    }

    /// Fails as CPython does when a memoryview exports the buffer.
    pub fn check_resizable<M: Model>(&self) -> PyResult<(), M> {
        if self.exports > 0 {
            return Err(PyErr::new(super::ExcType::BufferError, "Existing exports of data: object cannot be re-sized"));
        }
        Ok(())
    }
}

/// A memoryview: items `start, start+step, ...` (`len` of them, one byte
/// each) of the exporting object `obj`, read with `format`.
pub struct MemView<M: Model> {
    pub obj: Value<M>,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    /// `B`, `b` or `c` (the one-byte formats minipy supports).
    pub format: u8,
    pub readonly: bool,
    /// The format was given as `@B` (it is reported back that way).
    pub native_prefix: bool,
    released: AtomicBool,
}

impl<M: Model> MemView<M> {
    /// A view of all of `obj`, registering the export on a bytearray.
    pub fn new(obj: Value<M>, len: usize, readonly: bool) -> MemView<M> {
        MemView::sub(obj, 0, 1, len, b'B', readonly)
    }

    /// A view of some positions of `obj` (its export counted).
    pub fn sub(obj: Value<M>, start: usize, step: isize, len: usize, format: u8, readonly: bool) -> MemView<M> {
        if let Some(ObjKind::ByteArray(b)) = obj.kind() {
            b.with(|b| b.exports += 1);
        }
        MemView { obj, start, step, len, format, readonly, native_prefix: false, released: AtomicBool::new(false) }
    }

    pub fn is_released(&self) -> bool {
        self.released.load(Ordering::Relaxed)
    }

    /// `release()`: drop the export once; later uses raise ValueError.
    pub fn release(&self) {
        if !self.released.swap(true, Ordering::Relaxed)
            && let Some(ObjKind::ByteArray(b)) = self.obj.kind()
        {
            b.with(|b| b.exports -= 1);
        }
    }

    /// ValueError unless the view is still usable.
    pub fn check(&self) -> PyResult<(), M> {
        if self.is_released() {
            return Err(PyErr::value_error("operation forbidden on released memoryview object"));
        }
        Ok(())
    }

    /// The byte position in `obj` of item `i`.
    pub fn pos(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.step) as usize
    }

    /// Item `i` as Python sees it under the view's format (None when out
    /// of range).
    pub fn item(&self, i: usize) -> Option<Value<M>> {
        if i >= self.len || self.is_released() {
            return None;
        }
        let byte = with_raw(&self.obj, |b| b[self.pos(i)])?;
        Some(self.unpack(byte))
    }

    /// One byte read with the view's format.
    pub fn unpack(&self, byte: u8) -> Value<M> {
        match self.format {
            b'b' => Value::Int(byte as i8 as i64),
            b'c' => new_bytes(vec![byte]),
            _ => Value::Int(byte as i64),
        }
    }

    /// A copy of the bytes the view sees.
    pub fn to_vec(&self) -> Vec<u8> {
        with_raw(&self.obj, |b| (0..self.len).map(|i| b[self.pos(i)]).collect()).unwrap_or_default()
    }

    /// Change the exporting bytearray's bytes at the view's positions.
    pub fn write(&self, f: impl FnOnce(&mut [u8], &dyn Fn(usize) -> usize)) {
        if let Some(ObjKind::ByteArray(b)) = self.obj.kind() {
            b.with(|b| f(&mut b.data, &|i| self.pos(i)));
        }
    }
}

impl<M: Model> Drop for MemView<M> {
    fn drop(&mut self) {
        self.release();
    }
}

/// Run `f` on the bytes of a bytes or bytearray object (not a view).
fn with_raw<M: Model, R>(v: &Value<M>, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    match v.kind()? {
        ObjKind::Bytes(b) => Some(f(b)),
        ObjKind::ByteArray(b) => Some(b.with(|b| f(&b.data))),
        _ => None,
    }
}

/// The bytes of any bytes-like object (bytes, bytearray, memoryview, or a
/// subclass instance of bytes or bytearray), copied; `None` for anything else. A
/// released memoryview is an error.
pub fn bytes_like<M: Model>(v: &Value<M>) -> PyResult<Option<Vec<u8>>, M> {
    Ok(match v.kind() {
        Some(ObjKind::Bytes(b)) => Some(b.to_vec()),
        Some(ObjKind::ByteArray(b)) => Some(b.with(|b| b.data.clone())),
        Some(ObjKind::MemoryView(m)) => {
            m.check()?;
            Some(m.to_vec())
        }
        Some(ObjKind::Instance(i)) => match &i.payload {
            Some(p) if matches!(p.kind(), Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_))) => bytes_like(p)?,
            _ => None,
        },
        _ => None,
    })
}

/// The bytes of a method's receiver: borrowed from a bytes object, copied
/// from a bytearray or a live view (the copy is what lets a method call
/// back into Python without holding the bytearray's cell).
pub fn receiver_bytes<M: Model>(v: &Value<M>) -> Option<Cow<'_, [u8]>> {
    match v.kind()? {
        ObjKind::Bytes(b) => Some(Cow::Borrowed(b)),
        ObjKind::ByteArray(b) => Some(Cow::Owned(b.with(|b| b.data.clone()))),
        ObjKind::MemoryView(m) if !m.is_released() => Some(Cow::Owned(m.to_vec())),
        _ => None,
    }
}

/// Whether `v` is bytes-like (supports the buffer protocol).
pub fn is_bytes_like<M: Model>(v: &Value<M>) -> bool {
    match v.kind() {
        Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_) | ObjKind::MemoryView(_)) => true,
        Some(ObjKind::Instance(i)) => {
            i.payload.as_ref().is_some_and(|p| matches!(p.kind(), Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_))))
        }
        _ => false,
    }
}

/// A new bytearray holding `data`.
pub fn new_bytearray<M: Model>(data: Vec<u8>) -> Value<M> {
    Value::obj(ObjKind::ByteArray(M::Cell::new(ByteBuf::new(data))))
}

/// A new bytes object holding `data`.
pub fn new_bytes<M: Model>(data: Vec<u8>) -> Value<M> {
    Value::obj(ObjKind::Bytes(data.into_boxed_slice()))
}

/// An item of a bytes-like object as a memoryview comparison sees it.
#[derive(PartialEq)]
enum Item {
    Int(i64),
    Char(u8),
}

/// The items of a bytes-like object under its format (`B` unless it is a
/// view); `None` for a released view or a non-buffer.
fn items<M: Model>(v: &Value<M>) -> Option<Vec<Item>> {
    match v.kind()? {
        ObjKind::MemoryView(m) => {
            if m.is_released() {
                return None;
            }
            Some(
                m.to_vec()
                    .into_iter()
                    .map(|b| match m.format {
                        b'c' => Item::Char(b),
                        b'b' => Item::Int(b as i8 as i64),
                        _ => Item::Int(b as i64),
                    })
                    .collect(),
            )
        }
        _ => Some(bytes_like(v).ok()??.into_iter().map(|b| Item::Int(b as i64)).collect()),
    }
}

/// `a == b` where one side is a memoryview: equal items under each side's
/// format. A released view equals only itself.
pub fn views_equal<M: Model>(a: &Value<M>, b: &Value<M>) -> PyResult<bool, M> {
    if a.is(b) {
        return Ok(true);
    }
    Ok(match (items(a), items(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    })
}
