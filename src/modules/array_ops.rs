//! The sequence dunders of `array.array` (subscripts, comparisons,
//! concatenation and repetition, repr, copying and pickling). The VM finds
//! them as it finds any class's dunders; subscripts with an int read and
//! write the item's bytes in place.

use num_bigint::BigInt;

use super::array::{Arr, base_class, extend_from, make};
use super::array_store::{self as store, HEADER, itemsize};
use super::builtins_util::{R, index_value};
use crate::ast::CmpOp;
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::text::slice::{SliceIndices, normalize_slice};
use crate::vm::Vm;
use crate::vm::ops::seq_index;

pub fn methods<M: Model>() -> Vec<(&'static str, BuiltinFn<M>)> {
    vec![
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__len__", len),
        ("__contains__", contains),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__imul__", imul),
        ("__repr__", repr),
        ("__copy__", copy),
        ("__deepcopy__", copy),
        ("__reduce_ex__", reduce_ex),
    ]
}

/// The receiver and the one argument of a dunder.
fn binary<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<(Arr<M>, &'a Value<M>), M> {
    let a = Arr::recv(args, name)?;
    match args.pos.get(1) {
        Some(x) if args.pos.len() == 2 => Ok((a, x)),
        _ => Err(PyErr::type_error(format!("expected 1 argument, got {}", args.pos.len().saturating_sub(1)))),
    }
}

/// What a subscript selects.
enum Sub {
    Index(i64),
    Slice(Option<i64>, Option<i64>, Option<i64>),
}

fn subscript<M: Model>(vm: &mut Vm<M>, index: &Value<M>) -> PyResult<Sub, M> {
    match index {
        Value::Int(i) => return Ok(Sub::Index(*i)),
        Value::Bool(b) => return Ok(Sub::Index(*b as i64)),
        _ => {}
    }
    if let Some(ObjKind::Slice(s)) = index.kind() {
        let (start, stop, step) = vm.slice_bounds(s)?;
        return Ok(Sub::Slice(start, stop, step));
    }
    match index_value(vm, index)? {
        Some(b) => i64::try_from(&b)
            .map(Sub::Index)
            .map_err(|_| PyErr::index_error("cannot fit 'int' into an index-sized integer")),
        None => Err(PyErr::type_error("array indices must be integers")),
    }
}

fn resolve<M: Model>(
    len: usize,
    (start, stop, step): (Option<i64>, Option<i64>, Option<i64>),
) -> PyResult<SliceIndices, M> {
    normalize_slice(len, start, stop, step).map_err(PyErr::value_error)
}

fn getitem<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (a, index) = binary(&args, "__getitem__")?;
    match subscript(vm, index)? {
        Sub::Index(i) => a.with(|tc, d| {
            let size = itemsize(tc);
            match seq_index((d.len() - HEADER) / size, i) {
                Some(k) => store::decode(tc, &d[HEADER + k * size..]),
                None => Err(PyErr::index_error("array index out of range")),
            }
        }),
        Sub::Slice(start, stop, step) => {
            let (tc, picked) = a.with(|tc, d| {
                let size = itemsize(tc);
                let si = resolve::<M>((d.len() - HEADER) / size, (start, stop, step))?;
                let mut out = Vec::with_capacity(si.count * size);
                for k in si.positions() {
                    out.extend_from_slice(&d[HEADER + k * size..HEADER + (k + 1) * size]);
                }
                Ok::<_, PyErr<M>>((tc, out))
            })?;
            Ok(make(&base_class(&args.pos[0])?, tc, &picked))
        }
    }
}

