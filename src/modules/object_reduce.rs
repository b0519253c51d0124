//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`:
//! the default pickling protocol every object inherits. The reductions
//! themselves are written in Python in `copyreg` (as CPython's
//! `_common_reduce` defers to `copyreg._reduce_ex` for protocols 0 and 1);
//! these methods make them reachable as real methods, so that
//! `super().__reduce_ex__(proto)` works in a user class.

use std::sync::Arc;

use super::builtins_util::{R, add_methods, int_arg};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyErr, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let methods: &[(&'static str, BuiltinFn<M>)] =
        &[("__reduce_ex__", reduce_ex), ("__reduce__", reduce), ("__getstate__", getstate)];
    add_methods(interp.types.get(BuiltinType::Object), methods);
}

/// The receiver, or CPython's error for `object.X()` called unbound.
fn receiver<'a, M: Model>(args: &Args<'a, M>, name: &str) -> Result<&'a Value<M>, PyErr<M>> {
    args.pos.first().ok_or_else(|| PyErr::type_error(format!("unbound method object.{name}() needs an argument")))
}

fn copyreg_call<M: Model>(vm: &mut Vm<M>, function: &str, args: &[Value<M>]) -> R<M> {
    let copyreg = vm.import("copyreg")?;
    let f = vm.getattr(&copyreg, function)?;
    vm.call(&f, args, &[])
}

/// `object.__reduce_ex__(proto)`: a class's own `__reduce__` if it has one,
/// else the default reduction for the protocol.
fn reduce_ex<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = receiver(&args, "__reduce_ex__")?.clone();
    args.expect_pos("object.__reduce_ex__", 2, 2).map_err(|_| {
        PyErr::type_error(format!("object.__reduce_ex__() takes exactly one argument ({} given)", args.pos.len() - 1))
    })?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("object.__reduce_ex__() takes no keyword arguments"));
    }
    let proto = int_arg(vm, &args.pos[1])?;
    copyreg_call(vm, "_object_reduce_ex", &[this, Value::Int(proto)])
}

/// `object.__reduce__()`: the protocol 0 reduction, without consulting the
/// class's own `__reduce__` (which may be the caller, via `super()`).
fn reduce<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = receiver(&args, "__reduce__")?.clone();
    if args.pos.len() != 1 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "object.__reduce__() takes no arguments ({} given)",
            args.pos.len() - 1 + args.kwnames.len()
        )));
    }
    copyreg_call(vm, "_object_reduce", &[this, Value::Int(0)])
}

/// `object.__getstate__()`: the instance `__dict__` (None when empty),
/// paired with a dict of the `__slots__` values when there are any.
fn getstate<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let this = receiver(&args, "__getstate__")?.clone();
    if args.pos.len() != 1 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "object.__getstate__() takes no arguments ({} given)",
            args.pos.len() - 1 + args.kwnames.len()
        )));
    }
    copyreg_call(vm, "_object_getstate", &[this])
}
