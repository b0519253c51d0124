//! File descriptors as `os.open`/`os.close`/`os.read`/`os.write` and
//! `open(fd)` see them, in safe Rust: every file minipy opens (by `os.open`
//! or `open()`) is registered here under its descriptor number, so an int
//! can be turned back into the open file. A descriptor minipy did not open
//! (or already closed) is `EBADF`, as the kernel would say.
//!
//! Also the few `os` calls `shutil` and `tempfile` need on top of that:
//! `chmod`, file modes and times, symlink tests.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::os::fd::AsRawFd;
use std::sync::Arc;

use parking_lot::Mutex;

use super::builtins_util::{R, int_arg};
use super::os_error;
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// An open file shared by its descriptor and any file objects on it;
/// `None` once closed.
pub type Shared = Arc<Mutex<Option<std::fs::File>>>;

static TABLE: Mutex<Option<HashMap<i32, Shared>>> = Mutex::new(None);

const EBADF: i32 = 9;

/// Register an open file under its descriptor.
pub fn register(file: std::fs::File) -> (i32, Shared) {
    let fd = file.as_raw_fd();
    let shared: Shared = Arc::new(Mutex::new(Some(file)));
    TABLE.lock().get_or_insert_with(HashMap::new).insert(fd, shared.clone());
    (fd, shared)
}

/// The open file behind `fd`, if minipy opened it and it is still open.
pub fn lookup(fd: i64) -> Option<Shared> {
    let fd = i32::try_from(fd).ok()?;
    let table = TABLE.lock();
    let shared = table.as_ref()?.get(&fd)?.clone();
    let open = shared.lock().is_some();
    open.then_some(shared)
}

pub fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[
        ("open", os_open),
        ("close", os_close),
        ("read", os_read),
        ("write", os_write),
        ("chmod", chmod),
        ("st_mode", st_mode),
        ("is_link", is_link),
        ("times", times),
        ("set_times", set_times),
        ("is_executable", is_executable),
    ]
}

/// Linux's open(2) flag bits (what `os.O_*` are).
const O_WRONLY: i64 = 0o1;
const O_RDWR: i64 = 0o2;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;

/// `open(path, flags, mode)`: a new descriptor.
fn os_open<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("open", 2, 3)?;
    let path = super::os::path_arg(vm, &args.pos[0], "open")?;
    let flags = int_arg(vm, &args.pos[1])?;
    let mode = match args.pos.get(2) {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    let mut opts = std::fs::OpenOptions::new();
    match flags & 3 {
        O_WRONLY => opts.write(true),
        O_RDWR => opts.read(true).write(true),
        _ => opts.read(true),
    };
    if flags & O_APPEND != 0 {
        opts.append(true);
    }
    if flags & O_TRUNC != 0 {
        opts.truncate(true);
    }
    if flags & O_CREAT != 0 && flags & O_EXCL != 0 {
        opts.create_new(true);
    } else if flags & O_CREAT != 0 {
        opts.create(true);
    }
    use std::os::unix::fs::OpenOptionsExt;
    opts.mode(mode);
    let file = opts.open(&path).map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    Ok(Value::Int(register(file).0 as i64))
}

fn fd_arg<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<Shared, M> {
    let fd = int_arg(vm, v)?;
    lookup(fd).ok_or_else(|| os_error::with_errno(vm, EBADF, None, None))
}

fn os_close<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("close", 1, 1)?;
    let shared = fd_arg(vm, &args.pos[0])?;
    let file = shared.lock().take();
    drop(file);
    Ok(Value::None)
}

fn os_read<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("read", 2, 2)?;
    let n = int_arg(vm, &args.pos[1])?;
    if n < 0 {
        return Err(PyErr::value_error("negative buffersize in read"));
    }
    crate::capacity::check_i64(n, 1)?;
    let stdin = int_arg(vm, &args.pos[0])? == 0;
    let shared = if stdin { None } else { Some(fd_arg(vm, &args.pos[0])?) };
    let result = vm.allow_threads("blocked: os.read", move || {
        let mut buf = vec![0u8; n as usize];
        let Some(shared) = shared else {
            let got = std::io::stdin().lock().read(&mut buf)?;
            buf.truncate(got);
            return Ok(buf);
        };
        let mut guard = shared.lock();
        let f = guard.as_mut().ok_or_else(|| std::io::Error::from_raw_os_error(EBADF))?;
        let got = f.read(&mut buf)?;
        buf.truncate(got);
        Ok::<_, std::io::Error>(buf)
    });
    let buf = result.map_err(|e| os_error::from_io(vm, &e, None, None))?;
    Ok(Value::obj(ObjKind::Bytes(buf.into_boxed_slice())))
}

