//! Methods of `int`, `float` and `bytes`.

use std::sync::Arc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, Zero};

use super::builtins_util::{R, add_methods, arg, descriptor_error, expect_takes, int_arg, no_args};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let int_methods: &[(&'static str, BuiltinFn<M>)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("to_bytes", int_to_bytes),
        ("as_integer_ratio", int_as_integer_ratio),
    ];
    add_methods(interp.types.get(BuiltinType::Int), int_methods);
    let float_methods: &[(&'static str, BuiltinFn<M>)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("conjugate", float_conjugate),
        ("hex", float_hex),
    ];
    add_methods(interp.types.get(BuiltinType::Float), float_methods);
    let bytes_methods: &[(&'static str, BuiltinFn<M>)] = &[("decode", bytes_decode), ("hex", bytes_hex)];
    add_methods(interp.types.get(BuiltinType::Bytes), bytes_methods);
    add_methods(interp.types.get(BuiltinType::ByteArray), bytes_methods);
    add_methods(interp.types.get(BuiltinType::MemoryView), &[("hex", bytes_hex as BuiltinFn<M>)]);
}

fn recv_int<M: Model>(args: &Args<'_, M>, name: &str) -> PyResult<BigInt, M> {
    let v =
        args.pos.first().ok_or_else(|| PyErr::type_error(format!("unbound method int.{name}() needs an argument")))?;
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        _ => match v.kind() {
            Some(ObjKind::BigInt(b)) => Ok(b.clone()),
            _ => Err(descriptor_error(name, "int", v)),
        },
    }
}

fn int_bit_length<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let b = recv_int(&args, "bit_length")?;
    no_args(&args, "int.bit_length")?;
    Ok(Value::Int(b.bits() as i64))
}

fn int_bit_count<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let b = recv_int(&args, "bit_count")?;
    no_args(&args, "int.bit_count")?;
    let ones: u64 = b.magnitude().to_u64_digits().iter().map(|d| d.count_ones() as u64).sum();
    Ok(Value::Int(ones as i64))
}

fn int_conjugate<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let b = recv_int(&args, "conjugate")?;
    no_args(&args, "int.conjugate")?;
    Ok(Value::from_bigint(b))
}

fn int_as_integer_ratio<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let b = recv_int(&args, "as_integer_ratio")?;
    no_args(&args, "int.as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(b), Value::Int(1)]))
}

fn int_to_bytes<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("to_bytes", &["length", "byteorder", "signed"])?;
    let b = recv_int(&args, "to_bytes")?;
    expect_takes(args.pos.len() - 1, "to_bytes", 0, 3)?;
    let length = match arg(&args, 1, "length") {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    let order = match arg(&args, 2, "byteorder") {
        Some(v) => v
            .as_str()
            .ok_or_else(|| {
                PyErr::type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", v.type_name()))
            })?
            .to_string(),
        None => "big".to_string(),
    };
    let little = match order.as_str() {
        "big" => false,
        "little" => true,
        _ => return Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
    };
    let signed = match args.kw("signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !signed && b.is_negative() {
        return Err(PyErr::overflow("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
    if b.is_zero() {
        bytes.clear();
    }
    let n = length as usize;
    if bytes.len() > n {
        return Err(PyErr::overflow("int too big to convert"));
    }
    // CPython refuses a length beyond PY_SSIZE_T_MAX - header before
    // allocating; below that, a length the machine cannot hold is a
    // MemoryError.
    if n > crate::capacity::MAX_BYTES_OBJECT_LEN {
        return Err(PyErr::overflow("byte string is too large"));
    }
    crate::capacity::check(n, 1)?;
    bytes.try_reserve_exact(n - bytes.len()).map_err(|_| crate::capacity::TooLarge)?;
    let fill = if signed && b.sign() == Sign::Minus { 0xff } else { 0 };
    bytes.resize(n, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::obj(ObjKind::Bytes(bytes.into_boxed_slice())))
}

fn recv_float<M: Model>(args: &Args<'_, M>, name: &str) -> PyResult<f64, M> {
    match args.pos.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(v) => Err(descriptor_error(name, "float", v)),
        None => Err(PyErr::type_error(format!("unbound method float.{name}() needs an argument"))),
    }
}

fn float_is_integer<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let f = recv_float(&args, "is_integer")?;
    no_args(&args, "float.is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let f = recv_float(&args, "conjugate")?;
    no_args(&args, "float.conjugate")?;
    Ok(Value::Float(f))
}

/// The exact value of a finite float as `mantissa * 2**exp`.
fn decompose(f: f64) -> (BigInt, i64) {
    let bits = f.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if raw_exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), raw_exp - 1075) };
    let m = BigInt::from(m);
    (if f < 0.0 { -m } else { m }, e)
}

