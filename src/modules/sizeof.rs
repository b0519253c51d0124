//! `sys.getsizeof`: the sizes CPython 3.11 (64-bit) reports, computed from
//! its object layouts, so that the classic lesson ("a list of a million
//! ints is megabytes, a generator is a couple of hundred bytes") prints the
//! same numbers. minipy's own objects are laid out differently; what a
//! program compares is CPython's accounting.
//!
//! Exact for atoms, strings, bytes, tuples and the fixed-size objects;
//! dicts and sets follow CPython's growth as if filled one item at a
//! time; a list is counted at its length when minipy built it exactly
//! (`list(range(n))`, slices, `sorted`), else at the room CPython's appends
//! would have left (comprehensions, `append` loops).

use crate::model::{Model, ObjCell};
use crate::object::class::Instance;
use crate::object::function::Args;
use crate::object::{IterState, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

/// The collector's header CPython adds for objects it tracks.
const GC_HEAD: i64 = 16;

/// `sys.getsizeof(obj[, default])`.
pub fn getsizeof<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    args.expect("getsizeof", 1, 2)?;
    let obj = &args.pos[0];
    if let Some(ObjKind::Instance(inst)) = obj.kind()
        && let ObjKind::Class(c) = &inst.class_obj().kind
        && c.builtin == crate::object::class::BuiltinType::Object
        && let Some(method) = c.lookup("__sizeof__")
    {
        let n = vm.call_special(&method, std::slice::from_ref(obj))?;
        let n = match n {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    other.type_name()
                )));
            }
        };
        if n < 0 {
            return Err(PyErr::value_error("__sizeof__() should return >= 0"));
        }
        return Ok(Value::Int(n + instance_overhead(inst)));
    }
    Ok(Value::Int(size_of(obj)))
}

/// What CPython adds to `__sizeof__()` for an instance of a Python class:
/// the collector's header and, with a `__dict__`, the pre-header.
fn instance_overhead<M: Model>(inst: &Instance<M>) -> i64 {
    match &inst.class_obj().kind {
        ObjKind::Class(c) if c.slots.is_some() => GC_HEAD,
        _ => GC_HEAD * 2,
    }
}

fn int_digits(bits: u64) -> i64 {
    (bits.div_ceil(30) as i64).max(1)
}

fn size_of<M: Model>(v: &Value<M>) -> i64 {
    match v {
        Value::None | Value::Undef => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => 24 + 4 * int_digits(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Float(_) => 24,
        Value::Obj(o) => kind_size(&o.kind),
    }
}

fn kind_size<M: Model>(kind: &ObjKind<M>) -> i64 {
    match kind {
        ObjKind::Str(s) => str_size(s.as_str()),
        ObjKind::BigInt(b) => 24 + 4 * int_digits(b.bits()),
        ObjKind::Complex(_) => 32,
        ObjKind::Bytes(b) => 33 + b.len() as i64,
        ObjKind::ByteArray(b) => {
            let len = b.with(|b| b.data.len()) as i64;
            56 + if len == 0 { 0 } else { len + 1 }
        }
        ObjKind::Tuple(t) => 24 + GC_HEAD + 8 * t.len() as i64,
        ObjKind::List(l) => {
            let (len, capacity) = l.with(|l| (l.len(), l.capacity()));
            // Spare room means it grew item by item, as CPython's would.
            let slots = if capacity > len { appended_capacity(len) } else { len };
            40 + GC_HEAD + 8 * slots as i64
        }
        ObjKind::Dict(d) => d.with(|d| dict_size(d.len(), d.iter().all(|(k, _)| k.value.as_str().is_some()))),
        ObjKind::Set(d) => d.with(|d| set_size(d.len())),
        ObjKind::FrozenSet(d) => set_size(d.len()),
        ObjKind::Range(_) => 48,
        ObjKind::Slice(_) => 56,
        ObjKind::Function(_) => 152,
        ObjKind::Builtin(_) | ObjKind::Module(_) => 72,
        ObjKind::BoundMethod(..) => 64,
        ObjKind::Class(_) => 1688,
        ObjKind::Iter(it) => it.with(|s| match s {
            IterState::Generator { frame: Some(f), .. } => 168 + 8 * (f.nlocals + 1) as i64,
            IterState::Generator { .. } => 168,
            IterState::Enumerate { .. } | IterState::Zip { .. } => 72,
            _ => 48,
        }),
        ObjKind::Instance(inst) => match &inst.payload {
            Some(p) => size_of(p) + 24,
            None => match &inst.class_obj().kind {
                ObjKind::Class(c) => match &c.slots {
                    Some(slots) => 16 + GC_HEAD + 8 * slots.len() as i64,
                    None if c.exc.is_some() => 72 + GC_HEAD,
                    None => 40 + GC_HEAD,
                },
                _ => 56,
            },
        },
        _ => 48,
    }
}

/// The room CPython's list has after `len` appends (`list_resize`).
fn appended_capacity(len: usize) -> usize {
    let mut allocated = 0;
    while allocated < len {
        let new_size = allocated + 1;
        let mut grown = (new_size + (new_size >> 3) + 6) & !3;
        if new_size - allocated > grown - new_size {
            grown = (new_size + 3) & !3;
        }
        allocated = grown;
    }
    allocated
}

/// A compact str: ASCII, Latin-1, UCS-2 or UCS-4 by its widest character.
fn str_size(s: &str) -> i64 {
    let chars = s.chars().count() as i64;
    match s.chars().map(u32::from).max().unwrap_or(0) {
        0..=0x7f => 48 + chars + 1,
        0x80..=0xff => 72 + chars + 1,
        0x100..=0xffff => 72 + 2 * (chars + 1),
        _ => 72 + 4 * (chars + 1),
    }
}

/// A dict of `len` items grown by insertion: its key table (indices sized
/// by the table, 16-byte entries when every key is a str, else 24).
fn dict_size(len: usize, str_keys: bool) -> i64 {
    if len == 0 {
        return 48 + GC_HEAD;
    }
    let mut size: usize = 8;
    while size * 2 / 3 < len {
        size *= 2;
    }
    let usable = (size * 2 / 3) as i64;
    let index_width = match size {
        0..=0x80 => 1,
        0x81..=0x8000 => 2,
        0x8001..=0x8000_0000 => 4,
        _ => 8,
    };
    let entry = if str_keys { 16 } else { 24 };
    48 + GC_HEAD + 32 + (size as i64) * index_width + usable * entry
}

/// A set of `len` items added one at a time: eight inline slots, then a
/// table grown to the next power of two above four times the fill.
fn set_size(len: usize) -> i64 {
    let mut table: usize = 8;
    for fill in 1..=len {
        if fill * 5 >= (table - 1) * 3 {
            let min_used = if fill > 50_000 { fill * 2 } else { fill * 4 };
            table = 8;
            while table <= min_used {
                table *= 2;
            }
        }
    }
    let external = if table > 8 { table as i64 * 16 } else { 0 };
    200 + GC_HEAD + external
}
