//! The `time` module. `sleep` is a blocking call: the GIL is released for
//! its whole duration, and it wakes early if the worker is terminated.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyErr, PyResult, Value};
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    super::registry::add_functions(vm, module, functions())
}

pub fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[
        ("sleep", sleep),
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("monotonic", perf_counter),
        ("monotonic_ns", perf_counter_ns),
        ("process_time", perf_counter),
        ("thread_time", perf_counter),
    ]
}

fn seconds<M: Model>(v: &Value<M>) -> PyResult<f64, M> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(*b as i64 as f64),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
    }
}

fn sleep<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("sleep", 1, 1)?;
    let secs = seconds(&args.pos[0])?;
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(PyErr::overflow("sleep length is too large"));
    }
    let interrupt = vm.interp.interrupt.clone();
    let is_main = vm.thread.id == 0;
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let stopped = vm.allow_threads("blocked: time.sleep", move || {
        loop {
            let now = Instant::now();
            if now >= deadline {
                return 0;
            }
            let sig = interrupt.load(Ordering::Relaxed);
            if sig == crate::vm::INTERRUPT_KEYBOARD && is_main {
                interrupt.store(0, Ordering::Relaxed);
                return sig;
            }
            if sig != 0 && sig != crate::vm::INTERRUPT_KEYBOARD {
                return sig;
            }
            std::thread::sleep((deadline - now).min(Duration::from_millis(10)));
        }
    });
    if stopped != 0 {
        return Err(crate::modules::thread::wait_error(crate::runtime::kernel::WaitError::Interrupted(stopped)));
    }
    Ok(Value::None)
}

fn epoch() -> Duration {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default()
}

fn time<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Float(epoch().as_secs_f64()))
}

fn time_ns<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(epoch().as_nanos() as i64))
}

fn process_start() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn perf_counter<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Float(process_start().elapsed().as_secs_f64()))
}

fn perf_counter_ns<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(process_start().elapsed().as_nanos() as i64))
}
