//! Building and combining dicts and sets (hashing through the VM, so user
//! `__hash__` methods run outside any container's cell).

use super::Vm;
use crate::ast::BinOp;
use crate::model::{Model, ObjCell};
use crate::object::dict::{Dict, Key, StrKey, may_compare_in_python};
use crate::object::set_ops::{self as set_methods, Aliases};
use crate::object::{ObjKind, PyErr, PyResult, Value};
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether any interpreter in this process has hashed a key whose
/// equality may run Python code. Until one has, a plain key (int, str, ...)
/// can only equal keys that compare natively, and dict lookups skip the
/// search for a Python-equal key (and, free-threaded, the lock it takes).
static PYTHON_EQ_KEYS_SEEN: AtomicBool = AtomicBool::new(false);

/// Called when a key's hash ran through Python (an instance, or a tuple
/// holding one): from now on plain keys look for Python-equal ones.
pub fn note_python_eq_key() {
    if !PYTHON_EQ_KEYS_SEEN.load(Ordering::Relaxed) {
        PYTHON_EQ_KEYS_SEEN.store(true, Ordering::Relaxed);
    }
}

/// `index` as a key looked up without building a `Key`: an exact str
/// (its hash cached in the string), while no key anywhere compares in
/// Python (until then a str equals only keys that compare natively, and
/// `StrKey` compares those the same way).
#[inline]
pub(super) fn plain_str_key<M: Model>(index: &Value<M>) -> Option<StrKey<'_>> {
    match index {
        Value::Obj(o)
            if let ObjKind::Str(s) = &o.kind
                && !PYTHON_EQ_KEYS_SEEN.load(Ordering::Relaxed) =>
        {
            Some(StrKey::with_hash(s.as_str(), s.hash()))
        }
        _ => None,
    }
}

/// A set's keys as set algebra reads them. A frozenset's table never
/// changes, so it is read in place; a set's is copied first, because a key's
/// `__eq__` may run Python code that changes the set (or, free-threaded,
/// another thread may) while the algebra walks it.
pub enum SetTable<'v, M: Model> {
    Frozen(&'v Dict<M>),
    Snapshot(Dict<M>),
}

impl<M: Model> SetTable<'_, M> {
    pub fn into_owned(self) -> Dict<M> {
        match self {
            SetTable::Frozen(d) => d.clone_layout(),
            SetTable::Snapshot(d) => d,
        }
    }
}

impl<M: Model> std::ops::Deref for SetTable<'_, M> {
    type Target = Dict<M>;
    fn deref(&self) -> &Dict<M> {
        match self {
            SetTable::Frozen(d) => d,
            SetTable::Snapshot(d) => d,
        }
    }
}

impl<M: Model> Vm<M> {
    /// Hash `v` as a key of the dict or set in `cell`, honouring a user
    /// `__eq__`: an existing key that compares equal is returned instead.
    pub fn dict_key(&mut self, cell: &M::Cell<Dict<M>>, v: Value<M>) -> PyResult<Key<M>, M> {
        let key = self.key(v)?;
        self.canonical_key(key, |key| cell.with(|d| d.eq_candidates(key)))
    }

    /// The key of the table that `key` equals, found with `__eq__` where
    /// native equality cannot tell (it is identity for instances), or
    /// `key` itself. `candidates` gives the table's `eq_candidates`; the
    /// comparisons run outside any container's cell.
    pub fn canonical_key(
        &mut self,
        key: Key<M>,
        candidates: impl FnOnce(&Key<M>) -> Vec<Key<M>>,
    ) -> PyResult<Key<M>, M> {
        if !may_compare_in_python(&key.value) && !PYTHON_EQ_KEYS_SEEN.load(Ordering::Relaxed) {
            return Ok(key);
        }
        // Candidates first: walking a deeply nested key for instances costs
        // its depth, and doing that on every insert made building nested
        // frozensets quadratic. Without a same-hash key there is nothing to
        // compare against.
        let candidates = candidates(&key);
        if candidates.is_empty() {
            return Ok(key);
        }
        let key_in_python = super::needs_python_eq(&key.value);
        for c in candidates {
            if c.value.is(&key.value) {
                return Ok(c);
            }
            if (key_in_python || super::needs_python_eq(&c.value)) && self.eq(&c.value, &key.value)? {
                return Ok(c);
            }
        }
        Ok(key)
    }

