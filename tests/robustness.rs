//! Robustness promises: a Rust panic (always a minipy bug) is contained as
//! an internal `SystemError` and never hangs or aborts the program.
//! `_minipy_testing.panic` stands in for the next unknown bug.
//!
//! Every child runs under [`common::run`] with a timeout: a hang fails.

mod common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::Outcome;

const MODES: &[&str] = &["gil", "free-threaded", "process", "racy-refcount"];
const TIMEOUT: Duration = Duration::from_secs(30);
const INTERNAL_ERROR_EXIT: i32 = 70;

fn temp_file(name: &str, contents: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("robustness-tests");
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let path = dir.join(format!("{}-{n}-{name}.py", std::process::id()));
    std::fs::write(&path, contents).expect("write temp file");
    path
}

/// Run `source` under `mode`; a hang fails the test.
fn run_in(mode: &str, name: &str, source: &str) -> Outcome {
    let path = temp_file(name, source);
    let path = path.to_str().expect("utf-8 path");
    common::run(common::minipy().args(["run", path, "--mode", mode]), TIMEOUT)
        .unwrap_or_else(|hang| panic!("{name} --mode {mode}: {hang}"))
}

fn show(out: &Outcome) -> String {
    format!(
        "{}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        out.describe_status(),
        common::tail(&out.stdout_text(), 20),
        common::tail(&out.stderr_text(), 30)
    )
}

/// The panic is reported once, as the SystemError, without Rust's own noise.
fn assert_contained(what: &str, out: &Outcome, message: &str) {
    let err = out.stderr_text();
    assert!(!out.panicked(), "{what}: Rust's panic report leaked to stderr\n{}", show(out));
    let line = format!("SystemError: internal error, please report: {message}");
    assert!(err.contains(&line), "{what}: expected {line:?} on stderr\n{}", show(out));
}

#[test]
fn a_panic_in_a_thread_finishes_it_and_join_returns() {
    let src = "\
import threading, _minipy_testing
t = threading.Thread(target=_minipy_testing.panic, args=('boom',))
t.start()
t.join()
print('joined', t.is_alive())
";
    for mode in MODES {
        let out = run_in(mode, "thread_panic_join", src);
        let what = format!("thread panic, --mode {mode}");
        assert_contained(&what, &out, "boom");
        assert_eq!(out.stdout_text(), "joined False\n", "{what}\n{}", show(&out));
        assert!(out.stderr_text().contains("Exception in thread Thread-1 (panic):"), "{what}\n{}", show(&out));
        assert_eq!(out.code(), Some(INTERNAL_ERROR_EXIT), "{what}\n{}", show(&out));
    }
}

#[test]
fn a_panic_without_the_gil_gives_it_back() {
    // The thread panics in GIL-free native code; without taking the GIL back
    // the main thread would wait for it forever. Nobody joins the thread.
    let src = "\
import threading, _minipy_testing
t = threading.Thread(target=_minipy_testing.panic, args=('native', True))
t.start()
total = 0
for i in range(200000):
    total += i
print(total)
";
    for mode in MODES {
        let out = run_in(mode, "thread_panic_nogil", src);
        let what = format!("GIL-free panic, --mode {mode}");
        assert_contained(&what, &out, "native");
        assert_eq!(out.stdout_text(), "19999900000\n", "{what}\n{}", show(&out));
        assert_eq!(out.code(), Some(INTERNAL_ERROR_EXIT), "{what}\n{}", show(&out));
    }
}

#[test]
fn python_code_can_catch_the_internal_error() {
    let src = "\
import threading, _minipy_testing
def work(without_gil):
    try:
        _minipy_testing.panic('caught', without_gil)
    except SystemError as e:
        print('caught:', e)
    print('still running')
for without_gil in (False, True):
    work(without_gil)
    t = threading.Thread(target=work, args=(without_gil,))
    t.start()
    t.join()
";
    for mode in MODES {
        let out = run_in(mode, "catch_internal", src);
        let what = format!("caught panic, --mode {mode}");
        let once = "caught: internal error, please report: caught\nstill running\n";
        assert_eq!(out.stdout_text(), once.repeat(4), "{what}\n{}", show(&out));
        assert!(!out.panicked(), "{what}\n{}", show(&out));
        assert_eq!(out.code(), Some(0), "{what}: a caught internal error is handled\n{}", show(&out));
    }
}

