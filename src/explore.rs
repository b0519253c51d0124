//! `minipy explore FILE`: systematic concurrency testing over the GIL.
//!
//! Every run re-executes minipy as a child with `--mode gil --schedule S`
//! (a crash or hang in one run cannot take the explorer down, and each run
//! starts from a clean interpreter). A schedule is a list of numbers: how
//! many *contested* GIL checks (another thread waiting) each holder keeps
//! the GIL for before handing off — see `model/gil.rs`. Printed as
//! `3.0.17`, it is what `minipy run FILE --schedule 3.0.17` replays.
//!
//! The search: first the baseline (no early hand-off), which also reports
//! how many contested checks a run makes (N); then single early hand-offs
//! (preemption bound 1, as CHESS starts): at each of the first 32 checks,
//! then over the whole run at every 16th, 8th, then 4th check (a race's
//! window is usually a few checks wide), with random schedules of up to
//! `--preemptions K` hand-offs at random depths (PCT-style) in between and
//! after. A failing schedule is shrunk greedily (drop
//! an entry, lower an entry) while it still fails.
//!
//! Bounded search is not a proof: "no failure in N runs" says only that
//! these N interleavings passed.

use std::collections::HashSet;
use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A run longer than this is reported as a hang.
const RUN_TIMEOUT: Duration = Duration::from_secs(30);
/// Contested checks a thread keeps the GIL for when nothing preempts it
/// (matches the scheduler's tail).
const NO_PREEMPTION: u32 = 1000;
/// Runs spent shrinking a failing schedule, at most.
const SHRINK_RUNS: usize = 200;
const MAX_ENTRIES: usize = 10_000;
/// Set for the baseline run: the child then reports its contested checks
/// on stderr, on a line starting with `COUNT_PREFIX`.
pub const COUNT_ENV: &str = "MINIPY_EXPLORE_COUNT";
pub const COUNT_PREFIX: &str = "minipy explore: contested checks: ";
/// The run length assumed when the baseline did not report one.
const DEFAULT_SPAN: u32 = 512;
/// Random schedules tried between two density levels of single hand-offs.
const RANDOM_BATCH: usize = 20;

pub struct ExploreOptions {
    pub file: String,
    pub max_runs: u32,
    pub preemptions: u32,
    pub seed: u64,
    pub check_output: bool,
    pub args: Vec<String>,
}

/// `3.0.17` → `[3, 0, 17]` (the `--schedule` argument).
pub fn parse_schedule(s: &str) -> Result<Vec<u32>, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("an empty schedule (expected numbers joined by dots, e.g. 3.0.17)".into());
    }
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() > MAX_ENTRIES {
        return Err(format!("a schedule has at most {MAX_ENTRIES} entries"));
    }
    parts
        .iter()
        .map(|p| {
            p.parse::<u32>()
                .map_err(|_| format!("invalid schedule '{s}' (expected numbers joined by dots, e.g. 3.0.17)"))
        })
        .collect()
}

pub fn format_schedule(s: &[u32]) -> String {
    s.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(".")
}

/// What one child run did.
struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    timed_out: bool,
}

/// splitmix64: small, seedable, the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
}

struct Explorer<'a> {
    opts: &'a ExploreOptions,
    exe: std::path::PathBuf,
    baseline: Option<Outcome>,
    runs: usize,
}

impl Explorer<'_> {
    fn run(&mut self, schedule: &[u32]) -> Outcome {
        self.run_counting(schedule, false)
    }

    fn run_counting(&mut self, schedule: &[u32], count: bool) -> Outcome {
        self.runs += 1;
        let mut cmd = Command::new(&self.exe);
        if count {
            cmd.env(COUNT_ENV, "1");
        } else {
            cmd.env_remove(COUNT_ENV);
        }
        cmd.arg("run")
            .arg(&self.opts.file)
            .arg("--mode=gil")
            .arg(format!("--schedule={}", format_schedule(schedule)))
            .args(&self.opts.args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) => {
                return Outcome {
                    code: None,
                    stdout: String::new(),
                    stderr: format!("cannot start: {e}"),
                    timed_out: false,
                };
            }
        };
        // Drain both pipes on threads: a chatty child must not block on a full pipe.
        let mut out = child.stdout.take();
        let mut err = child.stderr.take();
        let out_t = std::thread::spawn(move || {
            let mut s = String::new();
            if let Some(o) = out.as_mut() {
                let _ = o.read_to_string(&mut s);
            }
            s
        });
        let err_t = std::thread::spawn(move || {
            let mut s = String::new();
            if let Some(e) = err.as_mut() {
                let _ = e.read_to_string(&mut s);
            }
            s
        });
        let start = Instant::now();
        let mut timed_out = false;
        let code = loop {
            match child.try_wait() {
                Ok(Some(st)) => break st.code(),
                Ok(None) if start.elapsed() > RUN_TIMEOUT => {
                    let _ = child.kill();
                    let _ = child.wait();
                    timed_out = true;
                    break None;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(2)),
                Err(_) => break None,
            }
        };
        Outcome { code, stdout: out_t.join().unwrap_or_default(), stderr: err_t.join().unwrap_or_default(), timed_out }
    }

    /// Why this run failed, if it did.
    fn failure(&self, o: &Outcome) -> Option<String> {
        if o.timed_out {
            return Some(format!("the run did not finish in {} s", RUN_TIMEOUT.as_secs()));
        }
        match o.code {
            Some(0) => {}
            Some(4) => return Some("deadlock (exit code 4)".into()),
            Some(c) => return Some(format!("exit code {c}")),
            None => return Some("killed by a signal".into()),
        }
        if self.opts.check_output
            && let Some(b) = &self.baseline
            && b.stdout != o.stdout
        {
            return Some("output differs from the first run's".into());
        }
        None
    }

    fn fails(&mut self, schedule: &[u32]) -> bool {
        let o = self.run(schedule);
        self.failure(&o).is_some()
    }

    /// Greedy shrinking: drop entries, then lower them, while it still fails.
    fn shrink(&mut self, mut s: Vec<u32>) -> Vec<u32> {
        let budget_end = self.runs + SHRINK_RUNS;
        let mut progress = true;
        while progress && self.runs < budget_end {
            progress = false;
            let mut i = 0;
            while i < s.len() && s.len() > 1 && self.runs < budget_end {
                let mut t = s.clone();
                t.remove(i);
                if self.fails(&t) {
                    s = t;
                    progress = true;
                } else {
                    i += 1;
                }
            }
            for i in 0..s.len() {
                for candidate in [0, s[i] / 2, s[i].saturating_sub(1)] {
                    if candidate >= s[i] || self.runs >= budget_end {
                        continue;
                    }
                    let mut t = s.clone();
                    t[i] = candidate;
                    if self.fails(&t) {
                        s = t;
                        progress = true;
                        break;
                    }
                }
            }
        }
        s
    }
}

