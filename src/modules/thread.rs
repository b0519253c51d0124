//! `_minipy_thread`: the native layer under `threading`, `queue` and
//! `multiprocessing` (which are written in Python on top of it, as CPython's
//! are on `_thread`).
//!
//! Starting a thread is where the models differ most: in the shared-heap
//! models the target runs on a new OS thread in the *same* heap (the values
//! cross through `Model::share`); in process mode, and for every
//! `multiprocessing.Process`, the target and its arguments are deep-copied
//! into a *new* interpreter with its own heap (and its own GIL).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::model::{Model, ThreadKind};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::runtime::kernel::{
    KEvent, KLock, KQueue, KRLock, KThread, LockTry, NativeHandle, NativeObject, Payload, QueueError, ThreadState,
    WaitError,
};
use crate::runtime::lifecycle::{self, waiter};
use crate::runtime::message::{self, Message};
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

/// `_minipy_thread`: the native layer under threading, queue and
/// multiprocessing.
pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    super::registry::add_functions(vm, module, functions())?;
    let empty = Value::Obj(vm.exc_class(ExcType::Empty).clone());
    let full = Value::Obj(vm.exc_class(ExcType::Full).clone());
    vm.setattr(module, "Empty", empty)?;
    vm.setattr(module, "Full", full)?;
    Ok(())
}

pub fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[
        ("start_thread", start_thread),
        ("start_process", start_process),
        ("join", join),
        ("is_alive", is_alive),
        ("exitcode", exitcode),
        ("signal", signal),
        ("ident", ident),
        ("get_ident", get_ident),
        ("current_name", current_name),
        ("set_name", set_name),
        ("process_name", process_name),
        ("cpu_count", cpu_count),
        ("active_count", active_count),
        ("lock_new", lock_new),
        ("lock_acquire", super::race_edges::lock_acquire),
        ("lock_release", super::race_edges::lock_release),
        ("lock_locked", lock_locked),
        ("rlock_new", rlock_new),
        ("rlock_acquire", super::race_edges::rlock_acquire),
        ("rlock_release", super::race_edges::rlock_release),
        ("rlock_owned", rlock_owned),
        ("event_new", event_new),
        ("event_set", super::race_edges::event_set),
        ("event_clear", event_clear),
        ("event_is_set", event_is_set),
        ("event_wait", super::race_edges::event_wait),
        ("queue_new", queue_new),
        ("queue_put", super::race_edges::queue_put),
        ("queue_get", super::race_edges::queue_get),
        ("queue_qsize", queue_qsize),
        ("queue_maxsize", queue_maxsize),
        ("queue_task_done", super::race_edges::queue_task_done),
        ("queue_join", super::race_edges::queue_join),
    ]
}

fn wrap<M: Model, T: NativeObject>(v: T) -> Value<M> {
    Value::obj(ObjKind::Native(NativeHandle(Arc::new(v))))
}

fn handle<'a, M: Model, T: NativeObject>(v: &'a Value<M>, what: &str) -> PyResult<&'a T, M> {
    match v.kind() {
        Some(ObjKind::Native(h)) => h.downcast::<T>().ok_or_else(|| PyErr::type_error(format!("expected a {what}"))),
        _ => Err(PyErr::type_error(format!("expected a {what}, not {}", v.type_name()))),
    }
}

fn arc_handle<M: Model>(v: &Value<M>) -> PyResult<NativeHandle, M> {
    match v.kind() {
        Some(ObjKind::Native(h)) => Ok(h.clone()),
        _ => Err(PyErr::type_error("expected a native handle")),
    }
}

/// A stopped wait becomes the unwinding that ends the worker.
pub fn wait_error<M: Model>(e: WaitError) -> PyErr<M> {
    match e {
        WaitError::Interrupted(2) => PyErr::new(ExcType::KeyboardInterrupt, ""),
        WaitError::Interrupted(sig) => PyErr::new(ExcType::SystemExit, format!("__minipy_signal_{sig}")),
    }
}

