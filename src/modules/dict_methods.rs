//! Methods of `dict`, and its live views (`dict_keys`, `dict_values`,
//! `dict_items`): instances of small built-in classes holding the dict,
//! so `len`, `in`, iteration and repr go through the ordinary dunders.

use std::sync::Arc;

use super::builtins_util::{R, add_methods, descriptor_error, expect_method, no_args};
use crate::ast::BinOp;
use crate::model::{Model, ObjCell};
use crate::object::class::{BuiltinType, Class, Instance};
use crate::object::dict::{Dict, Key, StrKey};
use crate::object::function::Args;
use crate::object::iter::DictView;
use crate::object::{BuiltinFn, ExcType, IterState, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};

const VIEW_SLOT: &str = "__minipy_mapping__";
/// [`VIEW_SLOT`] and the view classes' names on `dict`, hashed at compile
/// time: every `d.items()` and every iteration of a view looks them up.
const VIEW_SLOT_KEY: StrKey<'static> = StrKey::constant(VIEW_SLOT);
const VIEW_CLASS_KEYS: [StrKey<'static>; 3] =
    [StrKey::constant(VIEW_CLASSES[0].1), StrKey::constant(VIEW_CLASSES[1].1), StrKey::constant(VIEW_CLASSES[2].1)];
const VIEW_CLASSES: [(&str, &str); 3] =
    [("dict_keys", "__minipy_keys__"), ("dict_values", "__minipy_values__"), ("dict_items", "__minipy_items__")];

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let dict_cls = interp.types.get(BuiltinType::Dict);
    let methods: &[(&'static str, BuiltinFn<M>)] = &[
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("__ior__", dict_ior),
        ("copy", dict_copy),
        ("clear", dict_clear),
    ];
    add_methods(dict_cls, methods);
    let object = interp.types.get(BuiltinType::Object).clone();
    if let ObjKind::Class(dc) = &dict_cls.kind {
        dc.set_attr(
            "fromkeys",
            Value::obj(ObjKind::ClassMethod(crate::object::Builtin::function("fromkeys", dict_fromkeys))),
        );
        for (i, (name, slot)) in VIEW_CLASSES.iter().enumerate() {
            let cls = ObjRef::new(ObjKind::Class(Box::new(Class {
                name: name.to_string(),
                qualname: name.to_string(),
                module: "builtins".to_string(),
                bases: vec![object.clone()],
                mro: vec![object.clone()],
                dict: M::Cell::new(Dict::new()),
                builtin: BuiltinType::Object,
                exc: None,
                custom_getattribute: false,
                metaclass: None,
                slots: None,
                cache_id: crate::object::class_cache::new_class_id(),
                finalizer: Default::default(),
                traits: Default::default(),
                builtin_views: Default::default(),
                instantiation: Default::default(),
            })));
            cls.make_immortal();
            let mut methods: Vec<(&'static str, BuiltinFn<M>)> = vec![
                ("__len__", view_len),
                ("__iter__", view_iter),
                ("__reversed__", view_reversed),
                ("__contains__", view_contains),
                ("__repr__", view_repr),
            ];
            if i != 1 {
                methods.extend_from_slice(&[
                    ("__eq__", view_eq),
                    ("__lt__", view_lt),
                    ("__le__", view_le),
                    ("__gt__", view_gt),
                    ("__ge__", view_ge),
                    ("__and__", view_and),
                    ("__or__", view_or),
                    ("__sub__", view_sub),
                    ("__xor__", view_xor),
                    ("__rand__", view_and),
                    ("__ror__", view_ror),
                    ("__rsub__", view_rsub),
                    ("__rxor__", view_rxor),
                    ("isdisjoint", view_isdisjoint),
                ]);
            }
            add_methods(&cls, &methods);
            dc.set_attr(slot, Value::Obj(cls));
        }
    }
}

fn recv<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<&'a M::Cell<Dict<M>>, M> {
    match args.pos.first().and_then(|v| v.kind()) {
        Some(ObjKind::Dict(d)) => Ok(d),
        _ => Err(match args.pos.first() {
            Some(v) => descriptor_error(name, "dict", v),
            None => PyErr::type_error(format!("unbound method dict.{name}() needs an argument")),
        }),
    }
}

