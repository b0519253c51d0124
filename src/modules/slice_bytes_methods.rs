//! `slice.indices(length)`, `bytes.translate`/`bytearray.translate` and
//! `bytes.maketrans`/`bytearray.maketrans`.

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::builtins_util::{R, add_methods, index_value};
use crate::model::Model;
use crate::object::Builtin;
use crate::object::buffer::bytes_like;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, Value};
use crate::text::slice::normalize_slice;
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    add_methods(interp.types.get(BuiltinType::Slice), &[("indices", slice_indices as BuiltinFn<M>)]);
    for t in [BuiltinType::Bytes, BuiltinType::ByteArray] {
        let cls = interp.types.get(t);
        add_methods(cls, &[("translate", bytes_translate as BuiltinFn<M>)]);
        if let ObjKind::Class(c) = &cls.kind {
            c.set_attr("maketrans", Value::obj(ObjKind::StaticMethod(Builtin::function("maketrans", bytes_maketrans))));
        }
    }
}

/// A slice bound clamped to i64, which `normalize_slice` then clamps to
/// the length (what CPython's exact big-int arithmetic also gives).
fn clamp_i64(b: &BigInt) -> i64 {
    b.to_i64().unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
}

fn slice_indices<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if args.pos.len() != 2 || !args.kwnames.is_empty() {
        let given = args.pos.len().saturating_sub(1) + args.kwnames.len();
        return Err(PyErr::type_error(format!("slice.indices() takes exactly one argument ({given} given)")));
    }
    let Some(ObjKind::Slice(parts)) = args.pos[0].kind() else {
        return Err(PyErr::type_error(format!(
            "descriptor 'indices' for 'slice' objects doesn't apply to a '{}' object",
            args.pos[0].type_name()
        )));
    };
    let parts = parts.clone();
    let length = match index_value(vm, &args.pos[1])? {
        Some(n) => n,
        None => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                args.pos[1].type_name()
            )));
        }
    };
    if length.is_negative() {
        return Err(PyErr::value_error("length should not be negative"));
    }
    let Some(length) = length.to_i64() else {
        return Err(PyErr::new(
            ExcType::NotImplementedError,
            "slice.indices() with a length of 2**63 or more is not supported by minipy",
        ));
    };
    let mut bounds = [None, None, None];
    for (i, v) in parts.iter().enumerate() {
        if v.is_none() {
            continue;
        }
        match index_value(vm, v)? {
            Some(b) => bounds[i] = Some(clamp_i64(&b)),
            None => {
                return Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method"));
            }
        }
    }
    let si = normalize_slice(length as usize, bounds[0], bounds[1], bounds[2]).map_err(PyErr::value_error)?;
    // The step as given (normalize_slice keeps it, clamped only at -2**63).
    let step = match bounds[2] {
        Some(i64::MIN) => Value::Int(i64::MIN),
        _ => Value::Int(si.step),
    };
    Ok(Value::tuple(vec![Value::Int(si.start), Value::Int(si.stop), step]))
}

fn bytes_arg<M: Model>(v: &Value<M>) -> Result<Vec<u8>, PyErr<M>> {
    bytes_like(v)?.ok_or_else(|| PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.type_name())))
}

/// `bytes.translate(table, /, delete=b'')`: drop the bytes in `delete`,
/// map the rest through the 256-byte `table` (None keeps them).
fn bytes_translate<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let Some(me) = args.pos.first() else {
        return Err(PyErr::type_error("unbound method bytes.translate() needs an argument"));
    };
    let flavor_bytearray = matches!(me.kind(), Some(ObjKind::ByteArray(_)));
    let data = bytes_like(me)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor 'translate' for 'bytes' objects doesn't apply to a '{}' object",
            me.type_name()
        ))
    })?;
    let positional = &args.pos[1..];
    let delete_kw = args.kw("delete");
    let unknown = args.kwnames.iter().find(|k| k.as_str() != Some("delete"));
    if let Some(k) = unknown {
        let k = k.as_str().unwrap_or_default();
        return Err(PyErr::type_error(format!("translate() got an unexpected keyword argument '{k}'")));
    }
    if positional.is_empty() {
        return Err(PyErr::type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    let given = positional.len() + args.kwnames.len();
    if given > 2 {
        return Err(PyErr::type_error(format!("translate() takes at most 2 arguments ({given} given)")));
    }
    let delete_arg = positional.get(1).or(delete_kw);
    if positional.len() == 2 && delete_kw.is_some() {
        return Err(PyErr::type_error("argument for translate() given by name ('delete') and position (2)"));
    }
    let table = match &positional[0] {
        Value::None => None,
        t => {
            let t = bytes_arg(t)?;
            if t.len() != 256 {
                return Err(PyErr::value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete_arg {
        Some(d) => bytes_arg(d)?,
        None => Vec::new(),
    };
    let mut gone = [false; 256];
    for b in delete {
        gone[b as usize] = true;
    }
    let out: Vec<u8> =
        data.iter().filter(|b| !gone[**b as usize]).map(|&b| table.as_ref().map_or(b, |t| t[b as usize])).collect();
    Ok(if flavor_bytearray {
        crate::object::buffer::new_bytearray(out)
    } else {
        Value::obj(ObjKind::Bytes(out.into_boxed_slice()))
    })
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of
/// `from` to the byte of `to` at the same position.
fn bytes_maketrans<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("maketrans() takes no keyword arguments"));
    }
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("maketrans expected 2 arguments, got {}", args.pos.len())));
    }
    let from = bytes_arg(&args.pos[0])?;
    let to = bytes_arg(&args.pos[1])?;
    if from.len() != to.len() {
        return Err(PyErr::value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(Value::obj(ObjKind::Bytes(table.into_boxed_slice())))
}
