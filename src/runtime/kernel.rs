//! Kernel-like objects: things that live outside any one heap and are shared
//! by threads and interpreters alike (locks, events, queues, thread and
//! process handles). They are `Send + Sync` and hold no heap references, so
//! every model, including process isolation, can share them.

use std::any::Any;
use std::sync::Arc;

pub trait NativeObject: Any + Send + Sync {
    fn type_name(&self) -> &'static str;
    fn as_any(&self) -> &dyn Any;
}

/// A heap object's handle on a kernel object.
#[derive(Clone)]
pub struct NativeHandle(pub Arc<dyn NativeObject>);

impl NativeHandle {
    pub fn type_name(&self) -> &'static str {
        self.0.type_name()
    }
    pub fn downcast<T: NativeObject>(&self) -> Option<&T> {
        self.0.as_any().downcast_ref::<T>()
    }
}
