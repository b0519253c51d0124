//! `minipy run FILE --race`: a happens-before data-race detector.
//!
//! Every thread carries a vector clock; every synchronisation object (lock,
//! event, queue, barrier, finished thread) carries the clock of its last
//! release. An access to a watched location (a module global, an attribute,
//! a closure cell) is checked against the location's shadow state: the last
//! write and the reads since. Two accesses from different threads, one a
//! write, neither clock covering the other, are a race — whether or not the
//! run lost an update, which is what a learner needs.
//!
//! The detector is global (one process, one run) and behind one mutex: it is
//! only reached when `--race` is on, so its own cost does not matter when off.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::Mutex;

use crate::bytecode::Code;

/// Set once by `--race`, before the interpreter starts.
pub static ON: AtomicBool = AtomicBool::new(false);

/// Exit status of a run that found a race (Go's choice).
pub const RACE_EXIT: i32 = 66;

#[inline]
pub fn on() -> bool {
    ON.load(Ordering::Relaxed)
}

type Clock = Vec<u32>;

fn join_into(dst: &mut Clock, src: &Clock) {
    if dst.len() < src.len() {
        dst.resize(src.len(), 0);
    }
    for (d, s) in dst.iter_mut().zip(src) {
        *d = (*d).max(*s);
    }
}

/// One frame of a Python stack: the line it was at when the access happened.
#[derive(Clone, Debug)]
pub struct Frame {
    pub code: Arc<Code>,
    pub line: u32,
}

impl Frame {
    /// As a traceback shows it: the location, then the source line.
    fn format(&self) -> String {
        let mut s = format!("File \"{}\", line {}, in {}", self.code.filename(), self.line, self.code.name);
        let text = self.code.source.line_text(self.line as usize).trim();
        if !text.is_empty() {
            s += "\n  ";
            s += text;
        }
        s
    }
}

/// Where an access happened: the thread's name and its Python stack,
/// outermost frame first, as a traceback lists it (formatted only when a
/// report is printed).
#[derive(Clone, Debug)]
pub struct Site {
    pub thread: String,
    pub stack: Vec<Frame>,
}

impl Site {
    /// The innermost frame's source line: a race is reported once per pair.
    fn key(&self) -> String {
        self.stack.last().map(|f| format!("{}:{}", f.code.filename(), f.line)).unwrap_or_default()
    }
}

/// A watched location's name inside its object: an attribute, global or
/// cell name (`[]` for a container's items), or a list index.
#[derive(Clone, Copy, Debug)]
pub enum Name<'a> {
    Attr(&'a str),
    Item(i64),
}

struct Access {
    tid: usize,
    epoch: u32,
    write: bool,
    /// Shared by every access one instruction makes.
    site: Arc<Site>,
}

#[derive(Default)]
struct Shadow {
    write: Option<Access>,
    /// The last read of each thread since the last write.
    reads: Vec<Access>,
}

#[derive(Default)]
struct ObjShadow {
    names: HashMap<String, Shadow>,
    items: HashMap<i64, Shadow>,
}

impl ObjShadow {
    /// Allocates a name only the first time it is seen.
    fn get(&mut self, name: Name<'_>) -> &mut Shadow {
        match name {
            Name::Item(i) => self.items.entry(i).or_default(),
            Name::Attr(n) => {
                if !self.names.contains_key(n) {
                    self.names.insert(n.to_string(), Shadow::default());
                }
                self.names.get_mut(n).expect("just inserted")
            }
        }
    }
}

#[derive(Default)]
struct State {
    clocks: Vec<Clock>,
    sync: HashMap<usize, Clock>,
    /// Per object address, per name in it.
    shadow: HashMap<usize, ObjShadow>,
    reported: HashSet<(String, String)>,
    found: usize,
}

static STATE: Mutex<Option<State>> = Mutex::new(None);

thread_local! {
    static TID: Cell<usize> = const { Cell::new(usize::MAX) };
}

fn with<T>(f: impl FnOnce(&mut State) -> T) -> T {
    let mut g = STATE.lock();
    f(g.get_or_insert_with(State::default))
}

/// This OS thread's index in the detector, allocating one (with `start` as
/// its inherited clock) on first use.
fn tid(st: &mut State, start: Option<&Clock>) -> usize {
    let t = TID.with(|c| c.get());
    if t != usize::MAX {
        return t;
    }
    let t = st.clocks.len();
    let mut clock = start.cloned().unwrap_or_default();
    if clock.len() <= t {
        clock.resize(t + 1, 0);
    }
    clock[t] += 1;
    st.clocks.push(clock);
    TID.with(|c| c.set(t));
    t
}

