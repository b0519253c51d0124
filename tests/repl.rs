//! The interactive interpreter, driven through a pipe: `minipy repl` reads
//! lines from stdin, prints prompts (and the banner) on stderr and results
//! on stdout, as `python3.11 -i` does when its stdin is not a terminal. So
//! most sessions here are compared with CPython byte for byte: stdout, and
//! stderr after the banner (prompts, tracebacks, syntax errors).
//!
//! Every session runs under [`common::run_with_input`], which kills a
//! child that hangs and fails the test.

mod common;

use std::io::{Read, Write};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::Outcome;

/// The modes whose threads share the heap, where a session's output does
/// not depend on the mode.
const SHARED_HEAP_MODES: &[&str] = &["gil", "free-threaded"];
const MODES: &[&str] = &["gil", "free-threaded", "process", "racy-refcount"];

/// Runs `minipy repl --mode MODE` with `input` on stdin.
fn repl(mode: &str, input: &str) -> Outcome {
    common::run_with_input(common::minipy().args(["repl", "--mode", mode]), Some(input.as_bytes()), common::TIMEOUT)
        .unwrap_or_else(|hang| panic!("{hang}"))
}

/// Runs `python3.11 -i` with `input` on stdin.
fn cpython_repl(input: &str) -> Outcome {
    let python = common::cpython().unwrap_or_else(|m| panic!("{m}"));
    common::run_with_input(common::cpython_command(python).arg("-i"), Some(input.as_bytes()), common::TIMEOUT)
        .unwrap_or_else(|hang| panic!("{hang}"))
}

/// stderr without the banner (CPython's two lines, minipy's one).
fn after_banner(out: &Outcome, banner_lines: usize) -> String {
    let text = out.stderr_text();
    text.split_inclusive('\n').skip(banner_lines).collect()
}

fn assert_no_panic(what: &str, out: &Outcome) {
    assert!(!out.panicked(), "{what}: minipy panicked (a panic is always a bug)\n{}", out.stderr_text());
}

/// The session must print what CPython's REPL prints, in each given mode.
fn same_as_cpython(what: &str, input: &str, modes: &[&str]) {
    let expected = cpython_repl(input);
    for mode in modes {
        let actual = repl(mode, input);
        assert_no_panic(what, &actual);
        let (es, as_) = (expected.stdout_text(), actual.stdout_text());
        let (ee, ae) = (after_banner(&expected, 2), after_banner(&actual, 1));
        assert!(
            es == as_ && ee == ae && expected.code() == actual.code(),
            "{what} (--mode {mode}): the session differs from `python3.11 -i` (exit {:?} vs {:?})\n\
             --- stdout ---\n{}\n--- stderr ---\n{}\n--- input ---\n{input}",
            expected.code(),
            actual.code(),
            common::line_diff(&es, &as_, "cpython", "minipy"),
            common::line_diff(&ee, &ae, "cpython", "minipy"),
        );
    }
}

// ---------------------------------------------------------------- compared with CPython

#[test]
fn expressions_echo_their_repr() {
    same_as_cpython(
        "echo",
        "1 + 1\n'text'\n[1, 'a', None, 2.5]\nNone\nx = 10\nx\nx * 2; x * 3\nprint('printed')\n{'k': (1,)}\n",
        SHARED_HEAP_MODES,
    );
}

#[test]
fn underscore_is_the_last_result() {
    same_as_cpython("underscore", "6 * 7\n_\n_ + 1\nNone\n_\nx = 5\n_\nprint('not a result')\n_\n", SHARED_HEAP_MODES);
}

#[test]
fn multi_line_blocks_need_a_blank_line() {
    let input = "\
def square(n):
    return n * n

square(12)
for i in range(3):
    print(i, square(i))

total = 0
for i in range(5):
    total += i

total
if total > 5: print('big')

while total > 8:
    total -= 1
    total

class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'Point({self.x})'

Point(3)
try:
    1 / 0
except ZeroDivisionError:
    print('caught')
else:
    print('no')

data = [1,
  2,
  3]
data
s = '''one
two'''
s
";
    same_as_cpython("blocks", input, SHARED_HEAP_MODES);
}

#[test]
fn an_exception_prints_a_traceback_and_the_session_goes_on() {
    let input = "\
def inner():
    return {}['missing']

def outer():
    return inner()

x = 1
outer()
x + 1
1 / 0
int('z')
raise ValueError('custom')
x + 2
";
    same_as_cpython("traceback", input, SHARED_HEAP_MODES);
}

