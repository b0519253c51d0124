//! The `Model` seam: everything that differs between locking models.
//!
//! The VM, the object model and the builtins are written once, generic over
//! `M: Model`, and monomorphised per model (`Gil`, `FreeThreaded`,
//! `Process`, `RacyRefcount`). A model decides:
//!
//! * how reference counts are kept ([`RefCount`]): plain, atomic, or
//!   deliberately racy;
//! * how a mutable object's contents are guarded ([`ObjCell`]): not at all
//!   (one global lock, or a single-owner heap) or with a per-object lock;
//! * what a thread does at the periodic "eval breaker" check and around a
//!   blocking call ([`Model::Sched`]): hand the GIL over, or nothing;
//! * whether `threading.Thread` shares the heap or starts an isolated
//!   interpreter.
//!
//! No other module asks "which mode is this?": they ask the model.

pub mod cells;
pub mod gil;
pub mod heap;
pub mod refcount;
pub mod weak;

use std::sync::Arc;

pub use cells::ObjCell;
pub use refcount::RefCount;

use crate::runtime::stats::Stats;

/// What the VM asks of the scheduler at safe points. Implementations hold
/// whatever per-interpreter state the model needs (the GIL, kill flags).
pub trait Scheduler: Send + Sync + 'static {
    /// Called once by a thread before it runs any Python code.
    fn enter(&self, thread: &ThreadSched);
    /// Called once by a thread after its last Python instruction.
    fn exit(&self, thread: &ThreadSched);
    /// The slow path of the instruction countdown: maybe hand the GIL over.
    /// Returns the number of instructions until the next check.
    fn tick(&self, thread: &ThreadSched) -> u32;
    /// Release whatever this thread holds around a blocking call.
    fn release(&self, thread: &ThreadSched);
    /// Take it back after the blocking call.
    fn reacquire(&self, thread: &ThreadSched);
    /// Instructions between two `tick` calls right after `enter`.
    fn initial_ticks(&self) -> u32;
    /// Reserve a place for a thread about to start (so that, with
    /// instruction-count switching, the hand-off order is reproducible).
    fn register_new_thread(&self, thread: &ThreadSched);
    /// Give back a reservation whose thread failed to start.
    fn cancel_new_thread(&self, thread: &ThreadSched);
    /// Under a deterministic schedule (`--schedule`): how another thread,
    /// while it holds the GIL, reserves `thread`'s place in the GIL queue
    /// when it wakes `thread` from a blocking wait, so that the woken thread
    /// rejoins the queue at a point the schedule fixes instead of whenever
    /// the OS runs it. `None` for every other scheduler.
    fn rejoin(&self, _thread: &Arc<ThreadSched>) -> Option<crate::runtime::kernel::Rejoin> {
        None
    }
    /// Under `--schedule`: how many contested checks (the unit a schedule
    /// counts in) this run made so far. `minipy explore` spreads its
    /// hand-offs over the baseline run's count.
    fn contested_checks(&self) -> Option<u64> {
        None
    }
    /// Hand the GIL to the next thread in line, if any, and queue up for it
    /// again *before* letting go (so the hand-off is fixed by the queue, not
    /// by OS timing). A no-op without a GIL.
    fn yield_now(&self, _thread: &ThreadSched, _why: &'static str) {}
    /// Set the time-based switch interval (`sys.setswitchinterval`).
    fn set_switch_interval(&self, seconds: f64);
    fn switch_interval(&self) -> f64;
}

/// Per-thread scheduling identity and counters, shared between the thread
/// and the scheduler.
#[derive(Debug)]
pub struct ThreadSched {
    pub id: u64,
    /// The interpreter this thread runs in (its track group in `--trace`).
    pub pid: u32,
    pub name: parking_lot::Mutex<String>,
    /// Ticket for the fair GIL queue (used by the GIL scheduler only).
    pub ticket: std::sync::atomic::AtomicU64,
    pub stats: crate::runtime::stats::ThreadStats,
    /// Spans open on this thread's `--trace` track.
    pub spans: parking_lot::Mutex<crate::runtime::trace::OpenSpans>,
}

impl ThreadSched {
    pub fn new(id: u64, pid: u32, name: String) -> ThreadSched {
        ThreadSched {
            id,
            pid,
            name: parking_lot::Mutex::new(name),
            ticket: std::sync::atomic::AtomicU64::new(u64::MAX),
            stats: Default::default(),
            spans: Default::default(),
        }
    }
}

/// How `threading.Thread` behaves in a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadKind {
    /// OS thread sharing the heap.
    Shared,
    /// OS thread running an isolated interpreter (process mode).
    Isolated,
}

