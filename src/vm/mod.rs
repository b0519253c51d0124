//! The virtual machine: one eval loop, generic over the locking model.
//!
//! An [`Interp`] is one interpreter (one "process"): its builtins, types,
//! modules and scheduler. A [`Vm`] is one OS thread running Python code in
//! it. In the shared-heap models several `Vm`s share an `Interp`; in process
//! mode every worker has an `Interp` of its own.

pub mod async_gen;
pub mod attr;
pub mod builtin_view;
pub mod byte_buffers;
pub mod call;
pub mod carets;
pub mod class_checks;
pub mod class_namespace;
pub mod class_traits;
pub mod compare;
pub mod complex_ops;
pub mod containers;
pub mod convert;
pub mod coroutine;
pub mod descriptor;
pub mod eval;
pub mod exception_attrs;
pub mod exception_groups;
pub mod finalize;
pub mod frame;
pub mod frame_builtins;
pub mod frame_stack;
pub mod gc;
pub mod import;
pub mod inline;
pub mod instantiate;
pub mod int_index;
pub mod iterate;
pub mod iterate_tools;
pub mod metaclass;
pub mod module_spec;
pub mod mro;
pub mod name_errors;
pub mod namespace_dicts;
mod native_call;
mod native_steps;
pub mod numbers;
pub mod operator_call;
pub mod ops;
pub mod pattern;
pub mod percent;
pub mod race_hook;
pub mod run_as_main;
pub mod setup;
pub mod slice_ops;
pub mod slots;
pub mod subscript_call;
pub mod suggestions;
pub mod super_attr;
pub mod traceback;
pub mod truth;
pub mod type_operators;
pub mod unwind;

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::model::{Model, ObjCell, Scheduler, ThreadSched};
use crate::object::class::BuiltinType;
use crate::object::dict::{Dict, Key};
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::runtime::stats::{Stats, ThreadReport};
use crate::runtime::trace::Span;

/// CPython's default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: u32 = 1000;

/// Where `print` writes. Buffered; flushed at exit and before tracebacks.
pub struct Output {
    pub out: parking_lot::Mutex<Box<dyn Write + Send>>,
}

impl Output {
    pub fn stdout() -> Output {
        Output { out: parking_lot::Mutex::new(Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()))) }
    }
    /// Unbuffered but for std's own line buffering: for the REPL, where
    /// output (also from background threads) must appear as it is printed.
    pub fn line_buffered() -> Output {
        Output { out: parking_lot::Mutex::new(Box::new(std::io::stdout())) }
    }
    pub fn write_str(&self, s: &str) {
        let _ = self.out.lock().write_all(s.as_bytes());
    }
    pub fn flush(&self) {
        let _ = self.out.lock().flush();
    }
}

/// Settings of one run.
#[derive(Clone, Debug)]
pub struct RunConfig {
    pub argv: Vec<String>,
    /// The initial `sys.path`.
    pub path: Vec<String>,
    pub sched: crate::model::SchedConfig,
    /// Stop the run after about this many instructions (see
    /// [`INTERRUPT_BUDGET`]); None for no limit.
    pub instruction_budget: Option<u64>,
}

/// Interrupt requests checked at every eval-breaker tick.
pub const INTERRUPT_NONE: u8 = 0;
pub const INTERRUPT_TERMINATE: u8 = 15;
pub const INTERRUPT_KILL: u8 = 9;
pub const INTERRUPT_KEYBOARD: u8 = 2;
/// The instruction budget ran out: every thread unwinds as if killed
/// (SIGXCPU's number: "CPU time limit exceeded").
pub const INTERRUPT_BUDGET: u8 = 24;

/// The class objects of the built-in types and exceptions.
pub struct Types<M: Model> {
    pub builtin: Vec<ObjRef<M>>,
    pub exceptions: Vec<ObjRef<M>>,
}

impl<M: Model> Types<M> {
    pub fn get(&self, t: BuiltinType) -> &ObjRef<M> {
        &self.builtin[t as usize]
    }
    pub fn exc(&self, t: ExcType) -> &ObjRef<M> {
        &self.exceptions[t as usize]
    }
}

