//! `__slots__`: a class whose whole MRO declares slots (and no
//! `"__dict__"` slot) makes instances without a `__dict__`, which accept
//! only the declared names. Each slot is a `member_descriptor` in the
//! class (`modules/member_descriptor.rs`); minipy keeps slot values in the
//! instance's hidden attribute table, so a `__dict__` the instance also has
//! shows them (documented in docs/divergences.md).

use super::Vm;
use crate::compiler::mangle;
use crate::model::Model;
use crate::object::class::{BuiltinType, StrKey};
use crate::object::dict::Dict;
use crate::object::{Instance, ObjKind, ObjRef, PyErr, PyResult, Value};

/// A class's own slot names, and the names its instances accept (None:
/// they have a `__dict__`).
type ClassSlots = (Vec<String>, Option<Box<[String]>>);

impl<M: Model> Vm<M> {
    /// The slots a new class declares itself (for its member descriptors),
    /// and the names its instances accept, or None when they have a
    /// `__dict__`. Checks the declaration as CPython's `type()` does.
    pub(super) fn class_slots(
        &mut self,
        class_name: &str,
        dict: &Dict<M>,
        mro: &[ObjRef<M>],
        is_exception: bool,
    ) -> PyResult<ClassSlots, M> {
        let Some(decl) = dict.get_str("__slots__").cloned() else { return Ok((Vec::new(), None)) };
        let items = match decl.as_str() {
            Some(_) => vec![decl.clone()],
            None => self.collect(&decl)?,
        };
        let mut names: Vec<String> = Vec::with_capacity(items.len());
        for item in &items {
            let Some(raw) = item.as_str() else {
                return Err(PyErr::type_error(format!("__slots__ items must be strings, not '{}'", item.type_name())));
            };
            if !is_identifier(raw) {
                return Err(PyErr::type_error("__slots__ must be identifiers"));
            }
            let name = mangle(Some(class_name), raw).into_owned();
            if names.contains(&name) {
                return Err(PyErr::type_error(format!("duplicate slot name '{raw}'")));
            }
            if name != "__dict__" && name != "__weakref__" && dict.get_str(&name).is_some() {
                return Err(PyErr::value_error(format!("'{raw}' in __slots__ conflicts with class variable")));
            }
            names.push(name);
        }
        let own: Vec<String> = names.iter().filter(|n| *n != "__dict__" && *n != "__weakref__").cloned().collect();
        if is_exception || names.iter().any(|n| n == "__dict__") {
            return Ok((own, None));
        }
        // A base without slots gives every instance a `__dict__` anyway.
        for base in mro {
            let ObjKind::Class(c) = &base.kind else { continue };
            if c.module == "builtins" {
                continue;
            }
            match &c.slots {
                Some(inherited) => names.extend(inherited.iter().cloned()),
                None => return Ok((own, None)),
            }
        }
        Ok((own, Some(names.into_boxed_slice())))
    }

    /// Put a `member_descriptor` for each of `names` into the new class.
    pub(super) fn add_member_descriptors(&mut self, cls: &ObjRef<M>, names: &[String]) {
        let ObjKind::Class(c) = &cls.kind else { return };
        let member_type = self.builtin_type(BuiltinType::MemberDescriptor).clone();
        for name in names {
            let mut attrs = Dict::new();
            attrs.set_str("__name__", Value::str(name.clone()));
            attrs.set_str("__qualname__", Value::str(format!("{}.{name}", c.qualname)));
            attrs.set_str("__objclass__", Value::Obj(cls.clone()));
            attrs.set_str("__doc__", Value::None);
            let desc = Value::obj(ObjKind::Instance(Instance::new(member_type.clone(), attrs)));
            c.set_attr(name, desc);
        }
    }
}

/// Whether `attr`, found on a class under `key`, is the member descriptor
/// of the slot `key` itself (not one aliased under another name): then
/// reading, writing and deleting the attribute act on the instance's
/// attribute table directly, without calling the descriptor.
#[inline]
pub fn is_member_for<M: Model>(attr: &Value<M>, key: &StrKey) -> bool {
    match attr.kind() {
        Some(ObjKind::Instance(d)) if d.class().builtin == BuiltinType::MemberDescriptor => {
            d.get_attr("__name__").is_some_and(|n| n.as_str() == Some(key.as_str()))
        }
        _ => false,
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}
