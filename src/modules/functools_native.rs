//! `_functools`: `reduce`, native as in CPython (`lib/functools.py`
//! re-exports it), so folding a list costs one call per item, not two
//! frames.

use super::builtins_util::R;
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("reduce", reduce)];
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