pub struct Interp<M: Model> {
    /// The builtins namespace (a dict object).
    pub builtins: ObjRef<M>,
    pub types: Types<M>,
    /// `sys.modules`: every imported module, by name (a dict object).
    pub sys_modules: ObjRef<M>,
    /// `sys.path`: where `import` looks for files (a list object).
    pub sys_path: ObjRef<M>,
    /// The modules this interpreter can import without a file.
    pub registry: Arc<import::Registry<M>>,
    /// Which thread is running which module's top level.
    pub imports: Arc<import::ImportLock>,
    pub sched: M::Sched,
    pub stats: Arc<Stats>,
    pub out: Arc<Output>,
    pub config: RunConfig,
    pub next_frame_id: AtomicU64,
    pub next_thread_id: AtomicU64,
    pub interrupt: Arc<AtomicU8>,
    pub recursion_limit: std::sync::atomic::AtomicU32,
    /// Instructions left of `config.instruction_budget`, spent at the
    /// eval-breaker checks only (never on the per-instruction fast path).
    pub instructions_left: Option<AtomicU64>,
    /// Threads and worker interpreters started here (joined at exit unless daemon).
    pub threads: parking_lot::Mutex<Vec<(Arc<crate::runtime::kernel::KThread>, bool)>>,
    /// OS threads that finished a Python thread, waiting to run the next
    /// one (see `runtime::thread_pool`).
    pub thread_pool: Arc<crate::runtime::thread_pool::ThreadPool>,
    /// `multiprocessing.current_process().name`.
    pub process_name: String,
    /// The `__main__` globals (in a worker interpreter: its copy of the
    /// parent's), where a class arriving in a message is looked up by name
    /// so that it keeps its identity, as pickle finds classes by reference.
    pub main_globals: M::Cell<Option<ObjRef<M>>>,
    /// `os.getpid()`, `os.getppid()` and the parent's name (see
    /// `runtime::process_ids`).
    pub ids: parking_lot::Mutex<crate::runtime::process_ids::ProcessIds>,
    /// The cycle collector's list of this heap's container objects.
    pub gc: Arc<crate::model::heap::GcRegistry>,
}

/// One OS thread's view of an interpreter.
pub struct Vm<M: Model> {
    pub interp: Arc<Interp<M>>,
    pub thread: Arc<ThreadSched>,
    /// Instructions left until the next eval-breaker check.
    pub ticks: u32,
    /// Under `--race`, `ticks` stays at one; this is the real countdown.
    pub race_left: u32,
    /// Under `--race`: where each frame of this thread's Python stack last
    /// was, by call depth (see `race_hook`). Empty otherwise.
    pub race_stack: Vec<Option<crate::race::Frame>>,
    /// Python call depth, for RecursionError.
    pub depth: u32,
    /// Exceptions being handled (innermost last), for bare `raise` and
    /// implicit chaining.
    pub handled: Vec<Value<M>>,
    /// Reused value stacks, to avoid an allocation per call.
    pub stack_pool: Vec<Vec<Value<M>>>,
    /// Boxes of finished generators' frames, emptied, for the next
    /// generator or coroutine made: one allocation less for each.
    pub frame_boxes: Vec<Box<frame::Frame<M>>>,
    /// Callers parked while the Python functions they called run in their
    /// place, innermost last (see `frame_stack`).
    /// Its first `parked` slots are live callers; the rest are empty
    /// spares, kept so that a call moves no frame whole.
    pub suspended: Vec<frame::Frame<M>>,
    pub parked: usize,
    /// The bookkeeping of each parked call, slot for slot beside
    /// `suspended` (kept apart so that parking moves no more than a frame).
    pub call_points: Vec<frame_stack::CallPoint<M>>,
    /// Key objects for new instance attributes, by name hash (see
    /// `Model::SHARED_ATTR_KEYS`): one str per name, not one per instance.
    pub attr_keys: Vec<Option<Value<M>>>,
    /// One-character strs below U+0100, made on first use (see `char_value`).
    latin1_chars: Vec<Option<Value<M>>>,
    /// Frame ids this thread may hand out: a block taken from the
    /// interpreter's counter, so a call does not touch a shared atomic.
    pub frame_ids: std::ops::Range<u64>,
    /// Containers being repr'd, so a self-containing list prints `[...]`.
    pub repr_guard: Vec<usize>,
    /// When this thread entered, by the clock and by its own CPU time.
    entered_at: Instant,
    cpu_at_enter: Duration,
}