    /// The pairs of keys of `x` and `y` that are equal only by a Python
    /// `__eq__`, for the set algebra (which compares natively).
    pub fn set_aliases(&mut self, x: &Dict<M>, y: &Dict<M>) -> PyResult<Aliases<M>, M> {
        if !PYTHON_EQ_KEYS_SEEN.load(Ordering::Relaxed) {
            return Ok(Aliases::none());
        }
        let (small, big) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        self.aliases_of(small, |k| big.eq_candidates(k))
    }

    /// As `set_aliases`, for the set in `cell` (probed key by key of `y`,
    /// so an in-place operation stays O(len(y))).
    pub fn set_aliases_in(&mut self, cell: &M::Cell<Dict<M>>, y: &Dict<M>) -> PyResult<Aliases<M>, M> {
        if !PYTHON_EQ_KEYS_SEEN.load(Ordering::Relaxed) {
            return Ok(Aliases::none());
        }
        self.aliases_of(y, |k| cell.with(|d| d.eq_candidates(k)))
    }

    fn aliases_of(
        &mut self,
        keys: &Dict<M>,
        mut candidates: impl FnMut(&Key<M>) -> Vec<Key<M>>,
    ) -> PyResult<Aliases<M>, M> {
        let mut pairs = Vec::new();
        for k in keys.iter_keys() {
            let k_in_python = super::needs_python_eq(&k.value);
            for c in candidates(k) {
                if c.value.is(&k.value) {
                    break;
                }
                if (k_in_python || super::needs_python_eq(&c.value)) && self.eq(&c.value, &k.value)? {
                    pairs.push((k.clone(), c));
                    break;
                }
            }
        }
        Ok(Aliases::new(pairs))
    }

    pub fn new_set(&mut self, items: Vec<Value<M>>) -> PyResult<Value<M>, M> {
        let d = self.set_data(items)?;
        Ok(Value::obj(ObjKind::Set(M::Cell::new(d))))
    }

    /// BUILD_CONST_SET and LOAD_CONST_FROZENSET: CPython's constant
    /// frozenset of a display's items (`frozen`), or a new set copied from
    /// it. CPython's compiler builds that frozenset twice (the second time
    /// from the first one's iteration order, when it merges equal
    /// constants), and the layout shows it.
    pub fn new_const_set(&mut self, items: &Value<M>, frozen: bool) -> PyResult<Value<M>, M> {
        let items = self.collect(items)?;
        let folded = self.set_data(items)?;
        let constant = self.set_data(folded.keys())?;
        if frozen {
            return Ok(Value::obj(ObjKind::FrozenSet(constant)));
        }
        let mut table = Dict::new_set();
        table.merge_set(&constant);
        Ok(Value::obj(ObjKind::Set(M::Cell::new(table))))
    }

