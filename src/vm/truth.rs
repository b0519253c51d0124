//! Python truth (`if x`, `not x`, `bool(x)`) and length (`len(x)`), for
//! built-in values and for instances through `__bool__` and `__len__`.

use super::Vm;
use super::ops::SSIZE_T_OVERFLOW;
use crate::model::{Model, ObjCell};
use crate::object::{ExcType, ObjKind, PyErr, PyResult, Value};

impl<M: Model> Vm<M> {
    /// Python truthiness.
    #[inline(always)]
    pub fn truthy(&mut self, v: &Value<M>) -> PyResult<bool, M> {
        match quick_truth(v) {
            Some(truth) => Ok(truth),
            None => self.truthy_of_object(v),
        }
    }

    /// [`Vm::truthy`] past the three cases it answers in line.
    #[inline(never)]
    fn truthy_of_object(&mut self, v: &Value<M>) -> PyResult<bool, M> {
        Ok(match v {
            Value::Undef | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match &o.kind {
                ObjKind::Str(s) => s.char_len() != 0,
                ObjKind::BigInt(_) => true,
                ObjKind::Complex(c) => !c.is_zero(),
                ObjKind::Tuple(t) => !t.is_empty(),
                ObjKind::List(l) => l.with(|l| !l.is_empty()),
                ObjKind::Dict(d) | ObjKind::Set(d) => d.with(|d| !d.is_empty()),
                ObjKind::FrozenSet(d) => !d.is_empty(),
                ObjKind::Bytes(b) => !b.is_empty(),
                ObjKind::ByteArray(b) => b.with(|b| !b.data.is_empty()),
                ObjKind::MemoryView(m) => {
                    m.check()?;
                    m.len != 0
                }
                ObjKind::Range(r) => !r.is_empty(),
                ObjKind::Instance(inst) => {
                    if inst.payload.is_none() && self.class_traits(inst.class()) & super::class_traits::ALWAYS_TRUE != 0
                    {
                        return Ok(true);
                    }
                    if let Some(p) = &inst.payload
                        && inst.builtin_view("__bool__").is_some()
                        && inst.builtin_view("__len__").is_some()
                    {
                        return self.truthy(p);
                    }
                    if let Some(f) = inst.class().lookup("__bool__") {
                        let r = self.call_special(&f, std::slice::from_ref(v))?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => Err(PyErr::type_error(format!(
                                "__bool__ should return bool, returned {}",
                                r.type_name()
                            ))),
                        };
                    }
                    // As CPython, the result goes through len()'s checks: a
                    // negative or non-int __len__ raises instead of counting.
                    if inst.class().lookup("__len__").is_some() {
                        return Ok(self.len(v)? != 0);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// `len(v)`
    pub fn len(&mut self, v: &Value<M>) -> PyResult<usize, M> {
        if let Value::Obj(o) = v {
            let n = match &o.kind {
                ObjKind::Str(s) => s.char_len(),
                ObjKind::Tuple(t) => t.len(),
                ObjKind::List(l) => l.with(|l| l.len()),
                ObjKind::Dict(d) | ObjKind::Set(d) => d.with(|d| d.len()),
                ObjKind::FrozenSet(d) => d.len(),
                ObjKind::Bytes(b) => b.len(),
                ObjKind::ByteArray(b) => b.with(|b| b.data.len()),
                ObjKind::MemoryView(m) => {
                    m.check()?;
                    m.len
                }
                ObjKind::Range(r) => r.try_len().ok_or_else(|| PyErr::overflow(SSIZE_T_OVERFLOW))? as usize,
                ObjKind::Class(c)
                    if c.metaclass.is_some()
                        && let Some(f) = self.metaclass_method(v, "__len__") =>
                {
                    let r = self.call(&f, &[], &[])?;
                    return match r {
                        Value::Int(i) if i >= 0 => Ok(i as usize),
                        _ => Err(PyErr::type_error("__len__() should return a non-negative int")),
                    };
                }
                ObjKind::Instance(inst) => {
                    if let Some(p) = inst.builtin_view("__len__") {
                        return self.len(&p);
                    }
                    if let Some(f) = inst.class().lookup("__len__") {
                        let r = self.call_special(&f, std::slice::from_ref(v))?;
                        return match r {
                            Value::Int(i) if i >= 0 => Ok(i as usize),
                            Value::Bool(b) => Ok(b as usize),
                            Value::Int(_) => Err(PyErr::value_error("__len__() should return >= 0")),
                            _ => match r.kind() {
                                Some(ObjKind::BigInt(b)) if b.sign() == num_bigint::Sign::Minus => {
                                    Err(PyErr::value_error("__len__() should return >= 0"))
                                }
                                Some(ObjKind::BigInt(_)) => Err(PyErr::new(
                                    ExcType::OverflowError,
                                    "cannot fit 'int' into an index-sized integer",
                                )),
                                _ => Err(PyErr::type_error(format!(
                                    "'{}' object cannot be interpreted as an integer",
                                    r.type_name()
                                ))),
                            },
                        };
                    }
                    return Err(no_len(v));
                }
                _ => return Err(no_len(v)),
            };
            return Ok(n);
        }
        Err(no_len(v))
    }
}

fn no_len<M: Model>(v: &Value<M>) -> PyErr<M> {
    PyErr::type_error(format!("object of type '{}' has no len()", v.type_name()))
}

/// The truth of a bool, None or an int, the values whose truth the eval
/// loop finds in line; None for any other.
#[inline(always)]
fn quick_truth<M: Model>(v: &Value<M>) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::None => Some(false),
        Value::Int(i) => Some(*i != 0),
        _ => None,
    }
}

/// `not v` for a bool, None or an int, made by the eval loop itself; None
/// for any other operator or operand (`Vm::unary_op`'s).
#[inline(always)]
pub fn quick_not<M: Model>(op: crate::ast::UnaryOp, v: &Value<M>) -> Option<Value<M>> {
    if op != crate::ast::UnaryOp::Not {
        return None;
    }
    quick_truth(v).map(|truth| Value::Bool(!truth))
}