/// A locking model. Zero-sized marker types implement it; all state lives in
/// the scheduler and in the objects' refcounts and cells.
pub trait Model: Sized + 'static {
    type Rc: RefCount;
    type Cell<T>: ObjCell<T>;
    type Sched: Scheduler;

    /// The name users pass to `--mode`.
    const NAME: &'static str;
    /// Whether threads share this interpreter's heap.
    const THREADS: ThreadKind;
    /// Freed objects are quarantined, never released, and any later use is
    /// reported (racy-refcount lab).
    const QUARANTINE_FREED: bool = false;
    /// Constants, code, functions and classes skip refcounting so threads
    /// running the same code do not bounce cache lines (free-threaded).
    const IMMORTAL_SHARED: bool = false;
    /// Instances share one key object per attribute name (made once per
    /// thread) instead of a fresh string per instance dict. Off in the
    /// racy-refcount lab, whose races should stay on the objects programs
    /// share, not on key strings minipy shares behind their back.
    const SHARED_ATTR_KEYS: bool = true;
    /// One global interpreter lock serialises all threads (`sys._is_gil_enabled()`).
    const HAS_GIL: bool = false;
    /// Container objects are tracked for the cycle collector (`vm::gc`).
    /// Off in the racy-refcount lab, whose counts cannot be trusted to
    /// tell garbage from live objects.
    const CYCLE_GC: bool = true;
    /// A finished thread's OS thread waits for the next `Thread.start()`
    /// (`runtime::thread_pool`). Off in the racy-refcount lab: a thread
    /// that starts within microseconds runs alongside its parent's own
    /// `start()`/`join()` code, and the lab's unprotected counts on the
    /// Thread object they share would then be lost on some runs of
    /// programs that are not about that race.
    const REUSE_THREADS: bool = true;

    fn new_scheduler(config: &SchedConfig, stats: Arc<Stats>) -> Self::Sched;

    /// Hand `x` (which may hold heap references) to another OS thread of
    /// the same interpreter: possible only in the shared-heap models.
    fn share<T>(x: T) -> Result<heap::SendPtr<T>, T> {
        Err(x)
    }
}

/// Scheduler settings from the command line.
#[derive(Clone, Debug)]
pub struct SchedConfig {
    /// Time-based switch interval in seconds (default 0.005).
    pub switch_interval: f64,
    /// Switch every N instructions instead (reproducible interleavings).
    pub switch_every: Option<u32>,
    /// `--schedule`: a replayable interleaving for the GIL (see `gil.rs`).
    pub schedule: Option<Vec<u32>>,
}

impl Default for SchedConfig {
    fn default() -> Self {
        SchedConfig { switch_interval: 0.005, switch_every: None, schedule: None }
    }
}

/// The models, as zero-sized markers.
pub mod models {
    use super::*;

    /// One global interpreter lock; plain refcounts; no per-object locks.
    pub struct Gil;
    /// No global lock; atomic refcounts; a lock per mutable object.
    pub struct FreeThreaded;
    /// Isolated single-owner heaps; threads become interpreters.
    pub struct Process;
    /// Per-object locks but deliberately unprotected refcounts.
    pub struct RacyRefcount;

    impl Model for Gil {
        type Rc = refcount::PlainRc;
        type Cell<T> = cells::UnlockedCell<T>;
        type Sched = gil::GilScheduler;
        const NAME: &'static str = "gil";
        const HAS_GIL: bool = true;
        const THREADS: ThreadKind = ThreadKind::Shared;
        fn share<T>(x: T) -> Result<heap::SendPtr<T>, T> {
            Ok(heap::SendPtr::new::<Self>(x))
        }
        fn new_scheduler(config: &SchedConfig, stats: Arc<Stats>) -> Self::Sched {
            gil::GilScheduler::new(config, stats)
        }
    }

    impl Model for FreeThreaded {
        type Rc = refcount::AtomicRc;
        type Cell<T> = cells::LockedCell<T>;
        type Sched = gil::NoGil;
        const NAME: &'static str = "free-threaded";
        const THREADS: ThreadKind = ThreadKind::Shared;
        const IMMORTAL_SHARED: bool = true;
        fn share<T>(x: T) -> Result<heap::SendPtr<T>, T> {
            Ok(heap::SendPtr::new::<Self>(x))
        }
        fn new_scheduler(config: &SchedConfig, stats: Arc<Stats>) -> Self::Sched {
            gil::NoGil::new(config, stats)
        }
    }

    impl Model for Process {
        type Rc = refcount::PlainRc;
        type Cell<T> = cells::UnlockedCell<T>;
        type Sched = gil::NoGil;
        const NAME: &'static str = "process";
        const THREADS: ThreadKind = ThreadKind::Isolated;
        fn new_scheduler(config: &SchedConfig, stats: Arc<Stats>) -> Self::Sched {
            gil::NoGil::new(config, stats)
        }
    }

    impl Model for RacyRefcount {
        type Rc = refcount::RacyRc;
        type Cell<T> = cells::LockedCell<T>;
        type Sched = gil::NoGil;
        const NAME: &'static str = "racy-refcount";
        const THREADS: ThreadKind = ThreadKind::Shared;
        const QUARANTINE_FREED: bool = true;
        const SHARED_ATTR_KEYS: bool = false;
        const CYCLE_GC: bool = false;
        const REUSE_THREADS: bool = false;
        fn share<T>(x: T) -> Result<heap::SendPtr<T>, T> {
            Ok(heap::SendPtr::new::<Self>(x))
        }
        fn new_scheduler(config: &SchedConfig, stats: Arc<Stats>) -> Self::Sched {
            gil::NoGil::new(config, stats)
        }
    }
}