    /// `{*a, ...}` (SET_UPDATE) and `set.update(a)`: a set or frozenset is
    /// merged, as CPython does; any other iterable's items are added one
    /// by one as they come, so an unhashable item stops the update there,
    /// with the items before it added.
    pub fn set_update(&mut self, target: &Value<M>, iterable: &Value<M>) -> PyResult<(), M> {
        match iterable.kind() {
            Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)) => {
                let theirs = self.set_keys(iterable);
                if let Some(ObjKind::Set(d)) = target.kind() {
                    let aliases = self.set_aliases_in(d, &theirs)?;
                    d.with(|d| set_methods::union_into(d, &theirs, &aliases));
                    return Ok(());
                }
            }
            Some(ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Range(_) | ObjKind::Dict(_)) => {}
            _ => {
                let it = self.get_iter(iterable)?;
                while let Some(item) = self.next(&it)? {
                    self.set_add(target, item)?;
                }
                return Ok(());
            }
        }
        for item in self.collect(iterable)? {
            self.set_add(target, item)?;
        }
        Ok(())
    }

    /// A set's table of `items`, added in order.
    pub fn set_data(&mut self, items: Vec<Value<M>>) -> PyResult<Dict<M>, M> {
        self.keys_into(Dict::new_set(), items)
    }

    /// The table `set(v)` or `frozenset(v)` starts with: a set's keys laid
    /// out as CPython copies a set, a dict's after one resize, any other
    /// iterable's added in order.
    pub fn set_table_from(&mut self, v: &Value<M>) -> PyResult<Dict<M>, M> {
        match v.kind() {
            Some(ObjKind::Set(d)) => Ok(d.with(|d| d.clone())),
            Some(ObjKind::FrozenSet(d)) => Ok(d.clone()),
            Some(ObjKind::Dict(d)) => {
                let keys = d.with(|d| d.keys());
                let mut table = Dict::new_set();
                table.reserve_set(keys.len());
                self.keys_into(table, keys)
            }
            _ => self.keys_of_iterable(Dict::new_set(), v),
        }
    }

    /// The distinct items of the iterable `v`, added to `d` in order as
    /// they come, as CPython's `set_update_internal` does: an unhashable
    /// item stops the iteration there (a generator is left suspended after
    /// it), and no list of all the items is built first.
    pub fn keys_of_iterable(&mut self, mut d: Dict<M>, v: &Value<M>) -> PyResult<Dict<M>, M> {
        if let Some(ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Range(_)) = v.kind() {
            let items = self.collect(v)?;
            return self.keys_into(d, items);
        }
        let it = self.get_iter(v)?;
        while let Some(item) = self.next(&it)? {
            self.add_key(&mut d, item)?;
        }
        Ok(d)
    }

    fn keys_into(&mut self, mut d: Dict<M>, items: Vec<Value<M>>) -> PyResult<Dict<M>, M> {
        for v in items {
            self.add_key(&mut d, v)?;
        }
        Ok(d)
    }

    #[inline]
    fn add_key(&mut self, d: &mut Dict<M>, v: Value<M>) -> PyResult<(), M> {
        let k = self.key(v)?;
        let k = self.canonical_key(k, |k| d.eq_candidates(k))?;
        d.insert(k, Value::None);
        Ok(())
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

    /// The table of a set or frozenset to compute from: a frozenset's own,
    /// a set's snapshot (layout and all).
    pub fn set_keys<'v>(&self, v: &'v Value<M>) -> SetTable<'v, M> {
        match v.kind() {
            Some(ObjKind::Set(d)) => SetTable::Snapshot(d.with(|d| d.clone_layout())),
            Some(ObjKind::FrozenSet(d)) => SetTable::Frozen(d),
            _ => SetTable::Snapshot(Dict::new_set()),
        }
    }

    /// `|`, `&`, `^`, `-` on sets (the result has the left operand's
    /// type), by CPython's algorithms so results iterate in its order.
    pub fn set_operator(&mut self, op: BinOp, inplace: bool, a: &Value<M>, b: &Value<M>) -> PyResult<Value<M>, M> {
        if let (true, true, Some(ObjKind::Set(d))) = (inplace, a.is(b), a.kind()) {
            // `s |= s` changes nothing, `s -= s` and `s ^= s` clear, and
            // `s &= s` takes a copy of itself, as in CPython.
            let old = match op {
                BinOp::BitOr => return Ok(a.clone()),
                BinOp::BitAnd => d.with(|d| d.swap_set_body(d.clone())),
                _ => d.with(|d| d.clear_set()),
            };
            drop(old);
            return Ok(a.clone());
        }
        let y = self.set_keys(b);
        if let (true, BinOp::BitOr | BinOp::Sub | BinOp::BitXor, Some(ObjKind::Set(d))) = (inplace, op, a.kind()) {
            // In place, in O(len(b)), as CPython does.
            let aliases = self.set_aliases_in(d, &y)?;
            let removed = d.with(|d| match op {
                BinOp::BitOr => {
                    set_methods::union_into(d, &y, &aliases);
                    Vec::new()
                }
                BinOp::Sub => set_methods::subtract_in_place(d, &y, &aliases),
                _ => set_methods::sym_diff_in_place(d, y.into_owned(), &aliases),
            });
            drop(removed);
            return Ok(a.clone());
        }
        let x = self.set_keys(a);
        let aliases = if a.is(b) { Aliases::none() } else { self.set_aliases(&x, &y)? };
        let out = match op {
            // `s | s` and `s & s` are copies of `s`.
            BinOp::BitOr | BinOp::BitAnd if a.is(b) => x.clone(),
            BinOp::BitOr => {
                let mut out = x.clone();
                set_methods::union_into(&mut out, &y, &aliases);
                out
            }
            BinOp::BitAnd => set_methods::intersection(&x, &y, &aliases),
            BinOp::Sub => set_methods::difference(&x, &y, &aliases),
            BinOp::BitXor => set_methods::symmetric_difference(&x, &y, &aliases),
            _ => unreachable!(),
        };
        match a.kind() {
            Some(ObjKind::Set(d)) if inplace => {
                let old = d.with(|d| d.swap_set_body(out));
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
            let key = self.canonical_key(key, |k| d.eq_candidates(k))?;
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
