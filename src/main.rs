//! The `minipy` command line.

use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use minipy::compare::{CompareOptions, compare};
use minipy::model::SchedConfig;
use minipy::runner::{Mode, RunOptions, StatsFormat};

/// mimalloc instead of the system's malloc: a program frees objects in
/// bursts (a tree dropped, a list of instances released), and glibc then
/// spends its time merging and re-splitting free chunks
/// (`malloc_consolidate`, `unlink_chunk`: over a fifth of pyperformance's
/// xml_etree in perf). Measured against glibc, alternating runs: xml_etree
/// 0.78x, stdlib_containers 0.87x, json_loads 0.90x, logging 0.92x; no
/// program measurably slower. Only the binary uses it: the library (and the
/// soundness tests run under miri) keep the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "minipy",
    version,
    about = "A small Python whose one VM runs under three locking models, so you can watch what the GIL costs and buys.",
    after_help = MODES_HELP
)]
struct Cli {
    /// Without a command: the interactive interpreter, as `minipy repl`.
    #[command(subcommand)]
    command: Option<Command>,
}

const MODES_HELP: &str = "Modes (minipy run FILE --mode MODE):
  gil            one global interpreter lock, plain refcounts: threads take turns (default)
  free-threaded  no global lock, atomic refcounts, a lock per object: threads run in parallel
  process        isolated interpreters that share nothing and exchange copied messages
  racy-refcount  lab: parallel threads with unprotected refcounts, to show why the GIL exists

Exit codes: 0 ok, 1 uncaught exception or syntax error, 2 usage error,
3 use-after-free detected (racy-refcount), 4 deadlock detected,
70 internal error (a bug in minipy, reported as SystemError).";

#[derive(Clone, Copy, ValueEnum)]
enum ModeArg {
    /// One global interpreter lock, plain refcounts: threads take turns.
    Gil,
    /// No global lock, atomic refcounts, a lock per object: threads run in parallel.
    FreeThreaded,
    /// Isolated interpreters that share nothing and exchange copied messages.
    Process,
    /// Lab: parallel threads with unprotected refcounts, to show why the GIL exists.
    RacyRefcount,
}

