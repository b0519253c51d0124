//! The `math` module: CPython 3.11's functions, results and messages.
//! The float algorithms live in `math_float`, the integer ones in
//! `math_int`; this file converts arguments and reports errors.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::builtins_util::{R, check_kw_invalid, index_value};
use super::math_float::{self as mf, FSum, FSumErr, MathErr, MathResult};
use super::math_libm as ml;
use crate::ast::BinOp;
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    use std::f64::consts;
    vm.setattr(module, "pi", Value::Float(consts::PI))?;
    vm.setattr(module, "e", Value::Float(consts::E))?;
    vm.setattr(module, "tau", Value::Float(consts::TAU))?;
    vm.setattr(module, "inf", Value::Float(f64::INFINITY))?;
    vm.setattr(module, "nan", Value::Float(f64::NAN))?;
    crate::modules::registry::add_functions(vm, module, &functions::<M>())
}

// ---- argument conversion ------------------------------------------------------

/// CPython's `PyFloat_AsDouble`: floats, ints (OverflowError when too
/// big), objects with `__float__` or `__index__`.
pub fn to_f64<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<f64, M> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        _ => match v.kind() {
            Some(ObjKind::BigInt(b)) => Ok(crate::text::format_spec::int_to_f64(b)?),
            Some(ObjKind::Instance(inst))
                if inst.class().lookup("__float__").is_some() || inst.class().lookup("__index__").is_some() =>
            {
                super::number_methods::to_float(vm, v)
            }
            _ => Err(PyErr::type_error(format!("must be real number, not {}", v.type_name()))),
        },
    }
}

pub fn math_error<M: Model>(e: MathErr) -> PyErr<M> {
    match e {
        MathErr::Domain => PyErr::value_error("math domain error"),
        MathErr::Range => PyErr::overflow("math range error"),
    }
}

fn float_result<M: Model>(r: MathResult) -> R<M> {
    r.map(Value::Float).map_err(math_error)
}

/// A function of one float, METH_O style (`math.sqrt() takes exactly one
/// argument (0 given)`).
fn one_float<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, qual: &str) -> PyResult<f64, M> {
    args.expect(qual, 1, 1)?;
    to_f64(vm, &args.pos[0])
}

/// A function of two floats (`pow expected 2 arguments, got 1`).
fn two_floats<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, name: &str) -> PyResult<(f64, f64), M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    super::builtins_util::expect_count(args.pos.len(), name, 2, 2)?;
    Ok((to_f64(vm, &args.pos[0])?, to_f64(vm, &args.pos[1])?))
}

/// `name => (libm function, can_overflow)`: the math_1 family.
macro_rules! math_1 {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
                let x = one_float(vm, &args, concat!("math.", stringify!($name)))?;
                let f: fn(f64) -> f64 = $f;
                float_result(mf::check_1(x, f(x), $overflow))
            }
        )*
        fn functions_1<M: Model>() -> Vec<(&'static str, BuiltinFn<M>)> {
            vec![$((stringify!($name), $name as BuiltinFn<M>)),*]
        }
    };
}

math_1! {
    acos => f64::acos, false;
    acosh => ml::acosh, false;
    asin => f64::asin, false;
    asinh => ml::asinh, false;
    atan => f64::atan, false;
    atanh => ml::atanh, false;
    cbrt => ml::cbrt, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    log1p => f64::ln_1p, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    sqrt => f64::sqrt, false;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
}

fn functions<M: Model>() -> Vec<(&'static str, BuiltinFn<M>)> {
    let mut v = functions_1::<M>();
    let rest: [(&'static str, BuiltinFn<M>); 36] = [
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("atan2", atan2),
        ("copysign", copysign),
        ("remainder", remainder),
        ("fmod", fmod),
        ("pow", pow),
        ("nextafter", nextafter),
        ("degrees", degrees),
        ("radians", radians),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("ceil", ceil),
        ("floor", floor),
        ("trunc", trunc),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("modf", modf),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("hypot", hypot),
        ("dist", dist),
        ("isclose", isclose),
        ("fsum", fsum),
        ("prod", prod),
        ("ulp", ulp),
        ("gcd", super::math_int::gcd),
        ("lcm", super::math_int::lcm),
        ("isqrt", super::math_int::isqrt),
        ("factorial", super::math_int::factorial),
        ("comb", super::math_int::comb),
        ("perm", super::math_int::perm),
    ];
    v.extend(rest);
    v
}

// ---- functions with their own rules ------------------------------------------

fn erf<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Float(ml::erf(one_float(vm, &args, "math.erf")?)))
}

