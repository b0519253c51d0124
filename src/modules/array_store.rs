//! How an `array.array` keeps its items: the machine representation of
//! each typecode (little-endian, the sizes of CPython on a 64-bit Linux
//! machine), and the conversions a store checks with CPython's messages.
//!
//! An array's items live in a bytearray cell (so the model's per-object
//! locking applies to it as to a bytearray) whose first byte is the
//! typecode: one lookup finds both.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::builtins_util::index_value;
use crate::model::Model;
use crate::object::{ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// `array.typecodes`.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";
/// The typecode byte in front of the items.
pub const HEADER: usize = 1;

/// One item's bytes (the first `itemsize` are used).
pub type Raw = [u8; 8];

/// The C size of an item of typecode `tc`.
#[inline]
pub fn itemsize(tc: u8) -> usize {
    match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'u' | b'f' => 4,
        _ => 8,
    }
}

#[inline(always)]
fn word<const N: usize>(b: &[u8]) -> [u8; N] {
    b[..N].try_into().expect("an item's bytes")
}

/// The Python value of the item whose bytes start `b`.
#[inline]
pub fn decode<M: Model>(tc: u8, b: &[u8]) -> PyResult<Value<M>, M> {
    Ok(match tc {
        b'd' => Value::Float(f64::from_le_bytes(word(b))),
        b'f' => Value::Float(f32::from_le_bytes(word(b)) as f64),
        b'b' => Value::Int(b[0] as i8 as i64),
        b'B' => Value::Int(b[0] as i64),
        b'h' => Value::Int(i16::from_le_bytes(word(b)) as i64),
        b'H' => Value::Int(u16::from_le_bytes(word(b)) as i64),
        b'i' => Value::Int(i32::from_le_bytes(word(b)) as i64),
        b'I' => Value::Int(u32::from_le_bytes(word(b)) as i64),
        b'l' | b'q' => Value::Int(i64::from_le_bytes(word(b))),
        b'L' | b'Q' => {
            let u = u64::from_le_bytes(word(b));
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => Value::from_bigint(BigInt::from(u)),
            }
        }
        _ => {
            let code = u32::from_le_bytes(word(b));
            match char::from_u32(code) {
                Some(c) => Value::str(c.to_string()),
                None => {
                    return Err(PyErr::value_error(format!("character U+{code:x} is not in range [U+0000; U+10ffff]")));
                }
            }
        }
    })
}

/// Every item of `data` (items only, no header).
pub fn decode_all<M: Model>(tc: u8, data: &[u8]) -> PyResult<Vec<Value<M>>, M> {
    data.chunks_exact(itemsize(tc)).map(|b| decode(tc, b)).collect()
}

/// The bytes of `v` stored into an array of typecode `tc`, or CPython's
/// TypeError / OverflowError for a value of the wrong type or range.
pub fn encode<M: Model>(vm: &mut Vm<M>, tc: u8, v: &Value<M>) -> PyResult<Raw, M> {
    let mut out = [0u8; 8];
    match tc {
        b'd' => out = real(vm, v)?.to_le_bytes(),
        // C's double-to-float conversion: the nearest single, or an infinity.
        b'f' => out[..4].copy_from_slice(&(real(vm, v)? as f32).to_le_bytes()),
        b'u' => match v.as_str() {
            Some(s) if s.chars().count() == 1 => {
                let c = s.chars().next().expect("one character");
                out[..4].copy_from_slice(&(c as u32).to_le_bytes());
            }
            _ => return Err(PyErr::type_error("array item must be unicode character")),
        },
        _ => {
            let n = integer(vm, v)?;
            let n = check_range(tc, n)?;
            out = (n as u64).to_le_bytes();
        }
    }
    Ok(out)
}

/// An item value for a float typecode: ints, floats and objects with
/// `__float__` or `__index__` (CPython's `PyArg_Parse` "d").
fn real<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<f64, M> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => match v.kind() {
            Some(ObjKind::BigInt(_)) => super::number_methods::to_float(vm, v),
            Some(ObjKind::Instance(inst))
                if inst.builtin_view("__float__").is_some_and(|p| !matches!(p.kind(), Some(ObjKind::Str(_))))
                    || inst.class().lookup("__float__").is_some()
                    || inst.class().lookup("__index__").is_some() =>
            {
                super::number_methods::to_float(vm, v)
            }
            _ => Err(PyErr::type_error(format!("must be real number, not {}", v.type_name()))),
        },
    }
}

/// An item value for an integer typecode (ints and `__index__` objects),
/// widened so that every range check below can be made on it.
fn integer<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<i128, M> {
    match v {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(*b as i128),
        _ => match index_value(vm, v)? {
            // Beyond 128 bits every typecode's "too large" message applies.
            Some(b) => Ok(b.to_i128().unwrap_or(if b.sign() == Sign::Minus { i128::MIN } else { i128::MAX })),
            None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
        },
    }
}

/// CPython's range check for an integer typecode (its messages differ by
/// the C converter each typecode uses).
fn check_range<M: Model>(tc: u8, n: i128) -> PyResult<i128, M> {
    const C_LONG: &str = "Python int too large to convert to C long";
    const C_ULONG: &str = "Python int too large to convert to C unsigned long";
    const NEG_UINT: &str = "can't convert negative value to unsigned int";
    let fits_long = i64::try_from(n).is_ok();
    let small = |lo: i128, hi: i128, below: &str, above: &str| -> PyResult<i128, M> {
        if !fits_long {
            Err(PyErr::overflow(C_LONG))
        } else if n < lo {
            Err(PyErr::overflow(below))
        } else if n > hi {
            Err(PyErr::overflow(above))
        } else {
            Ok(n)
        }
    };
    match tc {
        b'b' => small(-128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
        b'B' => {
            small(0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum")
        }
        b'h' => small(
            -32768,
            32767,
            "signed short integer is less than minimum",
            "signed short integer is greater than maximum",
        ),
        b'H' => small(0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
        b'i' => small(
            i32::MIN as i128,
            i32::MAX as i128,
            "signed integer is less than minimum",
            "signed integer is greater than maximum",
        ),
        b'l' | b'q' if !fits_long => Err(PyErr::overflow(if tc == b'l' { C_LONG } else { "int too big to convert" })),
        b'l' | b'q' => Ok(n),
        b'I' | b'L' if n < 0 => Err(PyErr::overflow(NEG_UINT)),
        b'I' | b'L' if n > u64::MAX as i128 => Err(PyErr::overflow(C_ULONG)),
        b'I' if n > u32::MAX as i128 => Err(PyErr::overflow("unsigned int is greater than maximum")),
        b'Q' if n < 0 => Err(PyErr::overflow("can't convert negative int to unsigned")),
        b'Q' if n > u64::MAX as i128 => Err(PyErr::overflow("int too big to convert")),
        _ => Ok(n),
    }
}

/// Reverse the byte order of every item (`array.byteswap()`).
pub fn byteswap(tc: u8, data: &mut [u8]) {
    for item in data.chunks_exact_mut(itemsize(tc)) {
        item.reverse();
    }
}
