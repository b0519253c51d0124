//! Methods of the built-in types, installed into their classes' dicts.

use std::sync::Arc;

use crate::model::Model;
use crate::vm::Interp;

pub fn install<M: Model>(_interp: &Arc<Interp<M>>) {}

use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{PyErr, PyResult, Value};
use crate::vm::Vm;

/// Constructors of the built-in types not handled in `builtins::construct`.
pub fn construct_other<M: Model>(_vm: &mut Vm<M>, t: BuiltinType, _args: Args<'_, M>) -> PyResult<Value<M>, M> {
    Err(PyErr::type_error(format!("cannot create '{t:?}' instances")))
}
