//! Comparisons: `==` and ordering across numbers, strings, sequences and
//! sets, user-defined rich comparisons, `in`, and exception matching.

use std::cmp::Ordering;

use num_bigint::BigInt;

use super::Vm;
use super::subscript_call::is_instance;
use crate::ast::CmpOp;
use crate::model::{Model, ObjCell};
use crate::object::buffer::{bytes_like, is_bytes_like};
use crate::object::dict::{Num, StrKey, as_num, num_eq};
use crate::object::{ObjKind, ObjRef, PyErr, PyResult, Value};

#[inline(always)]
pub fn int_compare(op: CmpOp, x: i64, y: i64) -> Option<bool> {
    Some(match op {
        CmpOp::Eq | CmpOp::Is => x == y,
        CmpOp::NotEq | CmpOp::IsNot => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    })
}

/// Float comparisons (an int operand converted only when exactly
/// representable); IEEE ordering gives Python's NaN results. `is` stays on
/// the general path.
#[inline(always)]
pub fn float_compare(op: CmpOp, x: f64, y: f64) -> Option<bool> {
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => return None,
    })
}

/// Integers that convert to f64 exactly, so comparing them as floats is exact.
pub const EXACT_F64_INT: i64 = 1 << 53;

/// Ordering of two numbers (None when a NaN is involved).
pub fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        (Num::Int(x), Num::Big(y)) => Some(BigInt::from(*x).cmp(y)),
        (Num::Big(x), Num::Int(y)) => Some((*x).cmp(&BigInt::from(*y))),
        (Num::Int(i), Num::Float(f)) => int_float_cmp(&BigInt::from(*i), *f),
        (Num::Big(b), Num::Float(f)) => int_float_cmp(b, *f),
        (Num::Float(f), Num::Int(i)) => int_float_cmp(&BigInt::from(*i), *f).map(Ordering::reverse),
        (Num::Float(f), Num::Big(b)) => int_float_cmp(b, *f).map(Ordering::reverse),
        (Num::Complex(_), _) | (_, Num::Complex(_)) => None,
    }
}

/// Exact int-vs-float ordering (no rounding of the int).
fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fb: BigInt = num_traits::FromPrimitive::from_f64(fl)?;
    match i.cmp(&fb) {
        Ordering::Equal => Some(if f > fl { Ordering::Less } else { Ordering::Equal }),
        o => Some(o),
    }
}

/// The comparisons the eval loop makes itself, before any other: `is` and
/// `is not` (`x is None`), and a comparison between two ints, two floats
/// or an int and a float small enough to be exact as a float.
#[inline(always)]
pub fn quick_compare<M: Model>(op: CmpOp, a: &Value<M>, b: &Value<M>) -> Option<bool> {
    let exact = EXACT_F64_INT as u64;
    // Numbers first, so that their compares pay nothing for `is` (a float
    // `is`, left to `float_compare`, goes the general way).
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_compare(op, *x, *y),
        (Value::Float(x), Value::Float(y)) => float_compare(op, *x, *y),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= exact => float_compare(op, *x as f64, *y),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= exact => float_compare(op, *x, *y as f64),
        _ => match op {
            CmpOp::Is => Some(a.is(b)),
            CmpOp::IsNot => Some(!a.is(b)),
            _ => None,
        },
    }
}

fn reflect(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::GtE => CmpOp::LtE,
        o => o,
    }
}

/// A comparison's method name, hashed at compile time.
pub(super) fn dunder(op: CmpOp) -> &'static StrKey<'static> {
    match op {
        CmpOp::Eq => const { &StrKey::constant("__eq__") },
        CmpOp::NotEq => const { &StrKey::constant("__ne__") },
        CmpOp::Lt => const { &StrKey::constant("__lt__") },
        CmpOp::LtE => const { &StrKey::constant("__le__") },
        CmpOp::Gt => const { &StrKey::constant("__gt__") },
        CmpOp::GtE => const { &StrKey::constant("__ge__") },
        _ => const { &StrKey::constant("") },
    }
}

