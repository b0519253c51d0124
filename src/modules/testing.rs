//! `_minipy_testing`: hooks that let the test suite reach states no correct
//! program reaches, as CPython's `_testcapi` does. `panic(message)` panics
//! in Rust (with the GIL held); `panic(message, True)` panics in GIL-free
//! native code (inside `Vm::allow_threads`). Both must end as an internal
//! `SystemError` in the calling thread (see `runtime::panics`).

use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    super::registry::add_functions(vm, module, functions())
}

pub fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[("panic", panic)]
}

fn panic<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    args.expect("panic", 1, 2)?;
    let message = vm.str(&args.pos[0])?;
    let without_gil = match args.pos.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if without_gil {
        let message = message.clone();
        vm.allow_threads("native: _minipy_testing.panic", move || -> () { panic!("{message}") });
    }
    panic!("{message}")
}