/// The schedules to try after the baseline, in order (duplicates are
/// skipped by the caller); `span` is the baseline's contested checks.
fn candidates(opts: &ExploreOptions, span: u32) -> impl Iterator<Item = Vec<u32>> + '_ {
    let span = span.clamp(32, NO_PREEMPTION * 8);
    let singles = |step: usize| (32..=span).step_by(step).map(|k| vec![k]).collect::<Vec<_>>();
    let first: Vec<Vec<u32>> = (0..32).map(|k| vec![k]).collect();
    // Hand back and forth once each at the same depth, too.
    let pairs: Vec<Vec<u32>> = (0..32).chain((32..=span).step_by(16)).map(|k| vec![k, k]).collect();
    let mut rng = Rng(opts.seed);
    let k = opts.preemptions.max(1) as usize;
    let mut random = std::iter::from_fn(move || {
        // PCT: few hand-offs, each at a random depth: within the run's
        // length half the time, else on a random scale, so both short and
        // long programs get interesting positions.
        let n = 1 + rng.below(k as u64) as usize;
        Some(
            (0..n)
                .map(|_| {
                    let scale = if rng.below(2) == 0 { span as u64 } else { 1u64 << rng.below(11) };
                    rng.below(scale + 1) as u32
                })
                .collect::<Vec<u32>>(),
        )
    });
    let mut batch = move || (0..RANDOM_BATCH).filter_map(|_| random.next()).collect::<Vec<_>>();
    let mut order = first;
    for step in [16, 8, 4] {
        order.extend(singles(step));
        order.extend(batch());
    }
    order.extend(pairs);
    order.extend(singles(2));
    order.into_iter().chain(std::iter::repeat_with(batch).flatten())
}

/// Remove the baseline's contested-check report from its stderr.
fn take_count(stderr: &mut String) -> Option<u64> {
    let line = stderr.lines().find(|l| l.starts_with(COUNT_PREFIX))?.to_string();
    *stderr = stderr.lines().filter(|l| *l != line).map(|l| format!("{l}\n")).collect();
    line[COUNT_PREFIX.len()..].trim().parse().ok()
}

pub fn explore(opts: &ExploreOptions) -> i32 {
    if let Err(e) = std::fs::metadata(&opts.file) {
        eprintln!("minipy: can't open file '{}': {e}", opts.file);
        return 2;
    }
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("minipy explore: cannot find the minipy binary: {e}");
            return 2;
        }
    };
    let mut ex = Explorer { opts, exe, baseline: None, runs: 0 };
    let mut seen: HashSet<Vec<u32>> = HashSet::new();
    let mut distinct = 0usize;
    // The random generator may repeat itself; give up after this many misses.
    let mut misses = 0usize;
    let mut span = DEFAULT_SPAN;
    let mut rest = None;
    loop {
        let schedule = match (distinct, &mut rest) {
            (0, _) => vec![NO_PREEMPTION],
            (_, None) => {
                rest = Some(candidates(opts, span));
                continue;
            }
            (_, Some(it)) => match it.next() {
                Some(s) => s,
                None => break,
            },
        };
        if distinct >= opts.max_runs as usize || misses > 10_000 {
            break;
        }
        if !seen.insert(schedule.clone()) {
            misses += 1;
            continue;
        }
        distinct += 1;
        let mut o = ex.run_counting(&schedule, distinct == 1);
        if let Some(n) = take_count(&mut o.stderr) {
            span = n.min(u32::MAX as u64) as u32;
        }
        let failure = ex.failure(&o);
        if ex.baseline.is_none() {
            ex.baseline =
                Some(Outcome { code: o.code, stdout: o.stdout.clone(), stderr: String::new(), timed_out: false });
        }
        if let Some(why) = failure {
            println!("explore: run {distinct} failed: {why}");
            let tail: Vec<&str> = o.stderr.lines().rev().take(12).collect();
            for line in tail.into_iter().rev() {
                println!("  | {line}");
            }
            let found = format_schedule(&schedule);
            println!("  schedule: {found}");
            let shrunk = format_schedule(&ex.shrink(schedule));
            println!("  shrunk:   {shrunk}");
            println!("  replay:   minipy run {} --schedule {shrunk}", opts.file);
            return 1;
        }
    }
    println!("explore: {distinct} distinct interleavings run, none failed");
    println!("  (a bounded search: this is not a proof that no interleaving fails)");
    0
}
