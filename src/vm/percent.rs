//! `str % args`: glue between the VM and `text::percent`.

use super::Vm;
use crate::model::Model;
use crate::object::{ExcType, PyErr, PyResult, Value};

pub fn percent_format<M: Model>(_vm: &mut Vm<M>, _fmt: &str, _args: &Value<M>) -> PyResult<String, M> {
    Err(PyErr::new(ExcType::NotImplementedError, "%-formatting is not supported yet"))
}
