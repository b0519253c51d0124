//! The eval loop's cached paths for LOAD_ATTR, STORE_ATTR, LOAD_METHOD and
//! LOAD_GLOBAL (the caches themselves: `bytecode::inline_cache`).
//!
//! Each path handles the common case it remembered — an instance attribute
//! of a class with no such class attribute, a method found on the class, a
//! plain store into the instance dict, a global or builtin at the dict
//! position it had last time — and falls back to the general lookup for
//! anything else, which then does exactly what it did before. A class fact
//! is only remembered for the cases whose outcome depends on nothing but
//! the class dicts along the MRO, which the class-dict epoch covers.

use super::Vm;
use super::name_errors::name_error;
use super::namespace_dicts::{dict_get_key, dict_set_str};
use crate::bytecode::Code;
use crate::bytecode::inline_cache::{ClassFact, Facts, Hint, NameCache, Place};
use crate::model::{Model, ObjCell};
use crate::object::class::Class;
use crate::object::class_cache;
use crate::object::dict::{Dict, Key, StrKey};
use crate::object::{Instance, ObjKind, ObjRef, PyResult, Value};

/// LOAD_ATTR: no class along the MRO has the name (and there is no
/// `__getattribute__`): only the instance dict can have it.
const INSTANCE_ONLY: u8 = 1;
/// LOAD_ATTR: a class attribute that is neither a property nor an instance
/// of a Python class (so not a descriptor): the instance dict, else the
/// class attribute bound.
const CLASS_PLAIN: u8 = 2;
/// STORE_ATTR: straight into the instance dict (no `__setattr__`, no data
/// descriptor, no slots).
const STORE_PLAIN: u8 = 3;
/// LOAD_METHOD on an instance: a Python function on the class.
const METHOD: u8 = 4;
/// LOAD_METHOD on a built-in value: a built-in method on its type.
const BUILTIN_METHOD: u8 = 5;
/// None of the above: take the general path without looking again.
const GENERAL: u8 = 6;
/// LOAD_ATTR or LOAD_METHOD on a class object (`Strength.REQUIRED`,
/// `Strength.stronger`): the name is found along the class's own MRO, at
/// the remembered place (a fact about the class itself, never about its
/// instances, so the kinds cannot be confused).
const CLASS_ATTR: u8 = 7;
/// LOAD_ATTR on an instance: a property on the class (a data descriptor,
/// so the instance dict is not consulted): its getter is called.
const CLASS_PROPERTY: u8 = 8;

impl<M: Model> Vm<M> {
    /// LOAD_ATTR of `code.names[arg]`.
    #[inline]
    pub(super) fn load_attr_cached(&mut self, obj: &Value<M>, code: &Code, arg: u32) -> PyResult<Value<M>, M> {
        let key = code.name_key(arg);
        if let Value::Obj(o) = obj
            && let ObjKind::Instance(inst) = &o.kind
        {
            let cache = code.caches.name(arg);
            let cls = inst.class();
            let epoch = class_cache::epoch();
            match cache.load.get(cls.cache_id, epoch) {
                Some(f) if f.kind() == INSTANCE_ONLY => {
                    if let Some(v) = instance_get(inst, &key, &cache.inst_hint) {
                        return Ok(v);
                    }
                }
                Some(f) if f.kind() == CLASS_PLAIN => {
                    if let Some(v) = instance_get(inst, &key, &cache.inst_hint) {
                        return Ok(v);
                    }
                    if let Some(ca) = cls.value_at(f.at(), f.entry(), &key) {
                        return Ok(self.bind(ca, obj, inst.class_obj()));
                    }
                }
                Some(f) if f.kind() == CLASS_PROPERTY => {
                    // As `generic_getattr_key` does for a property, without
                    // looking it up along the MRO again.
                    if let Some(ca) = cls.value_at(f.at(), f.entry(), &key)
                        && let Some(ObjKind::Property(p)) = ca.kind()
                        && !p[0].is_none()
                    {
                        let getter = p[0].clone();
                        return match self.call(&getter, std::slice::from_ref(obj), &[]) {
                            Ok(v) => Ok(v),
                            Err(e) => match self.getattr_after_error(obj, inst, key.as_str(), e)? {
                                Some(v) => Ok(v),
                                None => Err(self.no_attribute(obj, key.as_str())),
                            },
                        };
                    }
                }
                Some(_) => {}
                None => fill(&cache.load, cls, epoch, load_fact(cls, &key)),
            }
        } else if let Value::Obj(o) = obj
            && let ObjKind::Module(m) = &o.kind
            && let Some(v) = module_get(&m.dict, &key, code.caches.name(arg))
        {
            // A name the module defines (`random.random`): its value as is.
            return Ok(v);
        } else if let Value::Obj(o) = obj
            && let ObjKind::Class(cls) = &o.kind
            && let Some(v) = class_attr_cached(cls, &key, &code.caches.name(arg).load)
        {
            return self.class_attr_value(obj, v);
        }
        self.getattr_key(obj, &key)
    }