/// How two ints, bools, floats (neither a NaN) or strings order, as their
/// own comparisons would answer; None for any other pair.
#[inline]
fn primitive_order<M: Model>(p: &Value<M>, q: &Value<M>) -> Option<Ordering> {
    match (p, q) {
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        (Value::Bool(a), Value::Bool(b)) => Some(a.cmp(b)),
        (Value::Int(a), Value::Bool(b)) => Some(a.cmp(&(*b as i64))),
        (Value::Bool(a), Value::Int(b)) => Some((*a as i64).cmp(b)),
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
        (Value::Obj(a), Value::Obj(b)) => match (&a.kind, &b.kind) {
            (ObjKind::Str(a), ObjKind::Str(b)) => Some(a.as_str().cmp(b.as_str())),
            _ => None,
        },
        _ => None,
    }
}

fn ord_result(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::NotEq => o != Ordering::Equal,
        _ => false,
    }
}

impl<M: Model> Vm<M> {
    /// COMPARE_OP.
    pub fn compare(&mut self, op: CmpOp, a: &Value<M>, b: &Value<M>) -> PyResult<Value<M>, M> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        self.rich_compare(op, a, b)
    }

    /// `a == b` as a bool, identity first as CPython's
    /// PyObject_RichCompareBool (what containers, `in`, `index` and `count`
    /// use): a NaN in a list equals itself. Unboxed floats are the same
    /// object when their bits are.
    pub fn eq(&mut self, a: &Value<M>, b: &Value<M>) -> PyResult<bool, M> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(same) = quick_eq(a, b) {
            return Ok(same);
        }
        let r = self.rich_compare(CmpOp::Eq, a, b)?;
        match r {
            Value::Bool(x) => Ok(x),
            other => self.truthy(&other),
        }
    }

    /// `a == b` between built-in values that compare natively (strings,
    /// bytes, containers), or None when their types do not: what the
    /// built-in types' own `__eq__` answers, None standing for
    /// NotImplemented.
    pub fn native_eq(&mut self, a: &Value<M>, b: &Value<M>) -> PyResult<Option<bool>, M> {
        use ObjKind as K;
        let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(None) };
        let comparable = match (&x.kind, &y.kind) {
            (K::Str(_), K::Str(_))
            | (K::List(_), K::List(_))
            | (K::Tuple(_), K::Tuple(_))
            | (K::Dict(_), K::Dict(_))
            | (K::Range(_), K::Range(_))
            | (K::Set(_) | K::FrozenSet(_), K::Set(_) | K::FrozenSet(_)) => true,
            (K::Bytes(_) | K::ByteArray(_) | K::MemoryView(_), _) => is_bytes_like(b),
            _ => false,
        };
        if !comparable {
            return Ok(None);
        }
        self.enter_recursion(" in comparison")?;
        let r = self.builtin_compare(CmpOp::Eq, a, b);
        self.leave_recursion();
        r
    }

    /// `a < b` as a bool (for sorting, min, max).
    pub fn lt(&mut self, a: &Value<M>, b: &Value<M>) -> PyResult<bool, M> {
        let r = self.rich_compare(CmpOp::Lt, a, b)?;
        match r {
            Value::Bool(x) => Ok(x),
            other => self.truthy(&other),
        }
    }

    fn rich_compare(&mut self, op: CmpOp, a: &Value<M>, b: &Value<M>) -> PyResult<Value<M>, M> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            let complex = matches!(x, Num::Complex(_)) || matches!(y, Num::Complex(_));
            if complex && !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                return Err(PyErr::type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    a.type_name(),
                    b.type_name()
                )));
            }
            return Ok(Value::Bool(match op {
                CmpOp::Eq => num_eq(&x, &y),
                CmpOp::NotEq => !num_eq(&x, &y),
                _ => num_cmp(&x, &y).is_some_and(|o| ord_result(op, o)),
            }));
        }
        // Containers compare their items: nested ones recurse natively.
        self.enter_recursion(" in comparison")?;
        let native = self.builtin_compare(op, a, b);
        self.leave_recursion();
        if let Some(r) = native? {
            return Ok(Value::Bool(r));
        }
        // Two instances that keep `object`'s `__eq__` and `__ne__`: what
        // those methods would conclude, without calling them.
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && self.has_default_equality(a) && self.has_default_equality(b) {
            return Ok(Value::Bool(a.is(b) == (op == CmpOp::Eq)));
        }
        // User-defined comparisons: the reflected method of the right operand
        // first when it is a subclass, as CPython does; here, left then right.
        let name = dunder(op);
        if let Some((pa, pb)) = self.builtin_operands(a, b, name.as_str(), dunder(reflect(op)).as_str()) {
            return self.rich_compare(op, &pa, &pb);
        }
        // As CPython: the right operand's reflected method goes first when
        // its class is a strict subclass of the left operand's.
        let (forward, reflected) = ((a, b, name), (b, a, dunder(reflect(op))));
        let tries =
            if super::ops::right_is_strict_subclass(a, b) { [reflected, forward] } else { [forward, reflected] };
        if let Some(r) = self.first_operator_answer(&tries)? {
            return Ok(r);
        }
        no_comparison_answer(op, a, b)
    }

    /// `a op b` once `a`'s own method for `op` (a Python function run in
    /// place, see `vm::operator_call`) answered NotImplemented: what
    /// `rich_compare` does next, `b`'s reflected method and then the
    /// default.
    pub(super) fn comparison_declined(&mut self, op: CmpOp, a: &Value<M>, b: &Value<M>) -> PyResult<Value<M>, M> {
        if let Some(r) = self.first_operator_answer(&[(b, a, dunder(reflect(op)))])? {
            return Ok(r);
        }
        no_comparison_answer(op, a, b)
    }

    /// Comparisons between built-in containers and strings; None when the
    /// types do not compare natively.
    fn builtin_compare(&mut self, op: CmpOp, a: &Value<M>, b: &Value<M>) -> PyResult<Option<bool>, M> {
        let (ka, kb) = match (a, b) {
            (Value::None, Value::None) => return Ok(eq_only(op, true)),
            (Value::Obj(x), Value::Obj(y)) => (&x.kind, &y.kind),
            _ => return Ok(eq_only(op, false).filter(|_| !is_instance(a) && !is_instance(b))),
        };
        Ok(match (ka, kb) {
            (ObjKind::Str(x), ObjKind::Str(y)) => Some(ord_result(op, x.as_str().cmp(y.as_str()))),
            (ObjKind::Bytes(x), ObjKind::Bytes(y)) => Some(ord_result(op, x.cmp(y))),
            // A bytearray orders against any bytes-like object, byte by byte;
            // a memoryview compares its items (under its format) for `==` only.
            (ObjKind::ByteArray(_), _) | (_, ObjKind::ByteArray(_)) if is_bytes_like(a) && is_bytes_like(b) => {
                let x = bytes_like(a)?.unwrap_or_default();
                let y = bytes_like(b)?.unwrap_or_default();
                Some(ord_result(op, x.cmp(&y)))
            }
            (ObjKind::MemoryView(_), _) | (_, ObjKind::MemoryView(_)) => {
                if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    None
                } else {
                    eq_only(op, crate::object::buffer::views_equal(a, b)?)
                }
            }
            // Sequences of different lengths are never equal: no item is
            // compared (as in CPython).
            (ObjKind::Tuple(x), ObjKind::Tuple(y)) if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                eq_only(op, false)
            }
            (ObjKind::List(x), ObjKind::List(y))
                if matches!(op, CmpOp::Eq | CmpOp::NotEq) && x.with(|v| v.len()) != y.with(|v| v.len()) =>
            {
                eq_only(op, false)
            }
            // Compared in place: a tuple never changes, and the caller's
            // references keep both alive while an item's `__eq__` runs.
            (ObjKind::Tuple(x), ObjKind::Tuple(y)) => Some(self.seq_compare(op, x, y)?),
            (ObjKind::List(x), ObjKind::List(y)) => Some(self.list_compare(op, x, y)?),
            (ObjKind::Range(x), ObjKind::Range(y)) => {
                let same = (x.len() == y.len())
                    && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                eq_only(op, same)
            }
            (ObjKind::Dict(x), ObjKind::Dict(y)) => {
                if !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                    return Ok(None);
                }
                let xs = x.with(|d| d.clone());
                let ys = y.with(|d| d.clone());
                let mut same = xs.len() == ys.len();
                if same {
                    for (k, v) in xs.iter() {
                        match ys.get(k) {
                            Some(w) => {
                                let (v, w) = (v.clone(), w.clone());
                                if !self.eq(&v, &w)? {
                                    same = false;
                                    break;
                                }
                            }
                            None => {
                                same = false;
                                break;
                            }
                        }
                    }
                }
                eq_only(op, same)
            }
            (ObjKind::Set(_) | ObjKind::FrozenSet(_), ObjKind::Set(_) | ObjKind::FrozenSet(_)) => {
                // As `set_richcompare`: the sizes decide first, and only
                // one direction is ever walked (equal sizes and one side a
                // subset of the other mean equal sets).
                let xs = self.set_keys(a);
                let ys = self.set_keys(b);
                let (nx, ny) = (xs.len(), ys.len());
                Some(match op {
                    CmpOp::Eq => nx == ny && self.all_keys_in(&xs, &ys)?,
                    CmpOp::NotEq => !(nx == ny && self.all_keys_in(&xs, &ys)?),
                    CmpOp::LtE => nx <= ny && self.all_keys_in(&xs, &ys)?,
                    CmpOp::Lt => nx < ny && self.all_keys_in(&xs, &ys)?,
                    CmpOp::GtE => nx >= ny && self.all_keys_in(&ys, &xs)?,
                    CmpOp::Gt => nx > ny && self.all_keys_in(&ys, &xs)?,
                    _ => false,
                })
            }
            (ObjKind::Instance(_), _) | (_, ObjKind::Instance(_)) => None,
            // A class whose metaclass is a Python class: its metaclass may
            // define the comparison (`type`'s own is identity, below).
            (ObjKind::Class(x), _) if x.metaclass.is_some() => None,
            (_, ObjKind::Class(y)) if y.metaclass.is_some() => None,
            // The same function bound to the same receiver (`a.f == a.f`).
            (ObjKind::BoundMethod(f, r), ObjKind::BoundMethod(g, q)) => eq_only(op, f.is(g) && r.is(q)),
            // Slices compare as their (start, stop, step) tuples.
            (ObjKind::Slice(x), ObjKind::Slice(y)) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                Some(self.seq_compare(op, &x, &y)?)
            }
            _ => eq_only(op, ObjRef::ptr_eq(a.as_obj().expect("obj"), b.as_obj().expect("obj"))),
        })
    }

    /// Whether every key of `xs` is in `ys`, comparing with the keys' own
    /// `__eq__` where they have one.
    fn all_keys_in(&mut self, xs: &crate::object::Dict<M>, ys: &crate::object::Dict<M>) -> PyResult<bool, M> {
        for k in xs.iter_keys() {
            if ys.contains_key(k) {
                continue;
            }
            let k_in_python = super::needs_python_eq(&k.value);
            let mut found = false;
            for c in ys.eq_candidates(k) {
                if (k_in_python || super::needs_python_eq(&c.value)) && self.eq(&k.value, &c.value)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn seq_compare(&mut self, op: CmpOp, x: &[Value<M>], y: &[Value<M>]) -> PyResult<bool, M> {
        for (p, q) in x.iter().zip(y.iter()) {
            if let Some(decided) = self.item_pair_decides(op, p, q)? {
                return Ok(decided);
            }
        }
        Ok(ord_result(op, x.len().cmp(&y.len())))
    }

    /// One item pair of a sequence comparison: None while the items are
    /// equal (go on to the next pair), else the comparison's answer, from
    /// the first pair that differs. Ints, bools, floats and strings are
    /// ordered in line (the common sort key `(flag, count, name)`), which
    /// is what their `==` and then `op` would answer; a NaN and any other
    /// type take the general path.
    #[inline]
    fn item_pair_decides(&mut self, op: CmpOp, p: &Value<M>, q: &Value<M>) -> PyResult<Option<bool>, M> {
        let order = match primitive_order(p, q) {
            Some(Ordering::Equal) => return Ok(None),
            Some(order) => Some(order),
            None if self.eq(p, q)? => return Ok(None),
            None => None,
        };
        Ok(Some(match op {
            CmpOp::Eq => false,
            CmpOp::NotEq => true,
            _ => match order {
                Some(order) => ord_result(op, order),
                None => {
                    let r = self.rich_compare(op, p, q)?;
                    self.truthy(&r)?
                }
            },
        }))
    }

    /// `seq_compare` on two lists read one item pair at a time, lengths
    /// re-checked at each step, as CPython does (no copies of the lists).
    fn list_compare(&mut self, op: CmpOp, x: &M::Cell<Vec<Value<M>>>, y: &M::Cell<Vec<Value<M>>>) -> PyResult<bool, M> {
        let mut i = 0;
        loop {
            let (Some(p), Some(q)) = (x.with(|v| v.get(i).cloned()), y.with(|v| v.get(i).cloned())) else {
                let (nx, ny) = (x.with(|v| v.len()), y.with(|v| v.len()));
                return Ok(ord_result(op, nx.cmp(&ny)));
            };
            if let Some(decided) = self.item_pair_decides(op, &p, &q)? {
                return Ok(decided);
            }
            i += 1;
        }
    }

    /// `item in container`
    pub fn contains(&mut self, container: &Value<M>, item: &Value<M>) -> PyResult<bool, M> {
        if let Some(ObjKind::Class(c)) = container.kind()
            && c.metaclass.is_some()
            && let Some(f) = self.metaclass_method(container, "__contains__")
        {
            let r = self.call(&f, std::slice::from_ref(item), &[])?;
            return self.truthy(&r);
        }
        match container.kind() {
            Some(ObjKind::Str(s)) => match item.as_str() {
                Some(sub) => Ok(s.as_str().contains(sub)),
                None => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.type_name()
                ))),
            },
            Some(ObjKind::List(l)) => Ok(self.list_find(l, item, 0, usize::MAX)?.is_some()),
            Some(ObjKind::Tuple(t)) => self.any_eq(t, item),
            Some(ObjKind::Dict(d) | ObjKind::Set(d)) => {
                let key = self.dict_key(d, item.clone())?;
                Ok(d.with(|d| d.contains_key(&key)))
            }
            Some(ObjKind::FrozenSet(d)) => {
                let key = self.key(item.clone())?;
                let key = self.canonical_key(key, |k| d.eq_candidates(k))?;
                Ok(d.contains_key(&key))
            }
            Some(ObjKind::Range(r)) => match item {
                Value::Int(i) => {
                    let i = *i;
                    let inside = if r.step > 0 { i >= r.start && i < r.stop } else { i <= r.start && i > r.stop };
                    Ok(inside && (i - r.start) % r.step == 0)
                }
                _ => {
                    let items: Vec<Value<M>> = (0..r.len()).map(|k| Value::Int(r.get(k))).collect();
                    self.any_eq(&items, item)
                }
            },
            Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => {
                let b = bytes_like(container)?.unwrap_or_default();
                if let Some(sub) = bytes_like(item)? {
                    return Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]));
                }
                if matches!(item, Value::Int(_) | Value::Bool(_)) || matches!(item.kind(), Some(ObjKind::BigInt(_))) {
                    let byte = self.byte_value(item)?;
                    return Ok(b.contains(&byte));
                }
                match super::convert::index_value(self, item)? {
                    Some(_) => Ok(b.contains(&self.byte_value(item)?)),
                    None => {
                        Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", item.type_name())))
                    }
                }
            }
            Some(ObjKind::Instance(inst)) if let Some(p) = inst.builtin_view("__contains__") => self.contains(&p, item),
            Some(ObjKind::Instance(inst)) if inst.class().lookup("__contains__").is_some() => {
                let f = inst.class().lookup("__contains__").expect("checked");
                let r = self.call_special(&f, &[container.clone(), item.clone()])?;
                self.truthy(&r)
            }
            _ => {
                let it = self.get_iter(container).map_err(|_| {
                    PyErr::type_error(format!("argument of type '{}' is not iterable", container.type_name()))
                })?;
                while let Some(v) = self.next(&it)? {
                    if self.eq(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// The first index in `start..stop` whose item is `x` or equals it.
    /// The list is read one item at a time, re-checking its length, as
    /// CPython does: no copy of the whole list per search, and an `__eq__`
    /// that changes the list is seen by the rest of the search.
    pub fn list_find(
        &mut self,
        list: &M::Cell<Vec<Value<M>>>,
        x: &Value<M>,
        start: usize,
        stop: usize,
    ) -> PyResult<Option<usize>, M> {
        let mut i = start;
        while i < stop {
            let Some(v) = list.with(|l| l.get(i).cloned()) else { break };
            if quick_eq(&v, x).map_or_else(|| self.eq(&v, x), Ok)? {
                return Ok(Some(i));
            }
            i += 1;
        }
        Ok(None)
    }

    fn any_eq(&mut self, items: &[Value<M>], item: &Value<M>) -> PyResult<bool, M> {
        for v in items {
            if quick_eq(v, item).map_or_else(|| self.eq(v, item), Ok)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// CHECK_EXC_MATCH: `isinstance(exc, typ)` for a class or tuple of classes.
    pub fn exception_matches(&mut self, exc: &Value<M>, typ: &Value<M>) -> PyResult<bool, M> {
        match typ.kind() {
            Some(ObjKind::Class(_)) => Ok(self.isinstance(exc, typ.as_obj().expect("class"))),
            Some(ObjKind::Tuple(t)) => {
                for c in t.iter() {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }
}

/// `a == b` for the pairs a search meets most, answered without the
/// general dispatch: two ints, two strs, two classes of `type` itself
/// (`kind in (str, bytes)`); None for anything else. An identical pair is
/// equal here too, as `PyObject_RichCompareBool` says.
#[inline]
fn quick_eq<M: Model>(a: &Value<M>, b: &Value<M>) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => match (&x.kind, &y.kind) {
            (ObjKind::Str(s), ObjKind::Str(t)) => Some(s.as_str() == t.as_str()),
            (ObjKind::Class(c), ObjKind::Class(d)) if c.metaclass.is_none() && d.metaclass.is_none() => {
                Some(ObjRef::ptr_eq(x, y))
            }
            _ if ObjRef::ptr_eq(x, y) => Some(true),
            _ => None,
        },
        _ => None,
    }
}

fn eq_only(op: CmpOp, same: bool) -> Option<bool> {
    match op {
        CmpOp::Eq => Some(same),
        CmpOp::NotEq => Some(!same),
        _ => None,
    }
}

/// `a op b` when neither operand's method answered: identity for `==` and
/// `!=`, else the TypeError.
fn no_comparison_answer<M: Model>(op: CmpOp, a: &Value<M>, b: &Value<M>) -> PyResult<Value<M>, M> {
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        // object.__ne__ (every instance's, unless overridden) has
        // already inverted a definite `__eq__` answer.
        CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
        _ => Err(PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.type_name(),
            b.type_name()
        ))),
    }
}
