//! Run-time services shared by every model: statistics, kernel objects,
//! deadlock detection, and messages between interpreters.

pub mod deadlock;
pub mod kernel;
pub mod message;
pub mod signals;
pub mod stats;
