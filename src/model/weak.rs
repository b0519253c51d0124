//! Weak references: a slot per weakly referenced object, cleared when the
//! object is released.
//!
//! A weak reference must not keep its object alive, yet must hand out a
//! counted reference while the object lives. Every object that ever had a
//! weak reference has one [`WeakSlot`] in a process-wide registry, keyed by
//! address. Two rules make reviving sound in every model:
//! * the heap clears an object's slot (under the registry lock) *before*
//!   its memory is released, so a slot that still holds an address points
//!   at an allocated object;
//! * reviving takes the same lock and adds a count only if the count is not
//!   already zero ([`super::RefCount::try_incref`]): a count that reached
//!   zero stays there, so a free already under way is never undone.
//!
//! The registry is only consulted on release when some slot exists, and
//! only for the kinds that can be weakly referenced, so programs without
//! weak references pay one relaxed load per freed instance.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

use parking_lot::{Mutex, MutexGuard};

use super::Model;
use super::heap::{ObjRef, PyObject};

/// One weakly referenced object, as its weak references see it.
pub struct WeakSlot {
    /// The object's address while it lives; 0 once it was released.
    addr: AtomicUsize,
    /// The heap (interpreter) the object belongs to: a slot carried to
    /// another interpreter must never revive an object of a foreign heap.
    heap: usize,
    /// A small number naming the slot to Python code (callback bookkeeping).
    pub id: u64,
    /// Python registered callbacks: report the object's death.
    pub watched: AtomicBool,
}

impl WeakSlot {
    pub fn alive(&self) -> bool {
        self.addr.load(Ordering::Acquire) != 0
    }
    /// A slot that refers to nothing (what another interpreter receives).
    pub fn dead(id: u64) -> WeakSlot {
        WeakSlot { addr: AtomicUsize::new(0), heap: 0, id, watched: AtomicBool::new(false) }
    }
}

static REGISTRY: Mutex<Option<HashMap<usize, Arc<WeakSlot>>>> = Mutex::new(None);
/// Number of slots in the registry (read without the lock on release).
static LIVE: AtomicUsize = AtomicUsize::new(0);
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// Watched slots whose object this thread released; the VM runs their
    /// callbacks at its next check.
    static DEATHS: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
    static ANY_DEATHS: Cell<bool> = const { Cell::new(false) };
}

/// The slot of `obj` (created on first use). `heap` names the caller's
/// interpreter.
pub fn slot_for<M: Model>(obj: &ObjRef<M>, heap: usize) -> Arc<WeakSlot> {
    let addr = obj.addr();
    let mut reg = REGISTRY.lock();
    let map = reg.get_or_insert_with(HashMap::new);
    map.entry(addr)
        .or_insert_with(|| {
            LIVE.fetch_add(1, Ordering::Relaxed);
            Arc::new(WeakSlot {
                addr: AtomicUsize::new(addr),
                heap,
                id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
                watched: AtomicBool::new(false),
            })
        })
        .clone()
}

/// A counted reference to the slot's object, or `None` once it is gone (or
/// when the slot belongs to another interpreter's heap).
pub fn upgrade<M: Model>(slot: &WeakSlot, heap: usize) -> Option<ObjRef<M>> {
    if slot.heap != heap {
        return None;
    }
    let guard = REGISTRY.lock();
    let addr = slot.addr.load(Ordering::Acquire);
    if addr == 0 {
        return None;
    }
    super::heap::revive::<M>(addr, &Locked(guard))
}

/// Proof that the registry lock is held while an address is revived.
pub struct Locked<'a>(#[allow(dead_code)] MutexGuard<'a, Option<HashMap<usize, Arc<WeakSlot>>>>);

/// Called by the heap just before `obj`'s memory is released (or the
/// object quarantined): clear its slot, if it has one.
pub fn on_release<M: Model>(obj: &PyObject<M>, addr: usize) {
    detach(&obj.kind, addr);
}

/// Clear the slot of the object at `addr`, if it has one, and queue its
/// callbacks: on release, and when the cycle collector found the object
/// unreachable (before it empties it, so no weak reference can revive a
/// half-emptied object).
pub fn detach<M: Model>(kind: &crate::object::ObjKind<M>, addr: usize) {
    if LIVE.load(Ordering::Relaxed) == 0 || !kind.may_be_weakly_referenced() {
        return;
    }
    let slot = {
        let mut reg = REGISTRY.lock();
        let Some(slot) = reg.as_mut().and_then(|m| m.remove(&addr)) else { return };
        LIVE.fetch_sub(1, Ordering::Relaxed);
        slot.addr.store(0, Ordering::Release);
        slot
    };
    if slot.watched.load(Ordering::Relaxed) {
        DEATHS.with(|d| d.borrow_mut().push(slot.id));
        ANY_DEATHS.with(|f| f.set(true));
    }
}

/// Ask the VM to run its release hooks at the next check, as it does for
/// weak-reference deaths (the heap queued a `__del__`).
pub fn request_release_hooks() {
    ANY_DEATHS.with(|f| f.set(true));
}

/// Whether this thread released watched objects since the last
/// [`take_deaths`] (cheap: checked before calls).
#[inline(always)]
pub fn deaths_pending() -> bool {
    ANY_DEATHS.with(|f| f.get())
}

/// The ids of the watched slots this thread cleared, oldest first.
pub fn take_deaths() -> Vec<u64> {
    ANY_DEATHS.with(|f| f.set(false));
    DEATHS.with(|d| std::mem::take(&mut *d.borrow_mut()))
}
