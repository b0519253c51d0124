//! Reading and writing a namespace dict (globals, builtins, a module's
//! or an instance's `__dict__`) by name, from Rust.

use crate::model::{Model, ObjCell};
use crate::object::class::StrKey;
use crate::object::{ObjKind, ObjRef, Value};

pub fn dict_get_str<M: Model>(dict: &ObjRef<M>, name: &str) -> Option<Value<M>> {
    dict_get_key(dict, &StrKey::new(name))
}

pub fn dict_get_key<M: Model>(dict: &ObjRef<M>, key: &StrKey) -> Option<Value<M>> {
    match &dict.kind {
        ObjKind::Dict(d) => d.with(|d| d.get(key).cloned()),
        _ => None,
    }
}

/// Set `dict[name]`, returning the old value so the caller drops it outside
/// the dict's cell.
pub fn dict_set_str<M: Model>(dict: &ObjRef<M>, name: &str, v: Value<M>) -> Option<Value<M>> {
    dict_set_key(dict, &StrKey::new(name), v)
}

pub fn dict_set_key<M: Model>(dict: &ObjRef<M>, key: &StrKey, v: Value<M>) -> Option<Value<M>> {
    match &dict.kind {
        ObjKind::Dict(d) => d.with(|d| d.set_key(key, v)),
        _ => None,
    }
}

pub fn dict_del_str<M: Model>(dict: &ObjRef<M>, name: &str) -> Option<Value<M>> {
    match &dict.kind {
        ObjKind::Dict(d) => {
            let key = StrKey::new(name);
            d.with(|d| d.remove(&key))
        }
        _ => None,
    }
}
