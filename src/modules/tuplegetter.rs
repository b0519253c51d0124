//! `_tuplegetter`: `field(index, record)`, what a namedtuple's field
//! property reads (CPython's `_collections._tuplegetter`): the record's
//! item at `index`, taken from the tuple itself as CPython's C descriptor
//! takes it (a `__getitem__` the class defines does not see the read).
//! `collections.namedtuple` binds it to each field's index
//! (`types.MethodType(field, index)`), so `point.x` is one native call
//! where a Python getter function was a frame and a subscription.

use super::builtins_util::R;
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("field", field)];
    super::registry::add_functions(vm, module, fns)
}

fn field<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("field", 2, 2)?;
    let (index, record) = (&args.pos[0], &args.pos[1]);
    let Value::Int(i) = *index else {
        return Err(PyErr::type_error("field() needs an int index"));
    };
    match record.builtin_kind() {
        Some(ObjKind::Tuple(items)) => usize::try_from(i)
            .ok()
            .and_then(|i| items.get(i))
            .cloned()
            .ok_or_else(|| PyErr::index_error("tuple index out of range")),
        // Not a tuple (the property read through something else): as
        // subscription would have it.
        _ => vm.getitem(record, index),
    }
}
