//! `minipy compare FILE`: run one program under every locking model and
//! print one table side by side, then the output lines that differ.
//!
//! Each mode runs in a child `minipy run --stats=json` process, one after
//! the other (never in parallel: they would steal each other's cores), so
//! a mode's crash, deadlock exit or `os._exit` cannot take the comparison
//! with it, and every run starts from a fresh process as a user's would.

use std::process::{Command, Stdio};

use serde_json::Value as Json;

use crate::runner::Mode;
use crate::runtime::stats_report::{grouped, human_secs};

pub struct CompareOptions {
    pub file: String,
    /// Also run the racy-refcount lab.
    pub all: bool,
    /// Runs per mode; the run with the median wall time is shown.
    pub runs: usize,
    /// Passed through to `minipy run`.
    pub run_flags: Vec<String>,
    /// The program's own arguments.
    pub args: Vec<String>,
}

/// One mode's run, as the child reported it.
struct ModeRun {
    mode: Mode,
    stats: Option<Json>,
    stdout: String,
    /// The child's stderr without the stats line.
    stderr: String,
    exit_code: Option<i32>,
}

/// Run the comparison; the exit code for `minipy compare`.
pub fn compare(opts: &CompareOptions) -> i32 {
    let text = match std::fs::read_to_string(&opts.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("minipy: can't open file '{}': {e}", opts.file);
            return 2;
        }
    };
    // A program that does not compile fails the same way in every mode:
    // say so once.
    if let Err(rendered) = crate::runner::compile_text(&opts.file, text) {
        eprint!("{rendered}");
        return 1;
    }
    let exe = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("minipy compare: cannot find the minipy binary: {e}");
            return 2;
        }
    };
    let modes: Vec<Mode> = Mode::ALL.into_iter().filter(|m| opts.all || *m != Mode::RacyRefcount).collect();
    let mut runs = Vec::new();
    for mode in modes {
        eprintln!("minipy compare: running {} under {} ...", opts.file, mode.name());
        let mut tries: Vec<ModeRun> = Vec::new();
        for _ in 0..opts.runs.max(1) {
            match run_once(&exe, mode, opts) {
                Ok(r) => tries.push(r),
                Err(e) => {
                    eprintln!("minipy compare: cannot run minipy: {e}");
                    return 2;
                }
            }
        }
        tries.sort_by(|a, b| wall(a).total_cmp(&wall(b)));
        let median = tries.len() / 2;
        runs.push(tries.swap_remove(median));
    }
    print!("{}", render(opts, &runs));
    0
}

fn run_once(exe: &std::path::Path, mode: Mode, opts: &CompareOptions) -> std::io::Result<ModeRun> {
    let out = Command::new(exe)
        .arg("run")
        .arg(&opts.file)
        .args(["--mode", mode.name(), "--stats=json"])
        .args(&opts.run_flags)
        .args(&opts.args)
        .stdin(Stdio::null())
        .output()?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    // The stats object is the last line that parses as one.
    let mut stats = None;
    let mut rest: Vec<&str> = Vec::new();
    for line in stderr.lines().rev() {
        if stats.is_none()
            && line.starts_with("{\"")
            && let Ok(v) = serde_json::from_str::<Json>(line)
            && v.get("minipy_stats").is_some()
        {
            stats = Some(v);
            continue;
        }
        rest.push(line);
    }
    rest.reverse();
    Ok(ModeRun {
        mode,
        stats,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: rest.join("\n"),
        exit_code: out.status.code(),
    })
}

fn wall(r: &ModeRun) -> f64 {
    r.stats.as_ref().and_then(|s| s["wall_s"].as_f64()).unwrap_or(f64::INFINITY)
}

fn field(r: &ModeRun, path: &[&str]) -> Option<Json> {
    let mut v = r.stats.as_ref()?;
    for key in path {
        v = v.get(key)?;
    }
    Some(v.clone())
}

