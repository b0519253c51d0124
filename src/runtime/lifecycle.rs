//! The life of a Python thread or worker interpreter: spawning it (on a
//! new OS thread, sharing the heap or in a fresh interpreter), reporting
//! what it did not catch, and joining it at exit. `modules/thread.rs` holds
//! only the Python-facing functions on top.
//!
//! In the shared-heap models the target runs on a new OS thread in the
//! *same* heap (the values cross through `Model::share`); in process mode,
//! and for every `multiprocessing.Process`, the target and its arguments
//! are deep-copied into a *new* interpreter with its own heap (and its own
//! GIL).

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::Instant;

use crate::model::{Model, Scheduler, ThreadSched};
use crate::object::{ExcType, ObjKind, PyErr, PyResult, Value};
use crate::runtime::deadlock;
use crate::runtime::kernel::{KThread, ThreadState, Waiter};
use crate::runtime::message::{self, Message};
use crate::runtime::panics;
use crate::runtime::stats::Stats;
use crate::runtime::uncaught::report_thread_error;
use crate::vm::{Interp, Vm};

/// Stack of every interpreter thread (see `runner::INTERPRETER_STACK`).
const THREAD_STACK: usize = 256 << 20;

/// What `threading.Thread.start()` / `Process.start()` asks for.
pub struct StartRequest<M: Model> {
    pub target: Value<M>,
    pub args: Value<M>,
    pub kwargs: Value<M>,
    pub name: String,
    pub daemon: bool,
    /// Run in a new interpreter (process mode, or a `Process`).
    pub isolated: bool,
    /// A `multiprocessing.Process` (not a thread made isolated by the mode).
    pub is_process: bool,
}

/// Start a thread or worker interpreter; its handle.
pub fn start<M: Model>(vm: &mut Vm<M>, req: StartRequest<M>) -> PyResult<Arc<KThread>, M> {
    let StartRequest { target, args, kwargs, name, daemon, isolated, is_process } = req;
    // A process's ident is its pid (see `process_ids`); a thread's is the
    // interpreter's next thread number.
    let ident = if is_process {
        super::process_ids::new_pid()
    } else {
        1000 + vm.interp.next_thread_id.fetch_add(1, Ordering::Relaxed)
    };
    if isolated && !is_process {
        vm.interp.stats.isolated_threads.fetch_add(1, Ordering::Relaxed);
    }
    let spawn = Spawn { requested: Instant::now(), flow: vm.interp.stats.new_flow(), ident, isolated, is_process };
    let handle = if isolated {
        spawn_isolated(vm, target, args, kwargs, name.clone(), spawn)?
    } else {
        spawn_shared(vm, target, args, kwargs, name.clone(), spawn)?
    };
    if let Some(t) = &vm.interp.stats.trace {
        let what = if is_process || isolated { "interpreter" } else { "thread" };
        t.complete(&vm.thread, format!("spawn {what} {name}"), "spawn", spawn.requested, Instant::now(), None);
        t.flow_from(&vm.thread, spawn.flow, "spawn", spawn.requested);
    }
    vm.interp.threads.lock().push((handle.clone(), daemon));
    Ok(handle)
}

