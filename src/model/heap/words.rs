//! Moving values and objects in 8-byte words (part of the unsafe module:
//! see its invariant).
//!
//! A value is a tag word and a payload word, built in registers and stored
//! with two 8-byte stores. Rust moves a 16-byte value (and any larger
//! object) with 16-byte loads, and a load that spans two pending stores
//! cannot take its data from the store buffer: it waits until they reach
//! the cache (a store-forwarding stall, over ten cycles). A value pushed by
//! one instruction and popped by the next hit that every time. These moves
//! read and write whole words instead (volatile, so that LLVM does not
//! merge them back into wider moves).

use super::Model;

// A value is a word of tag and a word of payload; `read_in_halves` relies on it.
const _: () = assert!(std::mem::size_of::<crate::object::Value<crate::model::models::Gil>>() == 16);

/// A bitwise copy of `*v`, read as two 8-byte words: `ptr::read` loads a
/// value in one 16-byte piece, which stalls when the value was just stored
/// as two words (perf put 17% of an attribute-load loop on one such load).
/// Two 8-byte loads each forward from their store, or from a 16-byte one.
///
/// # Safety
/// `v` points to a valid, aligned value; the copy is a second owner of
/// whatever it holds, as with `ptr::read`.
#[inline(always)]
pub(super) unsafe fn read_in_halves<M: Model>(v: *const crate::object::Value<M>) -> crate::object::Value<M> {
    use std::mem::MaybeUninit;
    let words = v as *const MaybeUninit<u64>;
    // SAFETY: the value is 16 bytes (asserted above for every model: the
    // payload types do not depend on it), 8-aligned; its words may hold
    // padding, hence `MaybeUninit`, and the pair is a valid value again.
    unsafe {
        let tag = std::ptr::read_volatile(words);
        let payload = std::ptr::read_volatile(words.add(1));
        std::mem::transmute::<[MaybeUninit<u64>; 2], crate::object::Value<M>>([tag, payload])
    }
}

/// Moves `v` to `*to` as two 8-byte words (see [`read_in_halves`]).
///
/// # Safety
/// `to` is valid for a write of a value and aligned; whatever it held is
/// overwritten without being dropped.
#[inline(always)]
unsafe fn write_in_halves<M: Model>(to: *mut crate::object::Value<M>, v: crate::object::Value<M>) {
    use std::mem::MaybeUninit;
    // SAFETY: as in `read_in_halves`: two words, padding kept uninitialised.
    unsafe {
        let [tag, payload] = std::mem::transmute::<crate::object::Value<M>, [MaybeUninit<u64>; 2]>(v);
        let words = to as *mut MaybeUninit<u64>;
        std::ptr::write_volatile(words, tag);
        std::ptr::write_volatile(words.add(1), payload);
    }
}

/// Copies `*from` to `*to` one 8-byte word at a time, for a type made of
/// whole aligned words: an object's contents, just built by the caller
/// (with 8-byte stores) and copied to the heap in 16-byte pieces, stalled
/// every allocation (see [`read_in_halves`]).
///
/// # Safety
/// `to` is valid for a write of a `T` and aligned; whatever it held is
/// overwritten without being dropped. The copy is a second owner of what
/// `*from` holds: the caller forgets the original.
#[inline(always)]
pub(super) unsafe fn copy_in_words<T>(from: &T, to: *mut T) {
    use std::mem::MaybeUninit;
    let words = const { words_in::<T>() };
    let from = from as *const T as *const MaybeUninit<u64>;
    let to = to as *mut MaybeUninit<u64>;
    // SAFETY: both places hold a whole `T` of aligned words.
    unsafe {
        for i in 0..words {
            std::ptr::write_volatile(to.add(i), std::ptr::read_volatile(from.add(i)));
        }
    }
}

/// Room for one more value (the rare case of `push_value`, kept out of line
/// as `Vec::push` keeps its own).
#[cold]
#[inline(never)]
fn grow_by_one<M: Model>(stack: &mut Vec<crate::object::Value<M>>) {
    stack.reserve(1);
}

/// How many 8-byte words a `T` is, for the word moves here; evaluated at
/// compile time (`const { words_in::<T>() }`), so a type that is not a
/// whole number of aligned words does not build.
const fn words_in<T>() -> usize {
    assert!(std::mem::size_of::<T>().is_multiple_of(8) && std::mem::align_of::<T>() >= 8);
    std::mem::size_of::<T>() / 8
}

