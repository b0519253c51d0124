//! Built-in functions over iterables: iter, next, enumerate, zip, map,
//! filter, reversed, sorted, min, max, sum, all, any.

use num_bigint::BigInt;

use super::builtins_util::{R, sort_values};
use crate::ast::{BinOp, CmpOp};
use crate::model::{Model, ObjCell};
use crate::object::function::Args;
use crate::object::{ExcType, IterState, ObjKind, PyErr, Value};
use crate::vm::Vm;

pub fn builtin_iter<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("iter", 1, 2)?;
    if args.pos.len() == 2 {
        let callable = super::builtins_fns::builtin_callable(vm, Args::positional(&args.pos[..1]))?;
        if !matches!(callable, Value::Bool(true)) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        let (func, sentinel) = (args.pos[0].clone(), args.pos[1].clone());
        return Ok(Vm::new_iter(IterState::Callable { func, sentinel }));
    }
    vm.get_iter(&args.pos[0])
}

pub fn builtin_next<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("next", 1, 2)?;
    let it = &args.pos[0];
    let is_iter = match it.kind() {
        Some(ObjKind::Iter(c)) => !c.with(|s| s.is_not_iterator()),
        Some(ObjKind::Instance(inst)) => inst.class().lookup("__next__").is_some(),
        _ => false,
    };
    if !is_iter {
        return Err(PyErr::type_error(format!("'{}' object is not an iterator", it.type_name())));
    }
    match args.pos.get(1) {
        None => vm.next_or_stop(it),
        Some(d) => match vm.next(it)? {
            Some(v) => Ok(v),
            None => Ok(d.clone()),
        },
    }
}

pub fn builtin_enumerate<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("enumerate", &["iterable", "start"])?;
    let iterable = args.pos.first().or_else(|| args.kw("iterable"));
    let start = args.pos.get(1).or_else(|| args.kw("start"));
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("enumerate() takes at most 2 arguments ({} given)", args.pos.len())));
    }
    let iterable = iterable.ok_or_else(|| PyErr::type_error("enumerate() missing required argument 'iterable'"))?;
    let count = match start {
        None => Value::Int(0),
        Some(Value::Int(i)) => Value::Int(*i),
        Some(v) => match crate::vm::convert::index_value(vm, v)? {
            Some(b) => Value::from_bigint(b),
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.type_name()
                )));
            }
        },
    };
    let inner = vm.get_iter(iterable)?;
    Ok(Vm::new_iter(IterState::Enumerate { inner, count }))
}

pub fn builtin_zip<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    super::builtins_util::check_kw_invalid(&args, "zip", &["strict"])?;
    let strict = match args.kw("strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if strict {
        // Only sized built-ins of equal length: the lazy length check
        // (raised mid-iteration) is not modelled.
        let mut len = None;
        for (i, a) in args.pos.iter().enumerate() {
            let sized = matches!(
                a.kind(),
                Some(ObjKind::List(_) | ObjKind::Tuple(_) | ObjKind::Range(_) | ObjKind::Str(_) | ObjKind::Dict(_))
            );
            if !sized {
                return Err(PyErr::new(
                    ExcType::NotImplementedError,
                    "zip(strict=True) over iterators is not supported by minipy",
                ));
            }
            let n = vm.len(a)?;
            match len {
                None => len = Some(n),
                Some(m) if m != n => {
                    return Err(PyErr::value_error(format!(
                        "zip() argument {} is {} than argument{} 1",
                        i + 1,
                        if n < m { "shorter" } else { "longer" },
                        if i == 1 { "" } else { "s" }
                    )));
                }
                _ => {}
            }
        }
    }
    let mut iters = Vec::with_capacity(args.pos.len());
    for a in args.pos {
        iters.push(vm.get_iter(a)?);
    }
    Ok(Vm::new_iter(IterState::Zip { iters }))
}

pub fn builtin_map<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("map", &[])?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("map() takes no keyword arguments"));
    }
    if args.pos.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.pos.len() - 1);
    for a in &args.pos[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(Vm::new_iter(IterState::Map { func: args.pos[0].clone(), iters }))
}

pub fn builtin_filter<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("filter() takes no keyword arguments"));
    }
    args.expect("filter", 2, 2)?;
    let inner = vm.get_iter(&args.pos[1])?;
    Ok(Vm::new_iter(IterState::Filter { func: args.pos[0].clone(), inner }))
}

pub fn builtin_reversed<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("reversed() takes no keyword arguments"));
    }
    super::builtins_util::expect_count(args.pos.len(), "reversed", 1, 1)?;
    let v = &args.pos[0];
    let state = match v.kind() {
        Some(ObjKind::List(l)) => IterState::Reversed { seq: v.clone(), index: l.with(|l| l.len()) },
        Some(ObjKind::Tuple(t)) => IterState::Reversed { seq: v.clone(), index: t.len() },
        Some(ObjKind::Str(s)) => IterState::Reversed { seq: v.clone(), index: s.char_len() },
        Some(ObjKind::Range(r)) => {
            let n = r.len();
            if n == 0 {
                IterState::Exhausted
            } else {
                let last = r.get(n - 1);
                IterState::Range { next: last, stop: r.start - r.step, step: -r.step }
            }
        }
        Some(ObjKind::Dict(d)) => {
            let keys = d.with(|d| d.keys());
            let n = keys.len();
            IterState::Reversed { seq: Value::tuple(keys), index: n }
        }
        Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_) | ObjKind::MemoryView(_)) => {
            let items = vm.collect(v)?;
            let n = items.len();
            IterState::Reversed { seq: Value::tuple(items), index: n }
        }
        Some(ObjKind::Class(_)) if let Some(f) = vm.metaclass_method(v, "__reversed__") => {
            return vm.call(&f, &[], &[]);
        }
        Some(ObjKind::Instance(inst)) => {
            if inst.class().lookup("__reversed__").is_some() {
                return vm.call_method(v, "__reversed__", &[]);
            }
            if inst.class().lookup("__len__").is_some() && inst.class().lookup("__getitem__").is_some() {
                let n = vm.len(v)?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(vm.getitem(v, &Value::Int(i as i64))?);
                }
                IterState::Seq { seq: Value::list(items), index: 0 }
            } else {
                return Err(not_reversible(v));
            }
        }
        _ => return Err(not_reversible(v)),
    };
    Ok(Vm::new_iter(state))
}

