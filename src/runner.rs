//! Running a program: read, parse, compile, pick the model, run, report.
//!
//! This is the one place where the mode chosen on the command line becomes
//! a type: [`on_model`] runs a [`PerModel`] task (a file here, the REPL in
//! `repl.rs`) as `task.run::<Gil>()`, `task.run::<FreeThreaded>()`, ...
//! Everything below it is monomorphised per model.

use std::sync::Arc;

use crate::bytecode::Code;
use crate::diagnostics::{SourceFile, render_syntax_error};
use crate::model::models::{FreeThreaded, Gil, Process, RacyRefcount};
use crate::model::{Model, ObjCell, SchedConfig, Scheduler, ThreadSched};
use crate::object::exception::ErrValue;
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::runtime::panics;
use crate::runtime::stats::Stats;
use crate::runtime::stats_report::{self, RunFacts};
use crate::vm::{Output, RunConfig, Vm};
use std::sync::atomic::Ordering;

/// The locking models users can pick with `--mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Gil,
    FreeThreaded,
    Process,
    RacyRefcount,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Gil, Mode::FreeThreaded, Mode::Process, Mode::RacyRefcount];

    pub fn name(self) -> &'static str {
        match self {
            Mode::Gil => Gil::NAME,
            Mode::FreeThreaded => FreeThreaded::NAME,
            Mode::Process => Process::NAME,
            Mode::RacyRefcount => RacyRefcount::NAME,
        }
    }

    pub fn from_name(s: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == s)
    }
}

#[derive(Clone, Debug)]
pub struct RunOptions {
    pub mode: Mode,
    pub sched: SchedConfig,
    pub argv: Vec<String>,
    /// `--stats` / `--stats=json`: print the run's counters to stderr.
    pub stats: Option<StatsFormat>,
    /// `--trace FILE`: write a Chrome trace of what every thread did.
    pub trace: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatsFormat {
    Table,
    Json,
}

impl RunOptions {
    pub fn new(mode: Mode) -> RunOptions {
        RunOptions { mode, sched: SchedConfig::default(), argv: Vec::new(), stats: None, trace: None }
    }
}

/// Interpreter threads get a large stack: Python recursion (up to the
/// recursion limit) and deeply nested syntax trees must hit minipy's own
/// limits long before the OS stack ends.
pub const INTERPRETER_STACK: usize = 512 << 20;

/// Run a file; returns the process exit code.
pub fn run_path(path: &str, opts: &RunOptions) -> i32 {
    // The script's name as code, `__file__`, tracebacks and sys.path[0]
    // see it; sys.argv[0] keeps the path as given.
    let path = &main_file_path(path);
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(2);
            eprintln!("minipy: can't open file '{path}': [Errno {errno}] {}", describe_io_error(&e));
            return 2;
        }
    };
    // A UTF-8 byte order mark is allowed, as in CPython.
    let bytes = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => rest.to_vec(),
        None => bytes,
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = bytes[..pos].iter().filter(|b| **b == b'\n').count() + 1;
            eprintln!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[pos]
            );
            return 1;
        }
    };
    run_text(path, text, opts)
}

/// CPython (3.9+) makes the script's path absolute by joining the working
/// directory to it as given, without normalising `.` or `..`.
fn main_file_path(file: &str) -> String {
    if std::path::Path::new(file).is_absolute() {
        return file.to_string();
    }
    match std::env::current_dir() {
        Ok(dir) => format!("{}/{}", dir.display().to_string().trim_end_matches('/'), file),
        Err(_) => file.to_string(),
    }
}

fn describe_io_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

/// Parse and compile on a large-stack thread.
pub fn compile_text(path: &str, text: String) -> Result<Arc<Code>, String> {
    let path = path.to_string();
    on_big_stack(move || compile_here(path, text))
}

/// Parse and compile on this thread (which must have a big stack).
fn compile_here(path: String, text: String) -> Result<Arc<Code>, String> {
    let src = Arc::new(SourceFile::new(path, text));
    let module = crate::parser::parse(&src).map_err(|e| render_syntax_error(&e, &src))?;
    crate::compiler::compile(&module, src.clone()).map_err(|e| render_syntax_error(&e, &src))
}

