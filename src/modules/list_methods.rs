//! Methods of `list` and `tuple`. Python code (comparisons, key functions)
//! only ever runs on a copy of the items, never inside the list's cell.

use std::sync::Arc;

use super::builtins_util::{
    R, add_methods, descriptor_error, exactly_one, expect_count, expect_method, int_arg, no_args, slice_arg,
};
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::text::slice::adjust_indices;
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let methods: &[(&'static str, BuiltinFn<M>)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("reverse", list_reverse),
        ("sort", list_sort),
        ("copy", list_copy),
        ("clear", list_clear),
    ];
    add_methods(interp.types.get(BuiltinType::List), methods);
    let methods: &[(&'static str, BuiltinFn<M>)] = &[("index", tuple_index), ("count", tuple_count)];
    add_methods(interp.types.get(BuiltinType::Tuple), methods);
}

type Cell<M> = <M as Model>::Cell<Vec<Value<M>>>;

fn recv<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<&'a Cell<M>, M> {
    match args.pos.first().and_then(|v| v.kind()) {
        Some(ObjKind::List(l)) => Ok(l),
        _ => Err(match args.pos.first() {
            Some(v) => descriptor_error(name, "list", v),
            None => PyErr::type_error(format!("unbound method list.{name}() needs an argument")),
        }),
    }
}

fn list_append<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "append")?;
    exactly_one(&args, "list.append")?;
    let v = args.pos[1].clone();
    l.with(|l| l.push(v));
    Ok(Value::None)
}

fn list_extend<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "extend")?;
    exactly_one(&args, "list.extend")?;
    let items = vm.collect(&args.pos[1])?;
    l.with(|l| l.extend(items));
    Ok(Value::None)
}

fn list_insert<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "insert")?;
    expect_method(&args, "insert", "list.insert", 2, 2)?;
    let i = int_arg(vm, &args.pos[1])?;
    let v = args.pos[2].clone();
    l.with(|l| {
        let n = l.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.insert(at as usize, v);
    });
    Ok(Value::None)
}

fn list_pop<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "pop")?;
    expect_method(&args, "pop", "list.pop", 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => Some(int_arg(vm, v)?),
        None => None,
    };
    let r = l.with(|l| {
        if l.is_empty() {
            return Err("pop from empty list");
        }
        let n = l.len() as i64;
        let i = i.unwrap_or(-1);
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err("pop index out of range");
        }
        Ok(l.remove(at as usize))
    });
    r.map_err(PyErr::index_error)
}

fn list_remove<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "remove")?;
    exactly_one(&args, "list.remove")?;
    match vm.list_find(l, &args.pos[1], 0, usize::MAX)? {
        Some(i) => {
            let old = l.with(|l| if i < l.len() { Some(l.remove(i)) } else { None });
            drop(old);
            Ok(Value::None)
        }
        None => Err(PyErr::value_error("list.remove(x): x not in list")),
    }
}

fn range_args<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, name: &str, len: usize) -> PyResult<(usize, usize), M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
    }
    expect_count(args.pos.len() - 1, name, 1, 3)?;
    let start = slice_arg(vm, args.pos.get(2))?;
    let stop = slice_arg(vm, args.pos.get(3))?;
    let (a, b) = adjust_indices(start, stop, len);
    Ok((a.max(0) as usize, b.max(0) as usize))
}

fn list_index<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "index")?;
    let len = l.with(|l| l.len());
    let (a, b) = range_args(vm, &args, "index", len)?;
    match vm.list_find(l, &args.pos[1], a, b)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error(format!("{} is not in list", vm.repr(&args.pos[1])?))),
    }
}

fn list_count<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "count")?;
    exactly_one(&args, "list.count")?;
    let mut n = 0;
    let mut from = 0;
    while let Some(i) = vm.list_find(l, &args.pos[1], from, usize::MAX)? {
        n += 1;
        from = i + 1;
    }
    Ok(Value::Int(n))
}

fn list_reverse<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "reverse")?;
    no_args(&args, "list.reverse")?;
    l.with(|l| l.reverse());
    Ok(Value::None)
}

fn list_sort<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "sort")?;
    if args.pos.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    super::builtins_iter::check_sort_kwargs(&args)?;
    // CPython empties the list while sorting, so mutation is detectable.
    let items = l.with(std::mem::take);
    let sorted = super::builtins_iter::sort_with_key(vm, items.clone(), args.kw("key"), args.kw("reverse"));
    // What the list held meanwhile is dropped after the lock is released:
    // a drop may free an object (the list itself, in the racy lab) whose
    // release locks this list again.
    let (result, modified, meanwhile) = match sorted {
        Ok(s) => {
            let meanwhile = l.with(|cur| std::mem::replace(cur, s));
            (Ok(Value::None), !meanwhile.is_empty(), meanwhile)
        }
        Err(e) => {
            let meanwhile = l.with(|cur| std::mem::replace(cur, items));
            (Err(e), false, meanwhile)
        }
    };
    drop(meanwhile);
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    result
}

fn list_copy<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "copy")?;
    no_args(&args, "list.copy")?;
    Ok(Value::list(l.with(|l| l.clone())))
}

fn list_clear<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let l = recv(&args, "clear")?;
    no_args(&args, "list.clear")?;
    let old = l.with(std::mem::take);
    drop(old);
    Ok(Value::None)
}

fn tuple_items<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<&'a [Value<M>], M> {
    match args.pos.first().and_then(|v| v.kind()) {
        Some(ObjKind::Tuple(t)) => Ok(t),
        _ => Err(match args.pos.first() {
            Some(v) => descriptor_error(name, "tuple", v),
            None => PyErr::type_error(format!("unbound method tuple.{name}() needs an argument")),
        }),
    }
}

/// The index of the first item equal to `x` in `items[start..stop]`.
fn find_eq<M: Model>(
    vm: &mut Vm<M>,
    items: &[Value<M>],
    x: &Value<M>,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>, M> {
    for (i, v) in items.iter().enumerate().take(stop).skip(start) {
        if v.is(x) || vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn count_eq<M: Model>(vm: &mut Vm<M>, items: &[Value<M>], x: &Value<M>) -> R<M> {
    let mut n = 0;
    for v in items {
        if v.is(x) || vm.eq(v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let items = tuple_items(&args, "index")?;
    let (a, b) = range_args(vm, &args, "index", items.len())?;
    match find_eq(vm, items, &args.pos[1], a, b)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let items = tuple_items(&args, "count")?;
    exactly_one(&args, "tuple.count")?;
    count_eq(vm, items, &args.pos[1])
}
