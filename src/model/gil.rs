//! Schedulers: the fair global interpreter lock, and the no-op used by the
//! models without one.
//!
//! The GIL is a ticket lock. A thread that wants it takes the next ticket
//! and waits until that ticket is served; a thread that drops it and wants
//! it back takes a *new* ticket, so it queues behind every waiter (a fair
//! hand-off, unlike CPython where the dropper may snatch the lock back).
//! A thread being started gets its ticket reserved by its parent, while the
//! parent still holds the GIL: with `--switch-every N` the whole
//! interleaving is then fixed by instruction counts alone, so a race loses
//! the same updates on every run.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::{SchedConfig, Scheduler, ThreadSched};
use crate::runtime::stats::Stats;
use crate::runtime::trace::Span;

/// How often (in instructions) a time-based GIL looks at the clock.
const TIME_POLL_INSTRUCTIONS: u32 = 200;
const NO_TICKET: u64 = u64::MAX;
/// How long a thread polls for its turn before it sleeps.
const SPIN: Duration = Duration::from_micros(50);

struct GilState {
    holder: Option<u64>,
    /// Tickets of threads that will never come (their spawn failed).
    abandoned: Vec<u64>,
    acquired_at: Instant,
}

pub struct GilScheduler {
    state: Mutex<GilState>,
    turn: Condvar,
    /// Shared with the `rejoin` reservations handed to blocked threads.
    next_ticket: Arc<AtomicU64>,
    /// The ticket allowed to take the GIL next.
    serving: AtomicU64,
    /// Switch interval in nanoseconds.
    interval_ns: AtomicU64,
    switch_every: Option<u32>,
    /// `--schedule S` (what `minipy explore` prints): the GIL is checked
    /// after every instruction, and at each check where another thread is
    /// waiting the holder either keeps running or hands off. The schedule
    /// lists how many such contested checks each thread keeps the GIL for
    /// before it hands off; after the list, every contested check hands off
    /// once per `SCHEDULE_TAIL` checks. Checks with nobody waiting consume
    /// nothing, so single-threaded stretches do not shift the schedule.
    schedule: Option<Mutex<ScheduleCursor>>,
    stats: Arc<Stats>,
}

/// Contested checks a thread keeps the GIL for once the schedule is used up.
const SCHEDULE_TAIL: u32 = 1000;

struct ScheduleCursor {
    /// Contested checks so far.
    seen: u64,
    slices: Vec<u32>,
    next: usize,
    stay_left: u32,
}

impl ScheduleCursor {
    /// Whether to hand off now (a contested check).
    fn hand_off(&mut self) -> bool {
        self.seen += 1;
        if self.stay_left > 0 {
            self.stay_left -= 1;
            return false;
        }
        self.stay_left = self.slices.get(self.next).copied().unwrap_or(SCHEDULE_TAIL);
        self.next += 1;
        true
    }
}

impl GilScheduler {
    pub fn new(config: &SchedConfig, stats: Arc<Stats>) -> GilScheduler {
        GilScheduler {
            state: Mutex::new(GilState { holder: None, abandoned: Vec::new(), acquired_at: Instant::now() }),
            turn: Condvar::new(),
            next_ticket: Arc::new(AtomicU64::new(0)),
            serving: AtomicU64::new(0),
            interval_ns: AtomicU64::new((config.switch_interval * 1e9) as u64),
            switch_every: config.switch_every,
            schedule: config.schedule.as_ref().map(|slices| {
                let stay_left = slices.first().copied().unwrap_or(SCHEDULE_TAIL);
                Mutex::new(ScheduleCursor { seen: 0, slices: slices.clone(), next: 1, stay_left })
            }),
            stats,
        }
    }

    fn someone_waiting(&self) -> bool {
        self.next_ticket.load(Ordering::Acquire) > self.serving.load(Ordering::Acquire)
    }

    fn take_ticket(&self, thread: &ThreadSched) -> u64 {
        let reserved = thread.ticket.swap(NO_TICKET, Ordering::AcqRel);
        if reserved != NO_TICKET { reserved } else { self.next_ticket.fetch_add(1, Ordering::AcqRel) }
    }

    fn acquire(&self, thread: &ThreadSched) {
        let ticket = self.take_ticket(thread);
        let start = Instant::now();
        // A turn that comes within microseconds (a thread just started
        // while its parent heads into `join`, a blocking call that returns
        // at once) is waited for awake: sleeping and being woken costs
        // more than the wait itself.
        let spin_until = start + SPIN;
        while Instant::now() < spin_until {
            if self.serving.load(Ordering::Acquire) == ticket && self.state.lock().holder.is_none() {
                break;
            }
            std::hint::spin_loop();
        }
        let mut state = self.state.lock();
        loop {
            // Skip tickets whose threads will never arrive.
            while let Some(pos) = state.abandoned.iter().position(|t| *t == self.serving.load(Ordering::Acquire)) {
                state.abandoned.swap_remove(pos);
                self.serving.fetch_add(1, Ordering::AcqRel);
            }
            if state.holder.is_none() && self.serving.load(Ordering::Acquire) == ticket {
                break;
            }
            self.turn.wait(&mut state);
        }
        state.holder = Some(thread.id);
        state.acquired_at = Instant::now();
        self.serving.store(ticket + 1, Ordering::Release);
        drop(state);
        let now = Instant::now();
        let waited = now - start;
        thread.stats.gil_acquisitions.fetch_add(1, Ordering::Relaxed);
        thread.stats.gil_wait_ns.fetch_add(waited.as_nanos() as u64, Ordering::Relaxed);
        if let Some(t) = &self.stats.trace {
            t.gil_wait(thread, start, now);
            t.begin(thread, Span::HoldingGil);
        }
    }

