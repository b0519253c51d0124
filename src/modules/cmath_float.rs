//! The complex functions of `cmath`, with the formulas of CPython 3.11's
//! `Modules/cmathmodule.c` (scaling against overflow and subnormals,
//! `log1p` near the unit circle) and its C99 Annex G special-value tables
//! for `sqrt`, `exp` and `log`. Each returns the value or the error CPython
//! signals through `errno`.

use super::math_float::MathErr;
use crate::object::complex::Complex;

pub type CResult = Result<Complex, MathErr>;

const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
/// `log(LARGE_DOUBLE)`.
const LOG_LARGE_DOUBLE: f64 = 708.3964185322641;
/// 2**SCALE_UP turns a subnormal into a normal number.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;
const MANT_DIG: i32 = 53;

fn c(re: f64, im: f64) -> Complex {
    Complex::new(re, im)
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

/// The row/column of a value in the special-value tables: -inf,
/// negative, -0, +0, positive, +inf, nan.
fn special_type(d: f64) -> usize {
    if d.is_nan() {
        6
    } else if d.is_infinite() {
        if d > 0.0 { 5 } else { 0 }
    } else if d == 0.0 {
        if d.is_sign_negative() { 2 } else { 3 }
    } else if d > 0.0 {
        4
    } else {
        1
    }
}

type Table = [[(f64, f64); 7]; 7];

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P: f64 = std::f64::consts::PI;
const P12: f64 = P / 2.0;
const P14: f64 = P / 4.0;
const P34: f64 = 0.75 * P;
/// The cells for finite non-zero parts, which the formulas handle.
const U: (f64, f64) = (N, N);

#[rustfmt::skip]
const SQRT_SPECIAL: Table = [
    [(INF,-INF), (0.,-INF), (0.,-INF), (0.,INF), (0.,INF), (INF,INF), (N,INF)],
    [(INF,-INF), U, U, U, U, (INF,INF), (N,N)],
    [(INF,-INF), U, (0.,-0.), (0.,0.), U, (INF,INF), (N,N)],
    [(INF,-INF), U, (0.,-0.), (0.,0.), U, (INF,INF), (N,N)],
    [(INF,-INF), U, U, U, U, (INF,INF), (N,N)],
    [(INF,-INF), (INF,-0.), (INF,-0.), (INF,0.), (INF,0.), (INF,INF), (INF,N)],
    [(INF,-INF), (N,N), (N,N), (N,N), (N,N), (INF,INF), (N,N)],
];

#[rustfmt::skip]
const EXP_SPECIAL: Table = [
    [(0.,0.), U, (0.,-0.), (0.,0.), U, (0.,0.), (0.,0.)],
    [(N,N), U, U, U, U, (N,N), (N,N)],
    [(N,N), U, (1.,-0.), (1.,0.), U, (N,N), (N,N)],
    [(N,N), U, (1.,-0.), (1.,0.), U, (N,N), (N,N)],
    [(N,N), U, U, U, U, (N,N), (N,N)],
    [(INF,N), U, (INF,-0.), (INF,0.), U, (INF,N), (INF,N)],
    [(N,N), (N,N), (N,-0.), (N,0.), (N,N), (N,N), (N,N)],
];

#[rustfmt::skip]
const LOG_SPECIAL: Table = [
    [(INF,-P34), (INF,-P), (INF,-P), (INF,P), (INF,P), (INF,P34), (INF,N)],
    [(INF,-P12), U, U, U, U, (INF,P12), (N,N)],
    [(INF,-P12), U, (-INF,-P), (-INF,P), U, (INF,P12), (N,N)],
    [(INF,-P12), U, (-INF,-0.), (-INF,0.), U, (INF,P12), (N,N)],
    [(INF,-P12), U, U, U, U, (INF,P12), (N,N)],
    [(INF,-P14), (INF,-0.), (INF,-0.), (INF,0.), (INF,0.), (INF,P14), (INF,N)],
    [(INF,N), (N,N), (N,N), (N,N), (N,N), (INF,N), (N,N)],
];

fn special(table: &Table, z: Complex) -> Complex {
    let (re, im) = table[special_type(z.re)][special_type(z.im)];
    c(re, im)
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

pub fn sqrt(z: Complex) -> Complex {
    if !finite(z) {
        return special(&SQRT_SPECIAL, z);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    let (mut ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 { c(s, d.copysign(z.im)) } else { c(d, s.copysign(z.im)) }
}

pub fn exp(z: Complex) -> CResult {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(INF.copysign(z.im.cos()), INF.copysign(z.im.sin()))
            } else {
                c(0f64.copysign(z.im.cos()), 0f64.copysign(z.im.sin()))
            }
        } else {
            special(&EXP_SPECIAL, z)
        };
        if z.im.is_infinite() && (z.re.is_finite() || (z.re.is_infinite() && z.re > 0.0)) {
            return Err(MathErr::Domain);
        }
        return Ok(r);
    }
    let r = if z.re > LOG_LARGE_DOUBLE {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * std::f64::consts::E, l * z.im.sin() * std::f64::consts::E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    overflow_check(r)
}

fn overflow_check(r: Complex) -> CResult {
    if r.re.is_infinite() || r.im.is_infinite() { Err(MathErr::Range) } else { Ok(r) }
}

/// The natural logarithm (`c_log`).
pub fn log(z: Complex) -> CResult {
    if !finite(z) {
        return Ok(special(&LOG_SPECIAL, z));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + std::f64::consts::LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - MANT_DIG as f64 * std::f64::consts::LN_2
        } else {
            return Err(MathErr::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(c(re, z.im.atan2(z.re)))
}

/// `log(0)` is a domain error, but `log(z, base)` keeps the value: CPython
/// computes both logarithms and only then looks at `errno`, which the
/// base's logarithm has reset. This is the value without the error.
pub fn log_value(z: Complex) -> Complex {
    log(z).unwrap_or_else(|_| c(-INF, z.im.atan2(z.re)))
}

/// `cosh`, for finite `z` (the caller refuses the others).
pub fn cosh(z: Complex) -> CResult {
    let r = if z.re.abs() > LOG_LARGE_DOUBLE {
        let x = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * x.cosh() * std::f64::consts::E, z.im.sin() * x.sinh() * std::f64::consts::E)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflow_check(r)
}

/// `sinh`, for finite `z`.
pub fn sinh(z: Complex) -> CResult {
    let r = if z.re.abs() > LOG_LARGE_DOUBLE {
        let x = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * x.sinh() * std::f64::consts::E, z.im.sin() * x.cosh() * std::f64::consts::E)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflow_check(r)
}

/// `tanh`, for finite `z`.
pub fn tanh(z: Complex) -> Complex {
    if z.re.abs() > LOG_LARGE_DOUBLE {
        return c(1f64.copysign(z.re), 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp());
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

/// `rect(r, phi)` for finite arguments.
pub fn rect(r: f64, phi: f64) -> Complex {
    if phi == 0.0 { c(r, r * phi) } else { c(r * phi.cos(), r * phi.sin()) }
}

pub fn isclose(a: Complex, b: Complex, rel_tol: f64, abs_tol: f64) -> bool {
    if a.re == b.re && a.im == b.im {
        return true;
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return false;
    }
    let abs = |z: Complex| z.abs().unwrap_or(INF);
    let diff = abs(a.minus(b));
    diff <= rel_tol * abs(b) || diff <= rel_tol * abs(a) || diff <= abs_tol
}