/// Run `f` on a thread with [`INTERPRETER_STACK`] bytes of stack. A panic
/// that escapes every Python frame (a minipy bug outside running code)
/// ends the run with an internal-error message and
/// [`panics::INTERNAL_ERROR_EXIT`], never an abort.
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    match on_big_stack_contained(f) {
        Ok(v) => v,
        Err(message) => {
            eprintln!("minipy: {}{message}", panics::INTERNAL_ERROR_PREFIX);
            std::process::exit(panics::INTERNAL_ERROR_EXIT)
        }
    }
}

/// [`on_big_stack`] for an embedder: an escaping panic is `Err(message)`.
pub fn on_big_stack_contained<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, String> {
    let r = std::thread::Builder::new()
        .name("minipy-main".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || panics::contain(f))
        .expect("cannot start the interpreter thread")
        .join();
    match r {
        Ok(r) => r,
        Err(_) => Err("the interpreter thread died".into()),
    }
}

pub fn run_text(path: &str, text: String, opts: &RunOptions) -> i32 {
    // Fail before the run, not after it, when the trace cannot be written.
    if let Some(trace) = &opts.trace
        && let Err(e) = std::fs::File::create(trace)
    {
        eprintln!("minipy: cannot write the trace to '{trace}': {}", describe_io_error(&e));
        return 2;
    }
    // Compiled on the interpreter's own thread: a second big-stack thread
    // just to compile cost a measurable part of start-up.
    on_model(opts.mode, RunFile { path: path.to_string(), text, opts: opts.clone() })
}

/// Work to do in an interpreter of whichever model the user picked: the
/// generic half of the mode → type dispatch in [`on_model`].
pub trait PerModel: Send + 'static {
    fn run<M: Model>(self) -> i32;
}

/// Run `task` on a big-stack thread, monomorphised for `mode`'s model.
/// This is the one place a [`Mode`] becomes a type.
pub fn on_model<T: PerModel>(mode: Mode, task: T) -> i32 {
    on_big_stack(move || match mode {
        Mode::Gil => task.run::<Gil>(),
        Mode::FreeThreaded => task.run::<FreeThreaded>(),
        Mode::Process => task.run::<Process>(),
        Mode::RacyRefcount => task.run::<RacyRefcount>(),
    })
}

struct RunFile {
    path: String,
    text: String,
    opts: RunOptions,
}

impl PerModel for RunFile {
    fn run<M: Model>(self) -> i32 {
        match compile_here(self.path.clone(), self.text) {
            Ok(code) => run_code::<M>(&self.path, code, &self.opts),
            Err(rendered) => {
                eprint!("{rendered}");
                1
            }
        }
    }
}

/// Run compiled code in a fresh interpreter of model `M` on this thread.
pub fn run_code<M: Model>(path: &str, code: Arc<Code>, opts: &RunOptions) -> i32 {
    let mut main = MainInterp::<M>::start(Some(path), opts, Arc::new(Output::stdout()));
    let result = main.run(&code);
    conclude(main, result)
}

/// `minipy run -m MODULE`: run a module found on `sys.path` as `__main__`.
pub fn run_module_named(name: &str, opts: &RunOptions) -> i32 {
    on_model(opts.mode, RunModule { name: name.to_string(), opts: opts.clone() })
}

struct RunModule {
    name: String,
    opts: RunOptions,
}

impl PerModel for RunModule {
    fn run<M: Model>(self) -> i32 {
        let mut main = MainInterp::<M>::start(None, &self.opts, Arc::new(Output::stdout()));
        main.program = format!("-m {}", self.name);
        // As CPython's `-m`: the working directory heads `sys.path`.
        if let Ok(dir) = std::env::current_dir()
            && let ObjKind::List(path) = &main.vm.interp.sys_path.kind
        {
            path.with(|items| {
                if let Some(first) = items.first_mut() {
                    *first = Value::str(dir.display().to_string());
                }
            });
        }
        let globals = main.globals.clone();
        match main.vm.run_module_as_main(&self.name, &globals) {
            Ok(result) => conclude(main, result),
            Err(crate::vm::run_as_main::MainModuleFailure::Raised(e)) => conclude(main, Err(e)),
            Err(crate::vm::run_as_main::MainModuleFailure::Refused(message)) => {
                main.vm.interp.out.flush();
                eprintln!("minipy: {message}");
                let _ = main.finish(1);
                1
            }
        }
    }
}

