//! The run-time side of the match statement: MATCH_SEQUENCE,
//! MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS, with CPython 3.11's rules and
//! error messages (`match_class`, `match_keys` in its `ceval.c`).
//!
//! CPython decides "is a sequence / mapping" by type flags that `list`,
//! `tuple`, `range`, `collections.deque` and `dict` carry, that subclasses
//! inherit, and that `collections.abc.Sequence`/`Mapping` confer on the
//! classes deriving from or registered with them. Here: the built-in kinds
//! (and a subclass's built-in base), then the library classes listed below,
//! then, for other instances, an `isinstance` check against those two ABCs
//! when `collections.abc` has been imported (no class can derive from or be
//! registered with them before that).

use super::Vm;
use super::eval::dict_get_str;
use crate::model::Model;
use crate::object::class::{BuiltinType, Class};
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::runner::is_exc_type;

/// Built-in types whose instances match one positional sub-pattern by
/// themselves (`case int(n)`), CPython's `_Py_TPFLAGS_MATCH_SELF`.
const MATCH_SELF: &[BuiltinType] = &[
    BuiltinType::Bool,
    BuiltinType::Bytes,
    BuiltinType::Dict,
    BuiltinType::Float,
    BuiltinType::FrozenSet,
    BuiltinType::Int,
    BuiltinType::List,
    BuiltinType::Set,
    BuiltinType::Str,
    BuiltinType::Tuple,
];

/// Classes minipy writes in Python (or as plain native classes) whose
/// CPython versions are sequences or mappings: by a C type flag (`deque`,
/// `array`, `mappingproxy`) or by deriving from an ABC (`ChainMap`).
/// `(module, name)`, with the module a class defined in a helper module has.
const LIBRARY_SEQUENCES: &[(&str, &str)] = &[("collections", "deque"), ("_collections", "deque"), ("array", "array")];
const LIBRARY_MAPPINGS: &[(&str, &str)] =
    &[("collections", "ChainMap"), ("collections._chainmap", "ChainMap"), ("builtins", "mappingproxy")];

/// Whether `class` is, or derives from, one of `known`.
fn derives_from_library<M: Model>(class: &Class<M>, known: &[(&str, &str)]) -> bool {
    let is = |c: &Class<M>| known.iter().any(|&(m, n)| c.name == n && c.module == m);
    is(class) || class.mro.iter().any(|b| matches!(&b.kind, ObjKind::Class(c) if is(c)))
}

impl<M: Model> Vm<M> {
    /// MATCH_SEQUENCE: may a sequence pattern match `v`?
    pub fn match_is_sequence(&mut self, v: &Value<M>) -> PyResult<bool, M> {
        match v.kind() {
            Some(ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Range(_)) => Ok(true),
            Some(ObjKind::Instance(inst)) => {
                let class = inst.class();
                match class.builtin {
                    BuiltinType::List | BuiltinType::Tuple => return Ok(true),
                    BuiltinType::Object => {}
                    _ => return Ok(false),
                }
                if derives_from_library(class, LIBRARY_SEQUENCES) {
                    return Ok(true);
                }
                self.abc_instance(v, "Sequence")
            }
            _ => Ok(false),
        }
    }

    /// MATCH_MAPPING: may a mapping pattern match `v`?
    pub fn match_is_mapping(&mut self, v: &Value<M>) -> PyResult<bool, M> {
        match v.kind() {
            Some(ObjKind::Dict(_)) => Ok(true),
            Some(ObjKind::Instance(inst)) => match inst.class().builtin {
                BuiltinType::Dict => Ok(true),
                BuiltinType::Object if derives_from_library(inst.class(), LIBRARY_MAPPINGS) => Ok(true),
                BuiltinType::Object => self.abc_instance(v, "Mapping"),
                _ => Ok(false),
            },
            _ => Ok(false),
        }
    }

    /// `isinstance(v, collections.abc.<abc>)` if that module is loaded.
    fn abc_instance(&mut self, v: &Value<M>, abc: &str) -> PyResult<bool, M> {
        let Some(module) = dict_get_str(&self.interp.sys_modules, "collections.abc") else {
            return Ok(false);
        };
        match self.getattr_opt(&module, abc)? {
            Some(cls) => self.instance_check(v, &cls, "isinstance"),
            None => Ok(false),
        }
    }