/// `std::mem::swap(a, b)` one 8-byte word at a time, for a type made of
/// whole aligned words. `mem::swap` of adjacent fields (a frame's `ip` and
/// `nlocals`, or a vector's three words) is merged into 16-byte loads, and
/// one that spans a field just written by an 8-byte store (every
/// instruction writes `ip`, every push and pop a stack's length) cannot be
/// forwarded and stalls: 15% of `resume_caller` in perf, swapping a
/// returning frame with its caller.
#[inline(always)]
pub fn swap_in_words<T>(a: &mut T, b: &mut T) {
    use std::mem::MaybeUninit;
    let words = const { words_in::<T>() };
    let a = a as *mut T as *mut MaybeUninit<u64>;
    let b = b as *mut T as *mut MaybeUninit<u64>;
    // SAFETY: `a` and `b` are distinct places (two `&mut`) of the same
    // type, a whole number of aligned words; exchanging all their bytes is
    // what `mem::swap` does (`MaybeUninit` words carry padding as it is).
    // Volatile, so that LLVM does not merge the words back into wider moves.
    unsafe {
        for i in 0..words {
            let x = std::ptr::read_volatile(a.add(i));
            let y = std::ptr::read_volatile(b.add(i));
            std::ptr::write_volatile(a.add(i), y);
            std::ptr::write_volatile(b.add(i), x);
        }
    }
}

/// A place for one value of a type made of whole aligned words, written
/// and read in words (see [`copy_in_words`]): for a result handed out of a
/// closure that is called through memory (`catch_unwind` stores its
/// closure's result and reads it back whole, a stall on every generator
/// step).
pub struct WordSlot<T> {
    value: std::mem::MaybeUninit<T>,
    full: bool,
}

impl<T> Default for WordSlot<T> {
    fn default() -> Self {
        WordSlot { value: std::mem::MaybeUninit::uninit(), full: false }
    }
}

impl<T> WordSlot<T> {
    /// Stores `v` (dropping any value stored before).
    #[inline(always)]
    pub fn put(&mut self, v: T) {
        drop(self.take());
        // SAFETY: the slot has room for a `T`; `v` is copied there and
        // forgotten where it was, so the slot owns it now.
        unsafe { copy_in_words(&v, self.value.as_mut_ptr()) };
        std::mem::forget(v);
        self.full = true;
    }

    /// Takes the stored value out, if any.
    #[inline(always)]
    pub fn take(&mut self) -> Option<T> {
        if !std::mem::replace(&mut self.full, false) {
            return None;
        }
        let mut v = std::mem::MaybeUninit::<T>::uninit();
        // SAFETY: the slot was full (`put` wrote a whole `T`), and is marked
        // empty above, so the value is moved out exactly once.
        unsafe {
            copy_in_words(self.value.assume_init_ref(), v.as_mut_ptr());
            Some(v.assume_init())
        }
    }
}

impl<T> Drop for WordSlot<T> {
    fn drop(&mut self) {
        drop(self.take());
    }
}

/// A stack of values (a frame's locals and operands) that moves values in
/// and out as two 8-byte words (see [`read_in_halves`]): a stack's top was
/// most often pushed an instruction before.
pub trait ValueStack<M: Model> {
    /// `pop`, reading the value in halves.
    fn pop_value(&mut self) -> Option<crate::object::Value<M>>;
    /// `push`, writing the value in halves: a value just made (a call's
    /// result, say) sits in two registers, and copying it whole first
    /// stores it to a temporary and reads it back with one 16-byte load,
    /// a stall of its own.
    fn push_value(&mut self, v: crate::object::Value<M>);
    /// `split_off(at)`, each value read in halves (`split_off` copies them
    /// with 16- or 32-byte loads, one stall per value just pushed).
    fn split_off_values(&mut self, at: usize) -> Vec<crate::object::Value<M>>;
}

impl<M: Model> ValueStack<M> for Vec<crate::object::Value<M>> {
    #[inline(always)]
    fn pop_value(&mut self) -> Option<crate::object::Value<M>> {
        let len = self.len().checked_sub(1)?;
        // SAFETY: `len` is in bounds; the length drops first, so the vector
        // no longer owns the slot whose value is moved out (as `Vec::pop`).
        unsafe {
            self.set_len(len);
            Some(read_in_halves(self.as_ptr().add(len)))
        }
    }

    #[inline(always)]
    fn push_value(&mut self, v: crate::object::Value<M>) {
        if self.len() == self.capacity() {
            grow_by_one(self);
        }
        let len = self.len();
        // SAFETY: there is room for one more value at `len`; the value is
        // moved in (written whole, as two words) before the length counts it.
        unsafe {
            write_in_halves(self.as_mut_ptr().add(len), v);
            self.set_len(len + 1);
        }
    }

    #[inline]
    fn split_off_values(&mut self, at: usize) -> Vec<crate::object::Value<M>> {
        let n = self.len().checked_sub(at).expect("minipy bug: value stack underflow");
        let mut taken: Vec<crate::object::Value<M>> = Vec::with_capacity(n);
        // SAFETY: slots `at..at + n` are in bounds and initialised; the
        // length drops first, so each value is moved (not copied) into
        // `taken`, whose capacity holds them and whose length is set once
        // they are all written.
        unsafe {
            self.set_len(at);
            let from = self.as_ptr().add(at);
            let to = taken.as_mut_ptr();
            for i in 0..n {
                std::ptr::write(to.add(i), read_in_halves(from.add(i)));
            }
            taken.set_len(n);
        }
        taken
    }
}