#[test]
fn a_panic_in_the_main_thread_is_an_internal_error_exit() {
    let src = "\
import _minipy_testing
def inner():
    _minipy_testing.panic('in main')
print('before')
inner()
print('not reached')
";
    for mode in MODES {
        let out = run_in(mode, "main_panic", src);
        let what = format!("main-thread panic, --mode {mode}");
        assert_contained(&what, &out, "in main");
        assert_eq!(out.stdout_text(), "before\n", "{what}\n{}", show(&out));
        assert_eq!(out.code(), Some(INTERNAL_ERROR_EXIT), "{what}\n{}", show(&out));
        assert_eq!(out.error_line(), Some(3), "{what}: the traceback points at the call\n{}", show(&out));
    }
}

#[test]
fn a_panic_in_a_process_gives_exitcode_1_and_the_parent_goes_on() {
    let src = "\
import multiprocessing, _minipy_testing
def child(without_gil):
    _minipy_testing.panic('in child', without_gil)
if __name__ == '__main__':
    for without_gil in (False, True):
        p = multiprocessing.Process(target=child, args=(without_gil,))
        p.start()
        p.join()
        print('exitcode', p.exitcode)
";
    for mode in MODES {
        let out = run_in(mode, "process_panic", src);
        let what = format!("process panic, --mode {mode}");
        assert_contained(&what, &out, "in child");
        assert_eq!(out.stdout_text(), "exitcode 1\nexitcode 1\n", "{what}\n{}", show(&out));
        assert!(out.stderr_text().contains("Process Process-1:"), "{what}\n{}", show(&out));
        assert_eq!(out.code(), Some(INTERNAL_ERROR_EXIT), "{what}\n{}", show(&out));
    }
}

#[test]
fn a_thread_that_panicked_no_longer_counts_as_running() {
    // The thread dies before setting the event: every thread left is blocked
    // forever, which the deadlock detector must see (exit 4), not hang.
    let src = "\
import threading, _minipy_testing
ready = threading.Event()
def worker():
    _minipy_testing.panic('before set')
    ready.set()
threading.Thread(target=worker).start()
ready.wait()
";
    for mode in ["gil", "free-threaded", "racy-refcount"] {
        let out = run_in(mode, "panic_then_deadlock", src);
        let what = format!("panic then deadlock, --mode {mode}");
        assert_contained(&what, &out, "before set");
        assert_eq!(out.code(), Some(4), "{what}\n{}", show(&out));
    }
}

#[test]
fn slice_assignment_and_deletion_race_without_panicking() {
    let src = std::fs::read_to_string(common::repo_root().join("tests/hammer/list_slices.py")).expect("read hammer");
    for (mode, runs) in [("free-threaded", 5), ("racy-refcount", 2), ("gil", 1)] {
        for run in 0..runs {
            let out = run_in(mode, "list_slices", &src);
            let what = format!("list slice race, --mode {mode}, run {run}");
            assert!(!out.stderr_text().contains("internal error"), "{what}\n{}", show(&out));
            assert_eq!(out.stdout_text(), "done True\n", "{what}\n{}", show(&out));
        }
    }
}

/// The `--stats=json` object (the last line of stderr).
fn stats_json(out: &Outcome) -> serde_json::Value {
    let last = out.last_stderr_line().unwrap_or_default();
    serde_json::from_str(&last).unwrap_or_else(|e| panic!("stats JSON: {e}\n{}", show(out)))
}

#[test]
fn racy_refcount_frees_what_no_other_thread_touched() {
    // One thread: every count is exact, so nothing needs quarantining (it
    // used to keep every freed object: 1.6 GB for 3M iterations).
    let src = "\
s = 0
for i in range(100000):
    t = (i, str(i), [i])
    s += len(t[1])
print(s)
";
    let path = temp_file("racy_loop", src);
    let out = common::run(
        common::minipy().args(["run", path.to_str().unwrap(), "--mode", "racy-refcount", "--stats=json"]),
        TIMEOUT,
    )
    .unwrap_or_else(|hang| panic!("{hang}"));
    assert_eq!(out.code(), Some(0), "{}", show(&out));
    let stats = stats_json(&out);
    let quarantined = stats["racy_refcount"]["quarantined"].as_u64().expect("quarantined count");
    let freed = stats["objects"]["freed"].as_u64().expect("freed count");
    assert_eq!(quarantined, 0, "single-threaded objects were quarantined\n{}", show(&out));
    assert!(freed >= 300_000, "expected the loop's objects freed, got {freed}\n{}", show(&out));
}

