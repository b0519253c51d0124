//! `member_descriptor`: what `__slots__` puts in a class for each slot
//! (`C.x` is `<member 'x' of 'C' objects>`). minipy keeps slot values in
//! the instance's attribute table; the descriptor reads, writes and deletes
//! them there with CPython's errors (an unset slot is an AttributeError).

use std::sync::Arc;

use super::builtins_util::{R, add_methods};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::dict::{Key, StrKey};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let methods: &[(&'static str, BuiltinFn<M>)] =
        &[("__get__", member_get), ("__set__", member_set), ("__delete__", member_delete), ("__repr__", member_repr)];
    add_methods(interp.types.get(BuiltinType::MemberDescriptor), methods);
}

/// The class that declared the slot.
fn objclass<M: Model>(vm: &mut Vm<M>, desc: &Value<M>) -> R<M> {
    vm.getattr(desc, "__objclass__")
}

fn name_of<M: Model>(vm: &mut Vm<M>, desc: &Value<M>) -> Result<String, crate::object::PyErr<M>> {
    let n = vm.getattr(desc, "__name__")?;
    Ok(n.as_str().unwrap_or("?").to_string())
}

/// The instance `obj` when the descriptor applies to it, else CPython's
/// `descriptor 'x' for 'C' objects doesn't apply to a 'int' object`.
fn check<M: Model>(vm: &mut Vm<M>, desc: &Value<M>, obj: &Value<M>) -> Result<String, crate::object::PyErr<M>> {
    let name = name_of(vm, desc)?;
    let owner = objclass(vm, desc)?;
    let applies = match (obj.kind(), owner.as_obj()) {
        (Some(ObjKind::Instance(i)), Some(o)) => i.class().is_subclass(i.class_obj(), o),
        _ => false,
    };
    if !applies {
        let owner_name = match owner.kind() {
            Some(ObjKind::Class(c)) => c.name.clone(),
            _ => "?".into(),
        };
        return Err(PyErr::type_error(format!(
            "descriptor '{name}' for '{owner_name}' objects doesn't apply to a '{}' object",
            obj.type_name()
        )));
    }
    Ok(name)
}

fn member_get<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__get__", 2, 3)?;
    let (desc, obj) = (&args.pos[0], &args.pos[1]);
    if obj.is_none() {
        return Ok(desc.clone());
    }
    let name = check(vm, desc, obj)?;
    let Some(ObjKind::Instance(inst)) = obj.kind() else { unreachable!("checked") };
    match inst.get_attr(&name) {
        Some(v) => Ok(v),
        None => Err(PyErr::attribute_error(format!("'{}' object has no attribute '{name}'", obj.type_name()))),
    }
}

fn member_set<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__set__", 3, 3)?;
    let (desc, obj, value) = (&args.pos[0], &args.pos[1], args.pos[2].clone());
    let name = check(vm, desc, obj)?;
    let Some(ObjKind::Instance(inst)) = obj.kind() else { unreachable!("checked") };
    let old = inst.with_dict(|d| d.insert(Key::str(&name), value));
    drop(old);
    Ok(Value::None)
}

fn member_delete<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__delete__", 2, 2)?;
    let (desc, obj) = (&args.pos[0], &args.pos[1]);
    let name = check(vm, desc, obj)?;
    let Some(ObjKind::Instance(inst)) = obj.kind() else { unreachable!("checked") };
    match inst.with_dict(|d| d.remove(&StrKey::new(&name))) {
        Some(old) => {
            drop(old);
            Ok(Value::None)
        }
        // CPython 3.11's message for deleting an unset slot is the bare name.
        None => Err(PyErr::attribute_error(name)),
    }
}

fn member_repr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__repr__", 1, 1)?;
    let name = name_of(vm, &args.pos[0])?;
    let owner = objclass(vm, &args.pos[0])?;
    let owner_name = match owner.kind() {
        Some(ObjKind::Class(c)) => c.name.clone(),
        _ => "?".into(),
    };
    Ok(Value::str(format!("<member '{name}' of '{owner_name}' objects>")))
}
