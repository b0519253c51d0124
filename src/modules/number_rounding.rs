//! The rounding protocol of `int` and `float` (`__round__`, `__floor__`,
//! `__ceil__`, `__trunc__`) and `float.fromhex`: the methods that
//! `round()` and `math.floor/ceil/trunc` find on these types in CPython,
//! so code that calls them directly (or looks them up on the class) works.

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use super::builtins_util::{R, add_methods, descriptor_error, no_args};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{Builtin, BuiltinFn, ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let int_methods: &[(&'static str, BuiltinFn<M>)] =
        &[("__round__", int_round), ("__floor__", int_floor), ("__ceil__", int_ceil), ("__trunc__", int_trunc)];
    add_methods(interp.types.get(BuiltinType::Int), int_methods);
    let float_cls = interp.types.get(BuiltinType::Float);
    let float_methods: &[(&'static str, BuiltinFn<M>)] =
        &[("__round__", float_round), ("__floor__", float_floor), ("__ceil__", float_ceil), ("__trunc__", float_trunc)];
    add_methods(float_cls, float_methods);
    if let ObjKind::Class(c) = &float_cls.kind {
        c.set_attr("fromhex", Value::obj(ObjKind::ClassMethod(Builtin::function("fromhex", float_fromhex))));
    }
}

/// The receiver of an `int` method as a plain int (a bool is its int).
fn int_recv<M: Model>(args: &Args<'_, M>, name: &str) -> PyResult<Value<M>, M> {
    match args.pos.first() {
        Some(Value::Int(i)) => Ok(Value::Int(*i)),
        Some(Value::Bool(b)) => Ok(Value::Int(*b as i64)),
        Some(v @ Value::Obj(o)) if matches!(o.kind, ObjKind::BigInt(_)) => Ok(v.clone()),
        Some(v) => Err(descriptor_error(name, "int", v)),
        None => Err(PyErr::type_error(format!("unbound method int.{name}() needs an argument"))),
    }
}

fn float_recv<M: Model>(args: &Args<'_, M>, name: &str) -> PyResult<f64, M> {
    match args.pos.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(v) => Err(descriptor_error(name, "float", v)),
        None => Err(PyErr::type_error(format!("unbound method float.{name}() needs an argument"))),
    }
}

/// `__round__([ndigits])`: one optional positional argument, which may be
/// `None` for a float but not for an int (as in CPython).
fn round_args<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, none_ok: bool) -> PyResult<Option<i64>, M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("__round__() takes no keyword arguments"));
    }
    match args.pos.len() {
        0 | 1 => Ok(None),
        2 if none_ok && matches!(args.pos[1], Value::None) => Ok(None),
        2 => Ok(Some(super::builtins_util::int_arg(vm, &args.pos[1])?)),
        n => Err(PyErr::type_error(format!("__round__ expected at most 1 argument, got {}", n - 1))),
    }
}

fn int_round<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let x = int_recv(&args, "__round__")?;
    let nd = round_args(vm, &args, false)?;
    let call: Vec<Value<M>> = std::iter::once(x).chain(nd.map(Value::Int)).collect();
    super::builtins_fns::builtin_round(vm, Args::positional(&call))
}

fn int_floor<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let x = int_recv(&args, "__floor__")?;
    no_args(&args, "int.__floor__")?;
    Ok(x)
}

fn int_ceil<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let x = int_recv(&args, "__ceil__")?;
    no_args(&args, "int.__ceil__")?;
    Ok(x)
}

fn int_trunc<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let x = int_recv(&args, "__trunc__")?;
    no_args(&args, "int.__trunc__")?;
    Ok(x)
}

fn float_round<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let x = float_recv(&args, "__round__")?;
    let nd = round_args(vm, &args, true)?;
    let call: Vec<Value<M>> = std::iter::once(Value::Float(x)).chain(nd.map(Value::Int)).collect();
    super::builtins_fns::builtin_round(vm, Args::positional(&call))
}

fn float_integral<M: Model>(args: &Args<'_, M>, name: &str, f: fn(f64) -> f64) -> R<M> {
    let x = float_recv(args, name)?;
    no_args(args, format_args!("float.{name}"))?;
    Ok(Value::from_bigint(crate::text::float_repr::float_to_int(f(x))?))
}

fn float_floor<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    float_integral(&args, "__floor__", f64::floor)
}

fn float_ceil<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    float_integral(&args, "__ceil__", f64::ceil)
}

