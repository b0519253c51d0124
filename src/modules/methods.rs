//! Methods of the built-in types, installed into their classes' dicts, and
//! the constructors of the built-in types not handled in
//! `builtins::construct`.

use std::sync::Arc;

use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::{ExcType, ObjKind, PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    // First, so that the types' own methods installed below take precedence.
    super::operator_methods::install(interp);
    super::str_methods::install(interp);
    super::list_methods::install(interp);
    super::dict_methods::install(interp);
    super::set_methods::install(interp);
    super::number_methods::install(interp);
    super::number_rounding::install(interp);
    super::singleton_methods::install(interp);
    super::range_methods::install(interp);
    super::complex_methods::install(interp);
    super::bytes_methods::install(interp);
    super::bytearray_methods::install(interp);
    super::memoryview::install(interp);
    super::object_methods::install(interp);
    super::async_gen_methods::install(interp);
    super::object_reduce::install(interp);
    super::iter_length_hint::install(interp);
    super::slice_bytes_methods::install(interp);
    super::mappingproxy::install(interp);
    super::member_descriptor::install(interp);
    super::hashlib::install(interp);
    super::subclass_methods::install(interp);
    let super_methods: &[(&'static str, crate::object::BuiltinFn<M>)] = &[("__get__", super_get)];
    super::builtins_util::add_methods(interp.types.get(BuiltinType::Super), super_methods);
}

/// Constructors of the built-in types not handled in `builtins::construct`.
pub fn construct_other<M: Model>(vm: &mut Vm<M>, t: BuiltinType, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    match t {
        BuiltinType::Bool => {
            args.expect("bool", 0, 1)?;
            match args.pos.first() {
                None => Ok(Value::Bool(false)),
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
            }
        }
        BuiltinType::Float => {
            args.expect("float", 0, 1)?;
            match args.pos.first() {
                None => Ok(Value::Float(0.0)),
                Some(v) => Ok(Value::Float(super::number_methods::to_float(vm, v)?)),
            }
        }
        BuiltinType::Complex => super::complex_methods::construct_complex(vm, args),
        BuiltinType::Tuple => {
            args.expect("tuple", 0, 1)?;
            match args.pos.first() {
                None => Ok(Value::tuple(Vec::new())),
                Some(v) if matches!(v.kind(), Some(ObjKind::Tuple(_))) => Ok(v.clone()),
                Some(v) => Ok(Value::tuple(vm.collect(v)?)),
            }
        }
        BuiltinType::Dict => {
            if args.pos.len() > 1 {
                return Err(PyErr::type_error(format!("dict expected at most 1 argument, got {}", args.pos.len())));
            }
            let d = Value::dict(Dict::new());
            if let Some(src) = args.pos.first() {
                super::dict_methods::update_from(vm, &d, src)?;
            }
            super::dict_methods::update_kwargs(&d, &args);
            Ok(d)
        }
        BuiltinType::Set | BuiltinType::FrozenSet => {
            let name = if t == BuiltinType::Set { "set" } else { "frozenset" };
            if !args.kwnames.is_empty() {
                return Err(PyErr::type_error(format!("{name}() takes no keyword arguments")));
            }
            args.expect(name, 0, 1)?;
            let table = match args.pos.first() {
                None => Dict::new_set(),
                Some(v) => match v.kind() {
                    Some(ObjKind::FrozenSet(_)) if t == BuiltinType::FrozenSet => return Ok(v.clone()),
                    _ => vm.set_table_from(v)?,
                },
            };
            Ok(if t == BuiltinType::Set {
                Value::obj(ObjKind::Set(M::Cell::new(table)))
            } else {
                Value::obj(ObjKind::FrozenSet(table))
            })
        }
        BuiltinType::Bytes => construct_bytes(vm, args),
        BuiltinType::ByteArray => super::bytearray_methods::construct(vm, args),
        BuiltinType::MemoryView => super::memoryview::construct(vm, args),
        BuiltinType::Slice => {
            args.expect("slice", 1, 3)?;
            let parts = match args.pos.len() {
                1 => [Value::None, args.pos[0].clone(), Value::None],
                2 => [args.pos[0].clone(), args.pos[1].clone(), Value::None],
                _ => [args.pos[0].clone(), args.pos[1].clone(), args.pos[2].clone()],
            };
            Ok(Value::obj(ObjKind::Slice(Box::new(parts))))
        }
        BuiltinType::Property => {
            args.check_kwargs("property", &["fget", "fset", "fdel", "doc"])?;
            if args.pos.len() > 4 {
                return Err(PyErr::type_error(format!(
                    "property() takes at most 4 arguments ({} given)",
                    args.pos.len()
                )));
            }
            let get = |i: usize, name: &str| args.pos.get(i).or_else(|| args.kw(name)).cloned().unwrap_or(Value::None);
            let parts = [get(0, "fget"), get(1, "fset"), get(2, "fdel"), get(3, "doc")];
            Ok(Value::obj(ObjKind::Property(Box::new(parts))))
        }
        BuiltinType::StaticMethod => {
            args.expect("staticmethod", 1, 1)?;
            Ok(Value::obj(ObjKind::StaticMethod(args.pos[0].clone())))
        }
        BuiltinType::ClassMethod => {
            args.expect("classmethod", 1, 1)?;
            Ok(Value::obj(ObjKind::ClassMethod(args.pos[0].clone())))
        }
        BuiltinType::Super => construct_super(vm, args),
        // `types.MethodType(function, instance)`.
        BuiltinType::Method => {
            args.expect("method", 2, 2)?;
            let callable = super::builtins_fns::builtin_callable(vm, Args::positional(&args.pos[..1]))?;
            if !matches!(callable, Value::Bool(true)) {
                return Err(PyErr::type_error("first argument must be callable"));
            }
            if args.pos[1].is_none() {
                return Err(PyErr::type_error("instance must not be None"));
            }
            Ok(Value::obj(ObjKind::BoundMethod(args.pos[0].clone(), args.pos[1].clone())))
        }
        // `types.ModuleType(name, doc=None)`: an empty module, as
        // `importlib.util.module_from_spec` and config-object code build.
        BuiltinType::Module => {
            args.check_kwargs("module", &["name", "doc"])?;
            args.expect_pos("module", 0, 2)?;
            let Some(name) = args.pos.first().or_else(|| args.kw("name")).cloned() else {
                return Err(PyErr::type_error("module() missing required argument 'name' (pos 1)"));
            };
            let Some(name) = name.as_str().map(str::to_string) else {
                return Err(PyErr::type_error(format!(
                    "module() argument 'name' must be str, not {}",
                    name.type_name()
                )));
            };
            let doc = args.pos.get(1).or_else(|| args.kw("doc")).cloned().unwrap_or(Value::None);
            let dict = vm.new_dict();
            for (key, value) in [
                ("__name__", Value::str(name.clone())),
                ("__doc__", doc),
                ("__package__", Value::None),
                ("__loader__", Value::None),
                ("__spec__", Value::None),
            ] {
                crate::vm::eval::dict_set_str(&dict, key, value);
            }
            Ok(Value::obj(ObjKind::Module(crate::object::Module { name, dict })))
        }
        BuiltinType::NoneType => {
            args.expect("NoneType", 0, 0)?;
            Ok(Value::None)
        }
        // Calling the singletons' classes returns the singleton, as in CPython.
        BuiltinType::EllipsisType | BuiltinType::NotImplementedType => {
            let (name, global) = match t {
                BuiltinType::EllipsisType => ("EllipsisType", "Ellipsis"),
                _ => ("NotImplementedType", "NotImplemented"),
            };
            if !args.pos.is_empty() || !args.kwnames.is_empty() {
                return Err(PyErr::type_error(format!("{name} takes no arguments")));
            }
            Ok(crate::vm::eval::dict_get_str(&vm.interp.builtins, global).unwrap_or(Value::None))
        }
        _ => {
            let name = vm.builtin_type(t).kind.type_name().to_string();
            let name = match &vm.builtin_type(t).kind {
                ObjKind::Class(c) => c.name.clone(),
                _ => name,
            };
            Err(PyErr::type_error(format!("cannot create '{name}' instances")))
        }
    }
}

fn construct_super<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("super() takes no keyword arguments"));
    }
    super::builtins_util::expect_count(args.pos.len(), "super()", 0, 2)?;
    match args.pos.len() {
        0 => Err(PyErr::new(ExcType::RuntimeError, "super(): no arguments")),
        _ => {
            let cls = match args.pos[0].kind() {
                Some(ObjKind::Class(_)) => args.pos[0].as_obj().expect("class").clone(),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "super() argument 1 must be a type, not {}",
                        args.pos[0].type_name()
                    )));
                }
            };
            // `super(C)` and `super(C, None)` are unbound (CPython reads a
            // None second argument as none given): the receiver is None.
            let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
            if matches!(obj, Value::None) {
                return Ok(Value::obj(ObjKind::Super(cls, obj)));
            }
            // A class is a subtype (class methods) or an instance of a
            // metaclass (a metaclass's own methods).
            let ok = match obj.kind() {
                Some(ObjKind::Class(c)) if c.is_subclass(obj.as_obj().expect("class"), &cls) => true,
                _ => vm.isinstance(&obj, &cls),
            };
            if !ok {
                return Err(PyErr::type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
            Ok(Value::obj(ObjKind::Super(cls, obj)))
        }
    }
}

