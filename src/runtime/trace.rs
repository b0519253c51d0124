//! `--trace FILE`: what every thread did, as Chrome Trace Event JSON.
//!
//! The file opens in Perfetto (ui.perfetto.dev) and chrome://tracing. Each
//! interpreter is a "process" track group (the main program, and every
//! worker interpreter in process mode), each thread a named track in it.
//! The spans on a track:
//!
//! * `running` — the thread is executing Python bytecode;
//! * `holding GIL` (gil mode) — the thread owns the global lock; it encloses
//!   `running`, and a forced hand-off ends both;
//! * `waiting for GIL` — the thread is queued for the lock;
//! * `blocked: time.sleep`, `blocked: Lock.acquire`, ... — a blocking call
//!   made without the GIL;
//! * `spawn NAME` / `starting up` — a parent starting a thread or
//!   interpreter, and the child getting ready; an arrow joins them;
//! * `send message` / `receive message` — a deep copy between interpreters,
//!   with its size; an arrow joins sender and receiver.
//!
//! Spans are recorded as complete (`"ph": "X"`) events when they end, so an
//! event costs one lock of a shared vector at a switch point, never per
//! instruction.

use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use parking_lot::Mutex;
use serde_json::{Value as Json, json};

use crate::model::ThreadSched;

/// Beyond this many events the trace stops growing (and says so), so a
/// `--switch-every 1` run cannot eat all memory.
const MAX_EVENTS: usize = 2_000_000;

/// GIL waits shorter than this are not drawn: an uncontended acquisition
/// after a blocking call would otherwise add a sliver to every call.
const MIN_WAIT_US: f64 = 1.0;

/// The spans a thread keeps open between two switch points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    Running,
    HoldingGil,
}

/// Start times (µs since the trace began) of a thread's open spans.
#[derive(Debug, Default)]
pub struct OpenSpans {
    running: Option<f64>,
    holding_gil: Option<f64>,
}

impl OpenSpans {
    fn slot(&mut self, span: Span) -> &mut Option<f64> {
        match span {
            Span::Running => &mut self.running,
            Span::HoldingGil => &mut self.holding_gil,
        }
    }
}

#[derive(Debug)]
enum Phase {
    Complete { dur: f64 },
    Instant,
    FlowStart(u64),
    FlowEnd(u64),
    ProcessName,
    ThreadName,
}

#[derive(Debug)]
struct Event {
    name: Cow<'static, str>,
    cat: &'static str,
    phase: Phase,
    ts: f64,
    pid: u32,
    tid: u64,
    args: Option<Json>,
}

#[derive(Debug)]
pub struct Tracer {
    start: Instant,
    events: Mutex<Vec<Event>>,
    dropped: AtomicU64,
}

impl Tracer {
    pub fn new(start: Instant) -> Tracer {
        Tracer { start, events: Mutex::new(Vec::new()), dropped: AtomicU64::new(0) }
    }

    /// Microseconds between the start of the run and `t`.
    pub fn micros(&self, t: Instant) -> f64 {
        t.saturating_duration_since(self.start).as_nanos() as f64 / 1000.0
    }

