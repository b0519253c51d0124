//! Helpers shared by the integration tests: locating the minipy binary and
//! CPython, running a child process with a hard timeout, and summarising its
//! outcome (exit status, last stderr line, innermost traceback line).
//!
//! Each test crate uses a different subset of these helpers.
#![allow(dead_code)]

pub mod snippet;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

/// Longest time any single child process may run before the test kills it
/// and fails. Generous, because CI has two shared cores and debug builds are
/// slow; a hang is a bug no matter how long we wait.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The repository root (where `Cargo.toml`, `programs/` and `tests/` live).
/// Children run with this as their working directory, so paths in their
/// output are relative and stable.
pub fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The minipy binary Cargo built for this test run.
pub fn minipy_bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_minipy"))
}

/// A `Command` for minipy with a clean environment for the parts that would
/// change its output (backtraces) and the repository root as cwd. Its
/// library bytecode cache is the test run's own (under Cargo's temporary
/// folder), not the user's.
pub fn minipy() -> Command {
    let mut cmd = Command::new(minipy_bin());
    cmd.current_dir(repo_root())
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env("MINIPY_CACHE_DIR", Path::new(env!("CARGO_TARGET_TMPDIR")).join("bytecode-cache"));
    cmd
}

/// A fresh, empty directory `{prefix}-{pid}-{name}` under Cargo's per-run
/// temporary folder.
pub fn fresh_dir(prefix: &str, name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{prefix}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// The CPython interpreter to compare against: `/usr/bin/python3.11` (as on
/// CI), else `python3.11` or `python3` on PATH. `Err` explains what to
/// install when none is found.
pub fn cpython() -> Result<&'static Path, String> {
    static FOUND: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            let preferred = Path::new("/usr/bin/python3.11");
            if preferred.is_file() {
                return Ok(preferred.to_path_buf());
            }
            for candidate in ["python3.11", "python3"] {
                let works = Command::new(candidate)
                    .arg("--version")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .map(|s| s.success())
                    .unwrap_or(false);
                if works {
                    return Ok(PathBuf::from(candidate));
                }
            }
            Err("no CPython found: the CPython comparison needs /usr/bin/python3.11 \
                 (or python3.11 / python3 on PATH). Install Python 3.11, e.g. \
                 `apt-get install python3.11`."
                .to_string())
        })
        .as_deref()
        .map_err(Clone::clone)
}

/// The version string CPython reports, e.g. `Python 3.11.7`.
pub fn cpython_version(python: &Path) -> String {
    Command::new(python)
        .arg("--version")
        .output()
        .map(|o| {
            let text = if o.stdout.is_empty() { o.stderr } else { o.stdout };
            String::from_utf8_lossy(&text).trim().to_string()
        })
        .unwrap_or_else(|e| format!("unknown ({e})"))
}

/// A `Command` for CPython with an environment that makes its output
/// reproducible and independent of the user's setup.
pub fn cpython_command(python: &Path) -> Command {
    let mut cmd = Command::new(python);
    cmd.current_dir(repo_root())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONUTF8", "1")
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONSTARTUP")
        .env_remove("PYTHONWARNINGS");
    cmd
}

/// What a finished child process did.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub elapsed: Duration,
}

impl Outcome {
    /// The exit code, or `None` when the process died from a signal.
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// "exit code 1", or "killed by signal 11" on Unix.
    pub fn describe_status(&self) -> String {
        describe_status(&self.status)
    }

    /// The last non-empty line of stderr, e.g. `ZeroDivisionError: division by zero`.
    pub fn last_stderr_line(&self) -> Option<String> {
        last_nonempty_line(&self.stderr_text())
    }

    /// The line number of the innermost traceback frame, or of a syntax
    /// error (`File "x.py", line N`), if stderr has one.
    pub fn error_line(&self) -> Option<u32> {
        innermost_line(&self.stderr_text())
    }

    /// True when stderr shows that the Rust code panicked. A panic is always
    /// a bug in minipy, whatever the program did.
    pub fn panicked(&self) -> bool {
        let err = self.stderr_text();
        err.contains("panicked") || err.contains("RUST_BACKTRACE")
    }
}