fn os_write<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("write", 2, 2)?;
    let Some(ObjKind::Bytes(b)) = args.pos[1].kind() else {
        return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", args.pos[1].type_name())));
    };
    let data = b.to_vec();
    let fd = int_arg(vm, &args.pos[0])?;
    // Standard output goes through print()'s buffer, so the two keep
    // their order; standard error is unbuffered anyway.
    if fd == 1 {
        use std::io::Write as _;
        let r = vm.interp.out.out.lock().write_all(&data);
        r.map_err(|e| os_error::from_io(vm, &e, None, None))?;
        return Ok(Value::Int(data.len() as i64));
    }
    if fd == 2 {
        vm.interp.out.flush();
        std::io::stderr().lock().write_all(&data).map_err(|e| os_error::from_io(vm, &e, None, None))?;
        return Ok(Value::Int(data.len() as i64));
    }
    let shared = fd_arg(vm, &args.pos[0])?;
    let result = vm.allow_threads("blocked: os.write", move || {
        let mut guard = shared.lock();
        let f = guard.as_mut().ok_or_else(|| std::io::Error::from_raw_os_error(EBADF))?;
        f.write(&data)
    });
    let n = result.map_err(|e| os_error::from_io(vm, &e, None, None))?;
    Ok(Value::Int(n as i64))
}

fn chmod<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("chmod", 2, 2)?;
    let path = super::os::path_arg(vm, &args.pos[0], "chmod")?;
    let mode = int_arg(vm, &args.pos[1])? as u32;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    Ok(Value::None)
}

fn metadata<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, func: &str) -> PyResult<std::fs::Metadata, M> {
    args.expect(func, 2, 2)?;
    let path = super::os::path_arg(vm, &args.pos[0], func)?;
    let follow = matches!(args.pos[1], Value::Bool(true));
    let meta = if follow { std::fs::metadata(&path) } else { std::fs::symlink_metadata(&path) };
    meta.map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))
}

/// `st_mode(path, follow_symlinks)`.
fn st_mode<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    use std::os::unix::fs::MetadataExt;
    Ok(Value::Int(metadata(vm, &args, "stat")?.mode() as i64))
}

/// `times(path, follow_symlinks)`: `(atime_ns, mtime_ns)`.
fn times<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    use std::os::unix::fs::MetadataExt;
    let m = metadata(vm, &args, "stat")?;
    let ns = |s: i64, n: i64| Value::from_bigint((num_bigint::BigInt::from(s) * 1_000_000_000) + n);
    Ok(Value::tuple(vec![ns(m.atime(), m.atime_nsec()), ns(m.mtime(), m.mtime_nsec())]))
}

/// `set_times(path, atime_ns, mtime_ns)`.
fn set_times<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("utime", 3, 3)?;
    let path = super::os::path_arg(vm, &args.pos[0], "utime")?;
    let to_time = |ns: i64| std::time::UNIX_EPOCH + std::time::Duration::from_nanos(ns.max(0) as u64);
    let atime = to_time(int_arg(vm, &args.pos[1])?);
    let mtime = to_time(int_arg(vm, &args.pos[2])?);
    let r = std::fs::File::options()
        .read(true)
        .open(&path)
        .and_then(|f| f.set_times(std::fs::FileTimes::new().set_accessed(atime).set_modified(mtime)));
    r.map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    Ok(Value::None)
}

fn is_link<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("is_link", 1, 1)?;
    let Ok(p) = super::os::path_arg(vm, &args.pos[0], "is_link") else { return Ok(Value::Bool(false)) };
    Ok(Value::Bool(std::fs::symlink_metadata(p).map(|m| m.file_type().is_symlink()).unwrap_or(false)))
}

/// A regular file with an execute bit (what `shutil.which` looks for).
fn is_executable<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("is_executable", 1, 1)?;
    let Some(p) = args.pos[0].as_str() else { return Ok(Value::Bool(false)) };
    use std::os::unix::fs::PermissionsExt;
    Ok(Value::Bool(std::fs::metadata(p).map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false)))
}
