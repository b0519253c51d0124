//! The `cmath` module: converts arguments as CPython's `D` format does
//! (`complex`, `__complex__`, then anything `float()` takes) and reports
//! `errno`-style errors; the functions are in `cmath_float`.

use super::builtins_util::{R, expect_count};
use super::cmath_float::{self as cf, CResult};
use super::math::math_error;
use crate::model::Model;
use crate::object::complex::Complex;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    use std::f64::consts;
    vm.setattr(module, "pi", Value::Float(consts::PI))?;
    vm.setattr(module, "e", Value::Float(consts::E))?;
    vm.setattr(module, "tau", Value::Float(consts::TAU))?;
    vm.setattr(module, "inf", Value::Float(f64::INFINITY))?;
    vm.setattr(module, "infj", Value::complex(0.0, f64::INFINITY))?;
    vm.setattr(module, "nan", Value::Float(f64::NAN))?;
    vm.setattr(module, "nanj", Value::complex(0.0, f64::NAN))?;
    let functions: [(&'static str, BuiltinFn<M>); 17] = [
        ("sqrt", cmath_sqrt),
        ("exp", cmath_exp),
        ("log", cmath_log),
        ("log10", cmath_log10),
        ("sin", cmath_sin),
        ("cos", cmath_cos),
        ("tan", cmath_tan),
        ("sinh", cmath_sinh),
        ("cosh", cmath_cosh),
        ("tanh", cmath_tanh),
        ("phase", cmath_phase),
        ("polar", cmath_polar),
        ("rect", cmath_rect),
        ("isclose", cmath_isclose),
        ("isnan", cmath_isnan),
        ("isinf", cmath_isinf),
        ("isfinite", cmath_isfinite),
    ];
    crate::modules::registry::add_functions(vm, module, &functions)
}

fn arg<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<Complex, M> {
    super::complex_methods::to_complex(vm, v)?
        .ok_or_else(|| PyErr::type_error(format!("must be real number, not {}", v.type_name())))
}

fn one<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, name: &str) -> PyResult<Complex, M> {
    args.expect(&format!("cmath.{name}"), 1, 1)?;
    arg(vm, &args.pos[0])
}

fn result<M: Model>(r: CResult) -> R<M> {
    r.map(|z| Value::complex(z.re, z.im)).map_err(math_error)
}

/// The trigonometric functions at infinities and NaNs follow C99 tables
/// minipy does not carry: refuse them rather than guess.
fn finite_only<M: Model>(z: Complex, name: &str) -> PyResult<(), M> {
    if z.re.is_finite() && z.im.is_finite() {
        return Ok(());
    }
    Err(PyErr::new(
        ExcType::NotImplementedError,
        format!("cmath.{name}() of an infinite or nan argument is not supported by minipy"),
    ))
}

fn cmath_sqrt<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let z = one(vm, &args, "sqrt")?;
    result(Ok(cf::sqrt(z)))
}

fn cmath_exp<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let z = one(vm, &args, "exp")?;
    result(cf::exp(z))
}

fn cmath_log<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("log() takes no keyword arguments"));
    }
    expect_count(args.pos.len(), "log", 1, 2)?;
    let z = arg(vm, &args.pos[0])?;
    let Some(base) = args.pos.get(1) else { return result(cf::log(z)) };
    let base = arg(vm, base)?;
    // As CPython: only the base's logarithm and the division decide errors.
    let (x, y) = (cf::log_value(z), cf::log(base).map_err(math_error)?);
    match x.quot(y) {
        Some(q) => Ok(Value::complex(q.re, q.im)),
        None => Err(PyErr::value_error("math domain error")),
    }
}

fn cmath_log10<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let z = one(vm, &args, "log10")?;
    let r = cf::log(z).map_err(math_error)?;
    let ln10 = std::f64::consts::LN_10;
    Ok(Value::complex(r.re / ln10, r.im / ln10))
}

