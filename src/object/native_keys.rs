//! How dict and set keys hash and compare without calling back into
//! Python: numbers across int/float/bool, strings, bytes, tuples and
//! frozensets by value, everything else by identity (see `object/dict.rs`,
//! which re-exports these).

use num_bigint::BigInt;

use super::dict::Unhashable;
use super::hash::{hash_bigint, hash_float, hash_frozenset, hash_int, hash_str, hash_tuple};
use super::{ObjKind, Value};
use crate::model::Model;

pub fn native_hash<M: Model>(value: &Value<M>) -> Result<i64, Unhashable> {
    Ok(match value {
        Value::Undef | Value::None => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_int(*i),
        Value::Float(f) => hash_float(*f),
        Value::Obj(o) => match &o.kind {
            ObjKind::Str(s) => s.hash(),
            ObjKind::BigInt(b) => hash_bigint(b),
            ObjKind::Complex(c) => c.hash(),
            ObjKind::Bytes(b) => hash_str(&String::from_utf8_lossy(b)) ^ 0x55,
            ObjKind::Tuple(items) => native_tuple_hash(items)?,
            ObjKind::FrozenSet(d) => hash_frozenset(d.iter_keys().map(|k| k.hash), d.len()),
            // A read-only view hashes as the bytes it shows (`vm.key` has
            // turned writable and released views away).
            ObjKind::MemoryView(m) => hash_str(&String::from_utf8_lossy(&m.to_vec())) ^ 0x55,
            ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Set(_) | ObjKind::ByteArray(_) | ObjKind::Slice(_) => {
                return Err(Unhashable(o.kind.type_name().to_string()));
            }
            ObjKind::Instance(i) if i.unhashable() => {
                return Err(Unhashable(o.kind.type_name().to_string()));
            }
            // As CPython's method hash: the receiver's identity and the
            // function's hash (equal bound methods hash alike).
            ObjKind::BoundMethod(f, receiver) => identity_hash(receiver) ^ identity_hash(f),
            _ => (o.addr() >> 4) as i64,
        },
    })
}

/// A hash that follows `is`: an object's address, an unboxed value's own.
pub fn identity_hash<M: Model>(v: &Value<M>) -> i64 {
    match v {
        Value::Obj(o) => (o.addr() >> 4) as i64,
        unboxed => native_hash(unboxed).unwrap_or(0),
    }
}

/// The hash of a tuple from its items' hashes, walking nested tuples with
/// an explicit stack: tuples nest arbitrarily deep (`t = (t,)` a million
/// times) and hashing must not overflow the Rust stack. Like CPython, no
/// depth limit applies.
fn native_tuple_hash<M: Model>(root: &[Value<M>]) -> Result<i64, Unhashable> {
    // A flat tuple (the usual key: `(x, y)`) is hashed item by item,
    // without the levels below and their allocations.
    if !root.iter().any(|v| matches!(v.kind(), Some(ObjKind::Tuple(_)))) {
        let mut hasher = super::hash::TupleHasher::new(root.len());
        for item in root {
            hasher.add(native_hash(item)?);
        }
        return Ok(hasher.finish());
    }
    // Each level: its items, the next one to hash, and the hashes so far.
    type Level<'a, M> = (&'a [Value<M>], usize, Vec<i64>);
    let mut levels: Vec<Level<'_, M>> = vec![(root, 0, Vec::with_capacity(root.len()))];
    while let Some((items, next, hashes)) = levels.last_mut() {
        let Some(item) = items.get(*next) else {
            let (_, _, hashes) = levels.pop().expect("a level is open");
            let h = hash_tuple(hashes.into_iter());
            match levels.last_mut() {
                Some((_, _, parent)) => parent.push(h),
                None => return Ok(h),
            }
            continue;
        };
        *next += 1;
        match item.kind() {
            Some(ObjKind::Tuple(inner)) => levels.push((inner, 0, Vec::with_capacity(inner.len()))),
            _ => hashes.push(native_hash(item)?),
        }
    }
    unreachable!("the root level returns")
}

/// A number as (small int, or float, or big int) for cross-type comparison.
pub enum Num<'a> {
    Int(i64),
    Float(f64),
    Big(&'a BigInt),
    Complex(super::complex::Complex),
}

pub fn as_num<M: Model>(v: &Value<M>) -> Option<Num<'_>> {
    match v {
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.kind {
            ObjKind::BigInt(b) => Some(Num::Big(b)),
            ObjKind::Complex(c) => Some(Num::Complex(*c)),
            _ => None,
        },
        _ => None,
    }
}

/// Exact numeric equality across int, float, big int and complex (a
/// complex equals a real number when its imaginary part is zero).
pub fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Complex(x), Num::Complex(y)) => x.re == y.re && x.im == y.im,
        (Num::Complex(c), other) | (other, Num::Complex(c)) => c.im == 0.0 && num_eq(&Num::Float(c.re), other),
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_float_eq(*i, *f),
        (Num::Big(x), Num::Big(y)) => x == y,
        (Num::Big(_), Num::Int(_)) | (Num::Int(_), Num::Big(_)) => false,
        (Num::Big(b), Num::Float(f)) | (Num::Float(f), Num::Big(b)) => {
            f.is_finite() && f.fract() == 0.0 && BigInt::from_f64_exact(*f).is_some_and(|x| &x == *b)
        }
    }
}

