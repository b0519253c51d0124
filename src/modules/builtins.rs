//! The builtins namespace: functions like `print` and `len`, the built-in
//! type objects and exception classes, and what calling a type does.

use std::sync::Arc;

use num_bigint::BigInt;

use crate::model::Model;
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{Builtin, BuiltinFn, ExcType, ObjKind, ObjRef, PyErr, PyResult, Range, Value};
use crate::vm::eval::dict_set_str;
use crate::vm::{Interp, Vm};

type R<M> = PyResult<Value<M>, M>;

/// Fill the builtins dict.
pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let b = &interp.builtins;
    let set = |name: &str, v: Value<M>| {
        if let Value::Obj(o) = &v {
            o.make_immortal();
        }
        let _ = dict_set_str(b, name, v);
    };
    for (name, f) in functions::<M>() {
        set(name, Builtin::function(name, *f));
    }
    // The built-in types visible by name; each is bound under its class's own name.
    for &t in BuiltinType::ALL.iter().filter(|t| t.visible()) {
        let cls = interp.types.get(t);
        if let ObjKind::Class(c) = &cls.kind {
            set(&c.name, Value::Obj(cls.clone()));
        }
    }
    for t in ExcType::ALL {
        if !matches!(t, ExcType::Empty | ExcType::Full) {
            set(t.name(), Value::Obj(interp.types.exc(*t).clone()));
        }
    }
    set("EnvironmentError", Value::Obj(interp.types.exc(ExcType::OSError).clone()));
    set("IOError", Value::Obj(interp.types.exc(ExcType::OSError).clone()));
    set(
        "NotImplemented",
        Value::obj(ObjKind::Native(crate::runtime::kernel::NativeHandle(Arc::new(Singleton("NotImplementedType"))))),
    );
    set("Ellipsis", Value::obj(ObjKind::Native(crate::runtime::kernel::NativeHandle(Arc::new(Singleton("ellipsis"))))));
    crate::modules::methods::install(interp);
}

/// NotImplemented and Ellipsis.
struct Singleton(&'static str);

impl crate::runtime::kernel::NativeObject for Singleton {
    fn type_name(&self) -> &'static str {
        self.0
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn builtin_type(&self) -> crate::object::class::BuiltinType {
        use crate::object::class::BuiltinType;
        if self.0 == "ellipsis" { BuiltinType::EllipsisType } else { BuiltinType::NotImplementedType }
    }
}

fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    use super::builtin_dir::builtin_dir;
    use super::builtins_fns::*;
    use super::builtins_iter::*;
    &[
        ("print", builtin_print),
        ("len", builtin_len),
        ("repr", builtin_repr),
        ("isinstance", builtin_isinstance),
        ("id", builtin_id),
        ("abs", builtin_abs),
        ("all", builtin_all),
        ("any", builtin_any),
        ("ascii", builtin_ascii),
        ("bin", builtin_bin),
        ("callable", builtin_callable),
        ("chr", builtin_chr),
        ("delattr", builtin_delattr),
        ("dir", builtin_dir),
        ("divmod", builtin_divmod),
        ("exit", builtin_exit),
        ("format", builtin_format),
        ("getattr", builtin_getattr),
        ("hasattr", builtin_hasattr),
        ("globals", crate::vm::frame_builtins::builtin_globals),
        ("locals", crate::vm::frame_builtins::builtin_locals),
        ("eval", crate::vm::frame_builtins::builtin_eval),
        ("exec", crate::vm::frame_builtins::builtin_exec),
        ("compile", crate::vm::frame_builtins::builtin_compile),
        ("hash", builtin_hash),
        ("hex", builtin_hex),
        ("input", builtin_input),
        ("open", super::fileio::builtin_open),
        ("issubclass", builtin_issubclass),
        ("iter", builtin_iter),
        ("max", builtin_max),
        ("min", builtin_min),
        ("next", builtin_next),
        ("oct", builtin_oct),
        ("ord", builtin_ord),
        ("pow", builtin_pow),
        ("quit", builtin_exit),
        ("round", builtin_round),
        ("setattr", builtin_setattr),
        ("sorted", builtin_sorted),
        ("sum", builtin_sum),
        ("vars", builtin_vars),
        ("__import__", super::builtins_import::builtin_import),
    ]
}

