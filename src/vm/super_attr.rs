//! `super()`'s attribute lookup: the classes after the one it starts
//! from, in the receiver's MRO, and the super object's own attributes.

use super::Vm;
use super::frame::Frame;
use crate::bytecode::inline_cache::{ClassFact, Facts};
use crate::bytecode::{Code, Instr, Op};
use crate::model::heap::ValueStack;
use crate::model::{Model, ObjCell};
use crate::object::class::{BuiltinType, Class};
use crate::object::class_cache;
use crate::object::dict::StrKey;
use crate::object::{ObjKind, ObjRef, PyResult, Value};

impl<M: Model> Vm<M> {
    /// `super(start, receiver).name`: the classes after `start` in the
    /// receiver's MRO.
    pub(super) fn super_lookup(
        &mut self,
        start: &ObjRef<M>,
        receiver: &Value<M>,
        name: &str,
    ) -> PyResult<Option<Value<M>>, M> {
        let Some((v, class_mode, t)) = self.super_find(start, receiver, &StrKey::new(name)) else { return Ok(None) };
        if !class_mode {
            match v.kind() {
                Some(ObjKind::Function(_)) => return Ok(Some(Value::obj(ObjKind::BoundMethod(v, receiver.clone())))),
                // A property found past `start` is read for the receiver,
                // as `obj.name` reads it.
                Some(ObjKind::Property(p)) => {
                    let getter = p[0].clone();
                    return self.read_property(getter, receiver, name, receiver.type_name()).map(Some);
                }
                _ => {}
            }
        }
        Ok(Some(self.bind(v, receiver, &t)))
    }

    /// `super(start, receiver).name` as a method: the Python function found
    /// after `start` in the receiver's MRO, to be called with the receiver
    /// (no bound method made), or None when the lookup binds otherwise.
    pub(super) fn super_method(&self, start: &ObjRef<M>, receiver: &Value<M>, key: &StrKey) -> Option<Value<M>> {
        match self.super_find(start, receiver, key)? {
            (v, false, _) if matches!(v.kind(), Some(ObjKind::Function(_))) => Some(v),
            _ => None,
        }
    }

    /// CALL_SUPER followed by LOAD_METHOD: when the callable is the
    /// built-in `super` and the method found is a Python function called
    /// on the receiver, push what LOAD_METHOD would (the function, then
    /// the receiver) in place of the callable and its two arguments, step
    /// over the LOAD_METHOD and answer true, making no super object. Any
    /// other case (another `super`, an error to raise, a class method, a
    /// property) answers false for [`Vm::call_super`].
    #[inline]
    pub(super) fn super_method_fused(&self, frame: &mut Frame<M>, code: &Code) -> bool {
        let Some(&Instr { op: Op::LoadMethod, arg: name }) = code.instrs.get(frame.ip) else { return false };
        let [callable, Value::Obj(start), receiver] = &frame.stack[frame.stack.len() - 3..] else { return false };
        let Value::Obj(callable) = callable else { return false };
        if !ObjRef::ptr_eq(callable, self.interp.types.get(BuiltinType::Super))
            || !matches!(start.kind, ObjKind::Class(_))
        {
            return false;
        }
        let key = code.name_key(name);
        let Some(method) = self.super_method_cached(start, receiver, &key, &code.caches.name(name).super_method) else {
            return false;
        };
        let receiver = frame.stack.pop_value().expect("the receiver");
        frame.stack.pop_value();
        frame.stack.pop_value();
        frame.stack.push_value(method);
        frame.stack.push_value(receiver);
        frame.ip += 1;
        true
    }

    /// [`Vm::super_method`] for an instance receiver, read at the place
    /// `facts` remember for the receiver's class (filled here on a miss)
    /// under the class-cache epoch. A fact holds where `start` was in the
    /// receiver's MRO (its kind) and where `key` was found after it; it is
    /// used only while `start` is still there (two classes made by one
    /// class statement run twice share the method's code and its facts).
    #[inline]
    fn super_method_cached(
        &self,
        start: &ObjRef<M>,
        receiver: &Value<M>,
        key: &StrKey,
        facts: &Facts,
    ) -> Option<Value<M>> {
        let Some(ObjKind::Instance(inst)) = receiver.kind() else { return self.super_method(start, receiver, key) };
        let class = inst.class();
        let epoch = class_cache::epoch();
        let fact = match facts.get(class.cache_id, epoch) {
            Some(fact) => fact,
            None => {
                let fact = super_fact(inst.class_obj(), class, start, key)?;
                facts.put(class.cache_id, epoch, fact);
                fact
            }
        };
        let start_at = fact.kind() as usize;
        let found_start = if start_at == 0 { Some(inst.class_obj()) } else { class.mro.get(start_at - 1) };
        if !found_start.is_some_and(|s| ObjRef::ptr_eq(s, start)) {
            return self.super_method(start, receiver, key);
        }
        match class.value_at(fact.at(), fact.entry(), key)? {
            Value::Obj(f) if matches!(f.kind, ObjKind::Function(_)) => Some(Value::Obj(f)),
            _ => None,
        }
    }