fn make_view<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, name: &str, which: usize) -> R<M> {
    recv(args, name)?;
    no_args(args, format_args!("dict.{name}"))?;
    let cls = match &vm.builtin_type(BuiltinType::Dict).kind {
        ObjKind::Class(c) => c.lookup_key(&VIEW_CLASS_KEYS[which]),
        _ => None,
    };
    let cls = match cls {
        Some(Value::Obj(c)) => c,
        _ => return Err(PyErr::new(ExcType::RuntimeError, "dict views are not installed")),
    };
    // The slot's name as the shared key object attributes use: a new
    // string for every view was a third allocation per `d.items()`.
    let mut d = Dict::with_capacity(1);
    let key = Key { hash: VIEW_SLOT_KEY.hash_value(), value: vm.attr_key(&VIEW_SLOT_KEY) };
    d.push_absent(key, args.pos[0].clone());
    Ok(Value::obj(ObjKind::Instance(Instance::new(cls, d))))
}

fn dict_keys<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    make_view(vm, &args, "keys", 0)
}

fn dict_values<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    make_view(vm, &args, "values", 1)
}

fn dict_items<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    make_view(vm, &args, "items", 2)
}

/// The dict behind a view, and which view it is.
fn view_of<M: Model>(v: &Value<M>) -> Option<(Value<M>, DictView)> {
    match v.kind() {
        Some(ObjKind::Instance(inst)) => {
            let view = match inst.class_name() {
                "dict_keys" => DictView::Keys,
                "dict_values" => DictView::Values,
                "dict_items" => DictView::Items,
                _ => return None,
            };
            inst.get_attr_key(&VIEW_SLOT_KEY).map(|d| (d, view))
        }
        _ => None,
    }
}

fn view_recv<M: Model>(args: &Args<'_, M>) -> PyResult<(Value<M>, DictView), M> {
    args.pos.first().and_then(view_of).ok_or_else(|| PyErr::type_error("descriptor requires a dict view"))
}

/// The entries a view shows, materialised.
fn view_values<M: Model>(d: &Value<M>, view: DictView) -> Vec<Value<M>> {
    match d.kind() {
        Some(ObjKind::Dict(c)) => c.with(|d| match view {
            DictView::Keys => d.keys(),
            DictView::Values => d.values(),
            DictView::Items => d.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(),
        }),
        _ => Vec::new(),
    }
}

fn view_len<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (d, _) = view_recv(&args)?;
    Ok(Value::Int(vm.len(&d)? as i64))
}

fn view_iter<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (d, view) = view_recv(&args)?;
    Ok(iterate_view(d, view))
}

/// `iter(v)` for a dict view `v` (None for anything else), as its
/// `__iter__` answers: `for k, v in d.items()` asks it straight from
/// `Vm::get_iter`, without looking the method up and calling it.
pub fn view_iterator<M: Model>(v: &Value<M>) -> Option<Value<M>> {
    let (d, view) = view_of(v)?;
    Some(iterate_view(d, view))
}

fn iterate_view<M: Model>(d: Value<M>, view: DictView) -> Value<M> {
    let len = match d.kind() {
        Some(ObjKind::Dict(c)) => c.with(|d| d.len()),
        _ => 0,
    };
    Vm::new_iter(IterState::Dict { dict: d, index: 0, len, left: len, view })
}

fn view_reversed<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (d, view) = view_recv(&args)?;
    let items = view_values(&d, view);
    let n = items.len();
    Ok(Vm::new_iter(IterState::Reversed { seq: Value::tuple(items), index: n }))
}

