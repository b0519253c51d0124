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
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Instant;

use crate::model::{Model, Scheduler, ThreadKind, ThreadSched};
use crate::object::function::Args;
use crate::object::{Builtin, BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::runtime::deadlock;
use crate::runtime::kernel::{
    KEvent, KLock, KQueue, KRLock, KThread, NativeHandle, NativeObject, Payload, QueueError, ThreadState, WaitError,
    Waiter,
};
use crate::runtime::message::{self, Message};
use crate::runtime::stats::Stats;
use crate::vm::{Interp, Vm};

type R<M> = PyResult<Value<M>, M>;

/// Stack of every interpreter thread (see `runner::INTERPRETER_STACK`).
const THREAD_STACK: usize = 256 << 20;

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
        ("lock_acquire", lock_acquire),
        ("lock_release", lock_release),
        ("lock_locked", lock_locked),
        ("rlock_new", rlock_new),
        ("rlock_acquire", rlock_acquire),
        ("rlock_release", rlock_release),
        ("rlock_owned", rlock_owned),
        ("event_new", event_new),
        ("event_set", event_set),
        ("event_clear", event_clear),
        ("event_is_set", event_is_set),
        ("event_wait", event_wait),
        ("queue_new", queue_new),
        ("queue_put", queue_put),
        ("queue_get", queue_get),
        ("queue_qsize", queue_qsize),
        ("queue_maxsize", queue_maxsize),
        ("queue_task_done", queue_task_done),
        ("queue_join", queue_join),
    ]
}

