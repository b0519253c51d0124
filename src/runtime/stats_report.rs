//! `--stats`: the run's counters as one JSON object (`--stats=json`), and
//! the table on stderr rendered from that same object, so the two can never
//! disagree. `minipy compare` reads the JSON back.

use std::sync::atomic::Ordering;
use std::time::Duration;

use serde_json::{Value as Json, json};

use super::stats::{Stats, ThreadReport};

/// Facts about the run that the counters do not know.
pub struct RunFacts<'a> {
    pub mode: &'static str,
    pub program: &'a str,
    pub exit_code: i32,
    pub wall: Duration,
    /// CPU time of the whole OS process (every thread).
    pub cpu: Duration,
    /// Objects allocated / freed since the program started (the
    /// interpreter's own setup excluded).
    pub allocated: u64,
    pub freed: u64,
    pub alive_at_exit: u64,
    /// Made immortal by the program (never freed, by design).
    pub immortalized: u64,
    pub quarantined: u64,
    pub uses_after_free: u64,
    pub has_gil: bool,
    pub racy: bool,
}

/// Bumped when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

pub fn to_json(stats: &Stats, run: &RunFacts) -> Json {
    let mut threads = stats.threads.lock().clone();
    threads.sort_by_key(|t| (t.pid, t.ident));
    let thread_rows: Vec<Json> = threads.iter().map(|t| thread_json(t, run.has_gil)).collect();
    let sum = |f: fn(&ThreadReport) -> u64| threads.iter().map(f).sum::<u64>();
    let gil_wait: Duration = threads.iter().map(|t| t.gil_wait).sum();
    let thread_wall: Duration = threads.iter().map(|t| t.wall).sum();
    let load = |c: &std::sync::atomic::AtomicU64| c.load(Ordering::Relaxed);
    let spawn = |count: u64, total_ns: u64| {
        let mean = if count == 0 { 0.0 } else { total_ns as f64 / count as f64 / 1e9 };
        json!({ "count": count, "total_s": total_ns as f64 / 1e9, "mean_s": mean })
    };
    let gil = if run.has_gil {
        json!({
            "acquisitions": sum(|t| t.gil_acquisitions),
            "wait_s": secs(gil_wait),
            // Of all the time threads existed, the share spent queued for the lock.
            "wait_share": if thread_wall.is_zero() { 0.0 } else { secs(gil_wait) / secs(thread_wall) },
            "forced_handoffs": sum(|t| t.forced_switches),
            "voluntary_handoffs": sum(|t| t.voluntary_switches),
        })
    } else {
        Json::Null
    };
    let racy = if run.racy {
        json!({
            "uses_after_free": run.uses_after_free,
            "alive_at_exit": run.alive_at_exit,
            "quarantined": run.quarantined,
        })
    } else {
        Json::Null
    };
    json!({
        "minipy_stats": SCHEMA_VERSION,
        "mode": run.mode,
        "program": run.program,
        "exit_code": run.exit_code,
        "wall_s": secs(run.wall),
        "cpu_s": secs(run.cpu),
        "cpu_use": if run.wall.is_zero() { 0.0 } else { secs(run.cpu) / secs(run.wall) },
        "instructions": sum(|t| t.instructions),
        "threads": thread_rows,
        "gil": gil,
        "refcount_ops": { "atomic": load(&stats.refcount_atomic), "plain": load(&stats.refcount_plain) },
        "objects": {
            "allocated": run.allocated,
            "freed": run.freed,
            "immortal": run.immortalized,
            "alive_at_exit": run.alive_at_exit,
        },
        "messages": { "count": load(&stats.messages), "bytes_copied": load(&stats.bytes_copied) },
        "shared_memory": { "reads": load(&stats.shared_reads), "writes": load(&stats.shared_writes) },
        "isolated_threads": load(&stats.isolated_threads),
        "spawns": {
            "threads": spawn(load(&stats.threads_spawned), load(&stats.thread_spawn_ns)),
            "interpreters": spawn(load(&stats.interpreters_spawned), load(&stats.interpreter_spawn_ns)),
        },
        "racy_refcount": racy,
        "asyncio_tasks": task_rows(stats),
    })
}

