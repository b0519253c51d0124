//! Kernel-like objects: things that live outside any one heap and are shared
//! by threads and interpreters alike (locks, events, queues, thread
//! handles). They are `Send + Sync` and hold no heap references of their
//! own (queue payloads are type-erased: shared-heap values for threads of
//! one interpreter, owned messages between interpreters), so every model,
//! process isolation included, can share them.
//!
//! Every wait here is *interruptible*: it wakes every few milliseconds to
//! look at the waiting interpreter's interrupt flag, so `terminate()` and
//! `kill()` reach a worker blocked on a lock or a queue. Untimed waits are
//! also registered with the deadlock detector (`runtime::deadlock`).

use std::any::Any;
use std::collections::VecDeque;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::deadlock;
use crate::object::class::BuiltinType;

pub trait NativeObject: Any + Send + Sync {
    fn type_name(&self) -> &'static str;
    fn as_any(&self) -> &dyn Any;
    /// The class `type()` reports (most kernel objects are opaque handles).
    fn builtin_type(&self) -> BuiltinType {
        BuiltinType::Native
    }
    /// `repr()`, given the object's address; `None` for the generic
    /// `<type object at 0x...>`.
    fn repr(&self, _addr: usize) -> Option<String> {
        None
    }
    /// What another interpreter receives when a message carries this object:
    /// `None` shares it (locks and queues are the "kernel" both sides talk
    /// to); an object whose state belongs to one process returns an
    /// independent copy, as a forked child gets.
    fn copy_for_other_interpreter(&self) -> Option<NativeHandle> {
        None
    }
}

/// A heap object's handle on a kernel object.
#[derive(Clone)]
pub struct NativeHandle(pub Arc<dyn NativeObject>);

impl NativeHandle {
    pub fn type_name(&self) -> &'static str {
        self.0.type_name()
    }
    pub fn downcast<T: NativeObject>(&self) -> Option<&T> {
        self.0.as_any().downcast_ref::<T>()
    }
}

/// How long one slice of an interruptible wait lasts.
const POLL: Duration = Duration::from_millis(10);

/// Why a wait ended early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitError {
    /// The waiting interpreter was asked to stop (signal number).
    Interrupted(u8),
}

/// What a blocking call needs to know about its caller.
#[derive(Clone)]
pub struct Waiter {
    pub interrupt: Arc<AtomicU8>,
    pub thread_name: String,
    /// Only the main thread receives KeyboardInterrupt (signal 2).
    pub is_main: bool,
    /// Set under a deterministic schedule (see [`Rejoin`]).
    pub rejoin: Option<Rejoin>,
}

/// Reserves a blocked thread's place in its GIL queue (see
/// `Scheduler::rejoin`). A kernel object calls it for the waiter it hands
/// itself to, from the releasing thread, which holds the GIL: the waiter
/// rejoins the queue at a point the schedule fixes, not when the OS wakes
/// it, so `--schedule` replays runs whose threads block. It must be called
/// only for a waiter that is certain to stop waiting (its reserved ticket
/// is served next in line, and a waiter that never came would stall it).
pub type Rejoin = Arc<dyn Fn() + Send + Sync>;

impl Waiter {
    fn check(&self) -> Result<(), WaitError> {
        match self.interrupt.load(Ordering::Relaxed) {
            0 => Ok(()),
            2 if !self.is_main => Ok(()),
            2 => {
                self.interrupt.store(0, Ordering::Relaxed);
                Err(WaitError::Interrupted(2))
            }
            sig => Err(WaitError::Interrupted(sig)),
        }
    }
}

/// How long `Thread.join()` polls before it sleeps.
const JOIN_SPIN: Duration = Duration::from_micros(100);

/// Wait on `cv` until `ready` holds, the deadline passes (Ok(false)) or the
/// caller is interrupted. Registers untimed waits with the deadlock detector.
pub(crate) fn wait_until<T>(
    cv: &Condvar,
    guard: &mut parking_lot::MutexGuard<'_, T>,
    deadline: Option<Instant>,
    waiter: &Waiter,
    what: &str,
    mut ready: impl FnMut(&mut T) -> bool,
) -> Result<bool, WaitError> {
    if ready(guard) {
        return Ok(true);
    }
    let _blocked = deadline.is_none().then(|| deadlock::Blocked::new(&waiter.thread_name, what));
    loop {
        waiter.check()?;
        let slice = match deadline {
            Some(d) => {
                let now = Instant::now();
                if now >= d {
                    return Ok(ready(guard));
                }
                (d - now).min(POLL)
            }
            None => POLL,
        };
        cv.wait_for(guard, slice);
        if ready(guard) {
            return Ok(true);
        }
    }
}

