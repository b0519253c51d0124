//! Arithmetic with a complex operand. As in CPython 3.11, an int, bool or
//! float operand is first converted to a complex with a +0.0 imaginary
//! part, then the complex operation runs (so `-0.0 + 0j` is `0j`).

use super::numbers::N;
use crate::ast::BinOp;
use crate::model::Model;
use crate::object::complex::{Complex, PowError};
use crate::object::{PyErr, PyResult, Value};

/// An operand as a complex, or CPython's OverflowError for an int too
/// large for a float.
pub fn num_to_complex<M: Model>(n: &N) -> PyResult<Complex, M> {
    Ok(match n {
        N::I(i) => Complex::real(*i as f64),
        N::B(b) => Complex::real(crate::text::format_spec::int_to_f64(b)?),
        N::F(f) => Complex::real(*f),
        N::C(c) => *c,
    })
}

/// `a op b` when either is complex; None for the operators complex does
/// not have (`//`, `%`, shifts, bitwise), so the caller raises the
/// "unsupported operand type(s)" TypeError.
pub fn complex_op<M: Model>(op: BinOp, a: &N, b: &N) -> Option<PyResult<Value<M>, M>> {
    if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow) {
        return None;
    }
    Some(complex_arith(op, a, b))
}

fn complex_arith<M: Model>(op: BinOp, a: &N, b: &N) -> PyResult<Value<M>, M> {
    let (x, y) = (num_to_complex(a)?, num_to_complex(b)?);
    let r = match op {
        BinOp::Add => x.plus(y),
        BinOp::Sub => x.minus(y),
        BinOp::Mul => x.times(y),
        BinOp::Div => x.quot(y).ok_or_else(|| PyErr::zero_division("complex division by zero"))?,
        _ => complex_pow(x, y)?,
    };
    Ok(Value::complex(r.re, r.im))
}

/// `x ** y` with CPython's errors.
pub fn complex_pow<M: Model>(x: Complex, y: Complex) -> PyResult<Complex, M> {
    x.pow(y).map_err(|e| match e {
        PowError::ZeroToNegative => PyErr::zero_division("0.0 to a negative or complex power"),
        PowError::Overflow => PyErr::overflow("complex exponentiation"),
    })
}
