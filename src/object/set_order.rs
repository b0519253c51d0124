//! CPython's set table, kept beside a set's entries so that a set iterates
//! (and so prints) in CPython's order: `print({3, 1, 2})` shows `{1, 2, 3}`.
//!
//! A dict iterates in insertion order, but a CPython set iterates in the
//! order of its open-addressing table, which depends on the hashes, the
//! table size and the history of insertions and deletions. Learners print
//! sets all the time, so this replays that table exactly: the same probe
//! sequence (nine linear probes, then perturbation), the same reuse of the
//! last deleted slot seen, the same growth and shrink points, and the same
//! `set.pop` finger as CPython 3.11's `Objects/setobject.c`. Lookups still
//! go through the dict's own index; this table only decides positions.
//!
//! A slot holds the position of its entry in the owning `Dict`'s entries.
//! For keys with deterministic hashes (ints, floats, tuples and frozensets
//! of them) the order is CPython's; strings hash differently from CPython
//! (whose string hashes change from run to run), so no program can depend
//! on their order anyway.

/// A never-used slot.
const EMPTY: u32 = u32::MAX;
/// A slot whose key was deleted: probes pass over it, adds may reuse it.
const DUMMY: u32 = u32::MAX - 1;
/// `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A slot: `EMPTY`, `DUMMY` or an entry position. The key's hash is not
/// kept here (the entry has it), which keeps the table at 4 bytes a slot.
pub type TableSlot = u32;

const FREE: TableSlot = EMPTY;

fn is_active(slot: TableSlot) -> bool {
    slot < DUMMY
}

/// The entry position an active slot holds; None for a free or dummy slot.
#[inline]
pub fn entry_position(slot: TableSlot) -> Option<usize> {
    is_active(slot).then_some(slot as usize)
}

/// The hash of the entry at a position, from the owning table.
pub type HashOf<'a> = &'a dyn Fn(usize) -> i64;

/// The slots CPython visits looking for `hash`, in order, forever (the
/// caller stops at the slot it wants; a table always has an empty slot).
struct Probe {
    mask: usize,
    i: usize,
    perturb: u64,
    /// Linear probes left from `i` in this round.
    linear_left: usize,
    next: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        let i = (hash as u64 as usize) & mask;
        Probe { mask, i, perturb: hash as u64, linear_left: Self::linear(i, mask), next: i }
    }

    fn linear(i: usize, mask: usize) -> usize {
        if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 }
    }
}

impl Iterator for Probe {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        let here = self.next;
        if self.linear_left > 0 {
            self.linear_left -= 1;
            self.next += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.i = (self.i.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb as usize)) & self.mask;
            self.linear_left = Self::linear(self.i, self.mask);
            self.next = self.i;
        }
        Some(here)
    }
}

#[derive(Clone)]
pub struct SetOrder {
    slots: Vec<TableSlot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `set.pop` starts looking.
    finger: usize,
}

impl Default for SetOrder {
    fn default() -> Self {
        SetOrder { slots: vec![FREE; MIN_SIZE], fill: 0, used: 0, finger: 0 }
    }
}