pub(crate) fn deadline_of(timeout: Option<f64>) -> Option<Instant> {
    timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.max(0.0)))
}

/// `threading.Lock` / `multiprocessing.Lock`.
///
/// Normally a barging lock, like CPython's: a release frees it and whoever
/// gets there first takes it. Under a deterministic schedule a waiter
/// queues (while it still holds the GIL, so the queue's order is the
/// schedule's) and a release hands the lock straight to the first in line
/// and reserves its GIL turn: who gets the lock, and when it runs again,
/// no longer depend on OS wake-up timing.
#[derive(Default)]
pub struct KLock {
    state: Mutex<LockState>,
    cv: Condvar,
}

#[derive(Default)]
struct LockState {
    locked: bool,
    /// Deterministic waiters, first come first served: (place, its rejoin).
    queue: VecDeque<(u64, Rejoin)>,
    next_place: u64,
    /// Places a release handed the lock to, not yet woken (the lock stays
    /// locked on their behalf).
    handed: Vec<u64>,
}

/// What [`KLock::try_acquire`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockTry {
    Taken,
    /// Held by another thread; `Some(place)` when the caller joined the
    /// queue of deterministic waiters (it must then call `wait` or `leave`).
    Busy(Option<u64>),
}

impl KLock {
    /// Take the lock if it is free; otherwise, if `waiter` is
    /// deterministic and `queue` is set, join the queue.
    pub fn try_acquire(&self, waiter: &Waiter, queue: bool) -> LockTry {
        let mut g = self.state.lock();
        if !g.locked {
            g.locked = true;
            return LockTry::Taken;
        }
        match (&waiter.rejoin, queue) {
            (Some(rejoin), true) => {
                let place = g.next_place;
                g.next_place += 1;
                g.queue.push_back((place, rejoin.clone()));
                LockTry::Busy(Some(place))
            }
            _ => LockTry::Busy(None),
        }
    }

    /// Wait for the lock after `try_acquire` found it busy. Ok(true) when
    /// acquired; Ok(false) on timeout.
    pub fn wait(&self, place: Option<u64>, timeout: Option<f64>, waiter: &Waiter) -> Result<bool, WaitError> {
        let mut g = self.state.lock();
        let r = wait_until(&self.cv, &mut g, deadline_of(timeout), waiter, "Lock.acquire()", |l| {
            !l.locked || place.is_some_and(|p| l.handed.contains(&p))
        });
        let handed = place.is_some_and(|p| g.handed.contains(&p));
        if let Some(p) = place {
            g.handed.retain(|h| *h != p);
            g.queue.retain(|(q, _)| *q != p);
        }
        match r {
            Ok(true) if handed => Ok(true),
            Ok(true) => {
                g.locked = true;
                Ok(true)
            }
            Ok(false) => Ok(false),
            Err(e) => {
                // Interrupted after the lock was handed over: pass it on.
                if handed {
                    self.release_locked(&mut g);
                }
                Err(e)
            }
        }
    }

    /// False when the lock was not held (RuntimeError for the caller).
    pub fn release(&self) -> bool {
        let mut g = self.state.lock();
        if !g.locked {
            return false;
        }
        self.release_locked(&mut g);
        deadlock::progress();
        true
    }

    fn release_locked(&self, g: &mut LockState) {
        if let Some((place, rejoin)) = g.queue.pop_front() {
            // Hand over: it stays locked, now on the waiter's behalf.
            g.handed.push(place);
            rejoin();
            self.cv.notify_all();
        } else {
            g.locked = false;
            self.cv.notify_one();
        }
    }

    pub fn locked(&self) -> bool {
        self.state.lock().locked
    }
}

impl NativeObject for KLock {
    fn type_name(&self) -> &'static str {
        "lock"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `threading.RLock`: owned by a thread, re-entrant.
#[derive(Default)]
pub struct KRLock {
    state: Mutex<(u64, u32)>,
    cv: Condvar,
}

impl KRLock {
    pub fn acquire(
        &self,
        owner: u64,
        blocking: bool,
        timeout: Option<f64>,
        waiter: &Waiter,
    ) -> Result<bool, WaitError> {
        let mut g = self.state.lock();
        if g.1 == 0 || g.0 == owner {
            g.0 = owner;
            g.1 += 1;
            return Ok(true);
        }
        if !blocking {
            return Ok(false);
        }
        let got = wait_until(&self.cv, &mut g, deadline_of(timeout), waiter, "RLock.acquire()", |s| s.1 == 0)?;
        if got {
            *g = (owner, 1);
        }
        Ok(got)
    }

