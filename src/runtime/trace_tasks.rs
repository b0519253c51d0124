//! asyncio tasks in `--trace` and `--stats`.
//!
//! asyncio is Python (lib/asyncio); its `Task._step` reports each step —
//! one run of the coroutine between two `await`s that really waited —
//! through `_minipy_trace` (src/modules/trace_hooks.rs). The library reads
//! `_minipy_trace.on` once at import, so a run without `--trace` or
//! `--stats` pays one global lookup and branch per step, and no call.
//!
//! In the trace, each event-loop thread gets two kinds of extra tracks in
//! its interpreter's group, after the real threads:
//!
//! * `asyncio loop on NAME`: every step of every task, in turn — they never
//!   overlap, which is the point: one thread, many coroutines;
//! * one track per task (`Task-3: fetch()`): its steps, and between them
//!   `waiting: asyncio.sleep(0.1)`, `waiting: Queue.get()`, ... until the
//!   next step began (so a wait includes the time the task sat ready in
//!   the loop's queue).
//!
//! The loop thread's own track still shows `running` and `blocked:
//! time.sleep` (the idle loop), so the three views line up on one clock.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;
use serde_json::json;

use super::trace::Tracer;
use crate::model::ThreadSched;

/// Virtual track ids start here (real thread idents are far smaller); each
/// loop thread owns a block of `1 << 24` ids: its loop track, then its
/// tasks' tracks, so a viewer that orders tracks by id keeps them together.
const TRACK_BASE: u64 = 1 << 40;
const TASKS_PER_BLOCK: u64 = 1 << 24;

/// What `--stats` reports for one task.
#[derive(Clone, Debug)]
pub struct TaskReport {
    /// Tasks are numbered in the order they were created, over the run.
    pub key: u64,
    pub pid: u32,
    pub name: String,
    pub coro: String,
    /// The thread whose loop ran it.
    pub thread: String,
    pub steps: u64,
    pub running: Duration,
    pub waiting: Duration,
    pub longest_step: Duration,
    /// `returned`, `raised ValueError`, `cancelled`, or `pending` for a
    /// task whose loop stopped first.
    pub outcome: String,
}

#[derive(Debug)]
struct TaskState {
    report: TaskReport,
    /// Track id in the trace, fixed by the first step's thread.
    track: Option<u64>,
    step_started: Option<Instant>,
    /// Since when, and on what, the task has been waiting.
    wait_started: Instant,
    wait_label: String,
}

#[derive(Debug, Default)]
pub struct TaskTracker {
    next_key: AtomicU64,
    live: Mutex<HashMap<u64, TaskState>>,
    finished: Mutex<Vec<TaskReport>>,
    /// Loop tracks already named, by (interpreter, thread ident).
    loops: Mutex<HashMap<(u32, u64), ()>>,
}

fn loop_track(thread: &ThreadSched) -> u64 {
    TRACK_BASE + thread.id.min(1 << 28) * TASKS_PER_BLOCK
}

impl TaskTracker {
    /// A task was created: its key for the calls that follow.
    pub fn created(&self, pid: u32) -> u64 {
        let key = self.next_key.fetch_add(1, Ordering::Relaxed) + 1;
        let report = TaskReport {
            key,
            pid,
            name: String::new(),
            coro: String::new(),
            thread: String::new(),
            steps: 0,
            running: Duration::ZERO,
            waiting: Duration::ZERO,
            longest_step: Duration::ZERO,
            outcome: "pending".into(),
        };
        let state = TaskState {
            report,
            track: None,
            step_started: None,
            wait_started: Instant::now(),
            wait_label: "its first turn".into(),
        };
        self.live.lock().insert(key, state);
        key
    }

    /// Task `key` (now called `name`, running coroutine `coro`) starts a
    /// step on `thread`.
    pub fn step_begin(&self, tracer: Option<&Tracer>, thread: &ThreadSched, key: u64, name: &str, coro: &str) {
        let now = Instant::now();
        let mut live = self.live.lock();
        let Some(task) = live.get_mut(&key) else { return };
        task.report.waiting += now.saturating_duration_since(task.wait_started);
        if task.track.is_none() {
            task.report.name = name.to_string();
            task.report.coro = coro.to_string();
            task.report.thread = thread.name.lock().clone();
            let track = loop_track(thread) + key.min(TASKS_PER_BLOCK - 1);
            task.track = Some(track);
            if let Some(t) = tracer {
                self.name_loop_track(t, thread);
                t.name_track(thread.pid, track, &format!("{}: {}", task.report.name, task.report.coro));
            }
        }
        if let (Some(t), Some(track)) = (tracer, task.track) {
            let label = format!("waiting: {}", task.wait_label);
            t.complete_on(thread.pid, track, label.into(), "asyncio wait", task.wait_started, now, None);
        }
        task.step_started = Some(now);
    }

    fn name_loop_track(&self, tracer: &Tracer, thread: &ThreadSched) {
        let mut loops = self.loops.lock();
        if loops.insert((thread.pid, thread.id), ()).is_none() {
            let name = format!("asyncio loop on {} (ident {})", thread.name.lock(), thread.id);
            tracer.name_track(thread.pid, loop_track(thread), &name);
        }
    }

    /// Task `key`'s step ended: it now waits on `waiting` (e.g.
    /// `asyncio.sleep(0.1)`), or it is done with `outcome`.
    pub fn step_end(
        &self,
        tracer: Option<&Tracer>,
        thread: &ThreadSched,
        key: u64,
        waiting: Option<String>,
        outcome: &str,
    ) {
        let now = Instant::now();
        let mut live = self.live.lock();
        let Some(task) = live.get_mut(&key) else { return };
        let Some(started) = task.step_started.take() else { return };
        let took = now.saturating_duration_since(started);
        task.report.steps += 1;
        task.report.running += took;
        task.report.longest_step = task.report.longest_step.max(took);
        if let (Some(t), Some(track)) = (tracer, task.track) {
            let then = match &waiting {
                Some(w) => format!("waits on {w}"),
                None => format!("finished: {outcome}"),
            };
            let args = json!({ "step": task.report.steps, "task": task.report.name, "then": then });
            let name = format!("{}: {}", task.report.name, task.report.coro);
            t.complete_on(thread.pid, track, name.clone().into(), "asyncio step", started, now, Some(args.clone()));
            t.complete_on(thread.pid, loop_track(thread), name.into(), "asyncio step", started, now, Some(args));
        }
        match waiting {
            Some(label) => {
                task.wait_started = now;
                task.wait_label = label;
            }
            None => {
                let mut report = live.remove(&key).map(|t| t.report).expect("task is live");
                report.outcome = outcome.to_string();
                self.finished.lock().push(report);
            }
        }
    }

    /// Every task that ran at least one step, in the order they were
    /// created; those still live are `pending` (their loop stopped or the
    /// program exited first).
    pub fn reports(&self) -> Vec<TaskReport> {
        let mut all = self.finished.lock().clone();
        all.extend(self.live.lock().values().filter(|t| t.track.is_some()).map(|t| t.report.clone()));
        all.sort_by_key(|r| r.key);
        all
    }
}
