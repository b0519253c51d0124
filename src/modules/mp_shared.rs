//! `_minipy_mp`: the native layer under `multiprocessing`'s shared memory
//! (`Value`, `Array`) and the worker pools of `concurrent.futures` and
//! `multiprocessing.Pool` (which are written in Python on top of it).
//!
//! A shared block is a kernel object ([`SharedBlock`]): every interpreter
//! that receives its handle sees the same memory. Each element access here
//! is one atomic read or write, counted in `--stats`.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use num_traits::ToPrimitive;

use crate::model::{Model, ObjCell, Scheduler, ThreadKind};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::runtime::kernel::{NativeHandle, NativeObject, Waiter};
use crate::runtime::kernel_sync::{BarrierError, KBarrier, KSemaphore};
use crate::runtime::shared_memory::{CType, Scalar, SharedBlock};
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    super::registry::add_functions(vm, module, functions())
}

pub fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[
        ("shm_new", shm_new),
        ("shm_get", shm_get),
        ("shm_set", shm_set),
        ("shm_len", shm_len),
        ("shm_ctype", shm_ctype),
        ("func_globals", func_globals),
        ("threads_isolated", threads_isolated),
        ("adopt_main", adopt_main),
        ("main_globals", main_globals),
        ("stderr_write", stderr_write),
        ("lifo_queue_new", lifo_queue_new),
        ("getpid", getpid),
        ("getppid", getppid),
        ("parent_name", parent_name),
        ("sem_new", sem_new),
        ("sem_acquire", super::race_edges::sem_acquire),
        ("sem_release", super::race_edges::sem_release),
        ("sem_value", sem_value),
        ("barrier_new", barrier_new),
        ("barrier_wait", super::race_edges::barrier_wait),
        ("barrier_abort", barrier_abort),
        ("barrier_reset", barrier_reset),
        ("barrier_n_waiting", barrier_n_waiting),
        ("barrier_broken", barrier_broken),
    ]
}

fn block<M: Model>(v: &Value<M>) -> PyResult<&SharedBlock, M> {
    match v.kind() {
        Some(ObjKind::Native(h)) => {
            h.downcast::<SharedBlock>().ok_or_else(|| PyErr::type_error("expected shared memory"))
        }
        _ => Err(PyErr::type_error(format!("expected shared memory, not {}", v.type_name()))),
    }
}

fn index<M: Model>(b: &SharedBlock, v: &Value<M>) -> PyResult<usize, M> {
    match v {
        Value::Int(i) if *i >= 0 && (*i as usize) < b.len() => Ok(*i as usize),
        Value::Int(_) => Err(PyErr::new(crate::object::ExcType::IndexError, "invalid index")),
        other => Err(PyErr::type_error(format!("indices must be integers, not {}", other.type_name()))),
    }
}

/// `shm_new(typecode, length)`: a zeroed block.
fn shm_new<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("shm_new", 2, 2)?;
    let code = vm.str(&args.pos[0])?;
    let ctype = CType::from_code(&code).ok_or_else(|| PyErr::type_error("this type has no size"))?;
    let len = match &args.pos[1] {
        Value::Int(n) if *n >= 0 => *n as usize,
        Value::Int(_) => return Err(PyErr::value_error("array size must be non-negative")),
        other => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    if len > 1 << 28 {
        return Err(PyErr::new(crate::object::ExcType::MemoryError, ""));
    }
    Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(SharedBlock::new(ctype, len))))))
}

fn shm_get<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("shm_get", 2, 2)?;
    let b = block(&args.pos[0])?;
    let i = index(b, &args.pos[1])?;
    vm.interp.stats.shared_reads.fetch_add(1, Ordering::Relaxed);
    Ok(match (b.ctype, b.load(i)) {
        (_, Scalar::Float(f)) => Value::Float(f),
        (CType::Bool, Scalar::Int(n)) => Value::Bool(n != 0),
        (CType::Char, Scalar::Int(n)) => Value::obj(ObjKind::Bytes(vec![n as u8].into_boxed_slice())),
        (CType::WChar, Scalar::Int(n)) => Value::str(char::from_u32(n as u32).unwrap_or('\u{fffd}').to_string()),
        (_, Scalar::Int(n)) => Value::Int(n),
    })
}

