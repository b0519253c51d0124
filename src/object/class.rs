//! Classes (user-defined and built-in types alike) and their instances.

use super::dict::{Dict, Key};
use super::exception::{ExcType, TraceEntry};
use super::hash::hash_str;
use super::{ObjKind, ObjRef, Value};
use crate::model::{Model, ObjCell};

/// The built-in type a class is, or derives from (its instances' layout).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Iterator,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Cell,
    Code,
    Native,
    /// `_hashlib.HASH`: the objects `hashlib.sha256()` and friends return.
    Hash,
    BaseException,
}

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
}

impl<M: Model> Class<M> {
    /// Find `name` in this class, then along its MRO.
    pub fn lookup(&self, name: &str) -> Option<Value<M>> {
        let key = StrKey::new(name);
        if let Some(v) = self.dict.with(|d| d.map.get(&key).cloned()) {
            return Some(v);
        }
        for base in &self.mro {
            if let ObjKind::Class(c) = &base.kind
                && let Some(v) = c.dict.with(|d| d.map.get(&key).cloned())
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
    pub dict: M::Cell<Dict<M>>,
    pub exc: Option<Box<M::Cell<ExcState<M>>>>,
}

impl<M: Model> Instance<M> {
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
    pub fn get_attr(&self, name: &str) -> Option<Value<M>> {
        let key = StrKey::new(name);
        self.dict.with(|d| d.map.get(&key).cloned())
    }
}

/// Looks up a str key without allocating a str object.
pub struct StrKey<'a> {
    hash: i64,
    s: &'a str,
}

impl<'a> StrKey<'a> {
    pub fn new(s: &'a str) -> StrKey<'a> {
        StrKey { hash: hash_str(s), s }
    }
}

impl std::hash::Hash for StrKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_i64(self.hash);
    }
}

impl<M: Model> indexmap::Equivalent<Key<M>> for StrKey<'_> {
    fn equivalent(&self, key: &Key<M>) -> bool {
        key.hash == self.hash && key.value.as_str() == Some(self.s)
    }
}
