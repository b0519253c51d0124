//! In-place set algebra on a set's table, shared by the set methods and the
//! VM's `|=`, `-=` and `^=` (which must not reach into `modules/`).

use super::Value;
use super::dict::{Dict, Key};
use crate::model::Model;

/// Entries taken out of a set while its cell is held, to be dropped after.
pub type Removed<M> = Vec<(Key<M>, Value<M>)>;

/// `a |= b`: the keys of `b` that `a` lacks are appended in order.
pub fn union_into<M: Model>(a: &mut Dict<M>, b: Dict<M>) {
    for (k, v) in b {
        a.insert_new(k, v);
    }
}

/// `a -= b`, in O(len(b)) as in CPython.
pub fn subtract_in_place<M: Model>(a: &mut Dict<M>, b: &Dict<M>) -> Removed<M> {
    b.iter_keys().filter_map(|k| a.remove_entry(k)).collect()
}

/// `a ^= b`: common keys leave `a`, the rest of `b` is appended in order.
pub fn sym_diff_in_place<M: Model>(a: &mut Dict<M>, b: Dict<M>) -> Removed<M> {
    let mut removed = Vec::new();
    for (k, v) in b {
        match a.remove_entry(&k) {
            Some(old) => removed.push(old),
            None => {
                a.insert(k, v);
            }
        }
    }
    removed
}