pub fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit code {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return format!("killed by signal {signal}");
        }
    }
    format!("{status}")
}

pub fn last_nonempty_line(text: &str) -> Option<String> {
    text.lines().rev().find(|line| !line.trim().is_empty()).map(|line| line.trim_end().to_string())
}

/// The `N` of the last `File "...", line N` line in a traceback or syntax
/// error report.
pub fn innermost_line(stderr: &str) -> Option<u32> {
    stderr.lines().rev().find_map(|line| {
        let rest = line.trim_start().strip_prefix("File \"")?;
        let after_name = &rest[rest.find("\", line ")? + "\", line ".len()..];
        let digits: String = after_name.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    })
}

/// Runs `cmd` to completion with stdin closed, capturing stdout and stderr.
/// After `timeout` the child and everything it started (its process group)
/// are killed and `Err` describes the hang, including whatever output it
/// produced so far.
pub fn run(cmd: &mut Command, timeout: Duration) -> Result<Outcome, String> {
    run_with_input(cmd, None, timeout)
}

/// [`run`] with `input` written to the child's stdin (then closed);
/// `None` gives it no stdin at all.
pub fn run_with_input(cmd: &mut Command, input: Option<&[u8]>, timeout: Duration) -> Result<Outcome, String> {
    let description = format!("{cmd:?}");
    let start = Instant::now();
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0);
    }
    let mut child = cmd
        .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {description}: {e}"))?;
    if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
        let input = input.to_vec();
        // A writer thread, so a child that stops reading cannot block us.
        thread::spawn(move || {
            use std::io::Write;
            let _ = stdin.write_all(&input);
        });
    }
    let stdout = Drain::start(child.stdout.take().expect("stdout is piped"));
    let stderr = Drain::start(child.stderr.take().expect("stderr is piped"));
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= timeout => {
                kill_tree(&mut child);
                let out = stdout.finish();
                let err = stderr.finish();
                return Err(format!(
                    "timed out after {timeout:?} (killed): {description}\n\
                     --- stdout so far ---\n{}\n--- stderr so far ---\n{}",
                    tail(&String::from_utf8_lossy(&out), 40),
                    tail(&String::from_utf8_lossy(&err), 40),
                ));
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for {description} failed: {e}")),
        }
    };
    Ok(Outcome { status, stdout: stdout.finish(), stderr: stderr.finish(), elapsed: start.elapsed() })
}

/// Kills the child's whole process group (it was started as the leader of
/// a new one), so grandchildren holding the pipes die too; then reaps it.
fn kill_tree(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Reads a pipe on a helper thread, so a chatty child never blocks on a
/// full pipe while we poll it. The bytes read so far stay available even
/// if the pipe never closes.
struct Drain {
    buf: Arc<Mutex<Vec<u8>>>,
    done: mpsc::Receiver<()>,
}

impl Drain {
    fn start(mut pipe: impl Read + Send + 'static) -> Drain {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let (tx, done) = mpsc::channel();
        let sink = Arc::clone(&buf);
        thread::spawn(move || {
            let mut chunk = [0u8; 64 * 1024];
            loop {
                match pipe.read(&mut chunk) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink.lock().expect("drain lock").extend_from_slice(&chunk[..n]),
                }
            }
            let _ = tx.send(());
        });
        Drain { buf, done }
    }

    /// Everything read, waiting briefly for the end of the pipe (a stray
    /// grandchild may keep it open).
    fn finish(self) -> Vec<u8> {
        let _ = self.done.recv_timeout(Duration::from_secs(2));
        std::mem::take(&mut *self.buf.lock().expect("drain lock"))
    }
}

/// The last `n` lines of `text`, marking how many were left out.
pub fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= n {
        return text.to_string();
    }
    format!("[... {} earlier lines ...]\n{}", lines.len() - n, lines[lines.len() - n..].join("\n"))
}

