//! `_itertools`: the native core under `lib/itertools.py`. The Python
//! classes check their arguments as CPython does and hand the pools to
//! these functions, which return iterators advanced without bytecode.

use super::builtins_util::{R, index_value, int_arg};
use crate::model::{Model, ObjCell};
use crate::object::combinatorics::Combinatoric;
use crate::object::function::Args;
use crate::object::{BuiltinFn, IterState, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[
        ("product", product),
        ("permutations", permutations),
        ("combinations", combinations),
        ("combinations_with_replacement", combinations_with_replacement),
    ];
    super::registry::add_functions(vm, module, fns)?;
    // The native iterator classes, re-exported by lib/itertools.py.
    use crate::object::class::BuiltinType;
    for t in [BuiltinType::Count, BuiltinType::Chain, BuiltinType::ISlice] {
        let cls = vm.builtin_type(t).clone();
        vm.setattr(module, t.name(), Value::Obj(cls))?;
    }
    Ok(())
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

/// `itertools.count(start=0, step=1)`.
pub fn count<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    super::builtins_util::check_kw_invalid(&args, "count", &["start", "step"])?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("count() takes at most 2 arguments ({} given)", args.len())));
    }
    let start = args.pos.first().or(args.kw("start")).cloned().unwrap_or(Value::Int(0));
    let step = args.pos.get(1).or(args.kw("step")).cloned().unwrap_or(Value::Int(1));
    for v in [&start, &step] {
        if !is_number(v) {
            return Err(PyErr::type_error("a number is required"));
        }
    }
    Ok(Vm::new_iter(IterState::Count { next: start, step }))
}

/// CPython's `PyNumber_Check`: the built-in numbers, or a class that
/// converts to one.
fn is_number<M: Model>(v: &Value<M>) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => match &o.kind {
            ObjKind::BigInt(_) | ObjKind::Complex(..) => true,
            ObjKind::Instance(inst) => {
                ["__index__", "__int__", "__float__", "__complex__"].iter().any(|m| inst.class().lookup(m).is_some())
            }
            _ => false,
        },
        _ => false,
    }
}

/// `itertools.chain(*iterables)`.
pub fn chain<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("chain() takes no keyword arguments"));
    }
    let sources = Vm::new_iter(IterState::Seq { seq: Value::tuple(args.pos.to_vec()), index: 0 });
    Ok(Vm::new_iter(IterState::Chain { sources: Some(sources), current: None }))
}

/// `chain.from_iterable(iterable)` (a classmethod: `pos[0]` is the class).
pub fn chain_from_iterable<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let Some((cls, rest)) = args.pos.split_first() else {
        return Err(PyErr::type_error("from_iterable() needs the class"));
    };
    let rest = Args { pos: rest, kwnames: args.kwnames, kwvals: args.kwvals };
    rest.expect("from_iterable", 1, 1)?;
    let sources = vm.get_iter(&rest.pos[0])?;
    let made = Vm::new_iter(IterState::Chain { sources: Some(sources), current: None });
    // A subclass gets an instance of itself around the native iterator.
    let chain_class = vm.builtin_type(crate::object::class::BuiltinType::Chain).clone();
    match cls {
        Value::Obj(c) if crate::object::ObjRef::ptr_eq(c, &chain_class) => Ok(made),
        _ => {
            let inst = vm.call(cls, &[], &[])?;
            if let Some(ObjKind::Instance(i)) = inst.kind()
                && let Some(ObjKind::Iter(cell)) = i.payload.as_ref().and_then(|p| p.kind())
                && let Some(ObjKind::Iter(fresh)) = made.kind()
            {
                let state = fresh.with(|s| std::mem::replace(s, IterState::Exhausted));
                cell.with(|s| *s = state);
            }
            Ok(inst)
        }
    }
}

const STOP_MESSAGE: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDEX_MESSAGE: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const STEP_MESSAGE: &str = "Step for islice() must be a positive integer or None.";

/// CPython's `PyNumber_AsSsize_t` with the error cleared, as islice
/// does: the value, or None when it is not an int in i64's range.
fn as_ssize<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> Option<i64> {
    match index_value(vm, v) {
        Ok(Some(n)) => i64::try_from(&n).ok(),
        _ => None,
    }
}

/// `itertools.islice(iterable, stop)` / `islice(iterable, start, stop[, step])`.
pub fn islice<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("islice() takes no keyword arguments"));
    }
    let n = args.pos.len();
    if n < 2 {
        return Err(PyErr::type_error(format!("islice expected at least 2 arguments, got {n}")));
    }
    if n > 4 {
        return Err(PyErr::type_error(format!("islice expected at most 4 arguments, got {n}")));
    }
    // CPython's islice_new, check for check: a stop that is not an int
    // (or is -1) has its own message, every other bad bound the shared one.
    let stop_arg = if n == 2 { &args.pos[1] } else { &args.pos[2] };
    let stop = if stop_arg.is_none() {
        -1
    } else {
        match as_ssize(vm, stop_arg) {
            Some(stop) if stop != -1 => stop,
            _ => return Err(PyErr::value_error(STOP_MESSAGE)),
        }
    };
    let start = match args.pos.get(1) {
        Some(v) if n > 2 && !v.is_none() => as_ssize(vm, v).unwrap_or(-1),
        _ => 0,
    };
    if start < 0 || stop < -1 {
        return Err(PyErr::value_error(INDEX_MESSAGE));
    }
    let step = match args.pos.get(3) {
        Some(v) if !v.is_none() => as_ssize(vm, v).unwrap_or(-1),
        _ => 1,
    };
    if step < 1 {
        return Err(PyErr::value_error(STEP_MESSAGE));
    }
    let (start, step) = (start as usize, step as usize);
    let stop = usize::try_from(stop).ok();
    let inner = vm.get_iter(&args.pos[0])?;
    Ok(Vm::new_iter(IterState::ISlice { inner: Some(inner), taken: 0, next: start, stop, step }))
}

/// `repr(count(...))`: `count(5)`, or `count(5, 2)` unless the step is the
/// int 1 (`count(0, 1.0)` shows its step). `None` for other iterators.
pub fn count_repr_of<M: Model>(vm: &mut Vm<M>, it: &M::Cell<IterState<M>>) -> PyResult<Option<String>, M> {
    let state = it.with(|s| match s {
        IterState::Count { next, step } => Some((next.clone(), step.clone())),
        _ => None,
    });
    let Some((next, step)) = state else { return Ok(None) };
    let next = vm.repr(&next)?;
    Ok(Some(match step {
        Value::Int(1) => format!("count({next})"),
        step => format!("count({next}, {})", vm.repr(&step)?),
    }))
}

/// `count.__repr__`.
pub fn count_repr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if let Some(ObjKind::Iter(it)) = args.pos.first().and_then(|v| v.kind())
        && let Some(shown) = count_repr_of(vm, it)?
    {
        return Ok(Value::str(shown));
    }
    Err(PyErr::type_error("descriptor '__repr__' requires a 'itertools.count' object"))
}
