//! The dunder methods of the built-in types as attributes (`(5).__add__`,
//! `hasattr([], "__iter__")`, `int.__lt__(1, 2)`), for duck-typing checks,
//! `Protocol`s and explicit calls. The VM itself never calls these: it
//! does the operations natively, so they cost nothing on the hot path.
//! As in CPython, `int.__add__(1, 2.0)` is NotImplemented (int knows only
//! ints), while float's methods accept ints.

use std::sync::Arc;

use super::builtins_util::{R, add_methods};
use super::object_methods::not_implemented;
use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, Value};
use crate::vm::{Interp, Vm};

/// Which operands a type's own operator methods accept.
#[derive(Clone, Copy, PartialEq)]
enum Family {
    Int,
    Float,
    Complex,
    Other,
}

fn family<M: Model>(v: &Value<M>) -> Family {
    match v {
        Value::Int(_) | Value::Bool(_) => Family::Int,
        Value::Float(_) => Family::Float,
        _ => match v.kind() {
            Some(ObjKind::BigInt(_)) => Family::Int,
            Some(ObjKind::Complex(_)) => Family::Complex,
            _ => Family::Other,
        },
    }
}

/// Whether `self`'s type implements an operator with `other`.
fn accepts<M: Model>(me: &Value<M>, other: &Value<M>) -> bool {
    match (family(me), family(other)) {
        (Family::Int, f) => f == Family::Int,
        (Family::Float, f) => matches!(f, Family::Int | Family::Float),
        (Family::Complex, f) => f != Family::Other,
        (Family::Other, _) => true,
    }
}

/// `(self, other)` of a binary method; `name` is the method, for the error.
fn two<M: Model>(name: &str, args: &Args<'_, M>) -> Result<(Value<M>, Value<M>), PyErr<M>> {
    if args.pos.len() != 2 || !args.kwnames.is_empty() {
        let given = args.pos.len().saturating_sub(1);
        return Err(PyErr::type_error(format!("{name} expected 1 argument, got {given}")));
    }
    Ok((args.pos[0].clone(), args.pos[1].clone()))
}

/// What a built-in type's own method sees of an operand: the built-in
/// value inside an instance of a subclass. `int.__lt__(self, other)` in a
/// subclass's `__lt__` compares the ints; it must not dispatch to the
/// subclass's methods again (which answered the reflected `__gt__` with
/// that same `__lt__`, or recursed).
fn own_value<M: Model>(v: Value<M>) -> Value<M> {
    if let Some(ObjKind::Instance(inst)) = v.kind()
        && let Some(payload) = &inst.payload
    {
        return payload.clone();
    }
    v
}

/// An instance of a class written in Python with no built-in value: no
/// built-in type's operator method knows it.
fn is_foreign<M: Model>(v: &Value<M>) -> bool {
    matches!(v.kind(), Some(ObjKind::Instance(_)))
}

fn binary<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>, op: BinOp, reflected: bool) -> R<M> {
    let (me, other) = two("the operator method", &args)?;
    let (me, other) = (own_value(me), own_value(other));
    if !accepts(&me, &other) || is_foreign(&me) || is_foreign(&other) {
        return Ok(not_implemented(vm));
    }
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    match vm.binary_op(op, false, a, b) {
        Ok(v) => Ok(v),
        Err(e) if e.lazy_type() == Some(ExcType::TypeError) => Ok(not_implemented(vm)),
        Err(e) => Err(e),
    }
}

/// `__divmod__`/`__rdivmod__` of int and float: `divmod()` of the pair,
/// NotImplemented for an operand of another family.
fn divmod<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>, reflected: bool) -> R<M> {
    let (me, other) = two("the operator method", &args)?;
    if !accepts(&me, &other) || family(&other) == Family::Complex {
        return Ok(not_implemented(vm));
    }
    let pair = if reflected { [other, me] } else { [me, other] };
    super::builtins_fns::builtin_divmod(vm, Args::positional(&pair))
}

fn op_divmod<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    divmod(vm, args, false)
}

fn op_rdivmod<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    divmod(vm, args, true)
}

fn compare<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>, op: CmpOp) -> R<M> {
    let (me, other) = two("the comparison method", &args)?;
    let (me, other) = (own_value(me), own_value(other));
    if !accepts(&me, &other) || is_foreign(&me) || is_foreign(&other) {
        return Ok(not_implemented(vm));
    }
    match vm.compare(op, &me, &other) {
        Ok(v) => Ok(v),
        Err(e) if e.lazy_type() == Some(ExcType::TypeError) => Ok(not_implemented(vm)),
        Err(e) => Err(e),
    }
}