    fn push(&self, event: Event) {
        let mut events = self.events.lock();
        if events.len() < MAX_EVENTS {
            events.push(event);
        } else {
            self.dropped.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Name the track group of an interpreter.
    pub fn name_process(&self, pid: u32, name: &str) {
        let args = json!({ "name": name });
        self.push(Event {
            name: "process_name".into(),
            cat: "",
            phase: Phase::ProcessName,
            ts: 0.0,
            pid,
            tid: 0,
            args: Some(args),
        });
    }

    /// Name a thread's track.
    pub fn name_thread(&self, thread: &ThreadSched) {
        let args = json!({ "name": format!("{} (ident {})", thread.name.lock(), thread.id) });
        self.push(Event {
            name: "thread_name".into(),
            cat: "",
            phase: Phase::ThreadName,
            ts: 0.0,
            pid: thread.pid,
            tid: thread.id,
            args: Some(args),
        });
    }

    /// Name a track that is no thread of its own (an asyncio loop or task;
    /// see `trace_tasks`).
    pub fn name_track(&self, pid: u32, tid: u64, name: &str) {
        let args = json!({ "name": name });
        self.push(Event {
            name: "thread_name".into(),
            cat: "",
            phase: Phase::ThreadName,
            ts: 0.0,
            pid,
            tid,
            args: Some(args),
        });
    }

    /// A finished span on track `tid` of interpreter `pid`.
    #[allow(clippy::too_many_arguments)]
    pub fn complete_on(
        &self,
        pid: u32,
        tid: u64,
        name: Cow<'static, str>,
        cat: &'static str,
        from: Instant,
        to: Instant,
        args: Option<Json>,
    ) {
        let (from, to) = (self.micros(from), self.micros(to));
        let phase = Phase::Complete { dur: (to - from).max(0.0) };
        self.push(Event { name, cat, phase, ts: from, pid, tid, args });
    }

    /// Open `span` on `thread`'s track now.
    pub fn begin(&self, thread: &ThreadSched, span: Span) {
        let now = self.micros(Instant::now());
        thread.spans.lock().slot(span).get_or_insert(now);
    }

    /// Close `span` on `thread`'s track now; `why` says what ended it.
    pub fn end(&self, thread: &ThreadSched, span: Span, why: &'static str) {
        let Some(start) = thread.spans.lock().slot(span).take() else { return };
        let end = self.micros(Instant::now());
        let (name, cat) = match span {
            Span::Running => ("running", "python"),
            Span::HoldingGil => ("holding GIL", "gil"),
        };
        let args = json!({ "ended by": why });
        self.complete_us(thread, name.into(), cat, start, end, Some(args));
    }

    /// A span that is already over.
    pub fn complete(
        &self,
        thread: &ThreadSched,
        name: impl Into<Cow<'static, str>>,
        cat: &'static str,
        from: Instant,
        to: Instant,
        args: Option<Json>,
    ) {
        self.complete_us(thread, name.into(), cat, self.micros(from), self.micros(to), args);
    }

    fn complete_us(
        &self,
        thread: &ThreadSched,
        name: Cow<'static, str>,
        cat: &'static str,
        from: f64,
        to: f64,
        args: Option<Json>,
    ) {
        let phase = Phase::Complete { dur: (to - from).max(0.0) };
        self.push(Event { name, cat, phase, ts: from, pid: thread.pid, tid: thread.id, args });
    }

    /// A GIL wait from `from` until now, if long enough to see.
    pub fn gil_wait(&self, thread: &ThreadSched, from: Instant, to: Instant) {
        if self.micros(to) - self.micros(from) >= MIN_WAIT_US {
            self.complete(thread, "waiting for GIL", "gil", from, to, None);
        }
    }

    /// A moment on a thread's track (a forced hand-off, say).
    pub fn instant(&self, thread: &ThreadSched, name: &'static str, cat: &'static str, args: Option<Json>) {
        let ts = self.micros(Instant::now());
        self.push(Event { name: name.into(), cat, phase: Phase::Instant, ts, pid: thread.pid, tid: thread.id, args });
    }

    /// The tail of an arrow from this thread, at `at`.
    pub fn flow_from(&self, thread: &ThreadSched, id: u64, cat: &'static str, at: Instant) {
        let ts = self.micros(at);
        self.push(Event {
            name: cat.into(),
            cat,
            phase: Phase::FlowStart(id),
            ts,
            pid: thread.pid,
            tid: thread.id,
            args: None,
        });
    }

    /// The head of an arrow into this thread, at `at`.
    pub fn flow_to(&self, thread: &ThreadSched, id: u64, cat: &'static str, at: Instant) {
        let ts = self.micros(at);
        self.push(Event {
            name: cat.into(),
            cat,
            phase: Phase::FlowEnd(id),
            ts,
            pid: thread.pid,
            tid: thread.id,
            args: None,
        });
    }

    /// The whole trace as one JSON document.
    pub fn to_json(&self) -> Json {
        let events: Vec<Json> = self.events.lock().iter().map(event_json).collect();
        let dropped = self.dropped.load(Ordering::Relaxed);
        json!({
            "traceEvents": events,
            "displayTimeUnit": "ms",
            "otherData": { "generator": "minipy --trace", "events_dropped": dropped },
        })
    }

    pub fn write(&self, path: &str) -> std::io::Result<()> {
        let file = std::fs::File::create(path)?;
        let mut w = std::io::BufWriter::new(file);
        serde_json::to_writer(&mut w, &self.to_json())?;
        std::io::Write::flush(&mut w)
    }
}

fn event_json(e: &Event) -> Json {
    let mut o = serde_json::Map::new();
    o.insert("name".into(), Json::from(e.name.as_ref()));
    if !e.cat.is_empty() {
        o.insert("cat".into(), Json::from(e.cat));
    }
    let ph = match e.phase {
        Phase::Complete { dur } => {
            o.insert("dur".into(), Json::from(dur));
            "X"
        }
        Phase::Instant => {
            o.insert("s".into(), Json::from("t"));
            "i"
        }
        Phase::FlowStart(id) => {
            o.insert("id".into(), Json::from(id));
            "s"
        }
        Phase::FlowEnd(id) => {
            o.insert("id".into(), Json::from(id));
            o.insert("bp".into(), Json::from("e"));
            "f"
        }
        Phase::ProcessName | Phase::ThreadName => "M",
    };
    o.insert("ph".into(), Json::from(ph));
    o.insert("ts".into(), Json::from(e.ts));
    o.insert("pid".into(), Json::from(e.pid));
    o.insert("tid".into(), Json::from(e.tid));
    if let Some(args) = &e.args {
        o.insert("args".into(), args.clone());
    }
    Json::Object(o)
}
