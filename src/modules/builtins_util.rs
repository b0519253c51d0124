//! Argument helpers shared by the built-in functions and methods.

use crate::model::{Model, ObjCell};
use crate::object::dict::StrKey;
use crate::object::function::Args;
use crate::object::{Builtin, BuiltinFn, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::vm::Vm;

pub type R<M> = PyResult<Value<M>, M>;

/// Put built-in methods into a class's dict.
pub fn add_methods<M: Model>(cls: &ObjRef<M>, methods: &[(&'static str, BuiltinFn<M>)]) {
    if let ObjKind::Class(c) = &cls.kind {
        let on_payload = c.builtin.has_payload() && (c.module == "builtins" || c.builtin.is_iterator_class());
        for (name, f) in methods {
            let v = if on_payload { Builtin::payload_method(name, *f) } else { Builtin::method(name, *f) };
            if let Value::Obj(o) = &v {
                o.make_immortal();
            }
            c.set_attr(name, v);
        }
    }
}

/// The receiver's str (methods of str are only found on strs).
pub fn recv_str<'a, M: Model>(args: &Args<'a, M>, method: &str) -> PyResult<&'a str, M> {
    match args.pos.first() {
        Some(v) => v.as_str().ok_or_else(|| descriptor_error(method, "str", v)),
        None => Err(PyErr::type_error(format!("unbound method str.{method}() needs an argument"))),
    }
}

pub fn descriptor_error<M: Model>(method: &str, owner: &str, v: &Value<M>) -> PyErr<M> {
    PyErr::type_error(format!(
        "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
        v.type_name()
    ))
}

/// Arguments after the receiver: `(receiver, rest)`.
pub fn split_recv<'a, M: Model>(args: &Args<'a, M>) -> (&'a Value<M>, Args<'a, M>) {
    let (first, rest) = args.pos.split_first().expect("a method without its receiver");
    (first, Args { pos: rest, kwnames: args.kwnames, kwvals: args.kwvals })
}

pub use crate::vm::convert::index_value;

/// An integer argument that must fit in i64.
pub fn int_arg<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<i64, M> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => match index_value(vm, v)? {
            Some(b) => i64::try_from(&b).map_err(|_| PyErr::overflow("Python int too large to convert to C ssize_t")),
            None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
        },
    }
}

/// A `start`/`end` argument of the str and list search methods.
pub fn slice_arg<M: Model>(vm: &mut Vm<M>, v: Option<&Value<M>>) -> PyResult<Option<i64>, M> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match index_value(vm, v)? {
            Some(b) => Ok(Some(i64::try_from(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }))),
            None => Err(PyErr::type_error("slice indices must be integers or None or have an __index__ method")),
        },
    }
}

/// Positional-or-keyword argument `i` named `name`.
pub fn arg<'a, M: Model>(args: &Args<'a, M>, i: usize, name: &str) -> Option<&'a Value<M>> {
    args.pos.get(i).or_else(|| args.kw(name))
}

/// The items of a list (copied out of its cell).
pub fn list_items<M: Model>(v: &Value<M>) -> Option<Vec<Value<M>>> {
    match v.kind() {
        Some(ObjKind::List(l)) => Some(l.with(|l| l.clone())),
        _ => None,
    }
}

/// Sort `items` by `keys` (stable merge sort using only `<`, as CPython),
/// calling Python comparisons with no cell held.
pub fn sort_values<M: Model>(
    vm: &mut Vm<M>,
    items: Vec<Value<M>>,
    keys: Option<Vec<Value<M>>>,
    reverse: bool,
) -> PyResult<Vec<Value<M>>, M> {
    let n = items.len();
    let keys = keys.unwrap_or_else(|| items.clone());
    let mut idx: Vec<usize> = (0..n).collect();
    if reverse {
        // Reversing before and after keeps equal elements in original order.
        idx.reverse();
    }
    let mut buf = idx.clone();
    merge_sort(vm, &keys, &mut idx, &mut buf)?;
    if reverse {
        idx.reverse();
    }
    let mut slots: Vec<Option<Value<M>>> = items.into_iter().map(Some).collect();
    Ok(idx.into_iter().map(|i| slots[i].take().expect("each index once")).collect())
}

