//! `_binascii`: the base64 and CRC-32 conversions `lib/binascii.py`
//! re-exports, native as CPython's `binascii` is. Written in Python they
//! cost one bytecode loop per input byte (base64 encoding ran ~500x
//! slower than CPython's).
//!
//! Errors are CPython 3.11's: the `binascii.Error` raised is the class
//! `lib/binascii.py` defines, with the same messages.

use super::builtins_util::int_arg;
use crate::model::Model;
use crate::object::buffer::bytes_like;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] =
        &[("b2a_base64", b2a_base64), ("a2b_base64", a2b_base64), ("crc32", crc32)];
    super::registry::add_functions(vm, module, fns)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const PAD: u8 = b'=';
/// A byte that is not a base64 digit, in [`DIGIT_VALUES`].
const NOT_A_DIGIT: u8 = 0xff;

/// Each byte's value as a base64 digit (NOT_A_DIGIT for the rest).
const DIGIT_VALUES: [u8; 256] = {
    let mut table = [NOT_A_DIGIT; 256];
    let mut i = 0;
    while i < 64 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// `binascii.Error(message)`, the class `lib/binascii.py` defines.
fn binascii_error<M: Model>(vm: &mut Vm<M>, message: &str) -> PyErr<M> {
    let made = vm
        .import("binascii")
        .and_then(|module| vm.getattr(&module, "Error"))
        .and_then(|class| vm.call(&class, &[Value::str(message)], &[]));
    match made {
        Ok(Value::Obj(o)) => PyErr::from_object(o),
        Ok(_) => PyErr::new(ExcType::ValueError, message),
        Err(e) => e,
    }
}

/// The one positional argument and the keyword-only flag of `fname`.
fn data_and_flag<'a, M: Model>(
    vm: &mut Vm<M>,
    args: &Args<'a, M>,
    fname: &str,
    flag: &str,
    default: bool,
) -> PyResult<(&'a Value<M>, bool), M> {
    args.check_kwargs(fname, &[flag])?;
    let data = match args.pos {
        [data] => data,
        _ => {
            return Err(PyErr::type_error(format!(
                "{fname}() takes exactly 1 positional argument ({} given)",
                args.pos.len()
            )));
        }
    };
    let flag = match args.kw(flag) {
        Some(v) => vm.truthy(v)?,
        None => default,
    };
    Ok((data, flag))
}

/// `b2a_base64(data, /, *, newline=True)`.
fn b2a_base64<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    let (data, newline) = data_and_flag(vm, &args, "b2a_base64", "newline", true)?;
    let Some(data) = bytes_like(data)? else {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", data.type_name())));
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for group in data.chunks(3) {
        let b = [group[0], group.get(1).copied().unwrap_or(0), group.get(2).copied().unwrap_or(0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        let digits = [n >> 18, n >> 12, n >> 6, n].map(|d| ALPHABET[(d & 63) as usize]);
        let kept = group.len() + 1;
        out.extend_from_slice(&digits[..kept]);
        out.resize(out.len() + 4 - kept, PAD);
    }
    if newline {
        out.push(b'\n');
    }
    Ok(Value::obj(ObjKind::Bytes(out.into_boxed_slice())))
}

/// The bytes of an argument that may also be an ASCII str (CPython's
/// `ascii_buffer_converter`).
fn ascii_data<M: Model>(data: &Value<M>) -> PyResult<Vec<u8>, M> {
    if let Some(s) = data.as_str() {
        if !s.is_ascii() {
            return Err(PyErr::value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    bytes_like(data)?.ok_or_else(|| {
        PyErr::type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", data.type_name()))
    })
}

/// `a2b_base64(data, /, *, strict_mode=False)`: without strict mode,
/// bytes outside the alphabet are skipped and decoding stops at the
/// padding that completes a group.
fn a2b_base64<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    let (data, strict) = data_and_flag(vm, &args, "a2b_base64", "strict_mode", false)?;
    let data = ascii_data(data)?;
    match decode_base64(&data, strict) {
        Ok(out) => Ok(Value::obj(ObjKind::Bytes(out.into_boxed_slice()))),
        Err(message) => Err(binascii_error(vm, &message)),
    }
}

/// CPython 3.11's `binascii_a2b_base64_impl`, step for step.
fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    if strict && data.first() == Some(&PAD) {
        return Err("Leading padding not allowed".into());
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    // Digits seen of the current group of four, and the bits of the
    // current output byte they have filled so far.
    let mut quad_pos = 0;
    let mut left: u8 = 0;
    let mut pads = 0;
    let mut padding_started = false;
    for (i, &byte) in data.iter().enumerate() {
        if byte == PAD {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let digit = DIGIT_VALUES[byte as usize];
        if digit == NOT_A_DIGIT {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        }
        if strict && padding_started {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = digit;
            }
            1 => {
                quad_pos = 2;
                out.push(left << 2 | digit >> 4);
                left = digit & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(left << 4 | digit >> 2);
                left = digit & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(left << 6 | digit);
                left = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

/// `crc32(data, crc=0, /)`.
fn crc32<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    args.check_kwargs("crc32", &[])?;
    let (data, start) = match args.pos {
        [data] => (data, 0),
        [data, crc] => (data, int_arg(vm, crc)?),
        _ => {
            return Err(PyErr::type_error(format!("crc32 expected at most 2 arguments, got {}", args.pos.len())));
        }
    };
    let Some(data) = bytes_like(data)? else {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", data.type_name())));
    };
    let mut crc = !(start as u32);
    for &byte in &data {
        crc = CRC_TABLE[((crc ^ byte as u32) & 0xff) as usize] ^ (crc >> 8);
    }
    Ok(Value::Int(!crc as i64))
}

/// The reflected CRC-32 polynomial's byte table (zlib's).
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { (c >> 1) ^ 0xEDB8_8320 } else { c >> 1 };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};