/// A readable line diff of `expected` against `actual`: changed lines
/// marked `-` (expected) and `+` (actual) with a little context, like
/// `diff -u`. Empty when equal.
pub fn line_diff(expected: &str, actual: &str, expected_name: &str, actual_name: &str) -> String {
    if expected == actual {
        return String::new();
    }
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let mut out = format!(
        "    ({expected_name}: {} lines, {actual_name}: {} lines; - is {expected_name}, + is {actual_name})\n",
        exp.len(),
        act.len()
    );
    let ops = diff_ops(&exp, &act);
    const CONTEXT: usize = 2;
    const MAX_SHOWN: usize = 60;
    let near_change = |k: usize| {
        let lo = k.saturating_sub(CONTEXT);
        let hi = (k + CONTEXT + 1).min(ops.len());
        ops[lo..hi].iter().any(|op| !matches!(op, Op::Same(..)))
    };
    let mut shown = 0;
    let mut skipped = false;
    for (k, op) in ops.iter().enumerate() {
        if !near_change(k) {
            skipped = true;
            continue;
        }
        if skipped && shown > 0 {
            out.push_str("      ...\n");
        }
        skipped = false;
        if shown == MAX_SHOWN {
            let rest = ops[k..].iter().filter(|op| !matches!(op, Op::Same(..))).count();
            out.push_str(&format!("      [diff truncated; {rest} more changed lines]\n"));
            break;
        }
        shown += 1;
        let line = match *op {
            Op::Same(i, _) => format!("      {:>5} | {}", i + 1, show_line(exp[i])),
            Op::Del(i) => format!("    - {:>5} | {}", i + 1, show_line(exp[i])),
            Op::Add(j) => format!("    + {:>5} | {}", j + 1, show_line(act[j])),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// One step of a line diff: a line in both (indices into expected and
/// actual), only in expected, or only in actual.
enum Op {
    Same(usize, usize),
    Del(usize),
    Add(usize),
}

/// A longest-common-subsequence diff. Quadratic, so very long outputs fall
/// back to a positional comparison after the common prefix and suffix.
fn diff_ops(a: &[&str], b: &[&str]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (a_mid, b_mid) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<Op> = (0..prefix).map(|i| Op::Same(i, i)).collect();
    let (n, m) = (a_mid.len(), b_mid.len());
    if n.saturating_mul(m) > 4_000_000 {
        ops.extend((0..n).map(|i| Op::Del(prefix + i)));
        ops.extend((0..m).map(|j| Op::Add(prefix + j)));
    } else {
        // lcs[i][j]: length of the LCS of a_mid[i..] and b_mid[j..].
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        let at = |i: usize, j: usize| i * (m + 1) + j;
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[at(i, j)] = if a_mid[i] == b_mid[j] {
                    lcs[at(i + 1, j + 1)] + 1
                } else {
                    lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && a_mid[i] == b_mid[j] {
                ops.push(Op::Same(prefix + i, prefix + j));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                ops.push(Op::Del(prefix + i));
                i += 1;
            } else {
                ops.push(Op::Add(prefix + j));
                j += 1;
            }
        }
    }
    let (a_end, b_end) = (a.len() - suffix, b.len() - suffix);
    ops.extend((0..suffix).map(|k| Op::Same(a_end + k, b_end + k)));
    ops
}

/// A line for display: the newline made visible only when it is missing or
/// unusual, so "no newline at end" and CRLF differences are not invisible.
fn show_line(line: &str) -> String {
    if let Some(body) = line.strip_suffix("\r\n") {
        format!("{body}⏎(CRLF)")
    } else if let Some(body) = line.strip_suffix('\n') {
        body.to_string()
    } else {
        format!("{line}⟨no newline⟩")
    }
}

/// Files in `dir` (relative to the repository root) whose names end in
/// `.ext`, sorted, as paths relative to the repository root.
pub fn files_with_extension(dir: &str, ext: &str) -> Vec<PathBuf> {
    let abs = repo_root().join(dir);
    let mut found: Vec<PathBuf> = match std::fs::read_dir(&abs) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == ext))
            .map(|p| Path::new(dir).join(p.file_name().expect("a file has a name")))
            .collect(),
        Err(_) => Vec::new(),
    };
    found.sort();
    found
}
