//! `bytearray`: its constructor and the methods that change it in place.
//! The methods it shares with `bytes` live in `bytes_methods.rs`; its
//! subscripts in `vm/byte_buffers.rs`. Every change that alters the size
//! checks for memoryview exports first (`BufferError`, as CPython).

use std::sync::Arc;

use super::builtins_util::{R, add_methods, descriptor_error, int_arg};
use crate::model::{Model, ObjCell};
use crate::object::buffer::{ByteBuf, bytes_like, new_bytearray};
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::ops::seq_index;
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let methods: &[(&'static str, BuiltinFn<M>)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("reverse", ba_reverse),
        ("copy", ba_copy),
        ("__init__", ba_init),
    ];
    add_methods(interp.types.get(BuiltinType::ByteArray), methods);
}

/// `bytearray.__init__(self, source=b'', ...)`: replace the contents (what a
/// subclass's `super().__init__(...)` does; its payload starts empty).
fn ba_init<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let Some((target, rest)) = args.pos.split_first() else {
        return Err(PyErr::type_error("descriptor '__init__' of 'bytearray' object needs an argument"));
    };
    let Some(ObjKind::ByteArray(buf)) = target.kind() else {
        return Err(descriptor_error("__init__", "bytearray", target));
    };
    let made = construct(vm, Args { pos: rest, kwnames: args.kwnames, kwvals: args.kwvals })?;
    let Some(ObjKind::ByteArray(new)) = made.kind() else { return Ok(Value::None) };
    let data = new.with(|b| std::mem::take(&mut b.data));
    buf.with(|b| b.check_resizable::<M>().map(|_| b.data = data))?;
    Ok(Value::None)
}

/// `bytearray(source=b'', encoding=..., errors=...)`.
pub fn construct<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    for name in args.kwnames.iter().filter_map(|n| n.as_str()) {
        if !matches!(name, "source" | "encoding" | "errors") {
            return Err(PyErr::type_error(format!("'{name}' is an invalid keyword argument for bytearray()")));
        }
    }
    if args.pos.len() + args.kwnames.len() > 3 {
        return Err(PyErr::type_error(format!(
            "bytearray() takes at most 3 arguments ({} given)",
            args.pos.len() + args.kwnames.len()
        )));
    }
    let source = args.pos.first().or_else(|| args.kw("source"));
    let encoding = args.pos.get(1).or_else(|| args.kw("encoding"));
    let errors = args.pos.get(2).or_else(|| args.kw("errors"));
    let Some(v) = source else {
        if encoding.is_some() {
            return Err(PyErr::type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(PyErr::type_error("errors without a string argument"));
        }
        return Ok(new_bytearray(Vec::new()));
    };
    if v.as_str().is_some() {
        let Some(enc) = encoding else {
            return Err(PyErr::type_error("string argument without an encoding"));
        };
        let mut call_args = vec![enc.clone()];
        call_args.extend(errors.cloned());
        let encoded = vm.call_method(v, "encode", &call_args)?;
        return Ok(new_bytearray(bytes_like(&encoded)?.unwrap_or_default()));
    }
    if encoding.is_some() {
        return Err(PyErr::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(PyErr::type_error("errors without a string argument"));
    }
    if let Some(b) = bytes_like(v)? {
        return Ok(new_bytearray(b));
    }
    if matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.kind(), Some(ObjKind::BigInt(_))) {
        let n = int_arg(vm, v)?;
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        if n as usize > crate::capacity::MAX_BYTES_OBJECT_LEN {
            return Err(PyErr::memory_error());
        }
        return Ok(new_bytearray(crate::capacity::try_filled(n as usize, 0u8)?));
    }
    if vm.get_iter(v).is_err() {
        return Err(PyErr::type_error(format!("cannot convert '{}' object to bytearray", v.type_name())));
    }
    Ok(new_bytearray(vm.bytes_from_ints(v)?))
}