    pub fn release(&self, owner: u64) -> bool {
        let mut g = self.state.lock();
        if g.1 == 0 || g.0 != owner {
            return false;
        }
        g.1 -= 1;
        let free = g.1 == 0;
        drop(g);
        if free {
            self.cv.notify_one();
            deadlock::progress();
        }
        true
    }

    pub fn is_owned(&self, owner: u64) -> bool {
        let g = self.state.lock();
        g.1 > 0 && g.0 == owner
    }
}

impl NativeObject for KRLock {
    fn type_name(&self) -> &'static str {
        "RLock"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `threading.Event` / `multiprocessing.Event`.
#[derive(Default)]
pub struct KEvent {
    state: Mutex<EventState>,
    cv: Condvar,
}

/// The flag, and how many times `set()` has been called: a waiter that was
/// blocked when `set()` ran returns True even if another thread clears the
/// flag before it wakes, as CPython's Event (a notified Condition) does.
#[derive(Default)]
struct EventState {
    flag: bool,
    sets: u64,
}

impl KEvent {
    pub fn set(&self) {
        {
            let mut g = self.state.lock();
            g.flag = true;
            g.sets = g.sets.wrapping_add(1);
        }
        self.cv.notify_all();
        deadlock::progress();
    }
    pub fn clear(&self) {
        self.state.lock().flag = false;
    }
    pub fn is_set(&self) -> bool {
        self.state.lock().flag
    }
    pub fn wait(&self, timeout: Option<f64>, waiter: &Waiter) -> Result<bool, WaitError> {
        let mut g = self.state.lock();
        let seen = g.sets;
        wait_until(&self.cv, &mut g, deadline_of(timeout), waiter, "Event.wait()", |s| s.flag || s.sets != seen)
    }
}

impl NativeObject for KEvent {
    fn type_name(&self) -> &'static str {
        "Event"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A queue item: a shared-heap value (threads of one interpreter) or an
/// owned message (between interpreters). The module code knows which.
pub type Payload = Box<dyn Any + Send>;

struct QueueState {
    items: VecDeque<Payload>,
    unfinished: u64,
}

/// `queue.Queue` / `multiprocessing.Queue`.
pub struct KQueue {
    state: Mutex<QueueState>,
    not_empty: Condvar,
    not_full: Condvar,
    all_done: Condvar,
    maxsize: usize,
    /// Items are deep-copied messages (between interpreters).
    pub copying: bool,
    /// `queue.LifoQueue`: `get` takes the newest item.
    lifo: bool,
}

pub enum QueueError {
    Empty,
    Full,
    Wait(WaitError),
}

impl KQueue {
    pub fn new(maxsize: usize, copying: bool) -> KQueue {
        KQueue {
            state: Mutex::new(QueueState { items: VecDeque::new(), unfinished: 0 }),
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
            all_done: Condvar::new(),
            maxsize,
            copying,
            lifo: false,
        }
    }

    /// The same queue, last in first out.
    pub fn lifo(mut self) -> KQueue {
        self.lifo = true;
        self
    }

    pub fn put(&self, item: Payload, block: bool, timeout: Option<f64>, waiter: &Waiter) -> Result<(), QueueError> {
        let mut g = self.state.lock();
        if self.maxsize > 0 && g.items.len() >= self.maxsize {
            if !block {
                return Err(QueueError::Full);
            }
            let max = self.maxsize;
            let ok = wait_until(&self.not_full, &mut g, deadline_of(timeout), waiter, "Queue.put()", |s| {
                s.items.len() < max
            })
            .map_err(QueueError::Wait)?;
            if !ok {
                return Err(QueueError::Full);
            }
        }
        g.items.push_back(item);
        g.unfinished += 1;
        drop(g);
        self.not_empty.notify_one();
        deadlock::progress();
        Ok(())
    }

    pub fn get(&self, block: bool, timeout: Option<f64>, waiter: &Waiter) -> Result<Payload, QueueError> {
        let mut g = self.state.lock();
        if g.items.is_empty() {
            if !block {
                return Err(QueueError::Empty);
            }
            let ok = wait_until(&self.not_empty, &mut g, deadline_of(timeout), waiter, "Queue.get()", |s| {
                !s.items.is_empty()
            })
            .map_err(QueueError::Wait)?;
            if !ok {
                return Err(QueueError::Empty);
            }
        }
        let item = if self.lifo { g.items.pop_back() } else { g.items.pop_front() }.expect("checked non-empty");
        drop(g);
        self.not_full.notify_one();
        deadlock::progress();
        Ok(item)
    }

