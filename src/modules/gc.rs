//! `_gc`: the native layer under `gc` (lib/gc.py), over the cycle
//! collector in `vm::gc`.

use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjRef, PyResult, Value};
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    super::registry::add_functions(vm, module, functions())
}

fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("set_threshold", set_threshold),
        ("get_objects", get_objects),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
        ("is_tracked", is_tracked),
    ]
}

/// `collect()`: the number of unreachable objects found (0 when the
/// collection cannot run now, see `vm::gc`). Weak-reference callbacks of
/// what it freed run before it returns, as in CPython.
fn collect<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("collect", 0, 0)?;
    let n = vm.collect_garbage().unwrap_or(0);
    if crate::model::weak::deaths_pending() {
        vm.run_release_hooks()?;
    }
    Ok(Value::Int(n as i64))
}

fn enable<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("enable", 0, 0)?;
    vm.interp.gc.set_enabled(true);
    Ok(Value::None)
}

fn disable<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("disable", 0, 0)?;
    vm.interp.gc.set_enabled(false);
    Ok(Value::None)
}

fn isenabled<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("isenabled", 0, 0)?;
    Ok(Value::Bool(vm.interp.gc.enabled()))
}

/// `get_count()[0]`: container objects allocated, less those released,
/// since the last collection.
fn get_count<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("get_count", 0, 0)?;
    Ok(Value::Int(vm.interp.gc.count()))
}

/// `set_threshold(n)`: collect after n more container objects (0: never
/// automatically, as in CPython).
fn set_threshold<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("set_threshold", 1, 1)?;
    let n = match &args.pos[0] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        v => {
            let msg = format!("'{}' object cannot be interpreted as an integer", v.type_name());
            return Err(crate::object::PyErr::type_error(msg));
        }
    };
    vm.interp.gc.set_threshold(n);
    Ok(Value::None)
}

/// Every object the collector tracks (containers: lists, dicts, instances,
/// functions, classes, ...), as CPython's `get_objects()`; the list being
/// built is not in it.
fn get_objects<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("get_objects", 0, 1)?;
    let objs = vm.interp.gc.tracked::<M>();
    Ok(Value::list(objs.into_iter().map(|(_, o)| Value::Obj(o)).collect()))
}

/// The tracked objects that refer directly to any of the arguments.
fn get_referrers<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let targets: Vec<usize> = args.pos.iter().filter_map(|v| v.as_obj().map(ObjRef::addr)).collect();
    let mut found = Vec::new();
    for (_, o) in vm.interp.gc.tracked::<M>() {
        let mut refers = false;
        o.kind.visit_refs(&mut |child| refers |= targets.contains(&child.addr()));
        if refers {
            found.push(Value::Obj(o));
        }
    }
    Ok(Value::list(found))
}

/// The objects the arguments refer to directly (what the collector
/// traverses).
fn get_referents<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let mut found = Vec::new();
    for v in args.pos {
        if let Value::Obj(o) = v {
            o.kind.visit_refs(&mut |child| found.push(Value::Obj(child.clone())));
        }
    }
    Ok(Value::list(found))
}

/// Whether the collector tracks `obj` (atoms and objects made before the
/// interpreter's first thread entered are not tracked).
fn is_tracked<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("is_tracked", 1, 1)?;
    Ok(Value::Bool(matches!(&args.pos[0], Value::Obj(o) if o.gc_tracked_now())))
}
