//! Built-in functions, the methods of built-in types, and the importable
//! modules (`time`, `sys`, `threading`, `queue`, `multiprocessing`, ...).

pub mod builtins;
pub mod methods;

use crate::model::Model;
use crate::object::{ExcType, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Create the module `name` (called once per interpreter per module).
pub fn load<M: Model>(vm: &mut Vm<M>, name: &str) -> PyResult<Value<M>, M> {
    let _ = vm;
    Err(PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{name}'")))
}