    /// Give the GIL to the next thread in line and wait for this thread's
    /// next turn.
    fn hand_off(&self, thread: &ThreadSched, why: &'static str) {
        // Queue up *before* letting go: otherwise the next thread could
        // run and check "is anyone waiting?" before we are in line, and
        // the interleaving would depend on OS timing.
        self.register_new_thread(thread);
        self.drop_gil(thread, why);
        self.acquire(thread);
    }

    fn drop_gil(&self, thread: &ThreadSched, why: &'static str) {
        if let Some(t) = &self.stats.trace {
            t.end(thread, Span::HoldingGil, why);
        }
        let mut state = self.state.lock();
        debug_assert_eq!(state.holder, Some(thread.id), "GIL released by a thread that does not hold it");
        state.holder = None;
        drop(state);
        self.turn.notify_all();
    }
}

impl Scheduler for GilScheduler {
    fn enter(&self, thread: &ThreadSched) {
        self.acquire(thread);
    }

    fn exit(&self, thread: &ThreadSched) {
        self.drop_gil(thread, "thread exit");
    }

    fn tick(&self, thread: &ThreadSched) -> u32 {
        // With no thread in line there is nothing to hand over: skip the
        // lock and the clock read (every 200 instructions of a
        // single-threaded program otherwise).
        if !self.someone_waiting() {
            return self.initial_ticks();
        }
        let due = match (&self.schedule, self.switch_every) {
            (Some(cursor), _) => cursor.lock().hand_off(),
            (None, Some(_)) => true,
            (None, None) => {
                let interval = Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed));
                self.state.lock().acquired_at.elapsed() >= interval
            }
        };
        if due && self.someone_waiting() {
            thread.stats.forced_switches.fetch_add(1, Ordering::Relaxed);
            const WHY: &str = "forced hand-off";
            if let Some(t) = &self.stats.trace {
                t.end(thread, Span::Running, WHY);
            }
            self.hand_off(thread, WHY);
            if let Some(t) = &self.stats.trace {
                t.begin(thread, Span::Running);
            }
        }
        self.initial_ticks()
    }

    fn release(&self, thread: &ThreadSched) {
        thread.stats.voluntary_switches.fetch_add(1, Ordering::Relaxed);
        self.drop_gil(thread, "blocking call (voluntary hand-off)");
    }

    fn reacquire(&self, thread: &ThreadSched) {
        self.acquire(thread);
    }

    fn initial_ticks(&self) -> u32 {
        if self.schedule.is_some() {
            return 1;
        }
        self.switch_every.unwrap_or(TIME_POLL_INSTRUCTIONS).max(1)
    }

    fn register_new_thread(&self, thread: &ThreadSched) {
        let ticket = self.next_ticket.fetch_add(1, Ordering::AcqRel);
        thread.ticket.store(ticket, Ordering::Release);
    }

    fn cancel_new_thread(&self, thread: &ThreadSched) {
        let ticket = thread.ticket.swap(NO_TICKET, Ordering::AcqRel);
        if ticket != NO_TICKET {
            self.state.lock().abandoned.push(ticket);
            self.turn.notify_all();
        }
    }

    fn rejoin(&self, thread: &Arc<ThreadSched>) -> Option<crate::runtime::kernel::Rejoin> {
        self.schedule.as_ref()?;
        let (next, thread) = (self.next_ticket.clone(), thread.clone());
        // What `register_new_thread` does, for a thread blocked elsewhere:
        // its next `acquire` uses this ticket instead of taking one.
        Some(Arc::new(move || {
            let ticket = next.fetch_add(1, Ordering::AcqRel);
            thread.ticket.store(ticket, Ordering::Release);
        }))
    }

    fn yield_now(&self, thread: &ThreadSched, why: &'static str) {
        if self.someone_waiting() {
            thread.stats.voluntary_switches.fetch_add(1, Ordering::Relaxed);
            self.hand_off(thread, why);
        }
    }

    fn contested_checks(&self) -> Option<u64> {
        self.schedule.as_ref().map(|c| c.lock().seen)
    }

    fn set_switch_interval(&self, seconds: f64) {
        self.interval_ns.store((seconds * 1e9) as u64, Ordering::Relaxed);
    }

    fn switch_interval(&self) -> f64 {
        self.interval_ns.load(Ordering::Relaxed) as f64 / 1e9
    }
}

/// The scheduler of models without a global lock: threads run in parallel
/// and only the periodic check (for kill requests) remains.
pub struct NoGil {
    interval_ns: AtomicU64,
}

impl NoGil {
    pub fn new(config: &SchedConfig, _stats: Arc<Stats>) -> NoGil {
        NoGil { interval_ns: AtomicU64::new((config.switch_interval * 1e9) as u64) }
    }
}

impl Scheduler for NoGil {
    fn enter(&self, _thread: &ThreadSched) {}
    fn exit(&self, _thread: &ThreadSched) {}
    fn tick(&self, _thread: &ThreadSched) -> u32 {
        self.initial_ticks()
    }
    fn release(&self, _thread: &ThreadSched) {}
    fn reacquire(&self, _thread: &ThreadSched) {}
    fn initial_ticks(&self) -> u32 {
        1000
    }
    fn register_new_thread(&self, _thread: &ThreadSched) {}
    fn cancel_new_thread(&self, _thread: &ThreadSched) {}
    fn set_switch_interval(&self, seconds: f64) {
        // Stored so `sys.getswitchinterval` reads back what was set, as in
        // CPython's free-threaded build.
        self.interval_ns.store((seconds * 1e9) as u64, Ordering::Relaxed);
    }
    fn switch_interval(&self) -> f64 {
        self.interval_ns.load(Ordering::Relaxed) as f64 / 1e9
    }
}