    /// MATCH_KEYS: the tuple of `subject.get(key)` for every key, or None
    /// if one is missing. `get` is looked up once, as in CPython.
    pub fn match_keys(&mut self, subject: &Value<M>, keys: &Value<M>) -> PyResult<Value<M>, M> {
        let keys: Vec<Value<M>> = match keys.kind() {
            Some(ObjKind::Tuple(t)) => t.to_vec(),
            _ => return Err(PyErr::type_error("MATCH_KEYS needs a tuple of keys")),
        };
        if keys.is_empty() {
            return Ok(Value::tuple(Vec::new()));
        }
        let get = self.getattr(subject, "get")?;
        // A fresh object no mapping can hold: "missing".
        let missing = Value::obj(ObjKind::Tuple(Box::new([])));
        let seen = self.new_set(Vec::new())?;
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            if self.contains(&seen, &key)? {
                let r = self.repr(&key)?;
                return Err(PyErr::value_error(format!("mapping pattern checks duplicate key ({r})")));
            }
            self.set_add(&seen, key.clone())?;
            let v = self.call(&get, &[key, missing.clone()], &[])?;
            if let (Value::Obj(a), Value::Obj(b)) = (&v, &missing)
                && ObjRef::ptr_eq(a, b)
            {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    /// MATCH_CLASS: if `subject` is an instance of `cls`, the tuple of the
    /// attributes the sub-patterns match (`nargs` positional ones through
    /// `cls.__match_args__`, then those named by the tuple `names`); None
    /// if it is not, or an attribute is missing.
    pub fn match_class(
        &mut self,
        subject: &Value<M>,
        cls: &Value<M>,
        nargs: usize,
        names: &Value<M>,
    ) -> PyResult<Value<M>, M> {
        let Some(ObjKind::Class(class)) = cls.kind() else {
            return Err(PyErr::type_error("called match pattern must be a type"));
        };
        let type_name = class.name.clone();
        if !self.instance_check(subject, cls, "isinstance")? {
            return Ok(Value::None);
        }
        let mut seen: Vec<String> = Vec::new();
        let mut attrs = Vec::new();
        if nargs > 0 {
            let (match_args, match_self) = match self.getattr_opt(cls, "__match_args__") {
                Ok(Some(m)) => match m.kind() {
                    Some(ObjKind::Tuple(t)) => (t.to_vec(), false),
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "{type_name}.__match_args__ must be a tuple (got {})",
                            m.type_name()
                        )));
                    }
                },
                Ok(None) => (Vec::new(), self.matches_self(cls)),
                Err(e) if is_exc_type(&e, ExcType::AttributeError) => (Vec::new(), self.matches_self(cls)),
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(PyErr::type_error(format!(
                    "{type_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    let Some(ObjKind::Str(s)) = name.kind() else {
                        return Err(PyErr::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            name.type_name()
                        )));
                    };
                    match self.match_class_attr(subject, &type_name, s.as_str(), &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        if let Some(ObjKind::Tuple(names)) = names.kind() {
            for name in names.iter() {
                let Some(ObjKind::Str(s)) = name.kind() else { continue };
                match self.match_class_attr(subject, &type_name, s.as_str(), &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// `int`, `str`, `list`... and their subclasses match `C(x)` with the
    /// subject itself.
    fn matches_self(&self, cls: &Value<M>) -> bool {
        let Some(cls) = cls.as_obj() else { return false };
        let ObjKind::Class(c) = &cls.kind else { return false };
        MATCH_SELF.iter().any(|&t| c.is_subclass(cls, self.builtin_type(t)))
    }

    /// One attribute for MATCH_CLASS: None when it is missing (an
    /// AttributeError); a second sub-pattern for the same name is an error.
    fn match_class_attr(
        &mut self,
        subject: &Value<M>,
        type_name: &str,
        name: &str,
        seen: &mut Vec<String>,
    ) -> PyResult<Option<Value<M>>, M> {
        if seen.iter().any(|s| s == name) {
            let r = crate::text::str_repr::str_repr(name);
            return Err(PyErr::type_error(format!("{type_name}() got multiple sub-patterns for attribute {r}")));
        }
        seen.push(name.to_string());
        match self.getattr_opt(subject, name) {
            Ok(v) => Ok(v),
            Err(e) if is_exc_type(&e, ExcType::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
