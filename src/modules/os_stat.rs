//! `os.stat`/`os.lstat`/`os.fstat` and `shutil.disk_usage`'s statvfs: the
//! raw numbers only; `lib/os` builds `os.stat_result` from them so it can
//! be indexed and named like CPython's structseq.

use std::os::unix::fs::MetadataExt;

use super::builtins_util::{R, int_arg};
use super::os_error;
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyErr, Value};
use crate::vm::Vm;

pub fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[("stat_raw", stat_raw), ("statvfs_raw", statvfs_raw)]
}

const EBADF: i32 = 9;

/// `stat_raw(path_or_fd, follow_symlinks, func)`: `(mode, ino, dev, nlink,
/// uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev)`.
fn stat_raw<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("stat_raw", 3, 3)?;
    let func = args.pos[2].as_str().unwrap_or("stat").to_string();
    let target = &args.pos[0];
    let follow = matches!(args.pos[1], Value::Bool(true));
    let meta = if let Some(p) = target.as_str() {
        let r = if follow { std::fs::metadata(p) } else { std::fs::symlink_metadata(p) };
        r.map_err(|e| os_error::from_io(vm, &e, Some(target.clone()), None))?
    } else if matches!(target, Value::Int(_) | Value::Bool(_)) {
        let fd = int_arg(vm, target)?;
        let file = super::os_fd::lookup(fd).ok_or_else(|| os_error::with_errno(vm, EBADF, None, None))?;
        let guard = file.lock();
        let r = match guard.as_ref() {
            Some(f) => f.metadata(),
            None => Err(std::io::Error::from_raw_os_error(EBADF)),
        };
        r.map_err(|e| os_error::from_io(vm, &e, None, None))?
    } else {
        return Err(PyErr::type_error(format!(
            "{func}: path should be string, bytes, os.PathLike or integer, not {}",
            target.type_name()
        )));
    };
    let int = |v: i64| Value::Int(v);
    let ns = |s: i64, n: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + n);
    Ok(Value::tuple(vec![
        int(meta.mode() as i64),
        Value::from_bigint(num_bigint::BigInt::from(meta.ino())),
        Value::from_bigint(num_bigint::BigInt::from(meta.dev())),
        int(meta.nlink() as i64),
        int(meta.uid() as i64),
        int(meta.gid() as i64),
        int(meta.size() as i64),
        ns(meta.atime(), meta.atime_nsec()),
        ns(meta.mtime(), meta.mtime_nsec()),
        ns(meta.ctime(), meta.ctime_nsec()),
        int(meta.blksize() as i64),
        int(meta.blocks() as i64),
        Value::from_bigint(num_bigint::BigInt::from(meta.rdev())),
    ]))
}

/// `statvfs_raw(path)`: `(frsize, blocks, bfree, bavail)`.
fn statvfs_raw<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("statvfs_raw", 1, 1)?;
    let Some(p) = args.pos[0].as_str() else {
        return Err(PyErr::type_error(format!(
            "statvfs: path should be string, bytes, os.PathLike or integer, not {}",
            args.pos[0].type_name()
        )));
    };
    let s = nix::sys::statvfs::statvfs(p)
        .map_err(|e| os_error::with_errno(vm, e as i32, Some(args.pos[0].clone()), None))?;
    let big = |v: u64| Value::from_bigint(num_bigint::BigInt::from(v));
    Ok(Value::tuple(vec![
        big(s.fragment_size() as u64),
        big(s.blocks() as u64),
        big(s.blocks_free() as u64),
        big(s.blocks_available() as u64),
    ]))
}
