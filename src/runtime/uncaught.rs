//! What a thread or worker interpreter did not catch: CPython's
//! `Exception in thread NAME:` and `Process NAME:` reports, and the exit
//! code they leave.

use crate::model::Model;
use crate::object::{ExcType, PyErr, Value};
use crate::vm::Vm;

/// CPython's `Exception in thread NAME:` / `Process NAME:` report; the exit code.
pub fn report_thread_error<M: Model>(vm: &mut Vm<M>, e: PyErr<M>, is_process: bool) -> i32 {
    if crate::runtime::panics::is_internal_error(&e) {
        crate::runtime::panics::note_uncaught_internal_error();
    }
    if let Some(sig) = vm.termination_signal(&e) {
        return -sig;
    }
    let is_exit = match e.lazy_type() {
        Some(t) => t == ExcType::SystemExit,
        None => {
            let v = vm.materialize(PyErr {
                inner: Box::new(crate::object::exception::ErrInner {
                    value: e.inner.value,
                    traceback: e.inner.traceback,
                    hint: e.inner.hint,
                }),
            });
            return report_materialized(vm, v, is_process);
        }
    };
    if is_exit {
        return crate::runner::report_uncaught(vm, e);
    }
    let v = vm.materialize(e);
    report_materialized(vm, v, is_process)
}

fn report_materialized<M: Model>(vm: &mut Vm<M>, exc: Value<M>, is_process: bool) -> i32 {
    let cls = vm.exc_class(ExcType::SystemExit).clone();
    let err = vm.reraise(exc.clone());
    if vm.isinstance(&exc, &cls) {
        return crate::runner::report_uncaught(vm, err);
    }
    vm.interp.out.flush();
    let name = vm.thread.name.lock().clone();
    // A thread's report comes from CPython's C excepthook, with "Did you
    // mean"; a process's from traceback.print_exc(), without.
    let text = if is_process { vm.format_exception(err) } else { vm.format_uncaught(err) };
    if is_process {
        eprint!("Process {name}:\n{text}");
    } else {
        eprint!("Exception in thread {name}:\n{text}");
    }
    1
}