fn erfc<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Float(ml::erfc(one_float(vm, &args, "math.erfc")?)))
}

fn gamma<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    float_result(mf::gamma(one_float(vm, &args, "math.gamma")?))
}

fn lgamma<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    float_result(mf::lgamma(one_float(vm, &args, "math.lgamma")?))
}

fn atan2<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (y, x) = two_floats(vm, &args, "atan2")?;
    float_result(mf::check_2(y, x, mf::atan2(y, x)))
}

fn copysign<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (x, y) = two_floats(vm, &args, "copysign")?;
    float_result(mf::check_2(x, y, x.copysign(y)))
}

fn remainder<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (x, y) = two_floats(vm, &args, "remainder")?;
    float_result(mf::check_2(x, y, mf::remainder(x, y)))
}

fn fmod<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    float_result(mf::fmod(x, y))
}

fn pow<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (x, y) = two_floats(vm, &args, "pow")?;
    float_result(mf::pow(x, y))
}

fn nextafter<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (x, y) = two_floats(vm, &args, "nextafter")?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

fn ulp<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Float(mf::ulp(one_float(vm, &args, "math.ulp")?)))
}

fn degrees<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Float(one_float(vm, &args, "math.degrees")? * (180.0 / std::f64::consts::PI)))
}

fn radians<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Float(one_float(vm, &args, "math.radians")? * (std::f64::consts::PI / 180.0)))
}

fn isfinite<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Bool(one_float(vm, &args, "math.isfinite")?.is_finite()))
}

fn isinf<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Bool(one_float(vm, &args, "math.isinf")?.is_infinite()))
}

fn isnan<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Bool(one_float(vm, &args, "math.isnan")?.is_nan()))
}

/// An integral float as a Python int (`floor`, `ceil`, `trunc`).
fn float_to_int<M: Model>(x: f64) -> R<M> {
    Ok(Value::from_bigint(crate::text::float_repr::float_to_int(x)?))
}

/// `floor`/`ceil`: ints are returned as they are, instances with the
/// special method call it, anything else goes through float.
fn rounding<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, name: &str, special: &str, f: fn(f64) -> f64) -> R<M> {
    args.expect(name, 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Float(x) => return float_to_int(f(*x)),
        Value::Int(i) => return Ok(Value::Int(*i)),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    match v.kind() {
        Some(ObjKind::BigInt(_)) => return Ok(v.clone()),
        Some(ObjKind::Instance(inst)) if inst.class().lookup(special).is_some() => {
            return vm.call_method(v, special, &[]);
        }
        _ => {}
    }
    float_to_int(f(to_f64(vm, v)?))
}

fn floor<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    rounding(vm, &args, "math.floor", "__floor__", f64::floor)
}

fn ceil<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    rounding(vm, &args, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("math.trunc", 1, 1)?;
    let v = &args.pos[0];
    match v {
        Value::Float(x) => return float_to_int(*x),
        Value::Int(i) => return Ok(Value::Int(*i)),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        _ => {}
    }
    match v.kind() {
        Some(ObjKind::BigInt(_)) => Ok(v.clone()),
        Some(ObjKind::Instance(inst)) if inst.class().lookup("__trunc__").is_some() => {
            vm.call_method(v, "__trunc__", &[])
        }
        _ => Err(PyErr::type_error(format!("type {} doesn't define __trunc__ method", v.type_name()))),
    }
}

fn frexp<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (m, e) = mf::frexp(one_float(vm, &args, "math.frexp")?);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (x, i) = match two_values(&args, "ldexp") {
        Ok(pair) => pair,
        Err(e) => return Err(e),
    };
    let x = to_f64(vm, x)?;
    let exp = match i {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        _ => match i.kind() {
            Some(ObjKind::BigInt(b)) => {
                if b.is_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }
            }
            _ => return Err(PyErr::type_error("Expected an int as second argument to ldexp.")),
        },
    };
    float_result(mf::ldexp(x, exp))
}

fn two_values<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<(&'a Value<M>, &'a Value<M>), M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    super::builtins_util::expect_count(args.pos.len(), name, 2, 2)?;
    Ok((&args.pos[0], &args.pos[1]))
}

fn modf<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (frac, int) = mf::modf(one_float(vm, &args, "math.modf")?);
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

// ---- logarithms ------------------------------------------------------------------