fn merge_sort<M: Model>(vm: &mut Vm<M>, keys: &[Value<M>], idx: &mut [usize], buf: &mut [usize]) -> PyResult<(), M> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    if n <= 8 {
        // Insertion sort for short runs.
        for i in 1..n {
            let mut j = i;
            while j > 0 && vm.lt(&keys[idx[j]], &keys[idx[j - 1]])? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(vm, keys, l, bl)?;
        merge_sort(vm, keys, r, br)?;
    }
    // Already ordered: skip the merge.
    if !vm.lt(&keys[idx[mid]], &keys[idx[mid - 1]])? {
        return Ok(());
    }
    buf[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if vm.lt(&keys[buf[j]], &keys[buf[i]])? {
            idx[k] = buf[j];
            j += 1;
        } else {
            idx[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = buf[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

/// An instance of a built-in exception class, for `raise`-like errors
/// carrying a value (StopIteration(value)).
pub fn stop_with<M: Model>(value: Value<M>) -> PyErr<M> {
    if value.is_none() {
        PyErr::stop_iteration()
    } else {
        PyErr::with_args(crate::object::ExcType::StopIteration, vec![value])
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Argument-count check for a method (`args.pos[0]` is the receiver), with
/// CPython's Argument-Clinic wording: `get expected at least 1 argument, got 0`.
pub fn expect_method<M: Model>(args: &Args<'_, M>, name: &str, qual: &str, min: usize, max: usize) -> PyResult<(), M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{qual}() takes no keyword arguments")));
    }
    expect_count(args.pos.len().saturating_sub(1), name, min, max)
}

/// `name expected [at least|at most] N argument(s), got n`.
pub fn expect_count<M: Model>(n: usize, name: &str, min: usize, max: usize) -> PyResult<(), M> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", plural(min))
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", plural(max))
    };
    Err(PyErr::type_error(msg))
}

/// The older wording: `find() takes at least 1 argument (0 given)`.
pub fn expect_takes<M: Model>(n: usize, name: &str, min: usize, max: usize) -> PyResult<(), M> {
    if n < min {
        return Err(PyErr::type_error(format!("{name}() takes at least {min} argument{} ({n} given)", plural(min))));
    }
    if n > max {
        return Err(PyErr::type_error(format!("{name}() takes at most {max} argument{} ({n} given)", plural(max))));
    }
    Ok(())
}

/// `'x' is an invalid keyword argument for name()`.
pub fn check_kw_invalid<M: Model>(args: &Args<'_, M>, name: &str, allowed: &[&str]) -> PyResult<(), M> {
    for k in args.kwnames {
        let k = k.as_str().unwrap_or("");
        if !allowed.contains(&k) {
            return Err(PyErr::type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    Ok(())
}

/// A method that takes no arguments besides its receiver. `qual` names it
/// in the error, and is only formatted for one (`format_args!` costs
/// nothing on success).
pub fn no_args<M: Model>(args: &Args<'_, M>, qual: impl std::fmt::Display) -> PyResult<(), M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{qual}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        return Err(PyErr::type_error(format!("{qual}() takes no arguments ({} given)", args.pos.len() - 1)));
    }
    Ok(())
}

/// A method that takes exactly one argument besides its receiver.
pub fn exactly_one<M: Model>(args: &Args<'_, M>, qual: &str) -> PyResult<(), M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{qual}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("{qual}() takes exactly one argument ({} given)", args.pos.len() - 1)));
    }
    Ok(())
}

/// `inst.<key> += 1` for a counter a native method keeps in an instance's
/// table (deque's mutation count, lru_cache's hits and misses), tried
/// first at `hint`, the place its `__init__` gives it. The count wraps
/// rather than grow past an i64: only its changing, or its size in
/// statistics, matters.
pub fn increment_int_attr<M: Model>(inst: &crate::object::class::Instance<M>, key: &StrKey, hint: usize) {
    let old = inst.with_dict(|d| {
        let mut hint = hint;
        let next = match d.get_hinted(key, &mut hint) {
            Some(Value::Int(n)) => Value::Int(n.wrapping_add(1)),
            _ => Value::Int(1),
        };
        match d.replace_hinted(key, next, &mut hint) {
            Ok(old) => Some(old),
            Err(next) => d.set_key(key, next),
        }
    });
    drop(old);
}
