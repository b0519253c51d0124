//! minipy must print exactly what CPython 3.11 prints (docs/architecture.md,
//! "The language contract").
//!
//! For every case of every enabled group this test runs the file under
//! CPython and under `minipy run FILE --mode MODE [ARGS]` for each mode in
//! [`MODES`] (ARGS: the group's program arguments, given to CPython too), and
//! compares:
//!
//! * stdout, byte for byte;
//! * the exit code;
//! * when CPython fails: the last line of stderr (`ExceptionClass: message`)
//!   and the line number of the innermost traceback frame or syntax error.
//!
//! minipy's stderr must never show a Rust panic. Every case runs; all
//! failures are reported together at the end, each with a readable diff.
//!
//! Cases in `tests/cases/errors/` also carry their expected outcome in a
//! header (`# expect-error: line N: Class: message`); the test checks that
//! CPython agrees with it, so a changed CPython is noticed rather than
//! silently redefining the contract.
//!
//! Useful while developing (both are optional):
//!
//! * `MINIPY_DIFF_GROUPS=full,threads` runs these groups even if they are
//!   not in [`ENABLED`];
//! * `MINIPY_DIFF_FILTER=float` runs only cases whose path contains `float`.
//!
//! ```text
//! MINIPY_DIFF_FILTER=float cargo test --release --test cpython_diff -- --nocapture
//! ```

mod common;

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::Outcome;

/// A group of cases: the files `DIR/PREFIX*.EXT`, each run with `args`.
struct Group {
    name: &'static str,
    /// Relative to the repository root.
    dir: &'static str,
    /// Only files whose name starts with this are cases.
    prefix: &'static str,
    ext: &'static str,
    /// The program's `sys.argv[1:]`, under CPython and minipy alike.
    args: &'static [&'static str],
}

/// A group of every `*.EXT` file in `dir`, run without arguments.
const fn cases(name: &'static str, dir: &'static str, ext: &'static str) -> Group {
    Group { name, dir, prefix: "", ext, args: &[] }
}

/// Every group of cases the repository has.
const GROUPS: &[Group] = &[
    cases("programs", "programs", "mpy"),
    cases("core", "tests/cases/core", "py"),
    cases("errors", "tests/cases/errors", "py"),
    cases("full", "tests/cases/full", "py"),
    cases("threads", "tests/cases/threads", "py"),
    cases("imports", "tests/cases/imports", "py"),
    cases("stdlib", "tests/cases/stdlib", "py"),
    cases("stdlib_py", "tests/cases/stdlib_py", "py"),
    cases("concurrency", "tests/cases/concurrency", "py"),
    // The pyperformance benchmark programs themselves, at the small size
    // their `small` argument selects, so the benchmarked code and the tested
    // code are one copy.
    Group { name: "pyperf", dir: "benches/programs", prefix: "pyperf_", ext: "py", args: &["small"] },
];

/// The groups compared by default. Enable `full` and `threads` here when
/// those scopes land; disabled groups are listed in the test's output, never
/// skipped silently.
const ENABLED: &[&str] =
    &["programs", "core", "errors", "full", "threads", "imports", "stdlib", "stdlib_py", "concurrency", "pyperf"];

/// The modes every enabled case runs under. Add `"free-threaded"` once it
/// is implemented: single-threaded output must not depend on the mode.
const MODES: &[&str] = &["gil", "free-threaded"];

/// Groups that also run under `process` mode: the concurrency library
/// (pools, shared memory, pipes) must give CPython's output there too.
const PROCESS_MODE_GROUPS: &[&str] = &["concurrency"];

/// The modes a group's cases run under.
fn modes_for(group: &str) -> Vec<&'static str> {
    let mut modes = MODES.to_vec();
    if PROCESS_MODE_GROUPS.contains(&group) {
        modes.push("process");
    }
    modes
}

/// One case run under one mode.
struct Job {
    group: &'static str,
    path: PathBuf,
    mode: &'static str,
    args: &'static [&'static str],
}

