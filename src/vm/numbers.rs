//! Arithmetic on int (unboxed i64, promoted to BigInt on overflow), float
//! and bool, with Python's semantics: floor division and modulo round toward
//! negative infinity, `/` is true division, `**` with a negative exponent
//! gives a float, a negative base to a fractional power a complex (complex
//! operands go to `complex_ops`).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::ast::BinOp;
use crate::bytecode::opcodes::binop_from_arg;
use crate::model::Model;
use crate::object::{ObjKind, PyErr, PyResult, Value};
use crate::text::format_spec::int_to_f64;

/// The common int-int cases, without leaving the eval loop. None means
/// "take the general path" (overflow, division by zero, shifts...).
#[inline(always)]
pub fn int_fast<M: Model>(arg: u32, x: i64, y: i64) -> Option<Value<M>> {
    match arg & 0xff {
        0 => x.checked_add(y).map(Value::Int),
        1 => x.checked_sub(y).map(Value::Int),
        2 => x.checked_mul(y).map(Value::Int),
        5 if y > 0 => Some(Value::Int(x.div_euclid(y))),
        6 if y > 0 => Some(Value::Int(x.rem_euclid(y))),
        10 => Some(Value::Int(x | y)),
        11 => Some(Value::Int(x ^ y)),
        12 => Some(Value::Int(x & y)),
        _ => None,
    }
}

/// The common float-float cases (int operands already converted), without
/// leaving the eval loop: IEEE results equal Python's for + - * and for /
/// by a non-zero divisor. None means "take the general path".
#[inline(always)]
pub fn float_fast<M: Model>(arg: u32, x: f64, y: f64) -> Option<Value<M>> {
    match arg & 0xff {
        0 => Some(Value::Float(x + y)),
        1 => Some(Value::Float(x - y)),
        2 => Some(Value::Float(x * y)),
        4 if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// An operand seen as a number.
pub enum N {
    I(i64),
    B(BigInt),
    F(f64),
    C(crate::object::complex::Complex),
}

pub fn to_num<M: Model>(v: &Value<M>) -> Option<N> {
    match v {
        Value::Int(i) => Some(N::I(*i)),
        Value::Bool(b) => Some(N::I(*b as i64)),
        Value::Float(f) => Some(N::F(*f)),
        Value::Obj(o) => match &o.kind {
            ObjKind::BigInt(b) => Some(N::B(b.clone())),
            ObjKind::Complex(c) => Some(N::C(*c)),
            _ => None,
        },
        _ => None,
    }
}

fn big(n: &N) -> BigInt {
    match n {
        N::I(i) => BigInt::from(*i),
        N::B(b) => b.clone(),
        N::F(_) | N::C(_) => BigInt::zero(),
    }
}

/// An operand of mixed float arithmetic as a float: an int too large for a
/// float is CPython's OverflowError, never a silent `inf`.
pub fn num_to_f64<M: Model>(n: &N) -> Result<f64, PyErr<M>> {
    Ok(match n {
        N::I(i) => *i as f64,
        N::B(b) => int_to_f64(b)?,
        N::F(f) => *f,
        N::C(c) => c.re,
    })
}

impl<M: Model> super::Vm<M> {
    /// BINARY_OP from its operand: numbers here, everything else in `ops`.
    pub fn binary_op_arg(&mut self, arg: u32, a: Value<M>, b: Value<M>) -> PyResult<Value<M>, M> {
        let (op, inplace) = binop_from_arg(arg).expect("bad binary operand");
        self.binary_op(op, inplace, a, b)
    }
}

/// Arithmetic when both operands are numbers; None if the operator does not
/// apply (e.g. `1.5 & 2`), so the caller reports the TypeError.
pub fn numeric_op<M: Model>(op: BinOp, a: &N, b: &N) -> Option<PyResult<Value<M>, M>> {
    if matches!(a, N::C(_)) || matches!(b, N::C(_)) {
        return super::complex_ops::complex_op(op, a, b);
    }
    if matches!(a, N::F(_)) || matches!(b, N::F(_)) {
        let (x, y) = match (num_to_f64(a), num_to_f64(b)) {
            (Ok(x), Ok(y)) => (x, y),
            (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
        };
        return float_op(op, x, y);
    }
    if let (N::I(x), N::I(y)) = (a, b)
        && let Some(r) = small_int_op(op, *x, *y)
    {
        return Some(r);
    }
    Some(big_int_op(op, big(a), big(b)))
}

fn small_int_op<M: Model>(op: BinOp, x: i64, y: i64) -> Option<PyResult<Value<M>, M>> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 {
                return Some(Err(PyErr::zero_division("integer division or modulo by zero")));
            }
            if x == i64::MIN && y == -1 {
                return None;
            }
            Integer::div_floor(&x, &y)
        }
        BinOp::Mod => {
            if y == 0 {
                return Some(Err(PyErr::zero_division("integer modulo by zero")));
            }
            if y == -1 { 0 } else { x.mod_floor(&y) }
        }
        BinOp::Div => return Some(int_true_div(&BigInt::from(x), &BigInt::from(y))),
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift => {
            if y < 0 {
                return Some(Err(PyErr::value_error("negative shift count")));
            }
            if y >= 63 || (x != 0 && (x.abs().leading_zeros() as i64) <= y + 1) {
                return None;
            }
            x << y
        }
        BinOp::RShift => {
            if y < 0 {
                return Some(Err(PyErr::value_error("negative shift count")));
            }
            x >> y.min(63)
        }
        BinOp::Pow => {
            if y < 0 {
                return Some(float_pow(x as f64, y as f64));
            }
            let e = u32::try_from(y).ok()?;
            x.checked_pow(e)?
        }
        BinOp::MatMul => return Some(Err(unsupported("@", "int", "int"))),
    };
    Some(Ok(Value::Int(r)))
}

