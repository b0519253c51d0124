//! The deadlock detector.
//!
//! Every Python thread (in every interpreter of this OS process) counts as
//! running, except while it waits without a timeout on a lock, an event, a
//! queue or a join. When no thread is running, some are blocked, and nothing
//! has happened for a while (a release may be racing its waiter's wake-up,
//! so the check waits for the state to hold still), every thread is blocked
//! forever: minipy reports who waits on what and exits instead of hanging.

use std::sync::{Arc, Once};
use std::time::Duration;

use parking_lot::Mutex;

/// Exit code for a detected deadlock.
pub const DEADLOCK_EXIT: i32 = 4;

struct State {
    running: i64,
    blocked: Vec<(u64, String, String)>,
    epoch: u64,
    next_id: u64,
    flush: Option<Arc<dyn Fn() + Send + Sync>>,
}

static STATE: Mutex<State> = Mutex::new(State { running: 0, blocked: Vec::new(), epoch: 0, next_id: 0, flush: None });
static WATCHDOG: Once = Once::new();

/// Called when a Python thread starts running.
pub fn thread_started() {
    let mut s = STATE.lock();
    s.running += 1;
    s.epoch += 1;
    drop(s);
    WATCHDOG.call_once(|| {
        let _ = std::thread::Builder::new().name("minipy-deadlock-watchdog".into()).spawn(watchdog);
    });
}

/// Called when a Python thread has finished.
pub fn thread_finished() {
    let mut s = STATE.lock();
    s.running -= 1;
    s.epoch += 1;
}

/// Something happened that may wake a waiter.
pub fn progress() {
    STATE.lock().epoch += 1;
}

/// How to flush program output before exiting on a deadlock.
pub fn set_flush(f: Arc<dyn Fn() + Send + Sync>) {
    STATE.lock().flush = Some(f);
}

/// A thread blocked without a timeout, for as long as this value lives.
pub struct Blocked(u64);

impl Blocked {
    pub fn new(thread: &str, what: &str) -> Blocked {
        let mut s = STATE.lock();
        s.next_id += 1;
        let id = s.next_id;
        s.running -= 1;
        s.epoch += 1;
        s.blocked.push((id, thread.to_string(), what.to_string()));
        Blocked(id)
    }
}

impl Drop for Blocked {
    fn drop(&mut self) {
        let mut s = STATE.lock();
        s.running += 1;
        s.epoch += 1;
        s.blocked.retain(|b| b.0 != self.0);
    }
}

fn watchdog() {
    let mut last_epoch = u64::MAX;
    let mut still = 0;
    loop {
        std::thread::sleep(Duration::from_millis(200));
        let s = STATE.lock();
        let stuck = s.running <= 0 && !s.blocked.is_empty();
        if stuck && s.epoch == last_epoch {
            still += 1;
        } else {
            still = 0;
        }
        last_epoch = s.epoch;
        if stuck && still >= 3 {
            let mut report = String::from("minipy: deadlock: every thread is blocked forever\n");
            // By thread name: threads register as blocked when the OS runs
            // them, and a replayed `--schedule` must print the same report.
            let mut blocked: Vec<_> = s.blocked.iter().map(|(_, t, w)| (t, w)).collect();
            blocked.sort();
            for (thread, what) in blocked {
                report.push_str(&format!("  {thread} waits in {what}\n"));
            }
            let flush = s.flush.clone();
            drop(s);
            if let Some(f) = flush {
                f();
            }
            eprint!("{report}");
            std::process::exit(DEADLOCK_EXIT);
        }
    }
}
