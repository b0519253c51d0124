//! Methods of the `Ellipsis` and `NotImplemented` singletons' classes:
//! their own `__repr__`, and `__reduce__` returning the global's name, so
//! `copy` and `pickle` hand back the same singleton as in CPython.

use std::sync::Arc;

use super::builtins_util::{R, add_methods, descriptor_error};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let ellipsis: &[(&'static str, BuiltinFn<M>)] = &[("__repr__", ellipsis_name), ("__reduce__", ellipsis_reduce)];
    add_methods(interp.types.get(BuiltinType::EllipsisType), ellipsis);
    let not_impl: &[(&'static str, BuiltinFn<M>)] =
        &[("__repr__", not_implemented_name), ("__reduce__", not_implemented_reduce)];
    add_methods(interp.types.get(BuiltinType::NotImplementedType), not_impl);
}

/// Checks the receiver is the singleton of class `cls` and that no other
/// argument was given; `slot` picks CPython's wording (slot wrappers such
/// as `__repr__` say "requires", methods say "doesn't apply to").
fn check<M: Model>(args: &Args<'_, M>, cls: &str, name: &str, slot: bool) -> PyResult<(), M> {
    let Some(this) = args.pos.first() else {
        return Err(PyErr::type_error(if slot {
            format!("descriptor '{name}' of '{cls}' object needs an argument")
        } else {
            format!("unbound method {cls}.{name}() needs an argument")
        }));
    };
    if this.type_name() != cls {
        return Err(if slot {
            PyErr::type_error(format!(
                "descriptor '{name}' requires a '{cls}' object but received a '{}'",
                this.type_name()
            ))
        } else {
            descriptor_error(name, cls, this)
        });
    }
    let given = args.pos.len() - 1 + args.kwnames.len();
    if given != 0 {
        return Err(PyErr::type_error(if slot {
            format!("expected 0 arguments, got {given}")
        } else {
            format!("{cls}.{name}() takes no arguments ({given} given)")
        }));
    }
    Ok(())
}

fn ellipsis_name<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    check(&args, "ellipsis", "__repr__", true)?;
    Ok(Value::str("Ellipsis"))
}

fn ellipsis_reduce<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    check(&args, "ellipsis", "__reduce__", false)?;
    Ok(Value::str("Ellipsis"))
}

fn not_implemented_name<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    check(&args, "NotImplementedType", "__repr__", true)?;
    Ok(Value::str("NotImplemented"))
}

fn not_implemented_reduce<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    check(&args, "NotImplementedType", "__reduce__", false)?;
    Ok(Value::str("NotImplemented"))
}