    /// CALL_SUPER: the built-in `super` called with the class and the
    /// receiver below it; anything else, with no arguments (the call as
    /// written).
    pub(super) fn call_super(&mut self, frame: &mut Frame<M>) -> PyResult<(), M> {
        let at = frame.stack.len() - 3;
        let callable = frame.stack[at].clone();
        let builtin =
            matches!(&callable, Value::Obj(o) if ObjRef::ptr_eq(o, self.interp.types.get(BuiltinType::Super)));
        let args = if builtin { &frame.stack[at + 1..] } else { &[] };
        let result = self.call(&callable, args, &[])?;
        frame.stack.truncate(at);
        frame.stack.push_value(result);
        Ok(())
    }

    /// The unbound value of `key` after `start` in the MRO that
    /// `super(start, receiver)` searches, whether the lookup is in class
    /// mode, and the class whose MRO it is.
    fn super_find(&self, start: &ObjRef<M>, receiver: &Value<M>, key: &StrKey) -> Option<(Value<M>, bool, ObjRef<M>)> {
        // Class mode (`super()` in a class method) when the
        // receiver is a subclass of `start`; else the receiver
        // is an instance (of a metaclass, if it is a class).
        let class_mode = match receiver.kind() {
            Some(ObjKind::Class(rc)) => rc.is_subclass(receiver.as_obj().expect("class"), start),
            _ => false,
        };
        let t = if class_mode { receiver.as_obj().cloned().expect("class") } else { self.type_of(receiver) };
        let ObjKind::Class(c) = &t.kind else { return None };
        let found = locate_after(&t, c, start, key)?.value;
        Some((found, class_mode, t))
    }
}

/// A super object's own attributes: the class it starts after, the
/// receiver and the receiver's type (None when unbound).
pub(super) fn super_attr<M: Model>(
    start: &ObjRef<M>,
    receiver: &Value<M>,
    name: &str,
    type_of: impl FnOnce(&Value<M>) -> ObjRef<M>,
) -> Option<Value<M>> {
    match name {
        "__thisclass__" => Some(Value::Obj(start.clone())),
        "__self__" => Some(receiver.clone()),
        "__self_class__" => Some(match receiver.kind() {
            _ if matches!(receiver, Value::None) => Value::None,
            Some(ObjKind::Class(rc)) if rc.is_subclass(receiver.as_obj().expect("class"), start) => receiver.clone(),
            _ => Value::Obj(type_of(receiver)),
        }),
        _ => None,
    }
}

/// Where `super(start, obj).key` finds `key` for an `obj` of class
/// `class` (its class object `class_obj`): `start`'s place in the MRO as
/// the fact's kind, and the place of `key` after it. None when `start` is
/// not in the MRO, or `key` not after it, or the places do not pack.
fn super_fact<M: Model>(class_obj: &ObjRef<M>, class: &Class<M>, start: &ObjRef<M>, key: &StrKey) -> Option<ClassFact> {
    let found = locate_after(class_obj, class, start, key)?;
    ClassFact::new(u8::try_from(found.start_at).ok()?, found.at as u32, found.entry)
}

/// `key` found after `start` in an MRO (see [`locate_after`]).
struct FoundAfter<M: Model> {
    /// `start`'s place: 0 the class itself, `i + 1` its `mro[i]`.
    start_at: usize,
    /// The place of the first class after it that has `key`.
    at: usize,
    /// `key`'s entry in that class's dict.
    entry: usize,
    value: Value<M>,
}

/// The first class after `start` in `class`'s MRO (the class object
/// `class_obj` itself first) that has `key`: what `super(start, obj).key`
/// reads for an `obj` of that class.
fn locate_after<M: Model>(
    class_obj: &ObjRef<M>,
    class: &Class<M>,
    start: &ObjRef<M>,
    key: &StrKey,
) -> Option<FoundAfter<M>> {
    let chain = || std::iter::once(class_obj).chain(class.mro.iter());
    let start_at = chain().position(|k| ObjRef::ptr_eq(k, start))?;
    chain().enumerate().skip(start_at + 1).find_map(|(at, k)| match &k.kind {
        ObjKind::Class(c) => c
            .dict
            .with(|d| d.locate(key).map(|(entry, value)| FoundAfter { start_at, at, entry, value: value.clone() })),
        _ => None,
    })
}
