//! The `complex` type's constructor and methods (`conjugate`,
//! `__complex__`, `__getnewargs__`), with CPython 3.11's argument rules and
//! messages; `real` and `imag` are special attributes (`vm/attr.rs`).

use std::sync::Arc;

use super::builtins_util::{R, add_methods, descriptor_error, no_args};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::complex::Complex;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let methods: &[(&'static str, BuiltinFn<M>)] =
        &[("conjugate", complex_conjugate), ("__complex__", complex_complex), ("__getnewargs__", complex_getnewargs)];
    add_methods(interp.types.get(BuiltinType::Complex), methods);
}

fn recv<M: Model>(args: &Args<'_, M>, name: &str) -> PyResult<Complex, M> {
    match args.pos.first() {
        Some(v) => v.as_complex().ok_or_else(|| descriptor_error(name, "complex", v)),
        None => Err(PyErr::type_error(format!("unbound method complex.{name}() needs an argument"))),
    }
}

fn complex_conjugate<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = recv(&args, "conjugate")?;
    no_args(&args, "complex.conjugate")?;
    Ok(Value::complex(c.re, -c.im))
}

fn complex_complex<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = recv(&args, "__complex__")?;
    no_args(&args, "complex.__complex__")?;
    Ok(Value::complex(c.re, c.im))
}

fn complex_getnewargs<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = recv(&args, "__getnewargs__")?;
    no_args(&args, "complex.__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(c.re), Value::Float(c.im)]))
}

/// The result of `v.__complex__()` when `v`'s class defines it in Python;
/// None when it does not.
fn complex_special_method<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<Option<Complex>, M> {
    let Some(ObjKind::Instance(inst)) = v.kind() else { return Ok(None) };
    match inst.class().lookup("__complex__") {
        Some(f) if !matches!(f.kind(), Some(ObjKind::Builtin(_))) => {
            let r = vm.call_special(&f, std::slice::from_ref(v))?;
            match r.as_complex() {
                Some(c) => Ok(Some(c)),
                None => Err(PyErr::type_error(format!("__complex__ returned non-complex (type {})", r.type_name()))),
            }
        }
        _ => Ok(None),
    }
}

/// Whether `v` is a number `complex()` accepts: it has `__float__` or
/// `__index__`, or is a complex.
fn is_number<M: Model>(v: &Value<M>) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        _ => match v.kind() {
            Some(ObjKind::BigInt(_) | ObjKind::Complex(_)) => true,
            Some(ObjKind::Instance(inst)) => {
                let c = inst.class();
                inst.payload.as_ref().is_some_and(is_number)
                    || c.lookup("__float__").is_some()
                    || c.lookup("__index__").is_some()
            }
            _ => false,
        },
    }
}

/// A number as a complex: `__complex__`, then the complex itself, then
/// `float(v)` as the real part (what the `D` argument format of CPython's
/// cmath functions does). `Err` is a TypeError naming what was expected.
pub fn to_complex<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<Option<Complex>, M> {
    if let Some(c) = complex_special_method(vm, v)? {
        return Ok(Some(c));
    }
    if let Some(c) = v.as_complex() {
        return Ok(Some(c));
    }
    if !is_number(v) {
        return Ok(None);
    }
    Ok(Some(Complex::real(super::number_methods::to_float(vm, v)?)))
}

/// `complex()`, `complex(real, imag)`, `complex("1+2j")`.
pub fn construct_complex<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    for k in args.kwnames {
        let k = k.as_str().unwrap_or("");
        if !matches!(k, "real" | "imag") {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for complex()")));
        }
    }
    let given = args.pos.len() + args.kwnames.len();
    if given > 2 {
        return Err(PyErr::type_error(format!("complex() takes at most 2 arguments ({given} given)")));
    }
    let r = args.pos.first().or_else(|| args.kw("real"));
    let i = args.pos.get(1).or_else(|| args.kw("imag"));
    if args.pos.len() == 2 && (args.kw("real").is_some() || args.kw("imag").is_some()) {
        let name = if args.kw("real").is_some() { "real" } else { "imag" };
        return Err(PyErr::type_error(format!("argument for complex() given by name ('{name}') and position")));
    }
    let zero = Value::Int(0);
    let r = r.unwrap_or(&zero);
    if i.is_none() && matches!(r.kind(), Some(ObjKind::Complex(_))) {
        return Ok(r.clone());
    }
    if let Some(s) = r.as_str() {
        if i.is_some() {
            return Err(PyErr::type_error("complex() can't take second arg if first is a string"));
        }
        let (re, im) = crate::text::parse_number::parse_complex(s).map_err(PyErr::value_error)?;
        return Ok(Value::complex(re, im));
    }
    if let Some(i) = i
        && i.as_str().is_some()
    {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    let special = complex_special_method(vm, r)?;
    if special.is_none() && !is_number(r) {
        return Err(PyErr::type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.type_name()
        )));
    }
    if let Some(i) = i
        && !is_number(i)
    {
        return Err(PyErr::type_error(format!("complex() second argument must be a number, not '{}'", i.type_name())));
    }
    // The parts may themselves be complex: real + imag*1j, as CPython
    // computes it (without a multiplication, so signs of zero survive).
    let (cr, cr_is_complex) = match special.or_else(|| r.as_complex()) {
        Some(c) => (c, true),
        None => (Complex::real(super::number_methods::to_float(vm, r)?), false),
    };
    let (mut ci, ci_is_complex) = match i {
        None => (Complex::real(cr.im), false),
        Some(i) => match i.as_complex() {
            Some(c) => (c, true),
            None => (Complex::real(super::number_methods::to_float(vm, i)?), false),
        },
    };
    let mut re = cr.re;
    if ci_is_complex {
        re -= ci.im;
    }
    if cr_is_complex && i.is_some() {
        ci.re += cr.im;
    }
    Ok(Value::complex(re, ci.re))
}
