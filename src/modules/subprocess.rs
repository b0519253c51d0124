//! `_subprocess`: child processes over `std::process`, for `lib/subprocess.py`.
//! A child is a handle (an int) into a process-wide table, so a `Popen` made
//! in one thread can be waited on in another. Every wait runs with the GIL
//! released (`Vm::allow_threads`), so other threads (and, in `process`
//! mode, other interpreters) go on while a child runs.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use super::builtins_util::{R, int_arg};
use super::os_error;
use crate::model::Model;
use crate::object::buffer::bytes_like;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, Value};
use crate::vm::Vm;

type R2 = JoinHandle<Vec<u8>>;

/// A started child and the threads draining its pipes.
struct Proc {
    child: Child,
    readers: Option<(Option<R2>, Option<R2>)>,
    code: Option<i32>,
}

type Shared = Arc<Mutex<Proc>>;

static TABLE: Mutex<Option<HashMap<i64, Shared>>> = Mutex::new(None);
static NEXT: Mutex<i64> = Mutex::new(1);

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> crate::object::PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[
        ("spawn", spawn),
        ("communicate", communicate),
        ("poll", poll),
        ("kill", kill),
        ("release", release),
        ("take_pipe", take_pipe),
    ];
    super::registry::add_functions(vm, module, fns)
}

fn lookup<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> crate::object::PyResult<Shared, M> {
    let h = int_arg(vm, v)?;
    TABLE
        .lock()
        .as_ref()
        .and_then(|t| t.get(&h).cloned())
        .ok_or_else(|| PyErr::value_error("invalid subprocess handle"))
}

/// Pipe choice: 0 inherit, 1 pipe, 2 devnull, 3 (stderr only) into stdout.
fn stdio(mode: i64) -> Stdio {
    match mode {
        1 => Stdio::piped(),
        2 => Stdio::null(),
        _ => Stdio::inherit(),
    }
}

/// `spawn(argv, cwd, env_pairs, stdin, stdout, stderr)` -> `(handle, pid)`.
fn spawn<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("spawn", 6, 6)?;
    let argv: Vec<String> = vm
        .collect(&args.pos[0])?
        .iter()
        .map(|v| v.as_str().map(str::to_string))
        .collect::<Option<_>>()
        .ok_or_else(|| PyErr::type_error("expected str, bytes or os.PathLike object"))?;
    if argv.is_empty() {
        return Err(PyErr::value_error("args must not be empty"));
    }
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    if let Some(cwd) = args.pos[1].as_str() {
        cmd.current_dir(cwd);
    }
    if !args.pos[2].is_none() {
        cmd.env_clear();
        for pair in vm.collect(&args.pos[2])? {
            let kv = vm.collect(&pair)?;
            if let (Some(k), Some(v)) = (kv[0].as_str(), kv[1].as_str()) {
                cmd.env(k, v);
            }
        }
    }
    let modes = [int_arg(vm, &args.pos[3])?, int_arg(vm, &args.pos[4])?, int_arg(vm, &args.pos[5])?];
    cmd.stdin(stdio(modes[0])).stdout(stdio(modes[1]));
    // stderr=STDOUT: std cannot give the child one pipe twice, so with a
    // piped stdout lib/subprocess.py joins them in a shell; here stderr goes
    // where stdout goes (the terminal, or nowhere).
    cmd.stderr(if modes[2] == 3 { stdio(modes[1]) } else { stdio(modes[2]) });
    // Flush what Python printed so far, so it comes before the child's output.
    vm.interp.out.flush();
    let child = cmd.spawn().map_err(|e| {
        let name = if e.kind() == std::io::ErrorKind::NotFound || args.pos[1].is_none() {
            Value::str(argv[0].clone())
        } else {
            args.pos[1].clone()
        };
        os_error::from_io(vm, &e, Some(name), None)
    })?;
    let pid = child.id() as i64;
    let mut next = NEXT.lock();
    let h = *next;
    *next += 1;
    let p = Proc { child, readers: None, code: None };
    TABLE.lock().get_or_insert_with(HashMap::new).insert(h, Arc::new(Mutex::new(p)));
    Ok(Value::tuple(vec![Value::Int(h), Value::Int(pid)]))
}

fn exit_code(st: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    st.code().unwrap_or_else(|| -st.signal().unwrap_or(0))
}

