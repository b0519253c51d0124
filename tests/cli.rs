//! The command line and the robustness promises of docs/architecture.md:
//! exit codes (0 ok, 1 uncaught exception or syntax error, 2 usage error),
//! clean messages for bad input, and never a Rust panic or a hang, even on
//! hostile files (invalid UTF-8, NUL bytes, huge or deeply nested input).
//!
//! Every child runs under [`common::run`], which kills it after
//! [`common::TIMEOUT`] and fails the test.

mod common;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::Outcome;

const MODES: &[&str] = &["gil", "free-threaded", "process", "racy-refcount"];

/// Runs minipy with `args` and returns what it did; a hang fails the test.
fn minipy(args: &[&str]) -> Outcome {
    common::run(common::minipy().args(args), common::TIMEOUT).unwrap_or_else(|hang| panic!("{hang}"))
}

/// Writes `contents` to a fresh file under Cargo's per-test-run temporary
/// directory and returns its path.
fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-tests");
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let path = dir.join(format!("{}-{n}-{name}", std::process::id()));
    std::fs::write(&path, contents).expect("write temp file");
    path
}

/// Runs `minipy run FILE` on a temporary file holding `contents`.
fn run_source(name: &str, contents: &[u8]) -> Outcome {
    let path = temp_file(name, contents);
    let path = path.to_str().expect("temp path is UTF-8");
    minipy(&["run", path])
}

/// Fails with the full picture if minipy panicked.
fn assert_no_panic(what: &str, out: &Outcome) {
    assert!(
        !out.panicked(),
        "{what}: minipy panicked (a panic is always a bug)\n--- stderr ---\n{}",
        common::tail(&out.stderr_text(), 40)
    );
}

fn assert_status(what: &str, out: &Outcome, code: i32) {
    assert_no_panic(what, out);
    assert_eq!(
        out.code(),
        Some(code),
        "{what}: expected exit code {code}, got {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        out.describe_status(),
        common::tail(&out.stdout_text(), 20),
        common::tail(&out.stderr_text(), 20)
    );
}

/// The last stderr line must start with one of `prefixes`, e.g. `SyntaxError:`.
fn assert_last_line_starts_with(what: &str, out: &Outcome, prefixes: &[&str]) {
    let last = out.last_stderr_line().unwrap_or_default();
    assert!(
        prefixes.iter().any(|p| last.starts_with(p)),
        "{what}: expected the last stderr line to start with one of {prefixes:?}, got {last:?}\n--- stderr ---\n{}",
        common::tail(&out.stderr_text(), 20)
    );
}

// ---------------------------------------------------------------- help and version

#[test]
fn help_lists_every_mode_on_its_own_line() {
    let out = minipy(&["--help"]);
    assert_status("--help", &out, 0);
    let help = out.stdout_text();
    for mode in MODES {
        let described = help.lines().any(|line| {
            let line = line.trim_start().trim_start_matches(['-', '*', '•']).trim_start();
            line.strip_prefix(mode).is_some_and(|rest| {
                rest.starts_with([':', ' ', '\t', ']', ')'])
                    && rest.trim_start_matches([':', ' ', '\t', ']', ')']).len() >= 10
            })
        });
        assert!(
            described,
            "--help should describe mode {mode:?} on a line of its own (`{mode}  what it does`)\n--- help ---\n{help}"
        );
    }
}

#[test]
fn run_help_lists_every_mode_too() {
    let out = minipy(&["run", "--help"]);
    assert_status("run --help", &out, 0);
    let help = out.stdout_text();
    for mode in MODES {
        assert!(help.contains(mode), "`minipy run --help` should list mode {mode:?}\n{help}");
    }
}

#[test]
fn help_mentions_the_subcommands() {
    let help = minipy(&["--help"]).stdout_text();
    for word in ["run", "repl", "dis"] {
        assert!(help.contains(word), "--help should mention `{word}`\n{help}");
    }
}

#[test]
fn version_prints_name_and_version() {
    let out = minipy(&["--version"]);
    assert_status("--version", &out, 0);
    let text = out.stdout_text();
    assert!(
        text.contains("minipy") && text.contains(env!("CARGO_PKG_VERSION")),
        "--version should print `minipy {}`, got {text:?}",
        env!("CARGO_PKG_VERSION")
    );
}

// ---------------------------------------------------------------- usage errors