#[test]
fn a_syntax_error_is_reported_and_the_session_goes_on() {
    let input = "\
x = 3
1 +
x
foo(1 2
x * 2
for i in range(2):
    print(i)
print('a second statement')
x * 3
   x
x * 4
";
    same_as_cpython("syntax errors", input, SHARED_HEAP_MODES);
}

#[test]
fn a_block_ended_too_early_is_an_indentation_error() {
    // CPython points at the blank line (line 2); minipy at the header.
    let out = repl(
        "gil",
        "def f():

1 + 2
",
    );
    let err = out.stderr_text();
    assert!(err.contains("IndentationError: expected an indented block after function definition on line 1"), "{err}");
    assert_eq!(out.stdout_text(), "3\n");
    assert_eq!(out.code(), Some(0));
}

#[test]
fn blank_lines_and_comments_do_nothing() {
    same_as_cpython("comments", "\n# a comment\n   \nx = 1  # trailing\n\n\nx\n", SHARED_HEAP_MODES);
}

#[test]
fn end_of_input_inside_a_block_runs_it() {
    same_as_cpython("eof in block", "for i in range(2):\n    print(i)", SHARED_HEAP_MODES);
    same_as_cpython("eof in bracket", "x = [1,\n", SHARED_HEAP_MODES);
}

#[test]
fn exit_codes_match_cpython() {
    for input in [
        "exit(3)\n",
        "quit(0)\n",
        "exit()\nprint('not reached')\n",
        "import sys\nsys.exit(4)\n",
        "raise SystemExit('bye')\n",
        "print('eof')\n",
        "",
    ] {
        same_as_cpython(&format!("exit {input:?}"), input, SHARED_HEAP_MODES);
    }
}

// ---------------------------------------------------------------- minipy's own behaviour

#[test]
fn the_banner_names_the_mode() {
    for mode in MODES {
        let out = repl(mode, "");
        assert_no_panic(mode, &out);
        let banner = out.stderr_text().lines().next().unwrap_or_default().to_string();
        assert!(
            banner.starts_with(&format!("minipy {} (mode: {mode})", env!("CARGO_PKG_VERSION"))),
            "--mode {mode}: unexpected banner {banner:?}"
        );
        assert_eq!(out.code(), Some(0), "--mode {mode}: EOF must exit 0");
    }
}

#[test]
fn no_arguments_is_the_repl() {
    let out = common::run_with_input(&mut common::minipy(), Some(b"40 + 2\n"), common::TIMEOUT)
        .unwrap_or_else(|hang| panic!("{hang}"));
    assert_eq!(out.stdout_text(), "42\n");
    assert!(out.stderr_text().contains("(mode: gil)"), "{}", out.stderr_text());
    assert_eq!(out.code(), Some(0));
}

#[test]
fn state_persists_in_every_mode() {
    let input = "import time\nstart = time.time()\nnames = []\ndef add(n):\n    names.append(n)\n\nadd('a')\nadd('b')\nnames\nexit(3)\nprint('not reached')\n";
    for mode in MODES {
        let out = repl(mode, input);
        assert_no_panic(mode, &out);
        assert_eq!(out.stdout_text(), "['a', 'b']\n", "--mode {mode}\n{}", out.stderr_text());
        assert_eq!(out.code(), Some(3), "--mode {mode}: exit(3)\n{}", out.stderr_text());
    }
}

#[test]
fn threads_started_in_one_input_are_joined_in_another() {
    let input = "\
import threading
results = []
lock = threading.Lock()
def work(n):
    with lock:
        results.append(n * n)

threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()

for t in threads:
    t.join()

sorted(results)
threading.current_thread().name
";
    for mode in SHARED_HEAP_MODES {
        let out = repl(mode, input);
        assert_no_panic(mode, &out);
        assert_eq!(out.stdout_text(), "[0, 1, 4, 9]\n'MainThread'\n", "--mode {mode}\n{}", out.stderr_text());
        assert_eq!(out.code(), Some(0));
    }
}

#[test]
fn threads_run_while_the_repl_waits_and_are_joined_at_exit() {
    // The thread is still sleeping when input ends: the REPL waits for it,
    // as CPython waits for non-daemon threads at exit.
    let input = "import threading, time\nt = threading.Thread(target=lambda: (time.sleep(0.2), print('thread done')))\nt.start()\n";
    for mode in SHARED_HEAP_MODES {
        let out = repl(mode, input);
        assert_no_panic(mode, &out);
        assert_eq!(out.stdout_text(), "thread done\n", "--mode {mode}\n{}", out.stderr_text());
        assert_eq!(out.code(), Some(0));
    }
}

#[test]
fn hostile_input_never_panics() {
    let long = format!("{}1{}\n", "(".repeat(5000), ")".repeat(5000));
    let inputs: Vec<Vec<u8>> = vec![
        b"\xff\xfe\n1 + 1\n".to_vec(),
        b"x = '\0'\n1 + 1\n".to_vec(),
        b"\\\n".to_vec(),
        b"x = (\n\n\n".to_vec(),
        b"'''\n".to_vec(),
        b"def f(:\n".to_vec(),
        b"\t\tx\n".to_vec(),
        b"if 1:\n\tx = 1\n        y = 2\n\n".to_vec(),
        long.into_bytes(),
        b"def f(): return f()\nf()\n1 + 1\n".to_vec(),
    ];
    for input in inputs {
        let what = format!("input {:?}", String::from_utf8_lossy(&input));
        let out = common::run_with_input(common::minipy().arg("repl"), Some(&input), common::TIMEOUT)
            .unwrap_or_else(|hang| panic!("{what}: {hang}"));
        assert_no_panic(&what, &out);
        assert_eq!(out.code(), Some(0), "{what}\n{}", out.stderr_text());
    }
}

#[test]
fn undecodable_input_is_a_syntax_error() {
    let out = common::run_with_input(common::minipy().arg("repl"), Some(b"\xff\n1 + 1\n"), common::TIMEOUT)
        .unwrap_or_else(|hang| panic!("{hang}"));
    assert!(
        out.stderr_text().contains(
            "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        ),
        "{}",
        out.stderr_text()
    );
    assert_eq!(out.stdout_text(), "2\n");
}

/// A session fed line by line, for Ctrl-C: `minipy repl` in `mode` with
/// `input` written first; once stdout shows `started`, SIGINT is sent
/// to it (by its process id), then `rest` is written and stdin closed.
#[cfg(unix)]
fn interrupted_session(mode: &str, input: &str, rest: &str) -> (String, String, Option<i32>) {
    let mut child = common::minipy()
        .args(["repl", "--mode", mode])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start minipy repl");
    let mut stdin = child.stdin.take().expect("piped stdin");
    stdin.write_all(input.as_bytes()).expect("write input");
    stdin.flush().expect("flush input");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let (tx, rx) = std::sync::mpsc::channel();
    let out_reader = std::thread::spawn(move || {
        let mut all = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            match stdout.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    all.extend_from_slice(&buf[..n]);
                    let _ = tx.send(String::from_utf8_lossy(&all).into_owned());
                }
            }
        }
        String::from_utf8_lossy(&all).into_owned()
    });
    let deadline = Instant::now() + common::TIMEOUT;
    loop {
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(seen) if seen.contains("started") => break,
            _ if Instant::now() > deadline => {
                let _ = child.kill();
                panic!("--mode {mode}: the session never printed `started`");
            }
            _ => {}
        }
    }
    // Let the loop get going, then press Ctrl-C.
    std::thread::sleep(Duration::from_millis(200));
    let status = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("run kill");
    assert!(status.success(), "kill -INT failed");
    stdin.write_all(rest.as_bytes()).expect("write the rest");
    drop(stdin);
    let code = loop {
        if let Some(status) = child.try_wait().expect("wait for minipy") {
            break status.code();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("--mode {mode}: the session did not end after Ctrl-C");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    (out_reader.join().unwrap_or_default(), err_reader.join().unwrap_or_default(), code)
}

#[cfg(unix)]
#[test]
fn ctrl_c_interrupts_running_code_and_returns_to_the_prompt() {
    let busy = "x = 7\nfor i in range(10 ** 12):\n    if i == 0: print('started')\n\n";
    let sleepy = "import time\nx = 7\nprint('started'); time.sleep(50)\n";
    for (mode, input) in [("gil", busy), ("free-threaded", busy), ("gil", sleepy)] {
        let (out, err, code) = interrupted_session(mode, input, "x * 6\n");
        assert!(
            err.contains("Traceback (most recent call last):\n  File \"<stdin>\", line ")
                && err.contains("in <module>\nKeyboardInterrupt\n"),
            "--mode {mode}: expected a KeyboardInterrupt traceback\n{err}"
        );
        assert_eq!(out, "started\n42\n", "--mode {mode}: the session must go on after Ctrl-C\n{err}");
        assert_eq!(code, Some(0), "--mode {mode}\n{err}");
    }
}

#[test]
fn a_session_transcript() {
    let input = "\
import threading
counter = 0
def bump():
    global counter
    for _ in range(1000):
        counter += 1

t = threading.Thread(target=bump)
t.start(); t.join()
counter
_ * 2
[x * x for x in range(5)]
undefined_name
def broken(:
'still here'
exit(5)
";
    let out = repl("gil", input);
    let report = format!(
        "=== input ===\n{input}=== exit code: {:?} ===\n=== stdout ===\n{}=== stderr ===\n{}",
        out.code(),
        out.stdout_text(),
        out.stderr_text()
    );
    // The banner's version would change the snapshot at every release.
    insta::assert_snapshot!(report.replace(env!("CARGO_PKG_VERSION"), "VERSION"));
}

#[test]
fn a_match_statement_is_a_block_and_match_stays_a_name() {
    same_as_cpython(
        "match statement",
        "x = [1, 2]\nmatch x:\n    case [a]:\n        print('one')\n    case [a, *rest]:\n        print(a, rest)\n\nmatch = case = 5\nmatch, case\nmatch x:\n    case 1\n",
        SHARED_HEAP_MODES,
    );
}
