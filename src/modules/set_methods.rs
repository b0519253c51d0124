//! Methods of `set` and `frozenset` (tables are `Dict`s with None values).

use std::sync::Arc;

use super::builtins_util::{R, add_methods, descriptor_error, exactly_one, no_args};
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::dict::Dict;
use crate::object::function::Args;
pub use crate::object::set_ops::{
    Aliases, Removed, difference, intersection, subtract_in_place, sym_diff_in_place, symmetric_difference, union_into,
};
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::vm::containers::SetTable;
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let shared: &[(&'static str, BuiltinFn<M>)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
    ];
    let mutating: &[(&'static str, BuiltinFn<M>)] = &[
        ("add", set_add),
        ("remove", set_remove),
        ("discard", set_discard),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        ("symmetric_difference_update", set_symmetric_difference_update),
    ];
    add_methods(interp.types.get(BuiltinType::Set), shared);
    add_methods(interp.types.get(BuiltinType::Set), mutating);
    add_methods(interp.types.get(BuiltinType::FrozenSet), shared);
}

/// The receiver's table (copied) and whether it is a frozenset.
fn recv_table<M: Model>(args: &Args<'_, M>, name: &str) -> PyResult<(Dict<M>, bool), M> {
    match args.pos.first().and_then(|v| v.kind()) {
        Some(ObjKind::Set(d)) => Ok((d.with(|d| d.clone_layout()), false)),
        Some(ObjKind::FrozenSet(d)) => Ok((d.clone_layout(), true)),
        _ => Err(match args.pos.first() {
            Some(v) => descriptor_error(name, "set", v),
            None => PyErr::type_error(format!("unbound method set.{name}() needs an argument")),
        }),
    }
}

fn recv_cell<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<&'a M::Cell<Dict<M>>, M> {
    match args.pos.first().and_then(|v| v.kind()) {
        Some(ObjKind::Set(d)) => Ok(d),
        _ => Err(match args.pos.first() {
            Some(v) => descriptor_error(name, "set", v),
            None => PyErr::type_error(format!("unbound method set.{name}() needs an argument")),
        }),
    }
}

/// A set's table (see [`SetTable`]), or any other iterable's distinct
/// items in order.
fn table_of<'v, M: Model>(vm: &mut Vm<M>, v: &'v Value<M>) -> PyResult<SetTable<'v, M>, M> {
    match v.kind() {
        Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)) => Ok(vm.set_keys(v)),
        _ => Ok(SetTable::Snapshot(vm.keys_of_iterable(Dict::new(), v)?)),
    }
}

fn wrap<M: Model>(d: Dict<M>, frozen: bool) -> Value<M> {
    if frozen { Value::obj(ObjKind::FrozenSet(d)) } else { Value::obj(ObjKind::Set(M::Cell::new(d))) }
}

fn no_kwargs<M: Model>(args: &Args<'_, M>, qual: &str) -> PyResult<(), M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("{qual}() takes no keyword arguments")));
    }
    Ok(())
}

fn set_copy<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (t, frozen) = recv_table(&args, "copy")?;
    no_args(&args, if frozen { "frozenset.copy" } else { "set.copy" })?;
    if frozen {
        return Ok(args.pos[0].clone());
    }
    Ok(wrap(t.clone(), false))
}

fn set_union<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (t, frozen) = recv_table(&args, "union")?;
    no_kwargs(&args, "set.union")?;
    let mut t = t.clone();
    // CPython skips the receiver itself (no resize for nothing new).
    for o in args.pos[1..].iter().filter(|o| !o.is(&args.pos[0])) {
        let b = table_of(vm, o)?;
        let aliases = vm.set_aliases(&t, &b)?;
        union_into(&mut t, &b, &aliases);
    }
    Ok(wrap(t, frozen))
}

fn set_intersection<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (mut t, frozen) = recv_table(&args, "intersection")?;
    no_kwargs(&args, "set.intersection")?;
    if args.pos.len() == 1 {
        t = t.clone();
    }
    for (i, o) in args.pos.iter().enumerate().skip(1) {
        // `s & s` is a copy of `s`.
        if i == 1 && o.is(&args.pos[0]) {
            t = t.clone();
            continue;
        }
        let b = table_of(vm, o)?;
        let aliases = vm.set_aliases(&t, &b)?;
        t = intersection(&t, &b, &aliases);
    }
    Ok(wrap(t, frozen))
}

fn set_difference<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (mut t, frozen) = recv_table(&args, "difference")?;
    no_kwargs(&args, "set.difference")?;
    t = match args.pos.get(1) {
        None => t.clone(),
        Some(first) => {
            let b = table_of(vm, first)?;
            let aliases = vm.set_aliases(&t, &b)?;
            difference(&t, &b, &aliases)
        }
    };
    for o in args.pos.iter().skip(2) {
        let b = table_of(vm, o)?;
        let aliases = vm.set_aliases(&t, &b)?;
        drop(subtract_in_place(&mut t, &b, &aliases));
    }
    Ok(wrap(t, frozen))
}

