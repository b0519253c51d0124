//! `_os`: the operating-system calls under `lib/os/` (process ids, the
//! environment, the working directory, directories and files). Errors are
//! CPython's OSError subclasses with errno and filename (see `os_error`).
//! The environment is read once into `os.environ`; changing it changes
//! that mapping only (there is no subprocess to pass it on to, and setting
//! the real environment is not thread-safe: `std::env::set_var` may race
//! with any other thread reading it).

use std::path::PathBuf;

use super::builtins_util::{R, int_arg};
use super::os_error;
use crate::model::Model;
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[
        ("getpid", getpid),
        ("getppid", getppid),
        ("cpu_count", cpu_count),
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("rename", rename),
        ("kind", kind),
        ("getsize", getsize),
        ("getmtime", getmtime),
        ("environ", environ),
        ("urandom", urandom),
        ("strerror", strerror),
    ];
    super::registry::add_functions(vm, module, fns)?;
    super::registry::add_functions(vm, module, super::os_fd::functions())?;
    super::registry::add_functions(vm, module, super::os_stat::functions())
}

/// A path argument: a str, or an os.PathLike whose `__fspath__` returns
/// one (bytes paths are not supported).
pub(super) fn path_arg<M: Model>(vm: &mut Vm<M>, v: &Value<M>, func: &str) -> PyResult<String, M> {
    if let Some(s) = v.as_str() {
        return Ok(s.to_string());
    }
    let fspath = match v.kind() {
        Some(ObjKind::Instance(inst)) => inst.class().lookup("__fspath__"),
        _ => None,
    };
    let Some(fspath) = fspath else {
        return Err(PyErr::type_error(format!(
            "{func}: path should be string, bytes or os.PathLike, not {}",
            v.type_name()
        )));
    };
    let path = vm.call_special(&fspath, std::slice::from_ref(v))?;
    match path.as_str() {
        Some(s) => Ok(s.to_string()),
        None => Err(PyErr::type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            v.type_name(),
            path.type_name()
        ))),
    }
}

fn one_path<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, func: &str) -> PyResult<String, M> {
    args.expect(func, 1, 1)?;
    path_arg(vm, &args.pos[0], func)
}

/// Every process interpreter has its own id (the main one has the real
/// pid), agreeing with `multiprocessing.Process.pid`.
fn getpid<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("getpid", 0, 0)?;
    Ok(Value::Int(vm.interp.ids.lock().pid as i64))
}

fn getppid<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("getppid", 0, 0)?;
    Ok(Value::Int(vm.interp.ids.lock().ppid as i64))
}

fn cpu_count<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("cpu_count", 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn getcwd<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error::from_io(vm, &e, None, None)),
    }
}

fn chdir<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let p = one_path(vm, &args, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    Ok(Value::None)
}

fn listdir<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("listdir", 0, 1)?;
    let (p, shown) = match args.pos.first() {
        None | Some(Value::None) => (".".to_string(), Value::str(".")),
        Some(v) => (path_arg(vm, v, "listdir")?, v.clone()),
    };
    let entries = std::fs::read_dir(&p).map_err(|e| os_error::from_io(vm, &e, Some(shown.clone()), None))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error::from_io(vm, &e, Some(shown.clone()), None))?;
        names.push(Value::str(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(Value::list(names))
}

fn mkdir<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(PyErr::type_error("mkdir() takes 1 or 2 arguments"));
    }
    let p = path_arg(vm, &args.pos[0], "mkdir")?;
    let mode = match args.pos.get(1).or_else(|| args.kw("mode")) {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(&p)
        .map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    Ok(Value::None)
}

fn rmdir<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let p = one_path(vm, &args, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    Ok(Value::None)
}

fn remove<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let p = one_path(vm, &args, "remove")?;
    // unlink(2) on a directory fails with EISDIR, as CPython reports it.
    if std::fs::symlink_metadata(&p).map(|m| m.is_dir()).unwrap_or(false) {
        return Err(os_error::with_errno(vm, 21, Some(args.pos[0].clone()), None));
    }
    std::fs::remove_file(&p).map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    Ok(Value::None)
}

fn rename<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("rename", 2, 2)?;
    let a = path_arg(vm, &args.pos[0], "rename")?;
    let b = path_arg(vm, &args.pos[1], "rename")?;
    std::fs::rename(&a, &b)
        .map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), Some(args.pos[1].clone())))?;
    Ok(Value::None)
}

/// "file", "dir", "link" (a dangling symlink), "other", or None when the
/// path does not exist: what `os.path.exists/isfile/isdir` need.
fn kind<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("kind", 1, 1)?;
    // What cannot be a path does not exist (os.path.exists(42) is False).
    let Ok(p) = path_arg(vm, &args.pos[0], "kind") else { return Ok(Value::None) };
    let meta = match std::fs::metadata(PathBuf::from(p)) {
        Ok(m) => m,
        Err(_) => return Ok(Value::None),
    };
    Ok(Value::str(if meta.is_file() {
        "file"
    } else if meta.is_dir() {
        "dir"
    } else {
        "other"
    }))
}

fn getsize<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let p = one_path(vm, &args, "stat")?;
    let meta = std::fs::metadata(&p).map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    Ok(Value::Int(meta.len() as i64))
}

fn getmtime<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let p = one_path(vm, &args, "stat")?;
    let meta = std::fs::metadata(&p).map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    use std::os::unix::fs::MetadataExt;
    Ok(Value::Float(meta.mtime() as f64 + meta.mtime_nsec() as f64 * 1e-9))
}

/// A snapshot of the process environment as a dict.
fn environ<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("environ", 0, 0)?;
    let mut d = Dict::new();
    for (k, v) in std::env::vars_os() {
        let key = vm.key(Value::str(k.to_string_lossy().into_owned()))?;
        d.insert(key, Value::str(v.to_string_lossy().into_owned()));
    }
    Ok(Value::dict(d))
}

fn urandom<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("urandom", 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n < 0 {
        return Err(PyErr::value_error("negative argument not allowed"));
    }
    let mut buf = crate::capacity::try_filled(n as usize, 0u8)?;
    super::random::os_random_bytes(&mut buf).map_err(|e| os_error::from_io(vm, &e, None, None))?;
    Ok(Value::obj(ObjKind::Bytes(buf.into_boxed_slice())))
}

fn strerror<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("strerror", 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    Ok(Value::str(os_error::strerror(n as i32)))
}
