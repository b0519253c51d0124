//! The insertion-ordered hash table behind `dict` (and, for now, `set`).
//!
//! Keys are hashed and compared natively (numbers across int/float/bool,
//! strings, tuples and frozensets by value; everything else by identity), so
//! a lookup never calls back into Python while the dict is locked (the
//! rules are in `object/native_keys.rs`).
//!
//! The layout is CPython's compact dict: an `entries` vector in insertion
//! order, and a hash index mapping each live key to its slot. Deleting a key
//! leaves a hole (a tombstone) in `entries`, so `del d[k]` and `dict.pop`
//! are O(1) and the order of the rest is kept. Holes are squeezed out when
//! the entries run out of room on an insertion, following CPython's sizing
//! (`usable` counts down like `dk_usable`; a resize makes room for three
//! times the live keys), so slot positions — which an iterator holds on to —
//! move exactly when CPython's would. Every other representation detail is
//! private to this module.
//!
//! A table of at most [`SMALL`] entries (holes included) has no index: a
//! lookup scans the entries' hashes, which for a handful of keys is as
//! quick as probing an index and saves building one (an allocation and a
//! hash insert per key) for every small instance `__dict__` and keyword
//! dict. The index is built when the entries outgrow that.

use hashbrown::HashTable;

use super::hash::hash_str;
pub use super::native_keys::{Num, as_num, identity_hash, may_compare_in_python, native_eq, native_hash, num_eq};
use super::set_order::SetOrder;
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

/// Something a table can be searched with: a [`Key`], or a borrowed
/// string ([`StrKey`]) for attribute and global lookups.
pub trait Lookup<M: Model> {
    fn hash(&self) -> i64;
    /// Whether `key` is this key (hashes are already known to be equal).
    fn matches(&self, key: &Key<M>) -> bool;
}

impl<M: Model> Lookup<M> for Key<M> {
    fn hash(&self) -> i64 {
        self.hash
    }
    #[inline]
    fn matches(&self, key: &Key<M>) -> bool {
        // Two ints, the usual non-str keys: compared in line.
        if let (Value::Int(a), Value::Int(b)) = (&self.value, &key.value) {
            return a == b;
        }
        native_eq(&self.value, &key.value)
    }
}

/// A `str` key looked up without allocating a string object.
pub struct StrKey<'a> {
    hash: i64,
    s: &'a str,
}

impl<'a> StrKey<'a> {
    pub fn new(s: &'a str) -> StrKey<'a> {
        StrKey { hash: hash_str(s), s }
    }
    /// A name fixed in the VM's own code, hashed at compile time:
    /// `const INIT: StrKey<'static> = StrKey::constant("__init__");`.
    pub const fn constant(s: &'static str) -> StrKey<'static> {
        StrKey { hash: hash_str(s), s }
    }
    /// A name whose hash is already known (a code object's names are
    /// hashed once, when it is compiled).
    #[inline]
    pub fn with_hash(s: &'a str, hash: i64) -> StrKey<'a> {
        debug_assert_eq!(hash, hash_str(s));
        StrKey { hash, s }
    }
    /// The name's Python hash (computed once, in `new`).
    pub fn hash_value(&self) -> i64 {
        self.hash
    }
    pub fn as_str(&self) -> &'a str {
        self.s
    }
}

impl<M: Model> Lookup<M> for StrKey<'_> {
    #[inline]
    fn hash(&self) -> i64 {
        self.hash
    }
    /// Always in line: attribute and global lookups call it on every hit,
    /// and the call cost as much as the compare.
    #[inline(always)]
    fn matches(&self, key: &Key<M>) -> bool {
        // Keys are almost always plain str objects: compare in line.
        if let Some(ObjKind::Str(k)) = key.value.kind() {
            return super::pystr::short_eq(k.as_str().as_bytes(), self.s.as_bytes());
        }
        self.matches_other(key)
    }
}

impl StrKey<'_> {
    /// [`Lookup::matches`] for a key that is not a plain str object.
    #[cold]
    #[inline(never)]
    fn matches_other<M: Model>(&self, key: &Key<M>) -> bool {
        key.value.as_str().is_some_and(|k| super::pystr::short_eq(k.as_bytes(), self.s.as_bytes()))
    }
}

