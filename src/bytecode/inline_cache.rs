//! Per-name inline caches of a code object (CPython's specializing
//! caches, in a simpler form).
//!
//! Each name a code object uses (`code.names[i]`) gets one [`NameCache`],
//! shared by every instruction of the code that uses that name: in a
//! method, `self.x` at several places sees the same class, so one entry per
//! name works as well as one per instruction, and needs no compiler support.
//!
//! A cache holds two kinds of memory:
//!
//! * *Hints*: the position of the name in a dict's entries (an instance
//!   dict, the globals, the builtins) where it was last found. A hint is
//!   only a guess: the reader checks that the entry at that position really
//!   holds the name before using it, so a stale hint costs one failed
//!   comparison and can never give a wrong answer. No versioning needed.
//! * *Class facts*: what a class lookup of the name found (nothing; a plain
//!   class attribute at MRO position `p`, entry `e`; ...), valid for one
//!   class (by its never-reused cache id) under one class-dict epoch (the
//!   one `class_cache` bumps on every class dict change). The three words
//!   (class, epoch, fact) are written and read under a sequence lock, so a
//!   reader on another thread never combines one writer's class with
//!   another's fact. Values are never held: the fact says where to read,
//!   and the reader still checks the entry's key there.
//!
//! The caches are plain atomics, the same under every model: a `Code` is
//! shared between threads in every mode.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering, fence};

/// What a class lookup of the name found, packed into a word:
/// kind in the low byte, MRO position in the next 24 bits, the entry's
/// position in that class's dict in the high 32.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClassFact(u64);

impl ClassFact {
    pub fn new(kind: u8, at: u32, entry: usize) -> Option<ClassFact> {
        let entry = u32::try_from(entry).ok()?;
        (at < 1 << 24).then_some(ClassFact(kind as u64 | (at as u64) << 8 | (entry as u64) << 32))
    }
    pub fn kind(self) -> u8 {
        self.0 as u8
    }
    /// MRO position: 0 the class itself, `i + 1` its `mro[i]`.
    pub fn at(self) -> u32 {
        (self.0 >> 8) as u32 & 0xFF_FFFF
    }
    /// Position of the name in that class's dict entries.
    pub fn entry(self) -> usize {
        (self.0 >> 32) as usize
    }
}

/// One class fact under a sequence lock (even: stable; odd: being written).
#[derive(Default)]
pub struct FactSlot {
    seq: AtomicU64,
    class: AtomicU64,
    epoch: AtomicU64,
    fact: AtomicU64,
}

impl FactSlot {
    /// The fact remembered for `class` under `epoch`, if any.
    #[inline]
    pub fn get(&self, class: u64, epoch: u64) -> Option<ClassFact> {
        let s1 = self.seq.load(Ordering::Acquire);
        let c = self.class.load(Ordering::Relaxed);
        let e = self.epoch.load(Ordering::Relaxed);
        let f = self.fact.load(Ordering::Relaxed);
        fence(Ordering::Acquire);
        let s2 = self.seq.load(Ordering::Relaxed);
        (s1 == s2 && s1 & 1 == 0 && c == class && e == epoch).then_some(ClassFact(f))
    }

    /// Remember `fact` for `class`, found under `epoch` (read before the
    /// lookup). Gives up, caching nothing, if another thread is writing.
    pub fn put(&self, class: u64, epoch: u64, fact: ClassFact) {
        let s = self.seq.load(Ordering::Relaxed);
        if s & 1 == 1 || self.seq.compare_exchange(s, s + 1, Ordering::Acquire, Ordering::Relaxed).is_err() {
            return;
        }
        fence(Ordering::Release);
        self.class.store(class, Ordering::Relaxed);
        self.epoch.store(epoch, Ordering::Relaxed);
        self.fact.store(fact.0, Ordering::Relaxed);
        self.seq.store(s + 2, Ordering::Release);
    }
}

/// Class facts for one kind of lookup of one name: one slot for the
/// common single-class site, and four more, made on first need, for sites
/// that see several classes (a base class method called on instances of
/// its subclasses), picked by class id.
#[derive(Default)]
pub struct Facts {
    first: FactSlot,
    more: OnceLock<Box<[FactSlot; 4]>>,
}

impl Facts {
    #[inline]
    pub fn get(&self, class: u64, epoch: u64) -> Option<ClassFact> {
        if let Some(f) = self.first.get(class, epoch) {
            return Some(f);
        }
        self.more.get()?[class as usize & 3].get(class, epoch)
    }

    /// Remember `fact`: in the first slot unless that holds another
    /// class's fact that is still valid.
    pub fn put(&self, class: u64, epoch: u64, fact: ClassFact) {
        let first = self.first.class.load(Ordering::Relaxed);
        let current = self.first.epoch.load(Ordering::Relaxed) == epoch;
        if first == 0 || first == class || !current {
            self.first.put(class, epoch, fact);
        } else {
            self.more.get_or_init(Box::default)[class as usize & 3].put(class, epoch, fact);
        }
    }
}