/// See [`Vm::unwind_point`].
#[derive(Clone, Copy)]
pub struct UnwindPoint {
    depth: u32,
    handled: usize,
    repr_guard: usize,
}

impl<M: Model> Vm<M> {
    /// Start running Python code on this OS thread (takes the GIL where
    /// there is one).
    pub fn enter(interp: Arc<Interp<M>>, thread: Arc<ThreadSched>) -> Vm<M> {
        let entered_at = Instant::now();
        let cpu_at_enter = thread_cpu_time();
        if let Some(t) = &interp.stats.trace {
            t.name_thread(&thread);
        }
        interp.sched.enter(&thread);
        interp.gc.install();
        if let Some(t) = &interp.stats.trace {
            t.begin(&thread, Span::Running);
        }
        let ticks = interp.sched.initial_ticks();
        let (ticks, race_left) = if crate::race::on() { (1, ticks) } else { (ticks, 0) };
        Vm {
            interp,
            thread,
            ticks,
            race_left,
            race_stack: Vec::new(),
            depth: 0,
            handled: Vec::new(),
            stack_pool: Vec::new(),
            frame_boxes: Vec::new(),
            suspended: Vec::new(),
            parked: 0,
            call_points: Vec::new(),
            attr_keys: Vec::new(),
            latin1_chars: Vec::new(),
            frame_ids: 0..0,
            repr_guard: Vec::new(),
            entered_at,
            cpu_at_enter,
        }
    }

    /// Stop running Python code on this thread (drops the GIL), and file
    /// the thread's report for `--stats`.
    pub fn leave(mut self) {
        self.handled.clear();
        self.stack_pool.clear();
        self.frame_boxes.clear();
        self.suspended.clear();
        self.call_points.clear();
        self.attr_keys.clear();
        self.latin1_chars.clear();
        self.count_instructions();
        let stats = &self.interp.stats;
        stats.absorb_thread_allocs();
        if let Some(t) = &stats.trace {
            t.end(&self.thread, Span::Running, "thread exit");
        }
        self.interp.sched.exit(&self.thread);
        let counters = &self.thread.stats;
        stats.thread_finished(ThreadReport {
            pid: self.thread.pid,
            interpreter: self.interp.process_name.clone(),
            name: self.thread.name.lock().clone(),
            ident: self.thread.id,
            wall: self.entered_at.elapsed(),
            cpu: thread_cpu_time().saturating_sub(self.cpu_at_enter),
            instructions: counters.instructions.load(Ordering::Relaxed),
            gil_acquisitions: counters.gil_acquisitions.load(Ordering::Relaxed),
            gil_wait: Duration::from_nanos(counters.gil_wait_ns.load(Ordering::Relaxed)),
            forced_switches: counters.forced_switches.load(Ordering::Relaxed),
            voluntary_switches: counters.voluntary_switches.load(Ordering::Relaxed),
        });
    }

    /// Let the next thread in the GIL's queue run first (see
    /// `Scheduler::yield_now`); this thread continues when its turn comes.
    pub fn yield_gil(&mut self, why: &'static str) {
        self.step_off_the_gil(why, |vm| vm.interp.sched.yield_now(&vm.thread, why));
    }

    /// Run `f` without the GIL: a blocking call (`"blocked: time.sleep"`)
    /// or native work (`"native: ..."`), as `call` names it in traces. `f`
    /// must be `Send`, so it cannot capture heap objects: that is what makes
    /// dropping the lock safe (see `model::heap`).
    pub fn allow_threads<R: Send>(&mut self, call: &'static str, f: impl FnOnce() -> R + Send) -> R {
        let r = self.step_off_the_gil(call, |vm| {
            vm.interp.sched.release(&vm.thread);
            let blocked_at = Instant::now();
            // A panic in `f` (a minipy bug) must not leave this thread running
            // Python without the GIL: take it back, then let the panic go on to
            // the frame that contains it.
            let r = crate::runtime::panics::contain(f);
            if let Some(t) = vm.interp.stats.trace.as_ref() {
                let cat = if call.starts_with("native") { "native" } else { "blocking" };
                t.complete(&vm.thread, call, cat, blocked_at, Instant::now(), None);
            }
            vm.interp.sched.reacquire(&vm.thread);
            r
        });
        match r {
            Ok(r) => r,
            Err(message) => std::panic::resume_unwind(Box::new(message)),
        }
    }

