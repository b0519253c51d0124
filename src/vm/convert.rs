//! `repr()`, `str()` and `format()` of every kind of value.

use num_bigint::BigInt;

use super::Vm;
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::{ExcType, IterState, ObjKind, PyErr, PyResult, Value};
use crate::text::{self, TextError};

impl<M: Model> From<TextError> for PyErr<M> {
    fn from(e: TextError) -> PyErr<M> {
        let t = match e.kind {
            text::ExcKind::ValueError => ExcType::ValueError,
            text::ExcKind::TypeError => ExcType::TypeError,
            text::ExcKind::OverflowError => ExcType::OverflowError,
            text::ExcKind::MemoryError => ExcType::MemoryError,
        };
        PyErr::new(t, e.message)
    }
}

impl<M: Model> Vm<M> {
    /// `repr(v)`
    pub fn repr(&mut self, v: &Value<M>) -> PyResult<String, M> {
        let o = match v {
            Value::Undef => return Ok("<NULL>".into()),
            Value::None => return Ok("None".into()),
            Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(text::float_repr::float_repr(*f)),
            Value::Obj(o) => o,
        };
        if let ObjKind::Class(c) = &o.kind
            && c.metaclass.is_some()
            && let Some(f) = self.metaclass_method(v, "__repr__")
        {
            let r = self.call(&f, &[], &[])?;
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", r.type_name()))),
            };
        }
        Ok(match &o.kind {
            ObjKind::Str(s) => text::str_repr::str_repr(s.as_str()),
            ObjKind::BigInt(b) => text::int_format::int_to_decimal(b)?,
            ObjKind::Complex(c) => text::complex_text::complex_repr(c.re, c.im),
            ObjKind::Bytes(b) => text::str_repr::bytes_repr(b),
            ObjKind::ByteArray(b) => format!("bytearray({})", b.with(|b| text::str_repr::bytearray_repr(&b.data))),
            ObjKind::MemoryView(m) => {
                format!("<{}memory at {:#x}>", if m.is_released() { "released " } else { "" }, o.addr())
            }
            ObjKind::List(l) => {
                let items = l.with(|l| l.clone());
                self.guarded(o.addr(), "[...]", |vm| Ok(format!("[{}]", vm.join_reprs(&items)?)))?
            }
            ObjKind::Tuple(t) => {
                let items = t.to_vec();
                self.guarded(o.addr(), "(...)", |vm| {
                    Ok(if items.len() == 1 {
                        format!("({},)", vm.repr(&items[0])?)
                    } else {
                        format!("({})", vm.join_reprs(&items)?)
                    })
                })?
            }
            ObjKind::Dict(d) => {
                let items = d.with(|d| d.items());
                self.guarded(o.addr(), "{...}", |vm| {
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, v) in &items {
                        parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(v)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })?
            }
            ObjKind::Set(d) => {
                let keys = d.with(|d| d.keys());
                if keys.is_empty() {
                    "set()".into()
                } else {
                    self.guarded(o.addr(), "set(...)", |vm| Ok(format!("{{{}}}", vm.join_reprs(&keys)?)))?
                }
            }
            ObjKind::FrozenSet(d) => {
                let keys = d.keys();
                if keys.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&keys)?)
                }
            }
            ObjKind::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            ObjKind::Slice(s) => {
                let s = s.clone();
                format!("slice({}, {}, {})", self.repr(&s[0])?, self.repr(&s[1])?, self.repr(&s[2])?)
            }
            ObjKind::Code(c) => format!("<code object {} at {:#x}>", c.code.name, o.addr()),
            ObjKind::Function(f) => format!("<function {} at {:#x}>", f.qualname(), o.addr()),
            ObjKind::Builtin(b) => {
                if b.is_method {
                    match self.builtin_method_owner(o) {
                        Some(t) => format!("<method '{}' of '{t}' objects>", b.name),
                        None => format!("<method '{}' of objects>", b.name),
                    }
                } else {
                    format!("<built-in function {}>", b.name)
                }
            }
            ObjKind::BoundMethod(f, s) => {
                let (f, s) = (f.clone(), s.clone());
                let name = match f.kind() {
                    Some(ObjKind::Function(func)) => func.qualname(),
                    Some(ObjKind::Builtin(b)) => {
                        return Ok(format!(
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            s.type_name(),
                            s.id()
                        ));
                    }
                    _ => "?".into(),
                };
                format!("<bound method {} of {}>", name, self.repr(&s)?)
            }
            ObjKind::Cell(_) => format!("<cell at {:#x}>", o.addr()),
            ObjKind::Class(c) => {
                if c.display_module() == "builtins" {
                    format!("<class '{}'>", c.name)
                } else {
                    let qualname = c.name_attr("__qualname__");
                    format!("<class '{}.{}'>", c.display_module(), qualname.as_str().unwrap_or(&c.qualname))
                }
            }
            ObjKind::Instance(inst) => {
                if let Some(p) =
                    inst.builtin_view("__repr__").filter(|p| !matches!(p.kind(), Some(ObjKind::Property(_))))
                {
                    // Set subclasses name themselves: `S({1})`, `S()`, and
                    // `S(...)` for a set that contains itself.
                    let keys = match p.kind() {
                        Some(ObjKind::Set(d)) => Some(d.with(|d| d.keys())),
                        Some(ObjKind::FrozenSet(d)) => Some(d.keys()),
                        _ => None,
                    };
                    if let Some(keys) = keys {
                        let name = inst.class_name().to_string();
                        if keys.is_empty() {
                            return Ok(format!("{name}()"));
                        }
                        let cycle = format!("{name}(...)");
                        return self
                            .guarded(o.addr(), &cycle, |vm| Ok(format!("{name}({{{}}})", vm.join_reprs(&keys)?)));
                    }
                    match p.kind() {
                        // CPython's bytearray repr names the subclass.
                        Some(ObjKind::ByteArray(_)) => {
                            let r = self.repr(&p)?;
                            let body = r.strip_prefix("bytearray").unwrap_or(&r);
                            return Ok(format!("{}{body}", inst.class_name()));
                        }
                        // Iterators show as plain objects of the subclass.
                        Some(ObjKind::Iter(_)) => {}
                        _ => return self.repr(&p),
                    }
                }
                if let Some(f) = inst.class().lookup("__repr__") {
                    let r = self.call_special(&f, std::slice::from_ref(v))?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => {
                            Err(PyErr::type_error(format!("__repr__ returned non-string (type {})", r.type_name())))
                        }
                    };
                }
                if let Some(exc) = &inst.exc {
                    let args = exc.with(|e| e.args.clone());
                    let inner = if args.len() == 1 { self.repr(&args[0])? } else { self.join_reprs(&args)? };
                    return Ok(format!("{}({})", inst.class_name(), inner));
                }
                let c = inst.class();
                format!("<{}.{} object at {:#x}>", c.module, c.qualname, o.addr())
            }
            ObjKind::Module(m) => {
                // As CPython's module repr: the file it came from, else
                // "(built-in)" for a native module, else just the name.
                let name = super::eval::dict_get_str(&m.dict, "__name__")
                    .and_then(|n| n.as_str().map(str::to_string))
                    .unwrap_or_else(|| "?".to_string());
                let name = self.repr(&Value::str(name))?;
                let file = super::eval::dict_get_str(&m.dict, "__file__").and_then(|f| f.as_str().map(str::to_string));
                match file {
                    Some(file) => format!("<module {name} from {}>", self.repr(&Value::str(file))?),
                    None if matches!(
                        self.interp.registry.get(&m.name),
                        Some(crate::vm::import::ModuleDef::Native { .. })
                    ) || m.name == "builtins" =>
                    {
                        format!("<module {name} (built-in)>")
                    }
                    None => format!("<module {name}>"),
                }
            }
            // CPython names the type and the object's type (the class
            // itself when bound to a class) by their plain names.
            ObjKind::Super(t, obj) => {
                let tname = match &t.kind {
                    ObjKind::Class(c) => c.name.to_string(),
                    k => k.type_name().to_string(),
                };
                let oname = match obj.kind() {
                    _ if matches!(obj, Value::None) => return Ok(format!("<super: <class '{tname}'>, NULL>")),
                    Some(ObjKind::Class(c)) => c.name.to_string(),
                    _ => obj.type_name().to_string(),
                };
                format!("<super: <class '{tname}'>, <{oname} object>>")
            }
            ObjKind::Iter(it) => {
                if let Some(shown) = crate::modules::itertools_native::count_repr_of(self, it)? {
                    return Ok(shown);
                }
                let gen_name = it.with(|s| match s {
                    IterState::Generator { code, .. } => {
                        Some((crate::object::iter::generator_qualname(code).to_string(), s.type_name()))
                    }
                    IterState::AsyncGen { body, .. } => match body.kind() {
                        Some(ObjKind::Iter(g)) => g.with(|g| match g {
                            IterState::Generator { code, .. } => {
                                Some((crate::object::iter::generator_qualname(code).to_string(), "async_generator"))
                            }
                            _ => None,
                        }),
                        _ => None,
                    },
                    _ => None,
                });
                let t = it.with(|s| s.builtin_type());
                match gen_name {
                    Some((n, kind)) => format!("<{kind} object {n} at {:#x}>", o.addr()),
                    // itertools' native iterators: `<itertools.chain object ...>`.
                    None if t.module() != "builtins" => {
                        format!("<{}.{} object at {:#x}>", t.module(), t.name(), o.addr())
                    }
                    None => format!("<{} object at {:#x}>", o.kind.type_name(), o.addr()),
                }
            }
            ObjKind::Native(n) if n.type_name() == "NotImplementedType" => "NotImplemented".into(),
            ObjKind::Native(n) if n.type_name() == "ellipsis" => "Ellipsis".into(),
            ObjKind::Native(n) => {
                n.0.repr(o.addr()).unwrap_or_else(|| format!("<{} object at {:#x}>", n.type_name(), o.addr()))
            }
            _ => format!("<{} object at {:#x}>", o.kind.type_name(), o.addr()),
        })
    }

    /// Repr a container once; a container that contains itself prints `[...]`.
    fn guarded(
        &mut self,
        addr: usize,
        cycle: &str,
        f: impl FnOnce(&mut Self) -> PyResult<String, M>,
    ) -> PyResult<String, M> {
        if self.repr_guard.contains(&addr) {
            return Ok(cycle.to_string());
        }
        self.enter_recursion(" while getting the repr of an object")?;
        self.repr_guard.push(addr);
        let r = f(self);
        self.repr_guard.pop();
        self.leave_recursion();
        r
    }

    fn join_reprs(&mut self, items: &[Value<M>]) -> PyResult<String, M> {
        let mut out = String::new();
        for (i, v) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(v)?);
        }
        Ok(out)
    }

    /// `str(v)`
    pub fn str(&mut self, v: &Value<M>) -> PyResult<String, M> {
        if let Some(ObjKind::Class(c)) = v.kind()
            && c.metaclass.is_some()
            && let Some(f) = self.metaclass_method(v, "__str__")
        {
            let r = self.call(&f, &[], &[])?;
            return match r.as_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(PyErr::type_error(format!("__str__ returned non-string (type {})", r.type_name()))),
            };
        }
        match v.kind() {
            Some(ObjKind::Str(s)) => Ok(s.as_str().to_string()),
            Some(ObjKind::Instance(inst)) => {
                if let Some(p @ Value::Obj(_)) = inst.builtin_view("__str__")
                    && let Some(s) = p.as_str()
                {
                    return Ok(s.to_string());
                }
                if let Some(f) = inst.class().lookup("__str__") {
                    let r = self.call_special(&f, std::slice::from_ref(v))?;
                    return match r.as_str() {
                        Some(s) => Ok(s.to_string()),
                        None => Err(PyErr::type_error(format!("__str__ returned non-string (type {})", r.type_name()))),
                    };
                }
                if let Some(exc) = &inst.exc {
                    let args = exc.with(|e| e.args.clone());
                    let is_key_error = inst.class().exc == Some(ExcType::KeyError);
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr(&args[0]),
                        1 => self.str(&args[0]),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `str(v)` as a value (no copy for str).
    pub fn str_value(&mut self, v: &Value<M>) -> PyResult<Value<M>, M> {
        if let Some(ObjKind::Str(_)) = v.kind() {
            return Ok(v.clone());
        }
        // A user `__str__` may return a str subclass: CPython's `str(x)`
        // hands that object back unchanged, so keep its identity.
        if let Some(ObjKind::Instance(inst)) = v.kind()
            && inst.builtin_view("__str__").is_none()
            && let Some(f) = inst.class().lookup("__str__")
            && matches!(f.kind(), Some(ObjKind::Function(_)))
        {
            let r = self.call_special(&f, std::slice::from_ref(v))?;
            if r.as_str().is_none() {
                return Err(PyErr::type_error(format!("__str__ returned non-string (type {})", r.type_name())));
            }
            return Ok(r);
        }
        Ok(Value::str(self.str(v)?))
    }

    /// FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii), then format spec.
    pub fn format_value(&mut self, v: Value<M>, conversion: u32, spec: Option<Value<M>>) -> PyResult<Value<M>, M> {
        let v = match conversion {
            1 => self.str_value(&v)?,
            2 => Value::str(self.repr(&v)?),
            3 => Value::str(text::str_repr::ascii_escape(&self.repr(&v)?)),
            _ => v,
        };
        let spec_str = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
        // An empty spec is `str(v)` for everything except an instance
        // whose class defines `__format__`: f'{v}' calls `v.__format__('')`.
        let user_format = matches!(v.kind(), Some(ObjKind::Instance(_)));
        if spec_str.is_empty() && !user_format {
            return self.str_value(&v);
        }
        let spec_owned = spec_str.to_string();
        self.format(&v, &spec_owned).map(Value::str)
    }

    /// `format(v, spec)`
    pub fn format(&mut self, v: &Value<M>, spec: &str) -> PyResult<String, M> {
        use text::format_spec::{format_float, format_int, format_str};
        Ok(match v {
            Value::Bool(b) if spec.is_empty() => if *b { "True" } else { "False" }.to_string(),
            Value::Bool(b) => format_int(&num_bigint::BigInt::from(*b as i64), spec, "bool")?,
            Value::Int(i) => format_int(&num_bigint::BigInt::from(*i), spec, "int")?,
            Value::Float(f) => format_float(*f, spec, "float")?,
            Value::Obj(o) => match &o.kind {
                ObjKind::BigInt(b) => format_int(b, spec, "int")?,
                ObjKind::Complex(c) if spec.is_empty() => text::complex_text::complex_repr(c.re, c.im),
                ObjKind::Complex(c) => text::format_spec::format_complex(c.re, c.im, spec, "complex")?,
                ObjKind::Str(s) => format_str(s.as_str(), spec, "str")?,
                ObjKind::Instance(inst) if inst.class().lookup("__format__").is_some() => {
                    let f = inst.class().lookup("__format__").expect("checked");
                    // The built-in types' `__format__` with an empty spec is
                    // `str(self)`: a subclass's `__str__` decides.
                    if spec.is_empty() && inst.payload.is_some() && matches!(f.kind(), Some(ObjKind::Builtin(_))) {
                        return self.str(v);
                    }
                    let r = self.call_special(&f, &[v.clone(), Value::str(spec)])?;
                    return r.as_str().map(str::to_string).ok_or_else(|| {
                        PyErr::type_error(format!("__format__ must return a str, not {}", r.type_name()))
                    });
                }
                ObjKind::Instance(inst) if !spec.is_empty() && inst.payload.is_some() => {
                    let p = inst.payload.clone().expect("checked");
                    return self.format(&p, spec);
                }
                _ => {
                    if spec.is_empty() {
                        return self.str(v);
                    }
                    return Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        v.type_name()
                    )));
                }
            },
            _ => {
                if spec.is_empty() {
                    return self.str(v);
                }
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    v.type_name()
                )));
            }
        })
    }

    /// `fmt % args`
    pub fn percent_format(&mut self, fmt: &str, args: &Value<M>) -> PyResult<String, M> {
        crate::vm::percent::percent_format(self, fmt, args)
    }

    /// Whether a class is one of the built-in types (for reprs).
    pub fn is_builtin_class(&self, t: BuiltinType) -> bool {
        t != BuiltinType::Object
    }
}

/// The integer value of an int-like (int, bool, an object with
/// `__index__`), or None for anything else.
pub fn index_value<M: Model>(vm: &mut Vm<M>, v: &Value<M>) -> PyResult<Option<BigInt>, M> {
    Ok(match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.kind {
            ObjKind::BigInt(b) => Some(b.clone()),
            ObjKind::Instance(inst) if let Some(p) = inst.builtin_view("__index__") => return index_value(vm, &p),
            ObjKind::Instance(inst) if inst.class().lookup("__index__").is_some() => {
                let r = vm.call_method(v, "__index__", &[])?;
                match r {
                    Value::Int(i) => Some(BigInt::from(i)),
                    Value::Obj(ref o) if matches!(o.kind, ObjKind::BigInt(_)) => match &o.kind {
                        ObjKind::BigInt(b) => Some(b.clone()),
                        _ => None,
                    },
                    _ => {
                        return Err(PyErr::type_error(format!("__index__ returned non-int (type {})", r.type_name())));
                    }
                }
            }
            _ => None,
        },
        _ => None,
    })
}