impl From<ModeArg> for Mode {
    fn from(m: ModeArg) -> Mode {
        match m {
            ModeArg::Gil => Mode::Gil,
            ModeArg::FreeThreaded => Mode::FreeThreaded,
            ModeArg::Process => Mode::Process,
            ModeArg::RacyRefcount => Mode::RacyRefcount,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum StatsArg {
    Table,
    Json,
}

/// The interpreter's settings, shared by `run` and `repl`.
#[derive(Args)]
struct ModeOpts {
    /// The locking model.
    #[arg(long, value_enum, default_value = "gil")]
    mode: ModeArg,
    /// GIL switch interval, e.g. `5ms`, `100us`, `0.01` (seconds).
    #[arg(long, value_parser = parse_duration, default_value = "5ms")]
    switch_interval: f64,
    /// Switch the GIL every N instructions instead: reproducible interleavings.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
    switch_every: Option<u32>,
    /// Replay an interleaving printed by `minipy explore` (gil mode only).
    #[arg(long, value_parser = parse_schedule, value_name = "STRING")]
    schedule: Option<Schedule>,
}

impl ModeOpts {
    fn run_options(self, argv: Vec<String>) -> RunOptions {
        let sched = SchedConfig {
            switch_interval: self.switch_interval,
            switch_every: self.switch_every,
            schedule: self.schedule.map(|s| s.0),
        };
        RunOptions { mode: self.mode.into(), sched, argv, stats: None, trace: None }
    }
}

impl Default for ModeOpts {
    fn default() -> ModeOpts {
        ModeOpts { mode: ModeArg::Gil, switch_interval: 0.005, switch_every: None, schedule: None }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run a program.
    Run {
        /// The script (any path; `.mpy` by convention).
        #[arg(required_unless_present = "module", allow_hyphen_values = true)]
        file: Option<String>,
        /// Run a module found on `sys.path` as `__main__` (a package runs
        /// its `__main__.py`), as `python -m MODULE`; the arguments after
        /// it are the program's.
        #[arg(short = 'm', value_name = "MODULE")]
        module: Option<String>,
        #[command(flatten)]
        opts: ModeOpts,
        /// After the run, print per-thread and per-run counters to stderr
        /// (`--stats=json`: one JSON object instead of a table).
        #[arg(long, value_enum, num_args = 0..=1, require_equals = true, default_missing_value = "table")]
        stats: Option<StatsArg>,
        /// Write a Chrome Trace Event file of what every thread did (open it
        /// in ui.perfetto.dev or chrome://tracing).
        #[arg(long, value_name = "FILE")]
        trace: Option<String>,
        /// Report data races (happens-before, vector clocks) like Go's
        /// `-race`; exit status 66 when one was found. gil and
        /// free-threaded modes only.
        #[arg(long)]
        race: bool,
        /// Arguments passed to the program as `sys.argv[1:]`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run a program under every mode and print one table side by side.
    Compare {
        file: String,
        /// Also run the racy-refcount lab.
        #[arg(long)]
        all: bool,
        /// Runs per mode; the run with the median wall time is shown.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100))]
        runs: u32,
        /// GIL switch interval for every run, e.g. `5ms`.
        #[arg(long, value_parser = parse_duration)]
        switch_interval: Option<f64>,
        /// Switch the GIL every N instructions in every run.
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..))]
        switch_every: Option<u32>,
        /// Arguments passed to the program as `sys.argv[1:]`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// The interactive interpreter (also what `minipy` alone starts).
    Repl {
        #[command(flatten)]
        opts: ModeOpts,
    },
    /// Rerun a threaded program under many deterministic GIL interleavings
    /// and stop at the first that fails (exception, deadlock, or with
    /// `--check-output` output unlike the first run's).
    Explore {
        file: String,
        /// Stop after this many runs.
        #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(1..=100_000))]
        max_runs: u32,
        /// Hand-offs per run in the random schedules (a preemption bound).
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(0..=1000))]
        preemptions: u32,
        /// Seed of the random schedules (same seed, same runs).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// A run whose stdout differs from the first run's fails too.
        #[arg(long)]
        check_output: bool,
        /// Arguments passed to the program as `sys.argv[1:]`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Show the bytecode of a program, like Python's `dis`.
    Dis { file: String },
}

/// A `--schedule` argument (a newtype: clap would read a bare `Vec` as a
/// list of arguments).
#[derive(Clone)]
struct Schedule(Vec<u32>);

fn parse_schedule(s: &str) -> Result<Schedule, String> {
    minipy::explore::parse_schedule(s).map(Schedule)
}

/// `5ms`, `100us`, `2s`, or plain seconds.
fn parse_duration(s: &str) -> Result<f64, String> {
    let s = s.trim();
    let (num, scale) = if let Some(n) = s.strip_suffix("ms") {
        (n, 1e-3)
    } else if let Some(n) = s.strip_suffix("us") {
        (n, 1e-6)
    } else if let Some(n) = s.strip_suffix("ns") {
        (n, 1e-9)
    } else if let Some(n) = s.strip_suffix('s') {
        (n, 1.0)
    } else {
        (s, 1.0)
    };
    let v: f64 = num.trim().parse().map_err(|_| format!("invalid duration '{s}' (try 5ms, 100us or 0.005)"))?;
    let secs = v * scale;
    if !(secs > 0.0 && secs.is_finite()) {
        return Err(format!("the switch interval must be positive, not '{s}'"));
    }
    Ok(secs)
}

/// What `minipy run` runs: a script, or a module by name (`-m`).
enum Target {
    File(String),
    Module(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(Command::Run { file, module, opts, stats, trace, race, args }) => {
            // With `-m`, a positional "file" is the program's first argument;
            // argv[0] becomes the module's path once it is found.
            let (target, mut argv) = match module {
                Some(name) => (Target::Module(name), file.into_iter().collect::<Vec<_>>()),
                None => {
                    let file = file.unwrap_or_default();
                    (Target::File(file.clone()), vec![])
                }
            };
            argv.insert(
                0,
                match &target {
                    Target::File(file) => file.clone(),
                    Target::Module(_) => "-m".to_string(),
                },
            );
            argv.extend(args);
            let mut opts = opts.run_options(argv);
            opts.stats = stats.map(|s| match s {
                StatsArg::Table => StatsFormat::Table,
                StatsArg::Json => StatsFormat::Json,
            });
            opts.trace = trace;
            if race && !matches!(opts.mode, Mode::Gil | Mode::FreeThreaded) {
                eprintln!("minipy: --race needs --mode gil or --mode free-threaded (process mode shares no heap)");
                2
            } else if race && (opts.sched.schedule.is_some() || opts.sched.switch_every.is_some()) {
                eprintln!(
                    "minipy: --race cannot be combined with --schedule or --switch-every (it changes the instruction countdown they replay)"
                );
                2
            } else if opts.sched.schedule.is_some() && !matches!(opts.mode, Mode::Gil) {
                eprintln!("minipy: --schedule needs --mode gil (only the GIL's interleaving can be replayed)");
                2
            } else {
                if race {
                    minipy::race::ON.store(true, std::sync::atomic::Ordering::Relaxed);
                }
                if opts.sched.schedule.is_some() || opts.sched.switch_every.is_some() {
                    // These replay interleavings counted in the instructions
                    // `dis` shows, so every instruction keeps its own dispatch.
                    minipy::compiler::SUPERINSTRUCTIONS.store(false, std::sync::atomic::Ordering::Relaxed);
                }
                match target {
                    Target::File(file) => minipy::runner::run_path(&file, &opts),
                    Target::Module(name) => minipy::runner::run_module_named(&name, &opts),
                }
            }
        }
        Some(Command::Compare { file, all, runs, switch_interval, switch_every, args }) => {
            let mut run_flags = Vec::new();
            if let Some(s) = switch_interval {
                run_flags.push(format!("--switch-interval={s}"));
            }
            if let Some(n) = switch_every {
                run_flags.push(format!("--switch-every={n}"));
            }
            let opts = CompareOptions { file, all, runs: runs as usize, run_flags, args };
            compare(&opts)
        }
        // `sys.argv` is `['']` in CPython's REPL.
        Some(Command::Repl { opts }) => minipy::repl::run(&opts.run_options(vec![String::new()])),
        None => minipy::repl::run(&ModeOpts::default().run_options(vec![String::new()])),
        Some(Command::Dis { file }) => dis(&file),
        Some(Command::Explore { file, max_runs, preemptions, seed, check_output, args }) => {
            let opts = minipy::explore::ExploreOptions { file, max_runs, preemptions, seed, check_output, args };
            minipy::explore::explore(&opts)
        }
    };
    ExitCode::from((code & 0xff) as u8)
}

fn dis(path: &str) -> i32 {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("minipy: can't open file '{path}': {e}");
            return 2;
        }
    };
    match minipy::runner::compile_text(path, text) {
        Ok(code) => {
            print!("{}", minipy::bytecode::dis::disassemble(&code));
            0
        }
        Err(rendered) => {
            eprint!("{rendered}");
            1
        }
    }
}
