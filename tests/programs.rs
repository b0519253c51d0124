//! Golden tests for the teaching programs: one insta snapshot per
//! `programs/*.mpy`, holding the program's source followed by the exit code,
//! stdout and stderr of `minipy run FILE --mode gil`.
//!
//! Keeping the source in the snapshot makes each one self-explanatory and
//! makes an edit to a program show up in review next to its new output.
//! Review changes with `cargo insta review` (or accept with
//! `INSTA_UPDATE=always`); CI (`CI=true`) never writes snapshots.
//!
//! Agreement with CPython is checked separately by `tests/cpython_diff.rs`;
//! this test pins minipy's own output, including stderr and `--mode gil`.

mod common;

use std::path::Path;

/// The mode whose output is snapshotted.
const MODE: &str = "gil";

#[test]
fn programs() {
    insta::glob!("../programs", "*.mpy", |path| {
        let rel = Path::new("programs").join(path.file_name().expect("a file name"));
        let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let report = match common::run(common::minipy().arg("run").arg(&rel).args(["--mode", MODE]), common::TIMEOUT) {
            Ok(outcome) => render(&rel, &source, &outcome),
            Err(hang) => format!("{}\n=== minipy did not finish ===\n{hang}\n", header(&rel, &source)),
        };
        insta::assert_snapshot!(report);
    });
}

fn header(rel: &Path, source: &str) -> String {
    let mut text = format!("=== source: {} ===\n{source}", rel.display());
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

fn render(rel: &Path, source: &str, outcome: &common::Outcome) -> String {
    format!(
        "{}=== minipy run {} --mode {MODE}: {} ===\n=== stdout ===\n{}=== stderr ===\n{}",
        header(rel, source),
        rel.display(),
        outcome.describe_status(),
        terminated(&outcome.stdout_text()),
        terminated(&outcome.stderr_text()),
    )
}

/// Text with a final newline, so the section markers always start a line.
fn terminated(text: &str) -> String {
    if text.is_empty() || text.ends_with('\n') { text.to_string() } else { format!("{text}\n[no newline at end]\n") }
}
