//! `_counter`: `tally(mapping, iterable)`, the loop behind `Counter(items)`
//! and `Counter.update(items)` (CPython's `_collections._count_elements`):
//! `mapping[item] = mapping.get(item, 0) + 1` for every item. A mapping
//! whose `get` and `__setitem__` are dict's own is counted in its dict
//! directly; any other goes through its methods, as the Python loop did.

use super::builtins_util::R;
use crate::ast::BinOp;
use crate::model::{Model, ObjCell};
use crate::object::dict::StrKey;
use crate::object::function::Args;
use crate::object::types::BuiltinType;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("tally", tally)];
    super::registry::add_functions(vm, module, fns)
}

const GET: StrKey<'static> = StrKey::constant("get");
const SETITEM: StrKey<'static> = StrKey::constant("__setitem__");

fn tally<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let [mapping, iterable] = args.pos else {
        return Err(PyErr::type_error("tally() takes a mapping and an iterable"));
    };
    let items = vm.get_iter(iterable)?;
    if let Some(dict) = own_dict(vm, mapping) {
        let ObjKind::Dict(cell) = &dict.kind else { unreachable!("own_dict gives a dict") };
        while let Some(item) = vm.next(&items)? {
            let key = vm.dict_key(cell, item)?;
            let new = match cell.with(|d| d.get(&key).cloned()) {
                None => Value::Int(1),
                Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
                Some(old) => vm.binary_op(BinOp::Add, false, old, Value::Int(1))?,
            };
            let old = cell.with(|d| d.insert(key, new));
            drop(old);
        }
        return Ok(Value::None);
    }
    let get = vm.getattr(mapping, "get")?;
    let set = vm.getattr(mapping, "__setitem__")?;
    while let Some(item) = vm.next(&items)? {
        let old = vm.call(&get, &[item.clone(), Value::Int(0)], &[])?;
        let new = vm.binary_op(BinOp::Add, false, old, Value::Int(1))?;
        vm.call(&set, &[item, new], &[])?;
    }
    Ok(Value::None)
}

/// The dict that holds `mapping`'s items, when `get` and `__setitem__`
/// on it are dict's own (a dict, or a subclass such as Counter that does
/// not override them).
fn own_dict<M: Model>(vm: &Vm<M>, mapping: &Value<M>) -> Option<crate::object::ObjRef<M>> {
    let dict = match mapping {
        Value::Obj(o) if matches!(o.kind, ObjKind::Dict(_)) => return Some(o.clone()),
        Value::Obj(o) => match &o.kind {
            ObjKind::Instance(inst) => match &inst.payload {
                Some(Value::Obj(d)) if matches!(d.kind, ObjKind::Dict(_)) => d.clone(),
                _ => return None,
            },
            _ => return None,
        },
        _ => return None,
    };
    let ty = vm.type_of(mapping);
    let (ObjKind::Class(cls), ObjKind::Class(dict_cls)) = (&ty.kind, &vm.builtin_type(BuiltinType::Dict).kind) else {
        return None;
    };
    let same = |key: &StrKey| match (cls.lookup_key(key), dict_cls.lookup_key(key)) {
        (Some(a), Some(b)) => a.is(&b),
        (None, None) => true,
        _ => false,
    };
    (same(&GET) && same(&SETITEM)).then_some(dict)
}
