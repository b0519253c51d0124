//! asyncio tasks in `--trace` and `--stats` (`runtime::trace_tasks`, fed by
//! lib/asyncio through `_minipy_trace`). The trace is parsed and checked
//! for what must hold in any run: one track per task named after the task
//! and its coroutine, the right number of steps on it, waits labelled with
//! what was awaited, and the loop thread's steps never overlapping (one
//! thread runs one coroutine at a time). A program whose order of steps
//! does not depend on timing is also snapshotted. And the hook changes
//! nothing a program prints: with and without `--trace` the output is
//! the same.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{Outcome, files_with_extension, minipy, run};
use serde_json::Value as Json;

const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// Tasks that wait on every kind of thing, with known step counts: a step
/// is the coroutine running from one wait that gave the thread up to the
/// next, so a task that waits k times takes k + 1 steps.
const EVERY_WAIT: &str = "\
import asyncio
import time

def blocking():
    time.sleep(0.01)
    return 1

async def sleeper(n):
    for _ in range(n):
        await asyncio.sleep(0.001)
    return n

async def producer(q):
    for i in range(3):
        await q.put(i)
        await asyncio.sleep(0)

async def consumer(q):
    got = []
    for _ in range(3):
        got.append(await q.get())
    return got

async def locker(lock, ev):
    async with lock:
        await ev.wait()

async def main():
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    c = asyncio.create_task(consumer(q), name='eater')
    tasks = [asyncio.create_task(sleeper(n), name=f'sleeper{n}') for n in (1, 2, 5)]
    await lock.acquire()
    lk = asyncio.create_task(locker(lock, ev), name='locker')
    await asyncio.sleep(0.005)
    lock.release()
    await producer(q)
    ev.set()
    print(await asyncio.gather(*tasks), await c, await lk, await asyncio.to_thread(blocking))

asyncio.run(main())
";

/// Tasks that only wait on each other (no timers, no threads): the loop
/// runs their steps in one order every time.
const DETERMINISTIC: &str = "\
import asyncio

async def ping(q_in, q_out, n):
    for i in range(n):
        await q_out.put(i)
        await q_in.get()

async def pong(q_in, q_out, n):
    for i in range(n):
        await q_in.get()
        await q_out.put(i)

async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    await asyncio.gather(ping(a, b, 3), pong(b, a, 3))
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return 'woken'
    w = asyncio.create_task(waiter(), name='waiter')
    await asyncio.sleep(0)
    ev.set()
    print(await w)

asyncio.run(main())
";

