//! Stand-in for the module registry being landed on main: only the helper
//! native modules use to fill their namespace. Replaced by main's file.

use crate::model::Model;
use crate::object::{Builtin, BuiltinFn, PyResult, Value};
use crate::vm::Vm;

pub fn add_functions<M: Model>(
    vm: &mut Vm<M>,
    module: &Value<M>,
    fns: &[(&'static str, BuiltinFn<M>)],
) -> PyResult<(), M> {
    for (name, f) in fns {
        vm.setattr(module, name, Builtin::function(name, *f))?;
    }
    Ok(())
}