    /// STORE_ATTR of `code.names[arg]`.
    #[inline]
    pub(super) fn store_attr_cached(
        &mut self,
        obj: &Value<M>,
        code: &Code,
        arg: u32,
        value: Value<M>,
    ) -> PyResult<(), M> {
        let key = code.name_key(arg);
        if let Value::Obj(o) = obj
            && let ObjKind::Instance(inst) = &o.kind
        {
            let cache = code.caches.name(arg);
            let cls = inst.class();
            let epoch = class_cache::epoch();
            match cache.store.get(cls.cache_id, epoch) {
                Some(f) if f.kind() == STORE_PLAIN => {
                    let old = self.store_instance(inst, &key, &cache.inst_hint, value);
                    drop(old);
                    return Ok(());
                }
                Some(_) => {}
                None => fill(&cache.store, cls, epoch, store_fact(inst, &key)),
            }
        }
        self.setattr_key(obj, &key, value)
    }

    /// What `generic_setattr_key` does for a plain attribute: replace it,
    /// or add it with the shared key object; the old value, to drop
    /// outside the dict's cell.
    fn store_instance(&mut self, inst: &Instance<M>, key: &StrKey, hint: &Hint, value: Value<M>) -> Option<Value<M>> {
        let mut h = hint.get();
        let replaced = inst.with_dict(|d| match d.replace_hinted(key, value, &mut h) {
            Ok(old) => Some(old),
            Err(value) => {
                d.push_absent(Key { hash: key.hash_value(), value: self.attr_key(key) }, value);
                None
            }
        });
        if replaced.is_some() && h != hint.get() {
            hint.set(h);
        }
        replaced
    }

    /// LOAD_METHOD of `code.names[arg]`: `(callable, receiver)` as
    /// `load_method_key` gives them.
    #[inline]
    pub(super) fn load_method_cached(
        &mut self,
        obj: Value<M>,
        code: &Code,
        arg: u32,
    ) -> PyResult<(Value<M>, Value<M>), M> {
        let key = code.name_key(arg);
        let cache = code.caches.name(arg);
        let epoch = class_cache::epoch();
        match &obj {
            Value::Obj(o) if let ObjKind::Instance(inst) = &o.kind => {
                let cls = inst.class();
                match cache.method.get(cls.cache_id, epoch) {
                    Some(f) if f.kind() == METHOD => {
                        let shadowed = inst.with_dict(|d| !d.is_empty() && d.contains_key(&key));
                        if !shadowed && let Some(m) = cls.value_at(f.at(), f.entry(), &key) {
                            return Ok((m, obj));
                        }
                    }
                    Some(_) => {}
                    None => fill(&cache.method, cls, epoch, method_fact(cls, &key, METHOD)),
                }
            }
            Value::Obj(o) if let ObjKind::Module(m) = &o.kind => {
                if let Some(v) = module_get(&m.dict, &key, cache) {
                    // As `load_method_key` after `getattr_key`: a bound
                    // Python function is called with its receiver in place.
                    if let Some(ObjKind::BoundMethod(f, receiver)) = v.kind()
                        && matches!(f.kind(), Some(ObjKind::Function(_)))
                    {
                        return Ok((f.clone(), receiver.clone()));
                    }
                    return Ok((v, Value::Undef));
                }
            }
            Value::Obj(o) if let ObjKind::Class(cls) = &o.kind => {
                if let Some(v) = class_attr_cached(cls, &key, &cache.method) {
                    // As `load_method_key` after `getattr_key`.
                    let v = self.class_attr_value(&obj, v)?;
                    if let Some(ObjKind::BoundMethod(f, receiver)) = v.kind()
                        && matches!(f.kind(), Some(ObjKind::Function(_)))
                    {
                        return Ok((f.clone(), receiver.clone()));
                    }
                    return Ok((v, Value::Undef));
                }
            }
            Value::Obj(o) if matches!(o.kind, ObjKind::Super(..)) => {}
            _ => {
                let t = self.type_of(&obj);
                if let ObjKind::Class(cls) = &t.kind {
                    match cache.method.get(cls.cache_id, epoch) {
                        Some(f) if f.kind() == BUILTIN_METHOD => {
                            if let Some(m) = cls.value_at(f.at(), f.entry(), &key) {
                                return Ok((m, obj));
                            }
                        }
                        Some(_) => {}
                        None => fill(&cache.method, cls, epoch, method_fact(cls, &key, BUILTIN_METHOD)),
                    }
                }
            }
        }
        self.load_method_key(obj, &key)
    }