    pub fn qsize(&self) -> usize {
        self.state.lock().items.len()
    }

    pub fn maxsize(&self) -> usize {
        self.maxsize
    }

    /// False if called more times than there were items.
    pub fn task_done(&self) -> bool {
        let mut g = self.state.lock();
        if g.unfinished == 0 {
            return false;
        }
        g.unfinished -= 1;
        if g.unfinished == 0 {
            self.all_done.notify_all();
            deadlock::progress();
        }
        true
    }

    pub fn join(&self, waiter: &Waiter) -> Result<(), WaitError> {
        let mut g = self.state.lock();
        wait_until(&self.all_done, &mut g, None, waiter, "Queue.join()", |s| s.unfinished == 0).map(|_| ())
    }

    /// Remove everything (a terminated worker's queue stays usable).
    pub fn drain(&self) -> Vec<Payload> {
        self.state.lock().items.drain(..).collect()
    }
}

impl NativeObject for KQueue {
    fn type_name(&self) -> &'static str {
        "Queue"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The handle of a started thread or worker interpreter.
pub struct KThread {
    pub ident: u64,
    pub name: Mutex<String>,
    state: Mutex<ThreadState>,
    cv: Condvar,
    /// The worker interpreter's interrupt flag (terminate/kill).
    pub interrupt: Arc<AtomicU8>,
    pub isolated: bool,
    /// Deterministic untimed joiners (see [`Rejoin`]), woken by the thread
    /// itself while it still holds the GIL.
    joiners: Mutex<Vec<Rejoin>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThreadState {
    Starting,
    Running,
    /// Finished with an exit code (0, 1, or minus the signal).
    Done(i32),
}

impl KThread {
    pub fn new(ident: u64, name: String, isolated: bool, interrupt: Arc<AtomicU8>) -> KThread {
        KThread {
            ident,
            name: Mutex::new(name),
            state: Mutex::new(ThreadState::Starting),
            cv: Condvar::new(),
            interrupt,
            isolated,
            joiners: Mutex::new(Vec::new()),
        }
    }

    /// Before an untimed `join` gives up the GIL: a deterministic waiter
    /// leaves its rejoin with the thread (unless it has already finished).
    pub fn queue_joiner(&self, waiter: &Waiter) {
        let state = self.state.lock();
        // An isolated interpreter's thread never calls `rejoin_joiners`.
        if self.isolated || matches!(*state, ThreadState::Done(_)) {
            return;
        }
        if let Some(rejoin) = &waiter.rejoin {
            self.joiners.lock().push(rejoin.clone());
        }
    }

    /// The thread's last act while it holds the GIL: reserve its joiners'
    /// places in the GIL queue (they stop waiting once `finish` runs).
    pub fn rejoin_joiners(&self) {
        for rejoin in std::mem::take(&mut *self.joiners.lock()) {
            rejoin();
        }
    }
    pub fn set_running(&self) {
        *self.state.lock() = ThreadState::Running;
    }
    pub fn finish(&self, code: i32) {
        *self.state.lock() = ThreadState::Done(code);
        self.cv.notify_all();
        deadlock::progress();
    }
    pub fn state(&self) -> ThreadState {
        *self.state.lock()
    }
    /// Ok(true) when the thread has finished.
    pub fn join(&self, timeout: Option<f64>, waiter: &Waiter) -> Result<bool, WaitError> {
        // The deadline counts from the call, polling included.
        let deadline = deadline_of(timeout);
        // A short thread is usually about to finish: poll for a moment
        // before sleeping, which saves this thread a sleep and a wake-up
        // (the larger part of a `start()` + `join()`).
        if timeout.is_none_or(|t| t >= JOIN_SPIN.as_secs_f64()) {
            let spin_until = Instant::now() + JOIN_SPIN;
            while Instant::now() < spin_until {
                if matches!(*self.state.lock(), ThreadState::Done(_)) {
                    return Ok(true);
                }
                std::hint::spin_loop();
            }
        }
        let mut g = self.state.lock();
        wait_until(&self.cv, &mut g, deadline, waiter, "Thread.join()", |s| matches!(s, ThreadState::Done(_)))
    }
}

impl NativeObject for KThread {
    fn type_name(&self) -> &'static str {
        "thread_handle"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
