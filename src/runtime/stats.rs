//! Counters behind `--stats` and `--trace`, and the racy-refcount lab's
//! reports. Counting is always on (it is cheap: thread-local adds, and
//! atomics touched only at switch points); printing is what the flags ask.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use super::trace::Tracer;
use super::trace_tasks::TaskTracker;
use crate::model::ThreadSched;

/// What one thread (or worker interpreter's main thread) did, recorded
/// when it stops running Python code.
#[derive(Clone, Debug)]
pub struct ThreadReport {
    /// The interpreter's number (1 is the main program's) and its
    /// `multiprocessing` process name.
    pub pid: u32,
    pub interpreter: String,
    pub name: String,
    pub ident: u64,
    pub wall: Duration,
    pub cpu: Duration,
    pub instructions: u64,
    pub gil_acquisitions: u64,
    pub gil_wait: Duration,
    pub forced_switches: u64,
    pub voluntary_switches: u64,
}

/// Per-thread counters, written by the thread itself and the scheduler.
#[derive(Debug, Default)]
pub struct ThreadStats {
    pub gil_acquisitions: AtomicU64,
    pub gil_wait_ns: AtomicU64,
    pub forced_switches: AtomicU64,
    pub voluntary_switches: AtomicU64,
    pub instructions: AtomicU64,
}

/// Per-run counters.
#[derive(Debug)]
pub struct Stats {
    pub started: Instant,
    pub objects_allocated: AtomicU64,
    pub objects_freed: AtomicU64,
    pub objects_quarantined: AtomicU64,
    pub objects_immortalized: AtomicU64,
    pub messages: AtomicU64,
    pub bytes_copied: AtomicU64,
    pub threads_spawned: AtomicU64,
    pub thread_spawn_ns: AtomicU64,
    pub interpreters_spawned: AtomicU64,
    pub interpreter_spawn_ns: AtomicU64,
    pub refcount_atomic: AtomicU64,
    pub refcount_plain: AtomicU64,
    /// Element reads and writes of shared memory (`multiprocessing.Value`
    /// and `Array`), by every interpreter.
    pub shared_reads: AtomicU64,
    pub shared_writes: AtomicU64,
    /// `threading.Thread`s the mode ran as isolated interpreters (process
    /// mode): their globals were copies, not shared.
    pub isolated_threads: AtomicU64,
    /// Threads that have finished, in the order they finished.
    pub threads: Mutex<Vec<ThreadReport>>,
    /// Track-group numbers for `--trace`: one per interpreter.
    next_pid: AtomicU32,
    /// Arrow ids for `--trace` (spawns and messages).
    next_flow: AtomicU64,
    pub trace: Option<Tracer>,
    /// asyncio task steps, counted only when `--trace` or `--stats` asked
    /// (the library's hook is off otherwise).
    pub tasks: Option<TaskTracker>,
}

impl Stats {
    /// Counters for a new run; with `trace`, a tracer too; with `tasks`
    /// (`--trace` or `--stats`), asyncio's task steps are recorded.
    pub fn new(trace: bool, tasks: bool) -> Stats {
        let started = Instant::now();
        Stats {
            started,
            objects_allocated: AtomicU64::new(0),
            objects_freed: AtomicU64::new(0),
            objects_quarantined: AtomicU64::new(0),
            objects_immortalized: AtomicU64::new(0),
            messages: AtomicU64::new(0),
            bytes_copied: AtomicU64::new(0),
            threads_spawned: AtomicU64::new(0),
            thread_spawn_ns: AtomicU64::new(0),
            interpreters_spawned: AtomicU64::new(0),
            interpreter_spawn_ns: AtomicU64::new(0),
            refcount_atomic: AtomicU64::new(0),
            refcount_plain: AtomicU64::new(0),
            shared_reads: AtomicU64::new(0),
            shared_writes: AtomicU64::new(0),
            isolated_threads: AtomicU64::new(0),
            threads: Mutex::new(Vec::new()),
            next_pid: AtomicU32::new(1),
            next_flow: AtomicU64::new(1),
            trace: trace.then(|| Tracer::new(started)),
            tasks: tasks.then(TaskTracker::default),
        }
    }

    /// A new interpreter's track-group number (the first is 1), named in
    /// the trace.
    pub fn new_interpreter(&self, name: &str) -> u32 {
        let pid = self.next_pid.fetch_add(1, Ordering::Relaxed);
        if let Some(t) = &self.trace {
            t.name_process(pid, &format!("interpreter {pid}: {name}"));
        }
        pid
    }

