//! Process ids for interpreters. The main program's interpreter has the
//! real pid; every `multiprocessing.Process` interpreter gets a fresh id of
//! its own, stable for its life, which is both its `Process.pid` (seen by
//! the parent) and its `os.getpid()` (seen inside), and its `os.getppid()`
//! is its parent's id. A thread that the mode runs as an isolated
//! interpreter keeps its parent's ids: it is still a thread.

use std::sync::atomic::{AtomicU64, Ordering};

/// One interpreter's ids and its parent's name (for
/// `multiprocessing.parent_process()`).
#[derive(Clone, Debug)]
pub struct ProcessIds {
    pub pid: u64,
    pub ppid: u64,
    /// None for the main program.
    pub parent_name: Option<String>,
}

impl ProcessIds {
    /// The main program's: the real ones.
    pub fn main() -> ProcessIds {
        ProcessIds { pid: std::process::id() as u64, ppid: std::os::unix::process::parent_id() as u64, parent_name: None }
    }
}

/// A new process interpreter's id (after the real pid, like the next
/// process the kernel would start).
pub fn new_pid() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed) + 1;
    std::process::id() as u64 + n
}
