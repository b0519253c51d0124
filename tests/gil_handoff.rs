//! Where the GIL goes when a thread starts. CPython's `Thread.start()` waits
//! until the new thread runs, and the new thread then keeps the GIL for a
//! while, so a pool worker takes its first job before the submitter can
//! cancel it. Programs whose output shows that (the PyMOTW and Python docs
//! cancel examples do) must print the same in `--mode gil`, on every run.
//! (In free-threaded mode the order is up to the OS, as in CPython's
//! free-threaded build.)

mod common;

/// Python docs / PyMOTW style: the second worker takes job 9 while the main
/// thread is still submitting, so job 9 cannot be cancelled.
const POOL_TAKES_JOB_BEFORE_CANCEL: &str = "\
from concurrent import futures
import time

def task(n):
    time.sleep(0.05)
    return n

ex = futures.ThreadPoolExecutor(max_workers=2)
jobs = [(i, ex.submit(task, i)) for i in range(10, 0, -1)]
for i, f in reversed(jobs):
    if not f.cancel():
        print('did not cancel', i)
ex.shutdown()
print(sorted(f.result() for _, f in jobs if not f.cancelled()))
";

#[test]
fn a_pool_worker_takes_its_first_job_before_the_submitter_cancels() {
    for run in 0..5 {
        common::snippet::compare_with_cpython(&format!("pool_cancel_{run}"), POOL_TAKES_JOB_BEFORE_CANCEL);
    }
}