fn program(source: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("minipy-trace-asyncio-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("p{}.py", N.fetch_add(1, Ordering::Relaxed)));
    std::fs::write(&path, source).expect("write program");
    path
}

fn minipy_run(args: &[&str]) -> Outcome {
    run(minipy().args(args), TIMEOUT).unwrap_or_else(|e| panic!("minipy {args:?}: {e}"))
}

fn f(e: &Json, key: &str) -> f64 {
    e[key].as_f64().unwrap_or_else(|| panic!("{key} is not a number in {e}"))
}

/// A parsed trace: its spans, and the track names by (pid, tid).
struct Trace {
    spans: Vec<Json>,
    tracks: BTreeMap<(u64, u64), String>,
    stdout: String,
}

impl Trace {
    fn of(path: &Path, mode: &str) -> Trace {
        // In the temp dir: `path` may be a lesson program in the repository.
        let stem = path.file_stem().unwrap().to_str().unwrap();
        let trace_path = std::env::temp_dir().join(format!("minipy-{}-{stem}.{mode}.trace.json", std::process::id()));
        let out = minipy_run(&["run", path.to_str().unwrap(), "--mode", mode, "--trace", trace_path.to_str().unwrap()]);
        assert_eq!(out.code(), Some(0), "{}", out.stderr_text());
        let doc: Json = serde_json::from_str(&std::fs::read_to_string(&trace_path).expect("trace")).expect("JSON");
        let events = doc["traceEvents"].as_array().expect("traceEvents");
        let key = |e: &Json| (e["pid"].as_u64().unwrap(), e["tid"].as_u64().unwrap());
        let tracks = events
            .iter()
            .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
            .map(|e| (key(e), e["args"]["name"].as_str().unwrap().to_string()))
            .collect();
        let mut spans: Vec<Json> = events.iter().filter(|e| e["ph"] == "X").cloned().collect();
        spans.sort_by(|a, b| f(a, "ts").total_cmp(&f(b, "ts")));
        Trace { spans, tracks, stdout: out.stdout_text() }
    }

    fn track_of(&self, e: &Json) -> &str {
        let key = (e["pid"].as_u64().unwrap(), e["tid"].as_u64().unwrap());
        self.tracks.get(&key).map_or("", String::as_str)
    }

    /// The spans on the track named `name`, in time order.
    fn on_track(&self, name: &str) -> Vec<&Json> {
        let found = self.tracks.values().filter(|n| n.as_str() == name).count();
        assert_eq!(
            found,
            1,
            "expected one track named {name:?}, tracks: {:?}",
            self.tracks.values().collect::<Vec<_>>()
        );
        self.spans.iter().filter(|e| self.track_of(e) == name).collect()
    }

    fn loop_steps(&self) -> Vec<&Json> {
        let loops: Vec<&String> = self.tracks.values().filter(|n| n.starts_with("asyncio loop on ")).collect();
        assert_eq!(loops.len(), 1, "one event loop ran: {loops:?}");
        assert!(loops[0].starts_with("asyncio loop on MainThread"), "{loops:?}");
        self.on_track(loops[0])
    }

    fn task_tracks(&self) -> Vec<&str> {
        self.tracks
            .values()
            .map(String::as_str)
            .filter(|n| n.contains(": ") && !n.starts_with("asyncio loop"))
            .collect()
    }
}

/// Each span ends before the next begins (spans sorted by start).
fn assert_no_overlap(spans: &[&Json], what: &str) {
    for pair in spans.windows(2) {
        let end = f(pair[0], "ts") + f(pair[0], "dur");
        assert!(end <= f(pair[1], "ts") + 0.001, "{what}: two spans at once:\n  {}\n  {}", pair[0], pair[1]);
    }
}

fn steps_of<'a>(spans: &[&'a Json]) -> Vec<&'a Json> {
    spans.iter().copied().filter(|e| e["cat"] == "asyncio step").collect()
}

#[test]
fn every_task_has_a_track_with_its_steps_and_labelled_waits() {
    let path = program(EVERY_WAIT);
    for mode in ["gil", "free-threaded"] {
        let t = Trace::of(&path, mode);
        assert_eq!(t.stdout, "[1, 2, 5] [0, 1, 2] None 1\n", "--mode {mode}");
        let expected_steps = [
            ("Task-1: main()", None),
            ("eater: consumer()", Some(4)),
            ("sleeper1: sleeper()", Some(2)),
            ("sleeper2: sleeper()", Some(3)),
            ("sleeper5: sleeper()", Some(6)),
            ("locker: locker()", Some(3)),
        ];
        let mut tasks = t.task_tracks();
        tasks.sort();
        let mut names: Vec<&str> = expected_steps.iter().map(|(n, _)| *n).collect();
        names.sort();
        assert_eq!(tasks, names, "--mode {mode}: one track per task (the to_thread worker is a thread, not a task)");
        for (task, steps) in expected_steps {
            let spans = t.on_track(task);
            // A task's track alternates waits and steps, never two at once.
            assert_no_overlap(&spans, task);
            let on_task = steps_of(&spans);
            if let Some(n) = steps {
                assert_eq!(on_task.len(), n, "--mode {mode}: steps of {task}: {on_task:?}");
            }
            for (i, s) in on_task.iter().enumerate() {
                assert_eq!(s["name"], task, "step spans are named after the task");
                assert_eq!(s["args"]["step"], i + 1);
            }
            let last = on_task.last().expect("at least one step");
            assert_eq!(last["args"]["then"], "finished: returned", "{task}");
            assert_eq!(spans[0]["name"], "waiting: its first turn", "{task} waits for its first turn");
        }
        let waits = |task: &str| -> Vec<String> {
            t.on_track(task)
                .iter()
                .filter(|e| e["cat"] == "asyncio wait")
                .map(|e| e["name"].as_str().unwrap().to_string())
                .collect()
        };
        assert_eq!(waits("sleeper2: sleeper()")[1..], ["waiting: asyncio.sleep(0.001)"; 2]);
        assert!(waits("eater: consumer()").contains(&"waiting: Queue.get()".to_string()));
        assert_eq!(waits("locker: locker()")[1..], ["waiting: Lock.acquire()", "waiting: Event.wait()"]);
        let main_waits = waits("Task-1: main()");
        for label in [
            "waiting: asyncio.sleep(0.005)",
            "waiting: its next turn (it yielded)",
            "waiting: executor: blocking() in a worker",
        ] {
            assert!(main_waits.iter().any(|w| w == label), "--mode {mode}: {label} not in {main_waits:?}");
        }
        assert!(main_waits.iter().any(|w| w.starts_with("waiting: gather() of 3")), "{main_waits:?}");
        // The loop track: every task's steps, one at a time.
        let loop_steps = t.loop_steps();
        assert_no_overlap(&loop_steps, "the loop thread");
        let all_task_steps: usize = t.task_tracks().iter().map(|n| steps_of(&t.on_track(n)).len()).sum();
        assert_eq!(loop_steps.len(), all_task_steps, "every step is on the loop track too");
        // The executor's thread is a real thread track beside the loop.
        assert!(t.tracks.values().any(|n| n.starts_with("asyncio_0")), "{:?}", t.tracks);
    }
}

