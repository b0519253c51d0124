//! `str % args`: glue between the VM and `text::percent`.

use std::cell::RefCell;

use num_bigint::BigInt;

use super::Vm;
use crate::model::Model;
use crate::object::{ObjKind, PyErr, PyResult, Value};
use crate::text::percent::{PercentArg, PercentArgs, PercentError};

/// One operand value plus the VM to run its conversions on. The VM sits in
/// a RefCell shared by all arguments of one format call; each conversion
/// borrows it only for its own duration.
struct Arg<'a, 'v, M: Model> {
    value: Value<M>,
    vm: &'a RefCell<&'v mut Vm<M>>,
}

impl<M: Model> PercentArg for Arg<'_, '_, M> {
    type Error = PyErr<M>;

    fn type_name(&self) -> String {
        self.value.type_name().to_string()
    }

    fn to_str(&self) -> Result<String, PyErr<M>> {
        self.vm.borrow_mut().str(&self.value)
    }

    fn to_repr(&self) -> Result<String, PyErr<M>> {
        self.vm.borrow_mut().repr(&self.value)
    }

    fn to_small_int(&self) -> Option<i64> {
        match &self.value {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    fn to_int(&self) -> Result<Option<BigInt>, PyErr<M>> {
        Ok(match &self.value {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::Obj(o) => match &o.kind {
                ObjKind::BigInt(b) => Some(b.clone()),
                ObjKind::Instance(_) => {
                    let mut vm = self.vm.borrow_mut();
                    super::convert::index_value(&mut vm, &self.value)?
                }
                _ => None,
            },
            _ => None,
        })
    }

    fn to_float(&self) -> Result<Option<f64>, PyErr<M>> {
        match &self.value {
            Value::Float(f) => Ok(Some(*f)),
            Value::Obj(o) => match &o.kind {
                ObjKind::Instance(inst) if inst.class().lookup("__float__").is_some() => {
                    let mut vm = self.vm.borrow_mut();
                    let r = vm.call_method(&self.value, "__float__", &[])?;
                    match r {
                        Value::Float(f) => Ok(Some(f)),
                        _ => Ok(None),
                    }
                }
                _ => Ok(None),
            },
            _ => Ok(None),
        }
    }

    fn as_text(&self) -> Option<String> {
        self.value.as_str().map(str::to_string)
    }

    fn get_item(&self, key: &str) -> Result<Self, PyErr<M>> {
        let v = self.vm.borrow_mut().getitem(&self.value, &Value::str(key))?;
        Ok(Arg { value: v, vm: self.vm })
    }
}

pub fn percent_format<M: Model>(vm: &mut Vm<M>, fmt: &str, args: &Value<M>) -> PyResult<String, M> {
    let cell = RefCell::new(vm);
    let wrap = |v: &Value<M>| Arg { value: v.clone(), vm: &cell };
    // A tuple subclass formats as its tuple (CPython checks PyTuple_Check).
    let tuple_payload = match args.kind() {
        Some(ObjKind::Instance(inst)) => {
            inst.payload.as_ref().filter(|p| matches!(p.kind(), Some(ObjKind::Tuple(_)))).cloned()
        }
        _ => None,
    };
    let args = tuple_payload.as_ref().unwrap_or(args);
    let result = match args.kind() {
        Some(ObjKind::Tuple(items)) => {
            let items: Vec<Arg<'_, '_, M>> = items.iter().map(wrap).collect();
            crate::text::percent::percent_format(fmt, PercentArgs::Tuple(&items))
        }
        Some(ObjKind::Dict(_) | ObjKind::List(_) | ObjKind::Range(_) | ObjKind::Bytes(_)) => {
            let a = wrap(args);
            crate::text::percent::percent_format(fmt, PercentArgs::Mapping(&a))
        }
        Some(ObjKind::Instance(inst)) if inst.class().lookup("__getitem__").is_some() => {
            let a = wrap(args);
            crate::text::percent::percent_format(fmt, PercentArgs::Mapping(&a))
        }
        _ => {
            let a = wrap(args);
            crate::text::percent::percent_format(fmt, PercentArgs::Single(&a))
        }
    };
    match result {
        Ok(s) => Ok(s),
        Err(PercentError::Python(e)) => Err(e.into()),
        Err(PercentError::Runtime(e)) => Err(e),
    }
}
