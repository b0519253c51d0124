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
        ("process_time", process_time),
        ("process_time_ns", process_time_ns),
        ("thread_time", thread_time),
        ("thread_time_ns", thread_time_ns),
        ("_tm", broken_down),
        ("_mktime", mktime_seconds),
        ("struct_time", struct_time),
        ("localtime", localtime),
        ("gmtime", gmtime),
        ("mktime", mktime),
        ("strftime", strftime),
        ("asctime", asctime),
        ("ctime", ctime),
    ]
}

/// The calendar functions are Python code in `lib/_time_calendar.py`;
/// these forward to it, so `time` stays a built-in module no file shadows.
macro_rules! calendar_functions {
    ($($name:ident),*) => {$(
        fn $name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
            let module = vm.import_absolute("_time_calendar")?;
            let f = vm.getattr(&module, stringify!($name))?;
            vm.call(&f, args.pos, args.kwnames)
        }
    )*};
}
calendar_functions!(struct_time, localtime, gmtime, mktime, strftime, asctime, ctime);

/// `_tm(secs, local)`: the broken-down time as
/// `(year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff)`.
fn broken_down<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    use chrono::{Datelike, Local, TimeZone, Timelike, Utc};
    args.expect("_tm", 2, 2)?;
    let secs = seconds(&args.pos[0])?;
    if !secs.is_finite() || secs.abs() > 1e14 {
        return Err(PyErr::overflow("timestamp out of range for platform time_t"));
    }
    let whole = secs.floor() as i64;
    let utc = Utc.timestamp_opt(whole, 0).single().ok_or_else(|| PyErr::overflow("timestamp out of range"))?;
    let local = vm.truthy(&args.pos[1])?;
    let (naive, offset, zone) = if local {
        let t = utc.with_timezone(&Local);
        let off = t.offset().local_minus_utc();
        let zone = if off == 0 { "UTC".to_string() } else { t.format("%:z").to_string() };
        (t.naive_local(), off, zone)
    } else {
        (utc.naive_utc(), 0, "GMT".to_string())
    };
    let fields = vec![
        Value::Int(naive.year() as i64),
        Value::Int(naive.month() as i64),
        Value::Int(naive.day() as i64),
        Value::Int(naive.hour() as i64),
        Value::Int(naive.minute() as i64),
        Value::Int(naive.second() as i64),
        Value::Int(naive.weekday().num_days_from_monday() as i64),
        Value::Int(naive.ordinal() as i64),
        Value::Int(0),
        Value::str(zone),
        Value::Int(offset as i64),
    ];
    Ok(Value::tuple(fields))
}

/// `_mktime(year, mon, mday, hour, min, sec)`: local time to seconds.
fn mktime_seconds<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    use chrono::{Datelike, Local, NaiveDate, TimeZone};
    args.expect("_mktime", 6, 6)?;
    let mut f = [0i64; 6];
    for (slot, v) in f.iter_mut().zip(args.pos) {
        *slot = super::builtins_util::int_arg(vm, v)?;
    }
    let out_of_range = || PyErr::overflow("mktime argument out of range");
    let date =
        NaiveDate::from_ymd_opt(i32::try_from(f[0]).map_err(|_| out_of_range())?, 1, 1).ok_or_else(out_of_range)?;
    // Months, days and times out of their ranges roll over, as C's mktime does.
    let months = (f[1] - 1).rem_euclid(12) as u32;
    let years = (f[1] - 1).div_euclid(12);
    let date = date
        .with_year(date.year() + years as i32)
        .and_then(|d| d.checked_add_months(chrono::Months::new(months)))
        .ok_or_else(out_of_range)?;
    let naive = date.and_hms_opt(0, 0, 0).ok_or_else(out_of_range)?
        + chrono::Duration::days(f[2] - 1)
        + chrono::Duration::seconds(f[3] * 3600 + f[4] * 60 + f[5]);
    let t = Local.from_local_datetime(&naive).earliest().ok_or_else(out_of_range)?;
    Ok(Value::Float(t.timestamp() as f64))
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
    let is_main = vm.thread.id == 0;
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    loop {
        let interrupt = vm.interp.interrupt.clone();
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
        if stopped == crate::vm::INTERRUPT_KEYBOARD {
            // Ctrl-C: the check runs a handler installed with
            // signal.signal (or raises KeyboardInterrupt); when the handler
            // returns, the sleep goes on to its deadline (PEP 475).
            vm.interp.interrupt.store(crate::vm::INTERRUPT_KEYBOARD, Ordering::Relaxed);
            vm.check_interrupt()?;
            continue;
        }
        if stopped != 0 {
            return Err(crate::modules::thread::wait_error(crate::runtime::kernel::WaitError::Interrupted(stopped)));
        }
        break;
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

/// CPU time of the whole process (all threads), as CPython's `process_time`.
fn process_cpu() -> Duration {
    cpu_time::ProcessTime::try_now().map(|t| t.as_duration()).unwrap_or_default()
}

/// CPU time of the calling thread, as CPython's `thread_time`.
fn thread_cpu() -> Duration {
    cpu_time::ThreadTime::try_now().map(|t| t.as_duration()).unwrap_or_default()
}

fn process_time<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("process_time", 0, 0)?;
    Ok(Value::Float(process_cpu().as_secs_f64()))
}

fn process_time_ns<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("process_time_ns", 0, 0)?;
    Ok(Value::Int(process_cpu().as_nanos() as i64))
}

fn thread_time<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("thread_time", 0, 0)?;
    Ok(Value::Float(thread_cpu().as_secs_f64()))
}

fn thread_time_ns<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("thread_time_ns", 0, 0)?;
    Ok(Value::Int(thread_cpu().as_nanos() as i64))
}