/// `None` or a non-negative number of seconds (`-1` also means forever, as
/// `Lock.acquire(timeout=-1)`).
fn timeout_arg<M: Model>(v: Option<&Value<M>>) -> PyResult<Option<f64>, M> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) if *i < 0 => Ok(None),
        Some(Value::Float(f)) if *f < 0.0 => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i as f64)),
        Some(Value::Float(f)) => Ok(Some(*f)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64 as f64)),
        Some(other) => {
            Err(PyErr::type_error(format!("'{}' object cannot be interpreted as a number", other.type_name())))
        }
    }
}

fn flag<M: Model>(vm: &mut Vm<M>, v: Option<&Value<M>>, default: bool) -> PyResult<bool, M> {
    match v {
        None => Ok(default),
        Some(v) => vm.truthy(v),
    }
}

// ---- threads and worker interpreters -------------------------------------

fn start_thread<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("start_thread", 5, 5)?;
    let isolated = M::THREADS == ThreadKind::Isolated;
    start(vm, &args, isolated, false)
}

fn start_process<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("start_process", 5, 5)?;
    start(vm, &args, true, true)
}

/// `start_thread(target, args, kwargs, name, daemon)`: the lifecycle
/// (`runtime::lifecycle`) does the rest.
fn start<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, isolated: bool, is_process: bool) -> R<M> {
    let request = lifecycle::StartRequest {
        target: args.pos[0].clone(),
        args: args.pos[1].clone(),
        kwargs: args.pos[2].clone(),
        name: vm.str(&args.pos[3])?,
        daemon: vm.truthy(&args.pos[4])?,
        isolated,
        is_process,
    };
    let handle = lifecycle::start(vm, request)?;
    if !is_process {
        // CPython's Thread.start() waits until the new thread has started,
        // and the new thread then keeps the GIL until it blocks or its
        // interval ends. Handing the GIL to the new thread's reserved ticket
        // does the same without an OS wake-up, so `--switch-every`
        // schedules stay reproducible. (A no-op without a GIL.)
        vm.yield_gil("Thread.start (hand-off to the new thread)");
    }
    Ok(Value::obj(ObjKind::Native(NativeHandle(handle))))
}

fn join<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("join", 1, 2)?;
    let h = arc_handle(&args.pos[0])?;
    let timeout = timeout_arg(args.pos.get(1))?;
    if h.downcast::<KThread>().is_none() {
        return Err(PyErr::type_error("expected a thread handle"));
    }
    let race_key = h.downcast::<KThread>().map(|k| k as *const KThread as usize).unwrap_or(0);
    let w = waiter(vm);
    if timeout.is_none()
        && let Some(k) = h.downcast::<KThread>()
    {
        k.queue_joiner(&w);
    }
    let r = vm.allow_threads("blocked: join", move || h.downcast::<KThread>().expect("checked").join(timeout, &w));
    if let Ok(true) = r {
        crate::race::acquire(race_key);
    }
    r.map(Value::Bool).map_err(wait_error)
}

fn is_alive<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h: &KThread = handle(&args.pos[0], "thread handle")?;
    Ok(Value::Bool(!matches!(h.state(), ThreadState::Done(_))))
}

fn exitcode<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h: &KThread = handle(&args.pos[0], "thread handle")?;
    Ok(match h.state() {
        ThreadState::Done(c) => Value::Int(c as i64),
        _ => Value::None,
    })
}

/// terminate() (15) / kill() (9): the worker stops at its next instruction
/// or blocking wait.
fn signal<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h: &KThread = handle(&args.pos[0], "thread handle")?;
    let sig = match args.pos.get(1) {
        Some(Value::Int(s)) => *s as u8,
        _ => 15,
    };
    if h.isolated && !matches!(h.state(), ThreadState::Done(_)) {
        h.interrupt.store(sig, Ordering::Relaxed);
    }
    Ok(Value::None)
}

fn ident<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h: &KThread = handle(&args.pos[0], "thread handle")?;
    Ok(Value::Int(h.ident as i64))
}

fn get_ident<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(if vm.thread.id == 0 { 1 } else { vm.thread.id as i64 }))
}

fn current_name<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::str(vm.thread.name.lock().clone()))
}

