//! The lesson's claims, checked: every `programs/lesson/*.mpy` is run with
//! the real binary in the modes where its claim shows, and the claim is
//! asserted as a *property* with generous bounds (timings are never compared
//! exactly). Programs print their measurements as `key=value` words, which
//! these tests read.
//!
//! Where a program's output is deterministic (no timings, or a
//! `--switch-every` run) it is also snapshotted with insta, with the
//! program's source at the top (`tests/snapshots/lesson__*.snap`). Review
//! with `cargo insta review` or accept with `INSTA_UPDATE=always`.
//!
//! The tests run one at a time (a global lock): speed-ups measured on two
//! cores mean nothing while another test burns one of them. Timing claims
//! take the best of up to five runs, so a busy machine does not fail them
//! by accident; a machine that is busy on every run still can.
//!
//! Every child is killed after 120 s and the test fails.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(120);
const DIR: &str = "programs/lesson";

/// Every mode, for programs that only use `multiprocessing.Process`.
const ALL_MODES: [&str; 4] = ["gil", "free-threaded", "process", "racy-refcount"];
/// The modes whose thread programs have deterministic stderr (racy-refcount
/// may report use-after-free of any shared object at any time).
const SAFE_MODES: [&str; 3] = ["gil", "free-threaded", "process"];

static SERIAL: Mutex<()> = Mutex::new(());

/// Hold this for the whole test: tests never run concurrently.
fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What one run of a lesson program did.
struct Run {
    /// e.g. `minipy run programs/lesson/x.mpy --mode gil`
    command: String,
    status: ExitStatus,
    stdout: String,
    stderr: String,
    /// Largest resident set size seen while it ran (VmHWM), in KiB.
    peak_rss_kib: u64,
}

impl Run {
    fn code(&self) -> Option<i32> {
        self.status.code()
    }

    /// The number after `key=` in stdout (the last one, if printed twice).
    fn value(&self, key: &str) -> f64 {
        self.values(key)
            .last()
            .copied()
            .unwrap_or_else(|| panic!("`{key}=` not found in the output of {}\n{}", self.command, self.describe()))
    }

    /// Every number printed as `key=NUMBER`, in order.
    fn values(&self, key: &str) -> Vec<f64> {
        let prefix = format!("{key}=");
        self.stdout
            .split_whitespace()
            .filter_map(|word| word.strip_prefix(&prefix))
            .map(|v| v.parse().unwrap_or_else(|e| panic!("bad number `{v}` for {key}: {e}")))
            .collect()
    }

    fn describe(&self) -> String {
        format!(
            "$ {}\n--- {} ---\n--- stdout ---\n{}--- stderr ---\n{}",
            self.command,
            describe_status(&self.status),
            self.stdout,
            tail(&self.stderr, 30)
        )
    }

    fn expect_code(&self, code: i32) -> &Run {
        assert_eq!(self.code(), Some(code), "unexpected exit status\n{}", self.describe());
        assert!(!self.stderr.contains("panicked"), "minipy panicked\n{}", self.describe());
        self
    }

    fn expect_stdout(&self, needle: &str) -> &Run {
        assert!(self.stdout.contains(needle), "stdout lacks {needle:?}\n{}", self.describe());
        self
    }

    fn use_after_free_reported(&self) -> bool {
        self.stderr.lines().any(|l| l.starts_with("use after free detected: ") && l.ends_with(" object"))
    }
}

/// A racy-refcount run of `program` that got as far as printing `key=`.
/// A lost refcount update can free one of threading's own objects (its
/// `_active` dict, a lock) and end the program before it prints anything:
/// that is the lab's point, not the lesson's, so such a run, which must
/// have reported the use after free (exit 3), is tried again, up to 5 runs.
fn racy_run_that_printed(program: &str, key: &str) -> Run {
    let mut r = run(program, &mode("racy-refcount"), &[]);
    for _ in 0..4 {
        if !r.values(key).is_empty() {
            break;
        }
        assert!(r.use_after_free_reported(), "no {key}= and no race reported\n{}", r.describe());
        assert_eq!(r.code(), Some(3), "{}", r.describe());
        r = run(program, &mode("racy-refcount"), &[]);
    }
    assert!(matches!(r.code(), Some(0 | 3)), "{}", r.describe());
    r
}

fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit code {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("killed by signal {signal}");
        }
    }
    format!("{status}")
}

fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(n);
    let mut out = if start > 0 { format!("[... {start} earlier lines ...]\n") } else { String::new() };
    for line in &lines[start..] {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Runs `programs/lesson/{program}.mpy` with `flags` (e.g. `--mode gil`)
/// and then `args` (the program's `sys.argv[1:]`).
fn run(program: &str, flags: &[&str], args: &[&str]) -> Run {
    let file = format!("{DIR}/{program}.mpy");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minipy"));
    cmd.current_dir(repo_root())
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .arg("run")
        .arg(&file)
        .args(flags)
        .args(args);
    let command = format!("minipy run {file} {}", flags.iter().chain(args).copied().collect::<Vec<_>>().join(" "))
        .trim_end()
        .to_string();
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {command}: {e}"));
    let out = drain(child.stdout.take().expect("piped"));
    let err = drain(child.stderr.take().expect("piped"));
    let status_path = format!("/proc/{}/status", child.id());
    let start = Instant::now();
    let mut peak_rss_kib = 0;
    let status = loop {
        if let Some(kib) = read_vm_hwm(&status_path) {
            peak_rss_kib = peak_rss_kib.max(kib);
        }
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= TIMEOUT => {
                kill_group(&mut child);
                panic!(
                    "{command} did not finish in {TIMEOUT:?} (killed)\n--- stdout so far ---\n{}\n--- stderr so far ---\n{}",
                    tail(&take(&out), 40),
                    tail(&take(&err), 40)
                );
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("waiting for {command} failed: {e}"),
        }
    };
    // Give the reader threads a moment to see the end of the pipes.
    let deadline = Instant::now() + Duration::from_secs(2);
    while (Arc::strong_count(&out) > 1 || Arc::strong_count(&err) > 1) && Instant::now() < deadline {
        thread::sleep(Duration::from_millis(2));
    }
    // Tracebacks name the script by its absolute path, as CPython's do;
    // snapshots record it relative to the repository.
    let root = format!("{}/", repo_root().display());
    let (stdout, stderr) = (take(&out).replace(&root, ""), take(&err).replace(&root, ""));
    Run { command, status, stdout, stderr, peak_rss_kib }
}

/// Peak resident set size (`VmHWM`) of a running process, in KiB.
fn read_vm_hwm(path: &str) -> Option<u64> {
    let text = std::fs::read_to_string(path).ok()?;
    let line = text.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn drain(mut pipe: impl Read + Send + 'static) -> Arc<Mutex<Vec<u8>>> {
    let buf = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&buf);
    thread::spawn(move || {
        let mut chunk = [0u8; 64 * 1024];
        loop {
            match pipe.read(&mut chunk) {
                Ok(0) | Err(_) => break,
                Ok(n) => sink.lock().unwrap().extend_from_slice(&chunk[..n]),
            }
        }
    });
    buf
}

fn take(buf: &Arc<Mutex<Vec<u8>>>) -> String {
    String::from_utf8_lossy(&buf.lock().unwrap()).into_owned()
}

fn kill_group(child: &mut Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

fn mode(m: &str) -> [&str; 2] {
    ["--mode", m]
}

/// How many runs a timing claim gets. Three were not enough on a host
/// whose CPU time comes in bursts: in a clean-clone CI run two threads
/// without a GIL were [1.29, 0.96, 1.28]x as fast as one while two Rust
/// threads measured 1.79x just before, and the same program ran 1.00x,
/// 1.80x and 3.67x (on two cores) in three runs right after.
const RUNS: usize = 5;

/// Runs the program up to five times until `ok` holds for `key`; returns
/// every value seen, and fails with all of them if none passed.
///
/// Timing claims need idle cores. When all five runs miss and the machine
/// itself cannot run two threads at once right now (another build is using
/// the cores), the claim is not checkable: the test says so on the terminal
/// (past cargo's output capture) instead of failing. On idle cores a miss
/// fails as before.
fn best_of_five(program: &str, flags: &[&str], key: &str, claim: &str, ok: impl Fn(f64) -> bool) -> f64 {
    let mut seen = Vec::new();
    let mut last = None;
    // The machine's parallelism just before each retry: a neighbour's
    // build may be busy during a run and gone by the time it ended.
    let mut lowest = f64::INFINITY;
    for attempt in 0..RUNS {
        if attempt > 0 {
            lowest = lowest.min(machine_parallelism());
        }
        let r = run(program, flags, &[]);
        r.expect_code(0);
        let v = r.value(key);
        seen.push(v);
        if ok(v) {
            return v;
        }
        last = Some(r);
    }
    let parallelism = lowest.min(machine_parallelism());
    if parallelism < BUSY_MACHINE {
        let note = format!(
            "\nlesson: NOT CHECKABLE NOW: {claim}: {key} was {seen:?}, but two Rust threads on this machine \
             run only {parallelism:.2}x as fast as one right now (other work is using the cores); \
             rerun on idle cores to check this claim\n"
        );
        let _ = std::io::Write::write_all(&mut std::io::stderr(), note.as_bytes());
        return seen[seen.len() - 1];
    }
    panic!(
        "{claim}: {key} was {seen:?} in {RUNS} runs; two Rust threads on this machine run {parallelism:.2}x as fast \
         as one right now (idle cores: the claim should hold)\nlast run:\n{}",
        last.expect("ran").describe()
    );
}

/// One timed property of one run: it must hold on idle cores; on a busy
/// machine a miss is reported as not checkable right now (see
/// [`best_of_five`]).
fn timing_claim(holds: bool, claim: &str, r: &Run) {
    if holds {
        return;
    }
    let parallelism = machine_parallelism();
    if parallelism < BUSY_MACHINE {
        let note = format!(
            "\nlesson: NOT CHECKABLE NOW: {claim}, but two Rust threads on this machine run only \
             {parallelism:.2}x as fast as one right now (other work is using the cores)\n"
        );
        let _ = std::io::Write::write_all(&mut std::io::stderr(), note.as_bytes());
        return;
    }
    panic!("{claim} on idle cores ({parallelism:.2}x parallelism)\n{}", r.describe());
}

/// Below this two-thread speed-up of plain Rust, the machine is too busy to
/// judge a timing claim (an idle 2-core machine measures about 1.9-2.0).
const BUSY_MACHINE: f64 = 1.6;

/// How much faster two spinning threads get through a fixed amount of work
/// than one, measured here and now: near 2.0 on an idle 2-core machine.
fn machine_parallelism() -> f64 {
    fn spin() {
        let mut x = 0u64;
        for i in 0..200_000_000u64 {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
        }
    }
    let start = Instant::now();
    spin();
    let one = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let a = thread::spawn(spin);
    let b = thread::spawn(spin);
    a.join().unwrap();
    b.join().unwrap();
    2.0 * one / start.elapsed().as_secs_f64()
}

/// Snapshot of one deterministic run: the source, the command, the exit
/// status, stdout and stderr.
fn snapshot(program: &str, label: &str, r: &Run) {
    let source = std::fs::read_to_string(repo_root().join(DIR).join(format!("{program}.mpy")))
        .unwrap_or_else(|e| panic!("cannot read {program}: {e}"));
    let report = format!(
        "=== source: {DIR}/{program}.mpy ===\n{source}=== $ {}: {} ===\n=== stdout ===\n{}=== stderr ===\n{}",
        r.command,
        describe_status(&r.status),
        r.stdout,
        r.stderr
    );
    insta::assert_snapshot!(format!("{program}__{label}"), report);
}

fn lesson_programs() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(repo_root().join(DIR))
        .expect("programs/lesson exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "mpy"))
        .collect();
    found.sort();
    found
}

// ---------------------------------------------------------------- the programs

#[test]
fn every_program_states_its_claim_how_to_run_it_and_what_to_look_for() {
    let programs = lesson_programs();
    assert!(programs.len() >= 19, "expected one program per claim, found {}", programs.len());
    for path in programs {
        let source = std::fs::read_to_string(&path).unwrap();
        let header: String = source.lines().take_while(|l| l.starts_with('#')).map(|l| format!("{l}\n")).collect();
        for part in ["# Claim (lesson): \"", "# Run:   minipy run programs/lesson/", "# Look for: "] {
            assert!(header.contains(part), "{} header lacks {part:?}:\n{header}", path.display());
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(header.contains(name), "{} header does not name the file", path.display());
    }
}

/// The programs are plain Python 3.11: CPython parses every one of them.
#[test]
fn every_program_is_valid_python_3_11() {
    let python = ["/usr/bin/python3.11", "python3.11", "python3"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok());
    let Some(python) = python else {
        eprintln!("no CPython found; skipping the syntax check");
        return;
    };
    for path in lesson_programs() {
        let out = Command::new(python)
            .args(["-c", "import ast, sys; ast.parse(open(sys.argv[1], encoding='utf-8').read(), sys.argv[1])"])
            .arg(&path)
            .output()
            .expect("run CPython");
        assert!(
            out.status.success(),
            "CPython cannot parse {}:\n{}",
            path.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

// ------------------------------------------------------------------ processes

#[test]
fn processes_use_many_cores() {
    let _g = serial();
    for m in ["gil", "process"] {
        best_of_five("processes_use_many_cores", &mode(m), "speedup", &format!("2 processes in --mode {m}"), |s| {
            s >= 1.4
        });
    }
}

#[test]
fn processes_suit_cpu_bound_work() {
    let _g = serial();
    best_of_five("processes_suit_cpu_bound_work", &mode("gil"), "speedup", "a job split over 2 processes", |s| {
        s >= 1.4
    });
    run("processes_suit_cpu_bound_work", &mode("gil"), &[]).expect_code(0).expect_stdout("same answer: True");
}

#[test]
fn processes_have_separate_memory() {
    let _g = serial();
    for m in ALL_MODES {
        let r = run("processes_have_separate_memory", &mode(m), &[]);
        r.expect_code(0).expect_stdout("child  sees: counter = 100");
        assert_eq!(r.value("parent_counter"), 0.0, "the child's write reached the parent\n{}", r.describe());
        snapshot("processes_have_separate_memory", m, &r);
    }
}

#[test]
fn processes_start_independently() {
    let _g = serial();
    for m in ALL_MODES {
        let r = run("processes_start_independently", &mode(m), &[]);
        r.expect_code(0)
            .expect_stdout("process 0: exitcode 0\nprocess 1: exitcode 1\nprocess 2: exitcode 0\n")
            .expect_stdout("results from the healthy processes: [(0, 0), (2, 1999000)]");
        assert!(r.stderr.contains("ValueError: process 1 crashed"), "{}", r.describe());
        snapshot("processes_start_independently", m, &r);
    }
}

#[test]
fn processes_are_killable() {
    let _g = serial();
    for m in ALL_MODES {
        let r = run("processes_are_killable", &mode(m), &[]);
        r.expect_code(0);
        assert_eq!(r.values("exitcode"), [-15.0, -15.0, -9.0, -9.0], "{}", r.describe());
        assert_eq!(r.stdout.matches("stopped within 1 s: True").count(), 4, "{}", r.describe());
        snapshot("processes_are_killable", m, &r);
    }
}

#[test]
fn each_process_has_its_own_gil() {
    let _g = serial();
    let program = "each_process_has_its_own_gil";
    best_of_five(
        program,
        &mode("gil"),
        "process_slowdown",
        "2 processes under the GIL each ran as fast as alone",
        |s| s <= 1.35,
    );
    let r = run(program, &mode("gil"), &[]);
    r.expect_code(0).expect_stdout("switch interval: child set 0.001, parent still 0.005");
    if r.value("thread_slowdown") < 1.6 {
        best_of_five(program, &mode("gil"), "thread_slowdown", "2 threads under one GIL each take ~2x", |s| s >= 1.6);
    }
}

#[test]
fn processes_cost_more_memory() {
    let _g = serial();
    let program = "processes_cost_more_memory";
    for m in ["gil", "free-threaded"] {
        let r = run(program, &mode(m), &[]);
        r.expect_code(0);
        assert_eq!(r.value("threads_copies"), 1.0, "threads share one list\n{}", r.describe());
        assert_eq!(r.value("processes_copies"), 5.0, "each process has its own copy\n{}", r.describe());
    }
    let r = run(program, &mode("process"), &[]);
    r.expect_code(0);
    assert_eq!(r.value("threads_copies"), 5.0, "--mode process threads copy too\n{}", r.describe());
    // The memory itself, as the OS sees it (minipy runs every interpreter
    // inside one OS process, so its peak RSS holds every copy).
    let threads = run(program, &mode("gil"), &["threads"]);
    let processes = run(program, &mode("gil"), &["processes"]);
    threads.expect_code(0);
    processes.expect_code(0);
    eprintln!("peak RSS: threads {} KiB, processes {} KiB", threads.peak_rss_kib, processes.peak_rss_kib);
    if threads.peak_rss_kib > 0 {
        assert!(
            processes.peak_rss_kib >= 2 * threads.peak_rss_kib,
            "4 processes holding copies should need far more memory than 4 threads sharing one list: \
             {} KiB vs {} KiB",
            processes.peak_rss_kib,
            threads.peak_rss_kib
        );
    }
}

#[test]
fn process_start_is_slower() {
    let _g = serial();
    let program = "process_start_is_slower";
    for m in ["gil", "free-threaded"] {
        let mut attempts = Vec::new();
        let passed = (0..3).any(|_| {
            let r = run(program, &mode(m), &[]);
            r.expect_code(0);
            let (t, p, small_p) = (r.value("big_thread_ms"), r.value("big_process_ms"), r.value("small_process_ms"));
            attempts.push((t, p, small_p));
            p >= 5.0 * t && p >= 2.0 * small_p
        });
        assert!(
            passed,
            "--mode {m}: a process should start >= 5x slower than a thread with a big module, and slower \
             than with a small one; (thread, process, small process) ms: {attempts:?}"
        );
    }
    // In --mode process, threads are interpreters too: they pay the copy.
    let r = run(program, &mode("process"), &[]);
    r.expect_code(0);
    assert!(
        r.value("big_thread_ms") >= 3.0 * r.value("small_thread_ms"),
        "--mode process threads copy the globals\n{}",
        r.describe()
    );
}

#[test]
fn ipc_needs_copying() {
    let _g = serial();
    let program = "ipc_needs_copying";
    for m in ["gil", "free-threaded"] {
        let r = run(program, &mode(m), &[]);
        r.expect_code(0)
            .expect_stdout("thread: got back the same object: True")
            .expect_stdout("thread: the sender's list was changed too: True")
            .expect_stdout("process: got back the same object: False")
            .expect_stdout("process: the sender's list was changed too: False");
        assert!(r.value("process_ms") > 5.0 * r.value("thread_ms"), "copying should cost\n{}", r.describe());
    }
    run(program, &mode("process"), &[])
        .expect_code(0)
        .expect_stdout("thread: got back the same object: False")
        .expect_stdout("process: got back the same object: False");
}

// -------------------------------------------------------------------- threads

#[test]
fn threads_share_memory() {
    let _g = serial();
    for m in SAFE_MODES {
        let r = run("threads_share_memory", &mode(m), &[]);
        r.expect_code(0);
        let expected = if m == "process" { 0.0 } else { 4.0 };
        assert_eq!(r.value("writes_seen"), expected, "--mode {m}\n{}", r.describe());
        snapshot("threads_share_memory", m, &r);
    }
    let r = racy_run_that_printed("threads_share_memory", "writes_seen");
    assert_eq!(r.value("writes_seen"), 4.0, "{}", r.describe());
}

#[test]
fn threads_start_fast() {
    let _g = serial();
    for m in ["gil", "free-threaded"] {
        best_of_five("threads_start_fast", &mode(m), "ratio", &format!("threads start faster in --mode {m}"), |r| {
            r >= 3.0
        });
    }
    let r = run("threads_start_fast", &mode("process"), &[]);
    r.expect_code(0);
    assert!(r.value("ratio") < 3.0, "--mode process threads are interpreters: as slow as processes\n{}", r.describe());
}

#[test]
fn threads_suit_io_bound_work() {
    let _g = serial();
    for m in ALL_MODES {
        let r = if m == "racy-refcount" {
            racy_run_that_printed("threads_suit_io_bound_work", "elapsed")
        } else {
            run("threads_suit_io_bound_work", &mode(m), &[])
        };
        assert!(matches!(r.code(), Some(0 | 3)), "{}", r.describe());
        let elapsed = r.value("elapsed");
        assert!(elapsed < 1.0, "--mode {m}: 50 sleeping threads took {elapsed} s\n{}", r.describe());
        assert!(elapsed >= 0.099, "--mode {m}: faster than one sleep?\n{}", r.describe());
    }
}

#[test]
fn coroutines_suit_io_bound_work() {
    let _g = serial();
    let program = "coroutines_suit_io_bound_work";
    for m in SAFE_MODES {
        // Timing properties: the best of up to three runs must show all
        // three ways finishing the 5 s of waits within the program's 1 s bound.
        let mut last = None;
        for _ in 0..3 {
            let r = run(program, &mode(m), &[]);
            r.expect_code(0)
                .expect_stdout("threads: threads started: 50; tasks finished: 50")
                .expect_stdout("processes: worker processes: 50; tasks finished: 50")
                .expect_stdout("coroutines: threads running: 1; tasks finished: 50");
            for way in ["threads", "processes", "coroutines"] {
                r.expect_stdout(&format!("{way}: waited at least 0.1 s: True"));
            }
            let fast = ["threads", "processes", "coroutines"]
                .iter()
                .all(|way| r.stdout.contains(&format!("{way}: finished in under 1 s: True")));
            if fast {
                last = None;
                break;
            }
            last = Some(r);
        }
        if let Some(r) = last {
            timing_claim(false, &format!("--mode {m}: 50 waits of 0.1 s finished in under 1 s three ways"), &r);
        }
    }
}

#[test]
fn coroutines_interleave_on_one_thread() {
    let _g = serial();
    let program = "coroutines_interleave_on_one_thread";
    // The output is properties only; the trace itself is checked in
    // tests/trace_asyncio.rs.
    for m in SAFE_MODES {
        let r = run(program, &mode(m), &[]);
        r.expect_code(0)
            .expect_stdout("threads the coroutines ran on: 1 (the main thread: True)")
            .expect_stdout("the first 50 turns went to 50 different coroutines");
        snapshot(program, m, &r);
    }
}

#[test]
fn threads_no_speedup_cpu_bound_under_gil() {
    let _g = serial();
    let program = "threads_no_speedup_cpu_bound_under_gil";
    let r = run(program, &mode("gil"), &[]);
    r.expect_code(0).expect_stdout("same answer: True");
    if r.value("speedup") > 1.3 {
        best_of_five(program, &mode("gil"), "speedup", "2 threads under the GIL do not speed up", |s| s <= 1.3);
    }
    for m in ["free-threaded", "process"] {
        best_of_five(program, &mode(m), "speedup", &format!("2 threads in --mode {m}"), |s| s >= 1.4);
    }
}

#[test]
fn threads_cannot_be_killed() {
    let _g = serial();
    for m in SAFE_MODES {
        let r = run("threads_cannot_be_killed", &mode(m), &[]);
        r.expect_code(0)
            .expect_stdout("Thread has terminate(): False")
            .expect_stdout("polite worker stopped after stop.set(): True")
            .expect_stdout("stubborn worker still running after join(0.3): True");
        snapshot("threads_cannot_be_killed", m, &r);
    }
}

#[test]
fn race_conditions_lose_updates_in_parallel() {
    let _g = serial();
    let mut seen = Vec::new();
    for _ in 0..3 {
        let r = run("race_conditions_lose_updates", &mode("free-threaded"), &[]);
        r.expect_code(0);
        seen.push(r.value("lost"));
        if seen.last() > Some(&0.0) {
            return;
        }
    }
    panic!("--mode free-threaded lost no updates in 3 runs: {seen:?}");
}

#[test]
fn race_conditions_lose_updates_reproducibly_with_switch_every() {
    let _g = serial();
    let flags = ["--mode", "gil", "--switch-every", "3"];
    let a = run("race_conditions_lose_updates", &flags, &[]);
    let b = run("race_conditions_lose_updates", &flags, &[]);
    a.expect_code(0);
    b.expect_code(0);
    assert!(a.value("lost") > 0.0, "{}", a.describe());
    assert_eq!(a.stdout, b.stdout, "--switch-every 3 should give the same interleaving twice");
    snapshot("race_conditions_lose_updates", "gil_switch_every_3", &a);
}

#[test]
fn race_conditions_cannot_happen_without_sharing() {
    let _g = serial();
    let r = run("race_conditions_lose_updates", &mode("process"), &[]);
    r.expect_code(0).expect_stdout("each thread counted to [200000, 200000] in its own copy");
    assert_eq!(r.value("lost"), 0.0);
    snapshot("race_conditions_lose_updates", "process", &r);
}

#[test]
fn lock_fixes_the_race() {
    let _g = serial();
    let runs: [(&str, &[&str]); 4] = [
        ("gil", &["--mode", "gil"]),
        ("gil_switch_every_3", &["--mode", "gil", "--switch-every", "3"]),
        ("free-threaded", &["--mode", "free-threaded"]),
        ("process", &["--mode", "process"]),
    ];
    for (label, flags) in runs {
        let r = run("lock_fixes_the_race", flags, &[]);
        r.expect_code(0);
        assert_eq!(r.value("lost"), 0.0, "{}", r.describe());
        snapshot("lock_fixes_the_race", label, &r);
    }
    // free-threaded is where a missing lock loses the most: try it again.
    for _ in 0..2 {
        assert_eq!(run("lock_fixes_the_race", &mode("free-threaded"), &[]).value("lost"), 0.0);
    }
    // racy-refcount: the counts of the shared objects race, the counter does not.
    let r = racy_run_that_printed("lock_fixes_the_race", "lost");
    assert_eq!(r.value("lost"), 0.0, "{}", r.describe());
}

#[test]
fn processes_share_nothing_unless_told() {
    let _g = serial();
    let program = "processes_share_nothing_unless_told";
    for m in ["gil", "free-threaded", "process"] {
        let r = run(program, &mode(m), &[]);
        r.expect_code(0);
        assert_eq!(r.value("global_counter"), 0.0, "a plain global is each process's own\n{}", r.describe());
        assert_eq!(r.value("locked_lost"), 0.0, "with get_lock() no update is lost\n{}", r.describe());
        let lost = r.value("unlocked_lost");
        assert!((0.0..12_000.0).contains(&lost), "{}", r.describe());
    }
    // Without the lock, processes that share memory race: some run of a few
    // loses updates (4 processes, 3,000 read-then-write increments each).
    let mut seen = Vec::new();
    for _ in 0..3 {
        let r = run(program, &mode("free-threaded"), &[]);
        seen.push(r.value("unlocked_lost"));
        if seen.last() > Some(&0.0) {
            return;
        }
    }
    panic!("a shared Value without its lock lost no updates in 3 runs: {seen:?}");
}

// ------------------------------------------------------------------------ GIL

#[test]
fn gil_one_thread_at_a_time() {
    let _g = serial();
    let program = "gil_one_thread_at_a_time";
    let r = run(program, &mode("gil"), &[]);
    r.expect_code(0);
    let both = r.value("both_running");
    assert!(both <= 0.35, "under the GIL both threads ran in {both} of the slots\n{}", r.describe());
    best_of_five(program, &mode("free-threaded"), "both_running", "without a GIL both threads run at once", |b| {
        b >= 0.5
    });
}

#[test]
fn gil_keeps_refcounts_exact() {
    let _g = serial();
    for m in ["gil", "free-threaded"] {
        let r = run("gil_exists_because_refcounts_race", &mode(m), &[]);
        r.expect_code(0);
        assert_eq!(r.value("drift"), 0.0, "{}", r.describe());
        snapshot("gil_exists_because_refcounts_race", m, &r);
    }
}

/// Without the GIL the counts race: in at least one of five runs the
/// count ends wrong or an object is used after its count reached zero
/// (reported on stderr, exit code 3).
#[test]
fn gil_exists_because_refcounts_race() {
    let _g = serial();
    let mut summary = Vec::new();
    for _ in 0..5 {
        let r = run("gil_exists_because_refcounts_race", &mode("racy-refcount"), &[]);
        let uaf = r.use_after_free_reported();
        let expected_code = if uaf { 3 } else { 0 };
        r.expect_code(expected_code);
        if uaf && r.values("drift").is_empty() {
            // The race freed an object the program still needed and ended
            // it early: the lab's verdict, shown.
            return;
        }
        let drift = r.value("drift");
        summary.push((drift, uaf));
        if uaf || drift != 0.0 {
            return;
        }
    }
    panic!("--mode racy-refcount showed neither a wrong count nor a use after free in 5 runs: {summary:?}");
}

/// minipy bug, found while writing the lesson: in racy-refcount mode a
/// freed container is quarantined *without releasing its items*, so every
/// item's count leaks, even with a single thread and no race at all. Run
/// with `--ignored` to check a fix.
#[test]
fn racy_refcount_is_exact_with_one_thread() {
    let _g = serial();
    let dir = std::env::temp_dir().join(format!("minipy-lesson-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("leak.py");
    std::fs::write(
        &file,
        "import sys\nx = [0]\nfor _ in range(1000):\n    p = [x, x]\n    del p\nprint(sys.getrefcount(x))\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(["run"])
        .arg(&file)
        .args(["--mode", "racy-refcount"])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "2", "single-threaded counts must stay exact");
}

#[test]
fn avoid_gil_with_processes() {
    let _g = serial();
    let program = "avoid_gil_with_processes";
    let r = run(program, &mode("gil"), &[]);
    r.expect_code(0).expect_stdout("all three got the same answer: True");
    if r.value("threads_speedup") > 1.3 {
        best_of_five(program, &mode("gil"), "threads_speedup", "threads under the GIL do not speed up", |s| s <= 1.3);
    }
    best_of_five(program, &mode("gil"), "processes_speedup", "2 processes under the GIL", |s| s >= 1.4);
}

#[test]
fn avoid_gil_with_free_threading() {
    let _g = serial();
    let program = "avoid_gil_with_free_threading";
    let r = run(program, &mode("gil"), &[]);
    r.expect_code(0).expect_stdout("GIL enabled: True");
    if r.value("speedup") > 1.3 {
        best_of_five(program, &mode("gil"), "speedup", "2 threads under the GIL do not speed up", |s| s <= 1.3);
    }
    run(program, &mode("free-threaded"), &[]).expect_code(0).expect_stdout("GIL enabled: False");
    best_of_five(program, &mode("free-threaded"), "speedup", "2 threads without a GIL", |s| s >= 1.4);
}

/// Native code that drops the GIL (hashlib's update of >= 2048 bytes) runs
/// on both cores even under the GIL; the pure-Python contrast does not.
#[test]
fn avoid_gil_with_native_code() {
    let _g = serial();
    let program = "avoid_gil_with_native_code";
    let r = run(program, &mode("gil"), &[]);
    r.expect_code(0)
        .expect_stdout("job 1: d336e5682d231e56af1b7c5e6355c5456b124783c226ddefe0fec81c1a958e7c\n")
        .expect_stdout("job 2: abcdc20958f26ffd285673aaca5c2de29afe853a8f0900d2e661804d278f15ec\n")
        .expect_stdout("same digests either way: True")
        .expect_stdout("(same answers: True)");
    // A neighbour's load distorts the one-thread baseline as easily as the
    // two-thread run, so an apparent speed-up is measured again before it
    // counts, and judged against the machine's parallelism right now.
    let mut py = r.value("python_speedup");
    for _ in 0..2 {
        if py <= 1.3 {
            break;
        }
        py = py.min(run(program, &mode("gil"), &[]).value("python_speedup"));
    }
    timing_claim(py <= 1.3, &format!("2 threads running Python bytecode under the GIL sped up {py}x"), &r);
    for m in ["gil", "free-threaded"] {
        best_of_five(program, &mode(m), "speedup", &format!("2 threads hashing in --mode {m}"), |s| s >= 1.3);
    }
}

#[test]
fn deadlock_is_detected() {
    let _g = serial();
    for m in ALL_MODES {
        let r = run("deadlock_is_detected", &mode(m), &[]);
        r.expect_code(4);
        assert!(r.stderr.contains("deadlock"), "{}", r.describe());
        assert!(r.stderr.contains("thread-1") && r.stderr.contains("thread-2"), "{}", r.describe());
        assert!(!r.stdout.contains("got both locks"), "{}", r.describe());
        if m == "gil" {
            snapshot("deadlock_is_detected", m, &r);
        }
    }
}
