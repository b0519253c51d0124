//! Methods of async generators and of the awaitables their `__anext__`,
//! `asend`, `athrow` and `aclose` return (the machinery is in
//! src/vm/async_gen.rs).

use std::sync::Arc;

use super::builtins_util::{R, add_methods, stop_with};
use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::iter::AsyncGenAction;
use crate::object::{BuiltinFn, PyErr, Value};
use crate::vm::async_gen::{is_async_gen, is_async_gen_step};
use crate::vm::iterate::GenStep;
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let agen: &[(&'static str, BuiltinFn<M>)] = &[
        ("__aiter__", agen_aiter),
        ("__anext__", agen_anext),
        ("asend", agen_asend),
        ("athrow", agen_athrow),
        ("aclose", agen_aclose),
    ];
    add_methods(interp.types.get(BuiltinType::AsyncGenerator), agen);
    let step: &[(&'static str, BuiltinFn<M>)] = &[
        ("send", step_send),
        ("throw", step_throw),
        ("close", step_close),
        ("__next__", step_next),
        ("__iter__", step_self),
        ("__await__", step_self),
    ];
    add_methods(interp.types.get(BuiltinType::AsyncGenASend), step);
    add_methods(interp.types.get(BuiltinType::AsyncGenAThrow), step);
}

/// The async generator a method was called on.
fn agen<'a, M: Model>(args: &Args<'a, M>, name: &str, min: usize, max: usize) -> Result<&'a Value<M>, PyErr<M>> {
    match args.pos.first() {
        Some(g) if is_async_gen(g) => {
            args.expect(name, min, max)?;
            Ok(g)
        }
        _ => Err(PyErr::type_error(format!("descriptor '{name}' requires a 'async_generator' object"))),
    }
}

fn step_of<'a, M: Model>(args: &Args<'a, M>, name: &str, min: usize, max: usize) -> Result<&'a Value<M>, PyErr<M>> {
    match args.pos.first() {
        Some(s) if is_async_gen_step(s) => {
            args.expect(name, min, max)?;
            Ok(s)
        }
        _ => Err(PyErr::type_error(format!("descriptor '{name}' requires an async generator awaitable"))),
    }
}

fn agen_aiter<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(agen(&args, "__aiter__", 1, 1)?.clone())
}

fn agen_anext<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let g = agen(&args, "__anext__", 1, 1)?;
    Ok(Vm::async_gen_awaitable(g, AsyncGenAction::Send, Value::None))
}

fn agen_asend<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let g = agen(&args, "asend", 2, 2)?;
    Ok(Vm::async_gen_awaitable(g, AsyncGenAction::Send, args.pos[1].clone()))
}

/// `athrow(typ[, val[, tb]])`: the exception is made now, thrown in when
/// the awaitable first runs.
fn agen_athrow<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let g = agen(&args, "athrow", 2, 4)?.clone();
    let exc = match args.pos.get(2) {
        Some(val) if !val.is_none() => {
            let base = vm.exc_class(crate::object::ExcType::BaseException).clone();
            if vm.isinstance(val, &base) { val.clone() } else { vm.call(&args.pos[1], std::slice::from_ref(val), &[])? }
        }
        _ => args.pos[1].clone(),
    };
    let err = vm.raise(Some(exc), None);
    let exc = vm.materialize(err);
    Ok(Vm::async_gen_awaitable(&g, AsyncGenAction::Throw, exc))
}

fn agen_aclose<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let g = agen(&args, "aclose", 1, 1)?;
    Ok(Vm::async_gen_awaitable(g, AsyncGenAction::Close, Value::None))
}

fn finish<M: Model>(r: GenStep<M>) -> R<M> {
    match r {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_with(v)),
    }
}

fn step_send<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = step_of(&args, "send", 2, 2)?.clone();
    finish(vm.generator_step(&s, args.pos[1].clone(), None)?)
}

fn step_next<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = step_of(&args, "__next__", 1, 1)?.clone();
    finish(vm.generator_step(&s, Value::None, None)?)
}

fn step_throw<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = step_of(&args, "throw", 2, 4)?.clone();
    let err = vm.raise(Some(args.pos[1].clone()), None);
    finish(vm.generator_step(&s, Value::None, Some(err))?)
}

fn step_close<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = step_of(&args, "close", 1, 1)?;
    vm.async_gen_step_close(s);
    Ok(Value::None)
}

fn step_self<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    Ok(step_of(&args, "__await__", 1, 1)?.clone())
}
