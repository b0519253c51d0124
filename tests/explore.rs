//! `minipy explore` and `minipy run --schedule`: the explorer finds the
//! failing interleaving of a race that a plain gil run never shows, the
//! printed schedule replays it every time, and a locked program survives.

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
