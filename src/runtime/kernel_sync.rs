//! More kernel objects for synchronization: counting semaphores and
//! barriers. Like the locks in `kernel.rs` they live outside every heap, so
//! the same object serves threads of one interpreter and isolated
//! interpreters alike (`multiprocessing.Semaphore` and `Barrier` work across
//! processes because both sides hold this one object).

use std::any::Any;

use parking_lot::{Condvar, Mutex};

use super::deadlock;
use super::kernel::{NativeObject, WaitError, Waiter, deadline_of, wait_until};

/// `threading.Semaphore` / `multiprocessing.Semaphore` (and the bounded
/// kinds, which refuse to go above their initial value).
pub struct KSemaphore {
    value: Mutex<u64>,
    cv: Condvar,
    /// `Some(initial)` for a bounded semaphore.
    pub bound: Option<u64>,
}

impl KSemaphore {
    pub fn new(value: u64, bounded: bool) -> KSemaphore {
        KSemaphore { value: Mutex::new(value), cv: Condvar::new(), bound: bounded.then_some(value) }
    }

    /// Ok(true) when a unit was taken; Ok(false) on timeout or non-blocking failure.
    pub fn acquire(&self, blocking: bool, timeout: Option<f64>, waiter: &Waiter) -> Result<bool, WaitError> {
        let mut g = self.value.lock();
        if *g == 0 && !blocking {
            return Ok(false);
        }
        let got = wait_until(&self.cv, &mut g, deadline_of(timeout), waiter, "Semaphore.acquire()", |v| *v > 0)?;
        if got {
            *g -= 1;
        }
        Ok(got)
    }

    /// False when a bounded semaphore would go above its initial value.
    pub fn release(&self, n: u64) -> bool {
        let mut g = self.value.lock();
        if let Some(bound) = self.bound
            && *g + n > bound
        {
            return false;
        }
        *g += n;
        drop(g);
        for _ in 0..n {
            self.cv.notify_one();
        }
        deadlock::progress();
        true
    }

    pub fn value(&self) -> u64 {
        *self.value.lock()
    }
}

impl NativeObject for KSemaphore {
    fn type_name(&self) -> &'static str {
        "semaphore"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

struct BarrierState {
    /// Threads waiting in the current round.
    count: u64,
    /// Rounds completed (a waiter leaves when it changes).
    generation: u64,
    broken: bool,
}

/// `threading.Barrier` / `multiprocessing.Barrier`.
pub struct KBarrier {
    pub parties: u64,
    state: Mutex<BarrierState>,
    cv: Condvar,
}

/// Why `Barrier.wait` did not pass.
pub enum BarrierError {
    Broken,
    Wait(WaitError),
}

impl KBarrier {
    pub fn new(parties: u64) -> KBarrier {
        KBarrier {
            parties,
            state: Mutex::new(BarrierState { count: 0, generation: 0, broken: false }),
            cv: Condvar::new(),
        }
    }

    /// The caller's arrival index (0 .. parties-1), or why it could not
    /// pass; a timeout breaks the barrier, as in CPython.
    pub fn wait(&self, timeout: Option<f64>, waiter: &Waiter) -> Result<u64, BarrierError> {
        let mut g = self.state.lock();
        if g.broken {
            return Err(BarrierError::Broken);
        }
        let index = g.count;
        g.count += 1;
        if g.count == self.parties {
            g.count = 0;
            g.generation += 1;
            drop(g);
            self.cv.notify_all();
            deadlock::progress();
            return Ok(index);
        }
        let generation = g.generation;
        let passed = wait_until(&self.cv, &mut g, deadline_of(timeout), waiter, "Barrier.wait()", |s| {
            s.generation != generation || s.broken
        });
        match passed {
            Ok(true) if g.generation != generation => Ok(index),
            Ok(_) => {
                // Timed out, or someone broke it: the barrier is broken for all.
                if !g.broken {
                    g.broken = true;
                    g.count = 0;
                    drop(g);
                    self.cv.notify_all();
                    deadlock::progress();
                }
                Err(BarrierError::Broken)
            }
            Err(e) => {
                g.broken = true;
                drop(g);
                self.cv.notify_all();
                Err(BarrierError::Wait(e))
            }
        }
    }

    pub fn abort(&self) {
        let mut g = self.state.lock();
        g.broken = true;
        g.count = 0;
        drop(g);
        self.cv.notify_all();
        deadlock::progress();
    }

    pub fn reset(&self) {
        let mut g = self.state.lock();
        if g.count > 0 {
            // Waiters of the abandoned round see it broken.
            g.broken = true;
            drop(g);
            self.cv.notify_all();
            g = self.state.lock();
        }
        g.broken = false;
        g.count = 0;
        g.generation += 1;
    }

    pub fn n_waiting(&self) -> u64 {
        self.state.lock().count
    }

    pub fn broken(&self) -> bool {
        self.state.lock().broken
    }
}

impl NativeObject for KBarrier {
    fn type_name(&self) -> &'static str {
        "barrier"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