#[test]
fn the_order_of_steps_on_the_loop_is_a_snapshot() {
    let path = program(DETERMINISTIC);
    let t = Trace::of(&path, "gil");
    assert_eq!(t.stdout, "woken\n");
    let mut report = String::new();
    for s in t.loop_steps() {
        report.push_str(&format!(
            "{}  step {} -> {}\n",
            s["name"].as_str().unwrap(),
            s["args"]["step"],
            s["args"]["then"].as_str().unwrap()
        ));
    }
    insta::assert_snapshot!("ping_pong_loop_steps", report);
}

/// The lesson's side-by-side program: 50 coroutines on the loop thread,
/// two threads and a worker process beside it.
#[test]
fn the_side_by_side_lesson_shows_fifty_tasks_on_one_loop_beside_threads() {
    let path = common::repo_root().join("programs/lesson/coroutines_interleave_on_one_thread.mpy");
    let t = Trace::of(&path, "free-threaded");
    let waiters: Vec<&str> = t.task_tracks().into_iter().filter(|n| n.ends_with(": wait_a_bit()")).collect();
    assert_eq!(waiters.len(), 50, "{waiters:?}");
    for task in waiters {
        // Three waits, so four steps, with a sleep between each two.
        let spans = t.on_track(task);
        assert_no_overlap(&spans, task);
        assert_eq!(steps_of(&spans).len(), 4, "{task}");
        let sleeps = spans.iter().filter(|e| e["name"] == "waiting: asyncio.sleep(0.02)").count();
        assert_eq!(sleeps, 3, "{task}");
    }
    let loop_steps = t.loop_steps();
    assert_no_overlap(&loop_steps, "the loop thread");
    // The first 50 steps on the loop belong to 50 different tasks.
    let first: std::collections::HashSet<&str> = loop_steps
        .iter()
        .filter(|e| e["name"].as_str().unwrap().ends_with("wait_a_bit()"))
        .take(50)
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(first.len(), 50, "the coroutines interleave");
    // Without a GIL, the to_thread workers compute while the loop runs
    // steps: their `running` spans overlap loop steps in time.
    let (start, end) = (f(loop_steps[0], "ts"), f(loop_steps[loop_steps.len() - 1], "ts"));
    let worker_running: Vec<&Json> =
        t.spans.iter().filter(|e| e["name"] == "running" && t.track_of(e).starts_with("asyncio_")).collect();
    assert!(!worker_running.is_empty(), "the to_thread workers ran: {:?}", t.tracks);
    let overlapping = worker_running.iter().filter(|e| f(e, "ts") < end && f(e, "ts") + f(e, "dur") > start).count();
    assert!(overlapping > 0, "a worker thread ran while the loop was stepping coroutines");
    assert!(
        t.tracks.values().any(|n| n.starts_with("ForkProcess-1")),
        "the worker process has a track: {:?}",
        t.tracks
    );
}

