//! loom model checks of the concurrency protocols in `src/model/`:
//!
//! ```text
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test --release --test loom_model
//! ```
//!
//! loom runs each test under every interleaving (and every weak-memory
//! outcome it models) of its threads, so a protocol bug shows up as a
//! failed assertion, a detected data race on a `loom::cell::UnsafeCell`, or
//! a reported deadlock (every thread blocked).
//!
//! **These are replicas.** loom needs the code under test to use its own
//! atomics, locks and threads; `src/model/gil.rs` uses parking_lot and
//! clocks, and `RacyRc` identifies threads with a `thread_local!`, which
//! loom's threads (all on one OS thread) would share. Rather than thread a
//! `cfg(loom)` switch through the scheduler, each protocol is copied here
//! line for line with loom's primitives, minus statistics, tracing and the
//! time-based switch (whose only effect is *when* `tick` decides to hand
//! over, which the models cover by letting it hand over whenever someone
//! waits). A change to the real protocol must be mirrored here; each model
//! names the function it copies.
//!
//! Without `--cfg loom` this file compiles to nothing (loom is a
//! dev-dependency only under that cfg).
#![cfg(loom)]

use loom::cell::UnsafeCell;
use loom::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering, fence};
use loom::sync::{Arc, Condvar, Mutex};
use loom::thread;

// ---------------------------------------------------------------------
// The GIL: `GilScheduler` in src/model/gil.rs.
// ---------------------------------------------------------------------

const NO_TICKET: u64 = u64::MAX;

struct GilState {
    holder: Option<u64>,
    abandoned: Vec<u64>,
}

struct Gil {
    state: Mutex<GilState>,
    turn: Condvar,
    next_ticket: AtomicU64,
    serving: AtomicU64,
}

/// `ThreadSched`'s part the GIL uses: the reserved ticket.
struct ThreadTicket {
    id: u64,
    ticket: AtomicU64,
}

impl ThreadTicket {
    fn new(id: u64) -> ThreadTicket {
        ThreadTicket { id, ticket: AtomicU64::new(NO_TICKET) }
    }
}

impl Gil {
    fn new() -> Gil {
        Gil {
            state: Mutex::new(GilState { holder: None, abandoned: Vec::new() }),
            turn: Condvar::new(),
            next_ticket: AtomicU64::new(0),
            serving: AtomicU64::new(0),
        }
    }

    fn someone_waiting(&self) -> bool {
        self.next_ticket.load(Ordering::Acquire) > self.serving.load(Ordering::Acquire)
    }

    fn take_ticket(&self, thread: &ThreadTicket) -> u64 {
        let reserved = thread.ticket.swap(NO_TICKET, Ordering::AcqRel);
        if reserved != NO_TICKET { reserved } else { self.next_ticket.fetch_add(1, Ordering::AcqRel) }
    }

    /// `GilScheduler::acquire`.
    fn acquire(&self, thread: &ThreadTicket) {
        let ticket = self.take_ticket(thread);
        let mut state = self.state.lock().unwrap();
        loop {
            while let Some(pos) = state.abandoned.iter().position(|t| *t == self.serving.load(Ordering::Acquire)) {
                state.abandoned.swap_remove(pos);
                self.serving.fetch_add(1, Ordering::AcqRel);
            }
            if state.holder.is_none() && self.serving.load(Ordering::Acquire) == ticket {
                break;
            }
            state = self.turn.wait(state).unwrap();
        }
        state.holder = Some(thread.id);
        self.serving.store(ticket + 1, Ordering::Release);
    }

    /// `GilScheduler::drop_gil`.
    fn drop_gil(&self, thread: &ThreadTicket) {
        let mut state = self.state.lock().unwrap();
        assert_eq!(state.holder, Some(thread.id), "GIL released by a thread that does not hold it");
        state.holder = None;
        drop(state);
        self.turn.notify_all();
    }

    /// `GilScheduler::tick` when the switch is due.
    fn tick(&self, thread: &ThreadTicket) {
        if self.someone_waiting() {
            self.register_new_thread(thread);
            self.drop_gil(thread);
            self.acquire(thread);
        }
    }

    fn register_new_thread(&self, thread: &ThreadTicket) {
        let ticket = self.next_ticket.fetch_add(1, Ordering::AcqRel);
        thread.ticket.store(ticket, Ordering::Release);
    }

    fn cancel_new_thread(&self, thread: &ThreadTicket) {
        let ticket = thread.ticket.swap(NO_TICKET, Ordering::AcqRel);
        if ticket != NO_TICKET {
            self.state.lock().unwrap().abandoned.push(ticket);
            self.turn.notify_all();
        }
    }
}

/// What the GIL protects: touched only by its holder. loom reports any
/// access not ordered after the previous holder's (a data race).
struct Heap(UnsafeCell<u64>);

