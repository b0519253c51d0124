//! Operators applied to classes themselves: `list[int]` (a generic alias),
//! `int | None` (a union), and operators a metaclass defines. The alias and
//! union objects are written in Python, in the library's `_minipy_types`.

use super::Vm;
use super::ops::is_not_implemented;
use crate::ast::BinOp;
use crate::model::Model;
use crate::object::types::BuiltinType;
use crate::object::{ObjKind, PyErr, PyResult, Value};

const TYPES_MODULE: &str = "_minipy_types";

impl<M: Model> Vm<M> {
    /// Calls `module.name(*args)` from the library.
    pub fn call_lib(&mut self, module: &str, name: &str, args: &[Value<M>]) -> PyResult<Value<M>, M> {
        let m = self.import_absolute(module)?;
        let f = self.getattr(&m, name)?;
        self.call(&f, args, &[])
    }

    /// `cls[args]` for a class with no `__class_getitem__`: built-in
    /// containers give a `types.GenericAlias`, other classes refuse.
    pub(super) fn subscript_plain_class(&mut self, cls: &Value<M>, index: &Value<M>) -> PyResult<Value<M>, M> {
        let Some(ObjKind::Class(c)) = cls.kind() else { unreachable!("a class") };
        use BuiltinType::*;
        let generic = c.module == "builtins" && matches!(c.builtin, List | Tuple | Dict | Set | FrozenSet | Type);
        if generic {
            return self.call_lib(TYPES_MODULE, "GenericAlias", &[cls.clone(), index.clone()]);
        }
        Err(PyErr::type_error(format!("type '{}' is not subscriptable", c.name)))
    }

    /// `a op b` where a class is an operand: the metaclass's operator
    /// methods, then `|` building a union. None when neither applies.
    pub(super) fn class_operator(
        &mut self,
        op: BinOp,
        (left, right): (&str, &str),
        a: &Value<M>,
        b: &Value<M>,
    ) -> PyResult<Option<Value<M>>, M> {
        let is_class = |v: &Value<M>| matches!(v.kind(), Some(ObjKind::Class(_)));
        if !is_class(a) && !is_class(b) {
            return Ok(None);
        }
        if let Some(f) = self.metaclass_method(a, left) {
            let r = self.call(&f, std::slice::from_ref(b), &[])?;
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if let Some(f) = self.metaclass_method(b, right) {
            let r = self.call(&f, std::slice::from_ref(a), &[])?;
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if op == BinOp::BitOr {
            let r = self.call_lib(TYPES_MODULE, "_union", &[a.clone(), b.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }
}