fn not_reversible<M: Model>(v: &Value<M>) -> PyErr<M> {
    PyErr::type_error(format!("'{}' object is not reversible", v.type_name()))
}

/// CPython's message for a bad keyword of `sorted`/`list.sort`.
pub fn check_sort_kwargs<M: Model>(args: &Args<'_, M>) -> crate::object::PyResult<(), M> {
    for k in args.kwnames {
        let k = k.as_str().unwrap_or("");
        if k != "key" && k != "reverse" {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for sort()")));
        }
    }
    Ok(())
}

pub fn builtin_sorted<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!("sorted expected 1 argument, got {}", args.pos.len())));
    }
    check_sort_kwargs(&args)?;
    let items = vm.collect(&args.pos[0])?;
    let sorted = sort_with_key(vm, items, args.kw("key"), args.kw("reverse"))?;
    Ok(Value::list(sorted))
}

/// The shared part of `sorted` and `list.sort`.
pub fn sort_with_key<M: Model>(
    vm: &mut Vm<M>,
    items: Vec<Value<M>>,
    key: Option<&Value<M>>,
    reverse: Option<&Value<M>>,
) -> crate::object::PyResult<Vec<Value<M>>, M> {
    let reverse = match reverse {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Int(i)) => *i != 0,
        Some(v) => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
        }
    };
    let keys = match key {
        None | Some(Value::None) => None,
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for it in &items {
                keys.push(vm.call(f, std::slice::from_ref(it), &[])?);
            }
            Some(keys)
        }
    };
    sort_values(vm, items, keys, reverse)
}

fn min_max<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>, name: &str, op: CmpOp) -> R<M> {
    super::builtins_util::check_kw_invalid(&args, name, &["key", "default"])?;
    let key = args.kw("key").filter(|k| !k.is_none()).cloned();
    let default = args.kw("default").cloned();
    let mut best: Option<(Value<M>, Value<M>)> = None;
    match args.pos.len() {
        0 => return Err(PyErr::type_error(format!("{name} expected at least 1 argument, got 0"))),
        // One iterable: read as it goes (a generator's items and the key
        // calls interleave, as in CPython).
        1 => {
            let it = vm.get_iter(&args.pos[0])?;
            while let Some(item) = vm.next_fast(&it)? {
                consider(vm, &mut best, item, key.as_ref(), op)?;
            }
        }
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            for item in args.pos.iter() {
                consider(vm, &mut best, item.clone(), key.as_ref(), op)?;
            }
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| PyErr::value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// One step of min/max: `item` replaces the best so far (item and key)
/// when its key compares `op` to the best key (ints and floats natively).
fn consider<M: Model>(
    vm: &mut Vm<M>,
    best: &mut Option<(Value<M>, Value<M>)>,
    item: Value<M>,
    key: Option<&Value<M>>,
    op: CmpOp,
) -> crate::object::PyResult<(), M> {
    let k = match key {
        Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
        None => item.clone(),
    };
    let Some((_, best_key)) = best else {
        *best = Some((item, k));
        return Ok(());
    };
    // A NaN float orders as nothing: the general comparison answers it.
    let native = match (&k, &*best_key) {
        (Value::Int(a), Value::Int(b)) => Some(a.cmp(b)),
        (Value::Float(a), Value::Float(b)) => a.partial_cmp(b),
        _ => None,
    };
    let better = match native {
        Some(order) => order == if op == CmpOp::Lt { std::cmp::Ordering::Less } else { std::cmp::Ordering::Greater },
        None => {
            let r = vm.compare(op, &k, best_key)?;
            vm.truthy(&r)?
        }
    };
    if better {
        *best = Some((item, k));
    }
    Ok(())
}

pub fn builtin_max<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    min_max(vm, args, "max", CmpOp::Gt)
}

pub fn builtin_min<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    min_max(vm, args, "min", CmpOp::Lt)
}

pub fn builtin_sum<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("sum", &["start"])?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(if args.pos.is_empty() {
            PyErr::type_error("sum() takes at least 1 positional argument (0 given)")
        } else {
            PyErr::type_error(format!("sum() takes at most 2 arguments ({} given)", args.pos.len()))
        });
    }
    let start = args.pos.get(1).or_else(|| args.kw("start")).cloned().unwrap_or(Value::Int(0));
    match start.kind() {
        Some(ObjKind::Str(_)) => return Err(PyErr::type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Some(ObjKind::Bytes(_)) => return Err(PyErr::type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        Some(ObjKind::ByteArray(_)) => {
            return Err(PyErr::type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let it = vm.get_iter(&args.pos[0])?;
    let mut acc = start;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => Value::from_bigint(BigInt::from(*a) + BigInt::from(*b)),
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + *b as f64),
            _ => vm.binary_op(BinOp::Add, false, acc, x)?,
        };
    }
    Ok(acc)
}

pub fn builtin_all<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("all", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn builtin_any<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("any", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}
