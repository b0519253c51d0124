//! Shared memory: the one block behind a `multiprocessing.Value` or
//! `Array`, seen by every interpreter that holds its handle.
//!
//! It is a kernel object (it travels between interpreters as a shared
//! handle, like locks and queues), holding one atomic 64-bit word per
//! element. Every read and every write is atomic on its own, so minipy stays
//! memory-safe however many processes touch it; but `v.value += 1` is a read
//! *then* a write, and two processes can interleave between them and lose an
//! update, exactly as with C memory shared between real processes. The
//! element's C type decides how a stored number wraps (a `c_int` keeps 32
//! bits) and how a float is rounded (`c_float`).

use std::any::Any;
use std::sync::atomic::{AtomicU64, Ordering};

use super::kernel::NativeObject;

/// The C type of one element, by `array`/`ctypes` typecode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CType {
    /// A signed or unsigned integer of `bits` bits ('b','h','i','l','q' and
    /// their unsigned capitals).
    Int { bits: u32, signed: bool },
    Double,
    Float,
    /// 'c': one byte, read back as a one-byte `bytes`.
    Char,
    /// 'u': one character, read back as a one-character `str`.
    WChar,
    /// '?': `c_bool`.
    Bool,
}

impl CType {
    /// The typecode's C type, or None for an unknown code.
    pub fn from_code(code: &str) -> Option<CType> {
        let int = |bits, signed| Some(CType::Int { bits, signed });
        match code {
            "b" | "c_byte" | "c_int8" => int(8, true),
            "B" | "c_ubyte" | "c_uint8" => int(8, false),
            "h" | "c_short" | "c_int16" => int(16, true),
            "H" | "c_ushort" | "c_uint16" => int(16, false),
            "i" | "c_int" | "c_int32" => int(32, true),
            "I" | "c_uint" | "c_uint32" => int(32, false),
            "l" | "q" | "c_long" | "c_longlong" | "c_int64" | "c_ssize_t" => int(64, true),
            "L" | "Q" | "c_ulong" | "c_ulonglong" | "c_uint64" | "c_size_t" => int(64, false),
            "d" | "c_double" => Some(CType::Double),
            "f" | "c_float" => Some(CType::Float),
            "c" | "c_char" => Some(CType::Char),
            "u" | "c_wchar" => Some(CType::WChar),
            "?" | "c_bool" => Some(CType::Bool),
            _ => None,
        }
    }

    /// The ctypes name CPython shows in reprs (`c_int`, `c_double`, ...).
    pub fn ctypes_name(self) -> &'static str {
        match self {
            CType::Int { bits: 8, signed: true } => "c_byte",
            CType::Int { bits: 8, signed: false } => "c_ubyte",
            CType::Int { bits: 16, signed: true } => "c_short",
            CType::Int { bits: 16, signed: false } => "c_ushort",
            CType::Int { bits: 32, signed: true } => "c_int",
            CType::Int { bits: 32, signed: false } => "c_uint",
            CType::Int { signed: true, .. } => "c_long",
            CType::Int { signed: false, .. } => "c_ulong",
            CType::Double => "c_double",
            CType::Float => "c_float",
            CType::Char => "c_char",
            CType::WChar => "c_wchar",
            CType::Bool => "c_bool",
        }
    }

    /// Wrap an integer to this type's width, as ctypes does silently.
    pub fn wrap_int(self, v: i64) -> i64 {
        match self {
            CType::Int { bits: 64, .. } => v,
            CType::Int { bits, signed: true } => {
                let shift = 64 - bits;
                (v << shift) >> shift
            }
            CType::Int { bits, signed: false } => v & ((1i64 << bits) - 1),
            CType::Bool => (v != 0) as i64,
            CType::Char => v & 0xff,
            _ => v,
        }
    }

    pub fn is_float(self) -> bool {
        matches!(self, CType::Double | CType::Float)
    }
}

/// One element as it is stored: integers (and chars) as their bits,
/// floats as `f64` bits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Int(i64),
    Float(f64),
}

/// The block behind a `Value` (length 1) or an `Array`.
pub struct SharedBlock {
    pub ctype: CType,
    cells: Box<[AtomicU64]>,
}

impl SharedBlock {
    pub fn new(ctype: CType, len: usize) -> SharedBlock {
        let zero = if ctype.is_float() { 0f64.to_bits() } else { 0 };
        SharedBlock { ctype, cells: (0..len).map(|_| AtomicU64::new(zero)).collect() }
    }

    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// One atomic read (`i` must be in range).
    pub fn load(&self, i: usize) -> Scalar {
        let bits = self.cells[i].load(Ordering::SeqCst);
        if self.ctype.is_float() { Scalar::Float(f64::from_bits(bits)) } else { Scalar::Int(bits as i64) }
    }

    /// One atomic write (`i` must be in range), converted to the C type.
    pub fn store(&self, i: usize, v: Scalar) {
        let bits = match (self.ctype, v) {
            (CType::Float, Scalar::Float(f)) => ((f as f32) as f64).to_bits(),
            (CType::Float, Scalar::Int(n)) => ((n as f32) as f64).to_bits(),
            (CType::Double, Scalar::Float(f)) => f.to_bits(),
            (CType::Double, Scalar::Int(n)) => (n as f64).to_bits(),
            (t, Scalar::Int(n)) => t.wrap_int(n) as u64,
            (t, Scalar::Float(f)) => t.wrap_int(f as i64) as u64,
        };
        self.cells[i].store(bits, Ordering::SeqCst);
    }
}

impl NativeObject for SharedBlock {
    fn type_name(&self) -> &'static str {
        "shared_memory"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_wrap_to_their_width() {
        let b = SharedBlock::new(CType::from_code("i").expect("known"), 2);
        b.store(0, Scalar::Int(1 << 31));
        assert_eq!(b.load(0), Scalar::Int(-(1 << 31)));
        let u = SharedBlock::new(CType::from_code("B").expect("known"), 1);
        u.store(0, Scalar::Int(257));
        assert_eq!(u.load(0), Scalar::Int(1));
    }

    #[test]
    fn floats_round_to_their_type() {
        let f = SharedBlock::new(CType::Float, 1);
        f.store(0, Scalar::Float(0.1));
        assert_eq!(f.load(0), Scalar::Float((0.1f32) as f64));
        let d = SharedBlock::new(CType::Double, 1);
        assert_eq!(d.load(0), Scalar::Float(0.0));
    }
}