fn setitem<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "__setitem__")?;
    let [_, index, value] = args.pos else {
        return Err(PyErr::type_error(format!("expected 2 arguments, got {}", args.pos.len().saturating_sub(1))));
    };
    let out_of_range = || PyErr::index_error("array assignment index out of range");
    match subscript(vm, index)? {
        Sub::Index(i) => {
            let tc = a.typecode();
            // The index is checked before the value, as CPython does.
            if seq_index(a.item_count(), i).is_none() {
                return Err(out_of_range());
            }
            let raw = store::encode(vm, tc, value)?;
            a.with(|tc, d| {
                let size = itemsize(tc);
                let k = seq_index((d.len() - HEADER) / size, i).ok_or_else(out_of_range)?;
                d[HEADER + k * size..HEADER + (k + 1) * size].copy_from_slice(&raw[..size]);
                Ok(Value::None)
            })
        }
        Sub::Slice(start, stop, step) => {
            let Some(other) = Arr::of(value) else {
                return Err(PyErr::type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    value.type_name()
                )));
            };
            let (otc, data) = other.snapshot();
            a.with(|tc, d| {
                if otc != tc {
                    return Err(PyErr::type_error("bad argument type for built-in operation"));
                }
                let size = itemsize(tc);
                let si = resolve::<M>((d.len() - HEADER) / size, (start, stop, step))?;
                let given = data.len() / size;
                if si.step == 1 {
                    let from = HEADER + si.start as usize * size;
                    let to = from + si.count * size;
                    d.splice(from..to, data.iter().copied());
                } else if given != si.count {
                    return Err(PyErr::value_error(format!(
                        "attempt to assign array of size {given} to extended slice of size {}",
                        si.count
                    )));
                } else {
                    for (n, k) in si.positions().enumerate() {
                        d[HEADER + k * size..HEADER + (k + 1) * size].copy_from_slice(&data[n * size..(n + 1) * size]);
                    }
                }
                Ok(Value::None)
            })
        }
    }
}

fn delitem<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (a, index) = binary(&args, "__delitem__")?;
    let sub = subscript(vm, index)?;
    a.with(|tc, d| {
        let size = itemsize(tc);
        let n = (d.len() - HEADER) / size;
        match sub {
            Sub::Index(i) => {
                let k = seq_index(n, i).ok_or_else(|| PyErr::index_error("array assignment index out of range"))?;
                d.drain(HEADER + k * size..HEADER + (k + 1) * size);
            }
            Sub::Slice(start, stop, step) => {
                let si = resolve::<M>(n, (start, stop, step))?;
                let mut drop_at = vec![false; n];
                for k in si.positions() {
                    drop_at[k] = true;
                }
                let mut kept = Vec::with_capacity(d.len());
                kept.push(tc);
                for (k, item) in d[HEADER..].chunks_exact(size).enumerate() {
                    if !drop_at[k] {
                        kept.extend_from_slice(item);
                    }
                }
                *d = kept;
            }
        }
        Ok(Value::None)
    })
}

fn len<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "__len__")?;
    Ok(Value::Int(a.item_count() as i64))
}

fn contains<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (a, x) = binary(&args, "__contains__")?;
    for item in a.items()? {
        if vm.eq(&item, x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// A comparison between two arrays, as CPython's `array_richcompare`:
/// the first pair of items that are not equal decides (no identity
/// shortcut: a NaN item is not equal to itself), else the lengths.
fn compare<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>, op: CmpOp, name: &str) -> R<M> {
    let (a, x) = binary(&args, name)?;
    let Some(b) = Arr::of(x) else {
        return Ok(super::object_methods::not_implemented(vm));
    };
    let (ia, ib) = (a.items()?, b.items()?);
    if ia.len() != ib.len() && matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(Value::Bool(op == CmpOp::NotEq));
    }
    for (p, q) in ia.iter().zip(ib.iter()) {
        let same = vm.compare(CmpOp::Eq, p, q)?;
        if vm.truthy(&same)? {
            continue;
        }
        return match op {
            CmpOp::Eq => Ok(Value::Bool(false)),
            CmpOp::NotEq => Ok(Value::Bool(true)),
            _ => vm.compare(op, p, q),
        };
    }
    let (n, m) = (ia.len(), ib.len());
    Ok(Value::Bool(match op {
        CmpOp::Eq => n == m,
        CmpOp::NotEq => n != m,
        CmpOp::Lt => n < m,
        CmpOp::LtE => n <= m,
        CmpOp::Gt => n > m,
        _ => n >= m,
    }))
}

fn eq<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    compare(vm, args, CmpOp::Eq, "__eq__")
}
fn ne<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    compare(vm, args, CmpOp::NotEq, "__ne__")
}
fn lt<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    compare(vm, args, CmpOp::Lt, "__lt__")
}
fn le<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    compare(vm, args, CmpOp::LtE, "__le__")
}
fn gt<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    compare(vm, args, CmpOp::Gt, "__gt__")
}
fn ge<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    compare(vm, args, CmpOp::GtE, "__ge__")
}