    /// A fresh id for a `--trace` arrow.
    pub fn new_flow(&self) -> u64 {
        self.next_flow.fetch_add(1, Ordering::Relaxed)
    }

    pub fn thread_finished(&self, report: ThreadReport) {
        self.threads.lock().push(report);
    }

    /// Fold this OS thread's allocation counters into the run's totals.
    pub fn absorb_thread_allocs(&self) {
        let counts = crate::model::heap::take_thread_alloc_counts();
        self.objects_allocated.fetch_add(counts.allocated, Ordering::Relaxed);
        self.objects_freed.fetch_add(counts.freed, Ordering::Relaxed);
        self.objects_quarantined.fetch_add(counts.quarantined, Ordering::Relaxed);
        self.objects_immortalized.fetch_add(counts.immortalized, Ordering::Relaxed);
        let (atomic, plain) = crate::model::refcount::take_thread_refcount_ops();
        self.refcount_atomic.fetch_add(atomic, Ordering::Relaxed);
        self.refcount_plain.fetch_add(plain, Ordering::Relaxed);
    }

    /// Objects allocated and neither freed, quarantined nor made immortal
    /// (every thread that has finished or called `absorb_thread_allocs`).
    pub fn objects_alive(&self) -> u64 {
        let a = self.objects_allocated.load(Ordering::Relaxed);
        let f = self.objects_freed.load(Ordering::Relaxed);
        let q = self.objects_quarantined.load(Ordering::Relaxed);
        let i = self.objects_immortalized.load(Ordering::Relaxed);
        a.saturating_sub(f + q + i)
    }

    /// A deep copy of `bytes` bytes left `thread` (encoding began at
    /// `from`); the id joins it to its receipt in the trace.
    pub fn message_sent(&self, thread: &ThreadSched, bytes: usize, from: Instant) -> u64 {
        self.messages.fetch_add(1, Ordering::Relaxed);
        self.bytes_copied.fetch_add(bytes as u64, Ordering::Relaxed);
        let id = self.new_flow();
        if let Some(t) = &self.trace {
            let now = Instant::now();
            let args = serde_json::json!({ "bytes": bytes });
            t.complete(thread, "send message (deep copy)", "message", from, now, Some(args));
            t.flow_from(thread, id, "message", from);
        }
        id
    }

    /// Message `id` was rebuilt in `thread`'s heap (decoding began at `from`).
    pub fn message_received(&self, thread: &ThreadSched, id: u64, bytes: usize, from: Instant) {
        if let Some(t) = &self.trace {
            let now = Instant::now();
            let args = serde_json::json!({ "bytes": bytes });
            t.complete(thread, "receive message (rebuild copy)", "message", from, now, Some(args));
            t.flow_to(thread, id, "message", from);
        }
    }

    /// A new thread or interpreter became ready to run Python code `took`
    /// after it was asked for.
    pub fn record_spawn(&self, isolated: bool, took: Duration) {
        let ns = took.as_nanos() as u64;
        if isolated {
            self.interpreters_spawned.fetch_add(1, Ordering::Relaxed);
            self.interpreter_spawn_ns.fetch_add(ns, Ordering::Relaxed);
        } else {
            self.threads_spawned.fetch_add(1, Ordering::Relaxed);
            self.thread_spawn_ns.fetch_add(ns, Ordering::Relaxed);
        }
    }
}

/// Uses after free seen so far, and whether the verdict has been given.
static USE_AFTER_FREE: parking_lot::Mutex<(u64, bool)> = parking_lot::Mutex::new((0, false));
const MAX_UAF_REPORTS: u64 = 20;

/// Called when the racy-refcount lab sees an object used after its count
/// reached zero. The object is quarantined, so the use itself is safe.
/// Counting and printing happen under one lock with the verdict
/// ([`close_use_after_free_reports`]), so a daemon thread still running at
/// exit can never print a report the exit code does not reflect.
pub fn report_use_after_free(type_name: &str) {
    let mut state = USE_AFTER_FREE.lock();
    if state.1 {
        return;
    }
    state.0 += 1;
    if state.0 <= MAX_UAF_REPORTS {
        eprintln!("use after free detected: {type_name} object");
    }
}

/// The final count: later reports (from abandoned daemon threads) are
/// dropped silently, as those threads are.
pub fn close_use_after_free_reports() -> u64 {
    let mut state = USE_AFTER_FREE.lock();
    state.1 = true;
    state.0
}