fn builtin_print<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    super::builtins_util::check_kw_invalid(&args, "print", &["sep", "end", "file", "flush"])?;
    let sep = match args.kw("sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(v) => v
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| PyErr::type_error(format!("sep must be None or a string, not {}", v.type_name())))?,
    };
    let end = match args.kw("end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(v) => v
            .as_str()
            .map(str::to_string)
            .ok_or_else(|| PyErr::type_error(format!("end must be None or a string, not {}", v.type_name())))?,
    };
    let redirected = if args.kw("file").filter(|f| !f.is_none()).is_none() { vm.redirected_stdout() } else { None };
    let file = args.kw("file").filter(|f| !f.is_none()).or(redirected.as_ref());
    let to_stderr =
        matches!(file, Some(f) if matches!(f.kind(), Some(ObjKind::Native(n)) if n.type_name() == "stderr"));
    if let Some(file) = file.filter(|_| !to_stderr) {
        // Any object with a `write` method, called once per piece as
        // CPython does (so a recording stream sees the same calls).
        let write = vm.getattr(file, "write")?;
        for (i, a) in args.pos.iter().enumerate() {
            if i > 0 {
                vm.call(&write, &[Value::str(sep.clone())], &[])?;
            }
            let text = vm.str(a)?;
            vm.call(&write, &[Value::str(text)], &[])?;
        }
        vm.call(&write, &[Value::str(end)], &[])?;
        if let Some(flush) = args.kw("flush")
            && vm.truthy(flush)?
        {
            vm.call_method(file, "flush", &[])?;
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str(a)?);
    }
    out.push_str(&end);
    if to_stderr {
        vm.interp.out.flush();
        eprint!("{out}");
    } else {
        vm.write_stdout(&out);
        let flush = match args.kw("flush") {
            Some(f) => vm.truthy(f)?,
            None => false,
        };
        if flush {
            vm.interp.out.flush();
        }
    }
    Ok(Value::None)
}

fn builtin_len<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("len", 1, 1)?;
    Ok(Value::Int(vm.len(&args.pos[0])? as i64))
}

fn builtin_repr<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("repr", 1, 1)?;
    super::builtins_fns::repr_object(vm, &args.pos[0])
}

fn builtin_id<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("id", 1, 1)?;
    Ok(Value::Int(args.pos[0].id()))
}

fn builtin_isinstance<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("isinstance", 2, 2)?;
    Ok(Value::Bool(class_check(vm, &args.pos[0], &args.pos[1], "isinstance")?))
}

/// `isinstance(v, cls_or_tuple)`.
pub fn class_check<M: Model>(vm: &mut Vm<M>, v: &Value<M>, spec: &Value<M>, fname: &str) -> PyResult<bool, M> {
    vm.instance_check(v, spec, fname)
}