fn set_symmetric_difference<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (t, frozen) = recv_table(&args, "symmetric_difference")?;
    exactly_one(&args, "set.symmetric_difference")?;
    let b = table_of(vm, &args.pos[1])?;
    let aliases = vm.set_aliases(&t, &b)?;
    Ok(wrap(symmetric_difference(&t, &b, &aliases), frozen))
}

fn set_issubset<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (t, _) = recv_table(&args, "issubset")?;
    exactly_one(&args, "set.issubset")?;
    let b = table_of(vm, &args.pos[1])?;
    let aliases = vm.set_aliases(&t, &b)?;
    Ok(Value::Bool(t.iter_keys().all(|k| aliases.holds(&b, k))))
}

fn set_issuperset<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (t, _) = recv_table(&args, "issuperset")?;
    exactly_one(&args, "set.issuperset")?;
    let b = table_of(vm, &args.pos[1])?;
    let aliases = vm.set_aliases(&t, &b)?;
    Ok(Value::Bool(b.iter_keys().all(|k| aliases.holds(&t, k))))
}

fn set_isdisjoint<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (t, _) = recv_table(&args, "isdisjoint")?;
    exactly_one(&args, "set.isdisjoint")?;
    let b = table_of(vm, &args.pos[1])?;
    let aliases = vm.set_aliases(&t, &b)?;
    Ok(Value::Bool(!t.iter_keys().any(|k| aliases.holds(&b, k))))
}

fn set_add<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    recv_cell(&args, "add")?;
    exactly_one(&args, "set.add")?;
    vm.set_add(&args.pos[0], args.pos[1].clone())?;
    Ok(Value::None)
}

fn set_remove<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let cell = recv_cell(&args, "remove")?;
    exactly_one(&args, "set.remove")?;
    let key = vm.dict_key(cell, args.pos[1].clone())?;
    match cell.with(|d| d.remove(&key)) {
        Some(_) => Ok(Value::None),
        None => Err(PyErr::key_error(args.pos[1].clone())),
    }
}

fn set_discard<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let cell = recv_cell(&args, "discard")?;
    exactly_one(&args, "set.discard")?;
    let key = vm.dict_key(cell, args.pos[1].clone())?;
    cell.with(|d| d.remove(&key));
    Ok(Value::None)
}

fn set_pop<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let cell = recv_cell(&args, "pop")?;
    no_args(&args, "set.pop")?;
    match cell.with(|d| d.pop_first()) {
        Some((k, _)) => Ok(k.value),
        None => Err(PyErr::new(ExcType::KeyError, "pop from an empty set")),
    }
}

fn set_clear<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let cell = recv_cell(&args, "clear")?;
    no_args(&args, "set.clear")?;
    let old = cell.with(|d| d.clear_set());
    drop(old);
    Ok(Value::None)
}

fn set_update<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    recv_cell(&args, "update")?;
    no_kwargs(&args, "set.update")?;
    for o in args.pos[1..].iter().filter(|o| !o.is(&args.pos[0])) {
        vm.set_update(&args.pos[0], o)?;
    }
    Ok(Value::None)
}

fn set_intersection_update<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let cell = recv_cell(&args, "intersection_update")?;
    no_kwargs(&args, "set.intersection_update")?;
    for (i, o) in args.pos.iter().enumerate().skip(1) {
        let old = if i == 1 && o.is(&args.pos[0]) {
            cell.with(|d| d.swap_set_body(d.clone()))
        } else {
            let b = table_of(vm, o)?;
            let aliases = vm.set_aliases_in(cell, &b)?;
            cell.with(|d| d.swap_set_body(intersection(d, &b, &aliases)))
        };
        drop(old);
    }
    Ok(Value::None)
}

fn set_difference_update<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let cell = recv_cell(&args, "difference_update")?;
    no_kwargs(&args, "set.difference_update")?;
    for o in &args.pos[1..] {
        if o.is(&args.pos[0]) {
            drop(cell.with(|d| d.clear_set()));
            continue;
        }
        let b = table_of(vm, o)?;
        let aliases = vm.set_aliases_in(cell, &b)?;
        let removed = cell.with(|d| subtract_in_place(d, &b, &aliases));
        drop(removed);
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let cell = recv_cell(&args, "symmetric_difference_update")?;
    exactly_one(&args, "set.symmetric_difference_update")?;
    if args.pos[1].is(&args.pos[0]) {
        drop(cell.with(|d| d.clear_set()));
        return Ok(Value::None);
    }
    let b = table_of(vm, &args.pos[1])?;
    let aliases = vm.set_aliases_in(cell, &b)?;
    let removed = cell.with(|d| sym_diff_in_place(d, b.into_owned(), &aliases));
    drop(removed);
    Ok(Value::None)
}
