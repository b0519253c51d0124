//! `_weakref`: the native layer under `weakref` (written in Python on top
//! of it). A weak slot is a kernel-like handle on `model::weak::WeakSlot`:
//! it holds an address, never a count.

use std::any::Any;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::model::Model;
use crate::model::weak::{self, WeakSlot};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::runtime::kernel::{NativeHandle, NativeObject};
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

struct SlotHandle(Arc<WeakSlot>);

impl NativeObject for SlotHandle {
    fn type_name(&self) -> &'static str {
        "weakslot"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    /// An address means nothing in another heap: the copy is dead.
    fn copy_for_other_interpreter(&self) -> Option<NativeHandle> {
        Some(NativeHandle(Arc::new(SlotHandle(Arc::new(WeakSlot::dead(self.0.id))))))
    }
}

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    super::registry::add_functions(vm, module, functions())
}

fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[("slot", slot), ("get", get), ("alive", alive), ("watch", watch), ("slot_id", slot_id)]
}

/// The interpreter (heap) a slot's object belongs to.
fn heap_id<M: Model>(vm: &Vm<M>) -> usize {
    Arc::as_ptr(&vm.interp) as *const u8 as usize
}

fn handle<M: Model>(v: &Value<M>) -> PyResult<&Arc<WeakSlot>, M> {
    match v.kind() {
        Some(ObjKind::Native(h)) => h.downcast::<SlotHandle>().map(|s| &s.0),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("expected a weak slot"))
}

/// CPython's rule, in minipy's terms: functions, classes, sets, methods
/// and instances of classes written in Python, except those whose instances
/// are variable-sized in CPython (int, str, bytes, tuple subclasses) or
/// whose `__slots__` leave out `__weakref__`.
fn weakly_referenceable<M: Model>(v: &Value<M>) -> bool {
    let Some(kind) = v.kind() else { return false };
    if !kind.may_be_weakly_referenced() {
        return false;
    }
    let ObjKind::Instance(inst) = kind else { return true };
    let class = inst.class();
    if class.display_module() == "builtins" {
        return false;
    }
    if let Some(p) = &inst.payload
        && (matches!(p, Value::Int(_) | Value::Bool(_))
            || matches!(p.kind(), Some(ObjKind::BigInt(_) | ObjKind::Str(_) | ObjKind::Bytes(_) | ObjKind::Tuple(_))))
    {
        return false;
    }
    match &class.slots {
        Some(names) => names.iter().any(|n| n == "__weakref__"),
        None => true,
    }
}

/// `slot(obj)`: the weak slot of `obj`.
fn slot<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("slot", 1, 1)?;
    let obj = &args.pos[0];
    if !weakly_referenceable(obj) {
        return Err(PyErr::type_error(format!("cannot create weak reference to '{}' object", obj.type_name())));
    }
    let Value::Obj(o) = obj else { unreachable!("checked above") };
    let s = weak::slot_for(o, heap_id(vm));
    Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(SlotHandle(s))))))
}

/// `get(slot)`: the object, or None once it is gone.
fn get<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("get", 1, 1)?;
    let s = handle(&args.pos[0])?;
    Ok(weak::upgrade::<M>(s, heap_id(vm)).map_or(Value::None, Value::Obj))
}

fn alive<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("alive", 1, 1)?;
    let s = handle(&args.pos[0])?;
    Ok(Value::Bool(weak::upgrade::<M>(s, heap_id(vm)).is_some()))
}

/// `watch(slot)`: report the object's death to `weakref._dead`; returns
/// the slot's id.
fn watch<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("watch", 1, 1)?;
    let s = handle(&args.pos[0])?;
    s.watched.store(true, Ordering::Relaxed);
    Ok(Value::Int(s.id as i64))
}

fn slot_id<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("slot_id", 1, 1)?;
    Ok(Value::Int(handle(&args.pos[0])?.id as i64))
}