/// The caches of one name.
#[derive(Default)]
pub struct NameCache {
    /// LOAD_ATTR on instances.
    pub load: Facts,
    /// STORE_ATTR on instances.
    pub store: Facts,
    /// LOAD_METHOD.
    pub method: Facts,
    /// `super().name(...)` (CALL_SUPER then LOAD_METHOD), by the
    /// receiver's class: where the method was found after the class
    /// `super()` starts from (see `vm::super_attr`).
    pub super_method: Facts,
    /// Where the name was last found in an instance dict.
    pub inst_hint: Hint,
    /// Where the name was last found in the globals.
    pub global_hint: Hint,
    /// Where the name was last found in the builtins.
    pub builtin_hint: Hint,
    /// The globals' key-set stamp (`Dict::keys_stamp`) under which the
    /// name was last found missing from them (a builtin such as `len`):
    /// while the globals still carry that stamp, no key was added, so the
    /// name is still missing and LOAD_GLOBAL goes straight to the builtins.
    pub global_absent: Stamp,
    /// Where the name was found in the globals, under their key-set stamp.
    pub global_place: Place,
    /// Where the name was found in the builtins, under their key-set stamp.
    pub builtin_place: Place,
    /// LOAD_ATTR and LOAD_METHOD on a module (`math.pi`, `math.sqrt(x)`):
    /// where the name was found in the module's dict, under its key-set
    /// stamp.
    pub module_place: Place,
}

/// An entry position in a dict together with the dict's key-set stamp
/// (`Dict::keys_stamp`) when it was found there: while the dict still
/// carries that stamp no key was added (and none moved, since entries move
/// only when one is added), so the entry at that position still holds the
/// same key, or is a hole, and its value is read without comparing keys.
/// One word, so a reader never pairs one lookup's stamp with another's
/// position; 0 is "nothing remembered".
#[derive(Default)]
pub struct Place(AtomicU64);

const PLACE_POS_BITS: u32 = 24;

impl Place {
    /// The remembered position if `stamp` (the dict's current one) is the
    /// one it was found under.
    #[inline]
    pub fn position_under(&self, stamp: u64) -> Option<usize> {
        let place = self.0.load(Ordering::Relaxed);
        (place != 0 && stamp != 0 && place >> PLACE_POS_BITS == stamp)
            .then_some((place & ((1 << PLACE_POS_BITS) - 1)) as usize)
    }
    /// Remember `pos` under `stamp` (nothing when either does not fit).
    #[inline]
    pub fn set(&self, stamp: u64, pos: usize) {
        if pos < 1 << PLACE_POS_BITS && stamp < 1 << (64 - PLACE_POS_BITS) {
            self.0.store(stamp << PLACE_POS_BITS | pos as u64, Ordering::Relaxed);
        }
    }
}

/// A remembered `Dict::keys_stamp` (0: none).
#[derive(Default)]
pub struct Stamp(AtomicU64);

impl Stamp {
    #[inline]
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
    #[inline]
    pub fn set(&self, stamp: u64) {
        self.0.store(stamp, Ordering::Relaxed);
    }
}

/// A dict entry position guessed from the last lookup (checked on use).
#[derive(Default)]
pub struct Hint(AtomicU32);

impl Hint {
    #[inline]
    pub fn get(&self) -> usize {
        self.0.load(Ordering::Relaxed) as usize
    }
    #[inline]
    pub fn set(&self, pos: usize) {
        self.0.store(pos as u32, Ordering::Relaxed);
    }
}

/// A code object's caches, one per name. Equality and debug output ignore
/// them: they are not part of what the code means.
#[derive(Default)]
pub struct InlineCaches(Box<[NameCache]>);

impl InlineCaches {
    pub fn new(names: usize) -> InlineCaches {
        InlineCaches((0..names).map(|_| NameCache::default()).collect())
    }
    #[inline]
    pub fn name(&self, i: u32) -> &NameCache {
        &self.0[i as usize]
    }
}

impl PartialEq for InlineCaches {
    fn eq(&self, _: &InlineCaches) -> bool {
        true
    }
}

impl std::fmt::Debug for InlineCaches {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InlineCaches")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fact_round_trip_and_validity() {
        let slot = FactSlot::default();
        assert_eq!(slot.get(1, 0), None, "class ids start at 1");
        let f = ClassFact::new(3, 7, 123_456).unwrap();
        assert_eq!((f.kind(), f.at(), f.entry()), (3, 7, 123_456));
        slot.put(42, 9, f);
        assert_eq!(slot.get(42, 9), Some(f));
        assert_eq!(slot.get(42, 10), None, "a later epoch invalidates");
        assert_eq!(slot.get(43, 9), None, "another class misses");
        assert!(ClassFact::new(1, 1 << 24, 0).is_none());
    }

    #[test]
    fn several_classes_at_one_site() {
        let facts = Facts::default();
        let f = |i| ClassFact::new(1, i, 0).unwrap();
        for class in 1..=5u64 {
            facts.put(class, 7, f(class as u32));
        }
        // The first class keeps the first slot; the others spread by id.
        assert_eq!(facts.get(1, 7), Some(f(1)));
        for class in 2..=5u64 {
            assert_eq!(facts.get(class, 7), Some(f(class as u32)));
        }
        assert_eq!(facts.get(2, 8), None);
        // Once the epoch moves on, the first slot is reused.
        facts.put(9, 8, f(9));
        assert_eq!(facts.get(9, 8), Some(f(9)));
    }
}