    /// LOAD_GLOBAL of `code.names[arg]`: in line, only the remembered
    /// places (a global at its place in the module dict, or a builtin the
    /// module dict still lacks, at its place in the builtins), each checked
    /// against its dict's key-set stamp; anything else goes the whole way.
    #[inline(always)]
    pub(super) fn load_global_cached(&mut self, globals: &ObjRef<M>, code: &Code, arg: u32) -> PyResult<Value<M>, M> {
        let cache = code.caches.name(arg);
        if let ObjKind::Dict(d) = &globals.kind {
            let found = d.with(|d| {
                let stamp = d.current_keys_stamp();
                match cache.global_place.position_under(stamp) {
                    Some(pos) => Some(d.value_at_position(pos).cloned()),
                    None if stamp != 0 && cache.global_absent.get() == stamp => None,
                    None => Some(None),
                }
            });
            match found {
                Some(Some(v)) => return Ok(v),
                // Not in the module: the builtins, at their place.
                None => {
                    if let ObjKind::Dict(b) = &self.interp.builtins.kind
                        && let Some(v) = b.with(|b| {
                            cache
                                .builtin_place
                                .position_under(b.current_keys_stamp())
                                .and_then(|pos| b.value_at_position(pos).cloned())
                        })
                    {
                        return Ok(v);
                    }
                }
                Some(None) => {}
            }
        }
        self.load_global_looked_up(globals, code, arg)
    }

    #[inline(never)]
    fn load_global_looked_up(&mut self, globals: &ObjRef<M>, code: &Code, arg: u32) -> PyResult<Value<M>, M> {
        let key = code.name_key(arg);
        let cache = code.caches.name(arg);
        if let ObjKind::Dict(d) = &globals.kind {
            let found = d.with(|d| {
                let absent = cache.global_absent.get();
                if absent != 0 && d.current_keys_stamp() == absent {
                    // No key added since the name was found missing.
                    return None;
                }
                let found = dict_get_placed(d, &key, &cache.global_hint, &cache.global_place);
                if found.is_none() {
                    cache.global_absent.set(d.keys_stamp());
                }
                found
            });
            if let Some(v) = found {
                return Ok(v);
            }
        }
        if let ObjKind::Dict(d) = &self.interp.builtins.kind
            && let Some(v) = d.with(|d| dict_get_placed(d, &key, &cache.builtin_hint, &cache.builtin_place))
        {
            return Ok(v);
        }
        self.load_global(globals, &key)
    }
}

/// A name a module's dict defines, for LOAD_ATTR and LOAD_METHOD on the
/// module (`math.pi`, `math.sqrt(x)`): at its remembered place (see
/// `dict_get_placed`). Never `__dict__`, which is the dict itself.
#[inline(always)]
fn module_get<M: Model>(dict: &ObjRef<M>, key: &StrKey, cache: &NameCache) -> Option<Value<M>> {
    let ObjKind::Dict(d) = &dict.kind else { return None };
    if key.as_str() == "__dict__" {
        return None;
    }
    d.with(|d| dict_get_placed(d, key, &cache.inst_hint, &cache.module_place))
}