#[test]
fn no_arguments_starts_the_repl() {
    // With no stdin at all the REPL meets EOF at once and ends cleanly.
    let out = minipy(&[]);
    assert_status("no arguments", &out, 0);
    assert!(out.stderr_text().contains(">>> "), "expected a REPL prompt\n{}", out.stderr_text());
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let program = temp_file("ok.mpy", b"print(1)\n");
    let program = program.to_str().expect("UTF-8 path");
    // Arguments after FILE that minipy does not know belong to the program
    // (`sys.argv`), as with `python3 FILE ARGS`; so unknown flags go first.
    for args in [
        vec!["--no-such-flag"],
        vec!["run", "--no-such-flag", program],
        vec!["run", program, "--mode", "turbo"],
        vec!["run", program, "--switch-interval", "soon"],
        vec!["run", program, "--switch-every", "0"],
        vec!["no-such-command"],
    ] {
        let out = minipy(&args);
        assert_status(&format!("minipy {}", args.join(" ")), &out, 2);
        assert!(out.stdout.is_empty(), "usage errors print nothing on stdout: {args:?}");
        assert!(!out.stderr.is_empty(), "usage errors explain themselves on stderr: {args:?}");
    }
}

#[test]
fn missing_file_is_a_clean_usage_error() {
    let out = minipy(&["run", "no/such/dir/missing.mpy"]);
    assert_status("missing file", &out, 2);
    let err = out.stderr_text();
    assert!(err.contains("missing.mpy"), "the message should name the file: {err:?}");
    assert!(
        !err.contains("Os {") && !err.contains("kind:"),
        "the message should be for people, not a Debug dump: {err:?}"
    );
    assert!(err.lines().count() <= 3, "one short message is enough: {err:?}");
    assert!(out.stdout.is_empty());
}

#[test]
fn a_directory_is_not_a_program() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let out = minipy(&["run", dir.to_str().expect("UTF-8 path")]);
    assert_no_panic("directory", &out);
    assert_ne!(out.code(), Some(0), "running a directory must fail");
}

// ---------------------------------------------------------------- the happy path

#[test]
fn runs_a_program() {
    let out = run_source("hello.mpy", b"print('hello', 6 * 7)\n");
    assert_status("hello", &out, 0);
    assert_eq!(out.stdout_text(), "hello 42\n");
    assert!(out.stderr.is_empty(), "nothing on stderr: {:?}", out.stderr_text());
}

#[test]
fn any_extension_is_accepted() {
    let out = run_source("script.py", b"print('any path works')\n");
    assert_status("a .py file", &out, 0);
    assert_eq!(out.stdout_text(), "any path works\n");
}

#[test]
fn every_mode_runs_or_says_not_implemented() {
    let program = temp_file("modes.mpy", b"total = 0\nfor i in range(10):\n    total += i\nprint(total)\n");
    let program = program.to_str().expect("UTF-8 path");
    for mode in MODES {
        let out = minipy(&["run", program, "--mode", mode]);
        assert_no_panic(mode, &out);
        match out.code() {
            Some(0) => assert_eq!(out.stdout_text(), "45\n", "--mode {mode}"),
            Some(2) => assert!(
                out.stderr_text().to_lowercase().contains("not yet implemented"),
                "--mode {mode} exited 2 without saying it is not yet implemented: {:?}",
                out.stderr_text()
            ),
            _ => panic!("--mode {mode}: unexpected {}: {}", out.describe_status(), out.stderr_text()),
        }
    }
}

#[test]
fn dis_prints_bytecode() {
    let program = temp_file("dis.mpy", b"def f(x):\n    return x + 1\nprint(f(1))\n");
    let out = minipy(&["dis", program.to_str().expect("UTF-8 path")]);
    assert_status("dis", &out, 0);
    assert!(!out.stdout.is_empty(), "dis should print the bytecode");
    assert_ne!(out.stdout_text(), "2\n", "dis must not run the program");
}

// ---------------------------------------------------------------- errors

#[test]
fn uncaught_exception_prints_a_traceback_and_exits_1() {
    let out = run_source("boom.mpy", b"print('before')\n\ndef f(x):\n    return 1 / x\n\nf(0)\n");
    assert_status("uncaught ZeroDivisionError", &out, 1);
    assert_eq!(out.stdout_text(), "before\n", "output before the error is flushed");
    let err = out.stderr_text();
    assert!(err.starts_with("Traceback (most recent call last):\n"), "CPython's header: {err}");
    assert!(err.contains(", line 6, in <module>"), "outer frame: {err}");
    assert!(err.contains(", line 4, in f"), "inner frame: {err}");
    assert!(err.contains("    return 1 / x\n"), "source line of the inner frame: {err}");
    assert_eq!(out.last_stderr_line().as_deref(), Some("ZeroDivisionError: division by zero"));
}

#[test]
fn syntax_error_exits_1_with_line_and_caret() {
    let out = run_source("bad.mpy", b"print('never')\nx = = 1\n");
    assert_status("syntax error", &out, 1);
    assert!(out.stdout.is_empty(), "nothing runs when the file does not compile");
    assert_eq!(out.error_line(), Some(2));
    assert!(out.stderr_text().contains('^'), "a caret points at the error: {}", out.stderr_text());
    assert_eq!(out.last_stderr_line().as_deref(), Some("SyntaxError: invalid syntax"));
}

