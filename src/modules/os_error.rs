//! OSError values as CPython builds them from an errno: the subclass the
//! errno maps to (FileNotFoundError for ENOENT, ...), `args` of
//! `(errno, strerror)`, and the `errno`, `strerror`, `filename` and
//! `filename2` attributes, so `str(e)` reads
//! `[Errno 2] No such file or directory: 'x'`.

use crate::model::Model;
use crate::object::{ExcType, ObjKind, PyErr, Value};
use crate::vm::Vm;

/// The exception class CPython picks for an errno.
pub fn class_for(errno: i32) -> ExcType {
    match errno {
        1 | 13 => ExcType::PermissionError,
        2 => ExcType::FileNotFoundError,
        3 => ExcType::ProcessLookupError,
        4 => ExcType::InterruptedError,
        10 => ExcType::ChildProcessError,
        17 => ExcType::FileExistsError,
        20 => ExcType::NotADirectoryError,
        21 => ExcType::IsADirectoryError,
        32 => ExcType::BrokenPipeError,
        104 => ExcType::ConnectionResetError,
        110 => ExcType::TimeoutError,
        111 => ExcType::ConnectionRefusedError,
        _ => ExcType::OSError,
    }
}

/// The C library's message for an errno (`strerror`), without Rust's
/// " (os error N)" suffix.
pub fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The OSError for an I/O error on `filename` (and `filename2`).
pub fn from_io<M: Model>(
    vm: &mut Vm<M>,
    e: &std::io::Error,
    filename: Option<Value<M>>,
    filename2: Option<Value<M>>,
) -> PyErr<M> {
    match e.raw_os_error() {
        Some(errno) => with_errno(vm, errno, filename, filename2),
        None => PyErr::new(ExcType::OSError, e.to_string()),
    }
}

pub fn with_errno<M: Model>(
    vm: &mut Vm<M>,
    errno: i32,
    filename: Option<Value<M>>,
    filename2: Option<Value<M>>,
) -> PyErr<M> {
    let msg = strerror(errno);
    let exc = vm.new_exception(class_for(errno), vec![Value::Int(errno as i64), Value::str(msg.clone())]);
    if let ObjKind::Instance(inst) = &exc.kind {
        let set = |name: &str, v: Value<M>| {
            drop(crate::vm::eval::dict_set_str(&inst.dict_obj(), name, v));
        };
        set("errno", Value::Int(errno as i64));
        set("strerror", Value::str(msg));
        set("filename", filename.unwrap_or(Value::None));
        set("filename2", filename2.unwrap_or(Value::None));
    }
    PyErr::from_object(exc)
}

/// `str()` of an OSError with errno attributes, as CPython's
/// `OSError.__str__`; `None` to fall back on the generic rule.
pub fn os_error_str<M: Model>(
    vm: &mut Vm<M>,
    exc: &Value<M>,
    args: &[Value<M>],
) -> Option<crate::object::PyResult<String, M>> {
    let Some(ObjKind::Instance(inst)) = exc.kind() else { return None };
    let get = |name: &str| crate::vm::eval::dict_get_str(&inst.dict_obj(), name);
    // OSError(errno, strerror, filename, winerror, filename2) built in
    // Python keeps the file names in its arguments.
    let filename = get("filename").or_else(|| args.get(2).cloned()).filter(|v| !v.is_none());
    let filename2 = get("filename2").or_else(|| args.get(4).cloned()).filter(|v| !v.is_none());
    if !(2..=5).contains(&args.len()) {
        return None;
    }
    Some((|| {
        let head = format!("[Errno {}] {}", vm.str(&args[0])?, vm.str(&args[1])?);
        Ok(match (filename, filename2) {
            (Some(f), Some(f2)) => format!("{head}: {} -> {}", vm.repr(&f)?, vm.repr(&f2)?),
            (Some(f), None) => format!("{head}: {}", vm.repr(&f)?),
            _ => head,
        })
    })())
}

/// `e.errno`, `e.strerror`, `e.filename`, `e.filename2` of an OSError made
/// in Python (`OSError(2, 'msg', 'path')`): read from its arguments, None
/// unless it was given 2 to 5 of them.
pub fn os_error_field<M: Model>(args: &[Value<M>], name: &str) -> Value<M> {
    if !(2..=5).contains(&args.len()) {
        return Value::None;
    }
    let at = match name {
        "errno" => 0,
        "strerror" => 1,
        "filename" => 2,
        _ => 4,
    };
    args.get(at).cloned().unwrap_or(Value::None)
}