fn one<M: Model>(args: &Args<'_, M>) -> Result<Value<M>, PyErr<M>> {
    match args.pos {
        [me] if args.kwnames.is_empty() => Ok(me.clone()),
        _ => Err(PyErr::type_error(format!("expected 0 arguments, got {}", args.pos.len().saturating_sub(1)))),
    }
}

macro_rules! binary_methods {
    ($($name:ident, $rname:ident, $op:expr;)*) => {
        $(
            fn $name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> { binary(vm, args, $op, false) }
            fn $rname<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> { binary(vm, args, $op, true) }
        )*
    };
}

binary_methods! {
    op_add, op_radd, BinOp::Add;
    op_sub, op_rsub, BinOp::Sub;
    op_mul, op_rmul, BinOp::Mul;
    op_truediv, op_rtruediv, BinOp::Div;
    op_floordiv, op_rfloordiv, BinOp::FloorDiv;
    op_mod, op_rmod, BinOp::Mod;
    op_pow, op_rpow, BinOp::Pow;
    op_lshift, op_rlshift, BinOp::LShift;
    op_rshift, op_rrshift, BinOp::RShift;
    op_and, op_rand, BinOp::BitAnd;
    op_or, op_ror, BinOp::BitOr;
    op_xor, op_rxor, BinOp::BitXor;
}

macro_rules! compare_methods {
    ($($name:ident, $op:expr;)*) => {
        $( fn $name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> { compare(vm, args, $op) } )*
    };
}

compare_methods! {
    op_lt, CmpOp::Lt;
    op_le, CmpOp::LtE;
    op_gt, CmpOp::Gt;
    op_ge, CmpOp::GtE;
}

macro_rules! unary_methods {
    ($($name:ident, $op:expr;)*) => {
        $( fn $name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> { vm.unary_op($op, one(&args)?) } )*
    };
}

unary_methods! {
    op_neg, UnaryOp::Neg;
    op_pos, UnaryOp::Pos;
    op_invert, UnaryOp::Invert;
}

/// Calls the builtin `name` on `self`: `x.__abs__()` is `abs(x)`.
fn via_builtin<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>, name: &str) -> R<M> {
    let me = one(&args)?;
    let f = crate::vm::eval::dict_get_str(&vm.interp.builtins, name)
        .ok_or_else(|| PyErr::new(ExcType::SystemError, format!("builtin {name} missing")))?;
    vm.call(&f, &[me], &[])
}

macro_rules! builtin_methods {
    ($($name:ident, $builtin:literal;)*) => {
        $( fn $name<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> { via_builtin(vm, args, $builtin) } )*
    };
}

builtin_methods! {
    op_abs, "abs";
    op_int, "int";
    op_float, "float";
    op_iter, "iter";
    op_reversed, "reversed";
    op_hash, "hash";
}

fn op_bool<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let me = one(&args)?;
    vm.truthy(&me).map(Value::Bool)
}

fn op_index<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let me = one(&args)?;
    match crate::vm::convert::index_value(vm, &me)? {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", me.type_name()))),
    }
}

fn op_format<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "__format__() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    vm.format_value(args.pos[0].clone(), 0, Some(args.pos[1].clone()))
}

fn op_iadd<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (me, other) = two("__iadd__", &args)?;
    vm.binary_op(BinOp::Add, true, me, other)
}

fn op_imul<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (me, other) = two("__imul__", &args)?;
    vm.binary_op(BinOp::Mul, true, me, other)
}

fn op_delitem<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (me, key) = two("__delitem__", &args)?;
    vm.delitem(&me, key)?;
    Ok(Value::None)
}

