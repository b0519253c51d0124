//! `minipy explore` and `minipy run --schedule`: the explorer finds the
//! failing interleaving of a race that a plain gil run never shows, the
//! printed schedule replays it every time, and a locked program survives.
//! The lesson's pairs (a lost update, a check-then-act withdrawal, a
//! lock-order deadlock, each with its fixed version) are checked alike; the
//! last two block on locks, which `--schedule` must replay exactly too.

use std::process::{Command, Output};

fn minipy(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_minipy")).args(args).output().expect("minipy runs")
}

const RACY: &str = "programs/lesson/explore_finds_lost_update.mpy";
const LOCKED: &str = "programs/lesson/explore_cannot_break_locked_update.mpy";

/// The schedule after `label` in the explorer's report.
fn schedule_after(stdout: &str, label: &str) -> String {
    let line = stdout.lines().find(|l| l.trim_start().starts_with(label)).expect("the report names a schedule");
    line.trim_start()[label.len()..].trim().to_string()
}

#[test]
fn plain_gil_run_does_not_show_the_race() {
    let out = minipy(&["run", RACY]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn explorer_finds_the_lost_update_and_the_schedule_replays_it() {
    let out = minipy(&["explore", RACY, "--max-runs", "300"]);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("AssertionError"), "{stdout}");
    for label in ["schedule:", "shrunk:"] {
        let s = schedule_after(&stdout, label);
        for _ in 0..3 {
            let replay = minipy(&["run", RACY, "--schedule", &s]);
            assert_eq!(replay.status.code(), Some(1), "{label} {s} did not replay");
            assert!(String::from_utf8_lossy(&replay.stderr).contains("lost an update"));
        }
    }
}

#[test]
fn explorer_reports_no_failure_on_the_locked_version() {
    let out = minipy(&["explore", LOCKED, "--max-runs", "80", "--check-output"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("80 distinct interleavings run, none failed"), "{stdout}");
}

#[test]
fn bad_schedules_are_clean_usage_errors() {
    for bad in ["", "x", "1..2", "-1", "99999999999"] {
        let out = minipy(&["run", RACY, &format!("--schedule={bad}")]);
        assert_eq!(out.status.code(), Some(2), "--schedule={bad}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
    let out = minipy(&["run", RACY, "--schedule=1", "--mode=free-threaded"]);
    assert_eq!(out.status.code(), Some(2));
    let out = minipy(&["explore", "no/such/file.mpy"]);
    assert_eq!(out.status.code(), Some(2));
}

/// A lesson pair: the broken program, what its failure looks like (exit
/// code and a piece of stderr), and the fixed program.
struct Pair {
    broken: &'static str,
    code: i32,
    failure: &'static str,
    fixed: &'static str,
}

const PAIRS: [Pair; 3] = [
    Pair { broken: RACY, code: 1, failure: "lost an update", fixed: LOCKED },
    Pair {
        broken: "programs/lesson/explore_finds_overdrawn_withdrawal.mpy",
        code: 1,
        failure: "AssertionError: overdrawn: balance=-20",
        fixed: "programs/lesson/explore_cannot_break_atomic_withdrawal.mpy",
    },
    Pair {
        broken: "programs/lesson/explore_finds_lock_order_deadlock.mpy",
        code: 4,
        failure: "minipy: deadlock: every thread is blocked forever",
        fixed: "programs/lesson/explore_cannot_break_lock_order.mpy",
    },
];

fn cpython() -> Option<&'static str> {
    ["/usr/bin/python3.11", "python3.11"].into_iter().find(|p| Command::new(p).arg("--version").output().is_ok())
}

/// A plain gil run of every lesson program, broken or fixed, succeeds and
/// prints what CPython 3.11 prints: the bug never shows by itself.
#[test]
fn plain_runs_pass_and_print_what_cpython_prints() {
    for p in &PAIRS {
        for file in [p.broken, p.fixed] {
            let want = cpython().map(|py| Command::new(py).arg(file).output().expect("CPython runs"));
            for _ in 0..5 {
                let out = minipy(&["run", file, "--mode", "gil"]);
                let err = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(0), "{file}: {err}");
                if let Some(want) = &want {
                    assert_eq!(want.status.code(), Some(0), "{file} under CPython");
                    assert_eq!(out.stdout, want.stdout, "{file}: minipy and CPython print different things");
                }
            }
        }
    }
}

/// Both schedules the explorer prints replay the failure, identically,
/// every time, including for programs whose threads block on locks.
#[test]
fn explorer_breaks_each_broken_program_and_replay_is_exact() {
    for p in &PAIRS {
        // Within 300 runs: single hand-offs spread over the baseline's
        // length, every 4th check at the densest, reach each bug's window.
        // (The lock-order window is a few checks wide, so whether a sparser
        // pass hits it depends on where the VM's instruction counts put it:
        // between runs 40 and 140 with recent builds.)
        let out = minipy(&["explore", p.broken, "--max-runs", "300"]);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert_eq!(out.status.code(), Some(1), "{}: {stdout}", p.broken);
        assert!(stdout.contains(p.failure), "{}: {stdout}", p.broken);
        for label in ["schedule:", "shrunk:"] {
            let s = schedule_after(&stdout, label);
            let first = minipy(&["run", p.broken, "--schedule", &s]);
            assert_eq!(first.status.code(), Some(p.code), "{} {label} {s} did not replay", p.broken);
            assert!(String::from_utf8_lossy(&first.stderr).contains(p.failure));
            for _ in 0..5 {
                let again = minipy(&["run", p.broken, "--schedule", &s]);
                assert_eq!(again.status.code(), first.status.code(), "{} {label} {s}", p.broken);
                assert_eq!(again.stdout, first.stdout, "{} {label} {s}", p.broken);
                assert_eq!(again.stderr, first.stderr, "{} {label} {s}", p.broken);
            }
        }
    }
}

#[test]
fn explorer_cannot_break_the_fixed_versions() {
    for p in &PAIRS[1..] {
        let out = minipy(&["explore", p.fixed, "--max-runs", "150", "--check-output"]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(0), "{}: {stdout}", p.fixed);
        assert!(stdout.contains("150 distinct interleavings run, none failed"), "{}: {stdout}", p.fixed);
    }
}

/// Blocking on a lock under `--schedule` is replayed exactly: every
/// schedule of the withdrawal (whose threads wait for each other's lock)
/// gives the same result each time it is run.
#[test]
fn schedules_with_lock_waits_replay_identically() {
    let file = PAIRS[1].broken;
    for s in ["0", "3.1", "20.7.2", "48.46", "55.0.9", "64.64.1"] {
        let first = minipy(&["run", file, "--schedule", s]);
        for _ in 0..3 {
            let again = minipy(&["run", file, "--schedule", s]);
            assert_eq!(
                (again.status.code(), &again.stdout, &again.stderr),
                (first.status.code(), &first.stdout, &first.stderr),
                "--schedule {s} replayed differently"
            );
        }
    }
}

/// The baseline run reports its length in contested checks, which the
/// explorer spreads its hand-offs over; an ordinary run reports nothing.
#[test]
fn baseline_reports_its_contested_checks_only_when_asked() {
    let counted = Command::new(env!("CARGO_BIN_EXE_minipy"))
        .args(["run", RACY, "--schedule", "1000"])
        .env("MINIPY_EXPLORE_COUNT", "1")
        .output()
        .expect("minipy runs");
    let err = String::from_utf8_lossy(&counted.stderr);
    let n: u64 = err
        .lines()
        .find_map(|l| l.strip_prefix("minipy explore: contested checks: "))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no count: {err}"));
    assert!(n > 10, "{n}");
    let plain = minipy(&["run", RACY, "--schedule", "1000"]);
    assert!(plain.stderr.is_empty(), "{}", String::from_utf8_lossy(&plain.stderr));
}
