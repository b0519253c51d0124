//! The insertion-ordered hash table behind `dict` (and, for now, `set`).
//!
//! Keys are hashed and compared natively (numbers across int/float/bool,
//! strings, tuples and frozensets by value; everything else by identity), so
//! a lookup never calls back into Python while the dict is locked.

use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::IndexMap;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::hash::{hash_bigint, hash_float, hash_int, hash_str, hash_tuple};
use super::{ObjKind, Value};
use crate::model::Model;

/// A key with its Python hash computed once.
pub struct Key<M: Model> {
    pub hash: i64,
    pub value: Value<M>,
}

impl<M: Model> Clone for Key<M> {
    fn clone(&self) -> Self {
        Key { hash: self.hash, value: self.value.clone() }
    }
}

impl<M: Model> Hash for Key<M> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl<M: Model> PartialEq for Key<M> {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && native_eq(&self.value, &other.value)
    }
}
impl<M: Model> Eq for Key<M> {}

/// Passes the precomputed Python hash through (mixing its bits a little,
/// since small ints hash to themselves).
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0.wrapping_mul(0x9E3779B97F4A7C15)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8) ^ (*b as u64);
        }
    }
    fn write_i64(&mut self, i: i64) {
        self.0 = i as u64;
    }
}

pub type Table<M> = IndexMap<Key<M>, Value<M>, BuildHasherDefault<PassThrough>>;

pub struct Dict<M: Model> {
    pub map: Table<M>,
}

impl<M: Model> Default for Dict<M> {
    fn default() -> Self {
        Dict { map: Table::default() }
    }
}

impl<M: Model> Clone for Dict<M> {
    fn clone(&self) -> Self {
        Dict { map: self.map.clone() }
    }
}

/// Why a value cannot be a key: the unhashable type's name.
pub struct Unhashable(pub String);

impl<M: Model> Dict<M> {
    pub fn new() -> Dict<M> {
        Dict::default()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn get(&self, key: &Key<M>) -> Option<&Value<M>> {
        self.map.get(key)
    }
    /// Insert; an existing key keeps its original key object and position.
    pub fn insert(&mut self, key: Key<M>, value: Value<M>) -> Option<Value<M>> {
        match self.map.get_mut(&key) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => {
                self.map.insert(key, value);
                None
            }
        }
    }
    /// Remove keeping the order of the rest (Python semantics).
    pub fn remove(&mut self, key: &Key<M>) -> Option<Value<M>> {
        self.map.shift_remove(key)
    }
    pub fn get_str(&self, name: &str) -> Option<&Value<M>> {
        self.map.get(&Key { hash: hash_str(name), value: Value::str(name) })
    }
    pub fn set_str(&mut self, name: &str, value: Value<M>) {
        self.insert(Key { hash: hash_str(name), value: Value::str(name) }, value);
    }
    pub fn keys(&self) -> Vec<Value<M>> {
        self.map.keys().map(|k| k.value.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value<M>> {
        self.map.values().cloned().collect()
    }
    pub fn items(&self) -> Vec<(Value<M>, Value<M>)> {
        self.map.iter().map(|(k, v)| (k.value.clone(), v.clone())).collect()
    }
}

impl<M: Model> Key<M> {
    /// Hash a value natively, or say why it is unhashable.
    pub fn new(value: Value<M>) -> Result<Key<M>, Unhashable> {
        let hash = native_hash(&value)?;
        Ok(Key { hash, value })
    }
    pub fn str(s: &str) -> Key<M> {
        Key { hash: hash_str(s), value: Value::str(s) }
    }
}

pub fn native_hash<M: Model>(value: &Value<M>) -> Result<i64, Unhashable> {
    Ok(match value {
        Value::Undef | Value::None => 0x5f3759df,
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_int(*i),
        Value::Float(f) => hash_float(*f),
        Value::Obj(o) => match &o.kind {
            ObjKind::Str(s) => hash_str(s.as_str()),
            ObjKind::BigInt(b) => hash_bigint(b),
            ObjKind::Bytes(b) => hash_str(&String::from_utf8_lossy(b)) ^ 0x55,
            ObjKind::Tuple(items) => {
                let hashes = items.iter().map(native_hash).collect::<Result<Vec<_>, _>>()?;
                hash_tuple(hashes.into_iter())
            }
            ObjKind::FrozenSet(d) => {
                // Order-independent, like CPython's frozenset hash (not its value).
                d.map.keys().fold(0x2f2f_i64, |acc, k| acc ^ k.hash.wrapping_mul(0x5bd1e995))
            }
            ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Set(_) => {
                return Err(Unhashable(o.kind.type_name().to_string()));
            }
            ObjKind::Instance(i) if i.unhashable() => {
                return Err(Unhashable(o.kind.type_name().to_string()));
            }
            _ => (o.addr() >> 4) as i64,
        },
    })
}

/// A number as (small int, or float, or big int) for cross-type comparison.
pub enum Num<'a> {
    Int(i64),
    Float(f64),
    Big(&'a BigInt),
}

pub fn as_num<M: Model>(v: &Value<M>) -> Option<Num<'_>> {
    match v {
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.kind {
            ObjKind::BigInt(b) => Some(Num::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

/// Exact numeric equality across int, float and big int.
pub fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
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
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num_eq(&x, &y);
    }
    match (a, b) {
        (Value::None, Value::None) | (Value::Undef, Value::Undef) => true,
        (Value::Obj(x), Value::Obj(y)) => {
            if crate::object::ObjRef::ptr_eq(x, y) {
                return true;
            }
            match (&x.kind, &y.kind) {
                (ObjKind::Str(s), ObjKind::Str(t)) => s.as_str() == t.as_str(),
                (ObjKind::Bytes(s), ObjKind::Bytes(t)) => s == t,
                (ObjKind::Tuple(s), ObjKind::Tuple(t)) => {
                    s.len() == t.len() && s.iter().zip(t.iter()).all(|(p, q)| native_eq(p, q))
                }
                (ObjKind::FrozenSet(s), ObjKind::FrozenSet(t)) => {
                    s.len() == t.len() && s.map.keys().all(|k| t.map.contains_key(k))
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// For `float(big_int)` style conversions.
pub fn big_to_f64(b: &BigInt) -> f64 {
    b.to_f64().unwrap_or(f64::INFINITY)
}