pub fn make_module<M: Model>(vm: &mut Vm<M>, name: &'static str, fns: &[(&'static str, BuiltinFn<M>)]) -> Value<M> {
    let dict = vm.new_dict();
    for (n, f) in fns {
        let _ = crate::vm::eval::dict_set_str(&dict, n, Builtin::in_module(name, n, *f));
    }
    let _ = crate::vm::eval::dict_set_str(&dict, "__name__", Value::str(name));
    Value::obj(ObjKind::Module(crate::object::Module { name: name.to_string(), dict }))
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

fn waiter<M: Model>(vm: &Vm<M>) -> Waiter {
    Waiter {
        interrupt: vm.interp.interrupt.clone(),
        thread_name: vm.thread.name.lock().clone(),
        is_main: vm.thread.id == 0,
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

fn start<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, isolated: bool, is_process: bool) -> R<M> {
    let target = args.pos[0].clone();
    let call_args = args.pos[1].clone();
    let call_kwargs = args.pos[2].clone();
    let name = vm.str(&args.pos[3])?;
    let daemon = vm.truthy(&args.pos[4])?;
    let ident = if is_process {
        crate::runtime::process_ids::new_pid()
    } else {
        1000 + vm.interp.next_thread_id.fetch_add(1, Ordering::Relaxed)
    };
    if isolated && !is_process {
        vm.interp.stats.isolated_threads.fetch_add(1, Ordering::Relaxed);
    }
    let spawn = Spawn { requested: Instant::now(), flow: vm.interp.stats.new_flow(), ident, isolated, is_process };
    let handle = if isolated {
        spawn_isolated(vm, target, call_args, call_kwargs, name.clone(), spawn)?
    } else {
        spawn_shared(vm, target, call_args, call_kwargs, name.clone(), spawn)?
    };
    if let Some(t) = &vm.interp.stats.trace {
        let what = if is_process || isolated { "interpreter" } else { "thread" };
        t.complete(&vm.thread, format!("spawn {what} {name}"), "spawn", spawn.requested, Instant::now(), None);
        t.flow_from(&vm.thread, spawn.flow, "spawn", spawn.requested);
    }
    vm.interp.threads.lock().push((handle.clone(), daemon));
    Ok(Value::obj(ObjKind::Native(NativeHandle(handle))))
}

/// A thread or interpreter being started: when it was asked for, and the
/// arrow that joins parent and child in `--trace`.
#[derive(Clone, Copy)]
struct Spawn {
    requested: Instant,
    flow: u64,
    /// The new thread's `threading.get_ident()`.
    ident: u64,
    isolated: bool,
    /// A `multiprocessing.Process` (not a thread made isolated by the mode).
    is_process: bool,
}

impl Spawn {
    /// The child is ready to run Python code: its spawn cost is the time
    /// since it was asked for (for a shared thread, not counting its wait
    /// for the GIL; for an interpreter, counting the interpreter's setup).
    fn ready(self, stats: &Stats, child: &ThreadSched) {
        stats.record_spawn(self.isolated, self.requested.elapsed());
        if let Some(t) = &stats.trace {
            t.complete(child, "starting up", "spawn", self.requested, Instant::now(), None);
            t.flow_to(child, self.flow, "spawn", self.requested);
        }
    }
}

fn spawn_shared<M: Model>(
    vm: &mut Vm<M>,
    target: Value<M>,
    args: Value<M>,
    kwargs: Value<M>,
    name: String,
    spawn: Spawn,
) -> PyResult<Arc<KThread>, M> {
    let ident = spawn.ident;
    let handle = Arc::new(KThread::new(ident, name.clone(), false, vm.interp.interrupt.clone()));
    let ts = Arc::new(ThreadSched::new(ident, vm.thread.pid, name.clone()));
    let payload = match M::share((vm.interp.clone(), target, args, kwargs)) {
        Ok(p) => p,
        Err(_) => return Err(PyErr::new(ExcType::RuntimeError, "this model cannot share a heap between threads")),
    };
    vm.interp.sched.register_new_thread(&ts);
    deadlock::thread_started();
    let h = handle.clone();
    let ts2 = ts.clone();
    let spawned = std::thread::Builder::new().name(name).stack_size(THREAD_STACK).spawn(move || {
        let (interp, target, args, kwargs) = payload.into_inner();
        spawn.ready(&interp.stats, &ts2);
        let mut tvm = Vm::enter(interp, ts2);
        h.set_running();
        let r = tvm.call_ex(&target, &args, Some(&kwargs));
        drop((target, args, kwargs));
        let code = match r {
            Ok(_) => 0,
            Err(e) => report_thread_error(&mut tvm, e, false),
        };
        tvm.leave();
        deadlock::thread_finished();
        h.finish(code);
    });
    if spawned.is_err() {
        vm.interp.sched.cancel_new_thread(&ts);
        deadlock::thread_finished();
        return Err(PyErr::new(ExcType::RuntimeError, "can't start new thread"));
    }
    Ok(handle)
}

/// CPython's `Exception in thread NAME:` / `Process NAME:` report; the exit code.
fn report_thread_error<M: Model>(vm: &mut Vm<M>, e: PyErr<M>, is_process: bool) -> i32 {
    if let Some(sig) = vm.termination_signal(&e) {
        return -sig;
    }
    let is_exit = match e.lazy_type() {
        Some(t) => t == ExcType::SystemExit,
        None => {
            let v = vm.materialize(PyErr {
                inner: Box::new(crate::object::exception::ErrInner {
                    value: e.inner.value,
                    traceback: e.inner.traceback,
                }),
            });
            return report_materialized(vm, v, is_process);
        }
    };
    if is_exit {
        return crate::runner::report_uncaught(vm, e);
    }
    let v = vm.materialize(e);
    report_materialized(vm, v, is_process)
}

fn report_materialized<M: Model>(vm: &mut Vm<M>, exc: Value<M>, is_process: bool) -> i32 {
    let cls = vm.exc_class(ExcType::SystemExit).clone();
    let err = vm.reraise(exc.clone());
    if vm.isinstance(&exc, &cls) {
        return crate::runner::report_uncaught(vm, err);
    }
    vm.interp.out.flush();
    let name = vm.thread.name.lock().clone();
    let text = vm.format_exception(err);
    if is_process {
        eprint!("Process {name}:\n{text}");
    } else {
        eprint!("Exception in thread {name}:\n{text}");
    }
    1
}

fn spawn_isolated<M: Model>(
    vm: &mut Vm<M>,
    target: Value<M>,
    args: Value<M>,
    kwargs: Value<M>,
    name: String,
    spawn: Spawn,
) -> PyResult<Arc<KThread>, M> {
    let (ident, is_process) = (spawn.ident, spawn.is_process);
    // "Fork": the target (and through it the module's globals), its
    // arguments and keyword arguments are copied into the new interpreter.
    let msg = message::encode(vm, &Value::tuple(vec![target, args, kwargs]))?;
    let interrupt = Arc::new(AtomicU8::new(0));
    let handle = Arc::new(KThread::new(ident, name.clone(), true, interrupt.clone()));
    let config = vm.interp.config.clone();
    let out = vm.interp.out.clone();
    let stats = vm.interp.stats.clone();
    let parent_ids = vm.interp.ids.lock().clone();
    let ids = if is_process {
        crate::runtime::process_ids::ProcessIds {
            pid: ident,
            ppid: parent_ids.pid,
            parent_name: Some(vm.interp.process_name.clone()),
        }
    } else {
        parent_ids
    };
    deadlock::thread_started();
    let h = handle.clone();
    let spawned = std::thread::Builder::new().name(name.clone()).stack_size(THREAD_STACK).spawn(move || {
        let process_name = if is_process { name.clone() } else { "MainProcess".to_string() };
        let pid = stats.new_interpreter(&name);
        let interp: Arc<Interp<M>> = crate::vm::setup::new_interp::<M>(config, out, stats, interrupt, process_name);
        *interp.ids.lock() = ids;
        let ts = Arc::new(ThreadSched::new(ident, pid, name));
        let mut cvm = Vm::enter(interp, ts);
        // The new interpreter's types and builtins live until the process
        // ends, like the parent's: they are not counted as alive objects.
        let _ = crate::model::heap::take_thread_alloc_counts();
        spawn.ready(&cvm.interp.stats, &cvm.thread);
        h.set_running();
        let code = run_isolated(&mut cvm, &msg, is_process);
        crate::modules::exit_hooks::run(&mut cvm);
        join_all(&mut cvm);
        crate::runner::teardown_modules(&mut cvm);
        cvm.interp.out.flush();
        cvm.leave();
        deadlock::thread_finished();
        h.finish(code);
    });
    if spawned.is_err() {
        deadlock::thread_finished();
        return Err(PyErr::new(ExcType::RuntimeError, "can't start new process"));
    }
    Ok(handle)
}

fn run_isolated<M: Model>(vm: &mut Vm<M>, msg: &Message, is_process: bool) -> i32 {
    let (call, copied) = match message::decode_graph(vm, msg) {
        Ok(v) => v,
        Err(e) => return report_thread_error(vm, e, is_process),
    };
    let parts = match call.kind() {
        Some(ObjKind::Tuple(t)) if t.len() == 3 => t.to_vec(),
        _ => return 1,
    };
    let r = vm.call_ex(&parts[0], &parts[1], Some(&parts[2]));
    drop(parts);
    drop(call);
    let code = match r {
        Ok(_) => 0,
        Err(e) => report_thread_error(vm, e, is_process),
    };
    // The copy holds cycles (globals <-> functions, classes <-> methods):
    // empty every container in it so the worker's heap is freed.
    for v in &copied {
        if let Some(kind) = v.kind() {
            drop(kind.take_contents());
        }
    }
    drop(copied);
    code
}

/// Wait for every non-daemon thread started by this interpreter.
pub fn join_all<M: Model>(vm: &mut Vm<M>) {
    loop {
        let pending: Vec<Arc<KThread>> = vm
            .interp
            .threads
            .lock()
            .iter()
            .filter(|(h, daemon)| !daemon && !matches!(h.state(), ThreadState::Done(_)))
            .map(|(h, _)| h.clone())
            .collect();
        if pending.is_empty() {
            return;
        }
        let w = waiter(vm);
        for h in pending {
            let w = w.clone();
            if vm.allow_threads("blocked: join (waiting for threads at exit)", move || h.join(None, &w)).is_err() {
                return;
            }
        }
    }
}

fn join<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("join", 1, 2)?;
    let h = arc_handle(&args.pos[0])?;
    let timeout = timeout_arg(args.pos.get(1))?;
    if h.downcast::<KThread>().is_none() {
        return Err(PyErr::type_error("expected a thread handle"));
    }
    let w = waiter(vm);
    let r = vm.allow_threads("blocked: join", move || h.downcast::<KThread>().expect("checked").join(timeout, &w));
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

fn lock_acquire<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = arc_handle(&args.pos[0])?;
    let lock: &KLock = handle(&args.pos[0], "lock")?;
    let blocking = flag(vm, args.pos.get(1), true)?;
    let timeout = timeout_arg(args.pos.get(2))?;
    let w = waiter(vm);
    // Uncontended: take it without giving up the GIL.
    if lock.acquire(false, None, &w).map_err(wait_error)? {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let r = vm.allow_threads("blocked: Lock.acquire", move || {
        h.downcast::<KLock>().expect("lock").acquire(true, timeout, &w)
    });
    r.map(Value::Bool).map_err(wait_error)
}

fn lock_release<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
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

fn rlock_acquire<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
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

fn rlock_release<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
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

fn event_set<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
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

fn event_wait<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
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

fn queue_put<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
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

fn queue_get<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
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

fn queue_task_done<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !handle::<M, KQueue>(&args.pos[0], "Queue")?.task_done() {
        return Err(PyErr::value_error("task_done() called too many times"));
    }
    Ok(Value::None)
}

fn queue_join<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let h = arc_handle(&args.pos[0])?;
    let w = waiter(vm);
    vm.allow_threads("blocked: Queue.join", move || h.downcast::<KQueue>().expect("queue").join(&w))
        .map_err(wait_error)?;
    Ok(Value::None)
}
