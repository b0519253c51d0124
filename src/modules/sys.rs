//! The `sys` module.

use crate::model::{Model, Scheduler};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, PyErr, PyResult, Value};
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    super::registry::add_functions(vm, module, functions())?;
    for (k, v) in attributes(vm) {
        vm.setattr(module, k, v)?;
    }
    vm.setattr(module, "modules", Value::Obj(vm.interp.sys_modules.clone()))?;
    vm.setattr(module, "path", Value::Obj(vm.interp.sys_path.clone()))?;
    Ok(())
}

pub fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[
        ("getrefcount", getrefcount),
        ("setswitchinterval", setswitchinterval),
        ("getswitchinterval", getswitchinterval),
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("_is_gil_enabled", is_gil_enabled),
    ]
}

/// Extra attributes: argv, maxsize, platform, version.
pub fn attributes<M: Model>(vm: &mut Vm<M>) -> Vec<(&'static str, Value<M>)> {
    let argv = vm.interp.config.argv.iter().map(|a| Value::str(a.clone())).collect();
    vec![
        ("argv", Value::list(argv)),
        ("maxsize", Value::Int(i64::MAX)),
        ("platform", Value::str("linux")),
        ("byteorder", Value::str("little")),
        ("version", Value::str(format!("3.11.0 (minipy {}, {} mode)", env!("CARGO_PKG_VERSION"), M::NAME))),
    ]
}

/// CPython's count includes the reference held by the argument itself;
/// so does ours (the value on the caller's stack). Unboxed values and
/// immortal objects report a very large count, as CPython 3.12+ does.
fn getrefcount<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("getrefcount", 1, 1)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) if !o.is_immortal() => o.refcount() as i64,
        _ => u32::MAX as i64,
    }))
}

fn setswitchinterval<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("setswitchinterval", 1, 1)?;
    let secs = match &args.pos[0] {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        other => {
            return Err(PyErr::type_error(format!("must be real number, not {}", other.type_name())));
        }
    };
    if secs <= 0.0 {
        return Err(PyErr::value_error("switch interval must be strictly positive"));
    }
    vm.interp.sched.set_switch_interval(secs);
    Ok(Value::None)
}

fn getswitchinterval<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Float(vm.interp.sched.switch_interval()))
}

fn exit<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("exit", 0, 1)?;
    Err(PyErr::with_args(ExcType::SystemExit, args.pos.to_vec()))
}

fn getrecursionlimit<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(vm.interp.recursion_limit.load(std::sync::atomic::Ordering::Relaxed) as i64))
}

fn setrecursionlimit<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("setrecursionlimit", 1, 1)?;
    match &args.pos[0] {
        // Above this the Rust stack of an interpreter thread could run out.
        Value::Int(n) if *n >= 1 && *n <= 50_000 => {
            vm.interp.recursion_limit.store(*n as u32, std::sync::atomic::Ordering::Relaxed);
            Ok(Value::None)
        }
        Value::Int(n) if *n < 1 => Err(PyErr::value_error("recursion limit must be greater or equal than 1")),
        Value::Int(_) => Err(PyErr::value_error("minipy caps the recursion limit at 50000")),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
    }
}

fn is_gil_enabled<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Bool(M::HAS_GIL))
}
