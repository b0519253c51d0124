//! Run-time services shared by every model: statistics and traces, kernel objects,
//! deadlock detection, and messages between interpreters.

pub mod deadlock;
pub mod kernel;
pub mod kernel_sync;
pub mod lifecycle;
pub mod message;
pub mod panics;
pub mod process_ids;
pub mod shared_memory;
pub mod signals;
pub mod stats;
pub mod stats_report;
pub mod thread_pool;
pub mod trace;
pub mod trace_tasks;
pub mod uncaught;
