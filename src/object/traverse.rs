//! What the cycle collector (`vm::gc`) needs to know about each object
//! kind: whether it is tracked, the references it holds, and how to empty
//! it so that a garbage cycle falls apart.
//!
//! Soundness rests on one rule: `visit_refs` reports only references the
//! object owns (each one a count), never one twice. Reporting fewer is
//! safe (the targets just look externally referenced, so a cycle through
//! them is not collected); reporting more could free a live object. So a
//! kind is visited only as far as its fields are plain owned references.

use super::exception::Hint;
use super::iter::IterState;
use super::{ObjKind, ObjRef, Value};
use crate::model::{Model, ObjCell};
use crate::vm::frame::Frame;

impl<M: Model> ObjKind<M> {
    /// Whether objects of this kind are tracked (decided once, when the
    /// object is made). Kinds that cannot refer to a tracked object are
    /// left out, and so are those not worth the cost: plain iterators,
    /// modules (kept by `sys.modules`), and tuples of untracked items
    /// (their items never change, so such a tuple is never in a cycle).
    #[inline]
    pub fn gc_tracked(&self) -> bool {
        match self {
            ObjKind::List(_)
            | ObjKind::Dict(_)
            | ObjKind::Set(_)
            | ObjKind::Cell(_)
            | ObjKind::Class(_)
            | ObjKind::Instance(_)
            | ObjKind::Function(_)
            | ObjKind::BoundMethod(..)
            | ObjKind::Property(_)
            | ObjKind::StaticMethod(_)
            | ObjKind::ClassMethod(_) => true,
            ObjKind::Tuple(items) => items.iter().any(|v| matches!(v, Value::Obj(o) if o.gc_tracked_now())),
            ObjKind::Iter(it) => it.with(|s| {
                matches!(s, IterState::Generator { .. } | IterState::AsyncGen { .. } | IterState::AsyncGenStep(_))
            }),
            _ => false,
        }
    }

    /// Call `f` on every reference this object owns that may lead to a
    /// tracked object. Must not call back into Python or allocate.
    pub fn visit_refs(&self, f: &mut dyn FnMut(&ObjRef<M>)) {
        fn value<M: Model>(f: &mut dyn FnMut(&ObjRef<M>)) -> impl FnMut(&Value<M>) + '_ {
            move |v| {
                if let Value::Obj(o) = v {
                    f(o)
                }
            }
        }
        match self {
            ObjKind::List(l) => l.with(|items| items.iter().for_each(value(f))),
            ObjKind::Dict(d) | ObjKind::Set(d) => d.with(|d| {
                let mut value = value(f);
                for (k, v) in d.iter() {
                    value(&k.value);
                    value(v);
                }
            }),
            ObjKind::Tuple(items) => items.iter().for_each(value(f)),
            ObjKind::Cell(c) => c.with(|v| value(f)(v)),
            ObjKind::BoundMethod(func, this) => {
                let mut value = value(f);
                value(func);
                value(this);
            }
            ObjKind::Property(p) => p.iter().for_each(value(f)),
            ObjKind::StaticMethod(v) | ObjKind::ClassMethod(v) => value(f)(v),
            ObjKind::Function(func) => {
                f(&func.globals);
                func.defaults.iter().for_each(value(f));
                if let Some(k) = &func.kwdefaults {
                    f(k);
                }
                func.closure.iter().for_each(&mut *f);
                func.attrs.with(|a| a.iter().for_each(&mut *f));
            }
            ObjKind::Class(c) => {
                c.bases.iter().for_each(&mut *f);
                c.mro.iter().for_each(&mut *f);
                c.metaclass.iter().for_each(&mut *f);
                c.dict.with(|d| {
                    let mut value = value(f);
                    for (k, v) in d.iter() {
                        value(&k.value);
                        value(v);
                    }
                });
            }
            ObjKind::Instance(inst) => {
                // After `obj.__class__ = Other` the instance also keeps the
                // classes it had before; visiting only the current one
                // under-counts its references, which errs on the side of
                // keeping those classes alive, never of freeing them.
                f(inst.class_obj());
                inst.dict.with(|d| f(d));
                if let Some(p) = &inst.payload {
                    value(f)(p);
                }
                if let Some(exc) = &inst.exc {
                    exc.with(|e| {
                        let mut value = value(f);
                        e.args.iter().for_each(&mut value);
                        value(&e.cause);
                        value(&e.context);
                        if let Some(Hint::Attribute(obj, _)) = &e.hint {
                            value(obj);
                        }
                    });
                }
            }
            ObjKind::Iter(it) => it.with(|s| match s {
                IterState::Generator { frame: Some(frame), handled, .. } => {
                    f(&frame.func);
                    frame.stack.iter().for_each(value(f));
                    frame.cells.iter().for_each(&mut *f);
                    frame.namespace.iter().for_each(&mut *f);
                    handled.iter().for_each(value(f));
                }
                IterState::AsyncGen { body, .. } => value(f)(body),
                IterState::AsyncGenStep(step) => {
                    let mut v = value(f);
                    v(&step.agen);
                    v(&step.arg);
                }
                _ => {}
            }),
            _ => {}
        }
    }

    /// Empty a garbage object's mutable parts, returning what it held (the
    /// collector drops it all once every object is emptied). Immutable
    /// parts stay: the cycle is broken at the mutable objects on it.
    pub fn clear_for_gc(&self, frames: &mut Vec<Box<Frame<M>>>) -> Vec<Value<M>> {
        match self {
            ObjKind::Function(func) => func.attrs.with(|a| a.take().map(Value::Obj).into_iter().collect()),
            ObjKind::Instance(inst) => match &inst.exc {
                Some(exc) => exc.with(|e| {
                    let mut out = std::mem::take(&mut e.args);
                    out.push(std::mem::replace(&mut e.cause, Value::None));
                    out.push(std::mem::replace(&mut e.context, Value::None));
                    if let Some(Hint::Attribute(obj, _)) = e.hint.take() {
                        out.push(obj);
                    }
                    out
                }),
                None => Vec::new(),
            },
            ObjKind::Iter(it) => it.with(|s| match s {
                IterState::Generator { frame, handled, finished, .. } => {
                    if let Some(frame) = frame.take() {
                        *finished = true;
                        frames.push(frame);
                    }
                    std::mem::take(handled)
                }
                _ => Vec::new(),
            }),
            // Lists, dicts, sets, cells and class namespaces.
            kind => kind.take_contents(),
        }
    }
}

impl<M: Model> ObjRef<M> {
    /// Whether the cycle collector tracks this object.
    #[inline(always)]
    pub fn gc_tracked_now(&self) -> bool {
        crate::model::heap::is_gc_tracked::<M>(self)
    }
}