fn tick(st: &mut State, t: usize) {
    st.clocks[t][t] += 1;
}

/// Parent side of `Thread.start`: the clock the child starts from.
pub fn fork() -> Option<Clock> {
    if !on() {
        return None;
    }
    Some(with(|st| {
        let t = tid(st, None);
        let c = st.clocks[t].clone();
        tick(st, t);
        c
    }))
}

/// Child side of `Thread.start`: inherit the parent's clock.
pub fn begin(start: Option<Clock>) {
    if let Some(c) = start {
        with(|st| {
            TID.with(|t| t.set(usize::MAX));
            tid(st, Some(&c));
        });
    }
}

/// A release-like operation on the sync object at `key` (lock release,
/// `Event.set`, `Queue.put`, a thread finishing, arriving at a barrier).
pub fn release(key: usize) {
    if !on() {
        return;
    }
    with(|st| {
        let t = tid(st, None);
        let c = st.clocks[t].clone();
        join_into(st.sync.entry(key).or_default(), &c);
        tick(st, t);
    });
}

/// An acquire-like operation on the sync object at `key` (lock acquire,
/// `Event.wait` returning true, `Queue.get`, `Thread.join`, leaving a barrier).
pub fn acquire(key: usize) {
    if !on() {
        return;
    }
    with(|st| {
        let t = tid(st, None);
        if let Some(c) = st.sync.get(&key).cloned() {
            join_into(&mut st.clocks[t], &c);
        }
    });
}

/// Record an access to `location` (an object address and a name), and
/// report a race with any earlier access it is not ordered after.
pub fn access(location: (usize, Name<'_>), what: &dyn Fn() -> String, write: bool, here: &Arc<Site>) {
    let mut report = None;
    with(|st| {
        let t = tid(st, None);
        let State { clocks, shadow, reported, found, .. } = st;
        let clock = &clocks[t];
        let epoch = clock[t];
        let covered = |a: &Access| a.tid == t || clock.get(a.tid).copied().unwrap_or(0) >= a.epoch;
        let shadow = shadow.entry(location.0).or_default().get(location.1);
        let mut racing: Option<(bool, Arc<Site>)> = None;
        if let Some(w) = &shadow.write
            && !covered(w)
        {
            racing = Some((w.write, w.site.clone()));
        }
        if write
            && racing.is_none()
            && let Some(r) = shadow.reads.iter().find(|r| !covered(r))
        {
            racing = Some((r.write, r.site.clone()));
        }
        if write {
            shadow.reads.clear();
            shadow.write = Some(Access { tid: t, epoch, write: true, site: here.clone() });
        } else {
            shadow.reads.retain(|r| r.tid != t);
            shadow.reads.push(Access { tid: t, epoch, write: false, site: here.clone() });
        }
        if let Some((prev_write, prev)) = racing {
            let mut pair = [prev.key(), here.key()];
            pair.sort();
            if reported.insert((pair[0].clone(), pair[1].clone())) {
                *found += 1;
                report = Some((prev_write, prev));
            }
        }
    });
    if let Some((prev_write, prev)) = report {
        let mut s = String::from("==================\nWARNING: DATA RACE\n");
        let kind = |w: bool| if w { "Write" } else { "Read" };
        s += &format!("{} of {} by thread {}:\n", kind(write), what(), here.thread);
        for f in &here.stack {
            s += &format!("  {}\n", f.format().replace('\n', "\n  "));
        }
        s += &format!("\nPrevious {} by thread {}:\n", kind(prev_write).to_lowercase(), prev.thread);
        for f in &prev.stack {
            s += &format!("  {}\n", f.format().replace('\n', "\n  "));
        }
        s += "==================\n";
        eprint!("{s}");
    }
}

/// The object at `addr` was freed: forget its history, or a new object
/// allocated at the same address would inherit it and race with a stranger.
#[cold]
pub fn forget(addr: usize) {
    with(|st| {
        st.shadow.remove(&addr);
    });
}

/// The exit-time summary; returns the exit status to use instead of
/// `status` (66 when a race was found).
pub fn finish(status: i32) -> i32 {
    if !on() {
        return status;
    }
    let found = with(|st| st.found);
    if found == 0 {
        return status;
    }
    eprintln!("Found {found} data race(s)");
    if status == 0 { RACE_EXIT } else { status }
}
