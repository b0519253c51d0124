//! Run-time services shared by every model: statistics, kernel objects.

pub mod kernel;
pub mod stats;