fn big_int_op<M: Model>(op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value<M>, M> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            Integer::div_floor(&x, &y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::Div => return int_true_div(&x, &y),
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let s = y.to_usize().ok_or_else(|| PyErr::overflow("too many digits in integer"))?;
            if s > 1 << 26 {
                return Err(PyErr::new(crate::object::ExcType::MemoryError, ""));
            }
            x << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                return float_pow(int_to_f64(&x)?, int_to_f64(&y)?);
            }
            // 0, 1 and -1 stay small under any exponent.
            if x.is_zero() || x.is_one() {
                return Ok(Value::from_bigint(x));
            }
            if x == BigInt::from(-1) {
                let odd = y.bit(0);
                return Ok(Value::Int(if odd { -1 } else { 1 }));
            }
            let Some(e) = y.to_u32() else {
                return Err(PyErr::new(crate::object::ExcType::MemoryError, ""));
            };
            let bits = x.bits() as f64 * e as f64;
            if bits > 64_000_000.0 {
                return Err(PyErr::new(crate::object::ExcType::MemoryError, ""));
            }
            num_traits::Pow::pow(x, e)
        }
        BinOp::MatMul => return Err(unsupported("@", "int", "int")),
    };
    Ok(Value::from_bigint(r))
}

/// int / int, correctly rounded as CPython's `long_true_divide`: the
/// quotient is computed with two extra bits plus a sticky bit, rounded half
/// to even by hand, then scaled (subnormal results keep only the bits a
/// subnormal has, so they are rounded once, not twice).
fn int_true_div<M: Model>(x: &BigInt, y: &BigInt) -> PyResult<Value<M>, M> {
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    if y.is_zero() {
        return Err(PyErr::zero_division("division by zero"));
    }
    let too_large = || PyErr::overflow("integer division result too large for a float");
    // Both exactly representable: one IEEE division is correctly rounded.
    if x.bits() <= MANT_DIG as u64 && y.bits() <= MANT_DIG as u64 {
        let (a, b) = (x.to_f64().unwrap_or(0.0), y.to_f64().unwrap_or(1.0));
        return Ok(Value::Float(a / b));
    }
    let negate = x.is_negative() != y.is_negative();
    let signed = |r: f64| Value::Float(if negate { -r } else { r });
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    // 2**(diff-1) <= a/b < 2**(diff+1)
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return Err(too_large());
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let mut inexact = false;
    let scaled = if shift <= 0 {
        a << ((-shift) as usize)
    } else {
        let s = shift as usize;
        inexact = a.trailing_zeros().is_some_and(|tz| (tz as usize) < s);
        a >> s
    };
    let (mut q, rem) = scaled.div_rem(b);
    inexact |= !rem.is_zero();
    let q_bits = q.bits() as i64;
    let extra_bits = q_bits.max(MIN_EXP - shift) - MANT_DIG;
    // Round half to even on the low `extra_bits` bits, the sticky bit
    // standing for everything below them.
    let mask: u64 = 1 << (extra_bits - 1);
    let low = q.iter_u64_digits().next().unwrap_or(0) | inexact as u64;
    let mut rounded = low;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        rounded += mask;
    }
    rounded &= !(2 * mask - 1);
    let low_digit = num_bigint::BigUint::from(q.iter_u64_digits().next().unwrap_or(0));
    q = q - low_digit + num_bigint::BigUint::from(rounded);
    let dq = q.to_f64().unwrap_or(f64::INFINITY);
    if shift + q_bits >= MAX_EXP && (shift + q_bits > MAX_EXP || dq == 2f64.powi(q_bits as i32)) {
        return Err(too_large());
    }
    Ok(signed(ldexp_exact(dq, shift)))
}

/// `x * 2**e` for an exactly representable result, in steps that keep the
/// intermediate values normal (`2f64.powi` alone under- or overflows).
fn ldexp_exact(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e as i32)
}

fn float_op<M: Model>(op: BinOp, x: f64, y: f64) -> Option<PyResult<Value<M>, M>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Some(Err(PyErr::zero_division("float division by zero")));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Some(Err(PyErr::zero_division("float floor division by zero")));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Some(Err(PyErr::zero_division("float modulo")));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return Some(float_pow(x, y)),
        _ => return None,
    };
    Some(Ok(Value::Float(r)))
}

/// Python's float divmod: the remainder has the sign of the divisor.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_pow<M: Model>(x: f64, y: f64) -> PyResult<Value<M>, M> {
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // A negative base to a fractional power is complex, as in CPython.
        use crate::object::complex::Complex;
        let r = super::complex_ops::complex_pow(Complex::real(x), Complex::real(y))?;
        return Ok(Value::complex(r.re, r.im));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

pub fn unsupported<M: Model>(sym: &str, a: &str, b: &str) -> PyErr<M> {
    PyErr::type_error(format!("unsupported operand type(s) for {sym}: '{a}' and '{b}'"))
}