fn set_name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let name = vm.str(&args.pos[0])?;
    *vm.thread.name.lock() = name;
    Ok(Value::None)
}

fn process_name<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::str(vm.interp.process_name.clone()))
}

fn cpu_count<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(std::thread::available_parallelism().map(|n| n.get() as i64).unwrap_or(1)))
}

fn active_count<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    let alive = vm.interp.threads.lock().iter().filter(|(h, _)| !matches!(h.state(), ThreadState::Done(_))).count();
    Ok(Value::Int(alive as i64 + 1))
}

// ---- locks and events ----------------------------------------------------

fn lock_new<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(wrap(KLock::default()))
}

pub(crate) fn lock_acquire<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = arc_handle(&args.pos[0])?;
    let lock: &KLock = handle(&args.pos[0], "lock")?;
    let blocking = flag(vm, args.pos.get(1), true)?;
    let timeout = timeout_arg(args.pos.get(2))?;
    let w = waiter(vm);
    // Uncontended: take it without giving up the GIL. Contended, a
    // deterministic waiter queues now, while it still holds the GIL.
    let place = match lock.try_acquire(&w, blocking) {
        LockTry::Taken => return Ok(Value::Bool(true)),
        LockTry::Busy(_) if !blocking => return Ok(Value::Bool(false)),
        LockTry::Busy(place) => place,
    };
    let r = vm
        .allow_threads("blocked: Lock.acquire", move || h.downcast::<KLock>().expect("lock").wait(place, timeout, &w));
    r.map(Value::Bool).map_err(wait_error)
}

pub(crate) fn lock_release<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let lock: &KLock = handle(&args.pos[0], "lock")?;
    if !lock.release() {
        return Err(PyErr::new(ExcType::RuntimeError, "release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_locked<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let lock: &KLock = handle(&args.pos[0], "lock")?;
    Ok(Value::Bool(lock.locked()))
}

fn rlock_new<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(wrap(KRLock::default()))
}

fn owner_id<M: Model>(vm: &Vm<M>) -> u64 {
    vm.thread.id + 1
}

pub(crate) fn rlock_acquire<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = arc_handle(&args.pos[0])?;
    let lock: &KRLock = handle(&args.pos[0], "RLock")?;
    let blocking = flag(vm, args.pos.get(1), true)?;
    let timeout = timeout_arg(args.pos.get(2))?;
    let owner = owner_id(vm);
    let w = waiter(vm);
    if lock.acquire(owner, false, None, &w).map_err(wait_error)? {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let r = vm.allow_threads("blocked: RLock.acquire", move || {
        h.downcast::<KRLock>().expect("rlock").acquire(owner, true, timeout, &w)
    });
    r.map(Value::Bool).map_err(wait_error)
}

pub(crate) fn rlock_release<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let lock: &KRLock = handle(&args.pos[0], "RLock")?;
    if !lock.release(owner_id(vm)) {
        return Err(PyErr::new(ExcType::RuntimeError, "cannot release un-acquired lock"));
    }
    Ok(Value::None)
}

fn rlock_owned<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let lock: &KRLock = handle(&args.pos[0], "RLock")?;
    Ok(Value::Bool(lock.is_owned(owner_id(vm))))
}

fn event_new<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(wrap(KEvent::default()))
}

pub(crate) fn event_set<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    handle::<M, KEvent>(&args.pos[0], "Event")?.set();
    Ok(Value::None)
}

fn event_clear<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    handle::<M, KEvent>(&args.pos[0], "Event")?.clear();
    Ok(Value::None)
}

fn event_is_set<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Bool(handle::<M, KEvent>(&args.pos[0], "Event")?.is_set()))
}

pub(crate) fn event_wait<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = arc_handle(&args.pos[0])?;
    if handle::<M, KEvent>(&args.pos[0], "Event")?.is_set() {
        return Ok(Value::Bool(true));
    }
    let timeout = timeout_arg(args.pos.get(1))?;
    let w = waiter(vm);
    let r = vm.allow_threads("blocked: Event.wait", move || h.downcast::<KEvent>().expect("event").wait(timeout, &w));
    r.map(Value::Bool).map_err(wait_error)
}