impl SetOrder {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// `set_add_entry` for a key known to be absent.
    pub fn add(&mut self, pos: usize, hash: i64, hash_of: HashOf<'_>) {
        let mut free_slot = None;
        let mut empty = 0;
        for s in Probe::new(hash, self.mask()) {
            match self.slots[s] {
                EMPTY => {
                    empty = s;
                    break;
                }
                // CPython remembers the last deleted slot it passed.
                DUMMY => free_slot = Some(s),
                _ => {}
            }
        }
        let entry = pos as TableSlot;
        self.used += 1;
        if let Some(s) = free_slot {
            self.slots[s] = entry;
            return;
        }
        self.slots[empty] = entry;
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 }, hash_of);
        }
    }

    /// `set_discard_entry` for the key at entry position `pos`.
    pub fn discard(&mut self, pos: usize, hash: i64) {
        for s in Probe::new(hash, self.mask()) {
            match self.slots[s] {
                EMPTY => return,
                p if p as usize == pos => {
                    self.slots[s] = DUMMY;
                    self.used -= 1;
                    return;
                }
                _ => {}
            }
        }
    }

    /// `set_pop`: the entry position it takes out.
    pub fn pop(&mut self) -> Option<usize> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask();
        while !is_active(self.slots[i]) {
            i = if i == self.mask() { 0 } else { i + 1 };
        }
        let pos = self.slots[i] as usize;
        self.slots[i] = DUMMY;
        self.used -= 1;
        self.finger = i + 1;
        Some(pos)
    }

    /// Keep `other`'s `set.pop` finger (CPython swaps a result's table into
    /// a set for `&=`, and the finger stays with the set).
    pub fn take_finger(&mut self, other: &SetOrder) {
        self.finger = other.finger;
    }

    /// What `set_clear` leaves: the smallest table, the finger kept.
    pub fn cleared(&self) -> SetOrder {
        SetOrder { finger: self.finger, ..SetOrder::default() }
    }

    /// `set_table_resize`: the smallest table with more than `min_used`
    /// slots, its active keys reinserted in slot order.
    pub fn resize(&mut self, min_used: usize, hash_of: HashOf<'_>) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        if size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![FREE; size]);
        for slot in old.into_iter().filter(|&s| is_active(s)) {
            self.insert_clean(slot, hash_of(slot as usize));
        }
        self.fill = self.used;
    }

    /// `set_insert_clean`: into a table without dummies.
    fn insert_clean(&mut self, slot: TableSlot, hash: i64) {
        let s = Probe::new(hash, self.mask()).find(|&s| self.slots[s] == EMPTY).unwrap_or(0);
        self.slots[s] = slot;
    }

    /// `set_merge`'s one big resize before taking in `incoming` keys.
    pub fn reserve(&mut self, incoming: usize, hash_of: HashOf<'_>) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2, hash_of);
        }
    }

    /// The rest of `set_difference_update`: purge dummies once they are
    /// more than a quarter of the table.
    pub fn purge_dummies(&mut self, hash_of: HashOf<'_>) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(if self.used > 50000 { self.used * 2 } else { self.used * 4 }, hash_of);
        }
    }

    /// Whether no slot was ever filled since the last resize (`fill == 0`):
    /// then `set_merge` may place keys without looking for duplicates.
    pub fn is_pristine(&self) -> bool {
        self.fill == 0
    }

    /// Whether `set_merge` of `other` into this table copies its layout
    /// slot for slot (this one empty, same size, no dummies there).
    pub fn copies_layout_of(&self, other: &SetOrder) -> bool {
        self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used
    }

    /// `set_merge` into an empty table: put the entry at position `pos`
    /// (with `hash`) in slot `slot` when copying the layout, or where a
    /// clean insert lands otherwise.
    pub fn place(&mut self, slot: Option<usize>, pos: usize, hash: i64) {
        let entry = pos as TableSlot;
        match slot {
            Some(s) => self.slots[s] = entry,
            None => self.insert_clean(entry, hash),
        }
        self.fill += 1;
        self.used += 1;
    }

    /// Entry positions in table order, with their slots.
    pub fn positions(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.slots.iter().enumerate().filter(|&(_, &s)| is_active(s)).map(|(i, &s)| (i, s as usize))
    }

    /// The table's slots, for [`entry_position`] (a dict's item iterator
    /// walks them without an adapter chain per item).
    pub fn slots(&self) -> &[TableSlot] {
        &self.slots
    }

    /// The first active slot at or after `slot`, with its entry position.
    pub fn next_from(&self, slot: usize) -> Option<(usize, usize)> {
        let rest = self.slots.get(slot..)?;
        rest.iter().position(|&s| is_active(s)).map(|i| (slot + i, rest[i] as usize))
    }

    /// Entries moved when the owning dict squeezed out its holes.
    pub fn remap(&mut self, new_pos: &[usize]) {
        for s in self.slots.iter_mut().filter(|s| is_active(**s)) {
            *s = new_pos[*s as usize] as TableSlot;
        }
    }
}