#[test]
fn minipy_matches_cpython() {
    let python = match common::cpython() {
        Ok(python) => python,
        Err(message) => panic!("{message}"),
    };
    let groups = selected_groups();
    let filter = std::env::var("MINIPY_DIFF_FILTER").ok().filter(|f| !f.is_empty());

    let mut jobs = Vec::new();
    let mut summary = format!(
        "cpython_diff: comparing {} against {} ({}), modes: {}\n",
        common::minipy_bin().display(),
        python.display(),
        common::cpython_version(python),
        MODES.join(", "),
    );
    for &Group { name: group, dir, prefix, ext, args } in GROUPS {
        let files: Vec<PathBuf> = common::files_with_extension(dir, ext)
            .into_iter()
            .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(prefix)))
            .collect();
        let selected: Vec<&PathBuf> =
            files.iter().filter(|p| filter.as_ref().is_none_or(|f| p.to_string_lossy().contains(f.as_str()))).collect();
        if !groups.contains(&group) {
            let _ = writeln!(
                summary,
                "  group {group:<9} DISABLED  ({} cases in {dir}/{prefix}*.{ext} not compared; {})",
                files.len(),
                if std::env::var_os("MINIPY_DIFF_GROUPS").is_some() {
                    "not named in MINIPY_DIFF_GROUPS"
                } else {
                    "enable it in ENABLED"
                }
            );
            continue;
        }
        assert!(!files.is_empty(), "group {group} is enabled but {dir}/ has no {prefix}*.{ext} files");
        let _ = writeln!(
            summary,
            "  group {group:<9} {:>3} cases x {} mode(s){}",
            selected.len(),
            modes_for(group).len(),
            if filter.is_some() { format!(" (filtered from {})", files.len()) } else { String::new() },
        );
        for path in selected {
            for mode in modes_for(group) {
                jobs.push(Job { group, path: path.clone(), mode, args });
            }
        }
    }
    report(&summary);

    let failures = run_all(python, &jobs);
    let mut failures: Vec<(String, String)> = failures.into_inner().expect("no worker panicked");
    failures.sort();

    if failures.is_empty() {
        report(&format!("cpython_diff: all {} runs match CPython\n", jobs.len()));
        return;
    }
    let mut message = format!("{} of {} runs differ from CPython:\n", failures.len(), jobs.len());
    for (name, _) in &failures {
        let _ = writeln!(message, "  {name}");
    }
    message.push('\n');
    for (name, detail) in &failures {
        let _ = writeln!(message, "=== {name}\n{detail}");
    }
    let _ = writeln!(message, "{summary}");
    panic!("{message}");
}

/// Groups named in `MINIPY_DIFF_GROUPS` (comma-separated) or else [`ENABLED`].
fn selected_groups() -> Vec<&'static str> {
    let Ok(requested) = std::env::var("MINIPY_DIFF_GROUPS") else {
        return ENABLED.to_vec();
    };
    let mut groups = Vec::new();
    for name in requested.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match GROUPS.iter().find(|g| g.name == name) {
            Some(g) => groups.push(g.name),
            None => panic!(
                "MINIPY_DIFF_GROUPS names unknown group {name:?}; known: {:?}",
                GROUPS.iter().map(|g| g.name).collect::<Vec<_>>()
            ),
        }
    }
    groups
}

/// Runs the jobs on a few worker threads and collects `(name, detail)` for
/// every failing one.
fn run_all(python: &Path, jobs: &[Job]) -> Mutex<Vec<(String, String)>> {
    let failures = Mutex::new(Vec::new());
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, 4);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(index) else { break };
                    if let Err(detail) = check(python, job) {
                        let name = format!("{} [{}]", job.path.display(), job.mode);
                        failures.lock().expect("lock").push((name, detail));
                    }
                }
            });
        }
    });
    failures
}