// ---- queues ----------------------------------------------------------------

fn queue_new<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let maxsize = match args.pos.first() {
        Some(Value::Int(n)) if *n > 0 => *n as usize,
        _ => 0,
    };
    // A multiprocessing.Queue always copies; a queue.Queue copies only
    // when threads are isolated interpreters.
    let copying = flag(vm, args.pos.get(1), false)? || M::THREADS == ThreadKind::Isolated;
    Ok(wrap(KQueue::new(maxsize, copying)))
}

fn to_payload<M: Model>(vm: &mut Vm<M>, q: &KQueue, item: Value<M>) -> PyResult<Payload, M> {
    if q.copying {
        let msg = message::encode(vm, &item)?;
        return Ok(Box::new(msg));
    }
    match M::share(item) {
        Ok(p) => Ok(Box::new(p)),
        Err(_) => Err(PyErr::new(ExcType::RuntimeError, "this model cannot share values between threads")),
    }
}

fn from_payload<M: Model>(vm: &mut Vm<M>, p: Payload) -> R<M> {
    let p = match p.downcast::<Message>() {
        Ok(msg) => return message::decode(vm, &msg),
        Err(p) => p,
    };
    match p.downcast::<crate::model::heap::SendPtr<Value<M>>>() {
        Ok(v) => Ok(v.into_inner()),
        Err(_) => Err(PyErr::new(ExcType::RuntimeError, "queue item from another interpreter")),
    }
}

fn queue_err<M: Model>(e: QueueError) -> PyErr<M> {
    match e {
        QueueError::Empty => PyErr::with_args(ExcType::Empty, Vec::new()),
        QueueError::Full => PyErr::with_args(ExcType::Full, Vec::new()),
        QueueError::Wait(w) => wait_error(w),
    }
}

pub(crate) fn queue_put<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = arc_handle(&args.pos[0])?;
    let q: &KQueue = handle(&args.pos[0], "Queue")?;
    let block = flag(vm, args.pos.get(2), true)?;
    let timeout = timeout_arg(args.pos.get(3))?;
    let payload = to_payload(vm, q, args.pos[1].clone())?;
    let w = waiter(vm);
    if q.maxsize() == 0 || q.qsize() < q.maxsize() || !block {
        return q.put(payload, block, timeout, &w).map(|_| Value::None).map_err(queue_err);
    }
    let r = vm.allow_threads("blocked: Queue.put", move || {
        h.downcast::<KQueue>().expect("queue").put(payload, true, timeout, &w)
    });
    r.map(|_| Value::None).map_err(queue_err)
}

pub(crate) fn queue_get<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = arc_handle(&args.pos[0])?;
    let q: &KQueue = handle(&args.pos[0], "Queue")?;
    let block = flag(vm, args.pos.get(1), true)?;
    let timeout = timeout_arg(args.pos.get(2))?;
    let w = waiter(vm);
    let payload = if q.qsize() > 0 || !block {
        q.get(block, timeout, &w).map_err(queue_err)?
    } else {
        vm.allow_threads("blocked: Queue.get", move || h.downcast::<KQueue>().expect("queue").get(true, timeout, &w))
            .map_err(queue_err)?
    };
    from_payload(vm, payload)
}

fn queue_qsize<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(handle::<M, KQueue>(&args.pos[0], "Queue")?.qsize() as i64))
}

fn queue_maxsize<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(handle::<M, KQueue>(&args.pos[0], "Queue")?.maxsize() as i64))
}

pub(crate) fn queue_task_done<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !handle::<M, KQueue>(&args.pos[0], "Queue")?.task_done() {
        return Err(PyErr::value_error("task_done() called too many times"));
    }
    Ok(Value::None)
}

pub(crate) fn queue_join<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = arc_handle(&args.pos[0])?;
    let w = waiter(vm);
    vm.allow_threads("blocked: Queue.join", move || h.downcast::<KQueue>().expect("queue").join(&w))
        .map_err(wait_error)?;
    Ok(Value::None)
}
