//! `_gc`: the native layer under `gc` (lib/gc.py), over the cycle
//! collector in `vm::gc`.

use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyResult, Value};
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    super::registry::add_functions(vm, module, functions())
}

fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("set_threshold", set_threshold),
    ]
}

/// `collect()`: the number of unreachable objects found (0 when the
/// collection cannot run now, see `vm::gc`). Weak-reference callbacks of
/// what it freed run before it returns, as in CPython.
fn collect<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("collect", 0, 0)?;
    let n = vm.collect_garbage().unwrap_or(0);
    if crate::model::weak::deaths_pending() {
        vm.run_release_hooks()?;
    }
    Ok(Value::Int(n as i64))
}

fn enable<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("enable", 0, 0)?;
    vm.interp.gc.set_enabled(true);
    Ok(Value::None)
}

fn disable<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("disable", 0, 0)?;
    vm.interp.gc.set_enabled(false);
    Ok(Value::None)
}

fn isenabled<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("isenabled", 0, 0)?;
    Ok(Value::Bool(vm.interp.gc.enabled()))
}

/// `get_count()[0]`: container objects allocated, less those released,
/// since the last collection.
fn get_count<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("get_count", 0, 0)?;
    Ok(Value::Int(vm.interp.gc.count()))
}

/// `set_threshold(n)`: collect after n more container objects (0: never
/// automatically, as in CPython).
fn set_threshold<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("set_threshold", 1, 1)?;
    let n = match &args.pos[0] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        v => {
            let msg = format!("'{}' object cannot be interpreted as an integer", v.type_name());
            return Err(crate::object::PyErr::type_error(msg));
        }
    };
    vm.interp.gc.set_threshold(n);
    Ok(Value::None)
}
