//! Where a class attribute was found, remembered per thread (CPython's
//! type method cache).
//!
//! `Class::lookup` walks the class's own dict and then every class of its
//! MRO; an instance attribute (`self.x`) misses all of them before the
//! instance dict is read, and an inherited method misses all but the last.
//! This cache maps (class, name) to the MRO position that holds the name,
//! or to "nowhere", so a repeated lookup probes at most one dict.
//!
//! Validity is one global epoch: every change to any class dict bumps it
//! (after the change, so a lookup that read the old epoch cannot store a
//! pre-change answer under the new one), and an entry is used only while
//! the epoch it was filled under is current. Classes are keyed by an id
//! that is never reused, so a freed class's entries cannot match a new
//! class that happens to get the same address. The cache holds no
//! references: nothing it remembers is kept alive by it.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

use super::dict::StrKey;

static EPOCH: AtomicU64 = AtomicU64::new(0);
static NEXT_CLASS_ID: AtomicU64 = AtomicU64::new(1);

/// Entries per thread (a power of two).
const SIZE: usize = 512;
/// Longer names are looked up without the cache: entries hold their name
/// inline, so the table needs no heap and no destructor, which keeps the
/// thread-local access a plain offset from the thread pointer.
const MAX_NAME: usize = 24;

/// Where the name lives: `0` the class itself, `i + 1` its `mro[i]`.
pub type Position = u32;
/// The name is in none of the class's dicts.
pub const NOWHERE: Position = u32::MAX;

#[derive(Clone, Copy)]
struct Entry {
    /// 0 (no class has it) for an empty entry.
    class: u64,
    epoch: u64,
    hash: i64,
    at: Position,
    len: u32,
    name: [u8; MAX_NAME],
}

const EMPTY: Entry = Entry { class: 0, epoch: 0, hash: 0, at: NOWHERE, len: 0, name: [0; MAX_NAME] };

thread_local! {
    static CACHE: [Cell<Entry>; SIZE] = const { [const { Cell::new(EMPTY) }; SIZE] };
}

/// A fresh id for a new class (ids are never reused).
pub fn new_class_id() -> u64 {
    NEXT_CLASS_ID.fetch_add(1, Ordering::Relaxed)
}

/// A class dict changed: forget every remembered position.
pub fn invalidate() {
    EPOCH.fetch_add(1, Ordering::Release);
}

/// The epoch to fill an entry under: read before the real lookup.
pub fn epoch() -> u64 {
    EPOCH.load(Ordering::Acquire)
}

fn slot(class: u64, hash: i64) -> usize {
    let x = (hash as u64 ^ class.wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (x >> 55) as usize & (SIZE - 1)
}

/// The remembered position of `key` in class `class`, if still valid.
#[inline]
pub fn get(class: u64, key: &StrKey) -> Option<Position> {
    let hash = key.hash_value();
    let name = key.as_str().as_bytes();
    let e = CACHE.with(|c| c[slot(class, hash)].get());
    let hit = e.class == class
        && e.hash == hash
        && e.len as usize == name.len()
        && e.epoch == epoch()
        && super::pystr::short_eq(&e.name[..name.len()], name);
    hit.then_some(e.at)
}

/// Remember `at` for `key` in class `class`, found under epoch `epoch`.
pub fn put(class: u64, epoch: u64, key: &StrKey, at: Position) {
    let hash = key.hash_value();
    let name = key.as_str().as_bytes();
    if name.len() > MAX_NAME {
        return;
    }
    let mut e = Entry { class, epoch, hash, at, len: name.len() as u32, name: [0; MAX_NAME] };
    e.name[..name.len()].copy_from_slice(name);
    CACHE.with(|c| c[slot(class, hash)].set(e));
}