impl Heap {
    fn bump(&self) {
        self.0.with_mut(|n| unsafe { *n += 1 });
    }
}

fn loom_model(f: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(3);
    }
    builder.check(f);
}

/// Two threads started the way `threading.Thread.start` does (the parent
/// reserves the child's ticket while holding the GIL), each running,
/// handing over at a tick, running again and exiting: mutual exclusion, no
/// lost wake-up (a deadlock would be reported), every increment counted.
#[test]
fn gil_hand_off_with_reserved_tickets_is_exclusive_and_live() {
    loom_model(|| {
        let gil = Arc::new(Gil::new());
        let heap = Arc::new(Heap(UnsafeCell::new(0)));
        let main = ThreadTicket::new(0);
        gil.acquire(&main);
        let mut children = Vec::new();
        for id in 1..=2 {
            let me = Arc::new(ThreadTicket::new(id));
            gil.register_new_thread(&me);
            let (gil, heap, me) = (gil.clone(), heap.clone(), me.clone());
            children.push(thread::spawn(move || {
                gil.acquire(&me);
                heap.bump();
                gil.tick(&me);
                heap.bump();
                gil.drop_gil(&me);
            }));
        }
        heap.bump();
        gil.tick(&main);
        heap.bump();
        gil.drop_gil(&main);
        for c in children {
            c.join().unwrap();
        }
        gil.acquire(&main);
        assert_eq!(heap.0.with(|n| unsafe { *n }), 6);
        gil.drop_gil(&main);
    });
}

/// A thread whose start failed gives its reserved ticket back; the queue
/// must skip it, or every later thread would wait forever.
#[test]
fn gil_skips_the_ticket_of_a_thread_that_never_started() {
    loom_model(|| {
        let gil = Arc::new(Gil::new());
        let heap = Arc::new(Heap(UnsafeCell::new(0)));
        let main = ThreadTicket::new(0);
        gil.acquire(&main);
        let failed = ThreadTicket::new(1);
        gil.register_new_thread(&failed);
        let me = Arc::new(ThreadTicket::new(2));
        gil.register_new_thread(&me);
        let child = {
            let (gil, heap, me) = (gil.clone(), heap.clone(), me.clone());
            thread::spawn(move || {
                gil.acquire(&me);
                heap.bump();
                gil.drop_gil(&me);
            })
        };
        gil.cancel_new_thread(&failed);
        heap.bump();
        gil.drop_gil(&main);
        child.join().unwrap();
        gil.acquire(&main);
        assert_eq!(heap.0.with(|n| unsafe { *n }), 2);
        gil.drop_gil(&main);
    });
}

/// A blocking call (`Vm::allow_threads`: release, block, reacquire) racing
/// a thread that acquires fresh and ticks.
#[test]
fn gil_release_and_reacquire_around_a_blocking_call() {
    loom_model(|| {
        let gil = Arc::new(Gil::new());
        let heap = Arc::new(Heap(UnsafeCell::new(0)));
        let main = ThreadTicket::new(0);
        gil.acquire(&main);
        let me = Arc::new(ThreadTicket::new(1));
        gil.register_new_thread(&me);
        let child = {
            let (gil, heap, me) = (gil.clone(), heap.clone(), me.clone());
            thread::spawn(move || {
                gil.acquire(&me);
                heap.bump();
                gil.tick(&me);
                gil.drop_gil(&me);
            })
        };
        heap.bump();
        gil.drop_gil(&main); // release around the blocking call
        gil.acquire(&main); // reacquire
        heap.bump();
        gil.drop_gil(&main);
        child.join().unwrap();
    });
}

// ---------------------------------------------------------------------
// The atomic count: `AtomicRc` in src/model/refcount.rs with the free of
// `ObjRef::drop` in src/model/heap.rs.
// ---------------------------------------------------------------------

const IMMORTAL: usize = 1 << (usize::BITS - 1);

struct AtomicObj {
    count: AtomicUsize,
    /// Immutable contents other threads read (a tuple's items).
    payload: UnsafeCell<u64>,
}

impl AtomicObj {
    fn incref(&self) {
        if self.count.load(Ordering::Relaxed) & IMMORTAL == 0 {
            self.count.fetch_add(1, Ordering::Relaxed);
        }
    }
    /// `AtomicRc::decref`; true when this was the last reference.
    fn decref(&self) -> bool {
        if self.count.load(Ordering::Relaxed) & IMMORTAL != 0 {
            return false;
        }
        if self.count.fetch_sub(1, Ordering::Release) == 1 {
            fence(Ordering::Acquire);
            return true;
        }
        false
    }
}