/// `f(i*z)` rotated back: sin, cos and tan from sinh, cosh and tanh.
fn rotated<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, name: &str) -> PyResult<Complex, M> {
    let z = one(vm, args, name)?;
    finite_only(z, name)?;
    Ok(Complex::new(-z.im, z.re))
}

fn cmath_sin<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = cf::sinh(rotated(vm, &args, "sin")?).map_err(math_error)?;
    Ok(Value::complex(s.im, -s.re))
}

fn cmath_cos<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    result(cf::cosh(rotated(vm, &args, "cos")?))
}

fn cmath_tan<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = cf::tanh(rotated(vm, &args, "tan")?);
    Ok(Value::complex(s.im, -s.re))
}

fn hyperbolic<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, name: &str) -> PyResult<Complex, M> {
    let z = one(vm, args, name)?;
    finite_only(z, name)?;
    Ok(z)
}

fn cmath_sinh<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    result(cf::sinh(hyperbolic(vm, &args, "sinh")?))
}

fn cmath_cosh<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    result(cf::cosh(hyperbolic(vm, &args, "cosh")?))
}

fn cmath_tanh<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    result(Ok(cf::tanh(hyperbolic(vm, &args, "tanh")?)))
}

fn cmath_phase<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let z = one(vm, &args, "phase")?;
    Ok(Value::Float(z.im.atan2(z.re)))
}

fn cmath_polar<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let z = one(vm, &args, "polar")?;
    let r = z.abs().ok_or_else(|| PyErr::overflow("math range error"))?;
    Ok(Value::tuple(vec![Value::Float(r), Value::Float(z.im.atan2(z.re))]))
}

fn cmath_rect<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("rect() takes no keyword arguments"));
    }
    expect_count(args.pos.len(), "rect", 2, 2)?;
    let r = super::math::to_f64(vm, &args.pos[0])?;
    let phi = super::math::to_f64(vm, &args.pos[1])?;
    if !r.is_finite() || !phi.is_finite() {
        return Err(PyErr::new(
            ExcType::NotImplementedError,
            "cmath.rect() of an infinite or nan argument is not supported by minipy",
        ));
    }
    let z = cf::rect(r, phi);
    Ok(Value::complex(z.re, z.im))
}

fn cmath_isclose<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    for k in args.kwnames {
        let k = k.as_str().unwrap_or("");
        if !matches!(k, "a" | "b" | "rel_tol" | "abs_tol") {
            return Err(PyErr::type_error(format!("isclose() got an unexpected keyword argument '{k}'")));
        }
    }
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let get = |i: usize, name: &str| args.pos.get(i).or_else(|| args.kw(name)).cloned();
    let (Some(a), Some(b)) = (get(0, "a"), get(1, "b")) else {
        let missing = if get(0, "a").is_none() { "a" } else { "b" };
        let pos = if missing == "a" { 1 } else { 2 };
        return Err(PyErr::type_error(format!("isclose() missing required argument '{missing}' (pos {pos})")));
    };
    let (a, b) = (arg(vm, &a)?, arg(vm, &b)?);
    let tol = |vm: &mut Vm<M>, name: &str, default: f64| -> PyResult<f64, M> {
        match args.kw(name) {
            Some(v) => super::math::to_f64(vm, v),
            None => Ok(default),
        }
    };
    let rel_tol = tol(vm, "rel_tol", 1e-9)?;
    let abs_tol = tol(vm, "abs_tol", 0.0)?;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    Ok(Value::Bool(cf::isclose(a, b, rel_tol, abs_tol)))
}

fn cmath_isnan<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let z = one(vm, &args, "isnan")?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

fn cmath_isinf<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let z = one(vm, &args, "isinf")?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn cmath_isfinite<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let z = one(vm, &args, "isfinite")?;
    Ok(Value::Bool(z.re.is_finite() && z.im.is_finite()))
}
