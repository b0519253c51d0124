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

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use super::dict::StrKey;

static EPOCH: AtomicU64 = AtomicU64::new(0);
static NEXT_CLASS_ID: AtomicU64 = AtomicU64::new(1);

/// Entries per thread (a power of two).
const SIZE: usize = 1024;

/// Where the name lives: `0` the class itself, `i + 1` its `mro[i]`.
pub type Position = u32;
/// The name is in none of the class's dicts.
pub const NOWHERE: Position = u32::MAX;

struct Entry {
    class: u64,
    epoch: u64,
    hash: i64,
    name: Box<str>,
    at: Position,
}

thread_local! {
    static CACHE: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
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
    (x >> 54) as usize & (SIZE - 1)
}

/// The remembered position of `key` in class `class`, if still valid.
#[inline]
pub fn get(class: u64, key: &StrKey) -> Option<Position> {
    let hash = key.hash_value();
    let now = epoch();
    CACHE.with(|c| {
        let c = c.borrow();
        let e = c.get(slot(class, hash))?;
        (e.class == class && e.epoch == now && e.hash == hash && &*e.name == key.as_str()).then_some(e.at)
    })
}

/// Remember `at` for `key` in class `class`, found under epoch `epoch`.
pub fn put(class: u64, epoch: u64, key: &StrKey, at: Position) {
    let hash = key.hash_value();
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize_with(SIZE, || Entry { class: 0, epoch: 0, hash: 0, name: Box::from(""), at: NOWHERE });
        }
        let e = &mut c[slot(class, hash)];
        e.class = class;
        e.epoch = epoch;
        e.hash = hash;
        if &*e.name != key.as_str() {
            e.name = Box::from(key.as_str());
        }
        e.at = at;
    })
}
