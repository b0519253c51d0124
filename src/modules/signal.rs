//! `_signal`: the native pieces of `signal` (written in Python in
//! `lib/signal.py`): the built-in `default_int_handler`, and dying of a
//! signal whose handler is `SIG_DFL`.

use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, PyErr, PyResult, Value};
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("default_int_handler", default_int_handler), ("die", die)];
    super::registry::add_functions(vm, module, fns)
}

/// `default_int_handler(signalnum, frame)`: raise KeyboardInterrupt.
fn default_int_handler<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("default_int_handler", 2, 2)?;
    Err(PyErr::new(ExcType::KeyboardInterrupt, ""))
}

/// `die(signalnum)`: end the program as the signal's default action does
/// (the same unwinding as `terminate()`; the runner maps it to the exit
/// status).
fn die<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("die", 1, 1)?;
    let sig = super::builtins_util::int_arg(vm, &args.pos[0])?;
    Err(PyErr::new(ExcType::SystemExit, format!("__minipy_signal_{sig}")))
}
