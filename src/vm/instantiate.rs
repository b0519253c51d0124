//! Calling a class: `cls(...)` on the general path (the eval loop runs a
//! plain class's Python `__init__` in place, see `vm::frame_stack`):
//! built-in constructors, metaclasses, `__new__`, then `__init__`.

use super::Vm;
use super::exception_attrs::{apply_exception_keywords, new_exception_instance};
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};

impl<M: Model> Vm<M> {
    /// Calling a class: built-in constructors, or `__init__` on a new instance.
    pub fn instantiate(&mut self, cls: &ObjRef<M>, args: &[Value<M>], kwnames: &[Value<M>]) -> PyResult<Value<M>, M> {
        let class = match &cls.kind {
            ObjKind::Class(c) => c,
            _ => unreachable!(),
        };
        let is_user = !class.module.is_empty() && class.module != "builtins";
        if is_user && class.builtin == BuiltinType::Type {
            return self.instantiate_metaclass(cls, args, kwnames);
        }
        if !is_user {
            if let Some(t) = class.exc {
                let pos = Args::split(args, kwnames).pos.to_vec();
                // `OSError(errno, strerror)` is the subclass the errno maps
                // to (FileNotFoundError for 2), as in CPython.
                let mapped = match (t, pos.first()) {
                    (ExcType::OSError, Some(Value::Int(errno))) if (2..=5).contains(&pos.len()) => {
                        let sub = crate::modules::os_error::class_for(i32::try_from(*errno).unwrap_or(0));
                        (sub != ExcType::OSError).then(|| self.interp.types.exc(sub).clone())
                    }
                    _ => None,
                };
                // File names are attributes, not arguments: `args` keeps
                // `(errno, strerror)`.
                let mut pos = pos;
                let mut names = None;
                if t.is_subclass_of(ExcType::OSError) && (3..=5).contains(&pos.len()) {
                    let filename2 = pos.get(4).cloned().unwrap_or(Value::None);
                    names = Some((pos[2].clone(), filename2));
                    pos.truncate(2);
                }
                let inst = new_exception_instance(mapped.unwrap_or_else(|| cls.clone()), pos);
                apply_exception_keywords(cls, &Args::split(args, kwnames), &inst)?;
                if let (Some((f1, f2)), ObjKind::Instance(i)) = (names, &inst.kind) {
                    drop(super::eval::dict_set_str(&i.dict_obj(), "filename", f1));
                    drop(super::eval::dict_set_str(&i.dict_obj(), "filename2", f2));
                }
                return Ok(Value::Obj(inst));
            }
            return (self.interp.registry.construct)(self, cls, class.builtin, Args::split(args, kwnames));
        }
        // `cls.__new__` first: a Python override, or object's (built-in).
        let user_new = if self.class_traits(class) & super::class_traits::BUILTIN_NEW != 0 {
            None
        } else {
            super::class_traits::python_new(class)
        };
        // The inherited built-in `__init__`s (object's, BaseException's) have
        // nothing to add here: the instance and its args already exist.
        let init = class.lookup_key(&INIT).filter(|f| !matches!(f.kind(), Some(ObjKind::Builtin(_))));
        let inst_v = match &user_new {
            Some(new) => {
                let obj = self.call_prepended(new, &Value::Obj(cls.clone()), args, kwnames)?;
                // As CPython: `__init__` only runs on an instance of `cls`.
                if !self.isinstance(&obj, cls) {
                    return Ok(obj);
                }
                obj
            }
            None => self.new_instance(cls, Args::split(args, kwnames), init.is_some())?,
        };
        // `__new__` may have returned an instance of a subclass.
        let init = match (&user_new, inst_v.kind()) {
            (Some(_), Some(ObjKind::Instance(i))) => {
                i.class().lookup_key(&INIT).filter(|f| !matches!(f.kind(), Some(ObjKind::Builtin(_))))
            }
            _ => init,
        };
        match init {
            Some(init) => {
                let r = self.call_init(&init, &inst_v, args, kwnames)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.type_name())));
                }
            }
            None => {
                if !args.is_empty() && class.exc.is_none() && !class.builtin.carries_value() && user_new.is_none() {
                    return Err(PyErr::type_error(format!("{}() takes no arguments", class.name)));
                }
            }
        }
        Ok(inst_v)
    }

    /// `__init__` called on a new instance as CPython's slot calls it: a
    /// function gets the instance first; anything else is bound as any
    /// special method is ([`Vm::bind_special`]).
    fn call_init(
        &mut self,
        init: &Value<M>,
        inst: &Value<M>,
        args: &[Value<M>],
        kwnames: &[Value<M>],
    ) -> PyResult<Value<M>, M> {
        match self.bind_special(init, inst)? {
            Some(bound) => self.call(&bound, args, kwnames),
            None => self.call_prepended(init, inst, args, kwnames),
        }
    }
}

/// `__init__`, hashed at compile time (looked up on every instantiation).
pub(super) const INIT: crate::object::dict::StrKey<'static> = crate::object::dict::StrKey::constant("__init__");

/// CPython's refusal to instantiate a class whose `__abstractmethods__`
/// (set by `abc.ABCMeta`) is not empty.
pub(super) fn refuse_abstract<M: Model>(class: &crate::object::class::Class<M>) -> PyResult<(), M> {
    let Some(abstracts) = class.dict.with(|d| d.get_str("__abstractmethods__").cloned()) else { return Ok(()) };
    let keys = match abstracts.kind() {
        Some(ObjKind::FrozenSet(s)) => s.keys(),
        Some(ObjKind::Set(s)) => s.with(|s| s.keys()),
        _ => return Ok(()),
    };
    let mut names: Vec<String> = keys.iter().filter_map(|k| k.as_str().map(str::to_string)).collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    Err(PyErr::type_error(format!(
        "Can't instantiate abstract class {} with abstract method{plural} {}",
        class.name,
        names.join(", ")
    )))
}