    /// The bookkeeping around any moment this thread may lose the GIL:
    /// its instruction count is settled and its running span closed before
    /// `between` runs, and it resumes with a fresh tick budget, since the
    /// thread that ran meanwhile used up the time slice.
    fn step_off_the_gil<R>(&mut self, why: &'static str, between: impl FnOnce(&Self) -> R) -> R {
        self.count_instructions();
        if let Some(t) = self.interp.stats.trace.as_ref() {
            t.end(&self.thread, Span::Running, why);
        }
        let r = between(self);
        if let Some(t) = self.interp.stats.trace.as_ref() {
            t.begin(&self.thread, Span::Running);
        }
        self.ticks = if crate::race::on() { 1 } else { self.interp.sched.initial_ticks() };
        r
    }

    /// A one-character str. Those below U+0100 are made once per thread
    /// and shared, as CPython keeps one object per Latin-1 character:
    /// iterating over or indexing a string allocates nothing for them.
    pub fn char_value(&mut self, c: char) -> Value<M> {
        let code = c as usize;
        if code >= 256 {
            return Value::str(c.to_string());
        }
        if self.latin1_chars.is_empty() {
            self.latin1_chars.resize(256, None);
        }
        self.latin1_chars[code].get_or_insert_with(|| Value::str(c.to_string())).clone()
    }

    /// What a contained panic must restore: the unwinding skipped the
    /// bookkeeping of the calls it went through.
    pub fn unwind_point(&self) -> UnwindPoint {
        UnwindPoint { depth: self.depth, handled: self.handled.len(), repr_guard: self.repr_guard.len() }
    }

    pub fn restore_unwind_point(&mut self, p: UnwindPoint) {
        self.depth = p.depth;
        self.handled.truncate(p.handled);
        self.repr_guard.truncate(p.repr_guard);
    }

    /// The slow path of the per-instruction countdown.
    #[cold]
    pub fn eval_breaker(&mut self) -> PyResult<(), M> {
        self.thread.stats.instructions.fetch_add(self.interp.sched.initial_ticks() as u64, Ordering::Relaxed);
        if let Some(left) = &self.interp.instructions_left {
            self.spend_budget(left);
        }
        self.ticks = self.interp.sched.tick(&self.thread);
        if self.interp.gc.due() {
            self.collect_due_garbage();
        }
        if crate::model::weak::deaths_pending() {
            self.run_release_hooks()?;
        }
        self.check_interrupt()
    }