fn int_float_eq(i: i64, f: f64) -> bool {
    if f.fract() != 0.0 || !f.is_finite() {
        return false;
    }
    if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) { f as i64 == i } else { false }
}

trait FromF64Exact: Sized {
    fn from_f64_exact(f: f64) -> Option<Self>;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> Option<BigInt> {
        num_traits::FromPrimitive::from_f64(f)
    }
}

/// Equality that never calls Python: numbers by value, str/bytes by
/// content, tuples and frozensets element-wise, everything else by identity.
pub fn native_eq<M: Model>(a: &Value<M>, b: &Value<M>) -> bool {
    // The common case (str, int, identical objects) is settled in one
    // step without touching the heap: this runs on every dict probe.
    let (s, t) = match shallow_eq(a, b) {
        Shallow::Equal => return true,
        Shallow::Different => return false,
        Shallow::Items(s, t) => (s, t),
    };
    if s.len() != t.len() {
        return false;
    }
    // Nested tuples are compared with an explicit stack of item pairs, so
    // deep nesting cannot overflow the Rust stack (no Python code runs
    // here, so the order of the comparisons is unobservable).
    let mut pending: Vec<(&Value<M>, &Value<M>)> = s.iter().zip(t.iter()).collect();
    while let Some((a, b)) = pending.pop() {
        match shallow_eq(a, b) {
            Shallow::Equal => {}
            Shallow::Different => return false,
            Shallow::Items(s, t) => {
                if s.len() != t.len() {
                    return false;
                }
                pending.extend(s.iter().zip(t.iter()));
            }
        }
    }
    true
}

/// One step of [`native_eq`].
enum Shallow<'a, M: Model> {
    Equal,
    Different,
    /// Two tuples: equal if their items are, pairwise.
    Items(&'a [Value<M>], &'a [Value<M>]),
}

fn shallow_eq<'a, M: Model>(a: &'a Value<M>, b: &'a Value<M>) -> Shallow<'a, M> {
    // Identity first, as CPython's PyObject_RichCompareBool (a NaN is
    // equal to itself; unboxed floats are the same object when their bits are).
    if a.is(b) {
        return Shallow::Equal;
    }
    // Two strs, the usual keys: answered before the numeric checks, and in
    // line (a libc call costs more than comparing a short key).
    if let (Value::Obj(x), Value::Obj(y)) = (a, b)
        && let (ObjKind::Str(s), ObjKind::Str(t)) = (&x.kind, &y.kind)
    {
        let same = super::pystr::short_eq(s.as_str().as_bytes(), t.as_str().as_bytes());
        return if same { Shallow::Equal } else { Shallow::Different };
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return if num_eq(&x, &y) { Shallow::Equal } else { Shallow::Different };
    }
    let same = match (a, b) {
        (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
        (Value::Obj(x), Value::Obj(y)) => {
            if crate::object::ObjRef::ptr_eq(x, y) {
                return Shallow::Equal;
            }
            match (&x.kind, &y.kind) {
                (ObjKind::Bytes(s), ObjKind::Bytes(t)) => s == t,
                (ObjKind::Tuple(s), ObjKind::Tuple(t)) => return Shallow::Items(s, t),
                (ObjKind::BoundMethod(f, r), ObjKind::BoundMethod(g, q)) => f.is(g) && r.is(q),
                (ObjKind::FrozenSet(s), ObjKind::FrozenSet(t)) => {
                    s.len() == t.len() && s.iter_keys().all(|k| t.contains_key(k))
                }
                (ObjKind::Instance(i), _) if let Some(p) = i.builtin_view("__eq__") => native_eq(&p, b),
                (_, ObjKind::Instance(i)) if let Some(p) = i.builtin_view("__eq__") => native_eq(a, &p),
                _ => false,
            }
        }
        (Value::Obj(x), _)
            if let ObjKind::Instance(i) = &x.kind
                && let Some(p) = i.builtin_view("__eq__") =>
        {
            native_eq(&p, b)
        }
        (_, Value::Obj(y))
            if let ObjKind::Instance(i) = &y.kind
                && let Some(p) = i.builtin_view("__eq__") =>
        {
            native_eq(a, &p)
        }
        _ => false,
    };
    if same { Shallow::Equal } else { Shallow::Different }
}

/// Whether comparing `v` for equality may run Python code, judged two
/// levels deep: an instance, a frozenset, or a tuple holding any of those
/// (or another tuple). A tuple of plain values, the usual composite key,
/// compares natively.
pub fn may_compare_in_python<M: Model>(v: &Value<M>) -> bool {
    let container_or_instance =
        |v: &Value<M>| matches!(v.kind(), Some(ObjKind::Instance(_) | ObjKind::Tuple(_) | ObjKind::FrozenSet(_)));
    match v.kind() {
        Some(ObjKind::Tuple(items)) => items.iter().any(container_or_instance),
        _ => container_or_instance(v),
    }
}
