//! Finalizers (`__del__`, a dropped generator's `close()`) as CPython runs
//! them, where stdout alone cannot show it (the CPython-diff cases cover
//! the output): an exception in a finalizer is
//! reported on stderr exactly as CPython reports it and the program goes
//! on, and finalizers that make more finalizable garbage, or that run for
//! every object of a long chain, finish.

mod common;

use std::path::PathBuf;
use std::time::Duration;

const MODES: &[&str] = &["gil", "free-threaded", "process"];
const TIMEOUT: Duration = Duration::from_secs(60);

fn temp_file(name: &str, contents: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("finalizer-tests");
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let path = dir.join(format!("{}-{name}.py", std::process::id()));
    std::fs::write(&path, contents).expect("write temp file");
    path
}

/// Addresses differ run to run; everything else must match.
fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        out.push_str("0xADDR");
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

fn compare(name: &str, source: &str) {
    let path = temp_file(name, source);
    let path = path.to_str().expect("utf-8 path");
    let python = common::cpython().expect("CPython");
    let expected = common::run(common::cpython_command(python).arg(path), TIMEOUT).expect("CPython runs");
    for mode in MODES {
        let out = common::run(common::minipy().args(["run", path, "--mode", mode]), TIMEOUT)
            .unwrap_or_else(|hang| panic!("{name} --mode {mode}: {hang}"));
        assert_eq!(out.status.code(), expected.status.code(), "{name} --mode {mode}: exit status");
        assert_eq!(out.stdout_text(), expected.stdout_text(), "{name} --mode {mode}: stdout");
        assert_eq!(
            without_addresses(&out.stderr_text()),
            without_addresses(&expected.stderr_text()),
            "{name} --mode {mode}: stderr"
        );
    }
}

#[test]
fn an_exception_in_del_is_reported_and_ignored() {
    compare(
        "raising",
        "class Broken:\n    def __del__(self):\n        raise ValueError('boom')\n\n\
         def drop():\n    b = Broken()\n\n\
         drop()\nprint('went on')\nx = Broken()\ndel x\nprint('and on')\n\
         class Exits:\n    def __del__(self):\n        raise SystemExit(3)\n\n\
         e = Exits()\ne = None\nprint('exit ignored')\n",
    );
}

#[test]
fn finalizers_that_make_garbage_and_long_chains_finish() {
    compare(
        "chains",
        "class Spawner:\n    def __init__(self, n):\n        self.n = n\n\
         \x20   def __del__(self):\n        if self.n:\n            Spawner(self.n - 1)\n        else:\n            print('last')\n\n\
         Spawner(500)\nprint('spawned')\n\
         class Link:\n    count = 0\n    def __init__(self, nxt):\n        self.nxt = nxt\n\
         \x20   def __del__(self):\n        Link.count += 1\n\n\
         head = None\nfor i in range(20000):\n    head = Link(head)\nhead = None\nprint(Link.count)\n",
    );
}

#[test]
fn a_generator_that_fails_to_close_on_release_is_reported() {
    compare(
        "generators",
        "def raises():\n    try:\n        yield 1\n    finally:\n        raise KeyError('in finally')\n\n\
         g = raises()\nnext(g)\ng = None\nprint('went on')\n\
         def stubborn():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n            print('refusing')\n\n\
         s = stubborn()\nnext(s)\ns = None\nprint('and on')\n",
    );
}
