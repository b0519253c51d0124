//! Facts about a class that fast paths ask on every operation, remembered
//! in the class under the class-cache epoch.
//!
//! `a != b` between two plain instances went through four built-in calls
//! (`object.__ne__` asking `object.__eq__`, forward and reflected) before
//! falling back to identity, and every `C(...)` looked `__new__` up twice.
//! Whether a class keeps `object`'s own methods only changes when some
//! class dict changes, which bumps the epoch of `object::class_cache`; so
//! the answer is computed once per class and epoch and stored beside the
//! epoch in one atomic word (no references held, nothing to lock).

use std::sync::atomic::Ordering;

use crate::model::Model;
use crate::object::class::{BuiltinType, Class};
use crate::object::class_cache;
use crate::object::dict::StrKey;
use crate::object::{ObjKind, Value};

use super::Vm;

/// `__eq__` and `__ne__` are `object`'s: `==` is identity.
pub const DEFAULT_EQUALITY: u64 = 1;
/// `__new__` is a built-in one (`object.__new__`): instantiation makes a
/// plain instance and calls `__init__`.
pub const BUILTIN_NEW: u64 = 2;
/// `__hash__` is `object`'s: a plain instance hashes by identity.
pub const DEFAULT_HASH: u64 = 4;
/// Neither `__bool__` nor `__len__` anywhere on the class: a plain
/// instance is always true.
pub const ALWAYS_TRUE: u64 = 8;
/// Marks a stored word as computed (epoch 0 is a real epoch).
const COMPUTED: u64 = 1 << 7;
const EPOCH_SHIFT: u32 = 8;

/// A class's `__new__` written in Python (a function, or a static method
/// wrapping one), which instantiation must call; None for a built-in one.
pub fn python_new<M: Model>(class: &Class<M>) -> Option<Value<M>> {
    const NEW: StrKey<'static> = StrKey::constant("__new__");
    let new = class.lookup_key(&NEW)?;
    match new.kind() {
        Some(ObjKind::StaticMethod(f)) if !matches!(f.kind(), Some(ObjKind::Builtin(_))) => Some(f.clone()),
        Some(ObjKind::Function(_)) => Some(new),
        _ => None,
    }
}

impl<M: Model> Vm<M> {
    /// The trait bits of `class` (DEFAULT_EQUALITY, BUILTIN_NEW, DEFAULT_HASH,
    /// ALWAYS_TRUE).
    #[inline]
    pub fn class_traits(&self, class: &Class<M>) -> u64 {
        let epoch = class_cache::epoch();
        let stored = class.traits.load(Ordering::Relaxed);
        if stored & COMPUTED != 0 && stored >> EPOCH_SHIFT == epoch & (u64::MAX >> EPOCH_SHIFT) {
            return stored & (COMPUTED - 1);
        }
        // The epoch was read before the lookups: a class dict changed
        // meanwhile leaves this answer under an epoch already gone.
        let bits = self.compute_traits(class);
        class.traits.store(epoch << EPOCH_SHIFT | COMPUTED | bits, Ordering::Relaxed);
        bits
    }

    fn compute_traits(&self, class: &Class<M>) -> u64 {
        let object = match &self.interp.types.get(BuiltinType::Object).kind {
            ObjKind::Class(c) => c,
            _ => return 0,
        };
        let inherited_from_object = |name: &str| match (class.lookup(name), object.lookup(name)) {
            (Some(mine), Some(objects)) => mine.is(&objects),
            _ => false,
        };
        let mut bits = 0;
        if inherited_from_object("__eq__") && inherited_from_object("__ne__") {
            bits |= DEFAULT_EQUALITY;
        }
        if python_new(class).is_none() {
            bits |= BUILTIN_NEW;
        }
        if inherited_from_object("__hash__") {
            bits |= DEFAULT_HASH;
        }
        if class.lookup("__bool__").is_none() && class.lookup("__len__").is_none() {
            bits |= ALWAYS_TRUE;
        }
        bits
    }

    /// Whether `==` on `v` is identity: a plain instance (no built-in
    /// value inside) whose class keeps `object`'s `__eq__` and `__ne__`.
    #[inline]
    pub fn has_default_equality(&self, v: &Value<M>) -> bool {
        match v.kind() {
            Some(ObjKind::Instance(inst)) if inst.payload.is_none() => {
                self.class_traits(inst.class()) & DEFAULT_EQUALITY != 0
            }
            _ => false,
        }
    }
}