/// Report how the main program ended and tear the interpreter down.
fn conclude<M: Model>(mut main: MainInterp<M>, result: PyResult<Value<M>, M>) -> i32 {
    let exit = match result {
        Ok(_) => 0,
        Err(e) if panics::is_internal_error(&e) => {
            report_uncaught(&mut main.vm, e);
            panics::INTERNAL_ERROR_EXIT
        }
        Err(e) => report_uncaught(&mut main.vm, e),
    };
    if exit == KEYBOARD_INTERRUPT_EXIT {
        // Like CPython after an uncaught Ctrl-C: do not wait for threads.
        main.vm.interp.out.flush();
        std::process::exit(exit);
    }
    main.finish(exit)
}

/// The main interpreter of a run, on the current thread: what running a
/// file and the REPL share. [`MainInterp::start`] sets it up (Ctrl-C
/// routing, the deadlock detector, the main thread entering the VM);
/// [`MainInterp::finish`] joins the threads and tears everything down.
pub struct MainInterp<M: Model> {
    pub vm: Vm<M>,
    /// The `__main__` globals every input runs in.
    pub globals: ObjRef<M>,
    /// Counters after setup (types, builtins live until exit), so the
    /// report shows what the program did.
    baseline: Baseline,
    /// What `--stats` and `--trace` report on, and the program's name.
    program: String,
    stats_format: Option<StatsFormat>,
    trace_path: Option<String>,
}

/// What a main interpreter is built with besides the run options.
pub struct InterpSetup<M: Model> {
    /// The modules it can import without a file.
    pub registry: Arc<crate::vm::import::Registry<M>>,
    /// Stop the run (as if killed) after about this many instructions.
    pub instruction_budget: Option<u64>,
}

/// Object counters and CPU time when the program started.
struct Baseline {
    alive: u64,
    allocated: u64,
    freed: u64,
    immortalized: u64,
    cpu: std::time::Duration,
}

impl<M: Model> MainInterp<M> {
    /// `path` is the script's (`__file__`), None for the REPL.
    pub fn start(path: Option<&str>, opts: &RunOptions, out: Arc<Output>) -> MainInterp<M> {
        let setup = InterpSetup { registry: crate::modules::registry::registry::<M>(), instruction_budget: None };
        MainInterp::start_with(path, opts, out, setup)
    }

    /// [`MainInterp::start`] with a chosen module registry and limits (the
    /// sandbox of `crate::sandbox` restricts both).
    pub fn start_with(path: Option<&str>, opts: &RunOptions, out: Arc<Output>, setup: InterpSetup<M>) -> MainInterp<M> {
        let stats = Arc::new(Stats::new(opts.trace.is_some(), opts.trace.is_some() || opts.stats.is_some()));
        let cpu = process_cpu_time();
        let pid = stats.new_interpreter("MainProcess");
        let config = RunConfig {
            argv: opts.argv.clone(),
            path: crate::vm::import::initial_sys_path(path),
            sched: opts.sched.clone(),
            instruction_budget: setup.instruction_budget,
        };
        let interrupt = Arc::new(std::sync::atomic::AtomicU8::new(0));
        let interp = crate::vm::setup::new_interp::<M>(
            config,
            out.clone(),
            stats,
            interrupt,
            "MainProcess".into(),
            setup.registry,
        );
        crate::runtime::deadlock::set_flush(Arc::new(move || out.flush()));
        crate::runtime::deadlock::thread_started();
        crate::runtime::signals::install(interp.interrupt.clone());
        let thread = Arc::new(ThreadSched::new(0, pid, "MainThread".into()));
        let mut vm = Vm::enter(interp, thread);
        let globals = vm.main_globals(path);
        let main = globals.clone();
        vm.interp.main_globals.with(|g| *g = Some(main));
        vm.register_main(&globals);
        let stats = &vm.interp.stats;
        stats.absorb_thread_allocs();
        let baseline = Baseline {
            alive: stats.objects_alive(),
            allocated: stats.objects_allocated.load(Ordering::Relaxed),
            freed: stats.objects_freed.load(Ordering::Relaxed),
            immortalized: stats.objects_immortalized.load(Ordering::Relaxed),
            cpu,
        };
        MainInterp {
            vm,
            globals,
            baseline,
            program: path.unwrap_or("<stdin>").to_string(),
            stats_format: opts.stats,
            trace_path: opts.trace.clone(),
        }
    }

    /// Run module code in the `__main__` globals.
    pub fn run(&mut self, code: &Arc<Code>) -> PyResult<Value<M>, M> {
        self.vm.run_module(code, self.globals.clone())
    }