#[test]
fn racy_refcount_exits_3_when_a_use_after_free_precedes_a_failure() {
    // The counts of the shared list race; the program then fails. When a use
    // after free was detected the lab's verdict (3) wins over the failure (1).
    let src = "\
import threading
shared = [1, 2, 3]
def churn():
    for i in range(100000):
        a = shared
        b = a
g = [threading.Thread(target=churn) for _ in range(4)]
for t in g: t.start()
for t in g: t.join()
raise ValueError('after the race')
";
    let mut saw_uaf = false;
    for run in 0..3 {
        let out = run_in("racy-refcount", "racy_then_fail", src);
        let uaf = out.stderr_text().contains("use after free detected");
        saw_uaf |= uaf;
        let expected = if uaf { 3 } else { 1 };
        assert_eq!(out.code(), Some(expected), "run {run}\n{}", show(&out));
        if saw_uaf {
            break;
        }
    }
}

#[test]
fn list_sort_racing_with_self_appends_ends() {
    let src = std::fs::read_to_string(common::repo_root().join("tests/hammer/list_sort_racy.py")).expect("read hammer");
    for (mode, runs) in [("racy-refcount", 3), ("free-threaded", 1)] {
        for run in 0..runs {
            let out = run_in(mode, "list_sort_racy", &src);
            let what = format!("sort race, --mode {mode}, run {run}");
            assert!(!out.stderr_text().contains("internal error"), "{what}\n{}", show(&out));
            assert_eq!(out.stdout_text(), "done\n", "{what}\n{}", show(&out));
            let uaf = out.stderr_text().contains("use after free detected");
            assert_eq!(out.code(), Some(if uaf { 3 } else { 0 }), "{what}\n{}", show(&out));
        }
    }
}

#[test]
fn daemon_threads_are_abandoned_silently_at_exit() {
    let src = std::fs::read_to_string(common::repo_root().join("tests/hammer/daemon_threads_at_exit.py"))
        .expect("read daemon program");
    // About a quarter of the runs printed a NameError before the fix.
    for mode in ["gil", "free-threaded", "racy-refcount", "process"] {
        for run in 0..25 {
            let out = run_in(mode, "daemon_exit", &src);
            let what = format!("daemon threads at exit, --mode {mode}, run {run}");
            assert_eq!(out.stdout_text(), "main done\n", "{what}\n{}", show(&out));
            // Process mode says once that its threads were interpreters, and
            // the racy-refcount lab reports the uses after free its racing
            // refcounts cause (exit 3); nothing else may reach stderr.
            let stderr = out.stderr_text();
            let expected = |l: &str| match mode {
                "process" => l.starts_with("minipy: note: process mode"),
                "racy-refcount" => l.starts_with("use after free detected") || l.starts_with("minipy racy-refcount:"),
                _ => false,
            };
            let unexpected: Vec<&str> = stderr.lines().filter(|l| !expected(l)).collect();
            assert!(unexpected.is_empty(), "{what}\n{}", show(&out));
            let uaf = stderr.contains("use after free detected");
            assert_eq!(out.code(), Some(if uaf { 3 } else { 0 }), "{what}\n{}", show(&out));
        }
    }
}

/// The program's output lines.
fn stdout_lines(out: &Outcome) -> Vec<String> {
    out.stdout_text().lines().map(str::to_string).collect()
}

#[test]
fn deep_nesting_raises_recursion_error_or_works_in_every_mode_and_thread() {
    // Before the fix `==` of 10^5-deep lists returned a value, and deeper
    // comparisons, hashes and message encodings overflowed the Rust stack.
    let src = std::fs::read_to_string(common::repo_root().join("tests/hammer/deep_nesting.py")).expect("read program");
    let mut expected = Vec::new();
    for place in ["main", "thread"] {
        for op in ["==", "<", "repr"] {
            expected.push(format!("{place} {op} RecursionError"));
        }
        expected.push(format!("{place} hash True 1"));
        expected.push(format!("{place} dropped"));
    }
    for mode in MODES {
        let out = run_in(mode, "deep_nesting", &src);
        let what = format!("deep nesting, --mode {mode}");
        assert!(!out.panicked(), "{what}\n{}", show(&out));
        assert_eq!(stdout_lines(&out), expected, "{what}\n{}", show(&out));
        let uaf = out.stderr_text().contains("use after free detected");
        assert_eq!(out.code(), Some(if uaf { 3 } else { 0 }), "{what}\n{}", show(&out));
    }
}

