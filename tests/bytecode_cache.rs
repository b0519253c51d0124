//! The library's bytecode cache: every library module survives the trip
//! to bytes and back unchanged, damaged bytes are refused without a panic,
//! and a damaged, foreign or missing cache file only costs a compile.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use minipy::bytecode::serial;
use minipy::modules::registry::LIBRARY;
use minipy::vm::import::{SourceMode, compile_source_as};

fn compiled(path: &str, source: &str) -> Arc<minipy::bytecode::Code> {
    compile_source_as(format!("<minipy lib>/{path}"), source.to_string(), SourceMode::Module)
        .unwrap_or_else(|f| panic!("{path} does not compile: {}", f.message))
}

#[test]
fn every_library_module_round_trips() {
    assert!(LIBRARY.len() > 50, "the library table is missing");
    for &(name, path, _, source) in LIBRARY {
        let code = compiled(path, source);
        let bytes = serial::encode(&code);
        let decoded = serial::decode(&bytes, &code.source).unwrap_or_else(|| panic!("{name} does not decode"));
        assert_eq!(*decoded, *code, "{name} changed on the way through bytes");
    }
}

#[test]
fn damaged_bytes_are_refused_not_trusted() {
    let &(_, path, _, source) = LIBRARY.iter().find(|row| row.0 == "fnmatch").expect("fnmatch is in the library");
    let code = compiled(path, source);
    let bytes = serial::encode(&code);
    // Every truncation is refused.
    for len in 0..bytes.len() {
        assert!(serial::decode(&bytes[..len], &code.source).is_none(), "a {len}-byte prefix decoded");
    }
    // Trailing bytes are refused.
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(serial::decode(&longer, &code.source).is_none());
    // Any byte changed decodes to something or nothing, never a panic.
    for i in 0..bytes.len() {
        let mut damaged = bytes.clone();
        damaged[i] ^= 0xff;
        let _ = serial::decode(&damaged, &code.source);
    }
}

fn temp_dir(name: &str) -> PathBuf {
    common::fresh_dir("bytecode-cache", name)
}

/// The output of a script that imports a library module and uses it, up to
/// a traceback inside that module, run with `cache` as the cache.
fn run_with_cache(dir: &Path, cache: &Path) -> (String, String) {
    let script = dir.join("uses_fractions.py");
    std::fs::write(&script, "import fractions\nprint(fractions.Fraction(1, 3))\nfractions.Fraction(1, 0)\n")
        .expect("write script");
    let out = common::run(common::minipy().env("MINIPY_CACHE_DIR", cache).arg("run").arg(&script), common::TIMEOUT)
        .expect("minipy runs");
    assert_eq!(out.code(), Some(1), "{}", out.stderr_text());
    (out.stdout_text(), out.stderr_text())
}

fn cache_files(cache: &Path, module: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(cache)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(&format!("{module}."))));
    files
}

#[test]
fn cache_files_are_written_read_and_mended() {
    let dir = temp_dir("mend");
    let cache = dir.join("cache");
    let foreign = cache.join("fractions.0000000000000000.mpyc");
    let recent = cache.join("fractions.1111111111111111.mpyc");
    std::fs::create_dir_all(&cache).expect("create cache dir");
    std::fs::write(&foreign, b"another build's bytecode").expect("write foreign file");
    std::fs::write(&recent, b"a newer build's bytecode").expect("write foreign file");
    // Written two hours ago: old enough to be removed.
    let written = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
    std::fs::File::options()
        .write(true)
        .open(&foreign)
        .and_then(|f| f.set_modified(written))
        .expect("age the foreign file");

    let first = run_with_cache(&dir, &cache);
    assert_eq!(first.0, "1/3\n");
    assert!(first.1.contains("File \"<minipy lib>/fractions.py\", line "), "{}", first.1);
    assert!(first.1.contains("    raise ZeroDivisionError("), "no source line: {}", first.1);
    assert!(first.1.ends_with("ZeroDivisionError: Fraction(1, 0)\n"), "{}", first.1);
    assert!(!foreign.exists(), "another build's old file was kept");
    assert!(recent.exists(), "another build's recent file was removed");
    std::fs::remove_file(&recent).expect("remove the recent file");
    let files = cache_files(&cache, "fractions");
    assert_eq!(files.len(), 1, "expected only this build's file for fractions: {files:?}");
    let written = std::fs::read(&files[0]).expect("read cache file");

    // Read back from the cache: the same output, tracebacks included.
    assert_eq!(run_with_cache(&dir, &cache), first);
    assert_eq!(std::fs::read(&files[0]).expect("read cache file"), written, "a good file was rewritten");

    // A damaged file is compiled over.
    let mut damaged = written.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0x55;
    std::fs::write(&files[0], &damaged).expect("damage cache file");
    assert_eq!(run_with_cache(&dir, &cache), first);
    assert_eq!(std::fs::read(&files[0]).expect("read cache file"), written, "the damaged file was not mended");

    // A truncated one too.
    std::fs::write(&files[0], &written[..10]).expect("truncate cache file");
    assert_eq!(run_with_cache(&dir, &cache), first);
    assert_eq!(std::fs::read(&files[0]).expect("read cache file"), written);
}

#[test]
fn the_cache_lives_in_the_users_cache_dir_unless_turned_off() {
    let dir = temp_dir("off");
    let home = dir.join("home");
    std::fs::create_dir_all(&home).expect("create home");
    let script = dir.join("uses_bisect.py");
    std::fs::write(&script, "import bisect\nprint(bisect.bisect([1, 2, 3], 2))\n").expect("write script");
    let run = |cache: Option<&str>| {
        let mut cmd = common::minipy();
        match cache {
            Some(dir) => cmd.env("MINIPY_CACHE_DIR", dir),
            None => cmd.env_remove("MINIPY_CACHE_DIR"),
        };
        cmd.env("HOME", &home).env_remove("XDG_CACHE_HOME").arg("run").arg(&script);
        common::run(&mut cmd, common::TIMEOUT).expect("minipy runs")
    };
    let out = run(Some(""));
    assert_eq!(out.stdout_text(), "2\n", "{}", out.stderr_text());
    assert!(!home.join(".cache").exists(), "the cache was written although turned off");
    // Unset, it is the user's cache directory.
    let out = run(None);
    assert_eq!(out.stdout_text(), "2\n", "{}", out.stderr_text());
    assert!(!cache_files(&home.join(".cache/minipy"), "bisect").is_empty(), "nothing cached under ~/.cache/minipy");
}

#[test]
fn runs_counting_unfused_instructions_leave_the_cache_alone() {
    // `--switch-every` counts instructions as `dis` shows them, unfused:
    // such a run must not take fused code from the cache, nor leave its
    // unfused code there for other runs.
    let dir = temp_dir("unfused");
    let cache = dir.join("cache");
    let script = dir.join("uses_fractions.py");
    std::fs::write(&script, "import fractions\nprint(fractions.Fraction(2, 4))\n").expect("write script");
    let out = common::run(
        common::minipy().env("MINIPY_CACHE_DIR", &cache).args(["run", "--switch-every", "7"]).arg(&script),
        common::TIMEOUT,
    )
    .expect("minipy runs");
    assert_eq!(out.stdout_text(), "1/2\n", "{}", out.stderr_text());
    assert!(cache_files(&cache, "fractions").is_empty(), "an unfused run wrote the cache");
}
