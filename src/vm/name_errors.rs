//! The errors of a name that has no value: NameError for a global or
//! builtin, UnboundLocalError for a local or cell, NameError for a free
//! variable, with CPython's messages.

use crate::bytecode::Code;
use crate::model::Model;
use crate::object::{ExcType, PyErr};

pub fn name_error<M: Model>(name: &str) -> PyErr<M> {
    PyErr::new(ExcType::NameError, format!("name '{name}' is not defined"))
}

/// The name in a message [`name_error`] made (its `.name`, what "Did you
/// mean" looks for).
pub fn undefined_name(message: &str) -> Option<&str> {
    message.strip_prefix("name '")?.strip_suffix("' is not defined")
}

pub(super) fn unbound_local<M: Model>(code: &Code, idx: u32) -> PyErr<M> {
    let name = &code.varnames[idx as usize];
    PyErr::new(
        ExcType::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

pub(super) fn unbound_cell<M: Model>(code: &Code, idx: u32) -> PyErr<M> {
    let idx = idx as usize;
    if idx < code.cellvars.len() {
        let name = &code.cellvars[idx];
        PyErr::new(
            ExcType::UnboundLocalError,
            format!("cannot access local variable '{name}' where it is not associated with a value"),
        )
    } else {
        let name = &code.freevars[idx - code.cellvars.len()];
        PyErr::new(
            ExcType::NameError,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}
