//! `minipy run FILE --race`: the detector flags every racy fixture in
//! tests/race/ (`racy_*.py`, exit 66, a Go-style report) and stays silent
//! on every correctly synchronised one (`fixed_*.py`), in both shared-heap
//! modes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("race")
}

/// Runs minipy in the fixture directory. Tracebacks name a script by its
/// absolute path, as CPython's do; the directory is cut off so that the
/// assertions read as the fixture names.
fn run(args: &[&str]) -> Output {
    let mut out =
        Command::new(env!("CARGO_BIN_EXE_minipy")).current_dir(fixture_dir()).args(args).output().expect("run minipy");
    let prefix = format!("{}/", fixture_dir().display());
    out.stderr = String::from_utf8_lossy(&out.stderr).replace(&prefix, "").into_bytes();
    out
}

fn fixtures(prefix: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(fixture_dir())
        .expect("tests/race")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix) && n.ends_with(".py"))
        .collect();
    v.sort();
    assert!(v.len() >= 5, "too few {prefix} fixtures: {v:?}");
    v
}

#[test]
fn racy_programs_are_flagged() {
    for mode in ["gil", "free-threaded"] {
        for f in fixtures("racy_") {
            let out = run(&["run", "--race", "--mode", mode, &f]);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(66), "{f} ({mode}) not flagged: {err}");
            assert!(err.contains("WARNING: DATA RACE"), "{f}: {err}");
            assert!(err.contains(&format!("File \"{f}\", line ")), "{f}: no source line: {err}");
            assert!(err.contains("Found "), "{f}: no summary: {err}");
        }
    }
}

#[test]
fn fixed_programs_are_silent() {
    for mode in ["gil", "free-threaded"] {
        for f in fixtures("fixed_") {
            let out = run(&["run", "--race", "--mode", mode, &f]);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(0), "{f} ({mode}): {err}");
            assert!(!err.contains("DATA RACE"), "{f} ({mode}) false positive: {err}");
        }
    }
}

#[test]
fn tutorial_race_is_reported_once_with_both_threads() {
    let out = run(&["run", "--race", "racy_counter.py"]);
    let err = String::from_utf8_lossy(&out.stderr);
    // The run loses nothing (the GIL does not switch inside `x += 1` here)...
    assert_eq!(String::from_utf8_lossy(&out.stdout), "200\n");
    // ...and the race is still reported, once for the pair of lines.
    assert_eq!(err.matches("WARNING: DATA RACE").count(), 1, "{err}");
    assert!(err.contains("global 'counter'"), "{err}");
    assert!(err.contains("Previous write by thread"), "{err}");
    // Both accesses carry their Python stack, outermost first, with the
    // source lines, as a traceback shows it (library frames left out).
    let stack = "  File \"racy_counter.py\", line 11, in worker\n    add()\n  \
                 File \"racy_counter.py\", line 7, in add\n    counter += 1\n";
    assert_eq!(err.matches(stack).count(), 2, "{err}");
    assert!(!err.contains("<minipy lib>"), "{err}");
    assert!(err.ends_with("Found 1 data race(s)\n"), "{err}");
}

#[test]
fn without_race_the_program_exits_normally() {
    let out = run(&["run", "racy_counter.py"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
}

#[test]
fn unsupported_combinations_are_usage_errors() {
    for args in [
        &["run", "--race", "--mode", "process", "racy_counter.py"][..],
        &["run", "--race", "--switch-every", "5", "racy_counter.py"][..],
        &["run", "--race", "--schedule", "0", "racy_counter.py"][..],
    ] {
        let out = run(args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("minipy: "), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn container_contents_are_watched_per_container_and_list_items_per_index() {
    let out = run(&["run", "--race", "racy_list_append.py"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(66), "{err}");
    assert!(err.contains("Write of the contents of a list (append) by thread"), "{err}");
    assert!(err.contains("Previous write by thread"), "{err}");
    let out = run(&["run", "--race", "racy_dict.py"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the contents of a dict"), "{err}");
    // Two threads writing the same list slot race; different slots do not
    // (fixed_local_containers.py writes totals[0] and totals[1]).
    let out = run(&["run", "--race", "racy_list_item.py"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("item 0 of a list"), "{err}");
}