#[test]
fn runaway_recursion_is_a_recursion_error() {
    let out = run_source("recurse.mpy", b"def f(n):\n    return f(n + 1)\n\nf(0)\n");
    assert_status("runaway recursion", &out, 1);
    assert_eq!(out.last_stderr_line().as_deref(), Some("RecursionError: maximum recursion depth exceeded"));
}

#[test]
fn deep_but_legal_recursion_works() {
    let out = run_source(
        "deep.mpy",
        b"def depth(n):\n    if n == 0:\n        return 0\n    return 1 + depth(n - 1)\n\nprint(depth(900))\n",
    );
    assert_status("900 nested calls", &out, 0);
    assert_eq!(out.stdout_text(), "900\n");
}

// ---------------------------------------------------------------- hostile input

#[test]
fn empty_file_runs_and_prints_nothing() {
    let out = run_source("empty.mpy", b"");
    assert_status("empty file", &out, 0);
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn blank_and_comment_only_file_runs() {
    let out = run_source("comments.mpy", b"\n\n   \n# just a comment\n\t\n");
    assert_status("comments only", &out, 0);
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    let out = run_source("latin1.mpy", b"print(\"caf\xe9\")\n");
    assert_status("invalid UTF-8", &out, 1);
    assert_last_line_starts_with("invalid UTF-8", &out, &["SyntaxError:"]);
    assert!(out.stdout.is_empty());
}

/// CPython 3.11.4 and later say "source code cannot contain null bytes";
/// earlier 3.11 releases silently ended the line at the NUL. minipy follows
/// the newer, stricter behaviour.
#[test]
fn nul_byte_is_a_syntax_error() {
    let out = run_source("nul.mpy", b"print(1)\n\x00\nprint(2)\n");
    assert_status("NUL byte", &out, 1);
    assert_last_line_starts_with("NUL byte", &out, &["SyntaxError:"]);
    assert!(out.stdout.is_empty());
}

#[test]
fn crlf_line_endings_and_missing_final_newline() {
    let out = run_source("crlf.mpy", b"print(1)\r\nif True:\r\n    print(2)\r\nprint(3)");
    assert_status("CRLF", &out, 0);
    assert_eq!(out.stdout_text(), "1\n2\n3\n");
}

#[test]
fn utf8_bom_is_accepted() {
    let out = run_source("bom.mpy", "\u{feff}print('bom')\n".as_bytes());
    assert_status("UTF-8 BOM", &out, 0);
    assert_eq!(out.stdout_text(), "bom\n");
}

#[test]
fn fifty_thousand_lines() {
    let mut source = String::from("x = 0\n");
    for _ in 0..50_000 {
        source.push_str("x = x + 1\n");
    }
    source.push_str("print(x)\n");
    let out = run_source("long.mpy", source.as_bytes());
    assert_status("50,000 lines", &out, 0);
    assert_eq!(out.stdout_text(), "50000\n");
}

#[test]
fn one_megabyte_string_literal() {
    let mut source = String::from("s = \"");
    source.push_str(&"ab".repeat(500_000));
    source.push_str("\"\nprint(len(s), s[:4], s[-2:])\n");
    let out = run_source("bigstring.mpy", source.as_bytes());
    assert_status("1 MB string literal", &out, 0);
    assert_eq!(out.stdout_text(), "1000000 abab ab\n");
}

/// CPython refuses with "too many nested parentheses"; minipy may evaluate
/// it or refuse cleanly, but must not overflow its stack.
#[test]
fn five_thousand_nested_brackets() {
    for (open, close) in [("(", ")"), ("[", "]")] {
        let source = format!("print(len(str({}1{})))\n", open.repeat(5000), close.repeat(5000));
        let out = run_source("nested.mpy", source.as_bytes());
        assert_no_panic("5,000 nested brackets", &out);
        match out.code() {
            Some(0) => assert!(!out.stdout.is_empty()),
            Some(1) => assert_last_line_starts_with(
                "5,000 nested brackets",
                &out,
                &["SyntaxError:", "RecursionError:", "MemoryError:"],
            ),
            _ => panic!(
                "5,000 nested {open}{close}: {} (a crash, probably a native stack overflow)\n{}",
                out.describe_status(),
                common::tail(&out.stderr_text(), 20)
            ),
        }
    }
}

#[test]
fn deeply_nested_data_structure_prints() {
    let out = run_source("nestdata.mpy", b"x = []\nfor _ in range(500):\n    x = [x]\nprint(len(str(x)))\n");
    assert_no_panic("500-deep nested list", &out);
    assert_status("500-deep nested list", &out, 0);
    assert_eq!(out.stdout_text(), "1002\n");
}