/// One row per asyncio task that ran (empty when the program used none).
fn task_rows(stats: &Stats) -> Vec<Json> {
    let reports = stats.tasks.as_ref().map(|t| t.reports()).unwrap_or_default();
    reports
        .iter()
        .map(|t| {
            json!({
                "interpreter": t.pid,
                "name": t.name,
                "coroutine": t.coro,
                "thread": t.thread,
                "steps": t.steps,
                "running_s": secs(t.running),
                "waiting_s": secs(t.waiting),
                "longest_step_s": secs(t.longest_step),
                "outcome": t.outcome,
            })
        })
        .collect()
}

fn thread_json(t: &ThreadReport, has_gil: bool) -> Json {
    let mut row = json!({
        "interpreter": t.pid,
        "process_name": t.interpreter,
        "name": t.name,
        "ident": t.ident,
        "wall_s": secs(t.wall),
        "cpu_s": secs(t.cpu),
        "instructions": t.instructions,
    });
    if has_gil {
        let extra = json!({
            "gil_acquisitions": t.gil_acquisitions,
            "gil_wait_s": secs(t.gil_wait),
            "forced_handoffs": t.forced_switches,
            "voluntary_handoffs": t.voluntary_switches,
        });
        if let (Json::Object(row), Json::Object(extra)) = (&mut row, extra) {
            row.extend(extra);
        }
    }
    row
}

