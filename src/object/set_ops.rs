//! Set algebra on sets' tables, shared by the set methods and the VM's
//! operators (which must not reach into `modules/`). Each function follows
//! the CPython 3.11 algorithm of the same operation step for step, because
//! which keys are added in which order decides the result's iteration
//! order (see `set_order`). A table that is not a set's (`is_set_table`
//! false) stands for any other iterable: its keys in iteration order.

use super::Value;
use super::dict::{Dict, Key};
use crate::model::Model;

/// Entries taken out of a set while its cell is held, to be dropped after.
pub type Removed<M> = Vec<(Key<M>, Value<M>)>;

/// Pairs of keys, one from each operand, that only a Python `__eq__` finds
/// equal (two equal frozen dataclass instances, `6` and an `IntEnum`
/// member of value 6): native equality, which the algebra runs on, is
/// identity for instances. The VM finds them (calling `__eq__`) before an
/// operation, outside any set's cell.
pub struct Aliases<M: Model>(Vec<(Key<M>, Key<M>)>);

impl<M: Model> Aliases<M> {
    pub fn none() -> Aliases<M> {
        Aliases(Vec::new())
    }

    pub fn new(pairs: Vec<(Key<M>, Key<M>)>) -> Aliases<M> {
        Aliases(pairs)
    }

    /// The key to look `k` up by in `table`: an alias of `k` that `table`
    /// holds, or `k` itself.
    pub fn resolve<'a>(&'a self, table: &Dict<M>, k: &'a Key<M>) -> &'a Key<M> {
        if self.0.is_empty() || table.contains_key(k) {
            return k;
        }
        for (a, b) in &self.0 {
            if a.value.is(&k.value) && table.contains_key(b) {
                return b;
            }
            if b.value.is(&k.value) && table.contains_key(a) {
                return a;
            }
        }
        k
    }

    /// Whether `table` holds `k` or an alias of it.
    pub fn holds(&self, table: &Dict<M>, k: &Key<M>) -> bool {
        table.contains_key(self.resolve(table, k))
    }
}

/// `a |= b`, `a.update(b)` (`set_update_internal`): a set is merged, any
/// other iterable's keys are added in order.
pub fn union_into<M: Model>(a: &mut Dict<M>, b: &Dict<M>, aliases: &Aliases<M>) {
    if aliases.0.is_empty() {
        a.merge_set(b);
        return;
    }
    a.reserve_set(b.len());
    for (k, v) in b.iter() {
        if !aliases.holds(a, k) {
            a.insert_new(k.clone(), v.clone());
        }
    }
}

/// `a -= b`, `a.difference_update(b)`: discard each key of `b`, then
/// purge the deleted slots if they fill over a quarter of the table.
pub fn subtract_in_place<M: Model>(a: &mut Dict<M>, b: &Dict<M>, aliases: &Aliases<M>) -> Removed<M> {
    let removed = b
        .iter_keys()
        .filter_map(|k| {
            let k = aliases.resolve(a, k);
            a.remove_entry(k)
        })
        .collect();
    a.purge_set_dummies();
    removed
}

/// `a ^= b`: each key of `b` (made a set first) leaves `a` if there,
/// else joins it.
pub fn sym_diff_in_place<M: Model>(a: &mut Dict<M>, b: Dict<M>, aliases: &Aliases<M>) -> Removed<M> {
    let mut removed = Vec::new();
    for (k, v) in b.into_set_table() {
        let found = aliases.resolve(a, &k).clone();
        match a.remove_entry(&found) {
            Some(old) => removed.push(old),
            None => {
                a.insert(k, v);
            }
        }
    }
    removed
}

/// `a & b` (`set_intersection`): walk the smaller set (or the iterable),
/// keeping the keys the other one holds, in a new set.
pub fn intersection<M: Model>(a: &Dict<M>, b: &Dict<M>, aliases: &Aliases<M>) -> Dict<M> {
    let (walk, probe) = if b.is_set_table() && b.len() > a.len() { (a, b) } else { (b, a) };
    let mut out = Dict::new_set();
    for (k, v) in walk.iter() {
        if aliases.holds(probe, k) {
            out.insert_new(k.clone(), v.clone());
        }
    }
    out
}

/// `a - b` (`set_difference`): copy `a` and discard `b`'s keys when `b`
/// is an iterable or much smaller; otherwise keep `a`'s keys `b` lacks.
pub fn difference<M: Model>(a: &Dict<M>, b: &Dict<M>, aliases: &Aliases<M>) -> Dict<M> {
    if !b.is_set_table() || (a.len() >> 2) > b.len() {
        let mut out = a.clone();
        drop(subtract_in_place(&mut out, b, aliases));
        return out;
    }
    let mut out = Dict::new_set();
    for (k, v) in a.iter() {
        if !aliases.holds(b, k) {
            out.insert_new(k.clone(), v.clone());
        }
    }
    out
}

/// `a ^ b` (`set_symmetric_difference`): a new set of `b`'s keys, then
/// `^=` with `a`.
pub fn symmetric_difference<M: Model>(a: &Dict<M>, b: &Dict<M>, aliases: &Aliases<M>) -> Dict<M> {
    let mut out = Dict::new_set();
    out.merge_set(b);
    drop(sym_diff_in_place(&mut out, a.clone_layout(), aliases));
    out
}
