//! Attribute access: instances, classes, modules, `super`, and the methods
//! of built-in types (which live in their classes' dicts like any method).

use super::Vm;
use super::eval::{dict_get_str, dict_set_str};
use super::super_attr::super_attr;
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::dict::{Key, StrKey};
use crate::object::exception::Hint;
use crate::object::{Class, ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};

impl<M: Model> Vm<M> {
    /// `obj.name`
    pub fn getattr(&mut self, obj: &Value<M>, name: &str) -> PyResult<Value<M>, M> {
        self.getattr_key(obj, &StrKey::new(name))
    }

    /// [`Vm::getattr`] with the name's hash already known (LOAD_ATTR).
    pub fn getattr_key(&mut self, obj: &Value<M>, key: &StrKey) -> PyResult<Value<M>, M> {
        match self.getattr_opt_key(obj, key)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, key.as_str())),
        }
    }

    pub fn no_attribute(&self, obj: &Value<M>, name: &str) -> PyErr<M> {
        match obj.kind() {
            Some(ObjKind::Class(c)) => {
                PyErr::attribute_error(format!("type object '{}' has no attribute '{name}'", c.name))
            }
            Some(ObjKind::Module(m)) if self.interp.imports.is_running(&m.name) => PyErr::attribute_error(format!(
                "partially initialized module '{}' has no attribute '{name}' (most likely due to a circular import)",
                m.name
            )),
            Some(ObjKind::Module(m)) => {
                PyErr::attribute_error(format!("module '{}' has no attribute '{name}'", m.name))
            }
            _ => PyErr::attribute_error(format!("'{}' object has no attribute '{name}'", obj.type_name())),
        }
        .with_hint(Hint::Attribute(obj.clone(), name.to_string()))
    }

    /// `cls.name` given `v`, the value found for the name along the MRO of
    /// class `cls` (LOAD_ATTR's cached path shares it).
    pub(super) fn class_attr_value(&mut self, cls: &Value<M>, v: Value<M>) -> PyResult<Value<M>, M> {
        match v.kind() {
            Some(ObjKind::ClassMethod(f)) => self.bind_classmethod(f, cls),
            Some(ObjKind::StaticMethod(f)) => Ok(f.clone()),
            // A descriptor read through the class: `__get__(None, cls)`.
            Some(ObjKind::Instance(_)) if let Some(get) = self.descriptor_method(&v, "__get__") => {
                self.call(&get, &[v.clone(), Value::None, cls.clone()], &[])
            }
            _ => Ok(v),
        }
    }

    /// `obj.name`, or None when there is no such attribute.
    pub fn getattr_opt(&mut self, obj: &Value<M>, name: &str) -> PyResult<Option<Value<M>>, M> {
        self.getattr_opt_key(obj, &StrKey::new(name))
    }

    pub fn getattr_opt_key(&mut self, obj: &Value<M>, key: &StrKey) -> PyResult<Option<Value<M>>, M> {
        let name = key.as_str();
        if let Value::Obj(o) = obj {
            match &o.kind {
                ObjKind::Instance(inst) => {
                    if inst.class().custom_getattribute {
                        return self.custom_getattribute(obj, inst, name);
                    }
                    return match self.generic_getattr_key(obj, inst, key) {
                        Ok(Some(v)) => Ok(Some(v)),
                        Ok(None) => self.getattr_hook(obj, inst, name),
                        Err(e) => self.getattr_after_error(obj, inst, name, e),
                    };
                }
                ObjKind::Class(c) => {
                    // type's own data descriptors: not inherited from a
                    // base's dict (where an assignment leaves its value).
                    if matches!(name, "__name__" | "__qualname__") {
                        return Ok(Some(c.name_attr(name)));
                    }
                    if let Some(v) = c.lookup_key(key) {
                        return self.class_attr_value(obj, v).map(Some);
                    }
                    return Ok(match name {
                        "__name__" => Some(Value::str(c.name.clone())),
                        "__qualname__" => Some(Value::str(c.qualname.clone())),
                        "__module__" => Some(Value::str(c.display_module())),
                        "__bases__" => Some(Value::tuple(c.bases.iter().cloned().map(Value::Obj).collect())),
                        "__base__" => Some(c.bases.first().cloned().map(Value::Obj).unwrap_or(Value::None)),
                        "__mro__" => {
                            let mut v = vec![obj.clone()];
                            v.extend(c.mro.iter().cloned().map(Value::Obj));
                            Some(Value::tuple(v))
                        }
                        "__dict__" => Some(crate::modules::mappingproxy::new(self, c.dict.with(|d| d.clone()))),
                        "__doc__" => Some(Value::None),
                        "__class__" => Some(Value::Obj(self.type_of(obj))),
                        // Methods and properties of the metaclass (`C.mro()`).
                        _ => {
                            let meta = c
                                .metaclass
                                .clone()
                                .unwrap_or_else(|| self.builtin_type(crate::object::class::BuiltinType::Type).clone());
                            let found = match &meta.kind {
                                ObjKind::Class(m) => m.lookup(name),
                                _ => None,
                            };
                            match found {
                                Some(ref v) if let Some(ObjKind::Property(p)) = v.kind() => {
                                    let getter = p[0].clone();
                                    return self.call(&getter, std::slice::from_ref(obj), &[]).map(Some);
                                }
                                Some(v) if matches!(v.kind(), Some(ObjKind::Function(_))) => {
                                    Some(Value::obj(ObjKind::BoundMethod(v, obj.clone())))
                                }
                                // A descriptor on the metaclass: `__get__(cls, meta)`.
                                Some(ref v)
                                    if matches!(v.kind(), Some(ObjKind::Instance(_)))
                                        && let Some(get) = self.descriptor_method(v, "__get__") =>
                                {
                                    let args = [v.clone(), obj.clone(), Value::Obj(meta.clone())];
                                    return self.call(&get, &args, &[]).map(Some);
                                }
                                Some(v) => Some(self.bind(v, obj, &meta)),
                                // A metaclass's `__getattr__` answers for
                                // names the class does not have.
                                None => match &meta.kind {
                                    ObjKind::Class(m) if c.metaclass.is_some() => match m.lookup("__getattr__") {
                                        Some(hook) if !matches!(hook.kind(), Some(ObjKind::Builtin(_))) => {
                                            return self.call(&hook, &[obj.clone(), Value::str(name)], &[]).map(Some);
                                        }
                                        _ => None,
                                    },
                                    _ => None,
                                },
                            }
                        }
                    });
                }
                ObjKind::Module(m) => {
                    if name == "__dict__" {
                        return Ok(Some(Value::Obj(m.dict.clone())));
                    }
                    if name == "__class__" {
                        return Ok(Some(Value::Obj(self.type_of(obj))));
                    }
                    if let Some(v) = super::eval::dict_get_str(&m.dict, name) {
                        return Ok(Some(v));
                    }
                    // As CPython's module type: an annotations dict made on
                    // first use for a module whose code annotated nothing.
                    if name == "__annotations__" {
                        let fresh = Value::Obj(self.new_dict());
                        drop(super::eval::dict_set_str(&m.dict, name, fresh.clone()));
                        return Ok(Some(fresh));
                    }
                    // PEP 562: a module-level `__getattr__` answers for
                    // names the module does not define; its AttributeError
                    // propagates with its own message.
                    return match super::eval::dict_get_str(&m.dict, "__getattr__") {
                        // Not for the names import itself probes.
                        Some(hook)
                            if !matches!(
                                name,
                                "__all__" | "__path__" | "__spec__" | "__loader__" | "__file__" | "__getattr__"
                            ) =>
                        {
                            self.call(&hook, &[Value::str(name)], &[]).map(Some)
                        }
                        _ => Ok(None),
                    };
                }
                ObjKind::Super(start, receiver) => {
                    if let Some(v) = super_attr(start, receiver, name, |r| self.type_of(r)) {
                        return Ok(Some(v));
                    }
                    // Past the MRO (and for an unbound `super(C)`, which
                    // looks nothing up there), the super object's own type
                    // (`__get__`, `__repr__`, ...).
                    if !matches!(receiver, Value::None)
                        && let Some(v) = self.super_lookup(start, receiver, name)?
                    {
                        return Ok(Some(v));
                    }
                }
                ObjKind::Function(f) => match name {
                    _ if let Some(v) = f.attr(name) => return Ok(Some(v)),
                    "__name__" => return Ok(Some(Value::str(&*f.name))),
                    "__dict__" => return Ok(Some(Value::Obj(f.attrs_dict()))),
                    "__qualname__" => return Ok(Some(Value::str(f.code().code.qualname.clone()))),
                    "__code__" => return Ok(Some(Value::Obj(f.code_obj.clone()))),
                    "__globals__" => return Ok(Some(Value::Obj(f.globals.clone()))),
                    "__closure__" => {
                        return Ok(Some(if f.closure.is_empty() {
                            Value::None
                        } else {
                            Value::tuple(f.closure.iter().cloned().map(Value::Obj).collect())
                        }));
                    }
                    "__module__" => {
                        return Ok(Some(dict_get_str(&f.globals, "__name__").unwrap_or(Value::None)));
                    }
                    "__kwdefaults__" => return Ok(Some(f.kwdefaults.clone().map_or(Value::None, Value::Obj))),
                    "__annotations__" => {
                        // Made on first use and kept, as CPython does.
                        let d = Value::Obj(self.new_dict());
                        dict_set_str(&f.attrs_dict(), "__annotations__", d.clone());
                        return Ok(Some(d));
                    }
                    "__doc__" => {
                        return Ok(Some(f.code().code.doc.as_deref().map_or(Value::None, Value::str)));
                    }
                    "__defaults__" => {
                        return Ok(Some(if f.defaults.is_empty() {
                            Value::None
                        } else {
                            Value::tuple(f.defaults.to_vec())
                        }));
                    }
                    _ => {}
                },
                ObjKind::Code(c) if let Some(v) = code_attr(&c.code, name) => return Ok(Some(v)),
                ObjKind::Iter(state) if let Some(v) = self.generator_attr(state, name)? => return Ok(Some(v)),
                ObjKind::Iter(_) if let Some(v) = self.async_gen_attr(obj, name)? => return Ok(Some(v)),
                ObjKind::Builtin(b) if name == "__name__" => return Ok(Some(Value::str(b.name))),
                // A built-in method's module is None, as in CPython; a
                // function's is its module (`builtins` for len and print).
                ObjKind::Builtin(b) if name == "__module__" => {
                    return Ok(Some(match (b.is_method, b.module) {
                        (true, _) => Value::None,
                        (false, Some("os")) => Value::str("posix"),
                        (false, Some(m)) => Value::str(m),
                        (false, None) => Value::str("builtins"),
                    }));
                }
                ObjKind::Builtin(b) if name == "__qualname__" => {
                    let owner = if b.is_method || b.module.is_none() { self.builtin_method_owner(o) } else { None };
                    return Ok(Some(match owner {
                        Some(t) => Value::str(format!("{t}.{}", b.name)),
                        None => Value::str(b.name),
                    }));
                }
                ObjKind::Property(p) if let Some(i) = crate::object::property_accessor_slot(name) => {
                    return Ok(Some(p[i].clone()));
                }
                ObjKind::Property(p) if name == "__doc__" => {
                    // An explicit doc wins; otherwise the getter's docstring.
                    if !p[3].is_none() || p[0].is_none() {
                        return Ok(Some(p[3].clone()));
                    }
                    return Ok(Some(self.getattr_opt(&p[0], "__doc__")?.unwrap_or(Value::None)));
                }
                ObjKind::Property(p) if name == "__isabstractmethod__" => {
                    for part in p[..3].iter().filter(|v| !v.is_none()) {
                        if let Some(flag) = self.getattr_opt(part, "__isabstractmethod__")?
                            && self.truthy(&flag)?
                        {
                            return Ok(Some(Value::Bool(true)));
                        }
                    }
                    return Ok(Some(Value::Bool(false)));
                }
                ObjKind::ClassMethod(f) | ObjKind::StaticMethod(f) if name == "__isabstractmethod__" => {
                    let flag = self.getattr_opt(&f.clone(), name)?;
                    return Ok(Some(Value::Bool(match flag {
                        Some(v) => self.truthy(&v)?,
                        None => false,
                    })));
                }
                ObjKind::ClassMethod(f) | ObjKind::StaticMethod(f) if name == "__func__" || name == "__wrapped__" => {
                    return Ok(Some(f.clone()));
                }
                ObjKind::BoundMethod(f, s) => match name {
                    "__self__" => return Ok(Some(s.clone())),
                    "__func__" => return Ok(Some(f.clone())),
                    "__class__" => {}
                    // Everything else a method has comes from its function
                    // (`__name__`, `__doc__`, attributes set by decorators).
                    _ => {
                        if let Some(v) = self.getattr_opt(&f.clone(), name)? {
                            return Ok(Some(v));
                        }
                    }
                },
                _ => {}
            }
        }
        // Built-in types: methods and data descriptors (properties, as
        // CPython's getsets) from the type's dict, then special attributes.
        let t = self.type_of(obj);
        if let ObjKind::Class(c) = &t.kind
            && let Some(v) = c.lookup(name)
        {
            if let Some(ObjKind::Property(p)) = v.kind() {
                let getter = p[0].clone();
                return self.call(&getter, std::slice::from_ref(obj), &[]).map(Some);
            }
            return Ok(Some(self.bind(v, obj, &t)));
        }
        Ok(self.special_instance_attr(obj, name))
    }

    /// Attributes every object has (`__class__`), and exception attributes.
    pub(super) fn special_instance_attr(&mut self, obj: &Value<M>, name: &str) -> Option<Value<M>> {
        match name {
            "__class__" => return Some(Value::Obj(self.type_of(obj))),
            // minipy keeps no docstrings for built-in types, functions and
            // methods: they read as None rather than failing.
            "__doc__" if !matches!(obj.kind(), Some(ObjKind::Instance(_))) => return Some(Value::None),
            "__dict__" => {
                if let Some(ObjKind::Instance(i)) = obj.kind()
                    && has_instance_dict(i)
                {
                    return Some(Value::Obj(i.dict_obj()));
                }
            }
            _ => {}
        }
        if let Some(ObjKind::Instance(inst)) = obj.kind()
            && let Some(exc) = &inst.exc
        {
            return match name {
                "args" => Some(Value::tuple(exc.with(|e| e.args.clone()))),
                "__cause__" => Some(exc.with(|e| e.cause.clone())),
                "__context__" => Some(exc.with(|e| e.context.clone())),
                "__suppress_context__" => Some(Value::Bool(exc.with(|e| e.suppress_context))),
                "__traceback__" => Some(Value::None),
                "value" if inst.class().exc == Some(ExcType::StopIteration) => {
                    Some(exc.with(|e| e.args.first().cloned().unwrap_or(Value::None)))
                }
                "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
                    if matches!(
                        inst.class().exc,
                        Some(ExcType::SyntaxError | ExcType::IndentationError | ExcType::TabError)
                    ) =>
                {
                    Some(exc.with(|e| syntax_error_field(&e.args, name)))
                }
                "encoding" | "object" | "start" | "end" | "reason"
                    if let Some(t) = inst.class().exc
                        && let Some(v) = exc.with(|e| crate::modules::unicode_error::field(t, &e.args, name)) =>
                {
                    Some(v)
                }
                "errno" | "strerror" | "filename" | "filename2"
                    if inst.class().exc.is_some_and(|t| t.is_subclass_of(ExcType::OSError)) =>
                {
                    // Set on the instance (natively raised errors, assignments) first.
                    match dict_get_str(&inst.dict_obj(), name) {
                        Some(v) => Some(v),
                        None => Some(exc.with(|e| crate::modules::os_error::os_error_field(&e.args, name))),
                    }
                }
                "code" if inst.class().exc == Some(ExcType::SystemExit) => Some(exc.with(|e| match e.args.len() {
                    0 => Value::None,
                    1 => e.args[0].clone(),
                    _ => Value::tuple(e.args.clone()),
                })),
                _ => None,
            };
        }
        match (obj, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(Value::Int(int_of(obj))),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Obj(o), _) => match (&o.kind, name) {
                (ObjKind::Complex(c), "real") => Some(Value::Float(c.re)),
                (ObjKind::Complex(c), "imag") => Some(Value::Float(c.im)),
                (ObjKind::BigInt(_), "real" | "numerator") => Some(obj.clone()),
                (ObjKind::BigInt(_), "imag") => Some(Value::Int(0)),
                (ObjKind::BigInt(_), "denominator") => Some(Value::Int(1)),
                (ObjKind::Range(r), "start") => Some(Value::Int(r.start)),
                (ObjKind::Range(r), "stop") => Some(Value::Int(r.stop)),
                (ObjKind::Range(r), "step") => Some(Value::Int(r.step)),
                (ObjKind::Slice(parts), "start") => Some(parts[0].clone()),
                (ObjKind::Slice(parts), "stop") => Some(parts[1].clone()),
                (ObjKind::Slice(parts), "step") => Some(parts[2].clone()),
                // A property subclass: its property's accessors.
                (ObjKind::Instance(_), "fget" | "fset" | "fdel") => {
                    let slot = crate::object::property_accessor_slot(name)?;
                    crate::object::property_parts(obj).map(|parts| parts[slot].clone())
                }
                // A subclass of a number type: its value's parts.
                (ObjKind::Instance(i), "real" | "imag" | "numerator" | "denominator") => {
                    let p = i.payload.clone()?;
                    self.special_instance_attr(&p, name)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// `classmethod(f)` read through the class `cls`: as CPython 3.11, a
    /// wrapped descriptor (a property, another classmethod) is asked for
    /// its value with `cls`; a function is bound to `cls`.
    pub(super) fn bind_classmethod(&mut self, f: &Value<M>, cls: &Value<M>) -> PyResult<Value<M>, M> {
        match f.kind() {
            Some(ObjKind::Property(p)) => {
                let getter = p[0].clone();
                self.call(&getter, std::slice::from_ref(cls), &[])
            }
            Some(ObjKind::Instance(_)) if let Some(get) = self.descriptor_method(f, "__get__") => {
                self.call(&get, &[f.clone(), cls.clone(), cls.clone()], &[])
            }
            _ => Ok(Value::obj(ObjKind::BoundMethod(f.clone(), cls.clone()))),
        }
    }

    /// Turn a class attribute into what `instance.attr` gives.
    pub(super) fn bind(&mut self, attr: Value<M>, receiver: &Value<M>, cls: &ObjRef<M>) -> Value<M> {
        match attr.kind() {
            Some(ObjKind::Function(_)) => match receiver.kind() {
                Some(ObjKind::Class(_)) => attr,
                _ => Value::obj(ObjKind::BoundMethod(attr, receiver.clone())),
            },
            Some(ObjKind::Builtin(b)) if b.is_method => Value::obj(ObjKind::BoundMethod(attr, receiver.clone())),
            Some(ObjKind::ClassMethod(f)) => {
                let owner = match receiver.kind() {
                    Some(ObjKind::Class(_)) => receiver.clone(),
                    _ => Value::Obj(cls.clone()),
                };
                Value::obj(ObjKind::BoundMethod(f.clone(), owner))
            }
            Some(ObjKind::StaticMethod(f)) => f.clone(),
            _ => attr,
        }
    }

    /// LOAD_METHOD: `(function, receiver)` for a method found on the type,
    /// avoiding a bound-method allocation; `(attr, Undef)` otherwise.
    pub fn load_method(&mut self, obj: Value<M>, name: &str) -> PyResult<(Value<M>, Value<M>), M> {
        self.load_method_key(obj, &StrKey::new(name))
    }

    /// LOAD_METHOD, the name's hash already known.
    pub fn load_method_key(&mut self, obj: Value<M>, key: &StrKey) -> PyResult<(Value<M>, Value<M>), M> {
        let name = key.as_str();
        let found = match &obj {
            Value::Obj(o) => match &o.kind {
                ObjKind::Instance(inst) => {
                    // A `__getattribute__` written in Python sees every
                    // lookup: `getattr_key` below asks it.
                    let shadowed =
                        inst.class().custom_getattribute || inst.with_dict(|d| !d.is_empty() && d.contains_key(key));
                    if shadowed {
                        None
                    } else {
                        inst.class().lookup_key(key).filter(|v| matches!(v.kind(), Some(ObjKind::Function(_))))
                    }
                }
                // `super().name(...)`: the function, called with the
                // receiver, as `getattr` would find and bind it.
                ObjKind::Super(start, receiver)
                    if !matches!(receiver, Value::None)
                        && super_attr(start, receiver, name, |r| self.type_of(r)).is_none() =>
                {
                    if let Some(f) = self.super_method(start, receiver, key) {
                        return Ok((f, receiver.clone()));
                    }
                    None
                }
                ObjKind::Class(_) | ObjKind::Module(_) | ObjKind::Super(..) => None,
                _ => self.builtin_method(&obj, name),
            },
            _ => self.builtin_method(&obj, name),
        };
        match found {
            Some(f) => Ok((f, obj)),
            None => {
                let v = self.getattr_key(&obj, key)?;
                // A Python function bound on the way (`super().f`, a
                // class's `__getattr__`): call it with its receiver in place
                // instead of through the bound method, as if found above.
                if let Some(ObjKind::BoundMethod(f, receiver)) = v.kind()
                    && matches!(f.kind(), Some(ObjKind::Function(_)))
                {
                    return Ok((f.clone(), receiver.clone()));
                }
                Ok((v, Value::Undef))
            }
        }
    }

    fn builtin_method(&self, obj: &Value<M>, name: &str) -> Option<Value<M>> {
        let t = self.type_of(obj);
        match &t.kind {
            ObjKind::Class(c) => {
                c.lookup(name).filter(|v| matches!(v.kind(), Some(ObjKind::Builtin(b)) if b.is_method))
            }
            _ => None,
        }
    }

    /// `obj.name = value`
    pub fn setattr(&mut self, obj: &Value<M>, name: &str, value: Value<M>) -> PyResult<(), M> {
        self.setattr_key(obj, &StrKey::new(name), value)
    }

    /// STORE_ATTR, the name's hash already known.
    pub fn setattr_key(&mut self, obj: &Value<M>, key: &StrKey, value: Value<M>) -> PyResult<(), M> {
        let name = key.as_str();
        if let Some(ObjKind::Instance(inst)) = obj.kind() {
            // object.__setattr__ (a built-in) is what `generic_setattr` does.
            let custom = inst.class().lookup("__setattr__").filter(|f| !matches!(f.kind(), Some(ObjKind::Builtin(_))));
            if let Some(setattr) = custom {
                self.call(&setattr, &[obj.clone(), Value::str(name), value], &[])?;
                return Ok(());
            }
        }
        if let Some(ObjKind::Class(_)) = obj.kind() {
            // `Cls.x = v` goes through a metaclass's own `__setattr__` (enum
            // uses it to protect members); type's built-in one is the default.
            let meta = self.type_of(obj);
            let custom = match &meta.kind {
                ObjKind::Class(m) => m.lookup("__setattr__").filter(|f| !matches!(f.kind(), Some(ObjKind::Builtin(_)))),
                _ => None,
            };
            if let Some(setattr) = custom {
                self.call(&setattr, &[obj.clone(), Value::str(name), value], &[])?;
                return Ok(());
            }
        }
        self.generic_setattr_key(obj, key, value)
    }

    /// The key object for a new instance attribute: shared per name where
    /// the model allows, else a fresh string.
    pub fn attr_key(&mut self, key: &StrKey) -> Value<M> {
        const SIZE: usize = 256;
        if !M::SHARED_ATTR_KEYS {
            return Value::str(key.as_str());
        }
        if self.attr_keys.is_empty() {
            self.attr_keys.resize(SIZE, None);
        }
        let slot = &mut self.attr_keys[key.hash_value() as usize % SIZE];
        if let Some(v) = slot
            && v.as_str() == Some(key.as_str())
        {
            return v.clone();
        }
        let v = Value::str(key.as_str());
        *slot = Some(v.clone());
        v
    }

    /// `object.__setattr__(obj, name, value)`: data descriptors, then the
    /// instance's `__dict__`.
    pub fn generic_setattr(&mut self, obj: &Value<M>, name: &str, value: Value<M>) -> PyResult<(), M> {
        self.generic_setattr_key(obj, &StrKey::new(name), value)
    }

    pub fn generic_setattr_key(&mut self, obj: &Value<M>, key: &StrKey, value: Value<M>) -> PyResult<(), M> {
        let name = key.as_str();
        if name == "__class__" {
            return assign_class(obj, &value);
        }
        match obj.kind() {
            Some(ObjKind::Instance(inst)) => {
                let class_attr = inst.class().lookup_key(key);
                if let Some(ca) = &class_attr
                    && let Some(ObjKind::Property(p)) = ca.kind()
                {
                    let setter = p[1].clone();
                    if setter.is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "property '{name}' of '{}' object has no setter",
                            inst.class_name()
                        )));
                    }
                    self.call(&setter, &[obj.clone(), value], &[])?;
                    return Ok(());
                }
                if let Some(ca) = class_attr
                    && !super::slots::is_member_for(&ca, key)
                    && let Some(set) = self.descriptor_method(&ca, "__set__")
                {
                    self.call(&set, &[ca, obj.clone(), value], &[])?;
                    return Ok(());
                }
                if let (Some(exc), "__cause__") = (&inst.exc, name) {
                    exc.with(|e| {
                        e.cause = value;
                        e.suppress_context = true;
                    });
                    return Ok(());
                }
                if name == "__dict__" && has_instance_dict(inst) {
                    // A dict subclass shares its built-in dict (`self.__dict__ = self`).
                    let d = match value.kind() {
                        Some(ObjKind::Dict(_)) => value.as_obj().cloned(),
                        Some(ObjKind::Instance(v)) => match &v.payload {
                            Some(Value::Obj(p)) if matches!(p.kind, ObjKind::Dict(_)) => Some(p.clone()),
                            _ => None,
                        },
                        _ => None,
                    };
                    let Some(d) = d else {
                        return Err(PyErr::type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            value.type_name()
                        )));
                    };
                    drop(inst.replace_dict(d));
                    return Ok(());
                }
                let slotted = inst.class().slots.as_ref().is_some_and(|s| s.iter().any(|s| s == name));
                if !slotted && !has_instance_dict(inst) {
                    return Err(self.no_attribute(obj, name));
                }
                let old = match inst.with_dict(|d| d.replace_key(key, value)) {
                    Ok(old) => Some(old),
                    Err(value) => {
                        let k = Key { hash: key.hash_value(), value: self.attr_key(key) };
                        inst.with_dict(|d| d.insert(k, value))
                    }
                };
                drop(old);
                Ok(())
            }
            Some(ObjKind::Class(c)) => {
                self.check_class_attr_write(obj, c, name, Some(&value))?;
                if name == "__del__" {
                    c.mark_finalizer();
                }
                let old = c.dict.with(|d| d.insert(Key::str(name), value));
                crate::object::class_cache::invalidate();
                drop(old);
                Ok(())
            }
            Some(ObjKind::Module(m)) => {
                let old = super::eval::dict_set_str(&m.dict, name, value);
                drop(old);
                Ok(())
            }
            Some(ObjKind::Function(f)) => {
                if name == "__dict__" {
                    return Err(PyErr::new(
                        ExcType::NotImplementedError,
                        "assigning to a function's __dict__ is not supported by minipy",
                    ));
                }
                let old = super::eval::dict_set_str(&f.attrs_dict(), name, value);
                drop(old);
                Ok(())
            }
            _ => Err(PyErr::attribute_error(format!("'{}' object has no attribute '{name}'", obj.type_name()))),
        }
    }

    /// CPython's refusals for `Cls.name = value` (`value` None: `del`):
    /// built-in types are immutable, and a class's names must be strings.
    fn check_class_attr_write(
        &self,
        obj: &Value<M>,
        c: &crate::object::Class<M>,
        name: &str,
        value: Option<&Value<M>>,
    ) -> PyResult<(), M> {
        let builtin = match c.exc {
            Some(e) => self.exc_class(e),
            None => self.builtin_type(c.builtin),
        };
        if c.module == "builtins" && obj.as_obj().is_some_and(|o| ObjRef::ptr_eq(o, builtin)) {
            return Err(PyErr::type_error(format!("cannot set '{name}' attribute of immutable type '{}'", c.name)));
        }
        if matches!(name, "__name__" | "__qualname__") {
            match value {
                None => {
                    return Err(PyErr::type_error(format!(
                        "cannot delete '{name}' attribute of immutable type '{}'",
                        c.name
                    )));
                }
                Some(v) if v.as_str().is_none() => {
                    return Err(PyErr::type_error(format!(
                        "can only assign string to {}.{name}, not '{}'",
                        c.name,
                        v.type_name()
                    )));
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    /// `del obj.name`
    pub fn delattr(&mut self, obj: &Value<M>, name: &str) -> PyResult<(), M> {
        if let Some(ObjKind::Instance(inst)) = obj.kind()
            && let Some(f) =
                inst.class().lookup("__delattr__").filter(|f| !matches!(f.kind(), Some(ObjKind::Builtin(_))))
        {
            self.call_special(&f, &[obj.clone(), Value::str(name)])?;
            return Ok(());
        }
        // A metaclass's own __delattr__ (an Enum refuses to lose a member).
        if let Some(ObjKind::Class(c)) = obj.kind()
            && c.metaclass.is_some()
            && let Some(f) = self.metaclass_method(obj, "__delattr__")
        {
            self.call(&f, &[Value::str(name)], &[])?;
            return Ok(());
        }
        self.generic_delattr(obj, name)
    }

    /// `object.__delattr__(obj, name)`: property deleters and data
    /// descriptors, then the instance's `__dict__`.
    pub fn generic_delattr(&mut self, obj: &Value<M>, name: &str) -> PyResult<(), M> {
        if name == "__class__" {
            return Err(PyErr::type_error("can't delete __class__ attribute"));
        }
        // `del obj.__dict__`: CPython makes a fresh empty one on next use.
        if name == "__dict__"
            && let Some(ObjKind::Instance(inst)) = obj.kind()
            && has_instance_dict(inst)
        {
            let fresh = ObjRef::new(ObjKind::Dict(M::Cell::new(crate::object::Dict::new())));
            drop(inst.replace_dict(fresh));
            return Ok(());
        }
        if let Some(ObjKind::Instance(inst)) = obj.kind()
            && let Some(ca) = inst.class().lookup(name)
        {
            if let Some(ObjKind::Property(p)) = ca.kind() {
                let deleter = p[2].clone();
                if deleter.is_none() {
                    return Err(PyErr::attribute_error(format!(
                        "property '{name}' of '{}' object has no deleter",
                        inst.class_name()
                    )));
                }
                self.call(&deleter, std::slice::from_ref(obj), &[])?;
                return Ok(());
            }
            if let Some(del) = self.descriptor_method(&ca, "__delete__") {
                self.call(&del, &[ca, obj.clone()], &[])?;
                return Ok(());
            }
        }
        let removed = match obj.kind() {
            Some(ObjKind::Instance(inst)) => inst.with_dict(|d| d.remove(&StrKey::new(name))),
            Some(ObjKind::Class(c)) => {
                self.check_class_attr_write(obj, c, name, None)?;
                let removed = c.dict.with(|d| d.remove(&StrKey::new(name)));
                crate::object::class_cache::invalidate();
                removed
            }
            // A module's attributes are its globals; a missing one gets
            // object.__delattr__'s message, as in CPython.
            Some(ObjKind::Module(m)) => match super::eval::dict_del_str(&m.dict, name) {
                Some(_) => return Ok(()),
                None => {
                    return Err(PyErr::attribute_error(format!("'module' object has no attribute '{name}'")));
                }
            },
            _ => None,
        };
        match removed {
            Some(_) => Ok(()),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `from module import name`: an attribute of the module, or else its
    /// submodule `name` (which this imports).
    pub fn import_from(&mut self, module: &Value<M>, name: &str) -> PyResult<Value<M>, M> {
        match self.getattr_opt(module, name) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            // A module `__getattr__` that does not know the name: the
            // ImportError below, as in CPython.
            Err(e) if crate::runner::is_exc_type(&e, ExcType::AttributeError) => {}
            Err(e) => return Err(e),
        }
        let Some(ObjKind::Module(m)) = module.kind() else {
            return Err(PyErr::new(ExcType::ImportError, format!("cannot import name '{name}'")));
        };
        let (mname, mdict) = (m.name.clone(), m.dict.clone());
        if super::eval::dict_get_str(&mdict, "__path__").is_some() {
            let full = format!("{mname}.{name}");
            match self.import_absolute(&full) {
                Ok(sub) => return Ok(sub),
                Err(e) if crate::runner::is_exc_type(&e, ExcType::ModuleNotFoundError) => {}
                Err(e) => return Err(e),
            }
        }
        let location = match super::eval::dict_get_str(&mdict, "__file__").as_ref().and_then(|f| f.as_str()) {
            Some(f) => f.to_string(),
            None => "unknown location".to_string(),
        };
        let initializing = self.interp.imports.is_running(&mname);
        let msg = if initializing {
            format!(
                "cannot import name '{name}' from partially initialized module '{mname}' (most likely due to a circular import) ({location})"
            )
        } else {
            format!("cannot import name '{name}' from '{mname}' ({location})")
        };
        Err(PyErr::new(ExcType::ImportError, msg))
    }

    /// BEFORE_WITH: `(bound __exit__, result of __enter__())`.
    pub fn enter_context(&mut self, mgr: &Value<M>) -> PyResult<(Value<M>, Value<M>), M> {
        let enter = self.getattr_opt(mgr, "__enter__")?;
        let exit = self.getattr_opt(mgr, "__exit__")?;
        match (enter, exit) {
            (Some(enter), Some(exit)) => {
                let entered = self.call(&enter, &[], &[])?;
                Ok((exit, entered))
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support the context manager protocol",
                mgr.type_name()
            ))),
        }
    }
}

/// Whether instances of this class have a `__dict__`: those of classes
/// written in Python, and exceptions; not `object()` or other built-ins.
/// The `co_*` attributes of a code object that minipy can answer.
fn code_attr<M: Model>(code: &crate::bytecode::Code, name: &str) -> Option<Value<M>> {
    let names = |v: &[String]| Value::tuple(v.iter().map(|n| Value::str(n.clone())).collect());
    Some(match name {
        "co_name" => Value::str(&*code.name),
        "co_qualname" => Value::str(code.qualname.clone()),
        "co_filename" => Value::str(code.filename().to_string()),
        "co_firstlineno" => Value::Int(code.first_line as i64),
        "co_argcount" => Value::Int(code.argcount as i64),
        // minipy does not keep the `/` marker's position.
        "co_posonlyargcount" => Value::Int(code.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(code.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(code.varnames.len() as i64),
        "co_varnames" => names(&code.varnames),
        "co_cellvars" => names(&code.cellvars),
        "co_freevars" => names(&code.freevars),
        "co_names" => names(&code.names),
        "co_flags" => {
            use crate::bytecode::code::flags;
            let shared =
                flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
            // CO_OPTIMIZED | CO_NEWLOCALS for function bodies.
            let frame = if code.has_flag(flags::NAMESPACE_BODY) { 0 } else { 0x3 };
            Value::Int(((code.flags & shared) | frame) as i64)
        }
        "co_stacksize" => Value::Int(code.max_stack as i64),
        _ => return None,
    })
}

pub fn has_instance_dict<M: Model>(inst: &crate::object::Instance<M>) -> bool {
    let c = inst.class();
    (c.exc.is_some() || c.module != "builtins") && c.slots.is_none()
}

fn int_of<M: Model>(v: &Value<M>) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
}

/// A SyntaxError's `msg`, `filename`, `lineno`, `offset` and `text`, kept in
/// its args as `(msg, (filename, lineno, offset, text))`.
fn syntax_error_field<M: Model>(args: &[Value<M>], name: &str) -> Value<M> {
    if name == "msg" {
        return args.first().cloned().unwrap_or(Value::None);
    }
    let position = ["filename", "lineno", "offset", "text"].iter().position(|n| *n == name);
    match (args.get(1).and_then(|d| d.kind()), position) {
        (Some(ObjKind::Tuple(details)), Some(i)) => details.get(i).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

/// `obj.__class__ = value`: between two classes defined in Python whose
/// instances have the same layout (the same built-in base, exception kind
/// and `__slots__`) the instance takes the new class and keeps its
/// `__dict__` (and built-in value); otherwise CPython's errors (a value
/// that is not a class, a built-in type on either side, different
/// layouts).
fn assign_class<M: Model>(obj: &Value<M>, value: &Value<M>) -> PyResult<(), M> {
    let Some(ObjKind::Class(new)) = value.kind() else {
        return Err(PyErr::type_error(format!("__class__ must be set to a class, not '{}' object", value.type_name())));
    };
    let Some(ObjKind::Instance(inst)) = obj.kind() else {
        return Err(PyErr::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    let old = inst.class();
    let builtin = |c: &Class<M>| c.display_module() == "builtins";
    if builtin(old) || builtin(new) {
        return Err(PyErr::type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    if instance_layout(old) != instance_layout(new) {
        return Err(PyErr::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        )));
    }
    inst.set_class(value.as_obj().expect("class").clone());
    Ok(())
}

/// What decides whether instances of two user classes share a memory layout
/// in CPython: the built-in base they extend, the exception kind, and the
/// `__slots__` along the MRO (a `__dict__` slot aside).
fn instance_layout<M: Model>(c: &Class<M>) -> (BuiltinType, bool, Vec<String>) {
    let mut slots = Vec::new();
    let own = c.dict.with(|d| d.get(&StrKey::new("__slots__")).cloned());
    let bases = c.mro.iter().filter_map(|b| match &b.kind {
        ObjKind::Class(b) => Some(b.dict.with(|d| d.get(&StrKey::new("__slots__")).cloned())),
        _ => None,
    });
    for declared in std::iter::once(own).chain(bases).flatten() {
        let names: Vec<String> = match declared.kind() {
            Some(ObjKind::Tuple(t)) => t.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
            Some(ObjKind::List(l)) => l.with(|l| l.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()),
            _ => declared.as_str().map(str::to_string).into_iter().collect(),
        };
        slots.extend(names.into_iter().filter(|n| n != "__dict__" && n != "__weakref__"));
    }
    (c.builtin, c.exc.is_some(), slots)
}