/// Every thread reads the payload through its reference, then drops it;
/// whichever drop is last frees (writes) the payload. The Release
/// decrement and Acquire fence must order every earlier read before the
/// free: loom reports the race if either is weakened.
#[test]
fn atomic_count_orders_every_read_before_the_free() {
    loom_model(|| {
        let obj = Arc::new(AtomicObj { count: AtomicUsize::new(1), payload: UnsafeCell::new(42) });
        let freed = Arc::new(AtomicUsize::new(0));
        let free = |o: &AtomicObj, freed: &AtomicUsize| {
            o.payload.with_mut(|p| unsafe { *p = 0 });
            freed.fetch_add(1, Ordering::Relaxed);
        };
        let mut threads = Vec::new();
        for _ in 0..2 {
            obj.incref(); // the reference handed to the thread
            let (obj, freed) = (obj.clone(), freed.clone());
            threads.push(thread::spawn(move || {
                obj.incref();
                assert_eq!(obj.payload.with(|p| unsafe { *p }), 42);
                if obj.decref() {
                    free(&obj, &freed);
                }
                if obj.decref() {
                    free(&obj, &freed);
                }
            }));
        }
        assert_eq!(obj.payload.with(|p| unsafe { *p }), 42);
        if obj.decref() {
            free(&obj, &freed);
        }
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(freed.load(Ordering::Relaxed), 1, "freed exactly once");
    });
}

// ---------------------------------------------------------------------
// The racy lab: `RacyRc` in src/model/refcount.rs with `heap::free`'s
// quarantine decision.
// ---------------------------------------------------------------------

const SHARED: u64 = u64::MAX;

struct RacyObj {
    count: AtomicUsize,
    owner: AtomicU64,
    /// Set when the memory is really released (not quarantined).
    released: AtomicBool,
}

impl RacyObj {
    fn touch(&self) {
        assert!(!self.released.load(Ordering::SeqCst), "use after a real free");
    }
    fn note_toucher(&self, me: u64) {
        if self.owner.load(Ordering::Relaxed) != me {
            self.owner.store(SHARED, Ordering::SeqCst);
        }
    }
    /// `RacyRc::incref` (load then store: updates can be lost).
    fn incref(&self, me: u64) {
        self.touch();
        let n = self.count.load(Ordering::SeqCst);
        if n & IMMORTAL == 0 {
            self.note_toucher(me);
            let n = self.count.load(Ordering::SeqCst);
            self.count.store(n + 1, Ordering::SeqCst);
        }
        self.touch();
    }
    /// `RacyRc::decref`.
    fn decref(&self, me: u64) -> bool {
        self.touch();
        let n = self.count.load(Ordering::SeqCst);
        if n & IMMORTAL != 0 || n == 0 {
            return false;
        }
        self.note_toucher(me);
        let n = self.count.load(Ordering::SeqCst);
        if n == 0 {
            return false;
        }
        self.count.store(n - 1, Ordering::SeqCst);
        self.touch();
        n == 1
    }
    /// `heap::free`: release only an exact count's object, else quarantine.
    fn free(&self) {
        if self.owner.load(Ordering::SeqCst) == SHARED {
            return; // quarantined: stays valid memory forever
        }
        self.released.store(true, Ordering::SeqCst);
    }
    /// `ObjRef::drop` with the quarantine's use-after-free check.
    fn drop_ref(&self, me: u64) {
        self.touch();
        if self.count.load(Ordering::SeqCst) == 0 {
            return; // reported as a use after free, memory untouched
        }
        if self.decref(me) {
            self.free();
        }
    }
}

/// The creator hands a counted reference to another thread and both churn
/// the count with racing, lossy updates. Whatever is lost, an object whose
/// memory is really released is never touched again: a zero reached while
/// a foreign update was in flight always sees the shared mark.
#[test]
fn racy_counts_never_release_memory_another_thread_can_reach() {
    loom_model(|| {
        let obj = Arc::new(RacyObj {
            count: AtomicUsize::new(1),
            owner: AtomicU64::new(0),
            released: AtomicBool::new(false),
        });
        obj.incref(0); // the reference the thread gets
        let child = {
            let obj = obj.clone();
            thread::spawn(move || {
                obj.incref(1);
                obj.drop_ref(1);
                obj.drop_ref(1);
            })
        };
        obj.incref(0);
        obj.drop_ref(0);
        obj.drop_ref(0);
        child.join().unwrap();
    });
}

/// Objects only their creator touched are released for real (the lab must
/// not leak a single-threaded program's memory).
#[test]
fn racy_counts_free_objects_no_other_thread_touched() {
    loom_model(|| {
        let obj = RacyObj { count: AtomicUsize::new(1), owner: AtomicU64::new(0), released: AtomicBool::new(false) };
        obj.incref(0);
        obj.drop_ref(0);
        obj.drop_ref(0);
        assert!(obj.released.load(Ordering::SeqCst));
    });
}