    /// Take one countdown's worth of instructions from the run's budget;
    /// when it is gone, ask every thread to stop.
    #[cold]
    fn spend_budget(&self, left: &AtomicU64) {
        let spent = self.interp.sched.initial_ticks() as u64;
        let before = left.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| Some(n.saturating_sub(spent)));
        if before.unwrap_or(0) <= spent {
            self.interp.interrupt.store(INTERRUPT_BUDGET, Ordering::Relaxed);
        }
    }

    /// Add the instructions run since the last eval-breaker check, and
    /// restart the countdown's accounting from here.
    fn count_instructions(&mut self) {
        let full = self.interp.sched.initial_ticks();
        let ran = full.saturating_sub(self.ticks) as u64;
        self.thread.stats.instructions.fetch_add(ran, Ordering::Relaxed);
        self.ticks = if crate::race::on() { 1 } else { full };
    }

    pub fn check_interrupt(&mut self) -> PyResult<(), M> {
        match self.interp.interrupt.load(Ordering::Relaxed) {
            INTERRUPT_NONE => Ok(()),
            // KeyboardInterrupt goes to the main thread only, as in CPython.
            INTERRUPT_KEYBOARD if self.thread.id != 0 => Ok(()),
            INTERRUPT_KEYBOARD => {
                self.interp.interrupt.store(INTERRUPT_NONE, Ordering::Relaxed);
                // A handler installed with signal.signal(SIGINT, ...) decides.
                if let Some(signal) = self.loaded_module("signal")
                    && let Some(deliver) = self.getattr_opt(&signal, "_deliver")?
                {
                    self.call(&deliver, &[Value::Int(2)], &[])?;
                    return Ok(());
                }
                Err(PyErr::new(ExcType::KeyboardInterrupt, ""))
            }
            // Terminate/kill: unwind with SystemExit-like error that no
            // `except Exception` catches; the process runner maps it.
            code => Err(PyErr::new(ExcType::SystemExit, format!("__minipy_signal_{code}"))),
        }
    }

    #[inline]
    pub fn next_frame_id(&mut self) -> u64 {
        match self.frame_ids.next() {
            Some(id) => id,
            None => self.refill_frame_ids(),
        }
    }

    #[cold]
    fn refill_frame_ids(&mut self) -> u64 {
        const BLOCK: u64 = 1 << 16;
        let start = self.interp.next_frame_id.fetch_add(BLOCK, Ordering::Relaxed);
        self.frame_ids = start + 1..start + BLOCK;
        start
    }

    pub fn write_stdout(&self, s: &str) {
        self.interp.out.write_str(s);
    }

    /// `sys.stdout` when a program has replaced it (`sys.stdout = buf`,
    /// `contextlib.redirect_stdout`), so that `print` and the REPL's
    /// results go there; None while it is minipy's own stream (or `sys`
    /// was never asked for it), the fast path.
    pub fn redirected_stdout(&self) -> Option<Value<M>> {
        let sys = eval::dict_get_str(&self.interp.sys_modules, "sys")?;
        let ObjKind::Module(m) = sys.kind()? else { return None };
        let stream = eval::dict_get_str(&m.dict, "stdout")?;
        match stream.kind() {
            Some(ObjKind::Instance(inst))
                if inst.class().name == "_TextStream" && inst.class().module == "_sys_extras" =>
            {
                None
            }
            _ => Some(stream),
        }
    }

    /// Text for standard output, through a replaced `sys.stdout` if any.
    pub fn print_text(&mut self, s: &str) -> PyResult<(), M> {
        match self.redirected_stdout() {
            None => {
                self.write_stdout(s);
                Ok(())
            }
            Some(stream) => self.call_method(&stream, "write", &[Value::str(s)]).map(drop),
        }
    }

    /// PRINT_EXPR, CPython's `sys.displayhook`: show a non-None result of
    /// an interactive expression statement and keep it in `builtins._`.
    pub fn display_value(&mut self, v: Value<M>) -> PyResult<(), M> {
        if v.is_none() {
            return Ok(());
        }
        let builtins = self.interp.builtins.clone();
        drop(eval::dict_set_str(&builtins, "_", Value::None));
        let mut text = self.repr(&v)?;
        text.push('\n');
        self.print_text(&text)?;
        drop(eval::dict_set_str(&builtins, "_", v));
        Ok(())
    }

    // ---- types ---------------------------------------------------------

    /// The name of the built-in type whose dict holds the built-in method
    /// `m` (for its `__qualname__` and repr); a scan, as these are rare.
    pub fn builtin_method_owner(&self, m: &ObjRef<M>) -> Option<String> {
        self.interp.types.builtin.iter().find_map(|t| match &t.kind {
            ObjKind::Class(c) => {
                c.dict.with(|d| d.iter().any(|(_, v)| Self::defines_builtin(v, m))).then(|| c.name.to_string())
            }
            _ => None,
        })
    }

    /// Whether a class-dict entry is `m` itself or a class/static method
    /// wrapping it (`dict.fromkeys`, `object.__init_subclass__`).
    fn defines_builtin(entry: &Value<M>, m: &ObjRef<M>) -> bool {
        match entry {
            Value::Obj(o) if ObjRef::ptr_eq(o, m) => true,
            Value::Obj(o) => match &o.kind {
                ObjKind::ClassMethod(Value::Obj(f)) | ObjKind::StaticMethod(Value::Obj(f)) => ObjRef::ptr_eq(f, m),
                _ => false,
            },
            _ => false,
        }
    }

    pub fn builtin_type(&self, t: BuiltinType) -> &ObjRef<M> {
        self.interp.types.get(t)
    }

    pub fn exc_class(&self, t: ExcType) -> &ObjRef<M> {
        self.interp.types.exc(t)
    }

    /// `type(v)`.
    pub fn type_of(&self, v: &Value<M>) -> ObjRef<M> {
        let t = match v {
            Value::Obj(o) => match &o.kind {
                ObjKind::Instance(i) => return i.class_obj().clone(),
                ObjKind::Class(c) if let Some(m) = &c.metaclass => return m.clone(),
                ObjKind::Iter(it) => it.with(|s| s.builtin_type()),
                ObjKind::Native(n) => n.0.builtin_type(),
                ObjKind::Builtin(b) if b.is_method => BuiltinType::MethodDescriptor,
                ObjKind::BoundMethod(f, _) if matches!(f.kind(), Some(ObjKind::Builtin(_))) => {
                    BuiltinType::BuiltinFunction
                }
                kind => BuiltinType::of_kind(kind).unwrap_or(BuiltinType::Object),
            },
            unboxed => BuiltinType::of_unboxed(unboxed).unwrap_or(BuiltinType::NoneType),
        };
        self.builtin_type(t).clone()
    }

    /// `isinstance(v, cls)` for a single class.
    pub fn isinstance(&self, v: &Value<M>, cls: &ObjRef<M>) -> bool {
        let t = self.type_of(v);
        match &t.kind {
            ObjKind::Class(c) => c.is_subclass(&t, cls),
            _ => false,
        }
    }

    /// Build an exception instance of a built-in exception type.
    pub fn new_exception(&self, t: ExcType, args: Vec<Value<M>>) -> ObjRef<M> {
        let cls = self.exc_class(t).clone();
        crate::vm::exception_attrs::new_exception_instance(cls, args)
    }

    /// Hash a value for use as a dict key or set member.
    pub fn key(&mut self, v: Value<M>) -> PyResult<Key<M>, M> {
        if let Value::Int(i) = v {
            return Ok(Key { hash: crate::object::hash::hash_int(i), value: v });
        }
        if needs_python_hash(&v) {
            containers::note_python_eq_key();
            let hash = self.hash_value(&v)?;
            return Ok(Key { hash, value: v });
        }
        if let Some(ObjKind::MemoryView(m)) = v.kind() {
            m.check()?;
            if !m.readonly {
                return Err(PyErr::value_error("cannot hash writable memoryview object"));
            }
        }
        Key::new(v).map_err(|u| PyErr::type_error(format!("unhashable type: '{}'", u.0)))
    }

    /// `hash(v)` for values whose hash may run Python code: instances with
    /// `__hash__`, and tuples holding them (hashed from their items' own
    /// hashes, as CPython does).
    fn hash_value(&mut self, v: &Value<M>) -> PyResult<i64, M> {
        match v.kind() {
            // A plain instance keeping object's `__hash__`: its identity,
            // without looking `__hash__` up.
            Some(ObjKind::Instance(inst))
                if inst.payload.is_none() && self.class_traits(inst.class()) & class_traits::DEFAULT_HASH != 0 =>
            {
                Ok(crate::object::dict::identity_hash(v))
            }
            Some(ObjKind::Instance(inst)) => {
                const KEY: crate::object::dict::StrKey<'static> = crate::object::dict::StrKey::constant("__hash__");
                let hash_attr = inst.class().lookup_key(&KEY);
                if matches!(hash_attr, Some(Value::None)) {
                    return Err(PyErr::type_error(format!("unhashable type: '{}'", inst.class_name())));
                }
                // The built-in payload's hash, unless Python code overrides
                // it (what `Instance::builtin_view` decides, from the one lookup).
                let python_hash = matches!(&hash_attr, Some(f) if !matches!(f.kind(), Some(ObjKind::Builtin(_))));
                if let Some(p) = inst.payload.as_ref().filter(|_| !python_hash) {
                    if matches!(p.kind(), Some(ObjKind::List(_) | ObjKind::Dict(_) | ObjKind::Set(_))) {
                        return Err(PyErr::type_error(format!("unhashable type: '{}'", inst.class_name())));
                    }
                    return self.hash_value(p);
                }
                if let Some(h) = hash_attr.filter(|h| !matches!(h.kind(), Some(ObjKind::Builtin(_)))) {
                    let r = self.call_special(&h, std::slice::from_ref(v))?;
                    // CPython takes a returned int that fits a machine word as
                    // it is (only -1, its error value, becomes -2); a bigger
                    // one is hashed as an int.
                    return match &r {
                        Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                        Value::Bool(b) => Ok(*b as i64),
                        _ => match r.kind() {
                            Some(ObjKind::BigInt(b)) => Ok(crate::object::hash::hash_bigint(b)),
                            _ => Err(PyErr::type_error("__hash__ method should return an integer")),
                        },
                    };
                }
                crate::object::dict::native_hash(v)
                    .map_err(|u| PyErr::type_error(format!("unhashable type: '{}'", u.0)))
            }
            Some(ObjKind::Tuple(items)) => {
                self.enter_recursion("")?;
                let mut hasher = crate::object::hash::TupleHasher::new(items.len());
                for item in items.iter() {
                    match self.hash_value(item) {
                        Ok(h) => hasher.add(h),
                        Err(e) => {
                            self.leave_recursion();
                            return Err(e);
                        }
                    }
                }
                self.leave_recursion();
                Ok(hasher.finish())
            }
            _ => crate::object::dict::native_hash(v)
                .map_err(|u| PyErr::type_error(format!("unhashable type: '{}'", u.0))),
        }
    }

    /// A fresh dict object.
    pub fn new_dict(&self) -> ObjRef<M> {
        ObjRef::new(ObjKind::Dict(M::Cell::new(Dict::new())))
    }
}

