//! `_fileio`: raw, unbuffered files (CPython's `FileIO`) under the
//! `open()` of `lib/io.py`, which adds text decoding, lines and modes.
//! Reads and writes release the GIL, as CPython's do.

use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::Arc;

use super::builtins_util::{R, int_arg};
use super::os_error;
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::runtime::kernel::{NativeHandle, NativeObject};
use crate::vm::Vm;

/// An open file; `None` once closed. Shared, not copied, with other
/// interpreters (a forked child shares the open file description).
pub struct RawFile(super::os_fd::Shared);

impl NativeObject for RawFile {
    fn type_name(&self) -> &'static str {
        "_io.FileIO"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[
        ("open", open),
        ("open_fd", open_fd),
        ("read", read),
        ("write", write),
        ("seek", seek),
        ("close", close),
        ("fileno", fileno),
        ("truncate", truncate),
    ];
    super::registry::add_functions(vm, module, fns)
}

fn raw<M: Model>(v: &Value<M>) -> PyResult<&RawFile, M> {
    match v.kind() {
        Some(ObjKind::Native(h)) => h.downcast::<RawFile>().ok_or_else(|| PyErr::type_error("expected a raw file")),
        _ => Err(PyErr::type_error("expected a raw file")),
    }
}

fn closed<M: Model>() -> PyErr<M> {
    PyErr::value_error("I/O operation on closed file.")
}

/// `open(path, kind, plus)`: kind is one of "r", "w", "a", "x".
fn open<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("open", 3, 3)?;
    let Some(path) = args.pos[0].as_str() else {
        return Err(PyErr::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            args.pos[0].type_name()
        )));
    };
    let kind = args.pos[1].as_str().unwrap_or("r");
    let plus = matches!(args.pos[2], Value::Bool(true));
    let mut opts = std::fs::OpenOptions::new();
    match kind {
        "r" => opts.read(true).write(plus),
        "w" => opts.write(true).create(true).truncate(true).read(plus),
        "a" => opts.append(true).create(true).read(plus),
        _ => opts.write(true).create_new(true).read(plus),
    };
    let path_owned = path.to_string();
    let result = vm.allow_threads("blocked: open", move || {
        let file = opts.open(&path_owned)?;
        if file.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(file)
    });
    let file = result.map_err(|e| os_error::from_io(vm, &e, Some(args.pos[0].clone()), None))?;
    let (_, shared) = super::os_fd::register(file);
    Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(RawFile(shared))))))
}

/// `open_fd(fd)`: a raw file on a descriptor `os.open` (or `open()`) made.
fn open_fd<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("open_fd", 1, 1)?;
    let fd = int_arg(vm, &args.pos[0])?;
    match super::os_fd::lookup(fd) {
        Some(shared) => Ok(Value::obj(ObjKind::Native(NativeHandle(Arc::new(RawFile(shared)))))),
        None => Err(os_error::with_errno(vm, 9, None, None)),
    }
}

/// Run `f` on the open file without the GIL.
fn with_file<M: Model, T: Send>(
    vm: &mut Vm<M>,
    h: &RawFile,
    call: &'static str,
    f: impl FnOnce(&mut std::fs::File) -> std::io::Result<T> + Send,
) -> PyResult<T, M> {
    let cell = h.0.clone();
    let result = vm.allow_threads(call, move || {
        let mut guard = cell.lock();
        guard.as_mut().map(f)
    });
    match result {
        None => Err(closed()),
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(os_error::from_io(vm, &e, None, None)),
    }
}

/// `read(f, n)`: up to n bytes (all that is left for n < 0).
fn read<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("read", 2, 2)?;
    let h = raw(&args.pos[0])?;
    let n = int_arg(vm, &args.pos[1])?;
    // The buffer is sized by the program: refuse an impossible one up front.
    crate::capacity::check_i64(n, 1)?;
    let data = with_file(vm, h, "blocked: file read", move |f| {
        let mut buf = Vec::new();
        if n < 0 {
            f.read_to_end(&mut buf)?;
        } else {
            buf.resize(n as usize, 0);
            let mut filled = 0;
            while filled < buf.len() {
                let got = f.read(&mut buf[filled..])?;
                if got == 0 {
                    break;
                }
                filled += got;
            }
            buf.truncate(filled);
        }
        Ok(buf)
    })?;
    Ok(Value::obj(ObjKind::Bytes(data.into_boxed_slice())))
}

fn write<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("write", 2, 2)?;
    let h = raw(&args.pos[0])?;
    let Some(ObjKind::Bytes(b)) = args.pos[1].kind() else {
        return Err(PyErr::type_error("a bytes-like object is required"));
    };
    let data = b.to_vec();
    let n = data.len();
    with_file(vm, h, "blocked: file write", move |f| f.write_all(&data))?;
    Ok(Value::Int(n as i64))
}

/// `seek(f, offset, whence)`, returning the new position (also `tell`).
fn seek<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("seek", 3, 3)?;
    let h = raw(&args.pos[0])?;
    let off = int_arg(vm, &args.pos[1])?;
    let whence = int_arg(vm, &args.pos[2])?;
    let to = match whence {
        0 if off < 0 => return Err(PyErr::value_error(format!("negative seek position {off}"))),
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => return Err(PyErr::value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    let pos = with_file(vm, h, "blocked: file seek", move |f| f.seek(to))?;
    Ok(Value::Int(pos as i64))
}

fn truncate<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("truncate", 2, 2)?;
    let h = raw(&args.pos[0])?;
    let size = int_arg(vm, &args.pos[1])?;
    with_file(vm, h, "blocked: file truncate", move |f| f.set_len(size.max(0) as u64))?;
    Ok(Value::Int(size))
}

fn close<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("close", 1, 1)?;
    let h = raw(&args.pos[0])?;
    let file = h.0.lock().take();
    drop(file);
    Ok(Value::None)
}

fn fileno<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("fileno", 1, 1)?;
    let h = raw(&args.pos[0])?;
    use std::os::fd::AsRawFd;
    match h.0.lock().as_ref() {
        Some(f) => Ok(Value::Int(f.as_raw_fd() as i64)),
        None => Err(closed()),
    }
}

/// The built-in `open()`: `io.open` (written in Python in `lib/io.py`).
pub fn builtin_open<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let io = vm.import_absolute("io")?;
    let open = vm.getattr(&io, "open")?;
    let mut all: Vec<Value<M>> = args.pos.to_vec();
    all.extend(args.kwvals.iter().cloned());
    vm.call(&open, &all, args.kwnames)
}