    /// Wait for the threads, free everything and give the exit code
    /// (`exit` unless the racy-refcount lab saw a use after free).
    pub fn finish(self, mut exit: i32) -> i32 {
        let MainInterp { mut vm, globals, baseline, program, stats_format, trace_path } = self;
        // The main interpreter runs `atexit` callbacks; a multiprocessing
        // child never does (CPython's forked children leave by os._exit).
        crate::modules::exit_hooks::run_with(&mut vm, true);
        crate::runtime::lifecycle::join_all(&mut vm);
        // Break the globals <-> functions cycles so everything is freed —
        // unless a daemon thread still runs: it may still read those
        // globals and modules (a NameError from a half-torn-down module
        // otherwise). Like CPython, it is abandoned silently at exit.
        if !crate::runtime::lifecycle::daemons_running(&vm) {
            release_main(&mut vm, &globals);
            empty_namespace(&globals);
            drop(globals);
            teardown_modules(&mut vm);
        } else {
            std::mem::forget(globals);
        }
        vm.interp.out.flush();
        exit = crate::race::finish(exit);
        if std::env::var_os(crate::explore::COUNT_ENV).is_some()
            && let Some(n) = vm.interp.sched.contested_checks()
        {
            eprintln!("{}{n}", crate::explore::COUNT_PREFIX);
        }
        vm.interp.stats.absorb_thread_allocs();
        let alive = vm.interp.stats.objects_alive().saturating_sub(baseline.alive);
        let uaf = crate::runtime::stats::close_use_after_free_reports();
        let quarantined = vm.interp.stats.objects_quarantined.load(Ordering::Relaxed);
        if M::QUARANTINE_FREED && uaf > 0 {
            // The lab's verdict, printed only when refcounting visibly went
            // wrong: quarantined tuples keep their items, so a nonzero "alive"
            // count alone is not proof of a lost update.
            eprintln!(
                "minipy racy-refcount: {alive} objects still alive at exit (counts that never returned to zero: leaked by lost updates, or kept by reference cycles); {quarantined} objects freed and quarantined; {uaf} uses after free detected"
            );
        } else if std::env::var_os("MINIPY_DEBUG_ALIVE").is_some() {
            eprintln!("alive at exit: {alive}");
        }
        // A program that failed after a use after free was detected most
        // likely failed because of it (a class dict or a cell emptied by the
        // quarantine): the lab's verdict wins over the plain failure.
        if uaf > 0 && (exit == 0 || exit == 1) {
            exit = 3;
        }
        exit = panics::exit_code(exit);
        let stats = vm.interp.stats.clone();
        vm.leave();
        crate::runtime::deadlock::thread_finished();
        let load = |c: &std::sync::atomic::AtomicU64| c.load(Ordering::Relaxed);
        let facts = RunFacts {
            mode: M::NAME,
            program: &program,
            exit_code: exit,
            wall: stats.started.elapsed(),
            cpu: process_cpu_time().saturating_sub(baseline.cpu),
            allocated: load(&stats.objects_allocated).saturating_sub(baseline.allocated),
            freed: load(&stats.objects_freed).saturating_sub(baseline.freed),
            alive_at_exit: alive,
            immortalized: load(&stats.objects_immortalized).saturating_sub(baseline.immortalized),
            quarantined,
            uses_after_free: uaf,
            has_gil: M::HAS_GIL,
            racy: M::QUARANTINE_FREED,
        };
        let isolated = load(&stats.isolated_threads);
        if isolated > 0 {
            eprintln!("{}", isolated_threads_note(isolated));
        }
        report_stats(&stats, &facts, stats_format, trace_path.as_deref());
        exit
    }
}

/// What process mode says at exit when the program's threads ran as
/// isolated interpreters, so that a lesson written for shared threads (a
/// counter that stays 0) is not mistaken for a broken interpreter.
pub fn isolated_threads_note(threads: u64) -> String {
    let s = if threads == 1 { "" } else { "s" };
    format!(
        "minipy: note: process mode ran this program's {threads} thread{s} as separate interpreters; \
         globals were copied into each, not shared"
    )
}