/// `super(C).__get__(obj, type=None)`: an unbound super bound to `obj`
/// (itself when already bound or when `obj` is None).
fn super_get<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    let this = args.pos.first().cloned().unwrap_or(Value::None);
    let Some(ObjKind::Super(start, bound)) = this.kind() else {
        return Err(PyErr::type_error(format!(
            "descriptor '__get__' requires a 'super' object but received a '{}'",
            this.type_name()
        )));
    };
    let given = args.pos.len() - 1;
    if given == 0 {
        return Err(PyErr::type_error(" expected at least 1 argument, got 0"));
    }
    if given > 2 {
        return Err(PyErr::type_error(format!(" expected at most 2 arguments, got {given}")));
    }
    let obj = &args.pos[1];
    if matches!(obj, Value::None) && matches!(args.pos.get(2), None | Some(Value::None)) {
        return Err(PyErr::type_error("__get__(None, None) is invalid"));
    }
    if matches!(obj, Value::None) || !matches!(bound, Value::None) {
        return Ok(this.clone());
    }
    let call = [Value::Obj(start.clone()), obj.clone()];
    construct_super(vm, Args::positional(&call))
}

fn construct_bytes<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> PyResult<Value<M>, M> {
    args.check_kwargs("bytes", &["source", "encoding", "errors"])?;
    let source = args.pos.first().or_else(|| args.kw("source"));
    let encoding = args.pos.get(1).or_else(|| args.kw("encoding"));
    let bytes: Vec<u8> = match source {
        None => Vec::new(),
        Some(v) => match v.kind() {
            Some(ObjKind::Str(_)) => {
                let enc = match encoding {
                    Some(e) => e.clone(),
                    None => return Err(PyErr::type_error("string argument without an encoding")),
                };
                let encoded = vm.call_method(v, "encode", &[enc])?;
                return Ok(encoded);
            }
            Some(ObjKind::Bytes(_)) if encoding.is_none() => return Ok(v.clone()),
            Some(ObjKind::ByteArray(_) | ObjKind::MemoryView(_)) if encoding.is_none() => {
                return Ok(crate::object::buffer::new_bytes(crate::object::buffer::bytes_like(v)?.unwrap_or_default()));
            }
            _ => {
                if encoding.is_some() {
                    return Err(PyErr::type_error("encoding without a string argument"));
                }
                match v {
                    Value::Int(n) => {
                        if *n < 0 {
                            return Err(PyErr::value_error("negative count"));
                        }
                        if *n as usize > crate::capacity::MAX_BYTES_OBJECT_LEN {
                            return Err(PyErr::overflow("byte string is too large"));
                        }
                        crate::capacity::try_filled(*n as usize, 0u8)?
                    }
                    _ => {
                        let items = vm.collect(v).map_err(|e| match e.lazy_type() {
                            Some(crate::object::ExcType::TypeError) => {
                                PyErr::type_error(format!("cannot convert '{}' object to bytes", v.type_name()))
                            }
                            _ => e,
                        })?;
                        let mut out = Vec::with_capacity(items.len());
                        for it in items {
                            match it {
                                Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                                Value::Bool(b) => out.push(b as u8),
                                Value::Int(_) => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
                                other => {
                                    return Err(PyErr::type_error(format!(
                                        "'{}' object cannot be interpreted as an integer",
                                        other.type_name()
                                    )));
                                }
                            }
                        }
                        out
                    }
                }
            }
        },
    };
    Ok(Value::obj(ObjKind::Bytes(bytes.into_boxed_slice())))
}
