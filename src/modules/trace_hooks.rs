//! `_minipy_trace`: how lib/asyncio reports its tasks to `--trace` and
//! `--stats` (see `runtime::trace_tasks`).
//!
//! * `on` — True when this run records task steps. The library reads it
//!   once at import and calls nothing when it is False.
//! * `task_created()` — a key for a new task.
//! * `step_begin(key, name, coro)` — the task named `name`, running the
//!   coroutine whose qualname is `coro`, starts a step on this thread.
//! * `step_end(key, waiting, outcome)` — the step ended; the task now waits
//!   on `waiting` (a label such as `'asyncio.sleep(0.1)'`), or, when
//!   `waiting` is None, it is done (`outcome`: `'returned'`, ...).
//!
//! With the hook off the functions do nothing, so a program that imports
//! this module itself still runs.

use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let on = vm.interp.stats.tasks.is_some();
    vm.setattr(module, "on", Value::Bool(on))?;
    super::registry::add_functions(vm, module, functions())
}

pub fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[("task_created", task_created), ("step_begin", step_begin), ("step_end", step_end)]
}

fn key<M: Model>(v: &Value<M>) -> PyResult<u64, M> {
    match v {
        Value::Int(n) if *n >= 0 => Ok(*n as u64),
        _ => Err(PyErr::type_error("_minipy_trace: a task key must be the int task_created() returned")),
    }
}

fn task_created<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    args.expect("task_created", 0, 0)?;
    let pid = vm.thread.pid;
    let key = vm.interp.stats.tasks.as_ref().map_or(0, |t| t.created(pid));
    Ok(Value::Int(key as i64))
}

fn step_begin<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    args.expect("step_begin", 3, 3)?;
    if vm.interp.stats.tasks.is_none() {
        return Ok(Value::None);
    }
    let key = key(&args.pos[0])?;
    let name = vm.str(&args.pos[1])?;
    let coro = vm.str(&args.pos[2])?;
    let stats = &vm.interp.stats;
    if let Some(tasks) = &stats.tasks {
        tasks.step_begin(stats.trace.as_ref(), &vm.thread, key, &name, &coro);
    }
    Ok(Value::None)
}

fn step_end<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    args.expect("step_end", 3, 3)?;
    if vm.interp.stats.tasks.is_none() {
        return Ok(Value::None);
    }
    let key = key(&args.pos[0])?;
    let waiting = match &args.pos[1] {
        Value::None => None,
        v => Some(vm.str(v)?),
    };
    let outcome = vm.str(&args.pos[2])?;
    let stats = &vm.interp.stats;
    if let Some(tasks) = &stats.tasks {
        tasks.step_end(stats.trace.as_ref(), &vm.thread, key, waiting, &outcome);
    }
    Ok(Value::None)
}
