//! `isinstance` and `issubclass`, with the hooks that let Python code take
//! them over: a metaclass's `__instancecheck__`/`__subclasscheck__` (how
//! `abc.ABCMeta` recognises registered and structural subclasses), and the
//! same methods on a non-class spec (`int | str`, `list[int]`).

use super::Vm;
use crate::model::Model;
use crate::object::{ObjKind, ObjRef, PyErr, PyResult, Value};

impl<M: Model> Vm<M> {
    /// `isinstance(v, spec)`; `fname` names the builtin in errors.
    pub fn instance_check(&mut self, v: &Value<M>, spec: &Value<M>, fname: &str) -> PyResult<bool, M> {
        match spec.kind() {
            Some(ObjKind::Class(_)) => {
                let cls = spec.as_obj().expect("class");
                // As CPython: an exact type match never consults the hook.
                if ObjRef::ptr_eq(&self.type_of(v), cls) {
                    return Ok(true);
                }
                match self.metaclass_method(spec, "__instancecheck__") {
                    Some(hook) => {
                        let r = self.call(&hook, std::slice::from_ref(v), &[])?;
                        self.truthy(&r)
                    }
                    None => Ok(self.isinstance(v, cls) || (overrides_class(v) && self.claimed_class_is(v, cls)?)),
                }
            }
            Some(ObjKind::Tuple(t)) => {
                // What each plain class's check below needs of `v` (its
                // type; whether its class overrides `__class__`) is asked
                // once for the whole tuple: `isinstance(x, (list, dict,
                // set, tuple))` is common in library code.
                let own_type = self.type_of(v);
                let mut claims_a_class = None;
                for c in t.iter() {
                    match c.kind() {
                        // No metaclass: no `__instancecheck__` hook, so the
                        // check is the one `Some(ObjKind::Class(_))` above makes.
                        Some(ObjKind::Class(class)) if class.metaclass.is_none() => {
                            let cls = c.as_obj().expect("class");
                            if ObjRef::ptr_eq(&own_type, cls) || self.isinstance(v, cls) {
                                return Ok(true);
                            }
                            if *claims_a_class.get_or_insert_with(|| overrides_class(v))
                                && self.claimed_class_is(v, cls)?
                            {
                                return Ok(true);
                            }
                        }
                        _ => {
                            if self.instance_check(v, c, fname)? {
                                return Ok(true);
                            }
                        }
                    }
                }
                Ok(false)
            }
            _ => match self.spec_hook(spec, "__instancecheck__") {
                Some(hook) => {
                    let r = self.call(&hook, &[spec.clone(), v.clone()], &[])?;
                    self.truthy(&r)
                }
                None => Err(PyErr::type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))),
            },
        }
    }

    /// CPython's second chance in `isinstance`: an object whose class
    /// overrides `__class__` (a proxy, `Mock(spec=C)`) counts as an instance
    /// of the class it claims. Asked only where [`overrides_class`] holds
    /// (a tuple of classes asks that once for all of them).
    fn claimed_class_is(&mut self, v: &Value<M>, cls: &ObjRef<M>) -> PyResult<bool, M> {
        let Some(ObjKind::Instance(inst)) = v.kind() else { return Ok(false) };
        let claimed = self.getattr(v, "__class__")?;
        match claimed.kind() {
            Some(ObjKind::Class(c)) if !ObjRef::ptr_eq(claimed.as_obj().expect("class"), inst.class_obj()) => {
                Ok(c.is_subclass(claimed.as_obj().expect("class"), cls))
            }
            _ => Ok(false),
        }
    }

    /// `issubclass(cls, spec)`.
    pub fn subclass_check(&mut self, cls: &Value<M>, spec: &Value<M>) -> PyResult<bool, M> {
        match spec.kind() {
            Some(ObjKind::Class(_)) => {
                if let Some(hook) = self.metaclass_method(spec, "__subclasscheck__") {
                    let r = self.call(&hook, std::slice::from_ref(cls), &[])?;
                    return self.truthy(&r);
                }
                let other = spec.as_obj().expect("class");
                match cls.kind() {
                    Some(ObjKind::Class(c)) => Ok(c.is_subclass(cls.as_obj().expect("class"), other)),
                    _ => Err(PyErr::type_error("issubclass() arg 1 must be a class")),
                }
            }
            Some(ObjKind::Tuple(t)) => {
                for s in t.iter() {
                    if self.subclass_check(cls, s)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => match self.spec_hook(spec, "__subclasscheck__") {
                Some(hook) => {
                    let r = self.call(&hook, &[spec.clone(), cls.clone()], &[])?;
                    self.truthy(&r)
                }
                None => Err(PyErr::type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
            },
        }
    }

    /// A check method defined in Python on the class of a non-class spec.
    fn spec_hook(&self, spec: &Value<M>, name: &str) -> Option<Value<M>> {
        let Some(ObjKind::Instance(inst)) = spec.kind() else { return None };
        inst.class().lookup(name).filter(|f| matches!(f.kind(), Some(ObjKind::Function(_))))
    }
}

/// Whether `v` is an instance whose class defines `__class__` (the only
/// objects [`Vm::claimed_class_is`] is asked about).
fn overrides_class<M: Model>(v: &Value<M>) -> bool {
    matches!(v.kind(), Some(ObjKind::Instance(inst)) if inst.class().lookup("__class__").is_some())
}
