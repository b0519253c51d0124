//! `_bisect`: binary search and sorted insertion, native as in CPython
//! (`lib/bisect.py` re-exports these). Programs call `bisect` in their
//! innermost loops, where a bytecode-level search cost ~10x CPython's.
//!
//! The comparisons are CPython's exactly: only `<`, with the same operand
//! order, so user `__lt__` methods see the same calls.

use super::builtins_util::{R, check_kw_invalid, int_arg};
use crate::model::{Model, ObjCell};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[
        ("bisect_right", bisect_right),
        ("bisect_left", bisect_left),
        ("insort_right", insort_right),
        ("insort_left", insort_left),
    ];
    super::registry::add_functions(vm, module, fns)
}

/// One call's arguments: `(a, x, lo=0, hi=None, *, key=None)`.
struct Search<M: Model> {
    seq: Value<M>,
    x: Value<M>,
    lo: i64,
    hi: Option<i64>,
    key: Option<Value<M>>,
}

const POSITIONAL: [&str; 4] = ["a", "x", "lo", "hi"];

/// Parses the arguments with Argument Clinic's checks and messages.
fn parse<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, fname: &str) -> PyResult<Search<M>, M> {
    if args.pos.len() > POSITIONAL.len() {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most 4 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    check_kw_invalid(args, fname, &["a", "x", "lo", "hi", "key"])?;
    let mut slots: [Option<&Value<M>>; 4] = [None; 4];
    for (i, name) in POSITIONAL.iter().enumerate() {
        slots[i] = match (args.pos.get(i), args.kw(name)) {
            (Some(_), Some(_)) => {
                return Err(PyErr::type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            (given, by_name) => given.or(by_name),
        };
    }
    let required = |i: usize| {
        slots[i].cloned().ok_or_else(|| {
            PyErr::type_error(format!("{fname}() missing required argument '{}' (pos {})", POSITIONAL[i], i + 1))
        })
    };
    let (seq, x) = (required(0)?, required(1)?);
    let lo = match slots[2] {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let hi = match slots[3] {
        Some(Value::None) | None => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    if lo < 0 {
        return Err(PyErr::value_error("lo must be non-negative"));
    }
    Ok(Search { seq, x, lo, hi, key })
}

/// `seq[i]`: a plain list is read in place, anything else goes through
/// `__getitem__` as in CPython's `PySequence_GetItem`.
fn item_at<M: Model>(vm: &mut Vm<M>, seq: &Value<M>, i: i64) -> R<M> {
    if let Some(ObjKind::List(l)) = seq.kind() {
        return l.with(|l| l.get(i as usize).cloned()).ok_or_else(|| PyErr::index_error("list index out of range"));
    }
    vm.getitem(seq, &Value::Int(i))
}

/// Where `target` belongs in `seq[lo:hi]`: before the items equal to it,
/// or after them when `after_equal`.
fn position<M: Model>(vm: &mut Vm<M>, s: &Search<M>, target: &Value<M>, after_equal: bool) -> PyResult<i64, M> {
    let mut hi = match s.hi {
        Some(hi) => hi,
        None => vm.len(&s.seq)? as i64,
    };
    let mut lo = s.lo;
    while lo < hi {
        // lo and hi are non-negative, so the sum cannot overflow as u64.
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let item = item_at(vm, &s.seq, mid)?;
        let probe = match &s.key {
            Some(key) => vm.call(key, &[item], &[])?,
            None => item,
        };
        let goes_before = if after_equal { vm.lt(target, &probe)? } else { !vm.lt(&probe, target)? };
        if goes_before {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn search<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, fname: &str, after_equal: bool) -> R<M> {
    let s = parse(vm, args, fname)?;
    Ok(Value::Int(position(vm, &s, &s.x, after_equal)?))
}

fn insort<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, fname: &str, after_equal: bool) -> R<M> {
    let s = parse(vm, args, fname)?;
    // With a key, the search compares key(x) with the keys of the items.
    let target = match &s.key {
        Some(key) => vm.call(key, std::slice::from_ref(&s.x), &[])?,
        None => s.x.clone(),
    };
    let index = position(vm, &s, &target, after_equal)?;
    if let Some(ObjKind::List(l)) = s.seq.kind() {
        let x = s.x.clone();
        l.with(|l| l.insert((index as usize).min(l.len()), x));
    } else {
        vm.call_method(&s.seq, "insert", &[Value::Int(index), s.x.clone()])?;
    }
    Ok(Value::None)
}

fn bisect_right<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    search(vm, &args, "bisect_right", true)
}

fn bisect_left<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    search(vm, &args, "bisect_left", false)
}

fn insort_right<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    insort(vm, &args, "insort_right", true)
}

fn insort_left<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    insort(vm, &args, "insort_left", false)
}