/// `communicate(handle, input, timeout)` -> `(returncode, out, err)`;
/// returncode None when the timeout passed first (call again to go on).
fn communicate<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("communicate", 3, 3)?;
    let p = lookup(vm, &args.pos[0])?;
    let input = if args.pos[1].is_none() { None } else { bytes_like(&args.pos[1])? };
    let timeout = match &args.pos[2] {
        Value::None => None,
        Value::Float(f) => Some(Duration::from_secs_f64(f.max(0.0))),
        v => Some(Duration::from_secs(int_arg(vm, v)?.max(0) as u64)),
    };
    let result = vm.allow_threads("blocked: subprocess", move || -> std::io::Result<Option<(i32, _, _)>> {
        let mut proc = p.lock();
        if proc.readers.is_none() {
            let stdin = proc.child.stdin.take();
            if let Some(mut w) = stdin {
                let data = input.unwrap_or_default();
                std::thread::spawn(move || {
                    let _ = w.write_all(&data);
                });
            }
            let drain = |r: Option<Box<dyn Read + Send>>| {
                r.map(|mut r| {
                    std::thread::spawn(move || {
                        let mut buf = Vec::new();
                        let _ = r.read_to_end(&mut buf);
                        buf
                    })
                })
            };
            let out = drain(proc.child.stdout.take().map(|s| Box::new(s) as Box<dyn Read + Send>));
            let err = drain(proc.child.stderr.take().map(|s| Box::new(s) as Box<dyn Read + Send>));
            proc.readers = Some((out, err));
        }
        let start = Instant::now();
        let code = loop {
            if let Some(c) = proc.code {
                break c;
            }
            if let Some(st) = proc.child.try_wait()? {
                proc.code = Some(exit_code(st));
                continue;
            }
            if timeout.is_some_and(|t| start.elapsed() >= t) {
                return Ok(None);
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        let (out, err) = proc.readers.take().unwrap_or((None, None));
        proc.readers = Some((None, None));
        Ok(Some((code, out.map(|h| h.join().unwrap_or_default()), err.map(|h| h.join().unwrap_or_default()))))
    });
    let bytes = |b: Option<Vec<u8>>| match b {
        Some(b) => Value::obj(ObjKind::Bytes(b.into_boxed_slice())),
        None => Value::None,
    };
    match result.map_err(|e| os_error::from_io(vm, &e, None, None))? {
        None => Ok(Value::None),
        Some((code, out, err)) => Ok(Value::tuple(vec![Value::Int(code as i64), bytes(out), bytes(err)])),
    }
}

/// `poll(handle)`: the return code, or None while the child runs.
fn poll<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("poll", 1, 1)?;
    let p = lookup(vm, &args.pos[0])?;
    let mut proc = p.lock();
    if proc.code.is_none()
        && let Some(st) = proc.child.try_wait().map_err(|e| os_error::from_io(vm, &e, None, None))?
    {
        proc.code = Some(exit_code(st));
    }
    Ok(proc.code.map_or(Value::None, |c| Value::Int(c as i64)))
}

/// `kill(handle, signal)`: SIGKILL or SIGTERM the child, if still running.
fn kill<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("kill", 2, 2)?;
    let p = lookup(vm, &args.pos[0])?;
    let sig = int_arg(vm, &args.pos[1])?;
    let proc = p.lock();
    if proc.code.is_some() {
        return Ok(Value::None);
    }
    let pid = nix::unistd::Pid::from_raw(proc.child.id() as i32);
    let signal = nix::sys::signal::Signal::try_from(sig as i32).map_err(|_| PyErr::value_error("invalid signal"))?;
    if let Err(e) = nix::sys::signal::kill(pid, signal) {
        return Err(os_error::with_errno(vm, e as i32, None, None));
    }
    Ok(Value::None)
}

/// `release(handle)`: forget a finished child.
fn release<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("release", 1, 1)?;
    let h = int_arg(vm, &args.pos[0])?;
    if let Some(t) = TABLE.lock().as_mut() {
        t.remove(&h);
    }
    Ok(Value::None)
}

/// `take_pipe(handle, which)`: hand the child's stdin (0), stdout (1) or
/// stderr (2) pipe over as a descriptor `open(fd)` can wrap, for
/// `Popen.stdin`/`stdout`/`stderr` file objects; None if that stream is not
/// a pipe (or was taken already). `communicate` then no longer sees it.
fn take_pipe<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    use std::os::fd::OwnedFd;
    args.expect("take_pipe", 2, 2)?;
    let p = lookup(vm, &args.pos[0])?;
    let which = int_arg(vm, &args.pos[1])?;
    let mut proc = p.lock();
    let fd: Option<OwnedFd> = match which {
        0 => proc.child.stdin.take().map(OwnedFd::from),
        1 => proc.child.stdout.take().map(OwnedFd::from),
        _ => proc.child.stderr.take().map(OwnedFd::from),
    };
    Ok(fd.map_or(Value::None, |fd| Value::Int(super::os_fd::register(std::fs::File::from(fd)).0 as i64)))
}