/// `d[key]` for LOAD_GLOBAL and module attributes: at the remembered
/// place while the dict's key set is unchanged, else by the hinted lookup,
/// remembering the place.
#[inline(always)]
fn dict_get_placed<M: Model>(d: &mut Dict<M>, key: &StrKey, hint: &Hint, place: &Place) -> Option<Value<M>> {
    if let Some(pos) = place.position_under(d.current_keys_stamp())
        && let Some(v) = d.value_at_position(pos)
    {
        return Some(v.clone());
    }
    dict_get_and_place(d, key, hint, place)
}

#[inline(never)]
fn dict_get_and_place<M: Model>(d: &mut Dict<M>, key: &StrKey, hint: &Hint, place: &Place) -> Option<Value<M>> {
    let mut h = hint.get();
    let v = d.get_hinted(key, &mut h)?.clone();
    if h != hint.get() {
        hint.set(h);
    }
    place.set(d.keys_stamp(), h);
    Some(v)
}

/// `d[key] = v` for a dict object (STORE_NAME and STORE_GLOBAL into a
/// module's globals), trying the hinted entry first; the old value, to be
/// dropped outside the dict's cell.
#[inline]
pub(super) fn dict_set_hinted<M: Model>(dict: &ObjRef<M>, key: &StrKey, hint: &Hint, v: Value<M>) -> Option<Value<M>> {
    let ObjKind::Dict(d) = &dict.kind else { return None };
    let mut h = hint.get();
    d.with(|d| match d.replace_hinted(key, v, &mut h) {
        Ok(old) => {
            if h != hint.get() {
                hint.set(h);
            }
            Some(old)
        }
        Err(v) => d.set_key(key, v),
    })
}

/// The instance's own attribute, trying the hinted entry first.
#[inline(always)]
fn instance_get<M: Model>(inst: &Instance<M>, key: &StrKey, hint: &Hint) -> Option<Value<M>> {
    let mut h = hint.get();
    let v = inst.with_dict(|d| d.get_hinted(key, &mut h).cloned());
    if v.is_some() && h != hint.get() {
        hint.set(h);
    }
    v
}

/// The value class `cls`'s MRO holds for `key`, read at the place `slot`
/// remembers (filled here on a miss); None when the name is not on the
/// class (the metaclass and the special names are the general path's).
#[inline]
fn class_attr_cached<M: Model>(cls: &Class<M>, key: &StrKey, slot: &Facts) -> Option<Value<M>> {
    let epoch = class_cache::epoch();
    match slot.get(cls.cache_id, epoch) {
        Some(f) if f.kind() == CLASS_ATTR => cls.value_at(f.at(), f.entry(), key),
        Some(_) => None,
        // type's own `__name__`/`__qualname__` are never inherited: the
        // general lookup answers them.
        None if matches!(key.as_str(), "__name__" | "__qualname__") => {
            fill(slot, cls, epoch, general());
            None
        }
        None => match cls.locate(key) {
            Some((at, entry, v)) => {
                fill(slot, cls, epoch, ClassFact::new(CLASS_ATTR, at, entry));
                Some(v)
            }
            None => {
                fill(slot, cls, epoch, general());
                None
            }
        },
    }
}

/// Remember `fact` for `cls` (nothing for `None`: too big to pack).
fn fill<M: Model>(slot: &Facts, cls: &Class<M>, epoch: u64, fact: Option<ClassFact>) {
    if let Some(f) = fact {
        slot.put(cls.cache_id, epoch, f);
    }
}

fn general() -> Option<ClassFact> {
    ClassFact::new(GENERAL, 0, 0)
}

/// What LOAD_ATTR of `key` on an instance of `cls` can skip.
#[cold]
fn load_fact<M: Model>(cls: &Class<M>, key: &StrKey) -> Option<ClassFact> {
    if cls.custom_getattribute {
        return general();
    }
    match cls.locate(key) {
        None => ClassFact::new(INSTANCE_ONLY, 0, 0),
        // A slot's value lives in the instance's table (see `vm/slots.rs`).
        Some((_, _, v)) if super::slots::is_member_for(&v, key) => ClassFact::new(INSTANCE_ONLY, 0, 0),
        Some((at, entry, v)) if matches!(v.kind(), Some(ObjKind::Property(_))) => {
            ClassFact::new(CLASS_PROPERTY, at, entry)
        }
        Some((_, _, v)) if matches!(v.kind(), Some(ObjKind::Instance(_))) => general(),
        Some((at, entry, _)) => ClassFact::new(CLASS_PLAIN, at, entry),
    }
}