#[test]
fn allocations_sized_by_the_program_raise_memory_or_overflow_error() {
    // Each line aborted the process (exit 134), panicked on a capacity
    // overflow, or hit an internal error before the allocation check.
    let cases: &[(&str, &str)] = &[
        ("bytes(10**12)", "MemoryError"),
        ("bytes(2**63 - 1)", "OverflowError"),
        ("'x'.center(10**12)", "MemoryError"),
        ("'x'.ljust(10**12)", "MemoryError"),
        ("'x'.rjust(2**63 - 1)", "MemoryError"),
        ("'1'.zfill(10**12)", "MemoryError"),
        ("'a\\tb'.expandtabs(10**12)", "OverflowError"),
        ("'x'.center(2**40, '\u{e9}')", "MemoryError"),
        ("(0).to_bytes(2**63 - 1, 'big')", "OverflowError"),
        ("(0).to_bytes(2**40, 'big')", "MemoryError"),
        ("list(range(10**10))", "MemoryError"),
        ("tuple(range(10**10))", "MemoryError"),
        ("len(range(-2**62, 2**62))", "OverflowError"),
        ("'%*d' % (10**12, 1)", "MemoryError"),
        ("'%.*d' % (10**12, 1)", "OverflowError"),
        ("'%.*f' % (10**6, 1.0)[:3]", "ok"),
        ("format(1.5, '999999999999')", "MemoryError"),
        ("format(1.5, '.100000f')[:3]", "ok"),
        ("f'{1:{10**12}}'", "MemoryError"),
        ("'{:>999999999999}'.format('a')", "MemoryError"),
        ("'ab' * 10**12", "MemoryError"),
        ("b'x' * 10**12", "MemoryError"),
        ("(1,) * 10**12", "MemoryError"),
        ("[None] * 10**12", "MemoryError"),
        ("'' * 10**12", "ok"),
        ("' '.join(['x' * 10**6] * 10**6)", "MemoryError"),
        ("('a' * 10**6).replace('a', 'x' * 10**6)", "MemoryError"),
    ];
    let mut src = String::from("import threading\ndef run(where):\n");
    for (expr, _) in cases {
        src.push_str(&format!(
            "    try:\n        {expr}\n        print(where, 'ok')\n    except (MemoryError, OverflowError) as e:\n        print(where, type(e).__name__)\n"
        ));
    }
    src.push_str("run('main')\nt = threading.Thread(target=run, args=('thread',))\nt.start()\nt.join()\n");
    let expected: Vec<String> =
        ["main", "thread"].iter().flat_map(|w| cases.iter().map(move |(_, e)| format!("{w} {e}"))).collect();
    for mode in MODES {
        let out = run_in(mode, "huge_sizes", &src);
        let what = format!("huge sizes, --mode {mode}");
        assert!(!out.panicked(), "{what}\n{}", show(&out));
        assert_eq!(stdout_lines(&out), expected, "{what}\n{}", show(&out));
        assert!(!out.stderr_text().contains("internal error"), "{what}\n{}", show(&out));
        let uaf = out.stderr_text().contains("use after free detected");
        assert_eq!(out.code(), Some(if uaf { 3 } else { 0 }), "{what}\n{}", show(&out));
    }
}

#[test]
fn a_panic_two_calls_down_leaves_the_depth_count_exact() {
    // Python calls run in place of their caller (vm/frame_stack.rs): the
    // internal error is raised in the innermost frame, unwinds through the
    // frames between, and every count the unwinding skipped is restored,
    // so the recursion limit is reached at the same depth as before; and
    // again after a second panic, in the module's own frame.
    let src = "\
import _minipy_testing
def reach(n=0):
    try:
        return reach(n + 1)
    except RecursionError:
        return n
def inner():
    _minipy_testing.panic('two down')
def middle():
    try:
        inner()
    finally:
        print('middle finally')
def outer():
    try:
        middle()
    except SystemError as e:
        print('outer caught:', e)
before = reach()
outer()
print(reach() == before)
try:
    _minipy_testing.panic('then at the top')
except SystemError as e:
    print('top caught:', e)
print(reach() == before)
";
    for mode in MODES {
        let out = run_in(mode, "nested_panic_depth", src);
        let what = format!("nested panic, --mode {mode}");
        let expected = "middle finally\nouter caught: internal error, please report: two down\nTrue\n\
                        top caught: internal error, please report: then at the top\nTrue\n";
        assert_eq!(out.stdout_text(), expected, "{what}\n{}", show(&out));
        assert_eq!(out.code(), Some(0), "{what}\n{}", show(&out));
    }
}