/// Compares one case under one mode; `Err` explains every difference.
fn check(python: &Path, job: &Job) -> Result<(), String> {
    let expected = common::run(common::cpython_command(python).arg(&job.path).args(job.args), common::TIMEOUT)
        .map_err(|e| format!("  CPython itself failed to run the case: {e}\n"))?;
    // Options go before the program's arguments: everything after the
    // first of those is passed to the program.
    let actual = common::run(
        common::minipy().arg("run").arg(&job.path).args(["--mode", job.mode]).args(job.args),
        common::TIMEOUT,
    )
    .map_err(|e| format!("  minipy: {e}\n"))?;

    let mut problems = String::new();
    if job.group == "errors" {
        check_header(&job.path, &expected, &mut problems);
    }
    if actual.panicked() {
        let _ = writeln!(
            problems,
            "  minipy panicked (a panic is always a bug):\n{}",
            indent(&common::tail(&actual.stderr_text(), 30))
        );
    }
    if expected.code() != actual.code() {
        let _ = writeln!(
            problems,
            "  exit status: CPython {}, minipy {}",
            expected.describe_status(),
            actual.describe_status()
        );
    }
    if expected.stdout != actual.stdout {
        let _ = writeln!(problems, "  stdout differs:");
        problems.push_str(&common::line_diff(&expected.stdout_text(), &actual.stdout_text(), "CPython", "minipy"));
    }
    if expected.code() != Some(0) {
        compare_failure(&expected, &actual, &mut problems);
    }
    if problems.is_empty() {
        return Ok(());
    }
    if !actual.stderr.is_empty() && !problems.contains("panicked") {
        let _ = writeln!(problems, "  minipy stderr:\n{}", indent(&common::tail(&actual.stderr_text(), 15)));
    }
    Err(problems)
}

/// For a failing program: the exception line and the innermost line number
/// must match CPython's.
fn compare_failure(expected: &Outcome, actual: &Outcome, problems: &mut String) {
    let want_last = expected.last_stderr_line();
    let got_last = actual.last_stderr_line();
    if want_last != got_last {
        let _ = writeln!(
            problems,
            "  last stderr line:\n    CPython: {}\n    minipy:  {}",
            want_last.as_deref().unwrap_or("<none>"),
            got_last.as_deref().unwrap_or("<none>"),
        );
    }
    let want_line = expected.error_line();
    let got_line = actual.error_line();
    if want_line != got_line {
        let show = |l: Option<u32>| l.map_or("<no `File \"...\", line N`>".to_string(), |n| format!("line {n}"));
        let _ = writeln!(
            problems,
            "  innermost traceback / syntax error line: CPython {}, minipy {}",
            show(want_line),
            show(got_line)
        );
    }
}

/// Checks CPython's outcome against the `# expect-error: line N: message`
/// header of an errors/ case.
fn check_header(path: &Path, expected: &Outcome, problems: &mut String) {
    let source = std::fs::read_to_string(common::repo_root().join(path)).unwrap_or_default();
    let Some(header) = source.lines().take(5).find_map(|l| l.strip_prefix("# expect-error: ")) else {
        let _ = writeln!(problems, "  corpus: errors/ case has no `# expect-error: line N: Class: message` header");
        return;
    };
    let got = format!(
        "line {}: {}",
        expected.error_line().map_or("?".to_string(), |n| n.to_string()),
        expected.last_stderr_line().unwrap_or_default()
    );
    if header.trim_end() != got || expected.code() != Some(1) {
        let _ = writeln!(
            problems,
            "  corpus: CPython disagrees with the case's header\n    header:  {header}\n    CPython: {got} ({})",
            expected.describe_status()
        );
    }
}

/// A new folder under tests/cases/ must be added to [`GROUPS`], or its cases
/// would never be compared.
#[test]
fn every_case_folder_is_a_known_group() {
    let cases = common::repo_root().join("tests/cases");
    let mut unknown = Vec::new();
    for entry in std::fs::read_dir(&cases).expect("tests/cases exists") {
        let path = entry.expect("readable entry").path();
        if !path.is_dir() {
            continue;
        }
        let rel = format!("tests/cases/{}", path.file_name().unwrap_or_default().to_string_lossy());
        if !GROUPS.iter().any(|g| g.dir == rel) {
            unknown.push(rel);
        }
    }
    assert!(unknown.is_empty(), "folders not listed in GROUPS: {unknown:?}");
    for name in ENABLED {
        assert!(GROUPS.iter().any(|g| g.name == *name), "ENABLED names unknown group {name}");
    }
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    | {l}\n")).collect()
}

/// Writes straight to the process's stderr, bypassing the test harness's
/// output capture, so CI logs always show which groups ran.
fn report(text: &str) {
    let _ = std::io::stderr().write_all(text.as_bytes());
}