fn view_contains<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (d, view) = view_recv(&args)?;
    args.expect("__contains__", 2, 2)?;
    let x = &args.pos[1];
    match view {
        DictView::Keys => Ok(Value::Bool(vm.contains(&d, x)?)),
        DictView::Values => {
            let vals = view_values(&d, view);
            for v in &vals {
                if v.is(x) || vm.eq(v, x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        DictView::Items => {
            let (k, v) = match x.kind() {
                Some(ObjKind::Tuple(t)) if t.len() == 2 => (t[0].clone(), t[1].clone()),
                _ => return Ok(Value::Bool(false)),
            };
            let found = match d.kind() {
                Some(ObjKind::Dict(c)) => {
                    let key = vm.dict_key(c, k)?;
                    c.with(|d| d.get(&key).cloned())
                }
                _ => None,
            };
            match found {
                Some(cur) => Ok(Value::Bool(cur.is(&v) || vm.eq(&cur, &v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
    }
}

fn view_repr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (d, view) = view_recv(&args)?;
    let name = match view {
        DictView::Keys => "dict_keys",
        DictView::Values => "dict_values",
        DictView::Items => "dict_items",
    };
    let items = Value::list(view_values(&d, view));
    Ok(Value::str(format!("{name}({})", vm.repr(&items)?)))
}

/// A set of the view's entries (keys and items views are set-like).
fn view_set<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<Value<M>, M> {
    match view_of(v) {
        Some((d, view)) => vm.new_set(view_values(&d, view)),
        None => {
            let items = vm.collect(v)?;
            vm.new_set(items)
        }
    }
}

fn view_binop<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, op: BinOp) -> R<M> {
    args.expect("__op__", 2, 2)?;
    let a = view_set(vm, &args.pos[0])?;
    let b = view_set(vm, &args.pos[1])?;
    vm.set_operator(op, false, &a, &b)
}

/// `other OP view` (the view on the right): the set built from the left
/// operand comes first, so its keys win among equal ones, as CPython's.
fn view_rbinop<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, op: BinOp) -> R<M> {
    args.expect("__op__", 2, 2)?;
    let a = view_set(vm, &args.pos[1])?;
    let b = view_set(vm, &args.pos[0])?;
    vm.set_operator(op, false, &a, &b)
}

fn view_ror<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_rbinop(vm, &args, BinOp::BitOr)
}

fn view_rsub<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_rbinop(vm, &args, BinOp::Sub)
}

fn view_rxor<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_rbinop(vm, &args, BinOp::BitXor)
}

/// `view & other` and `other & view`: CPython's _PyDictView_Intersect,
/// whose choice of which operand to iterate decides which of two equal
/// keys (`1` and `1.0`) the result holds: the iterated one's.
fn view_and<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__and__", 2, 2)?;
    let (mut view, mut other) = (args.pos[0].clone(), args.pos[1].clone());
    if view_of(&view).is_none() {
        std::mem::swap(&mut view, &mut other);
    }
    let len_view = vm.len(&view)?;
    let other_is_set = matches!(&other, Value::Obj(o) if matches!(o.kind, ObjKind::Set(_)));
    // A set at least as large (set.intersection(view)) or a larger view:
    // the view is iterated; otherwise the other operand is.
    let iterate_view =
        (other_is_set && len_view <= vm.len(&other)?) || (view_of(&other).is_some() && vm.len(&other)? > len_view);
    let (iterated, members) = if iterate_view { (view.clone(), other.clone()) } else { (other.clone(), view.clone()) };
    let members = view_set(vm, &members)?;
    let mut kept = Vec::new();
    for item in vm.collect(&iterated)? {
        if vm.contains(&members, &item)? {
            kept.push(item);
        }
    }
    vm.new_set(kept)
}

fn view_or<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_binop(vm, &args, BinOp::BitOr)
}

fn view_sub<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_binop(vm, &args, BinOp::Sub)
}

fn view_xor<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_binop(vm, &args, BinOp::BitXor)
}

fn view_isdisjoint<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let r = view_binop(vm, &args, BinOp::BitAnd)?;
    Ok(Value::Bool(vm.len(&r)? == 0))
}

fn view_eq<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__eq__", 2, 2)?;
    let other = &args.pos[1];
    let comparable = view_of(other).is_some_and(|(_, v)| v != DictView::Values)
        || matches!(other.kind(), Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)));
    if !comparable {
        return Ok(super::object_methods::not_implemented(vm));
    }
    let a = view_set(vm, &args.pos[0])?;
    let b = view_set(vm, other)?;
    Ok(Value::Bool(vm.eq(&a, &b)?))
}

/// `view < other` and friends: subset/superset tests against a set or a
/// set-like view, NotImplemented otherwise (as CPython's dictview_richcompare).
fn view_order<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, op: crate::ast::CmpOp) -> R<M> {
    args.expect("__cmp__", 2, 2)?;
    let other = &args.pos[1];
    let comparable = view_of(other).is_some_and(|(_, v)| v != DictView::Values)
        || matches!(other.kind(), Some(ObjKind::Set(_) | ObjKind::FrozenSet(_)));
    if !comparable {
        return Ok(super::object_methods::not_implemented(vm));
    }
    let a = view_set(vm, &args.pos[0])?;
    let b = view_set(vm, other)?;
    vm.compare(op, &a, &b)
}

fn view_lt<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_order(vm, &args, crate::ast::CmpOp::Lt)
}

fn view_le<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_order(vm, &args, crate::ast::CmpOp::LtE)
}

fn view_gt<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_order(vm, &args, crate::ast::CmpOp::Gt)
}

fn view_ge<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    view_order(vm, &args, crate::ast::CmpOp::GtE)
}

