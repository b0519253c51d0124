//! Counters behind `--stats`, and the racy-refcount lab's reports.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

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
    pub messages: AtomicU64,
    pub bytes_copied: AtomicU64,
    pub threads_spawned: AtomicU64,
    pub thread_spawn_ns: AtomicU64,
    pub interpreters_spawned: AtomicU64,
    pub interpreter_spawn_ns: AtomicU64,
}

impl Default for Stats {
    fn default() -> Self {
        Stats {
            started: Instant::now(),
            objects_allocated: AtomicU64::new(0),
            objects_freed: AtomicU64::new(0),
            objects_quarantined: AtomicU64::new(0),
            messages: AtomicU64::new(0),
            bytes_copied: AtomicU64::new(0),
            threads_spawned: AtomicU64::new(0),
            thread_spawn_ns: AtomicU64::new(0),
            interpreters_spawned: AtomicU64::new(0),
            interpreter_spawn_ns: AtomicU64::new(0),
        }
    }
}

impl Stats {
    /// Fold this OS thread's allocation counters into the run's totals.
    pub fn absorb_thread_allocs(&self) {
        let (a, f, q) = crate::model::heap::take_thread_alloc_counts();
        self.objects_allocated.fetch_add(a, Ordering::Relaxed);
        self.objects_freed.fetch_add(f, Ordering::Relaxed);
        self.objects_quarantined.fetch_add(q, Ordering::Relaxed);
    }

    /// Objects allocated and neither freed nor quarantined (every thread
    /// that has finished or called `absorb_thread_allocs`).
    pub fn objects_alive(&self) -> u64 {
        let a = self.objects_allocated.load(Ordering::Relaxed);
        let f = self.objects_freed.load(Ordering::Relaxed);
        let q = self.objects_quarantined.load(Ordering::Relaxed);
        a.saturating_sub(f + q)
    }

    pub fn record_message(&self, bytes: usize) {
        self.messages.fetch_add(1, Ordering::Relaxed);
        self.bytes_copied.fetch_add(bytes as u64, Ordering::Relaxed);
    }

    pub fn record_spawn(&self, isolated: bool, took: std::time::Duration) {
        let ns = took.as_nanos() as u64;
        if isolated {
            self.interpreters_spawned.fetch_add(1, Ordering::Relaxed);
            self.interpreter_spawn_ns.fetch_add(ns, Ordering::Relaxed);
        } else {
            self.threads_spawned.fetch_add(1, Ordering::Relaxed);
            self.thread_spawn_ns.fetch_add(ns, Ordering::Relaxed);
        }
    }

    pub fn trace_gil_acquired(&self, _thread: u64, _wait_start: Instant, _waited: std::time::Duration) {}
    pub fn trace_gil_released(&self, _thread: u64) {}
}

static USE_AFTER_FREE: AtomicU64 = AtomicU64::new(0);
const MAX_UAF_REPORTS: u64 = 20;

/// Called when the racy-refcount lab sees an object used after its count
/// reached zero. The object is quarantined, so the use itself is safe.
pub fn report_use_after_free(type_name: &str) {
    let n = USE_AFTER_FREE.fetch_add(1, Ordering::Relaxed);
    if n < MAX_UAF_REPORTS {
        eprintln!("use after free detected: {type_name} object");
    }
}

pub fn use_after_free_count() -> u64 {
    USE_AFTER_FREE.load(Ordering::Relaxed)
}