/// The index's hash of a Python hash: small ints hash to themselves, so
/// spread their bits over the whole word (the index uses both ends).
fn mix(hash: i64) -> u64 {
    let x = (hash as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ (x >> 29)
}

/// The smallest table CPython allocates (`PyDict_MINSIZE`).
const MIN_SIZE: usize = 8;

/// Entries (holes included) a table holds before it builds its index.
const SMALL: usize = 8;

/// Entries a table of `size` slots may hold (`USABLE_FRACTION`).
fn usable_fraction(size: usize) -> usize {
    size * 2 / 3
}

/// CPython's `calculate_log2_keysize`, as a size.
fn table_size(min: usize) -> usize {
    min.max(MIN_SIZE).next_power_of_two()
}

type Slot<M> = Option<(Key<M>, Value<M>)>;

pub struct Dict<M: Model> {
    /// Entries in insertion order; `None` is a deleted entry's hole.
    entries: Vec<Slot<M>>,
    /// For every live entry, its position in `entries`; empty (unused)
    /// while `entries` has at most [`SMALL`] slots.
    /// Boxed and made on demand: most tables never outgrow the scan, and
    /// inline it would grow every heap object.
    index: Option<Box<HashTable<usize>>>,
    /// Live entries (u32, like `usable`, so that the key-set stamp fits
    /// without growing every heap object).
    live: u32,
    /// New keys that fit before the entries are resized (and compacted).
    usable: u32,
    /// A set's CPython table layout, which decides its iteration order
    /// (`None` for dicts, which iterate in insertion order).
    order: Option<Box<SetOrder>>,
    /// A process-unique stamp of this dict's key set, taken on demand by
    /// [`Dict::keys_stamp`] and reset to 0 whenever a key is added, so a
    /// cache that remembered "the name is not here" under a stamp knows it
    /// still holds while the stamp is the same (see `vm/inline.rs`).
    keys_stamp: u64,
    /// One bit per key hash modulo 64, set when a key goes in and cleared
    /// only with the whole table: a lookup whose bit is clear misses without
    /// touching the entries (an instance's `__dict__` is asked for every
    /// method name called on it, and almost always misses).
    key_bits: u64,
}

/// The [`Dict::key_bits`] bit of a hash.
#[inline(always)]
fn key_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

/// The last stamp handed out (stamps start at 1; 0 means "none taken").
static KEYS_STAMPS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

impl<M: Model> Default for Dict<M> {
    fn default() -> Self {
        Dict {
            entries: Vec::new(),
            index: None,
            live: 0,
            usable: usable_fraction(MIN_SIZE) as u32,
            order: None,
            keys_stamp: 0,
            key_bits: 0,
        }
    }
}

impl<M: Model> Clone for Dict<M> {
    /// Like `dict.copy()`: a table with few holes is copied as it is, holes
    /// and all; otherwise the copy is compact.
    fn clone(&self) -> Self {
        if self.order.is_some() {
            // `set.copy()` is CPython's `set_merge` into a new set.
            let mut out = Dict::new_set();
            out.merge_set(self);
            return out;
        }
        if self.live as usize * 3 >= self.entries.len() * 2 {
            return Dict {
                entries: self.entries.clone(),
                index: self.index.clone(),
                live: self.live,
                usable: self.usable,
                order: None,
                keys_stamp: 0,
                key_bits: self.key_bits,
            };
        }
        let mut out = Dict::with_capacity(self.live as usize);
        for (k, v) in self.iter() {
            out.push_new(k.clone(), v.clone());
        }
        out
    }
}

/// Why a value cannot be a key: the unhashable type's name.
pub struct Unhashable(pub String);

impl<M: Model> Dict<M> {
    pub fn new() -> Dict<M> {
        Dict::default()
    }

    /// An empty table with room for `n` keys, sized as CPython presizes a
    /// dict display or a copy (`_PyDict_NewPresized`).
    pub fn with_capacity(n: usize) -> Dict<M> {
        let size = table_size((n * 3).div_ceil(2));
        let usable = usable_fraction(size) as u32;
        Dict {
            entries: Vec::with_capacity(n),
            index: (n > SMALL).then(|| Box::new(HashTable::with_capacity(n))),
            live: 0,
            usable,
            order: None,
            keys_stamp: 0,
            key_bits: 0,
        }
    }

    /// An exact copy, layout and all (a snapshot of a set to compute
    /// from; `clone` is `set.copy()`, which lays the copy out afresh).
    pub fn clone_layout(&self) -> Dict<M> {
        Dict {
            entries: self.entries.clone(),
            index: self.index.clone(),
            live: self.live,
            usable: self.usable,
            order: self.order.clone(),
            keys_stamp: 0,
            key_bits: self.key_bits,
        }
    }

    /// Room for `incoming` more keys in a set's layout, as CPython makes
    /// before adding a dict's keys to a set.
    pub fn reserve_set(&mut self, incoming: usize) {
        if let Some(order) = &mut self.order {
            let entries = &self.entries;
            order.reserve(incoming, &|p| entry_hash(entries, p));
        }
    }

    /// An empty set's table: it iterates in CPython's set order.
    pub fn new_set() -> Dict<M> {
        Dict { order: Some(Box::default()), ..Dict::default() }
    }

    /// Whether this is a set's table (iterating in CPython's set order).
    pub fn is_set_table(&self) -> bool {
        self.order.is_some()
    }

    /// Turn an insertion-ordered table into a set's, adding its keys to
    /// the set layout in insertion order (as building a set from them does).
    pub fn into_set_table(mut self) -> Dict<M> {
        if self.order.is_none() {
            let mut order = Box::<SetOrder>::default();
            let entries = &self.entries;
            for (pos, slot) in entries.iter().enumerate() {
                if let Some((k, _)) = slot {
                    order.add(pos, k.hash, &|p| entry_hash(entries, p));
                }
            }
            self.order = Some(order);
        }
        self
    }

    /// An empty table of the same kind (`set.clear()`).
    pub fn emptied(&self) -> Dict<M> {
        if self.order.is_some() { Dict::new_set() } else { Dict::new() }
    }

    pub fn len(&self) -> usize {
        self.live as usize
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Whether the entries have outgrown a scan (the index is in use).
    #[inline(always)]
    fn indexed(&self) -> bool {
        self.entries.len() > SMALL
    }

    /// The index, when the entries have outgrown a scan.
    #[inline(always)]
    fn live_index(&self) -> Option<&HashTable<usize>> {
        if self.indexed() { self.index.as_deref() } else { None }
    }

    /// Positions that may hold a key of hash `hash` (every entry of an
    /// unindexed table).
    fn maybe_same_hash(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        let (indexed, scanned) = if let Some(index) = self.live_index() {
            (Some(index.iter_hash(mix(hash)).copied()), None)
        } else {
            (None, Some(0..self.entries.len()))
        };
        indexed.into_iter().flatten().chain(scanned.into_iter().flatten())
    }

    /// Position of the live entry for `q`. The key-bits test is in line
    /// at every caller: most misses end there.
    #[inline(always)]
    fn position<Q: Lookup<M> + ?Sized>(&self, q: &Q) -> Option<usize> {
        let hash = q.hash();
        if self.key_bits & key_bit(hash) == 0 {
            return None;
        }
        self.search(q, hash)
    }

    /// [`Dict::position`] past the key-bits test.
    #[inline(never)]
    fn search<Q: Lookup<M> + ?Sized>(&self, q: &Q, hash: i64) -> Option<usize> {
        let entries = &self.entries;
        let Some(index) = self.live_index() else {
            return entries.iter().position(|slot| matches!(slot, Some((k, _)) if k.hash == hash && q.matches(k)));
        };
        index
            .find(mix(hash), |&i| matches!(entries.get(i), Some(Some((k, _))) if k.hash == hash && q.matches(k)))
            .copied()
    }

    pub fn get<Q: Lookup<M> + ?Sized>(&self, q: &Q) -> Option<&Value<M>> {
        let i = self.position(q)?;
        self.entries[i].as_ref().map(|(_, v)| v)
    }

    pub fn get_mut<Q: Lookup<M> + ?Sized>(&mut self, q: &Q) -> Option<&mut Value<M>> {
        let i = self.position(q)?;
        self.entries[i].as_mut().map(|(_, v)| v)
    }

    /// The value at entry `pos` if that entry is `key` (a position
    /// remembered from an earlier lookup, checked before use).
    #[inline]
    pub fn value_at(&self, pos: usize, key: &StrKey) -> Option<&Value<M>> {
        match self.entries.get(pos) {
            Some(Some((k, v))) if k.hash == key.hash && Lookup::<M>::matches(key, k) => Some(v),
            _ => None,
        }
    }

    /// The value of the entry at `pos`, whatever its key (for a place
    /// remembered under the current key-set stamp; None for a hole).
    #[inline]
    pub fn value_at_position(&self, pos: usize) -> Option<&Value<M>> {
        self.entries.get(pos)?.as_ref().map(|(_, v)| v)
    }

    /// A stamp no other dict and no other key set of this dict ever had
    /// (until a key is added, after which a new one is taken): two equal
    /// stamps mean the same dict with no key added in between.
    pub fn keys_stamp(&mut self) -> u64 {
        if self.keys_stamp == 0 {
            self.keys_stamp = KEYS_STAMPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        }
        self.keys_stamp
    }

    /// The current stamp if one was taken since the last key was added
    /// (0 otherwise), without taking one.
    #[inline]
    pub fn current_keys_stamp(&self) -> u64 {
        self.keys_stamp
    }

    /// Where `key`'s entry is (for [`Dict::value_at`]) and its value.
    pub fn locate(&self, key: &StrKey) -> Option<(usize, &Value<M>)> {
        let i = self.position(key)?;
        self.entries[i].as_ref().map(|(_, v)| (i, v))
    }

    /// `get`, trying entry `*hint` first (where the name was found last
    /// time, often the same slot in every instance of a class) and
    /// updating the hint to where it is found.
    #[inline]
    pub fn get_hinted(&self, key: &StrKey, hint: &mut usize) -> Option<&Value<M>> {
        if let Some(v) = self.value_at(*hint, key) {
            return Some(v);
        }
        let (i, v) = self.locate(key)?;
        *hint = i;
        Some(v)
    }

    /// [`Dict::replace_key`] trying entry `*hint` first, as `get_hinted`.
    #[inline]
    pub fn replace_hinted(&mut self, key: &StrKey, value: Value<M>, hint: &mut usize) -> Result<Value<M>, Value<M>> {
        let pos = match self.entries.get(*hint) {
            Some(Some((k, _))) if k.hash == key.hash && Lookup::<M>::matches(key, k) => Some(*hint),
            _ => self.position(key),
        };
        match pos.and_then(|i| self.entries[i].as_mut().map(|(_, v)| (i, v))) {
            Some((i, slot)) => {
                *hint = i;
                Ok(std::mem::replace(slot, value))
            }
            None => Err(value),
        }
    }

    /// In line, so that the key-bits test answers most misses (LOAD_METHOD
    /// asks every instance dict whether it shadows the method) at no call.
    #[inline]
    pub fn contains_key<Q: Lookup<M> + ?Sized>(&self, q: &Q) -> bool {
        self.position(q).is_some()
    }

    /// Insert; an existing key keeps its original key object and position,
    /// a new one (even one deleted before) goes at the end.
    pub fn insert(&mut self, key: Key<M>, value: Value<M>) -> Option<Value<M>> {
        if let Some(slot) = self.get_mut(&key) {
            return Some(std::mem::replace(slot, value));
        }
        self.push_new(key, value);
        None
    }

    /// Insert only if absent; reports whether it was inserted (set.add).
    pub fn insert_new(&mut self, key: Key<M>, value: Value<M>) -> bool {
        if self.contains_key(&key) {
            return false;
        }
        self.push_new(key, value);
        true
    }

    /// Add a key the caller has just looked up and missed, under the same
    /// borrow of the table (so no other thread can have added it since).
    pub fn push_absent(&mut self, key: Key<M>, value: Value<M>) {
        debug_assert!(!self.contains_key(&key));
        self.push_new(key, value);
    }

    /// Append a key known to be absent.
    fn push_new(&mut self, key: Key<M>, value: Value<M>) {
        let hash = key.hash;
        let pos = self.push_entry(key, value);
        if let Some(order) = &mut self.order {
            let entries = &self.entries;
            order.add(pos, hash, &|p| entry_hash(entries, p));
        }
    }

    /// Append a key known to be absent to the entries and the index (not
    /// to a set's layout); its position.
    fn push_entry(&mut self, key: Key<M>, value: Value<M>) -> usize {
        if self.usable == 0 {
            // CPython's GROWTH_RATE: room for three times the live keys.
            self.resize(self.live as usize * 3);
        }
        if self.entries.len() == self.entries.capacity() {
            // Room for every key the table takes before its next resize, in
            // one allocation (CPython sizes a keys object by its usable
            // count), rather than the Vec's doubling from four.
            self.entries.reserve_exact(self.usable as usize);
        }
        let hash = mix(key.hash);
        let pos = self.entries.len();
        self.keys_stamp = 0;
        self.key_bits |= key_bit(key.hash);
        self.entries.push(Some((key, value)));
        let entries = &self.entries;
        if pos == SMALL {
            // Outgrew the scan: index every entry so far (a presized
            // table's index exists already, empty).
            let index = self.index.get_or_insert_with(Box::default);
            index.clear();
            index.reserve(entries.len(), |&i| slot_hash(entries, i));
            for (i, slot) in entries.iter().enumerate() {
                if let Some((k, _)) = slot {
                    index.insert_unique(mix(k.hash), i, |&i| slot_hash(entries, i));
                }
            }
        } else if pos > SMALL
            && let Some(index) = &mut self.index
        {
            index.insert_unique(hash, pos, |&i| slot_hash(entries, i));
        }
        self.live += 1;
        self.usable -= 1;
        pos
    }

    /// Make room for `min` slots' worth of entries, squeezing out holes.
    fn resize(&mut self, min: usize) {
        let size = table_size(min);
        self.usable = usable_fraction(size).saturating_sub(self.live as usize) as u32;
        if self.entries.len() != self.live as usize {
            let mut new_pos = Vec::with_capacity(self.entries.len());
            let mut n = 0;
            for slot in &self.entries {
                new_pos.push(n);
                n += slot.is_some() as usize;
            }
            // Only a live index is remapped: one left from before the
            // entries shrank to a scan may hold positions past their end.
            if self.indexed()
                && let Some(index) = &mut self.index
            {
                for i in index.iter_mut() {
                    *i = new_pos[*i];
                }
            }
            if let Some(order) = &mut self.order {
                order.remap(&new_pos);
            }
            self.entries.retain(Option::is_some);
            if !self.indexed() {
                self.index = None;
            }
        }
        let want = self.live as usize + self.usable as usize;
        if self.entries.capacity() > 4 * want.max(MIN_SIZE) {
            self.entries.shrink_to(want);
            if self.indexed()
                && let Some(index) = &mut self.index
            {
                let entries = &self.entries;
                index.shrink_to(want, |&i| slot_hash(entries, i));
            }
        }
    }

    /// Take the live entry at `pos` out, leaving a hole.
    fn take_at(&mut self, pos: usize) -> Option<(Key<M>, Value<M>)> {
        if let (Some(order), Some(Some((k, _)))) = (&mut self.order, self.entries.get(pos)) {
            order.discard(pos, k.hash);
        }
        self.take_entry(pos)
    }

    /// Take the entry at `pos` out of the entries and the index only.
    fn take_entry(&mut self, pos: usize) -> Option<(Key<M>, Value<M>)> {
        let (key, value) = self.entries.get_mut(pos)?.take()?;
        if self.indexed()
            && let Some(index) = &mut self.index
            && let Ok(e) = index.find_entry(mix(key.hash), |&i| i == pos)
        {
            e.remove();
        }
        self.live -= 1;
        Some((key, value))
    }

    /// Remove, keeping the order of the rest (Python semantics), in O(1).
    pub fn remove<Q: Lookup<M> + ?Sized>(&mut self, q: &Q) -> Option<Value<M>> {
        self.remove_entry(q).map(|(_, v)| v)
    }

    pub fn remove_entry<Q: Lookup<M> + ?Sized>(&mut self, q: &Q) -> Option<(Key<M>, Value<M>)> {
        let pos = self.position(q)?;
        self.take_at(pos)
    }

    /// The last entry out (`dict.popitem()`); trailing holes go with it, as
    /// in CPython.
    pub fn pop_last(&mut self) -> Option<(Key<M>, Value<M>)> {
        while let Some(None) = self.entries.last() {
            self.entries.pop();
        }
        let pos = self.entries.len().checked_sub(1)?;
        let out = self.take_at(pos);
        self.entries.pop();
        if !self.indexed() {
            // Back to a scan: the index (which `take_at` no longer kept up
            // to date) goes, and is rebuilt if the entries grow again.
            self.index = None;
        }
        out
    }

    /// An entry out for `set.pop()`: where CPython's table would give it
    /// up (a plain table gives up its oldest entry, in O(holes)).
    pub fn pop_first(&mut self) -> Option<(Key<M>, Value<M>)> {
        if let Some(order) = &mut self.order {
            let pos = order.pop()?;
            return self.take_entry(pos);
        }
        let pos = self.next_position(0)?;
        self.take_at(pos)
    }

    /// The first live position at or after `pos`.
    fn next_position(&self, pos: usize) -> Option<usize> {
        let rest = self.entries.get(pos..)?;
        rest.iter().position(Option::is_some).map(|i| pos + i)
    }

    /// The first live entry at or after position `pos`, with its position:
    /// how iterators walk the table (positions survive deletions).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, &Key<M>, &Value<M>)> {
        if let Some(order) = &self.order {
            // A set's iterator walks its table's slots.
            let (slot, i) = order.next_from(pos)?;
            return self.entries[i].as_ref().map(|(k, v)| (slot, k, v));
        }
        let i = self.next_position(pos)?;
        self.entries[i].as_ref().map(|(k, v)| (i, k, v))
    }

    /// Entries in insertion order (a set's in its table's order).
    pub fn iter(&self) -> Items<'_, M> {
        Items { entries: &self.entries, table: self.order.as_ref().map(|o| o.slots().iter()), next: 0 }
    }

    /// `set_merge`: add a set's keys to this set, as CPython does (one
    /// resize up front; an empty table copies the other's layout).
    pub fn merge_set(&mut self, other: &Dict<M>) {
        let (Some(theirs), true) = (&other.order, self.order.is_some()) else {
            for (k, v) in other.iter() {
                self.insert_new(k.clone(), v.clone());
            }
            return;
        };
        if theirs.is_empty() {
            return;
        }
        let ours = self.order.as_mut().expect("a set table");
        let entries = &self.entries;
        ours.reserve(theirs.len(), &|p| entry_hash(entries, p));
        if ours.is_pristine() {
            let copy_layout = ours.copies_layout_of(theirs);
            for (slot, pos) in theirs.positions() {
                if let Some((k, v)) = &other.entries[pos] {
                    // Placed one by one: a push may renumber the entries.
                    let at = self.push_entry(k.clone(), v.clone());
                    let ours = self.order.as_mut().expect("a set table");
                    ours.place(copy_layout.then_some(slot), at, k.hash);
                }
            }
            return;
        }
        for (k, v) in other.iter() {
            self.insert_new(k.clone(), v.clone());
        }
    }

    /// The rest of `set.difference_update`/`-=`: purge deleted slots
    /// once they are over a quarter of the table.
    pub fn purge_set_dummies(&mut self) {
        if let Some(order) = &mut self.order {
            let entries = &self.entries;
            order.purge_dummies(&|p| entry_hash(entries, p));
        }
    }

    /// Put `table` in place of this set's table (`&=`), keeping this
    /// set's `pop` finger; the old table comes back, to drop after.
    pub fn swap_set_body(&mut self, mut table: Dict<M>) -> Dict<M> {
        if let (Some(new), Some(old)) = (&mut table.order, &self.order) {
            new.take_finger(old);
        }
        std::mem::replace(self, table)
    }

    /// `set.clear()`, keeping a set's `pop` finger.
    pub fn clear_set(&mut self) -> Dict<M> {
        let mut fresh = self.emptied();
        if let (Some(new), Some(old)) = (&mut fresh.order, &self.order) {
            **new = old.cleared();
        }
        std::mem::replace(self, fresh)
    }

    pub fn iter_keys(&self) -> impl Iterator<Item = &Key<M>> {
        self.iter().map(|(k, _)| k)
    }

    /// The keys that `key` must be compared with in Python (by `__eq__`)
    /// before it counts as absent, in insertion order. For a key whose
    /// equality may run Python code, every key of the same hash; for any
    /// other key, only same-hash keys whose equality may run Python code
    /// (an instance, or a tuple or frozenset holding one: `6` finds an
    /// `IntEnum` member equal to 6), and none once a natively equal key is
    /// present (that one is found first).
    pub fn eq_candidates(&self, key: &Key<M>) -> Vec<Key<M>> {
        if self.key_bits & key_bit(key.hash) == 0 {
            // No key of this hash was ever added: nothing to compare with
            // (the usual answer for `<=` and `in` on sets of ints).
            return Vec::new();
        }
        let rich = may_compare_in_python(&key.value);
        let mut found: Vec<usize> = Vec::new();
        for pos in self.maybe_same_hash(key.hash) {
            let Some(Some((k, _))) = self.entries.get(pos) else { continue };
            if k.hash != key.hash {
                continue;
            }
            if !rich {
                if native_eq(&k.value, &key.value) {
                    return Vec::new();
                }
                if !may_compare_in_python(&k.value) {
                    continue;
                }
            }
            found.push(pos);
        }
        found.sort_unstable();
        found.into_iter().filter_map(|i| self.entries[i].as_ref().map(|(k, _)| k.clone())).collect()
    }

    pub fn get_str(&self, name: &str) -> Option<&Value<M>> {
        self.get(&StrKey::new(name))
    }
    pub fn set_str(&mut self, name: &str, value: Value<M>) {
        self.set_key(&StrKey::new(name), value);
    }
    /// `self[key] = value` for an existing name; the value back when the
    /// name is new.
    pub fn replace_key(&mut self, key: &StrKey, value: Value<M>) -> Result<Value<M>, Value<M>> {
        match self.get_mut(key) {
            Some(slot) => Ok(std::mem::replace(slot, value)),
            None => Err(value),
        }
    }
    /// `self[key] = value`, making a key object only for a new name;
    /// returns the old value for the caller to drop.
    pub fn set_key(&mut self, key: &StrKey, value: Value<M>) -> Option<Value<M>> {
        match self.get_mut(key) {
            Some(slot) => Some(std::mem::replace(slot, value)),
            None => self.insert(Key { hash: key.hash_value(), value: Value::str(key.as_str()) }, value),
        }
    }
    pub fn keys(&self) -> Vec<Value<M>> {
        self.iter_keys().map(|k| k.value.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value<M>> {
        self.iter().map(|(_, v)| v.clone()).collect()
    }
    pub fn items(&self) -> Vec<(Value<M>, Value<M>)> {
        self.iter().map(|(k, v)| (k.value.clone(), v.clone())).collect()
    }
}

/// The Python hash of the live entry at `pos` (a set's layout asks).
fn entry_hash<M: Model>(entries: &[Slot<M>], pos: usize) -> i64 {
    match entries.get(pos) {
        Some(Some((k, _))) => k.hash,
        _ => 0,
    }
}

fn slot_hash<M: Model>(entries: &[Slot<M>], i: usize) -> u64 {
    match entries.get(i) {
        Some(Some((k, _))) => mix(k.hash),
        _ => 0,
    }
}

impl<M: Model> IntoIterator for Dict<M> {
    type Item = (Key<M>, Value<M>);
    type IntoIter = std::iter::Flatten<std::vec::IntoIter<Slot<M>>>;
    fn into_iter(mut self) -> Self::IntoIter {
        if let Some(order) = self.order.take() {
            // A set's entries leave in its table's order.
            let mut in_table: Vec<Slot<M>> = Vec::with_capacity(self.live as usize);
            for (_, pos) in order.positions() {
                in_table.push(self.entries[pos].take());
            }
            return in_table.into_iter().flatten();
        }
        self.entries.into_iter().flatten()
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

/// [`Dict::iter`]: the entries in insertion order, or a set's in its
/// table's order. One hand-written loop per order: subset tests and set
/// algebra walk small sets millions of times, and the adapter chain this
/// replaces cost about a tenth of such a program.
pub struct Items<'a, M: Model> {
    entries: &'a [Slot<M>],
    /// A set's table slots still to visit (None: a dict, in entry order).
    table: Option<std::slice::Iter<'a, super::set_order::TableSlot>>,
    /// The next entry to look at, for a dict.
    next: usize,
}

impl<'a, M: Model> Iterator for Items<'a, M> {
    type Item = (&'a Key<M>, &'a Value<M>);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match &mut self.table {
            None => loop {
                let slot = self.entries.get(self.next)?;
                self.next += 1;
                if let Some((k, v)) = slot {
                    return Some((k, v));
                }
            },
            Some(slots) => loop {
                let Some(pos) = super::set_order::entry_position(*slots.next()?) else { continue };
                if let Some(Some((k, v))) = self.entries.get(pos) {
                    return Some((k, v));
                }
            },
        }
    }
}