/// Whether STORE_ATTR of `key` on `inst` goes straight into its dict (as
/// `setattr_key` then `generic_setattr_key` decide, from the class alone).
#[cold]
fn store_fact<M: Model>(inst: &Instance<M>, key: &StrKey) -> Option<ClassFact> {
    let cls = inst.class();
    let custom_setattr = cls.lookup("__setattr__").is_some_and(|f| !matches!(f.kind(), Some(ObjKind::Builtin(_))));
    let descriptor =
        cls.locate(key).is_some_and(|(_, _, v)| matches!(v.kind(), Some(ObjKind::Property(_) | ObjKind::Instance(_))));
    let special = matches!(key.as_str(), "__cause__" | "__dict__" | "__class__");
    let member = cls.locate(key).is_some_and(|(_, _, v)| super::slots::is_member_for(&v, key));
    if member && !custom_setattr && !special {
        return ClassFact::new(STORE_PLAIN, 0, 0);
    }
    if custom_setattr || descriptor || special || cls.slots.is_some() || !super::attr::has_instance_dict(inst) {
        return general();
    }
    ClassFact::new(STORE_PLAIN, 0, 0)
}

/// Where LOAD_METHOD finds `key` on `cls`: a Python function (`METHOD`,
/// for instances) or a built-in method (`BUILTIN_METHOD`, for built-in
/// values), as `load_method_key` would accept it.
#[cold]
fn method_fact<M: Model>(cls: &Class<M>, key: &StrKey, kind: u8) -> Option<ClassFact> {
    // A `__getattribute__` written in Python sees every lookup.
    if cls.custom_getattribute {
        return general();
    }
    let Some((at, entry, v)) = cls.locate(key) else { return general() };
    let fits = match v.kind() {
        Some(ObjKind::Function(_)) => kind == METHOD,
        // A native method installed on a Python class (array, deque) takes
        // the instance itself as its receiver, as a function does; a
        // built-in type's method on an instance of a subclass (`append` on
        // a `class L(list)`) is given the instance too, and `Vm::call`
        // passes it the payload in its place.
        Some(ObjKind::Builtin(b)) if kind == METHOD => b.is_method,
        Some(ObjKind::Builtin(b)) => kind == BUILTIN_METHOD && b.is_method,
        _ => false,
    };
    if fits { ClassFact::new(kind, at, entry) } else { general() }
}

impl<M: Model> Vm<M> {
    /// LOAD_GLOBAL's whole way: the globals, the builtins, then the
    /// builtins written in Python.
    pub(super) fn load_global(&mut self, globals: &ObjRef<M>, key: &StrKey) -> PyResult<Value<M>, M> {
        if let Some(v) = dict_get_key(globals, key) {
            return Ok(v);
        }
        if let Some(v) = dict_get_key(&self.interp.builtins, key) {
            return Ok(v);
        }
        let name = key.as_str();
        self.lazy_builtin(name)?.ok_or_else(|| name_error(name))
    }
}

/// Builtins written in Python: made on first use, then kept in `builtins`.
const LAZY_BUILTINS: &[(&str, &str, &str)] = &[
    ("BaseExceptionGroup", "_minipy_excgroup", "BaseExceptionGroup"),
    ("ExceptionGroup", "_minipy_excgroup", "ExceptionGroup"),
    (crate::parser::except_star::STAR_MATCH_BUILTIN, "_minipy_excgroup", "_StarMatch"),
];

impl<M: Model> Vm<M> {
    fn lazy_builtin(&mut self, name: &str) -> PyResult<Option<Value<M>>, M> {
        let Some((_, module, attr)) = LAZY_BUILTINS.iter().find(|(n, ..)| *n == name) else { return Ok(None) };
        let m = self.import_absolute(module)?;
        let v = self.getattr(&m, attr)?;
        drop(dict_set_str(&self.interp.builtins, name, v.clone()));
        Ok(Some(v))
    }
}
