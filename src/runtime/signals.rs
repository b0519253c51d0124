//! Ctrl-C: raise `KeyboardInterrupt` in the main thread at its next
//! instruction or blocking wait; a second Ctrl-C before that ends the
//! process at once.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex, Once};

static MAIN_FLAG: Mutex<Option<Arc<AtomicU8>>> = Mutex::new(None);
#[cfg_attr(miri, allow(dead_code))]
static INSTALL: Once = Once::new();

/// Route Ctrl-C to the interpreter whose interrupt flag this is.
pub fn install(flag: Arc<AtomicU8>) {
    if let Ok(mut slot) = MAIN_FLAG.lock() {
        *slot = Some(flag);
    }
    // miri cannot run the signal-handling thread ctrlc starts: under miri
    // (tests of the heap's raw-pointer core) Ctrl-C is simply not routed.
    #[cfg(not(miri))]
    INSTALL.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            let flag = MAIN_FLAG.lock().ok().and_then(|f| f.clone());
            match flag {
                Some(f) if f.swap(crate::vm::INTERRUPT_KEYBOARD, Ordering::SeqCst) != crate::vm::INTERRUPT_KEYBOARD => {
                }
                _ => std::process::exit(130),
            }
        });
    });
}
