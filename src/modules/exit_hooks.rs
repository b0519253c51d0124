//! What runs when an interpreter's main code ends, before its threads are
//! joined: `threading._shutdown()`, which calls the hooks registered with
//! `threading._register_atexit` (as CPython's interpreter shutdown does).
//! concurrent.futures registers one per executor, so an executor that was
//! never shut down finishes its queued work and stops its workers, instead
//! of leaving them blocked on their task queue forever.

use crate::model::Model;
use crate::vm::Vm;

/// Call `threading._shutdown()` if this interpreter imported `threading`.
pub fn run<M: Model>(vm: &mut Vm<M>) {
    let Some(threading) = crate::vm::eval::dict_get_str(&vm.interp.sys_modules, "threading") else { return };
    let hook = match vm.getattr_opt(&threading, "_shutdown") {
        Ok(Some(h)) => h,
        _ => return,
    };
    if let Err(e) = vm.call(&hook, &[], &[]) {
        if vm.termination_signal(&e).is_some() {
            return;
        }
        vm.interp.out.flush();
        let text = vm.format_exception(e);
        eprint!("Exception ignored in threading._shutdown:\n{text}");
    }
}
