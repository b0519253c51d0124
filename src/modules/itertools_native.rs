//! `_itertools`: the native core under `lib/itertools.py`. The Python
//! classes check their arguments as CPython does and hand the pools to
//! these functions, which return iterators advanced without bytecode.

use super::builtins_util::{R, int_arg};
use crate::model::Model;
use crate::object::combinatorics::Combinatoric;
use crate::object::function::Args;
use crate::object::{BuiltinFn, IterState, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[
        ("product", product),
        ("permutations", permutations),
        ("combinations", combinations),
        ("combinations_with_replacement", combinations_with_replacement),
    ];
    super::registry::add_functions(vm, module, fns)
}

fn iterator<M: Model>(c: Combinatoric<M>) -> Value<M> {
    Vm::new_iter(IterState::Combinatoric(Box::new(c)))
}

/// `(pool, r)` with `r` a non-negative int (lib/itertools.py checks it).
fn pool_and_r<M: Model>(vm: &mut Vm<M>, args: &Args<'_, M>, name: &str) -> PyResult<(Vec<Value<M>>, usize), M> {
    args.expect(name, 2, 2)?;
    let pool = vm.collect(&args.pos[0])?;
    let r = int_arg(vm, &args.pos[1])?;
    let r = usize::try_from(r).map_err(|_| PyErr::value_error("r must be non-negative"))?;
    Ok((pool, r))
}

/// `product(pools)`: `pools` is a sequence of already repeated pools.
fn product<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("product", 1, 1)?;
    let mut pools = Vec::new();
    for pool in vm.collect(&args.pos[0])? {
        pools.push(vm.collect(&pool)?);
    }
    Ok(iterator(Combinatoric::product(pools)))
}

fn permutations<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (pool, r) = pool_and_r(vm, &args, "permutations")?;
    Ok(iterator(Combinatoric::permutations(pool, r)))
}

fn combinations<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (pool, r) = pool_and_r(vm, &args, "combinations")?;
    Ok(iterator(Combinatoric::combinations(pool, r)))
}

fn combinations_with_replacement<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (pool, r) = pool_and_r(vm, &args, "combinations_with_replacement")?;
    Ok(iterator(Combinatoric::with_replacement(pool, r)))
}