/// The receiver's cell.
fn cell<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<&'a M::Cell<ByteBuf>, M> {
    match args.pos.first() {
        Some(v) => match v.kind() {
            Some(ObjKind::ByteArray(c)) => Ok(c),
            _ => Err(descriptor_error(name, "bytearray", v)),
        },
        None => Err(PyErr::type_error(format!("unbound method bytearray.{name}() needs an argument"))),
    }
}

/// CPython's count check for the methods that take exactly `n` arguments
/// after the receiver, named `bytearray.NAME()` in the message.
fn exactly_one<M: Model>(args: &Args<'_, M>, name: &str) -> PyResult<(), M> {
    let given = args.pos.len() - 1;
    if given != 1 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("bytearray.{name}() takes exactly one argument ({given} given)")));
    }
    Ok(())
}

fn no_args<M: Model>(args: &Args<'_, M>, name: &str) -> PyResult<(), M> {
    let given = args.pos.len() - 1;
    if given != 0 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("bytearray.{name}() takes no arguments ({given} given)")));
    }
    Ok(())
}

/// Change the bytes when no export forbids a change of size.
fn resize<M: Model>(c: &M::Cell<ByteBuf>, f: impl FnOnce(&mut Vec<u8>) -> PyResult<(), M>) -> PyResult<(), M> {
    c.with(|b| {
        b.check_resizable()?;
        f(&mut b.data)
    })
}

fn ba_append<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = cell(&args, "append")?;
    exactly_one(&args, "append")?;
    let byte = vm.byte_value(&args.pos[1])?;
    resize(c, |d| {
        d.push(byte);
        Ok(())
    })?;
    Ok(Value::None)
}

fn ba_extend<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = cell(&args, "extend")?;
    exactly_one(&args, "extend")?;
    let v = &args.pos[1];
    let new = match bytes_like(v)? {
        Some(b) => b,
        None => {
            if vm.get_iter(v).is_err() {
                return Err(PyErr::type_error(format!("can't extend bytearray with {}", v.type_name())));
            }
            vm.bytes_from_ints(v)?
        }
    };
    if new.is_empty() {
        return Ok(Value::None);
    }
    resize(c, |d| {
        d.extend_from_slice(&new);
        Ok(())
    })?;
    Ok(Value::None)
}

fn ba_insert<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = cell(&args, "insert")?;
    if args.pos.len() != 3 {
        return Err(PyErr::type_error(format!("insert expected 2 arguments, got {}", args.pos.len() - 1)));
    }
    let i = int_arg(vm, &args.pos[1])?;
    let byte = vm.byte_value(&args.pos[2])?;
    resize(c, |d| {
        let n = d.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(at as usize, byte);
        Ok(())
    })?;
    Ok(Value::None)
}

fn ba_pop<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = cell(&args, "pop")?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("pop expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    let i = match args.pos.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut out = 0;
    resize(c, |d| {
        if d.is_empty() {
            return Err(PyErr::index_error("pop from empty bytearray"));
        }
        let at = seq_index(d.len(), i).ok_or_else(|| PyErr::index_error("pop index out of range"))?;
        out = d.remove(at);
        Ok(())
    })?;
    Ok(Value::Int(out as i64))
}

fn ba_remove<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = cell(&args, "remove")?;
    exactly_one(&args, "remove")?;
    let byte = vm.byte_value(&args.pos[1])?;
    resize(c, |d| {
        let at = d.iter().position(|&b| b == byte).ok_or_else(|| PyErr::value_error("value not found in bytearray"))?;
        d.remove(at);
        Ok(())
    })?;
    Ok(Value::None)
}

fn ba_clear<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = cell(&args, "clear")?;
    no_args(&args, "clear")?;
    resize(c, |d| {
        d.clear();
        Ok(())
    })?;
    Ok(Value::None)
}

fn ba_reverse<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = cell(&args, "reverse")?;
    no_args(&args, "reverse")?;
    c.with(|b| b.data.reverse());
    Ok(Value::None)
}

fn ba_copy<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let c = cell(&args, "copy")?;
    no_args(&args, "copy")?;
    Ok(new_bytearray(c.with(|b| b.data.clone())))
}