fn float_as_integer_ratio<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let f = recv_float(&args, "as_integer_ratio")?;
    no_args(&args, "float.as_integer_ratio")?;
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = decompose(f);
    let (mut num, mut den) =
        if e >= 0 { (m << (e as usize), BigInt::from(1)) } else { (m, BigInt::from(1) << ((-e) as usize)) };
    let g = num.gcd(&den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

fn float_hex<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let f = recv_float(&args, "hex")?;
    no_args(&args, "float.hex")?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::str(format!("{sign}0x0.0p+0")));
    }
    let bits = f.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if raw_exp == 0 { (0, -1022) } else { (1, raw_exp - 1023) };
    Ok(Value::str(format!("{sign}0x{lead}.{frac:013x}p{exp:+}")))
}

/// The receiver of a method shared by bytes, bytearray (and memoryview).
fn bytes_recv<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<std::borrow::Cow<'a, [u8]>, M> {
    if let Some(Value::Obj(o)) = args.pos.first()
        && let ObjKind::MemoryView(m) = &o.kind
    {
        m.check()?;
    }
    match args.pos.first().and_then(crate::object::buffer::receiver_bytes) {
        Some(b) => Ok(b),
        _ => Err(match args.pos.first() {
            Some(v) => descriptor_error(name, "bytes", v),
            None => PyErr::type_error(format!("unbound method bytes.{name}() needs an argument")),
        }),
    }
}

fn bytes_decode<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("decode", &["encoding", "errors"])?;
    let b = bytes_recv(&args, "decode")?;
    expect_takes(args.pos.len() - 1, "decode", 0, 2)?;
    let enc = match arg(&args, 1, "encoding") {
        None => "utf-8".to_string(),
        Some(v) => v
            .as_str()
            .ok_or_else(|| {
                PyErr::type_error(format!("decode() argument 'encoding' must be str, not {}", v.type_name()))
            })?
            .to_lowercase()
            .replace('_', "-"),
    };
    let errors = match arg(&args, 2, "errors") {
        None => "strict".to_string(),
        Some(v) => v
            .as_str()
            .ok_or_else(|| PyErr::type_error(format!("decode() argument 'errors' must be str, not {}", v.type_name())))?
            .to_string(),
    };
    match super::codec_errors::codec_named(&enc) {
        Some("utf-8") => Ok(Value::str(super::codec_errors::decode_utf8(&b, &errors)?)),
        Some("ascii") => Ok(Value::str(super::codec_errors::decode_ascii(&b, &errors)?)),
        Some(_) => Ok(Value::str(b.iter().map(|x| *x as char).collect::<String>())),
        None => Err(PyErr::new(ExcType::LookupError, format!("unknown encoding: {enc}"))),
    }
}

fn bytes_hex<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let b = bytes_recv(&args, "hex")?;
    no_args(&args, format_args!("{}.hex", args.pos[0].type_name()))?;
    Ok(Value::str(b.iter().map(|x| format!("{x:02x}")).collect::<String>()))
}

/// `float(x)`.
pub fn to_float<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<f64, M> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => match v.kind() {
            Some(ObjKind::BigInt(b)) => Ok(crate::text::format_spec::int_to_f64(b)?),
            Some(ObjKind::Str(s)) => crate::text::parse_number::parse_float(s.as_str()).map_err(PyErr::value_error),
            // Bytes-like text is parsed as ASCII; the error shows the object.
            Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_) | ObjKind::MemoryView(_)) => {
                let raw = crate::object::buffer::bytes_like(v)?.unwrap_or_default();
                let parsed = std::str::from_utf8(&raw)
                    .ok()
                    .filter(|t| t.is_ascii())
                    .and_then(|t| crate::text::parse_number::parse_float(t).ok());
                match parsed {
                    Some(f) => Ok(f),
                    None => Err(PyErr::value_error(format!("could not convert string to float: {}", vm.repr(v)?))),
                }
            }
            Some(ObjKind::Instance(inst)) if let Some(p) = inst.builtin_view("__float__") => to_float(vm, &p),
            Some(ObjKind::Instance(inst)) if inst.class().lookup("__float__").is_some() => {
                let r = vm.call_method(v, "__float__", &[])?;
                match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        v.type_name(),
                        r.type_name()
                    ))),
                }
            }
            Some(ObjKind::Instance(inst)) if inst.class().lookup("__index__").is_some() => {
                match super::builtins_util::index_value(vm, v)? {
                    Some(b) => Ok(crate::text::format_spec::int_to_f64(&b)?),
                    None => Ok(0.0),
                }
            }
            _ => Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                v.type_name()
            ))),
        },
    }
}
