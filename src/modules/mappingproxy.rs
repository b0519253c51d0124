//! `mappingproxy`: the read-only mapping `C.__dict__` gives, so that writes
//! through it fail as in CPython instead of changing a throwaway copy.
//! (It shows the class's attributes when it was made, not later changes.)

use std::sync::Arc;

use super::builtins_util::{R, add_methods};
use crate::model::Model;
use crate::object::class::{BuiltinType, Class, Instance};
use crate::object::dict::{Dict, Key};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, ObjRef, PyErr, Value};
use crate::vm::{Interp, Vm};

/// Where a proxy keeps its mapping, and where `type` keeps the class.
const SLOT: &str = "__minipy_mapping__";
const CLASS_SLOT: &str = "__minipy_mappingproxy__";

/// Methods that hand their arguments to the dict behind the proxy.
macro_rules! delegate {
    ($($fname:ident => $method:literal),* $(,)?) => {
        $(fn $fname<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
            let d = target(&args)?;
            vm.call_method(&d, $method, &args.pos[1..])
        })*
        fn delegated<M: Model>() -> Vec<(&'static str, BuiltinFn<M>)> {
            vec![$(($method, $fname as BuiltinFn<M>)),*]
        }
    };
}

delegate! {
    proxy_getitem => "__getitem__",
    proxy_get => "get",
    proxy_keys => "keys",
    proxy_values => "values",
    proxy_items => "items",
    proxy_copy => "copy",
}

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let object = interp.types.get(BuiltinType::Object).clone();
    let cls = ObjRef::new(ObjKind::Class(Box::new(Class {
        name: "mappingproxy".to_string(),
        qualname: "mappingproxy".to_string(),
        module: "builtins".to_string(),
        bases: vec![object.clone()],
        mro: vec![object],
        dict: <M::Cell<Dict<M>> as crate::model::ObjCell<Dict<M>>>::new(Dict::new()),
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
    let mut methods = delegated::<M>();
    methods.push(("__iter__", proxy_iter));
    methods.push(("__len__", proxy_len));
    methods.push(("__contains__", proxy_contains));
    methods.push(("__repr__", proxy_repr));
    methods.push(("__eq__", proxy_eq));
    add_methods(&cls, &methods);
    if let ObjKind::Class(t) = &interp.types.get(BuiltinType::Type).kind {
        t.set_attr(CLASS_SLOT, Value::Obj(cls));
    }
}

/// A read-only proxy over `dict`.
pub fn new<M: Model>(vm: &Vm<M>, dict: Dict<M>) -> Value<M> {
    let cls = match &vm.builtin_type(BuiltinType::Type).kind {
        ObjKind::Class(t) => t.lookup(CLASS_SLOT),
        _ => None,
    };
    match cls {
        Some(Value::Obj(cls)) => {
            let mut attrs = Dict::new();
            attrs.insert(Key::str(SLOT), Value::dict(dict));
            Value::obj(ObjKind::Instance(Instance::new(cls, attrs)))
        }
        _ => Value::dict(dict),
    }
}

fn target<M: Model>(args: &Args<'_, M>) -> Result<Value<M>, PyErr<M>> {
    match args.pos.first().and_then(|v| v.kind()) {
        Some(ObjKind::Instance(inst)) => inst.get_attr(SLOT),
        _ => None,
    }
    .ok_or_else(|| PyErr::type_error("descriptor requires a 'mappingproxy' object"))
}

fn proxy_repr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let d = target(&args)?;
    Ok(Value::str(format!("mappingproxy({})", vm.repr(&d)?)))
}

fn proxy_eq<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__eq__", 2, 2)?;
    let d = target(&args)?;
    Ok(Value::Bool(vm.eq(&d, &args.pos[1])?))
}

fn proxy_iter<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let d = target(&args)?;
    vm.get_iter(&d)
}

fn proxy_len<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let d = target(&args)?;
    Ok(Value::Int(vm.len(&d)? as i64))
}

fn proxy_contains<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__contains__", 2, 2)?;
    let d = target(&args)?;
    Ok(Value::Bool(vm.contains(&d, &args.pos[1])?))
}