fn render(opts: &CompareOptions, runs: &[ModeRun]) -> String {
    let mut out = format!("minipy compare {}\n\n", opts.file);
    let gil_wall = runs.iter().find(|r| r.mode == Mode::Gil).map(wall).filter(|w| w.is_finite());
    let header =
        ["mode", "wall", "speed-up vs gil", "CPU use", "GIL wait", "objects alive at exit", "bytes copied", "exit"];
    let mut rows: Vec<Vec<String>> = vec![header.iter().map(|s| s.to_string()).collect()];
    for r in runs {
        let w = wall(r);
        let speedup = match gil_wall {
            Some(g) if w.is_finite() && w > 0.0 => format!("{:.2}x", g / w),
            _ => "-".into(),
        };
        let cpu_use = field(r, &["cpu_use"]).and_then(|v| v.as_f64()).map_or("-".into(), |c| format!("{c:.2} cores"));
        let gil_wait = match field(r, &["gil"]) {
            Some(Json::Null) => "no GIL".into(),
            Some(gil) => gil["wait_share"].as_f64().map_or("-".into(), |w| format!("{:.0}%", w * 100.0)),
            None => "-".into(),
        };
        let count = |path: &[&str]| field(r, path).and_then(|v| v.as_u64()).map_or("-".into(), grouped);
        let exit = match r.exit_code {
            Some(c) => c.to_string(),
            None => "signal".into(),
        };
        rows.push(vec![
            r.mode.name().into(),
            if w.is_finite() { human_secs(w) } else { "-".into() },
            speedup,
            cpu_use,
            gil_wait,
            count(&["objects", "alive_at_exit"]),
            count(&["messages", "bytes_copied"]),
            exit,
        ]);
    }
    out.push_str(&table(&rows));
    if opts.runs > 1 {
        out.push_str(&format!("(each mode run {} times; the run with the median wall time is shown)\n", opts.runs));
    }
    out.push('\n');
    out.push_str(&differing_lines(runs));
    for r in runs {
        if let Some(n) = field(r, &["isolated_threads"]).and_then(|v| v.as_u64()).filter(|n| *n > 0) {
            out.push_str(&format!("{}: {}\n", r.mode.name(), crate::runner::isolated_threads_note(n)));
        }
    }
    for r in runs {
        let errs: Vec<&str> = r.stderr.lines().filter(|l| !l.is_empty()).collect();
        if let Some(last) = errs.last() {
            out.push_str(&format!("{} stderr ({} lines), last: {last}\n", r.mode.name(), errs.len()));
        }
    }
    out
}

/// Left-aligned first column, right-aligned numbers.
fn table(rows: &[Vec<String>]) -> String {
    let cols = rows[0].len();
    let widths: Vec<usize> = (0..cols).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(
                |(c, cell)| {
                    if c == 0 { format!("{cell:<w$}", w = widths[c]) } else { format!("{cell:>w$}", w = widths[c]) }
                },
            )
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// At most this many differing lines are listed.
const MAX_DIFFERENCES: usize = 20;

/// The program's stdout lines that are not the same in every mode, by
/// line number.
fn differing_lines(runs: &[ModeRun]) -> String {
    let outputs: Vec<Vec<&str>> = runs.iter().map(|r| r.stdout.lines().collect()).collect();
    let longest = outputs.iter().map(Vec::len).max().unwrap_or(0);
    let differing: Vec<usize> =
        (0..longest).filter(|&i| outputs.iter().any(|o| o.get(i) != outputs[0].get(i))).collect();
    if differing.is_empty() {
        return format!("output: the same {longest} lines in every mode\n");
    }
    let mut out = format!("output lines that differ between modes ({} of {longest}):\n", differing.len());
    let name_width = runs.iter().map(|r| r.mode.name().len()).max().unwrap_or(0);
    for &i in differing.iter().take(MAX_DIFFERENCES) {
        out.push_str(&format!("  line {}:\n", i + 1));
        for (r, o) in runs.iter().zip(&outputs) {
            let line = o.get(i).map_or("(no line)".to_string(), |l| l.to_string());
            out.push_str(&format!("    {:<name_width$}  {line}\n", r.mode.name()));
        }
    }
    if differing.len() > MAX_DIFFERENCES {
        out.push_str(&format!("  ... and {} more\n", differing.len() - MAX_DIFFERENCES));
    }
    out
}
