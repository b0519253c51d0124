//! Reference-count kinds: plain, atomic, and deliberately racy.
//!
//! All three reserve the top bit as the "immortal" mark: an immortal object's
//! count is never written again, so threads sharing it only ever read its
//! cache line (PEP 683's idea, used by the free-threaded model for code,
//! functions, classes and constants).

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

const IMMORTAL: usize = 1 << (usize::BITS - 1);

thread_local! {
    // Counted per OS thread without synchronisation (a thread-local add is
    // about a cycle); folded into the run's totals when the thread ends.
    static PLAIN_OPS: Cell<u64> = const { Cell::new(0) };
    static ATOMIC_OPS: Cell<u64> = const { Cell::new(0) };
}

#[inline(always)]
fn count(ops: &'static std::thread::LocalKey<Cell<u64>>) {
    ops.with(|c| c.set(c.get() + 1));
}

/// This thread's (atomic, plain) refcount writes since the last call.
/// Immortal objects are skipped without a write, so they are not counted.
pub fn take_thread_refcount_ops() -> (u64, u64) {
    (ATOMIC_OPS.with(|c| c.replace(0)), PLAIN_OPS.with(|c| c.replace(0)))
}

pub trait RefCount {
    fn new(count: usize) -> Self;
    /// Add one reference.
    fn incref(&self);
    /// Drop one reference; true when the count reached zero and the object
    /// must be freed.
    fn decref(&self) -> bool;
    /// The current count (for `sys.getrefcount`); `usize::MAX >> 1` style
    /// large values for immortal objects, as CPython 3.12 reports.
    fn get(&self) -> usize;
    fn make_immortal(&self);
    /// Add one reference unless the count already reached zero (a weak
    /// reference reviving its object: a free under way must not be undone).
    fn try_incref(&self) -> bool;
    fn is_immortal(&self) -> bool {
        self.get() & IMMORTAL != 0
    }
    /// Whether the count is known to be exact (no update can have been
    /// lost), so a zero means no reference is left anywhere.
    fn exact(&self) -> bool {
        true
    }
    /// Whether refcount operations are atomic (for `--stats`).
    const ATOMIC: bool;
}

/// A plain count: correct only while a single thread at a time touches the
/// object (the GIL, or a single-owner heap).
pub struct PlainRc(Cell<usize>);

impl RefCount for PlainRc {
    fn new(count: usize) -> Self {
        PlainRc(Cell::new(count))
    }
    #[inline(always)]
    fn incref(&self) {
        let n = self.0.get();
        if n & IMMORTAL == 0 {
            count(&PLAIN_OPS);
            self.0.set(n + 1);
        }
    }
    #[inline(always)]
    fn decref(&self) -> bool {
        let n = self.0.get();
        if n & IMMORTAL != 0 {
            return false;
        }
        count(&PLAIN_OPS);
        self.0.set(n - 1);
        n == 1
    }
    fn get(&self) -> usize {
        self.0.get()
    }
    fn make_immortal(&self) {
        self.0.set(self.0.get() | IMMORTAL);
    }
    fn try_incref(&self) -> bool {
        if self.0.get() == 0 {
            return false;
        }
        self.incref();
        true
    }
    const ATOMIC: bool = false;
}

/// An atomic count for objects shared by threads running in parallel.
pub struct AtomicRc(AtomicUsize);