/// How a thread of this interpreter waits on a kernel object.
pub fn waiter<M: Model>(vm: &Vm<M>) -> Waiter {
    Waiter {
        interrupt: vm.interp.interrupt.clone(),
        thread_name: vm.thread.name.lock().clone(),
        is_main: vm.thread.id == 0,
        rejoin: vm.interp.sched.rejoin(&vm.thread),
    }
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
    let race_start = crate::race::fork();
    let pool = vm.interp.thread_pool.clone();
    let spawned = pool.run(
        name,
        THREAD_STACK,
        M::REUSE_THREADS,
        Box::new(move || {
            crate::race::begin(race_start);
            let (interp, target, args, kwargs) = payload.into_inner();
            spawn.ready(&interp.stats, &ts2);
            let mut finished = Finished { handle: h, code: 1 };
            let mut tvm = Vm::enter(interp, ts2);
            finished.handle.set_running();
            let r = call_contained(&mut tvm, |vm| vm.call_ex(&target, &args, Some(&kwargs)));
            drop((target, args, kwargs));
            finished.code = match r {
                Ok(_) => 0,
                Err(e) => report_contained(&mut tvm, e, false),
            };
            let _ = panics::contain(|| tvm.handled.clear());
            // Everything the thread did happens before a `join` of it.
            crate::race::release(Arc::as_ptr(&finished.handle) as usize);
            finished.handle.rejoin_joiners();
            tvm.leave();
        }),
    );
    if spawned.is_err() {
        vm.interp.sched.cancel_new_thread(&ts);
        deadlock::thread_finished();
        return Err(PyErr::new(ExcType::RuntimeError, "can't start new thread"));
    }
    Ok(handle)
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
    // The user's modules go along, so the child finds them imported.
    let modules = vm.user_modules();
    let msg = message::encode(vm, &Value::tuple(vec![target, args, kwargs, modules]))?;
    let interrupt = Arc::new(AtomicU8::new(0));
    let handle = Arc::new(KThread::new(ident, name.clone(), true, interrupt.clone()));
    let config = vm.interp.config.clone();
    let out = vm.interp.out.clone();
    let stats = vm.interp.stats.clone();
    let registry = vm.interp.registry.clone();
    let parent_ids = vm.interp.ids.lock().clone();
    let ids = if is_process {
        super::process_ids::ProcessIds {
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
        let interp: Arc<Interp<M>> =
            crate::vm::setup::new_interp::<M>(config, out, stats, interrupt, process_name, registry);
        *interp.ids.lock() = ids;
        let ts = Arc::new(ThreadSched::new(ident, pid, name));
        let mut finished = Finished { handle: h, code: 1 };
        let mut cvm = Vm::enter(interp, ts);
        // The new interpreter's types and builtins live until the process
        // ends, like the parent's: they are not counted as alive objects.
        let _ = crate::model::heap::take_thread_alloc_counts();
        spawn.ready(&cvm.interp.stats, &cvm.thread);
        finished.handle.set_running();
        finished.code = run_isolated(&mut cvm, &msg, is_process);
        let ended = panics::contain(|| {
            crate::modules::exit_hooks::run(&mut cvm);
            join_all(&mut cvm);
            if !daemons_running(&cvm) {
                crate::runner::teardown_modules(&mut cvm);
            }
        });
        if let Err(message) = ended {
            report_panic_outside_python(&cvm, &message, is_process);
            finished.code = 1;
        }
        cvm.interp.out.flush();
        cvm.leave();
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
        Some(ObjKind::Tuple(t)) if t.len() >= 3 => t[..3].to_vec(),
        _ => return 1,
    };
    let r = call_contained(vm, |vm| vm.call_ex(&parts[0], &parts[1], Some(&parts[2])));
    drop(parts);
    drop(call);
    let code = match r {
        Ok(_) => 0,
        Err(e) => report_contained(vm, e, is_process),
    };
    // The copy holds cycles (globals <-> functions, classes <-> methods):
    // empty every container in it so the worker's heap is freed.
    let emptied = panics::contain(|| {
        for v in &copied {
            if let Some(kind) = v.kind() {
                drop(kind.take_contents());
            }
        }
    });
    if let Err(message) = emptied {
        report_panic_outside_python(vm, &message, is_process);
    }
    drop(copied);
    code
}

/// Marks a thread's handle finished (so `join()` returns) and stops the
/// deadlock detector counting it, however the thread ends: even a panic
/// that escaped every containment runs this on its way out.
struct Finished {
    handle: Arc<KThread>,
    code: i32,
}

impl Drop for Finished {
    fn drop(&mut self) {
        deadlock::thread_finished();
        self.handle.finish(self.code);
    }
}

/// Call into Python outside any frame (a thread's target may be a
/// builtin): a panic becomes the internal `SystemError`.
fn call_contained<M: Model>(
    vm: &mut Vm<M>,
    f: impl FnOnce(&mut Vm<M>) -> PyResult<Value<M>, M>,
) -> PyResult<Value<M>, M> {
    let saved = vm.unwind_point();
    match panics::contain(|| f(vm)) {
        Ok(r) => r,
        Err(message) => {
            vm.restore_unwind_point(saved);
            Err(panics::internal_error(&message))
        }
    }
}

/// [`report_thread_error`], and if reporting itself panics, the plainest
/// report that still names the thread.
fn report_contained<M: Model>(vm: &mut Vm<M>, e: PyErr<M>, is_process: bool) -> i32 {
    match panics::contain(|| report_thread_error(vm, e, is_process)) {
        Ok(code) => code,
        Err(message) => {
            report_panic_outside_python(vm, &message, is_process);
            1
        }
    }
}

/// A panic outside any Python frame of a thread or worker (setting up,
/// reporting, tearing down): reported in CPython's words for the thread.
fn report_panic_outside_python<M: Model>(vm: &Vm<M>, message: &str, is_process: bool) {
    vm.interp.out.flush();
    let name = vm.thread.name.lock().clone();
    let header = if is_process { format!("Process {name}:") } else { format!("Exception in thread {name}:") };
    eprintln!("{header}\nSystemError: {}{message}", panics::INTERNAL_ERROR_PREFIX);
    panics::note_uncaught_internal_error();
}

/// Whether a daemon thread of this interpreter is still running (it is
/// abandoned at exit, so what it can reach must not be torn down).
pub fn daemons_running<M: Model>(vm: &Vm<M>) -> bool {
    vm.interp.threads.lock().iter().any(|(h, daemon)| *daemon && !matches!(h.state(), ThreadState::Done(_)))
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
            h.queue_joiner(&w);
            if vm.allow_threads("blocked: join (waiting for threads at exit)", move || h.join(None, &w)).is_err() {
                return;
            }
        }
    }
}
