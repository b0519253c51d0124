//! Building and combining dicts and sets (hashing through the VM, so user
//! `__hash__` methods run outside any container's cell).

use super::Vm;
use crate::ast::BinOp;
use crate::model::{Model, ObjCell};
use crate::object::dict::Dict;
use crate::object::{ObjKind, PyErr, PyResult, Value};

impl<M: Model> Vm<M> {
    pub fn new_set(&mut self, items: Vec<Value<M>>) -> PyResult<Value<M>, M> {
        let d = self.set_data(items)?;
        Ok(Value::obj(ObjKind::Set(M::Cell::new(d))))
    }

    pub fn set_data(&mut self, items: Vec<Value<M>>) -> PyResult<Dict<M>, M> {
        let mut d = Dict::new();
        for v in items {
            let k = self.key(v)?;
            d.insert(k, Value::None);
        }
        Ok(d)
    }

    pub fn set_add(&mut self, set: &Value<M>, v: Value<M>) -> PyResult<(), M> {
        let k = self.key(v)?;
        match set.kind() {
            Some(ObjKind::Set(d)) => {
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
        let x = self.set_keys(a);
        let y = self.set_keys(b);
        let mut out = Dict::new();
        match op {
            BinOp::BitOr => {
                for (k, v) in x.map.iter().chain(y.map.iter()) {
                    out.insert(k.clone(), v.clone());
                }
            }
            BinOp::BitAnd => {
                for (k, v) in x.map.iter() {
                    if y.map.contains_key(k) {
                        out.insert(k.clone(), v.clone());
                    }
                }
            }
            BinOp::Sub => {
                for (k, v) in x.map.iter() {
                    if !y.map.contains_key(k) {
                        out.insert(k.clone(), v.clone());
                    }
                }
            }
            BinOp::BitXor => {
                for (k, v) in x.map.iter() {
                    if !y.map.contains_key(k) {
                        out.insert(k.clone(), v.clone());
                    }
                }
                for (k, v) in y.map.iter() {
                    if !x.map.contains_key(k) {
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
            let key = self.key(k)?;
            let old = target_cell.with(|d| d.insert(key, v));
            drop(old);
        }
        Ok(())
    }
}