/// Calling a built-in type: `int("3")`, `list(x)`, `range(5)`, ...
pub fn construct<M: Model>(vm: &mut Vm<M>, cls: &ObjRef<M>, t: BuiltinType, args: Args<'_, M>) -> R<M> {
    let _ = cls;
    match t {
        BuiltinType::Int => construct_int(vm, args),
        BuiltinType::Str => {
            if args.pos.len() > 3 {
                return Err(PyErr::type_error(format!("str() takes at most 3 arguments ({} given)", args.pos.len())));
            }
            if args.pos.len() > 1 {
                for (i, what) in [(1, "encoding"), (2, "errors")] {
                    if let Some(v) = args.pos.get(i)
                        && v.as_str().is_none()
                    {
                        return Err(PyErr::type_error(format!(
                            "str() argument '{what}' must be str, not {}",
                            v.type_name()
                        )));
                    }
                }
                return match args.pos[0].kind() {
                    Some(ObjKind::Bytes(_) | ObjKind::ByteArray(_)) => {
                        vm.call_method(&args.pos[0], "decode", &args.pos[1..])
                    }
                    Some(ObjKind::Str(_)) => Err(PyErr::type_error("decoding str is not supported")),
                    _ => Err(PyErr::type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        args.pos[0].type_name()
                    ))),
                };
            }
            match args.pos.first() {
                None => Ok(Value::str("")),
                Some(v) => vm.str_value(v),
            }
        }
        BuiltinType::Enumerate => super::builtins_iter::builtin_enumerate(vm, args),
        BuiltinType::Zip => super::builtins_iter::builtin_zip(vm, args),
        BuiltinType::Map => super::builtins_iter::builtin_map(vm, args),
        BuiltinType::Filter => super::builtins_iter::builtin_filter(vm, args),
        BuiltinType::Reversed => super::builtins_iter::builtin_reversed(vm, args),
        BuiltinType::Count => super::itertools_native::count(vm, args),
        BuiltinType::Chain => super::itertools_native::chain(vm, args),
        BuiltinType::ISlice => super::itertools_native::islice(vm, args),
        BuiltinType::Range => {
            args.expect("range", 1, 3)?;
            let mut n = [0i64; 3];
            for (i, a) in args.pos.iter().enumerate() {
                n[i] = match a {
                    Value::Int(x) => *x,
                    Value::Bool(b) => *b as i64,
                    _ => match super::builtins_util::index_value(vm, a)? {
                        Some(b) => i64::try_from(&b).map_err(|_| {
                            PyErr::new(
                                ExcType::NotImplementedError,
                                "range() bounds beyond 64-bit integers are not supported by minipy",
                            )
                        })?,
                        None => {
                            return Err(PyErr::type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                a.type_name()
                            )));
                        }
                    },
                };
            }
            let r = match args.pos.len() {
                1 => Range { start: 0, stop: n[0], step: 1 },
                2 => Range { start: n[0], stop: n[1], step: 1 },
                _ => {
                    if n[2] == 0 {
                        return Err(PyErr::value_error("range() arg 3 must not be zero"));
                    }
                    Range { start: n[0], stop: n[1], step: n[2] }
                }
            };
            Ok(Value::obj(ObjKind::Range(r)))
        }
        BuiltinType::List => {
            args.expect("list", 0, 1)?;
            let items = match args.pos.first() {
                None => Vec::new(),
                Some(v) => vm.collect(v)?,
            };
            Ok(Value::list(items))
        }
        BuiltinType::Type => {
            if args.pos.len() == 3 {
                return type_new(vm, &args.pos[0], &args.pos[1], &args.pos[2]);
            }
            if args.pos.len() != 1 {
                return Err(PyErr::type_error("type() takes 1 or 3 arguments"));
            }
            Ok(Value::Obj(vm.type_of(&args.pos[0])))
        }
        BuiltinType::Object => {
            if !args.is_empty() || !args.kwnames.is_empty() {
                return Err(PyErr::type_error("object() takes no arguments"));
            }
            let cls = vm.builtin_type(BuiltinType::Object).clone();
            Ok(Value::obj(ObjKind::Instance(crate::object::Instance::new(cls, crate::object::Dict::new()))))
        }
        _ => crate::modules::methods::construct_other(vm, t, args),
    }
}