fn float_trunc<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    float_integral(&args, "__trunc__", f64::trunc)
}

/// `float.fromhex(s)` (a classmethod: `pos[0]` is the class; a subclass
/// gets an instance of itself, as CPython builds it with `cls(value)`).
fn float_fromhex<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let n = args.pos.len().saturating_sub(1);
    if n != 1 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            n + args.kwnames.len()
        )));
    }
    let text =
        args.pos[1].as_str().ok_or_else(|| PyErr::type_error("bad argument type for built-in operation"))?.to_string();
    let f = parse_hex_float(&text)?;
    match args.pos.first() {
        Some(Value::Obj(c)) if !ObjRef::ptr_eq(c, vm.builtin_type(BuiltinType::Float)) => {
            vm.call(&args.pos[0], &[Value::Float(f)], &[])
        }
        _ => Ok(Value::Float(f)),
    }
}

fn invalid<M: Model>() -> PyErr<M> {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

/// Parses CPython's hexadecimal float syntax: `[sign] ['0x'] digits
/// ['.' digits] ['p' [sign] decimal]`, or inf/infinity/nan, surrounded by
/// whitespace; the value is rounded to nearest, ties to even.
fn parse_hex_float<M: Model>(text: &str) -> PyResult<f64, M> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if neg { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if lower == "nan" {
        return Ok(if neg { -f64::NAN } else { f64::NAN });
    }
    let b = lower.as_bytes();
    let mut i = if b.starts_with(b"0x") { 2 } else { 0 };
    let mut mant = BigInt::zero();
    let mut digits = 0usize;
    let mut frac_digits: i64 = 0;
    let mut seen_dot = false;
    while i < b.len() {
        let c = b[i];
        if c == b'.' && !seen_dot {
            seen_dot = true;
        } else if let Some(d) = (c as char).to_digit(16) {
            mant = (mant << 4u32) + BigInt::from(d);
            digits += 1;
            if seen_dot {
                frac_digits += 1;
            }
        } else {
            break;
        }
        i += 1;
    }
    if digits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < b.len() && b[i] == b'p' {
        i += 1;
        let start = i;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        let ds = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == ds {
            return Err(invalid());
        }
        // An exponent too large for i64 is clamped: it overflows or
        // underflows all the same.
        exp = lower[start..i].parse::<i64>().unwrap_or(if b[start] == b'-' { -1 << 40 } else { 1 << 40 });
        exp = exp.clamp(-(1 << 40), 1 << 40);
    }
    if i != b.len() {
        return Err(invalid());
    }
    let v = scale(mant, exp - 4 * frac_digits)?;
    Ok(if neg { -v } else { v })
}

/// `m * 2**e` rounded to the nearest double, ties to even.
fn scale<M: Model>(mut m: BigInt, mut e: i64) -> PyResult<f64, M> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let bits = m.bits() as i64;
    let top = e + bits - 1;
    if top > 1024 {
        return Err(too_large());
    }
    // Bits the result keeps: 53 for normal numbers, fewer for subnormals.
    let keep = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if keep <= 0 {
        // Below half the smallest subnormal rounds to zero; exactly half
        // rounds to even (zero); above half rounds up to it.
        let half_min = -1075i64;
        if top < half_min {
            return Ok(0.0);
        }
        let is_pow2 = (&m & (&m - BigInt::one())).is_zero();
        return Ok(if top == half_min && is_pow2 { 0.0 } else { f64::from_bits(1) });
    }
    let shift = bits - keep;
    if shift > 0 {
        let sh = shift as usize;
        let rem = &m & ((BigInt::one() << sh) - BigInt::one());
        m >>= sh;
        e += shift;
        let half = BigInt::one() << (sh - 1);
        if rem > half || (rem == half && m.bit(0)) {
            m += 1;
        }
    }
    if m.bits() as i64 + e - 1 > 1023 {
        return Err(too_large());
    }
    let mut f = m.abs().to_string().parse::<f64>().unwrap_or(0.0);
    // The result is exact, so scaling in steps that stay normal is exact.
    while e > 0 {
        let k = e.min(1000);
        f *= 2f64.powi(k as i32);
        e -= k;
    }
    while e < 0 {
        let k = (-e).min(1000);
        f *= 2f64.powi(-(k as i32));
        e += k;
    }
    Ok(f)
}

fn too_large<M: Model>() -> PyErr<M> {
    PyErr::new(ExcType::OverflowError, "hexadecimal value too large to represent as a float")
}