fn add<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (a, x) = binary(&args, "__add__")?;
    let Some(b) = Arr::of(x) else {
        return Err(PyErr::type_error(format!("can only append array (not \"{}\") to array", x.type_name())));
    };
    let ((tc, mut data), (otc, more)) = (a.snapshot(), b.snapshot());
    if tc != otc {
        return Err(PyErr::type_error("bad argument type for built-in operation"));
    }
    data.extend_from_slice(&more);
    Ok(make(&base_class(&args.pos[0])?, tc, &data))
}

fn iadd<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (a, x) = binary(&args, "__iadd__")?;
    if Arr::of(x).is_none() {
        return Err(PyErr::type_error(format!("can only extend array with array (not \"{}\")", x.type_name())));
    }
    extend_from(vm, &a, x)?;
    Ok(args.pos[0].clone())
}

/// The repeat count of `a * n`.
fn repeat_count<M: Model>(vm: &mut Vm<M>, n: &Value<M>) -> PyResult<usize, M> {
    let count = match n {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        _ => index_value(vm, n)?.ok_or_else(|| {
            PyErr::type_error(format!("can't multiply sequence by non-int of type '{}'", n.type_name()))
        })?,
    };
    if count.sign() == num_bigint::Sign::Minus {
        return Ok(0);
    }
    usize::try_from(&count).map_err(|_| PyErr::new(crate::object::ExcType::MemoryError, ""))
}

fn repeated(data: &[u8], n: usize) -> Result<Vec<u8>, ()> {
    let total = data.len().checked_mul(n).ok_or(())?;
    if total > isize::MAX as usize / 2 {
        return Err(());
    }
    Ok(data.repeat(n))
}

fn mul<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (a, n) = binary(&args, "__mul__")?;
    let n = repeat_count(vm, n)?;
    let (tc, data) = a.snapshot();
    let data = repeated(&data, n).map_err(|_| PyErr::new(crate::object::ExcType::MemoryError, ""))?;
    Ok(make(&base_class(&args.pos[0])?, tc, &data))
}

fn imul<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (a, n) = binary(&args, "__imul__")?;
    let n = repeat_count(vm, n)?;
    a.with(|_, d| {
        let items = repeated(&d[HEADER..], n)?;
        d.truncate(HEADER);
        d.extend_from_slice(&items);
        Ok::<_, ()>(())
    })
    .map_err(|_| PyErr::new(crate::object::ExcType::MemoryError, ""))?;
    Ok(args.pos[0].clone())
}

fn repr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "__repr__")?;
    // A subclass's repr names the subclass, as CPython's does.
    let name = match args.pos[0].kind() {
        Some(ObjKind::Instance(inst)) => inst.class().name.clone(),
        _ => "array".to_string(),
    };
    let (tc, data) = a.snapshot();
    if data.is_empty() {
        return Ok(Value::str(format!("{name}('{}')", tc as char)));
    }
    let items = store::decode_all::<M>(tc, &data)?;
    let shown = if tc == b'u' {
        let s: String = items.iter().filter_map(|v| v.as_str()).collect();
        vm.repr(&Value::str(s))?
    } else {
        vm.repr(&Value::list(items))?
    };
    Ok(Value::str(format!("{name}('{}', {shown})", tc as char)))
}

/// `copy.copy(a)` and `copy.deepcopy(a)`: an array with the same items.
fn copy<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "__copy__")?;
    let (tc, data) = a.snapshot();
    Ok(make(&base_class(&args.pos[0])?, tc, &data))
}

/// Pickling: `(type(a), (typecode, items), None)`, CPython's form for
/// protocols below 3 (minipy uses it for every protocol).
fn reduce_ex<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let a = Arr::recv(&args, "__reduce_ex__")?;
    let cls = match args.pos[0].kind() {
        Some(ObjKind::Instance(inst)) => Value::Obj(inst.class_obj().clone()),
        _ => Value::None,
    };
    let (tc, data) = a.snapshot();
    let init = if tc == b'u' {
        let items = store::decode_all::<M>(tc, &data)?;
        Value::str(items.iter().filter_map(|v| v.as_str()).collect::<String>())
    } else {
        Value::list(store::decode_all(tc, &data)?)
    };
    let ctor_args = Value::tuple(vec![Value::str((tc as char).to_string()), init]);
    Ok(Value::tuple(vec![cls, ctor_args, Value::None]))
}