#[test]
fn stats_lists_every_task_with_its_steps() {
    let path = program(EVERY_WAIT);
    let out = minipy_run(&["run", path.to_str().unwrap(), "--stats=json"]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_text());
    let stats: Json = serde_json::from_str(&out.last_stderr_line().expect("stats")).expect("JSON");
    let tasks = stats["asyncio_tasks"].as_array().expect("asyncio_tasks");
    let row = |name: &str| tasks.iter().find(|t| t["name"] == name).unwrap_or_else(|| panic!("no {name} in {tasks:?}"));
    assert_eq!(tasks.len(), 6, "{tasks:?}");
    assert_eq!(row("sleeper5")["steps"], 6);
    assert_eq!(row("sleeper5")["coroutine"], "sleeper()");
    assert_eq!(row("sleeper5")["thread"], "MainThread");
    assert_eq!(row("sleeper5")["outcome"], "returned");
    assert!(f(row("sleeper5"), "waiting_s") >= 0.005, "5 sleeps of 1 ms: {}", row("sleeper5"));
    assert!(f(row("sleeper5"), "longest_step_s") <= f(row("sleeper5"), "running_s"));
    let table = minipy_run(&["run", path.to_str().unwrap(), "--stats"]);
    let text = table.stderr_text();
    assert!(text.contains("asyncio tasks         6 tasks ran"), "{text}");
    assert!(text.contains("sleeper5 sleeper() (1)"), "{text}");
    // A program without asyncio has an empty list and no task table.
    let plain = program("print(1)\n");
    let out = minipy_run(&["run", plain.to_str().unwrap(), "--stats"]);
    assert!(!out.stderr_text().contains("asyncio tasks"), "{}", out.stderr_text());
}

#[test]
fn the_hook_is_off_and_harmless_without_trace_or_stats() {
    let path = program(
        "import _minipy_trace\n\
         print(_minipy_trace.on, _minipy_trace.task_created())\n\
         print(_minipy_trace.step_begin(0, 'x', 'y()'), _minipy_trace.step_end(0, None, 'returned'))\n",
    );
    let out = minipy_run(&["run", path.to_str().unwrap()]);
    assert_eq!(out.stdout_text(), "False 0\nNone None\n", "{}", out.stderr_text());
    let out = minipy_run(&["run", path.to_str().unwrap(), "--stats=json"]);
    assert!(out.stdout_text().starts_with("True "), "{}", out.stdout_text());
}

/// Every asyncio case of the CPython-diff suite and the asyncio lessons
/// print the same with `--trace` as without it (and without it they print
/// what CPython prints: the cpython_diff suite checks that).
#[test]
fn trace_does_not_change_what_asyncio_programs_print() {
    let mut programs: Vec<PathBuf> =
        ["tests/cases/full", "tests/cases/threads", "tests/cases/stdlib", "tests/cases/concurrency"]
            .iter()
            .flat_map(|dir| files_with_extension(dir, "py"))
            .filter(|p| std::fs::read_to_string(p).is_ok_and(|s| s.contains("import asyncio")))
            .collect();
    programs.push(common::repo_root().join("programs/lesson/coroutines_interleave_on_one_thread.mpy"));
    assert!(programs.len() >= 8, "asyncio programs found: {programs:?}");
    let trace = std::env::temp_dir().join(format!("minipy-trace-asyncio-{}.json", std::process::id()));
    for p in &programs {
        let p = p.to_str().unwrap();
        let plain = minipy_run(&["run", p]);
        let traced = minipy_run(&["run", p, "--trace", trace.to_str().unwrap()]);
        assert_eq!(plain.code(), traced.code(), "{p}: exit code");
        assert_eq!(plain.stdout_text(), traced.stdout_text(), "{p}: --trace changed the output");
        assert_eq!(plain.stderr_text(), traced.stderr_text(), "{p}: --trace changed stderr");
    }
}
