//! Comparing a small snippet with CPython 3.11: the snippet runs under
//! `minipy run` and `python3.11`, and stdout and the exit code must match.
//! Every snippet starts with the prelude, whose `t` prints a result or the
//! exception a call raised.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

const PRELUDE: &str = "\
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
";

pub fn compare_with_cpython(name: &str, body: &str) {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("builtins-tests");
    std::fs::create_dir_all(&dir).expect("create temp dir");
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let path = dir.join(format!("{}-{n}-{name}.py", std::process::id()));
    let src = format!("{PRELUDE}{body}");
    std::fs::write(&path, &src).expect("write case");
    let path_s = path.to_str().expect("utf-8 path");
    let python = super::cpython().unwrap_or_else(|m| panic!("{m}"));
    let expected =
        super::run(super::cpython_command(python).arg(path_s), super::TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    let actual = super::run(super::minipy().args(["run", path_s]), super::TIMEOUT).unwrap_or_else(|e| panic!("{e}"));
    let (e, a) = (expected.stdout_text(), actual.stdout_text());
    assert!(
        e == a && expected.code() == actual.code(),
        "{name}: minipy differs from CPython (exit {:?} vs {:?})\n{}\n--- minipy stderr ---\n{}\n--- source ---\n{src}",
        expected.code(),
        actual.code(),
        super::line_diff(&e, &a, "cpython", "minipy"),
        super::tail(&actual.stderr_text(), 15),
    );
}