/// Whether hashing `v` may run Python code: an instance, or a tuple that
/// holds one (frozensets keep their items' hashes, computed when built).
pub fn needs_python_hash<M: Model>(v: &Value<M>) -> bool {
    match v.kind() {
        Some(ObjKind::Instance(_)) => true,
        // A flat tuple (the usual key: `(x, y)`) answers without the stack:
        // `may_compare_in_python` already looked at its items.
        Some(ObjKind::Tuple(_)) if !crate::object::dict::may_compare_in_python(v) => false,
        // An explicit stack instead of recursion: tuples may nest
        // arbitrarily deep, and this runs without a Vm to count the depth.
        Some(ObjKind::Tuple(items)) => {
            let mut pending: Vec<&Value<M>> = items.iter().collect();
            while let Some(v) = pending.pop() {
                match v.kind() {
                    Some(ObjKind::Instance(_)) => return true,
                    Some(ObjKind::Tuple(items)) => pending.extend(items.iter()),
                    _ => {}
                }
            }
            false
        }
        _ => false,
    }
}

/// Whether key equality for `v` may run a user `__eq__`: an instance, or
/// a tuple or frozenset that holds one.
pub fn needs_python_eq<M: Model>(v: &Value<M>) -> bool {
    match v.kind() {
        Some(ObjKind::Instance(_)) => true,
        Some(ObjKind::Tuple(_)) if !crate::object::dict::may_compare_in_python(v) => false,
        Some(ObjKind::Tuple(_) | ObjKind::FrozenSet(_)) => {
            // An explicit stack, as in `needs_python_hash`.
            let mut pending = vec![v];
            while let Some(v) = pending.pop() {
                match v.kind() {
                    Some(ObjKind::Instance(_)) => return true,
                    Some(ObjKind::Tuple(items)) => pending.extend(items.iter()),
                    Some(ObjKind::FrozenSet(d)) => pending.extend(d.iter_keys().map(|k| &k.value)),
                    _ => {}
                }
            }
            false
        }
        _ => false,
    }
}

/// CPU time this OS thread has used (zero where the platform cannot say).
fn thread_cpu_time() -> Duration {
    cpu_time::ThreadTime::try_now().map(|t| t.as_duration()).unwrap_or_default()
}
