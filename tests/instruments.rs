//! The instruments: `--stats`, `--stats=json`, `--trace FILE` and
//! `minipy compare`. Their numbers vary run to run, so these tests parse
//! the JSON and assert what must hold in any run: the fields are there,
//! counters that must move do, the GIL is never held by two threads at
//! once, hand-offs alternate, messages and spawns are joined by arrows.

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{Outcome, minipy, run};
use serde_json::Value as Json;

const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// Two threads counting: CPU-bound, so under the GIL they take turns.
const TWO_CPU_THREADS: &str = "\
import threading

def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

threads = [threading.Thread(target=work, args=(200000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('done')
";

/// Two worker interpreters (in any mode) sending results back.
const TWO_PROCESSES: &str = "\
import multiprocessing

def child(q, n):
    q.put([n] * 1000)

if __name__ == '__main__':
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=child, args=(q, i)) for i in range(2)]
    for p in ps:
        p.start()
    got = sorted(len(q.get()) for _ in ps)
    for p in ps:
        p.join()
    print(got)
";

const SLEEPER: &str = "\
import time
time.sleep(0.05)
print('awake')
";

/// Write `source` to a fresh file; its path.
fn program(source: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("minipy-instruments-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("p{}.py", N.fetch_add(1, Ordering::Relaxed)));
    std::fs::write(&path, source).expect("write program");
    path
}

fn minipy_run(args: &[&str]) -> Outcome {
    run(minipy().args(args), TIMEOUT).unwrap_or_else(|e| panic!("minipy {args:?}: {e}"))
}

/// Run with `--stats=json`; the stats object (the last stderr line).
fn stats(path: &Path, mode: &str, extra: &[&str]) -> (Outcome, Json) {
    let p = path.to_str().unwrap();
    let mut args = vec!["run", p, "--mode", mode, "--stats=json"];
    args.extend_from_slice(extra);
    let out = minipy_run(&args);
    let last = out.last_stderr_line().unwrap_or_else(|| panic!("no stats on stderr: {}", out.describe_status()));
    let json: Json = serde_json::from_str(&last).unwrap_or_else(|e| panic!("stats line is not JSON ({e}): {last}"));
    (out, json)
}

fn u(v: &Json, path: &[&str]) -> u64 {
    let mut v = v;
    for k in path {
        v = &v[k];
    }
    v.as_u64().unwrap_or_else(|| panic!("{path:?} is not an unsigned number: {v}"))
}

fn f(v: &Json, path: &[&str]) -> f64 {
    let mut v = v;
    for k in path {
        v = &v[k];
    }
    v.as_f64().unwrap_or_else(|| panic!("{path:?} is not a number: {v}"))
}

#[test]
fn stats_json_has_every_field_under_the_gil() {
    let path = program(TWO_CPU_THREADS);
    let (out, s) = stats(&path, "gil", &["--switch-every", "1000"]);
    assert_eq!(out.code(), Some(0));
    assert_eq!(out.stdout_text(), "done\n");
    assert_eq!(s["mode"], "gil");
    assert_eq!(u(&s, &["minipy_stats"]), 1);
    let threads = s["threads"].as_array().expect("threads array");
    assert_eq!(threads.len(), 3, "main thread and two workers: {threads:?}");
    for t in threads {
        for key in ["wall_s", "cpu_s"] {
            assert!(f(t, &[key]) >= 0.0);
        }
        for key in ["instructions", "gil_acquisitions", "forced_handoffs", "voluntary_handoffs", "ident"] {
            u(t, &[key]);
        }
        f(t, &["gil_wait_s"]);
    }
    let workers: Vec<&Json> = threads.iter().filter(|t| u(t, &["ident"]) != 0).collect();
    for w in &workers {
        // 200,000 iterations of a few instructions each.
        assert!(u(w, &["instructions"]) > 800_000, "{w}");
        assert!(u(w, &["forced_handoffs"]) > 10, "switching every 1000 instructions must force hand-offs: {w}");
        assert!(u(w, &["gil_acquisitions"]) > 10, "{w}");
    }
    assert_eq!(u(&s, &["instructions"]), threads.iter().map(|t| u(t, &["instructions"])).sum::<u64>());
    assert!(u(&s, &["gil", "forced_handoffs"]) > 20);
    assert!(u(&s, &["gil", "voluntary_handoffs"]) >= 2, "the main thread's joins give the GIL up");
    let share = f(&s, &["gil", "wait_share"]);
    assert!((0.0..=1.0).contains(&share), "{share}");
    assert!(u(&s, &["refcount_ops", "plain"]) > 0);
    assert_eq!(u(&s, &["refcount_ops", "atomic"]), 0, "the GIL model's refcounts are plain");
    assert!(u(&s, &["objects", "allocated"]) > 0);
    assert_eq!(u(&s, &["objects", "alive_at_exit"]), 0, "a correct program frees everything");
    assert_eq!(u(&s, &["messages", "count"]), 0);
    assert_eq!(u(&s, &["spawns", "threads", "count"]), 2);
    assert!(f(&s, &["spawns", "threads", "mean_s"]) > 0.0);
    assert_eq!(u(&s, &["spawns", "interpreters", "count"]), 0);
    assert!(s["racy_refcount"].is_null());
    assert!(f(&s, &["wall_s"]) > 0.0 && f(&s, &["cpu_s"]) > 0.0);
}

#[test]
fn stats_free_threaded_counts_atomic_refcounts_and_has_no_gil() {
    let path = program(TWO_CPU_THREADS);
    let (out, s) = stats(&path, "free-threaded", &[]);
    assert_eq!(out.code(), Some(0));
    assert!(s["gil"].is_null());
    assert!(u(&s, &["refcount_ops", "atomic"]) > 0);
    assert_eq!(u(&s, &["refcount_ops", "plain"]), 0);
    assert!(s["threads"][0].get("gil_acquisitions").is_none(), "no GIL columns without a GIL");
    assert_eq!(u(&s, &["objects", "alive_at_exit"]), 0);
    assert!(u(&s, &["objects", "immortal"]) > 0, "module-level functions are immortal in this model");
}

#[test]
fn stats_process_mode_counts_messages_and_interpreter_spawns() {
    let path = program(TWO_PROCESSES);
    for mode in ["process", "gil"] {
        let (out, s) = stats(&path, mode, &[]);
        assert_eq!(out.stdout_text(), "[1000, 1000]\n", "{mode}");
        assert_eq!(u(&s, &["spawns", "interpreters", "count"]), 2, "{mode}");
        assert!(f(&s, &["spawns", "interpreters", "mean_s"]) > 0.0);
        // Two "forks" (target and arguments) and two results.
        assert!(u(&s, &["messages", "count"]) >= 4, "{mode}: {s}");
        assert!(u(&s, &["messages", "bytes_copied"]) > 2 * 1000 * 8, "{mode}: {s}");
        let interpreters: std::collections::BTreeSet<u64> =
            s["threads"].as_array().unwrap().iter().map(|t| u(t, &["interpreter"])).collect();
        assert_eq!(interpreters.len(), 3, "{mode}: the main interpreter and two workers");
    }
}

#[test]
fn stats_racy_mode_reports_its_verdict_fields() {
    let path = program(SLEEPER);
    let (out, s) = stats(&path, "racy-refcount", &[]);
    assert_eq!(out.code(), Some(0));
    let r = &s["racy_refcount"];
    u(r, &["uses_after_free"]);
    u(r, &["alive_at_exit"]);
    u(r, &["quarantined"]);
}

#[test]
fn stats_table_goes_to_stderr_and_keeps_stdout_clean() {
    let path = program(TWO_CPU_THREADS);
    let out = minipy_run(&["run", path.to_str().unwrap(), "--stats"]);
    assert_eq!(out.code(), Some(0));
    assert_eq!(out.stdout_text(), "done\n");
    let err = out.stderr_text();
    for needle in [
        "── minipy --stats:",
        "in mode gil",
        "thread (interpreter)",
        "GIL takes",
        "MainThread (1)",
        "Thread-1 (work) (1)",
        "refcount operations",
        "objects",
        "messages",
        "spawns                2 threads",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
}

#[test]
fn stats_are_printed_after_an_uncaught_exception_too() {
    let path = program("print('before')\n1/0\n");
    let (out, s) = stats(&path, "gil", &[]);
    assert_eq!(out.code(), Some(1));
    assert_eq!(u(&s, &["exit_code"]), 1);
    assert!(out.stderr_text().contains("ZeroDivisionError: division by zero"));
}

#[test]
fn bad_instrument_flags_are_usage_errors() {
    let path = program(SLEEPER);
    let p = path.to_str().unwrap();
    let out = minipy_run(&["run", p, "--stats=xml"]);
    assert_eq!(out.code(), Some(2));
    assert!(out.stderr_text().contains("invalid value 'xml'"), "{}", out.stderr_text());
    let out = minipy_run(&["run", p, "--trace", "/nonexistent-dir/trace.json"]);
    assert_eq!(out.code(), Some(2));
    assert_eq!(out.stdout_text(), "", "the program must not run when its trace cannot be written");
    assert!(out.stderr_text().contains("cannot write the trace"), "{}", out.stderr_text());
    let out = minipy_run(&["compare", "/nonexistent-dir/x.py"]);
    assert_eq!(out.code(), Some(2));
    let broken = program("x = (\n");
    let out = minipy_run(&["compare", broken.to_str().unwrap()]);
    assert_eq!(out.code(), Some(1));
    assert_eq!(out.stdout_text(), "", "no table for a program that does not compile");
    assert!(out.stderr_text().ends_with("SyntaxError: '(' was never closed\n"), "{}", out.stderr_text());
}

// ---- --trace ---------------------------------------------------------------

fn trace(path: &Path, mode: &str, extra: &[&str]) -> Vec<Json> {
    let trace_path = path.with_extension(format!("{mode}.trace.json"));
    let mut args = vec!["run", path.to_str().unwrap(), "--mode", mode, "--trace", trace_path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = minipy_run(&args);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_text());
    let text = std::fs::read_to_string(&trace_path).expect("trace written");
    let doc: Json = serde_json::from_str(&text).expect("trace is JSON");
    let events = doc["traceEvents"].as_array().expect("traceEvents").clone();
    for e in &events {
        for key in ["name", "ph", "pid", "tid", "ts"] {
            assert!(e.get(key).is_some(), "event without {key}: {e}");
        }
        if e["ph"] == "X" {
            assert!(f(e, &["dur"]) >= 0.0);
        }
    }
    events
}

fn spans<'a>(events: &'a [Json], name: &str) -> Vec<&'a Json> {
    let mut v: Vec<&Json> = events.iter().filter(|e| e["ph"] == "X" && e["name"] == name).collect();
    v.sort_by(|a, b| f(a, &["ts"]).total_cmp(&f(b, &["ts"])));
    v
}

#[test]
fn gil_trace_shows_alternating_hand_offs_and_never_two_holders() {
    let path = program(TWO_CPU_THREADS);
    let events = trace(&path, "gil", &["--switch-every", "5000"]);
    let names: Vec<String> = events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
        .map(|e| e["args"]["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.iter().any(|n| n.starts_with("MainThread")), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("Thread-1 (work)")), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("Thread-2 (work)")), "{names:?}");
    let held = spans(&events, "holding GIL");
    // One holder at a time: each span ends before the next begins.
    for pair in held.windows(2) {
        let end = f(pair[0], &["ts"]) + f(pair[0], &["dur"]);
        assert!(end <= f(pair[1], &["ts"]) + 0.001, "GIL held twice at once: {} and {}", pair[0], pair[1]);
    }
    // The two workers take turns: count switches between them.
    let worker_turns: Vec<u64> = held.iter().map(|e| u(e, &["tid"])).filter(|t| *t != 0).collect();
    let switches = worker_turns.windows(2).filter(|w| w[0] != w[1]).count();
    assert!(switches >= 20, "expected alternating GIL spans, got tids {worker_turns:?}");
    let waits = spans(&events, "waiting for GIL");
    assert!(waits.len() >= 20, "{} waits", waits.len());
    let running = spans(&events, "running");
    assert!(running.len() >= held.len() / 2);
    assert!(running.iter().any(|e| e["args"]["ended by"] == "forced hand-off"));
    assert!(!spans(&events, "blocked: join").is_empty(), "the main thread blocks in join()");
    assert!(spans(&events, "spawn thread Thread-1 (work)").len() == 1);
    assert_eq!(spans(&events, "starting up").len(), 2);
    assert_arrows_pair_up(&events, "spawn", 2);
}

#[test]
fn free_threaded_trace_has_running_spans_and_no_gil() {
    let path = program(TWO_CPU_THREADS);
    let events = trace(&path, "free-threaded", &[]);
    assert!(spans(&events, "holding GIL").is_empty());
    assert!(spans(&events, "waiting for GIL").is_empty());
    let running_tids: std::collections::BTreeSet<u64> =
        spans(&events, "running").iter().map(|e| u(e, &["tid"])).collect();
    assert_eq!(running_tids.len(), 3, "{running_tids:?}");
}

#[test]
fn trace_shows_blocking_calls_with_their_length() {
    let path = program(SLEEPER);
    let events = trace(&path, "gil", &[]);
    let sleeps = spans(&events, "blocked: time.sleep");
    assert_eq!(sleeps.len(), 1);
    assert!(f(sleeps[0], &["dur"]) >= 45_000.0, "a 50 ms sleep: {}", sleeps[0]);
}

#[test]
fn process_trace_has_a_track_group_per_interpreter_and_message_arrows() {
    let path = program(TWO_PROCESSES);
    let events = trace(&path, "process", &[]);
    let groups: Vec<&str> = events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "process_name")
        .map(|e| e["args"]["name"].as_str().unwrap())
        .collect();
    assert_eq!(groups.len(), 3, "{groups:?}");
    assert!(groups.contains(&"interpreter 1: MainProcess"), "{groups:?}");
    let sends = spans(&events, "send message (deep copy)");
    let receives = spans(&events, "receive message (rebuild copy)");
    assert!(sends.len() >= 4 && receives.len() >= 4, "{} sends, {} receives", sends.len(), receives.len());
    assert!(sends.iter().all(|e| u(e, &["args", "bytes"]) > 0));
    assert_arrows_pair_up(&events, "message", 4);
    assert_arrows_pair_up(&events, "spawn", 2);
}

#[test]
fn gil_trace_shows_native_code_running_in_parallel() {
    let path = program(
        "\
import hashlib, threading
chunk = bytes(range(256)) * 4096
def job():
    h = hashlib.sha256()
    for _ in range(60):
        h.update(chunk)
ts = [threading.Thread(target=job) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
",
    );
    let events = trace(&path, "gil", &[]);
    let native = spans(&events, "native: hashlib update (no GIL)");
    let by_thread = |tid: u64| -> Vec<(f64, f64)> {
        native
            .iter()
            .filter(|e| u(e, &["tid"]) == tid)
            .map(|e| (f(e, &["ts"]), f(e, &["ts"]) + f(e, &["dur"])))
            .collect()
    };
    let (a, b) = (by_thread(1001), by_thread(1002));
    assert_eq!((a.len(), b.len()), (60, 60), "every 1 MiB update runs without the GIL");
    // Under the GIL, native spans of the two threads overlap in time: that
    // is the parallelism; their `holding GIL` spans never do.
    let overlap: f64 = a.iter().flat_map(|x| b.iter().map(move |y| (x.1.min(y.1) - x.0.max(y.0)).max(0.0))).sum();
    assert!(overlap > 0.0, "native spans never overlapped");
    let held = spans(&events, "holding GIL");
    for pair in held.windows(2) {
        assert!(f(pair[0], &["ts"]) + f(pair[0], &["dur"]) <= f(pair[1], &["ts"]) + 0.001);
    }
}

/// Every arrow head (`f`) of category `cat` has a tail (`s`) with the same
/// id, on another track or interpreter; at least `min` of them.
fn assert_arrows_pair_up(events: &[Json], cat: &str, min: usize) {
    let of = |ph: &str| -> Vec<&Json> { events.iter().filter(|e| e["ph"] == ph && e["cat"] == cat).collect() };
    let (tails, heads) = (of("s"), of("f"));
    assert!(heads.len() >= min, "{} {cat} arrows", heads.len());
    for h in heads {
        let tail = tails.iter().find(|t| t["id"] == h["id"]).unwrap_or_else(|| panic!("arrow without a tail: {h}"));
        assert!(tail["tid"] != h["tid"] || tail["pid"] != h["pid"], "arrow to itself: {h}");
    }
}

// ---- compare ---------------------------------------------------------------

fn compare(args: &[&str]) -> Outcome {
    let mut all = vec!["compare"];
    all.extend_from_slice(args);
    minipy_run(&all)
}

#[test]
fn compare_prints_one_row_per_mode_and_the_lines_that_differ() {
    let racy = program(
        "\
import threading
counter = 0
def bump():
    global counter
    for _ in range(20000):
        counter += 1
ts = [threading.Thread(target=bump) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print('counter', counter)
",
    );
    let p = racy.to_str().unwrap();
    let out = compare(&[p, "--switch-every", "7"]);
    assert_eq!(out.code(), Some(0), "{}", out.stderr_text());
    let text = out.stdout_text();
    let rows: Vec<&str> = text.lines().collect();
    assert!(rows.iter().any(|l| l.starts_with("mode") && l.contains("speed-up vs gil") && l.contains("GIL wait")));
    for mode in ["gil ", "free-threaded ", "process "] {
        assert!(rows.iter().any(|l| l.starts_with(mode)), "no {mode:?} row in\n{text}");
    }
    assert!(!text.contains("racy-refcount"), "racy-refcount only with --all");
    let gil_row = rows.iter().find(|l| l.starts_with("gil ")).unwrap();
    assert!(gil_row.contains("1.00x"), "{gil_row}");
    let process_row = rows.iter().find(|l| l.starts_with("process ")).unwrap();
    assert!(process_row.contains("no GIL"), "{process_row}");
    // gil with --switch-every 7 loses updates; process-mode threads count
    // in their own copies and leave the main interpreter's at 0.
    assert!(text.contains("output lines that differ between modes"), "{text}");
    assert!(text.contains("counter 0"), "process mode: {text}");

    let same = program("print(sum(range(10)))\n");
    let out = compare(&[same.to_str().unwrap(), "--all"]);
    let text = out.stdout_text();
    assert!(text.contains("racy-refcount"), "{text}");
    assert!(text.contains("output: the same 1 lines in every mode"), "{text}");
}

/// Shared memory (multiprocessing.Value/Array) is one block every process
/// sees: the children's writes reach the parent, and every element access
/// is counted.
#[test]
fn shared_memory_reads_and_writes_are_counted() {
    let path = program(
        "\
import multiprocessing

def fill(arr, start):
    for i in range(start, len(arr), 2):
        arr[i] = i * i

if __name__ == '__main__':
    arr = multiprocessing.Array('i', 10, lock=False)
    ps = [multiprocessing.Process(target=fill, args=(arr, s)) for s in (0, 1)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(list(arr))
",
    );
    for mode in ["gil", "free-threaded", "process"] {
        let (out, s) = stats(&path, mode, &[]);
        assert_eq!(out.code(), Some(0), "{mode}");
        assert_eq!(out.stdout_text(), "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]\n", "{mode}");
        assert_eq!(u(&s, &["shared_memory", "writes"]), 10, "{mode}: one write per element");
        assert!(u(&s, &["shared_memory", "reads"]) >= 10, "{mode}: list(arr) reads every element");
    }
}

/// In process mode threads are separate interpreters: the run says so on
/// stderr (and in --stats=json), and no other mode does.
#[test]
fn process_mode_notes_that_threads_did_not_share_globals() {
    let path = program(
        "\
import threading
total = 0
def add():
    global total
    total += 1
ts = [threading.Thread(target=add) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
",
    );
    let (out, s) = stats(&path, "process", &[]);
    assert_eq!(out.stdout_text(), "0\n");
    assert_eq!(u(&s, &["isolated_threads"]), 2);
    assert!(out.stderr_text().contains("2 threads as separate interpreters"), "{}", out.stderr_text());
    for mode in ["gil", "free-threaded"] {
        let (out, s) = stats(&path, mode, &[]);
        assert_eq!(out.stdout_text(), "2\n", "{mode}");
        assert_eq!(u(&s, &["isolated_threads"]), 0, "{mode}");
        assert!(!out.stderr_text().contains("separate interpreters"), "{mode}");
    }
}
