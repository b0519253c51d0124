//! Classes (user-defined and built-in types alike) and their instances.

pub use super::dict::StrKey;
use super::dict::{Dict, Key};
use super::exception::{ExcType, TraceEntry};
use super::{ObjKind, ObjRef, Value};
use crate::model::{Model, ObjCell};

pub use super::types::BuiltinType;

pub struct Class<M: Model> {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<ObjRef<M>>,
    /// Method resolution order, *excluding* the class itself (which would be
    /// a reference cycle).
    pub mro: Vec<ObjRef<M>>,
    pub dict: M::Cell<Dict<M>>,
    pub builtin: BuiltinType,
    /// The built-in exception this class is or derives from.
    pub exc: Option<ExcType>,
    /// Defines `__eq__` but not `__hash__`: instances are unhashable.
    pub eq_without_hash: bool,
    /// It or a base defines `__getattribute__` in Python: every attribute
    /// read goes through it (a flag, so plain classes pay no lookup).
    pub custom_getattribute: bool,
    /// `type(cls)` when it is not `type` itself: a class derived from
    /// `type` (`class X(metaclass=M)`, or inherited from a base).
    pub metaclass: Option<ObjRef<M>>,
    /// Instances have no `__dict__` (every class in the MRO declares
    /// `__slots__` without `"__dict__"`): the attribute names they accept.
    pub slots: Option<Box<[String]>>,
}

/// Library modules that implement built-in types in Python, and the module
/// CPython's versions of those types belong to (what reprs, tracebacks and
/// `__module__` show).
const LIBRARY_HOMES: &[(&str, &str)] =
    &[("_minipy_excgroup", "builtins"), ("_minipy_asyncgen", "builtins"), ("_minipy_types", "types")];

impl<M: Model> Class<M> {
    /// The module the class says it belongs to.
    pub fn display_module(&self) -> &str {
        LIBRARY_HOMES.iter().find(|(lib, _)| *lib == self.module).map_or(&self.module, |(_, home)| home)
    }

    /// Find `name` in this class, then along its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value<M>> {
        let key = StrKey::new(name);
        if let Some(v) = self.dict.with(|d| d.get(&key).cloned()) {
            return Some(v);
        }
        for base in &self.mro {
            if let ObjKind::Class(c) = &base.kind
                && let Some(v) = c.dict.with(|d| d.get(&key).cloned())
            {
                return Some(v);
            }
        }
        None
    }

    pub fn set_attr(&self, name: &str, value: Value<M>) {
        self.dict.with(|d| d.insert(Key::str(name), value));
    }

    /// Whether this class is `other` or derives from it.
    pub fn is_subclass(&self, this: &ObjRef<M>, other: &ObjRef<M>) -> bool {
        ObjRef::ptr_eq(this, other) || self.mro.iter().any(|c| ObjRef::ptr_eq(c, other))
    }
}

/// Exception state carried by instances of exception classes.
pub struct ExcState<M: Model> {
    pub args: Vec<Value<M>>,
    pub traceback: Vec<TraceEntry>,
    pub cause: Value<M>,
    pub context: Value<M>,
    pub suppress_context: bool,
}

impl<M: Model> Default for ExcState<M> {
    fn default() -> Self {
        ExcState {
            args: Vec::new(),
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }
    }
}

pub struct Instance<M: Model> {
    pub class: ObjRef<M>,
    /// The instance's attributes: always an `ObjKind::Dict`, the very
    /// object `obj.__dict__` and `vars(obj)` return, so writes through it
    /// are the instance's attributes.
    pub dict: ObjRef<M>,
    pub exc: Option<Box<M::Cell<ExcState<M>>>>,
    /// For instances of subclasses of built-in types (`class L(list)`): the
    /// built-in value the instance is (a list, dict, tuple, str, int...).
    /// Built-in methods and operations act on it; `None` for plain objects.
    pub payload: Option<Value<M>>,
}

impl<M: Model> Instance<M> {
    /// A plain instance of `class` with the attributes in `attrs`.
    pub fn new(class: ObjRef<M>, attrs: Dict<M>) -> Instance<M> {
        Instance { class, dict: ObjRef::new(ObjKind::Dict(M::Cell::new(attrs))), exc: None, payload: None }
    }

    /// Run `f` on the attribute table.
    #[inline(always)]
    pub fn with_dict<R>(&self, f: impl FnOnce(&mut Dict<M>) -> R) -> R {
        match &self.dict.kind {
            ObjKind::Dict(d) => d.with(f),
            _ => unreachable!("instance dict is not a dict"),
        }
    }

    pub fn class(&self) -> &Class<M> {
        match &self.class.kind {
            ObjKind::Class(c) => c,
            _ => unreachable!("instance of a non-class"),
        }
    }
    pub fn class_name(&self) -> &str {
        &self.class().name
    }
    pub fn unhashable(&self) -> bool {
        self.class().eq_without_hash
    }
    /// The built-in value this instance stands for in the operation whose
    /// special method is `dunder`, unless its class overrides that method in
    /// Python (then the override decides, as in CPython).
    #[inline]
    pub fn builtin_view(&self, dunder: &str) -> Option<Value<M>> {
        let payload = self.payload.as_ref()?;
        match self.class().lookup(dunder) {
            Some(f) if !matches!(f.kind(), Some(ObjKind::Builtin(_))) => None,
            _ => Some(payload.clone()),
        }
    }
    pub fn get_attr(&self, name: &str) -> Option<Value<M>> {
        let key = StrKey::new(name);
        self.with_dict(|d| d.get(&key).cloned())
    }
}