impl RefCount for AtomicRc {
    fn new(count: usize) -> Self {
        AtomicRc(AtomicUsize::new(count))
    }
    #[inline(always)]
    fn incref(&self) {
        // Reading first keeps immortal objects' cache lines shared (read-only).
        if self.0.load(Ordering::Relaxed) & IMMORTAL == 0 {
            count(&ATOMIC_OPS);
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }
    #[inline(always)]
    fn decref(&self) -> bool {
        if self.0.load(Ordering::Relaxed) & IMMORTAL != 0 {
            return false;
        }
        count(&ATOMIC_OPS);
        if self.0.fetch_sub(1, Ordering::Release) == 1 {
            std::sync::atomic::fence(Ordering::Acquire);
            return true;
        }
        false
    }
    fn get(&self) -> usize {
        self.0.load(Ordering::Relaxed)
    }
    fn make_immortal(&self) {
        self.0.fetch_or(IMMORTAL, Ordering::Relaxed);
    }
    fn try_incref(&self) -> bool {
        let mut n = self.0.load(Ordering::Relaxed);
        loop {
            if n == 0 {
                return false;
            }
            if n & IMMORTAL != 0 {
                return true;
            }
            match self.0.compare_exchange_weak(n, n + 1, Ordering::Acquire, Ordering::Relaxed) {
                Ok(_) => {
                    count(&ATOMIC_OPS);
                    return true;
                }
                Err(now) => n = now,
            }
        }
    }
    const ATOMIC: bool = true;
}

/// The lab's count: a load, then a store, with nothing in between to stop
/// another thread's update from being lost — exactly the race the GIL
/// prevents. Built on atomics so the *program* stays free of undefined
/// behaviour: only the *count* is wrong.
///
/// It also remembers whether any thread other than the creator ever
/// touched the count. While none has, every update came from one thread in
/// program order, so the count is exact and a zero really is the last
/// reference: such objects are freed for real, and only objects that
/// crossed threads are quarantined (which keeps the lab's memory bounded by
/// what the threads shared, not by everything the program allocated).
/// The mark is written (SeqCst) before a foreign thread's first update, and
/// read (SeqCst) after the update that reaches zero, so a zero reached
/// while a foreign update was in flight always sees the mark.
pub struct RacyRc {
    count: AtomicUsize,
    /// The creating thread's id, or [`SHARED`] once another thread touched
    /// the count.
    owner: AtomicU64,
}

const SHARED: u64 = u64::MAX;

static NEXT_THREAD_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    static THREAD_ID: u64 = NEXT_THREAD_ID.fetch_add(1, Ordering::Relaxed);
}

impl RacyRc {
    #[inline(always)]
    fn note_toucher(&self) {
        let me = THREAD_ID.with(|id| *id);
        if self.owner.load(Ordering::Relaxed) != me {
            self.owner.store(SHARED, Ordering::SeqCst);
        }
    }
}

impl RefCount for RacyRc {
    fn new(count: usize) -> Self {
        RacyRc { count: AtomicUsize::new(count), owner: AtomicU64::new(THREAD_ID.with(|id| *id)) }
    }
    #[inline(always)]
    fn incref(&self) {
        let n = self.count.load(Ordering::SeqCst);
        if n & IMMORTAL == 0 {
            self.note_toucher();
            let n = self.count.load(Ordering::SeqCst);
            count(&PLAIN_OPS);
            // Widen the window between read and write a little, as a real
            // interpreter's surrounding work would.
            std::hint::spin_loop();
            self.count.store(n + 1, Ordering::SeqCst);
        }
    }
    #[inline(always)]
    fn decref(&self) -> bool {
        let n = self.count.load(Ordering::SeqCst);
        if n & IMMORTAL != 0 || n == 0 {
            // n == 0: already freed by a lost update; the quarantine reports it.
            return false;
        }
        self.note_toucher();
        let n = self.count.load(Ordering::SeqCst);
        if n == 0 {
            return false;
        }
        count(&PLAIN_OPS);
        std::hint::spin_loop();
        self.count.store(n - 1, Ordering::SeqCst);
        n == 1
    }
    fn get(&self) -> usize {
        self.count.load(Ordering::SeqCst)
    }
    fn make_immortal(&self) {
        self.count.fetch_or(IMMORTAL, Ordering::Relaxed);
    }
    fn exact(&self) -> bool {
        self.owner.load(Ordering::SeqCst) != SHARED
    }
    fn try_incref(&self) -> bool {
        // Racy like every update of this model, but never from zero.
        if self.count.load(Ordering::SeqCst) == 0 {
            return false;
        }
        self.incref();
        true
    }
    const ATOMIC: bool = false;
}