type Methods<M> = Vec<(&'static str, BuiltinFn<M>)>;

fn arithmetic<M: Model>() -> Methods<M> {
    vec![
        ("__add__", op_add),
        ("__radd__", op_radd),
        ("__sub__", op_sub),
        ("__rsub__", op_rsub),
        ("__mul__", op_mul),
        ("__rmul__", op_rmul),
        ("__truediv__", op_truediv),
        ("__rtruediv__", op_rtruediv),
        ("__floordiv__", op_floordiv),
        ("__rfloordiv__", op_rfloordiv),
        ("__mod__", op_mod),
        ("__rmod__", op_rmod),
        ("__divmod__", op_divmod),
        ("__rdivmod__", op_rdivmod),
        ("__pow__", op_pow),
        ("__rpow__", op_rpow),
        ("__neg__", op_neg),
        ("__pos__", op_pos),
        ("__abs__", op_abs),
        ("__bool__", op_bool),
        ("__int__", op_int),
        ("__float__", op_float),
    ]
}

fn ordering<M: Model>() -> Methods<M> {
    vec![("__lt__", op_lt), ("__le__", op_le), ("__gt__", op_gt), ("__ge__", op_ge)]
}

fn bitwise<M: Model>() -> Methods<M> {
    vec![
        ("__lshift__", op_lshift),
        ("__rlshift__", op_rlshift),
        ("__rshift__", op_rshift),
        ("__rrshift__", op_rrshift),
        ("__and__", op_and),
        ("__rand__", op_rand),
        ("__or__", op_or),
        ("__ror__", op_ror),
        ("__xor__", op_xor),
        ("__rxor__", op_rxor),
    ]
}

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    use BuiltinType::*;
    let common: Methods<M> = vec![("__format__", op_format)];
    let hashable: Methods<M> = vec![("__hash__", op_hash)];
    let iterable: Methods<M> = vec![("__iter__", op_iter)];
    let sequence_ops: Methods<M> = vec![("__add__", op_add), ("__mul__", op_mul), ("__rmul__", op_rmul)];

    let mut int = [arithmetic(), ordering(), bitwise(), common.clone(), hashable.clone()].concat();
    int.extend([("__index__", op_index as BuiltinFn<M>), ("__invert__", op_invert)]);
    let float = [arithmetic(), ordering(), common.clone(), hashable.clone()].concat();
    // complex has no //, %, divmod(), int() or float() (CPython 3.10
    // removed them).
    let no_complex =
        ["__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__int__", "__float__", "__divmod__", "__rdivmod__"];
    let mut complex: Methods<M> = arithmetic().into_iter().filter(|(n, _)| !no_complex.contains(n)).collect();
    complex.extend([common.clone(), hashable.clone()].concat());
    let text = [ordering(), common.clone(), hashable.clone(), iterable.clone(), sequence_ops.clone()].concat();
    let tuple = text.clone();
    let mut list = [ordering(), common.clone(), iterable.clone(), sequence_ops.clone()].concat();
    list.extend([
        ("__iadd__", op_iadd as BuiltinFn<M>),
        ("__imul__", op_imul),
        ("__delitem__", op_delitem),
        ("__reversed__", op_reversed),
    ]);
    let mut bytearray = [ordering(), common.clone(), iterable.clone(), sequence_ops.clone()].concat();
    bytearray.extend([("__iadd__", op_iadd as BuiltinFn<M>), ("__imul__", op_imul), ("__delitem__", op_delitem)]);
    let mut memoryview = [ordering(), common.clone(), iterable.clone(), hashable.clone()].concat();
    memoryview.push(("__delitem__", op_delitem as BuiltinFn<M>));
    let mut dict = [ordering(), common.clone(), iterable.clone()].concat();
    dict.extend([
        ("__delitem__", op_delitem as BuiltinFn<M>),
        ("__reversed__", op_reversed),
        ("__or__", op_or),
        ("__ror__", op_ror),
    ]);
    let set_ops: Methods<M> = vec![
        ("__and__", op_and),
        ("__rand__", op_rand),
        ("__or__", op_or),
        ("__ror__", op_ror),
        ("__xor__", op_xor),
        ("__rxor__", op_rxor),
        ("__sub__", op_sub),
        ("__rsub__", op_rsub),
    ];
    let set = [ordering(), common.clone(), iterable.clone(), set_ops.clone()].concat();
    let frozenset = [ordering(), common.clone(), iterable.clone(), set_ops, hashable.clone()].concat();
    let mut range = [ordering(), common.clone(), iterable, hashable.clone()].concat();
    range.extend([("__reversed__", op_reversed as BuiltinFn<M>), ("__bool__", op_bool)]);
    let none = [ordering(), common, hashable, vec![("__bool__", op_bool as BuiltinFn<M>)]].concat();
    for (t, methods) in [
        (Int, &int),
        (Float, &float),
        (Complex, &complex),
        (Str, &text),
        (Bytes, &text),
        (Tuple, &tuple),
        (List, &list),
        (ByteArray, &bytearray),
        (MemoryView, &memoryview),
        (Dict, &dict),
        (Set, &set),
        (FrozenSet, &frozenset),
        (Range, &range),
        (NoneType, &none),
    ] {
        add_methods(interp.types.get(t), methods);
    }
    // Mutable containers are unhashable: their `__hash__` is None.
    for t in [List, Dict, Set, ByteArray] {
        if let ObjKind::Class(c) = &interp.types.get(t).kind {
            c.set_attr("__hash__", Value::None);
        }
    }
}
