//! What runs when an interpreter's main code ends, before its threads are
//! joined: `threading._shutdown()`, which calls the hooks registered with
//! `threading._register_atexit` (as CPython's interpreter shutdown does).
//! concurrent.futures registers one per executor, so an executor that was
//! never shut down finishes its queued work and stops its workers, instead
//! of leaving them blocked on their task queue forever. Then, as CPython's
//! atexit does for `weakref.finalize`, the finalizers still alive.

use crate::model::Model;
use crate::vm::Vm;

/// Call `threading._shutdown()` if this interpreter imported `threading`,
/// then `weakref._exitfunc()` if it imported `weakref`.
pub fn run<M: Model>(vm: &mut Vm<M>) {
    run_with(vm, false)
}

/// [`run`], with the `atexit` callbacks between the two when `atexit` is
/// set (the main interpreter).
pub fn run_with<M: Model>(vm: &mut Vm<M>, atexit: bool) {
    if !call_hook(vm, "threading", "_shutdown") {
        return;
    }
    if atexit && !call_hook(vm, "atexit", "_run_exitfuncs") {
        return;
    }
    call_hook(vm, "weakref", "_exitfunc");
}

/// Call `module.name()` if the module was imported; false when a
/// termination signal stopped it (then nothing more runs).
fn call_hook<M: Model>(vm: &mut Vm<M>, module: &str, name: &str) -> bool {
    let Some(m) = crate::vm::eval::dict_get_str(&vm.interp.sys_modules, module) else { return true };
    let hook = match vm.getattr_opt(&m, name) {
        Ok(Some(h)) => h,
        _ => return true,
    };
    if let Err(e) = vm.call(&hook, &[], &[]) {
        if vm.termination_signal(&e).is_some() {
            return false;
        }
        vm.interp.out.flush();
        let text = vm.format_exception(e);
        eprint!("Exception ignored in {module}.{name}:\n{text}");
    }
    true
}
