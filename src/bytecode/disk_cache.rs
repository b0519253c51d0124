//! The library's bytecode cache: compiled library modules kept on disk, as
//! CPython keeps `__pycache__/*.pyc`, so that a process importing
//! `typing` or `collections` reads their code objects instead of parsing
//! and compiling them again (parsing and compiling were 86% of the cost of
//! `import typing`).
//!
//! Where: `$MINIPY_CACHE_DIR` if set (set to an empty string, the cache is
//! off), else `$XDG_CACHE_HOME/minipy`, else `~/.cache/minipy`. One file
//! per module, named by the module and the build's source id (a hash of
//! every file the parser, compiler and library are built from), so a
//! different build never reads this one's files; a build removes other
//! builds' files written over an hour ago the first time it writes one of
//! its own.
//!
//! Every failure here (no home directory, a read-only disk, a damaged or
//! truncated file) only means the module is compiled as if there were no
//! cache: the file holds a checksum of its contents, and decoding checks
//! every length and tag.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use super::Code;
use super::serial;
use crate::diagnostics::SourceFile;

/// This build's source id (see `build.rs`).
const SOURCE_ID: &str = env!("MINIPY_SOURCE_ID");

/// The first bytes of every cache file.
const MAGIC: &[u8; 8] = b"MPYCODE1";

const SUFFIX: &str = ".mpyc";

/// Set by [`turn_off`].
static OFF: AtomicBool = AtomicBool::new(false);

/// No more reading or writing the cache in this process (sandboxed runs
/// touch no file).
pub fn turn_off() {
    OFF.store(true, Ordering::Relaxed);
}

/// The cached code of library module `module`, whose source is `source`'s
/// text.
pub fn load(module: &str, source: &Arc<SourceFile>) -> Option<Arc<Code>> {
    let bytes = std::fs::read(file_for(module)?).ok()?;
    let payload = check(&bytes, &source.text)?;
    serial::decode(payload, source)
}

/// Keep `code`, compiled from `source`, as library module `module`'s.
pub fn store(module: &str, source: &str, code: &Code) {
    let Some(path) = file_for(module) else { return };
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    remove_other_builds_once(dir);
    let payload = serial::encode(code);
    let mut bytes = Vec::with_capacity(payload.len() + 32);
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&fnv1a(source.as_bytes()).to_le_bytes());
    bytes.extend_from_slice(&fnv1a(&payload).to_le_bytes());
    bytes.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&payload);
    // Written aside and renamed into place, so that a process reading the
    // file sees all of it or none (processes and test runs import the same
    // modules at the same time).
    let unique = format!("{}.{}.{:?}.tmp", path.display(), std::process::id(), std::thread::current().id());
    if std::fs::write(&unique, &bytes).is_err() || std::fs::rename(&unique, &path).is_err() {
        let _ = std::fs::remove_file(&unique);
    }
}

/// The payload of a cache file, if its header matches `source` and its
/// checksum its contents.
fn check<'b>(bytes: &'b [u8], source: &str) -> Option<&'b [u8]> {
    let (magic, rest) = bytes.split_first_chunk::<8>()?;
    let (source_hash, rest) = rest.split_first_chunk::<8>()?;
    let (checksum, rest) = rest.split_first_chunk::<8>()?;
    let (len, payload) = rest.split_first_chunk::<8>()?;
    let fits = magic == MAGIC
        && u64::from_le_bytes(*source_hash) == fnv1a(source.as_bytes())
        && u64::from_le_bytes(*len) == payload.len() as u64
        && u64::from_le_bytes(*checksum) == fnv1a(payload);
    fits.then_some(payload)
}

/// FNV-1a, 64-bit, read eight bytes at a time: a checksum against damage,
/// not against tampering (the cache is the user's own directory).
fn fnv1a(bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        hash = (hash ^ u64::from_le_bytes(word.try_into().expect("eight bytes"))).wrapping_mul(PRIME);
    }
    for &b in words.remainder() {
        hash = (hash ^ b as u64).wrapping_mul(PRIME);
    }
    hash
}

fn file_for(module: &str) -> Option<PathBuf> {
    // Code compiled without superinstructions (for `--switch-every` and
    // `--schedule`, which count instructions as `dis` shows them) is
    // neither kept nor taken from the cache, which holds fused code.
    if OFF.load(Ordering::Relaxed) || !crate::compiler::SUPERINSTRUCTIONS.load(Ordering::Relaxed) {
        return None;
    }
    Some(cache_dir()?.join(format!("{module}.{SOURCE_ID}{SUFFIX}")))
}

/// The cache directory, looked up once per process; `None` when the cache
/// is off or there is nowhere to put it.
fn cache_dir() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let from_env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        match std::env::var_os("MINIPY_CACHE_DIR") {
            Some(dir) if dir.is_empty() => None,
            Some(dir) => Some(PathBuf::from(dir)),
            None => from_env("XDG_CACHE_HOME")
                .or_else(|| from_env("HOME").map(|home| home.join(".cache")))
                .map(|base| base.join("minipy")),
        }
    })
    .as_deref()
}

/// Files of another build left alone for this long after they were
/// written: two builds in use side by side (an A/B comparison, a checkout
/// beside an installed minipy) each keep their files, instead of deleting
/// each other's on every run.
const OTHER_BUILDS_KEPT: std::time::Duration = std::time::Duration::from_secs(3600);

/// Delete the cache files of other builds (other source ids) written over
/// an hour ago, the first time this process writes in `dir`: however often
/// minipy is rebuilt, the directory holds about one hour's builds.
fn remove_other_builds_once(dir: &Path) {
    static DONE: AtomicBool = AtomicBool::new(false);
    if DONE.swap(true, Ordering::Relaxed) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    // Finished files end in the suffix; files being written (or left by
    // a process that died writing them) have `.tmp` after it.
    let ours = format!(".{SOURCE_ID}{SUFFIX}");
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let stale = || {
            let written = entry.metadata().and_then(|m| m.modified());
            written.is_ok_and(|t| t.elapsed().is_ok_and(|age| age > OTHER_BUILDS_KEPT))
        };
        if name.contains(SUFFIX) && !name.contains(&ours) && stale() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
