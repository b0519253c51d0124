//! OS threads kept for the next `Thread.start()` of the same interpreter.
//!
//! Creating an OS thread (clone, mapping its stack, setting up its
//! thread-locals) and tearing it down again was most of what a
//! `start()` + `join()` of a thread that does nothing cost (about 75 us
//! here). A thread whose Python thread has finished now waits a while
//! for the next one instead of exiting: starting a thread then costs a
//! message and a wake-up.
//!
//! A pool belongs to one interpreter (`Interp::thread_pool`), so a reused
//! thread only ever runs that interpreter's threads: anything an earlier
//! job left in the thread-locals (the heap registry it installed, weak
//! callbacks due) belongs to the same heap. Workers hold the pool weakly;
//! when the interpreter goes, its idle workers wake and exit.

use std::sync::{Arc, Weak};
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender, TrySendError};
use parking_lot::Mutex;

/// What a worker runs: one Python thread, start to finish.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// How long a finished worker waits for another thread to run.
const IDLE_WAIT: Duration = Duration::from_secs(2);
/// How long a finished worker polls for the next job before it sleeps.
const SPIN: Duration = Duration::from_micros(100);
/// Idle workers kept at most; the rest exit when their thread ends.
const MAX_IDLE: usize = 16;

#[derive(Default)]
pub struct ThreadPool {
    /// Each idle worker's inbox.
    idle: Mutex<Vec<Sender<Job>>>,
}

impl ThreadPool {
    /// Run `job` on an idle worker, or on a new OS thread named `name`
    /// with a stack of `stack_size` bytes (which then joins the pool if
    /// `reuse`, else ends with the job).
    pub fn run(self: &Arc<Self>, name: String, stack_size: usize, reuse: bool, job: Job) -> std::io::Result<()> {
        let builder = std::thread::Builder::new().name(name).stack_size(stack_size);
        if !reuse {
            builder.spawn(job)?;
            return Ok(());
        }
        let mut job = job;
        loop {
            let Some(worker) = self.idle.lock().pop() else { break };
            // An inbox holds one job and is empty while listed; a worker
            // that exited has dropped its end.
            match worker.try_send(job) {
                Ok(()) => return Ok(()),
                Err(TrySendError::Full(j) | TrySendError::Disconnected(j)) => job = j,
            }
        }
        let pool = Arc::downgrade(self);
        builder.spawn(move || work(pool, job))?;
        Ok(())
    }
}

fn work(pool: Weak<ThreadPool>, first: Job) {
    let (inbox, jobs) = crossbeam_channel::bounded::<Job>(1);
    let mut job = first;
    loop {
        job();
        match next_job(&pool, &inbox, &jobs) {
            Some(next) => job = next,
            None => return,
        }
    }
}

/// Wait, listed as idle, for the next job; None when the worker should exit.
fn next_job(pool: &Weak<ThreadPool>, inbox: &Sender<Job>, jobs: &Receiver<Job>) -> Option<Job> {
    {
        let pool = pool.upgrade()?;
        let mut idle = pool.idle.lock();
        if idle.len() >= MAX_IDLE {
            return None;
        }
        idle.push(inbox.clone());
    }
    // A program that starts threads one after another (start, join,
    // start...) sends the next job within microseconds of this one's end:
    // waiting for it awake saves the worker a sleep and a wake-up.
    let spin_until = std::time::Instant::now() + SPIN;
    while std::time::Instant::now() < spin_until {
        if let Ok(job) = jobs.try_recv() {
            return Some(job);
        }
        std::hint::spin_loop();
    }
    match jobs.recv_timeout(IDLE_WAIT) {
        Ok(job) => Some(job),
        Err(RecvTimeoutError::Disconnected) => None,
        Err(RecvTimeoutError::Timeout) => {
            // Leave the list; if a starter already took this inbox off it,
            // its job is on the way (or here) and must still run.
            let still_listed = pool.upgrade().is_some_and(|pool| {
                let mut idle = pool.idle.lock();
                let before = idle.len();
                idle.retain(|s| !s.same_channel(inbox));
                idle.len() != before
            });
            if still_listed { None } else { recv_taken(pool, jobs) }
        }
    }
}

/// The job a starter that took this worker's inbox is about to send: it
/// holds the pool while it sends, so a vanished pool means none is coming.
fn recv_taken(pool: &Weak<ThreadPool>, jobs: &Receiver<Job>) -> Option<Job> {
    loop {
        match jobs.recv_timeout(Duration::from_millis(10)) {
            Ok(job) => return Some(job),
            Err(RecvTimeoutError::Disconnected) => return None,
            Err(RecvTimeoutError::Timeout) if pool.strong_count() == 0 => return jobs.try_recv().ok(),
            Err(RecvTimeoutError::Timeout) => {}
        }
    }
}