/// `1234567` as `1,234,567`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A duration in seconds, in the unit that reads best.
pub fn human_secs(s: f64) -> String {
    if s >= 1.0 {
        format!("{s:.3} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

fn num(v: &Json, key: &str) -> u64 {
    v.get(key).and_then(Json::as_u64).unwrap_or(0)
}

fn float(v: &Json, key: &str) -> f64 {
    v.get(key).and_then(Json::as_f64).unwrap_or(0.0)
}

/// The table printed to stderr by `--stats`.
pub fn render_table(s: &Json) -> String {
    let mut out = String::new();
    let has_gil = !s["gil"].is_null();
    out.push_str(&format!(
        "── minipy --stats: {} in mode {} ──\n",
        s["program"].as_str().unwrap_or("?"),
        s["mode"].as_str().unwrap_or("?")
    ));
    out.push_str(&format!(
        "wall {}, CPU {} ({:.2} cores busy on average), {} instructions, exit code {}\n\n",
        human_secs(float(s, "wall_s")),
        human_secs(float(s, "cpu_s")),
        float(s, "cpu_use"),
        grouped(num(s, "instructions")),
        s["exit_code"]
    ));
    let mut header = format!("{:<28} {:>10} {:>10} {:>14}", "thread (interpreter)", "wall", "CPU", "instructions");
    if has_gil {
        header.push_str(&format!(" {:>9} {:>10} {:>7} {:>9}", "GIL takes", "GIL wait", "forced", "voluntary"));
    }
    out.push_str(header.trim_end());
    out.push('\n');
    for t in s["threads"].as_array().into_iter().flatten() {
        let label = format!("{} ({})", t["name"].as_str().unwrap_or("?"), num(t, "interpreter"));
        let mut row = format!(
            "{:<28} {:>10} {:>10} {:>14}",
            label,
            human_secs(float(t, "wall_s")),
            human_secs(float(t, "cpu_s")),
            grouped(num(t, "instructions"))
        );
        if has_gil {
            row.push_str(&format!(
                " {:>9} {:>10} {:>7} {:>9}",
                grouped(num(t, "gil_acquisitions")),
                human_secs(float(t, "gil_wait_s")),
                grouped(num(t, "forced_handoffs")),
                grouped(num(t, "voluntary_handoffs"))
            ));
        }
        out.push_str(&row);
        out.push('\n');
    }
    out.push('\n');
    if has_gil {
        let g = &s["gil"];
        out.push_str(&format!(
            "GIL                   {} acquisitions; {} forced and {} voluntary hand-offs; threads spent {:.1}% of their time waiting for it\n",
            grouped(num(g, "acquisitions")),
            grouped(num(g, "forced_handoffs")),
            grouped(num(g, "voluntary_handoffs")),
            float(g, "wait_share") * 100.0
        ));
    } else {
        out.push_str("GIL                   none in this mode\n");
    }
    let rc = &s["refcount_ops"];
    out.push_str(&format!(
        "refcount operations   {} atomic, {} plain\n",
        grouped(num(rc, "atomic")),
        grouped(num(rc, "plain"))
    ));
    let o = &s["objects"];
    out.push_str(&format!(
        "objects               {} allocated, {} freed, {} made immortal, {} alive at exit\n",
        grouped(num(o, "allocated")),
        grouped(num(o, "freed")),
        grouped(num(o, "immortal")),
        grouped(num(o, "alive_at_exit"))
    ));
    let m = &s["messages"];
    out.push_str(&format!(
        "messages              {} deep copies between interpreters, {} bytes copied\n",
        grouped(num(m, "count")),
        grouped(num(m, "bytes_copied"))
    ));
    let shm = &s["shared_memory"];
    out.push_str(&format!(
        "shared memory         {} reads, {} writes (multiprocessing.Value/Array, each one atomic)\n",
        grouped(num(shm, "reads")),
        grouped(num(shm, "writes"))
    ));
    let spawn_line = |what: &str, v: &Json| {
        let n = num(v, "count");
        if n == 0 {
            format!("0 {what}")
        } else {
            format!("{n} {what}, {} each on average", human_secs(float(v, "mean_s")))
        }
    };
    out.push_str(&format!(
        "spawns                {}; {}\n",
        spawn_line("threads", &s["spawns"]["threads"]),
        spawn_line("interpreters", &s["spawns"]["interpreters"])
    ));
    render_tasks(&mut out, s);
    let r = &s["racy_refcount"];
    if !r.is_null() {
        out.push_str(&format!(
            "racy refcounts        {} uses after free detected; {} objects alive at exit (leaked by lost decrements, or kept by quarantined objects: an upper bound on leaks); {} freed and quarantined\n",
            grouped(num(r, "uses_after_free")),
            grouped(num(r, "alive_at_exit")),
            grouped(num(r, "quarantined"))
        ));
    }
    out
}

/// Beyond this many tasks the table says how many more `--stats=json` lists.
const MAX_TASK_ROWS: usize = 30;

/// The asyncio tasks' table, after the per-run lines (nothing when the
/// program ran no task).
fn render_tasks(out: &mut String, s: &Json) {
    let tasks = s["asyncio_tasks"].as_array().map(Vec::as_slice).unwrap_or_default();
    if tasks.is_empty() {
        return;
    }
    let steps: u64 = tasks.iter().map(|t| num(t, "steps")).sum();
    out.push_str(&format!(
        "\nasyncio tasks         {} tasks ran {} steps (a step: the coroutine running from one await that gave the thread up to the next)\n",
        grouped(tasks.len() as u64),
        grouped(steps)
    ));
    out.push_str(&format!(
        "{:<28} {:>7} {:>10} {:>10} {:>13}  {:<16} {}\n",
        "task (interpreter)", "steps", "running", "waiting", "longest step", "loop thread", "outcome"
    ));
    for t in tasks.iter().take(MAX_TASK_ROWS) {
        let label = format!(
            "{} {} ({})",
            t["name"].as_str().unwrap_or("?"),
            t["coroutine"].as_str().unwrap_or("?"),
            num(t, "interpreter")
        );
        out.push_str(&format!(
            "{:<28} {:>7} {:>10} {:>10} {:>13}  {:<16} {}\n",
            label,
            grouped(num(t, "steps")),
            human_secs(float(t, "running_s")),
            human_secs(float(t, "waiting_s")),
            human_secs(float(t, "longest_step_s")),
            t["thread"].as_str().unwrap_or("?"),
            t["outcome"].as_str().unwrap_or("?")
        ));
    }
    if tasks.len() > MAX_TASK_ROWS {
        out.push_str(&format!("... and {} more tasks (--stats=json lists every one)\n", tasks.len() - MAX_TASK_ROWS));
    }
}
