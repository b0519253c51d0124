//! `__slots__`: a class whose whole MRO declares slots (and no
//! `"__dict__"` slot) makes instances without a `__dict__`, which accept
//! only the declared names. minipy keeps slot values in the instance's
//! hidden attribute table, so there are no member descriptors on the class
//! (documented in docs/divergences.md).

use super::Vm;
use crate::compiler::mangle;
use crate::model::Model;
use crate::object::dict::Dict;
use crate::object::{ObjKind, ObjRef, PyErr, PyResult};

impl<M: Model> Vm<M> {
    /// The names instances of a new class accept, or None when they have a
    /// `__dict__`. Checks the declaration as CPython's `type()` does.
    pub(super) fn class_slots(
        &mut self,
        class_name: &str,
        dict: &Dict<M>,
        mro: &[ObjRef<M>],
        is_exception: bool,
    ) -> PyResult<Option<Box<[String]>>, M> {
        let Some(decl) = dict.get_str("__slots__").cloned() else { return Ok(None) };
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
        if is_exception || names.iter().any(|n| n == "__dict__") {
            return Ok(None);
        }
        // A base without slots gives every instance a `__dict__` anyway.
        for base in mro {
            let ObjKind::Class(c) = &base.kind else { continue };
            if c.module == "builtins" {
                continue;
            }
            match &c.slots {
                Some(inherited) => names.extend(inherited.iter().cloned()),
                None => return Ok(None),
            }
        }
        Ok(Some(names.into_boxed_slice()))
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}
