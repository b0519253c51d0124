//! `_operator`: the operators as native functions, as CPython's C module
//! (`lib/operator.py` re-exports them). `sorted(key=...)`, `reduce` and
//! `map` call these once per item, where a bytecode frame each cost ~10x
//! CPython's time.

use super::builtins_util::R;
use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyErr, PyResult, Value};
use crate::vm::Vm;

/// CPython's checks for a fixed-arity `_operator` function: keywords are
/// refused naming the module, a wrong count does not.
fn arity<M: Model>(args: &Args<'_, M>, name: &'static str, n: usize) -> PyResult<(), M> {
    let name = python_name(name);
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if n == 1 { args.expect(&format!("_operator.{name}"), 1, 1) } else { args.expect(name, n, n) }
}

/// One function per operator, and the table of them.
macro_rules! operators {
    ($(
        $name:ident($($arg:ident),+) => |$vm:ident| $body:expr;
    )*) => {
        $(
            fn $name<M: Model>($vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
                const ARITY: usize = [$(stringify!($arg)),+].len();
                arity(&args, stringify!($name), ARITY)?;
                let mut given = args.pos.iter().cloned();
                $(let $arg = given.next().expect("arity checked");)+
                $body
            }
        )*

        fn table<M: Model>() -> Vec<(&'static str, BuiltinFn<M>)> {
            vec![$((stringify!($name), $name::<M> as BuiltinFn<M>)),*]
        }
    };
}

operators! {
    add(a, b) => |vm| vm.binary_op(BinOp::Add, false, a, b);
    sub(a, b) => |vm| vm.binary_op(BinOp::Sub, false, a, b);
    mul(a, b) => |vm| vm.binary_op(BinOp::Mul, false, a, b);
    matmul(a, b) => |vm| vm.binary_op(BinOp::MatMul, false, a, b);
    truediv(a, b) => |vm| vm.binary_op(BinOp::Div, false, a, b);
    floordiv(a, b) => |vm| vm.binary_op(BinOp::FloorDiv, false, a, b);
    mod_(a, b) => |vm| vm.binary_op(BinOp::Mod, false, a, b);
    pow(a, b) => |vm| vm.binary_op(BinOp::Pow, false, a, b);
    lshift(a, b) => |vm| vm.binary_op(BinOp::LShift, false, a, b);
    rshift(a, b) => |vm| vm.binary_op(BinOp::RShift, false, a, b);
    or_(a, b) => |vm| vm.binary_op(BinOp::BitOr, false, a, b);
    xor(a, b) => |vm| vm.binary_op(BinOp::BitXor, false, a, b);
    and_(a, b) => |vm| vm.binary_op(BinOp::BitAnd, false, a, b);
    iadd(a, b) => |vm| vm.binary_op(BinOp::Add, true, a, b);
    isub(a, b) => |vm| vm.binary_op(BinOp::Sub, true, a, b);
    imul(a, b) => |vm| vm.binary_op(BinOp::Mul, true, a, b);
    imatmul(a, b) => |vm| vm.binary_op(BinOp::MatMul, true, a, b);
    itruediv(a, b) => |vm| vm.binary_op(BinOp::Div, true, a, b);
    ifloordiv(a, b) => |vm| vm.binary_op(BinOp::FloorDiv, true, a, b);
    imod(a, b) => |vm| vm.binary_op(BinOp::Mod, true, a, b);
    ipow(a, b) => |vm| vm.binary_op(BinOp::Pow, true, a, b);
    ilshift(a, b) => |vm| vm.binary_op(BinOp::LShift, true, a, b);
    irshift(a, b) => |vm| vm.binary_op(BinOp::RShift, true, a, b);
    ior(a, b) => |vm| vm.binary_op(BinOp::BitOr, true, a, b);
    ixor(a, b) => |vm| vm.binary_op(BinOp::BitXor, true, a, b);
    iand(a, b) => |vm| vm.binary_op(BinOp::BitAnd, true, a, b);
    lt(a, b) => |vm| vm.compare(CmpOp::Lt, &a, &b);
    le(a, b) => |vm| vm.compare(CmpOp::LtE, &a, &b);
    eq(a, b) => |vm| vm.compare(CmpOp::Eq, &a, &b);
    ne(a, b) => |vm| vm.compare(CmpOp::NotEq, &a, &b);
    gt(a, b) => |vm| vm.compare(CmpOp::Gt, &a, &b);
    ge(a, b) => |vm| vm.compare(CmpOp::GtE, &a, &b);
    is_(a, b) => |_vm| Ok(Value::Bool(a.is(&b)));
    is_not(a, b) => |_vm| Ok(Value::Bool(!a.is(&b)));
    neg(a) => |vm| vm.unary_op(UnaryOp::Neg, a);
    pos(a) => |vm| vm.unary_op(UnaryOp::Pos, a);
    inv(a) => |vm| vm.unary_op(UnaryOp::Invert, a);
    invert(a) => |vm| vm.unary_op(UnaryOp::Invert, a);
    not_(a) => |vm| Ok(Value::Bool(!vm.truthy(&a)?));
    truth(a) => |vm| Ok(Value::Bool(vm.truthy(&a)?));
    getitem(a, b) => |vm| vm.getitem(&a, &b);
    setitem(a, b, c) => |vm| vm.setitem(&a, b, c).map(|()| Value::None);
    delitem(a, b) => |vm| vm.delitem(&a, b).map(|()| Value::None);
    contains(a, b) => |vm| Ok(Value::Bool(vm.contains(&a, &b)?));
}

/// `mod` is a Rust keyword, so its function is `mod_` here.
fn python_name(rust_name: &'static str) -> &'static str {
    if rust_name == "mod_" { "mod" } else { rust_name }
}

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: Vec<_> = table::<M>().into_iter().map(|(name, f)| (python_name(name), f)).collect();
    super::registry::add_functions(vm, module, &fns)
}