/// The number a Python value stores as, checked as ctypes checks it.
fn scalar<M: Model>(ctype: CType, v: &Value<M>) -> PyResult<Scalar, M> {
    match (ctype, v) {
        (CType::Char, v) => match v.kind() {
            Some(ObjKind::Bytes(b)) if b.len() == 1 => Ok(Scalar::Int(b[0] as i64)),
            _ => match v {
                Value::Int(n) if (0..256).contains(n) => Ok(Scalar::Int(*n)),
                _ => Err(PyErr::type_error("one character bytes, bytearray or integer expected")),
            },
        },
        (CType::WChar, v) => match v.as_str() {
            Some(s) if s.chars().count() == 1 => Ok(Scalar::Int(s.chars().next().map_or(0, |c| c as i64))),
            _ => {
                Err(PyErr::type_error("unicode string expected instead of ".to_string() + v.type_name() + " instance"))
            }
        },
        (CType::Bool, v) => match v {
            Value::Bool(b) => Ok(Scalar::Int(*b as i64)),
            Value::Int(n) => Ok(Scalar::Int((*n != 0) as i64)),
            Value::Float(f) => Ok(Scalar::Int((*f != 0.0) as i64)),
            Value::None => Ok(Scalar::Int(0)),
            _ => Err(PyErr::type_error(format!("cannot store {} in a c_bool", v.type_name()))),
        },
        (t, Value::Float(f)) if t.is_float() => Ok(Scalar::Float(*f)),
        (_, Value::Int(n)) => Ok(Scalar::Int(*n)),
        (_, Value::Bool(b)) => Ok(Scalar::Int(*b as i64)),
        (t, v) => match v.kind() {
            Some(ObjKind::BigInt(b)) if t.is_float() => Ok(Scalar::Float(crate::text::format_spec::int_to_f64(b)?)),
            Some(ObjKind::BigInt(b)) => {
                let big: &num_bigint::BigInt = b;
                let low: num_bigint::BigInt = big & num_bigint::BigInt::from(u64::MAX);
                Ok(Scalar::Int(low.to_u64().unwrap_or(0) as i64))
            }
            _ if t.is_float() => Err(PyErr::type_error(format!("must be real number, not {}", v.type_name()))),
            _ => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
        },
    }
}

fn shm_set<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("shm_set", 3, 3)?;
    let b = block(&args.pos[0])?;
    let i = index(b, &args.pos[1])?;
    let v = scalar(b.ctype, &args.pos[2])?;
    vm.interp.stats.shared_writes.fetch_add(1, Ordering::Relaxed);
    b.store(i, v);
    Ok(Value::None)
}

fn shm_len<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("shm_len", 1, 1)?;
    Ok(Value::Int(block(&args.pos[0])?.len() as i64))
}

fn shm_ctype<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("shm_ctype", 1, 1)?;
    Ok(Value::str(block(&args.pos[0])?.ctype.ctypes_name()))
}

/// A function's globals dict (None for anything else): pools use it to
/// send a module-level function by name to a worker that already holds a
/// copy of that module's globals.
fn func_globals<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("func_globals", 1, 1)?;
    Ok(match args.pos[0].kind() {
        Some(ObjKind::Function(f)) => Value::Obj(f.globals.clone()),
        _ => Value::None,
    })
}

/// Whether `threading.Thread` starts an isolated interpreter in this mode.
fn threads_isolated<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Bool(M::THREADS == ThreadKind::Isolated))
}

/// `adopt_main(fn_or_globals)`: in a worker interpreter, remember its copy
/// of the parent's `__main__` globals (the globals of the function it was
/// started with), so classes in later messages resolve to it by name.
fn adopt_main<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("adopt_main", 1, 1)?;
    let globals = match args.pos[0].kind() {
        Some(ObjKind::Function(f)) => f.globals.clone(),
        Some(ObjKind::Dict(_)) => args.pos[0].as_obj().cloned().expect("a dict is an object"),
        _ => return Ok(Value::None),
    };
    let is_main = crate::vm::eval::dict_get_str(&globals, "__name__").is_some_and(|n| n.as_str() == Some("__main__"));
    if is_main {
        vm.interp.main_globals.with(|g| {
            if g.is_none() {
                *g = Some(globals);
            }
        });
    }
    Ok(Value::None)
}

// ---- semaphores and barriers (kernel objects, shared across processes) ----

fn native<'a, M: Model, T: NativeObject>(v: &'a Value<M>, what: &str) -> PyResult<&'a T, M> {
    match v.kind() {
        Some(ObjKind::Native(h)) => h.downcast::<T>().ok_or_else(|| PyErr::type_error(format!("expected a {what}"))),
        _ => Err(PyErr::type_error(format!("expected a {what}, not {}", v.type_name()))),
    }
}

fn native_handle<M: Model>(v: &Value<M>) -> PyResult<NativeHandle, M> {
    match v.kind() {
        Some(ObjKind::Native(h)) => Ok(h.clone()),
        _ => Err(PyErr::type_error("expected a native handle")),
    }
}

fn waiter<M: Model>(vm: &Vm<M>) -> Waiter {
    Waiter {
        interrupt: vm.interp.interrupt.clone(),
        thread_name: vm.thread.name.lock().clone(),
        is_main: vm.thread.id == 0,
        rejoin: vm.interp.sched.rejoin(&vm.thread),
    }
}

/// None (or a negative number) waits forever.
fn timeout_of<M: Model>(v: Option<&Value<M>>) -> PyResult<Option<f64>, M> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok((*i >= 0).then_some(*i as f64)),
        Some(Value::Float(f)) => Ok((*f >= 0.0).then_some(*f)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64 as f64)),
        Some(other) => {
            Err(PyErr::type_error(format!("'{}' object cannot be interpreted as a number", other.type_name())))
        }
    }
}