/// Print `--stats` and write `--trace`, as asked.
fn report_stats(stats: &Stats, facts: &RunFacts, format: Option<StatsFormat>, trace: Option<&str>) {
    if let Some(format) = format {
        let json = stats_report::to_json(stats, facts);
        match format {
            StatsFormat::Json => eprintln!("{json}"),
            StatsFormat::Table => eprint!("{}", stats_report::render_table(&json)),
        }
    }
    if let (Some(path), Some(tracer)) = (trace, &stats.trace)
        && let Err(e) = tracer.write(path)
    {
        eprintln!("minipy: cannot write the trace to '{path}': {e}");
    }
}

/// CPU time of the whole OS process (every thread); zero where unknown.
fn process_cpu_time() -> std::time::Duration {
    cpu_time::ProcessTime::try_now().map(|t| t.as_duration()).unwrap_or_default()
}

/// Empty a module's globals, and the namespaces of the classes defined in
/// it: functions and classes point back at them (cycles), and in the
/// free-threaded model they are immortal, so only emptying frees what they
/// hold.
/// CPython's interpreter teardown as far as a program can see it: with
/// `sys.modules['__main__']` already `None`, `__main__`'s globals are
/// released in definition order (each `__del__` runs as its object goes),
/// then a last collection finalizes what only cycles kept alive.
fn release_main<M: Model>(vm: &mut Vm<M>, globals: &ObjRef<M>) {
    let old = crate::vm::eval::dict_set_str(&vm.interp.sys_modules, "__main__", Value::None);
    drop(old);
    vm.release_globals_in_order(globals);
    // The collection is there for finalizers in cycles; without any `__del__`
    // nothing could observe it, and the teardown below frees everything.
    if crate::object::class::finalizers_exist() {
        let _ = vm.collect_garbage();
    }
    if crate::model::weak::deaths_pending() {
        let _ = vm.run_release_hooks();
    }
}

fn empty_namespace<M: Model>(globals: &ObjRef<M>) {
    let contents = globals.kind.take_contents();
    for v in &contents {
        if let Some(kind @ ObjKind::Class(_)) = v.kind() {
            drop(kind.take_contents());
        }
    }
    drop(contents);
}

/// Empty every imported module's globals (they hold functions that hold
/// the globals: a cycle), so an interpreter ends with nothing alive.
pub fn teardown_modules<M: Model>(vm: &mut Vm<M>) {
    drop(vm.interp.main_globals.with(Option::take));
    let modules = vm.interp.sys_modules.kind.take_contents();
    for m in &modules {
        if let Some(ObjKind::Module(m)) = m.kind() {
            empty_namespace(&m.dict);
        }
    }
    drop(modules);
    drop(vm.interp.sys_path.kind.take_contents());
    vm.handled.clear();
    vm.stack_pool.clear();
}

/// The exit status after an uncaught KeyboardInterrupt (128 + SIGINT).
pub const KEYBOARD_INTERRUPT_EXIT: i32 = 130;

/// Print an uncaught exception (or honour SystemExit); the exit code.
pub fn report_uncaught<M: Model>(vm: &mut Vm<M>, err: PyErr<M>) -> i32 {
    vm.interp.out.flush();
    if let Some(sig) = vm.termination_signal(&err) {
        return -sig;
    }
    if is_exc_type(&err, ExcType::SystemExit) {
        let exc = vm.materialize(err);
        let code = match exc.kind() {
            Some(ObjKind::Instance(i)) => {
                i.exc.as_ref().and_then(|e| crate::model::ObjCell::with(&**e, |s| s.args.first().cloned()))
            }
            _ => None,
        };
        return match code {
            None | Some(Value::None) => 0,
            Some(Value::Int(n)) => n as i32,
            Some(Value::Bool(b)) => b as i32,
            Some(other) => {
                let msg = vm.str(&other).unwrap_or_default();
                eprintln!("{msg}");
                1
            }
        };
    }
    let keyboard = is_exc_type(&err, ExcType::KeyboardInterrupt);
    let text = vm.format_uncaught(err);
    eprint!("{text}");
    if keyboard { KEYBOARD_INTERRUPT_EXIT } else { 1 }
}

/// Whether `err` is the built-in exception `t` or an instance of a Python
/// class deriving from it (built-in subclasses of `t` do not count).
pub fn is_exc_type<M: Model>(err: &PyErr<M>, t: ExcType) -> bool {
    match &err.inner.value {
        ErrValue::Lazy(e, _) | ErrValue::LazyArgs(e, _) => *e == t,
        ErrValue::Object(o) => matches!(&o.kind, ObjKind::Instance(i) if i.class().exc == Some(t)),
    }
}
