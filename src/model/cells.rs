//! How a mutable object's contents are guarded.
//!
//! `with` hands the closure exclusive access to the contents. The closure
//! must not call back into Python (which could reach the same object again):
//! copy what you need out, release, then call. That rule is what lets one
//! eval loop serve a model without locks (one thread at a time) and a model
//! with a lock per object (PEP 703's design).

pub use super::heap::UnlockedCell;

pub trait ObjCell<T> {
    fn new(value: T) -> Self;
    fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R;
    fn into_inner(self) -> T;
}

/// A per-object lock, for models whose threads run in parallel.
pub struct LockedCell<T>(parking_lot::Mutex<T>);

impl<T> ObjCell<T> for LockedCell<T> {
    fn new(value: T) -> Self {
        LockedCell(parking_lot::Mutex::new(value))
    }
    #[inline(always)]
    fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        f(&mut self.0.lock())
    }
    fn into_inner(self) -> T {
        self.0.into_inner()
    }
}
