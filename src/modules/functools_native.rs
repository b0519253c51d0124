//! `_functools`: `reduce`, native as in CPython (`lib/functools.py`
//! re-exports it), so folding a list costs one call per item, not two
//! frames; and the hit path of `lru_cache`'s wrapper (`install_lru`).

use super::builtins_util::R;
use crate::model::Model;
use crate::model::ObjCell;
use crate::object::dict::StrKey;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("reduce", reduce), ("install_lru", install_lru)];
    super::registry::add_functions(vm, module, fns)
}

/// `reduce(function, iterable[, initial])`.
fn reduce<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("reduce() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if n < 2 {
        return Err(PyErr::type_error(format!("reduce expected at least 2 arguments, got {n}")));
    }
    if n > 3 {
        return Err(PyErr::type_error(format!("reduce expected at most 3 arguments, got {n}")));
    }
    let function = &args.pos[0];
    let items = match vm.get_iter(&args.pos[1]) {
        Ok(it) => it,
        Err(e) if e.lazy_type() == Some(ExcType::TypeError) => {
            return Err(PyErr::type_error("reduce() arg 2 must support iteration"));
        }
        Err(e) => return Err(e),
    };
    let mut acc = args.pos.get(2).cloned();
    while let Some(item) = vm.next(&items)? {
        acc = Some(match acc {
            None => item,
            Some(acc) => vm.call(function, &[acc, item], &[])?,
        });
    }
    acc.ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))
}

/// `_functools.install_lru(_lru_cache_wrapper)`: the class's `__call__`
/// becomes `lru_call`; the Python one stays as `_call_python` for what
/// this one hands over (keyword arguments, `typed=True`).
fn install_lru<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let Some(Value::Obj(cls)) = args.pos.first() else {
        return Err(PyErr::type_error("_functools.install_lru() needs the wrapper class"));
    };
    super::builtins_util::add_methods(cls, &[("__call__", lru_call::<M>)]);
    Ok(Value::None)
}

// The wrapper's fields, with the places its `__init__` gives them in the
// instance's table (after `__wrapped__`), tried first.
const FUNCTION: (StrKey<'static>, usize) = (StrKey::constant("_function"), 1);
const MAXSIZE: (StrKey<'static>, usize) = (StrKey::constant("_maxsize"), 2);
const TYPED: (StrKey<'static>, usize) = (StrKey::constant("_typed"), 3);
const TABLE: (StrKey<'static>, usize) = (StrKey::constant("_table"), 4);
const HITS: (StrKey<'static>, usize) = (StrKey::constant("_hits"), 5);
const MISSES: (StrKey<'static>, usize) = (StrKey::constant("_misses"), 6);

/// The wrapper's `__call__`, the same steps as the Python one in
/// `lib/functools.py`: the key is the single int or str argument itself,
/// else the tuple of arguments; a hit moves its key to the end of the
/// table (recency order), a miss calls the function and stores the result
/// unless the call stored one already, evicting the oldest key when full.
fn lru_call<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let Some((wrapper, call_args)) = args.pos.split_first() else {
        return Err(PyErr::type_error("unbound method _lru_cache_wrapper.__call__() needs an argument"));
    };
    let Some(ObjKind::Instance(inst)) = wrapper.kind() else {
        return Err(PyErr::type_error("_lru_cache_wrapper.__call__() needs a wrapper"));
    };
    let field = |(key, at): &(StrKey, usize)| inst.with_dict(|d| d.get_hinted(key, &mut at.clone()).cloned());
    let (Some(function), Some(Value::Obj(table))) = (field(&FUNCTION), field(&TABLE)) else {
        return hand_over(vm, wrapper, &args);
    };
    let ObjKind::Dict(cell) = &table.kind else { return hand_over(vm, wrapper, &args) };
    let maxsize = match field(&MAXSIZE) {
        Some(Value::None) => None,
        Some(Value::Int(n)) => Some(n),
        _ => return hand_over(vm, wrapper, &args),
    };
    if !args.kwnames.is_empty() || !matches!(field(&TYPED), Some(Value::Bool(false))) || maxsize == Some(0) {
        return hand_over(vm, wrapper, &args);
    }
    let key = match call_args {
        [one] if matches!(one, Value::Int(_)) || matches!(one.kind(), Some(ObjKind::Str(_))) => one.clone(),
        _ => Value::tuple(call_args.to_vec()),
    };
    let key = vm.dict_key(cell, key)?;
    let hit = cell.with(|d| match d.get(&key) {
        Some(v) if maxsize.is_some() => {
            let v = v.clone();
            let entry = d.remove_entry(&key);
            if let Some((k, old)) = entry {
                d.insert(k, old);
            }
            Some(v)
        }
        found => found.cloned(),
    });
    if let Some(v) = hit {
        super::builtins_util::increment_int_attr(inst, &HITS.0, HITS.1);
        return Ok(v);
    }
    super::builtins_util::increment_int_attr(inst, &MISSES.0, MISSES.1);
    let fresh = vm.call(&function, call_args, &[])?;
    let evicted = cell.with(|d| {
        if d.get(&key).is_some() {
            // The call stored this key already (recursion): that entry stays.
            return None;
        }
        let evicted = match maxsize {
            Some(n) if d.len() as i64 >= n => d.pop_first(),
            _ => None,
        };
        d.insert(key, fresh.clone());
        evicted
    });
    drop(evicted);
    Ok(fresh)
}

/// The Python `__call__` (`_call_python`), for the cases it alone handles.
fn hand_over<M: Model>(vm: &mut Vm<M>, wrapper: &Value<M>, args: &Args<'_, M>) -> R<M> {
    let python_call = vm.getattr(wrapper, "_call_python")?;
    let mut all: Vec<Value<M>> = args.pos[1..].to_vec();
    all.extend(args.kwvals.iter().cloned());
    vm.call(&python_call, &all, args.kwnames)
}