fn count_arg<M: Model>(v: Option<&Value<M>>, default: u64) -> PyResult<u64, M> {
    match v {
        None => Ok(default),
        Some(Value::Int(n)) if *n >= 0 => Ok(*n as u64),
        Some(Value::Int(_)) => Err(PyErr::value_error("value must be >= 0")),
        Some(other) => Err(PyErr::type_error(format!("an integer is required, not {}", other.type_name()))),
    }
}

/// `sem_new(value, bounded)`.
fn sem_new<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("sem_new", 2, 2)?;
    let value = count_arg(args.pos.first(), 1)?;
    let bounded = vm.truthy(&args.pos[1])?;
    Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(KSemaphore::new(value, bounded))))))
}

/// `sem_acquire(h, blocking, timeout)`.
pub(crate) fn sem_acquire<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("sem_acquire", 3, 3)?;
    let h = native_handle(&args.pos[0])?;
    let sem: &KSemaphore = native(&args.pos[0], "semaphore")?;
    let blocking = vm.truthy(&args.pos[1])?;
    let timeout = timeout_of(args.pos.get(2))?;
    let w = waiter(vm);
    if sem.acquire(false, None, &w).map_err(crate::modules::thread::wait_error)? {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let r = vm.allow_threads("blocked: Semaphore.acquire", move || {
        h.downcast::<KSemaphore>().expect("semaphore").acquire(true, timeout, &w)
    });
    r.map(Value::Bool).map_err(crate::modules::thread::wait_error)
}

/// `sem_release(h, n)`: False if a bounded semaphore would overflow.
pub(crate) fn sem_release<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("sem_release", 2, 2)?;
    let n = count_arg(args.pos.get(1), 1)?;
    Ok(Value::Bool(native::<M, KSemaphore>(&args.pos[0], "semaphore")?.release(n)))
}

fn sem_value<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("sem_value", 1, 1)?;
    Ok(Value::Int(native::<M, KSemaphore>(&args.pos[0], "semaphore")?.value() as i64))
}

fn barrier_new<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("barrier_new", 1, 1)?;
    let parties = count_arg(args.pos.first(), 1)?;
    if parties == 0 {
        return Err(PyErr::value_error("parties must be > 0"));
    }
    Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(KBarrier::new(parties))))))
}

/// `barrier_wait(h, timeout)`: the arrival index, or -1 when broken.
pub(crate) fn barrier_wait<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("barrier_wait", 2, 2)?;
    let h = native_handle(&args.pos[0])?;
    native::<M, KBarrier>(&args.pos[0], "barrier")?;
    let timeout = timeout_of(args.pos.get(1))?;
    let w = waiter(vm);
    let r =
        vm.allow_threads("blocked: Barrier.wait", move || h.downcast::<KBarrier>().expect("barrier").wait(timeout, &w));
    match r {
        Ok(i) => Ok(Value::Int(i as i64)),
        Err(BarrierError::Broken) => Ok(Value::Int(-1)),
        Err(BarrierError::Wait(e)) => Err(crate::modules::thread::wait_error(e)),
    }
}

fn barrier_abort<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    native::<M, KBarrier>(&args.pos[0], "barrier")?.abort();
    Ok(Value::None)
}

fn barrier_reset<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    native::<M, KBarrier>(&args.pos[0], "barrier")?.reset();
    Ok(Value::None)
}

fn barrier_n_waiting<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(native::<M, KBarrier>(&args.pos[0], "barrier")?.n_waiting() as i64))
}

fn barrier_broken<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Bool(native::<M, KBarrier>(&args.pos[0], "barrier")?.broken()))
}

/// `lifo_queue_new(maxsize)`: the kernel queue of `queue.LifoQueue` (it
/// copies its items when threads are isolated interpreters).
fn lifo_queue_new<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("lifo_queue_new", 1, 1)?;
    let maxsize = match args.pos[0] {
        Value::Int(n) if n > 0 => n as usize,
        _ => 0,
    };
    let q = crate::runtime::kernel::KQueue::new(maxsize, M::THREADS == ThreadKind::Isolated).lifo();
    Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(q)))))
}

/// This interpreter's process id (see `runtime::process_ids`).
fn getpid<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(vm.interp.ids.lock().pid as i64))
}

fn getppid<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(vm.interp.ids.lock().ppid as i64))
}

/// The parent process's name, None in the main program.
fn parent_name<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(vm.interp.ids.lock().parent_name.clone().map_or(Value::None, Value::str))
}

/// This interpreter's `__main__` globals (a worker's copy of its parent's),
/// or None: what a pool hands its workers, as a forked child inherits it.
fn main_globals<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(vm.interp.main_globals.with(|g| g.clone()).map_or(Value::None, Value::Obj))
}

/// `stderr_write(text)`: what the library prints on stderr (a callback's
/// or a thread's error report), after what is already on stdout.
fn stderr_write<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("stderr_write", 1, 1)?;
    let text = vm.str(&args.pos[0])?;
    vm.interp.out.flush();
    eprint!("{text}");
    Ok(Value::None)
}