/// `int(x)`, `int(s, base)`.
fn construct_int<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("int", &["base"])?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("int() takes at most 2 arguments ({} given)", args.pos.len())));
    }
    let base = args.pos.get(1).or_else(|| args.kw("base"));
    if let Some(b) = base {
        let x = match args.pos.first() {
            Some(x) => x,
            None => return Err(PyErr::type_error("int() missing string argument")),
        };
        let b = super::builtins_util::int_arg(vm, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let text = match x.kind() {
            Some(ObjKind::Str(s)) => s.as_str().to_string(),
            Some(ObjKind::Bytes(by)) => String::from_utf8_lossy(by).into_owned(),
            _ => return Err(PyErr::type_error("int() can't convert non-string with explicit base")),
        };
        let n = crate::text::parse_number::parse_int(&text, b as u32).map_err(PyErr::value_error)?;
        return Ok(Value::from_bigint(n));
    }
    match args.pos.first() {
        None => Ok(Value::Int(0)),
        Some(Value::Int(i)) => Ok(Value::Int(*i)),
        Some(Value::Bool(b)) => Ok(Value::Int(*b as i64)),
        Some(Value::Float(f)) => float_to_int(*f),
        Some(v) => match v.kind() {
            Some(ObjKind::Str(s)) => {
                let n = crate::text::parse_number::parse_int(s.as_str(), 10).map_err(PyErr::value_error)?;
                Ok(Value::from_bigint(n))
            }
            Some(ObjKind::Bytes(by)) => {
                let text = String::from_utf8_lossy(by).into_owned();
                let n = crate::text::parse_number::parse_int(&text, 10).map_err(PyErr::value_error)?;
                Ok(Value::from_bigint(n))
            }
            Some(ObjKind::BigInt(_)) => Ok(v.clone()),
            Some(ObjKind::Instance(inst)) if let Some(p) = inst.builtin_view("__int__") => {
                construct_int(vm, Args::positional(std::slice::from_ref(&p)))
            }
            Some(ObjKind::Instance(inst)) if inst.class().lookup("__int__").is_some() => {
                let r = vm.call_method(v, "__int__", &[])?;
                match r {
                    Value::Int(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    _ if matches!(r.kind(), Some(ObjKind::BigInt(_))) => Ok(r),
                    _ => Err(PyErr::type_error(format!("__int__ returned non-int (type {})", r.type_name()))),
                }
            }
            Some(ObjKind::Instance(inst)) if inst.class().lookup("__index__").is_some() => {
                match super::builtins_util::index_value(vm, v)? {
                    Some(b) => Ok(Value::from_bigint(b)),
                    None => Ok(Value::Int(0)),
                }
            }
            _ => Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                v.type_name()
            ))),
        },
    }
}

pub fn float_to_int<M: Model>(f: f64) -> R<M> {
    if !f.is_finite() {
        return Err(if f.is_nan() {
            PyErr::value_error("cannot convert float NaN to integer")
        } else {
            PyErr::overflow("cannot convert float infinity to integer")
        });
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f.trunc() as i64));
    }
    let b: BigInt = num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
    Ok(Value::from_bigint(b))
}

/// `type(name, bases, dict)`: a class made as a `class` statement makes it,
/// from a copy of `dict`.
fn type_new<M: Model>(vm: &mut Vm<M>, name: &Value<M>, bases: &Value<M>, dict: &Value<M>) -> R<M> {
    let Some(name) = name.as_str().map(str::to_string) else {
        return Err(PyErr::type_error(format!("type.__new__() argument 1 must be str, not {}", name.type_name())));
    };
    let bases = match bases.kind() {
        Some(ObjKind::Tuple(t)) => t.to_vec(),
        _ => {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                bases.type_name()
            )));
        }
    };
    let mut namespace = match dict.kind() {
        Some(ObjKind::Dict(d)) => crate::model::ObjCell::with(d, |d| d.clone()),
        _ => {
            return Err(PyErr::type_error(format!("type.__new__() argument 3 must be dict, not {}", dict.type_name())));
        }
    };
    // As CPython: with a base of a Python metaclass, that metaclass makes
    // the class (its `__new__` and `__init__` run).
    // `type` is the starting metaclass here (CPython's type_new), not the
    // first base's type as in a class statement.
    let type_class = Value::Obj(vm.builtin_type(BuiltinType::Type).clone());
    let mut kw = vec![(Value::str("metaclass"), type_class)];
    if let Some(meta) = vm.select_metaclass(&bases, &mut kw)?
        && let Some(m) = meta.as_obj().cloned()
    {
        let args = [
            Value::str(name),
            Value::tuple(bases),
            Value::obj(ObjKind::Dict(<M::Cell<_> as crate::model::ObjCell<_>>::new(namespace))),
        ];
        return vm.instantiate(&m, &args, &[]);
    }
    let mcls = vm.builtin_type(BuiltinType::Type).clone();
    // A namespace a class body made carries its `__class__` cell: this
    // class fills it (a metaclass may have kept the namespace for later).
    let cell = namespace.remove(&crate::object::dict::Key::str("__classcell__")).unwrap_or(Value::None);
    vm.new_class(mcls, name, None, bases, namespace, cell, Vec::new())
}
