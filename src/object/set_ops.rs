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

/// `a |= b`, `a.update(b)` (`set_update_internal`): a set is merged, any
/// other iterable's keys are added in order.
pub fn union_into<M: Model>(a: &mut Dict<M>, b: &Dict<M>) {
    a.merge_set(b);
}

/// `a -= b`, `a.difference_update(b)`: discard each key of `b`, then
/// purge the deleted slots if they fill over a quarter of the table.
pub fn subtract_in_place<M: Model>(a: &mut Dict<M>, b: &Dict<M>) -> Removed<M> {
    let removed = b.iter_keys().filter_map(|k| a.remove_entry(k)).collect();
    a.purge_set_dummies();
    removed
}

/// `a ^= b`: each key of `b` (made a set first) leaves `a` if there,
/// else joins it.
pub fn sym_diff_in_place<M: Model>(a: &mut Dict<M>, b: Dict<M>) -> Removed<M> {
    let mut removed = Vec::new();
    for (k, v) in b.into_set_table() {
        match a.remove_entry(&k) {
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
pub fn intersection<M: Model>(a: &Dict<M>, b: &Dict<M>) -> Dict<M> {
    let (walk, probe) = if b.is_set_table() && b.len() > a.len() { (a, b) } else { (b, a) };
    let mut out = Dict::new_set();
    for (k, v) in walk.iter() {
        if probe.contains_key(k) {
            out.insert_new(k.clone(), v.clone());
        }
    }
    out
}

/// `a - b` (`set_difference`): copy `a` and discard `b`'s keys when `b`
/// is an iterable or much smaller; otherwise keep `a`'s keys `b` lacks.
pub fn difference<M: Model>(a: &Dict<M>, b: &Dict<M>) -> Dict<M> {
    if !b.is_set_table() || (a.len() >> 2) > b.len() {
        let mut out = a.clone();
        drop(subtract_in_place(&mut out, b));
        return out;
    }
    let mut out = Dict::new_set();
    for (k, v) in a.iter() {
        if !b.contains_key(k) {
            out.insert_new(k.clone(), v.clone());
        }
    }
    out
}

/// `a ^ b` (`set_symmetric_difference`): a new set of `b`'s keys, then
/// `^=` with `a`.
pub fn symmetric_difference<M: Model>(a: &Dict<M>, b: &Dict<M>) -> Dict<M> {
    let mut out = Dict::new_set();
    out.merge_set(b);
    drop(sym_diff_in_place(&mut out, a.clone_layout()));
    out
}
