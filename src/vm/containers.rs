//! Building and combining dicts and sets (hashing through the VM, so user
//! `__hash__` methods run outside any container's cell).

use super::Vm;
use crate::ast::BinOp;
use crate::model::{Model, ObjCell};
use crate::object::dict::{Dict, Key};
use crate::object::set_ops as set_methods;
use crate::object::{ObjKind, PyErr, PyResult, Value};

impl<M: Model> Vm<M> {
    /// Hash `v` as a key of the dict or set in `cell`, honouring a user
    /// `__eq__`: an existing key that compares equal is returned instead.
    pub fn dict_key(&mut self, cell: &M::Cell<Dict<M>>, v: Value<M>) -> PyResult<Key<M>, M> {
        let key = self.key(v)?;
        let hash = key.hash;
        self.canonical_key(key, || cell.with(|d| d.keys_with_hash(hash)))
    }

    /// Native key equality is identity for instances; for classes that
    /// define `__eq__`, look for an equal key among the candidates (the
    /// comparisons run outside any container's cell).
    pub fn canonical_key(&mut self, key: Key<M>, candidates: impl FnOnce() -> Vec<Key<M>>) -> PyResult<Key<M>, M> {
        if !super::needs_python_eq(&key.value) {
            return Ok(key);
        }
        for c in candidates() {
            if c.hash == key.hash && (c.value.is(&key.value) || self.eq(&c.value, &key.value)?) {
                return Ok(c);
            }
        }
        Ok(key)
    }

    pub fn new_set(&mut self, items: Vec<Value<M>>) -> PyResult<Value<M>, M> {
        let d = self.set_data(items)?;
        Ok(Value::obj(ObjKind::Set(M::Cell::new(d))))
    }

    pub fn set_data(&mut self, items: Vec<Value<M>>) -> PyResult<Dict<M>, M> {
        let mut d = Dict::new();
        for v in items {
            let k = self.key(v)?;
            let hash = k.hash;
            let k = self.canonical_key(k, || d.keys_with_hash(hash))?;
            d.insert(k, Value::None);
        }
        Ok(d)
    }

    pub fn set_add(&mut self, set: &Value<M>, v: Value<M>) -> PyResult<(), M> {
        match set.kind() {
            Some(ObjKind::Set(d)) => {
                let k = self.dict_key(d, v)?;
                d.with(|d| d.insert(k, Value::None));
                Ok(())
            }
            _ => Err(PyErr::type_error("not a set")),
        }
    }

    /// A copy of a set's or frozenset's table.
    pub fn set_keys(&self, v: &Value<M>) -> Dict<M> {
        match v.kind() {
            Some(ObjKind::Set(d)) => d.with(|d| d.clone()),
            Some(ObjKind::FrozenSet(d)) => d.clone(),
            _ => Dict::new(),
        }
    }

    /// `|`, `&`, `^`, `-` on sets (the result has the left operand's type).
    pub fn set_operator(&mut self, op: BinOp, inplace: bool, a: &Value<M>, b: &Value<M>) -> PyResult<Value<M>, M> {
        let y = self.set_keys(b);
        if let (true, BinOp::BitOr | BinOp::Sub | BinOp::BitXor, Some(ObjKind::Set(d))) = (inplace, op, a.kind()) {
            // In place, in O(len(b)), as CPython does.
            let removed = d.with(|d| match op {
                BinOp::BitOr => {
                    set_methods::union_into(d, y);
                    Vec::new()
                }
                BinOp::Sub => set_methods::subtract_in_place(d, &y),
                _ => set_methods::sym_diff_in_place(d, y),
            });
            drop(removed);
            return Ok(a.clone());
        }
        let x = self.set_keys(a);
        let mut out = Dict::new();
        match op {
            BinOp::BitOr => {
                for (k, v) in x.iter().chain(y.iter()) {
                    out.insert(k.clone(), v.clone());
                }
            }
            BinOp::BitAnd => {
                for (k, v) in x.iter() {
                    if y.contains_key(k) {
                        out.insert(k.clone(), v.clone());
                    }
                }
            }
            BinOp::Sub => {
                for (k, v) in x.iter() {
                    if !y.contains_key(k) {
                        out.insert(k.clone(), v.clone());
                    }
                }
            }
            BinOp::BitXor => {
                for (k, v) in x.iter() {
                    if !y.contains_key(k) {
                        out.insert(k.clone(), v.clone());
                    }
                }
                for (k, v) in y.iter() {
                    if !x.contains_key(k) {
                        out.insert(k.clone(), v.clone());
                    }
                }
            }
            _ => unreachable!(),
        }
        match a.kind() {
            Some(ObjKind::Set(d)) if inplace => {
                let old = d.with(|d| std::mem::replace(d, out));
                drop(old);
                Ok(a.clone())
            }
            Some(ObjKind::FrozenSet(_)) => Ok(Value::obj(ObjKind::FrozenSet(out))),
            _ => Ok(Value::obj(ObjKind::Set(M::Cell::new(out)))),
        }
    }

    /// BUILD_MAP: `[k1, v1, k2, v2, ...]`.
    pub fn dict_from_pairs(&mut self, items: Vec<Value<M>>) -> PyResult<Value<M>, M> {
        let mut d = Dict::new();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            let key = self.key(k)?;
            let hash = key.hash;
            let key = self.canonical_key(key, || d.keys_with_hash(hash))?;
            d.insert(key, v);
        }
        Ok(Value::dict(d))
    }

    /// `target.update(mapping)` for dict displays, `**` and `dict.update`.
    pub fn dict_update(&mut self, target: &Value<M>, mapping: &Value<M>) -> PyResult<(), M> {
        let pairs = match mapping.kind() {
            Some(ObjKind::Dict(d)) => d.with(|d| d.items()),
            Some(ObjKind::Instance(_)) if self.getattr_opt(mapping, "keys")?.is_some() => {
                let keys = self.call_method(mapping, "keys", &[])?;
                let keys = self.collect(&keys)?;
                let mut pairs = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.getitem(mapping, &k)?;
                    pairs.push((k, v));
                }
                pairs
            }
            _ => {
                return Err(PyErr::type_error(format!("'{}' object is not a mapping", mapping.type_name())));
            }
        };
        let target_cell = match target.kind() {
            Some(ObjKind::Dict(d)) => d,
            _ => return Err(PyErr::type_error("not a dict")),
        };
        for (k, v) in pairs {
            let key = self.dict_key(target_cell, k)?;
            let old = target_cell.with(|d| d.insert(key, v));
            drop(old);
        }
        Ok(())
    }
}
