//! `range.index` and `range.count`: arithmetic for ints (and bools, as
//! CPython does), a search by `==` for anything else.

use std::sync::Arc;

use super::builtins_util::{R, add_methods, descriptor_error};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Range, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let methods: &[(&'static str, BuiltinFn<M>)] = &[("index", range_index), ("count", range_count)];
    add_methods(interp.types.get(BuiltinType::Range), methods);
}

/// The range and the one argument both methods take.
fn recv<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<(Range, &'a Value<M>), M> {
    let r = match args.pos.first() {
        Some(v) => match v.kind() {
            Some(ObjKind::Range(r)) => *r,
            _ => return Err(descriptor_error(name, "range", v)),
        },
        None => return Err(PyErr::type_error(format!("unbound method range.{name}() needs an argument"))),
    };
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("range.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "range.{name}() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    Ok((r, &args.pos[1]))
}

/// Where an int lies in the range, or `None`; `Err` when `x` is not an
/// exact int (or bool), which is searched for by equality instead.
fn int_position<M: Model>(r: &Range, x: &Value<M>) -> Result<Option<i64>, ()> {
    let i = match x {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        // An int beyond i64 is never inside a range minipy can hold.
        _ if matches!(x.kind(), Some(ObjKind::BigInt(_))) => return Ok(None),
        _ => return Err(()),
    };
    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
    let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
    Ok((inside && (i - start) % step == 0).then(|| ((i - start) / step) as i64))
}

fn range_index<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (r, x) = recv(&args, "index")?;
    match int_position(&r, x) {
        Ok(Some(k)) => Ok(Value::Int(k)),
        Ok(None) => Err(PyErr::value_error(format!("{} is not in range", vm.repr(x)?))),
        Err(()) => {
            for k in 0..r.len() {
                if vm.eq(&Value::Int(r.get(k)), x)? {
                    return Ok(Value::Int(k));
                }
            }
            Err(PyErr::value_error("sequence.index(x): x not in sequence"))
        }
    }
}

fn range_count<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (r, x) = recv(&args, "count")?;
    match int_position(&r, x) {
        Ok(found) => Ok(Value::Int(found.is_some() as i64)),
        Err(()) => {
            let mut n = 0;
            for k in 0..r.len() {
                if vm.eq(&Value::Int(r.get(k)), x)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
    }
}