/// CPython's `loghelper`: ints are handled exactly, however big (a huge
/// int's log is log(mantissa) + exponent * log(2)).
fn log_of<M: Model>(vm: &mut Vm<M>, v: &Value<M>, f: fn(f64) -> MathResult) -> PyResult<f64, M> {
    let big = match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => match v.kind() {
            Some(ObjKind::BigInt(b)) => Some(b.clone()),
            _ => None,
        },
    };
    let Some(n) = big else {
        let x = to_f64(vm, v)?;
        let r = f(x).map_err(math_error)?;
        return mf::check_1(x, r, false).map_err(math_error);
    };
    if n.sign() != num_bigint::Sign::Plus {
        return Err(math_error(MathErr::Domain));
    }
    match n.to_f64().filter(|x| x.is_finite()) {
        Some(x) => f(x).map_err(math_error),
        None => {
            let (m, e) = big_frexp(&n);
            let lm = f(m).map_err(math_error)?;
            let l2 = f(2.0).map_err(math_error)?;
            Ok(lm + l2 * e as f64)
        }
    }
}

/// `_PyLong_Frexp` for a positive int: (m, e) with 0.5 <= m < 1, n ~= m * 2**e,
/// m correctly rounded to 53 bits.
fn big_frexp(n: &BigInt) -> (f64, u64) {
    let bits = n.bits();
    let k = bits.saturating_sub(55);
    let top: BigInt = n >> k;
    let mut t = top.to_u64().unwrap_or(0);
    // A sticky bit for everything shifted out, so the u64 -> f64 rounding
    // (to nearest, ties to even) is the correct rounding of n.
    if k > 0 && (n - (top << k)).sign() != num_bigint::Sign::NoSign {
        t |= 1;
    }
    let mut m = t as f64 * libm::ldexp(1.0, -((bits - k) as i32));
    let mut e = bits;
    if m >= 1.0 {
        m = 0.5;
        e += 1;
    }
    (m, e)
}

fn log<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("math.log() takes no keyword arguments"));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args.pos[0], mf::log)?;
    let Some(base) = args.pos.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = log_of(vm, base, mf::log)?;
    if den == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("math.log2", 1, 1)?;
    Ok(Value::Float(log_of(vm, &args.pos[0], mf::log2)?))
}

fn log10<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("math.log10", 1, 1)?;
    Ok(Value::Float(log_of(vm, &args.pos[0], mf::log10)?))
}

// ---- norms and sums -------------------------------------------------------------

fn hypot<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(args.pos.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args.pos {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(mf::vector_norm(&coords, max, found_nan)))
}

fn dist<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (p, q) = two_values(&args, "dist")?;
    let p = vm.collect(p)?;
    let q = vm.collect(q)?;
    if p.len() != q.len() {
        return Err(PyErr::value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(&q) {
        let px = to_f64(vm, a)?;
        let qx = to_f64(vm, b)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(mf::vector_norm(&diffs, max, found_nan)))
}

fn isclose<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    check_kw_invalid(&args, "isclose", &["a", "b", "rel_tol", "abs_tol"])?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let a = args.pos.first().or_else(|| args.kw("a"));
    let b = args.pos.get(1).or_else(|| args.kw("b"));
    let Some(a) = a else {
        return Err(PyErr::type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let Some(b) = b else {
        return Err(PyErr::type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    let a = to_f64(vm, a)?;
    let b = to_f64(vm, b)?;
    let rel_tol = match args.kw("rel_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match args.kw("abs_tol") {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

fn fsum<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("math.fsum", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    let mut acc = FSum::default();
    while let Some(v) = vm.next(&it)? {
        let x = to_f64(vm, &v)?;
        acc.add(x).map_err(fsum_error)?;
    }
    acc.total().map(Value::Float).map_err(fsum_error)
}

fn fsum_error<M: Model>(e: FSumErr) -> PyErr<M> {
    match e {
        FSumErr::Overflow => PyErr::overflow("intermediate overflow in fsum"),
        FSumErr::InfMinusInf => PyErr::value_error("-inf + inf in fsum"),
    }
}

fn prod<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    check_kw_invalid(&args, "prod", &["start"])?;
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.pos.len()
        )));
    }
    let mut result = args.kw("start").cloned().unwrap_or(Value::Int(1));
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        result = vm.binary_op(BinOp::Mul, false, result, v)?;
    }
    Ok(result)
}

/// An int argument (`__index__`), or CPython's TypeError.
pub fn int_of<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<BigInt, M> {
    index_value(vm, v)?
        .ok_or_else(|| PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())))
}
