//! `_deque`: the hot methods of `collections.deque` in Rust. The class is
//! written in Python (`lib/_collections.py`: the items are two lists,
//! `_front` reversed and `_back` in order, with `_maxlen` and a mutation
//! count `_state`), and `install` replaces `append`, `appendleft`, `pop`,
//! `popleft`, `__len__` and `__bool__` with these, which do the same steps
//! on the same fields. A breadth-first search calls `popleft`, `append` and
//! `__bool__` once per node: as Python methods each was a frame, here each
//! is one native call.

use super::builtins_util::{R, add_methods, descriptor_error, exactly_one, increment_int_attr, no_args};
use crate::model::{Model, ObjCell};
use crate::object::class::Instance;
use crate::object::dict::StrKey;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::vm::Vm;

// The fields, with the places `__init__` gives them in the table.
const FRONT: StrKey<'static> = StrKey::constant("_front");
const BACK: StrKey<'static> = StrKey::constant("_back");
const MAXLEN: StrKey<'static> = StrKey::constant("_maxlen");
const STATE: StrKey<'static> = StrKey::constant("_state");

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("install", install)];
    super::registry::add_functions(vm, module, fns)
}

/// `_deque.install(deque)`: give the class its native methods.
fn install<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let Some(Value::Obj(cls)) = args.pos.first() else {
        return Err(PyErr::type_error("_deque.install() needs the deque class"));
    };
    let methods: &[(&'static str, BuiltinFn<M>)] = &[
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("__len__", len),
        ("__bool__", bool_),
    ];
    add_methods(cls, methods);
    Ok(Value::None)
}

/// Which end of the deque an operation works on.
#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
}

impl Side {
    fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// A deque's fields, read in one pass over its attribute table. `__init__`
/// stores them first, in this order, so each is found at its hint.
struct Fields<'a, M: Model> {
    inst: &'a Instance<M>,
    front: ObjRef<M>,
    back: ObjRef<M>,
    /// `__init__` checked that it is an int (a bool is one); None when
    /// unbounded (a maximum past an i64 is never reached either).
    maxlen: Option<i64>,
}

impl<'a, M: Model> Fields<'a, M> {
    fn list(&self, side: Side) -> &ObjRef<M> {
        match side {
            Side::Left => &self.front,
            Side::Right => &self.back,
        }
    }

    fn len(&self) -> usize {
        list_len(&self.front) + list_len(&self.back)
    }

    /// `self._state += 1`: every mutation, so that iterators notice.
    fn bump_state(&self) {
        increment_int_attr(self.inst, &STATE, 3);
    }
}

/// The receiver: a deque instance whose two lists are in place.
fn receiver<'a, M: Model>(args: &'a Args<'_, M>, name: &str) -> PyResult<Fields<'a, M>, M> {
    let v = args
        .pos
        .first()
        .ok_or_else(|| PyErr::type_error(format!("unbound method deque.{name}() needs an argument")))?;
    let fields = match v.kind() {
        Some(ObjKind::Instance(inst)) => inst.with_dict(|d| {
            let list = |key: &StrKey, mut hint: usize| match d.get_hinted(key, &mut hint) {
                Some(Value::Obj(o)) if matches!(o.kind, ObjKind::List(_)) => Some(o.clone()),
                _ => None,
            };
            let maxlen = match d.get_hinted(&MAXLEN, &mut 2) {
                Some(Value::Int(n)) => Some(*n),
                Some(Value::Bool(b)) => Some(*b as i64),
                _ => None,
            };
            Some(Fields { inst, front: list(&FRONT, 0)?, back: list(&BACK, 1)?, maxlen })
        }),
        _ => None,
    };
    fields.ok_or_else(|| {
        // CPython words it one way for slot wrappers, another for methods.
        if name.starts_with("__") {
            PyErr::type_error(format!(
                "descriptor '{name}' requires a 'collections.deque' object but received a '{}'",
                v.type_name()
            ))
        } else {
            descriptor_error(name, "collections.deque", v)
        }
    })
}

fn list_len<M: Model>(list: &ObjRef<M>) -> usize {
    match &list.kind {
        ObjKind::List(cell) => cell.with(|l| l.len()),
        _ => 0,
    }
}

/// Remove and return the item at `side`'s end. When that end's list is
/// empty, half of the other list (rounded up) moves over, reversed, as
/// the Python `_take_left`/`_take_right` do, but within the two lists the
/// deque has: a queue (append at one end, pop at the other) rebalances
/// every few items when short, and two new lists each time cost more than
/// the rest of the call. The lists are locked one after the other, never
/// one inside the other, so that a `pop` and a `popleft` in two threads
/// cannot wait on each other.
fn take<M: Model>(deque: &Fields<'_, M>, side: Side) -> PyResult<Value<M>, M> {
    let (ObjKind::List(own), ObjKind::List(other)) = (&deque.list(side).kind, &deque.list(side.other()).kind) else {
        return Err(PyErr::index_error("pop from an empty deque"));
    };
    if let Some(v) = own.with(|l| l.pop()) {
        return Ok(v);
    }
    let mut moved: Vec<Value<M>> = other.with(|l| {
        let half = l.len().div_ceil(2);
        l.drain(..half).rev().collect()
    });
    let Some(v) = moved.pop() else { return Err(PyErr::index_error("pop from an empty deque")) };
    own.with(|l| l.extend(moved));
    Ok(v)
}

/// `append` and `appendleft`: with a maximum length, a full deque first
/// drops an item from the other end (none at all for `maxlen=0`).
fn add<M: Model>(args: &Args<'_, M>, side: Side, name: &str, qual: &str) -> R<M> {
    let deque = receiver(args, name)?;
    exactly_one(args, qual)?;
    deque.bump_state();
    let target = deque.list(side);
    if let Some(maxlen) = deque.maxlen {
        if maxlen == 0 {
            return Ok(Value::None);
        }
        if deque.len() as i64 >= maxlen {
            drop(take(&deque, side.other())?);
        }
    }
    if let ObjKind::List(cell) = &target.kind {
        cell.with(|l| l.push(args.pos[1].clone()));
    }
    Ok(Value::None)
}

fn append<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    add(&args, Side::Right, "append", "deque.append")
}

fn appendleft<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    add(&args, Side::Left, "appendleft", "deque.appendleft")
}

fn remove_end<M: Model>(args: &Args<'_, M>, side: Side, name: &str, qual: &str) -> R<M> {
    let deque = receiver(args, name)?;
    no_args(args, qual)?;
    let v = take(&deque, side)?;
    deque.bump_state();
    Ok(v)
}

fn pop<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    remove_end(&args, Side::Right, "pop", "deque.pop")
}

fn popleft<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    remove_end(&args, Side::Left, "popleft", "deque.popleft")
}

fn len<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let deque = receiver(&args, "__len__")?;
    no_args(&args, "deque.__len__")?;
    Ok(Value::Int(deque.len() as i64))
}

fn bool_<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let deque = receiver(&args, "__bool__")?;
    no_args(&args, "deque.__bool__")?;
    Ok(Value::Bool(deque.len() > 0))
}