fn dict_get<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let d = recv(&args, "get")?;
    expect_method(&args, "get", "dict.get", 1, 2)?;
    let key = vm.dict_key(d, args.pos[1].clone())?;
    Ok(d.with(|d| d.get(&key).cloned()).unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let d = recv(&args, "setdefault")?;
    expect_method(&args, "setdefault", "dict.setdefault", 1, 2)?;
    let key = vm.dict_key(d, args.pos[1].clone())?;
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    Ok(d.with(|d| match d.get(&key) {
        Some(v) => v.clone(),
        None => {
            d.insert(key, default.clone());
            default
        }
    }))
}

fn dict_pop<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let d = recv(&args, "pop")?;
    expect_method(&args, "pop", "dict.pop", 1, 2)?;
    let key = vm.dict_key(d, args.pos[1].clone())?;
    match d.with(|d| d.remove(&key)) {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::key_error(args.pos[1].clone())),
        },
    }
}

fn dict_popitem<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let d = recv(&args, "popitem")?;
    no_args(&args, "dict.popitem")?;
    match d.with(|d| d.pop_last()) {
        Some((k, v)) => Ok(Value::tuple(vec![k.value, v])),
        None => Err(PyErr::new(ExcType::KeyError, "popitem(): dictionary is empty")),
    }
}

/// `target.update(source)` where source is a mapping or an iterable of pairs.
pub fn update_from<M: Model>(vm: &mut Vm<M>, target: &Value<M>, source: &Value<M>) -> PyResult<(), M> {
    let is_mapping = match source.kind() {
        Some(ObjKind::Dict(_)) => true,
        Some(ObjKind::Instance(_)) => vm.getattr_opt(source, "keys")?.is_some(),
        _ => false,
    };
    if is_mapping {
        return vm.dict_update(target, source);
    }
    let cell = match target.kind() {
        Some(ObjKind::Dict(d)) => d,
        _ => return Err(PyErr::type_error("not a dict")),
    };
    let it = vm.get_iter(source)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = match item.kind() {
            Some(ObjKind::Tuple(t)) => t.to_vec(),
            Some(ObjKind::List(_) | ObjKind::Str(_) | ObjKind::Iter(_) | ObjKind::Instance(_) | ObjKind::Range(_)) => {
                vm.collect(&item)?
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )));
            }
        };
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (pair.next().expect("two"), pair.next().expect("two"));
        let key = vm.dict_key(cell, k)?;
        let old = cell.with(|d| d.insert(key, v));
        drop(old);
        i += 1;
    }
    Ok(())
}

/// Keyword arguments into a dict.
pub fn update_kwargs<M: Model>(target: &Value<M>, args: &Args<'_, M>) {
    if let Some(ObjKind::Dict(d)) = target.kind() {
        for (k, v) in args.kwnames.iter().zip(args.kwvals) {
            let key = Key::str(k.as_str().unwrap_or(""));
            let old = d.with(|d| d.insert(key, v.clone()));
            drop(old);
        }
    }
}

fn dict_update<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    recv(&args, "update")?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("update expected at most 1 argument, got {}", args.pos.len() - 1)));
    }
    if let Some(src) = args.pos.get(1) {
        update_from(vm, &args.pos[0], src)?;
    }
    update_kwargs(&args.pos[0], &args);
    Ok(Value::None)
}

/// `d |= other` called as a method: update in place (any mapping or
/// iterable of pairs, like update()) and return the dict itself.
fn dict_ior<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    recv(&args, "__ior__")?;
    args.expect("__ior__", 2, 2)?;
    update_from(vm, &args.pos[0], &args.pos[1])?;
    Ok(args.pos[0].clone())
}

fn dict_copy<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let d = recv(&args, "copy")?;
    no_args(&args, "dict.copy")?;
    Ok(Value::dict(d.with(|d| d.clone())))
}

fn dict_clear<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let d = recv(&args, "clear")?;
    no_args(&args, "dict.clear")?;
    let old = d.with(std::mem::take);
    drop(old);
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)` (a classmethod: `pos[0]` is the class).
fn dict_fromkeys<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("dict.fromkeys() takes no keyword arguments"));
    }
    let rest = &args.pos[1.min(args.pos.len())..];
    if rest.is_empty() || rest.len() > 2 {
        return Err(PyErr::type_error(if rest.is_empty() {
            "fromkeys expected at least 1 argument, got 0".to_string()
        } else {
            format!("fromkeys expected at most 2 arguments, got {}", rest.len())
        }));
    }
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let keys = vm.collect(&rest[0])?;
    let mut d = Dict::new();
    for k in keys {
        let key = vm.key(k)?;
        let key = vm.canonical_key(key, |k| d.eq_candidates(k))?;
        d.insert(key, value.clone());
    }
    Ok(Value::dict(d))
}
