//! Metaclasses: which metaclass a `class` statement uses (explicit,
//! inherited from the bases, or CPython's conflict error), `__prepare__`,
//! calling a metaclass derived from `type`, and `__init_subclass__`.
//!
//! A class whose metaclass is not `type` records it in `Class::metaclass`;
//! `type(cls)` answers it, and attribute lookup on the class falls back to
//! it (attr.rs), so methods and properties of the metaclass work on classes.

use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::{Dict, ObjKind, ObjRef, PyErr, PyResult, Value};

use super::Vm;

/// Keyword arguments as parallel name and value lists (`call`'s layout).
pub type Keywords<M> = Vec<(Value<M>, Value<M>)>;

/// A `__new__`/`__prepare__`/... written in Python (not the built-in one).
fn python_callable<M: Model>(v: &Value<M>) -> Option<(Value<M>, bool)> {
    match v.kind() {
        Some(ObjKind::Function(_)) => Some((v.clone(), false)),
        Some(ObjKind::StaticMethod(f)) if !matches!(f.kind(), Some(ObjKind::Builtin(_))) => Some((f.clone(), false)),
        Some(ObjKind::ClassMethod(f)) if !matches!(f.kind(), Some(ObjKind::Builtin(_))) => Some((f.clone(), true)),
        _ => None,
    }
}

impl<M: Model> Vm<M> {
    /// The items of a class statement's keyword dict, in source order.
    pub(super) fn keyword_items(kw: Option<Value<M>>) -> Keywords<M> {
        match kw.as_ref().and_then(|k| k.kind()) {
            Some(ObjKind::Dict(d)) => ObjCell::with(d, |d| d.items()),
            _ => Vec::new(),
        }
    }

    /// `metaclass=` if given, else the most derived metaclass of the bases;
    /// `None` when that is plain `type` (the fast path).
    pub fn select_metaclass(&mut self, bases: &[Value<M>], kw: &mut Keywords<M>) -> PyResult<Option<Value<M>>, M> {
        let explicit = kw.iter().position(|(k, _)| k.as_str() == Some("metaclass")).map(|i| kw.remove(i).1);
        let mut winner = match explicit {
            // A plain function as metaclass is simply called.
            Some(m) if !matches!(m.kind(), Some(ObjKind::Class(_))) => return Ok(Some(m)),
            Some(m) => m.as_obj().cloned().expect("class"),
            // As CPython's __build_class__: the type of the first base,
            // even when that base is not a class (`class X(1)` calls int).
            None => match bases.first() {
                Some(b) => self.type_of(b),
                None => self.builtin_type(BuiltinType::Type).clone(),
            },
        };
        for b in bases {
            let t = self.type_of(b);
            winner = more_derived(winner, t)?;
        }
        if ObjRef::ptr_eq(&winner, self.builtin_type(BuiltinType::Type)) {
            return Ok(None);
        }
        Ok(Some(Value::Obj(winner)))
    }

    /// The namespace a class body runs in: `meta.__prepare__(name, bases,
    /// **kw)` when the metaclass defines one, else a new dict.
    pub(super) fn prepare_namespace(
        &mut self,
        meta: &Value<M>,
        name: &str,
        bases: &[Value<M>],
        kw: &Keywords<M>,
    ) -> PyResult<ObjRef<M>, M> {
        let prepare = match meta.kind() {
            Some(ObjKind::Class(c)) => c.lookup("__prepare__").and_then(|p| python_callable(&p)),
            _ => None,
        };
        let Some((f, takes_cls)) = prepare else {
            return Ok(self.new_dict());
        };
        let mut args = Vec::new();
        if takes_cls {
            args.push(meta.clone());
        }
        args.push(Value::str(name));
        args.push(Value::tuple(bases.to_vec()));
        let (names, vals): (Vec<_>, Vec<_>) = kw.iter().cloned().unzip();
        args.extend(vals);
        let ns = self.call(&f, &args, &names)?;
        // Any mapping will do (CPython's PyMapping_Check: the type has
        // `__getitem__`); the class body then goes through its methods.
        let t = self.type_of(&ns);
        let is_mapping = matches!(&t.kind, ObjKind::Class(c) if c.lookup("__getitem__").is_some());
        match ns {
            Value::Obj(o) if is_mapping => Ok(o),
            other => {
                let meta_name = match meta.kind() {
                    Some(ObjKind::Class(c)) => c.name.clone(),
                    _ => "?".into(),
                };
                Err(PyErr::type_error(format!(
                    "{meta_name}.__prepare__() must return a mapping, not {}",
                    other.type_name()
                )))
            }
        }
    }

    /// The end of a class statement with a metaclass other than `type`:
    /// `meta(name, bases, namespace, **kw)`.
    pub(super) fn call_metaclass(
        &mut self,
        meta: &Value<M>,
        name: String,
        bases: Vec<Value<M>>,
        namespace: ObjRef<M>,
        class_cell: Value<M>,
        kw: Keywords<M>,
    ) -> PyResult<Value<M>, M> {
        if let Some(ObjKind::Cell(_)) = class_cell.kind() {
            match &namespace.kind {
                ObjKind::Dict(d) => ObjCell::with(d, |d| d.set_str("__classcell__", class_cell.clone())),
                _ => self.setitem(&Value::Obj(namespace.clone()), Value::str("__classcell__"), class_cell.clone())?,
            }
        }
        let (names, vals): (Vec<_>, Vec<_>) = kw.into_iter().unzip();
        let mut args = vec![Value::str(name), Value::tuple(bases), Value::Obj(namespace)];
        args.extend(vals);
        self.call(meta, &args, &names)
    }

    /// Calling a Python class derived from `type` (a metaclass `M`):
    /// `M.__new__` (its own, or `type.__new__`), then `M.__init__`.
    pub(super) fn instantiate_metaclass(
        &mut self,
        meta: &ObjRef<M>,
        args: &[Value<M>],
        kwnames: &[Value<M>],
    ) -> PyResult<Value<M>, M> {
        let ObjKind::Class(mc) = &meta.kind else { unreachable!() };
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(Value::Obj(meta.clone()));
        full.extend_from_slice(args);
        let cls = match mc.lookup("__new__").and_then(|f| python_callable(&f)) {
            Some((new, _)) => self.call(&new, &full, kwnames)?,
            None => {
                let a = crate::object::function::Args::split(&full, kwnames);
                self.type_dunder_new(a)?
            }
        };
        if !self.isinstance(&cls, meta) {
            return Ok(cls);
        }
        if let Some((init, _)) = mc.lookup("__init__").and_then(|f| python_callable(&f)) {
            full[0] = cls.clone();
            let r = self.call(&init, &full, kwnames)?;
            if !r.is_none() {
                return Err(PyErr::type_error(format!("__init__() should return None, not '{}'", r.type_name())));
            }
        }
        Ok(cls)
    }

    /// `type.__new__(mcls, name, bases, namespace, **kw)`.
    pub fn type_dunder_new(&mut self, args: crate::object::function::Args<'_, M>) -> PyResult<Value<M>, M> {
        let pos = args.pos;
        let mcls = match pos.first().and_then(|m| m.as_obj()) {
            Some(m) if matches!(m.kind, ObjKind::Class(_)) => m.clone(),
            _ => return Err(PyErr::type_error("type.__new__(X): X is not a type object")),
        };
        if pos.len() == 2 && args.kwnames.is_empty() {
            return Ok(Value::Obj(self.type_of(&pos[1])));
        }
        if pos.len() != 4 {
            return Err(PyErr::type_error("type.__new__() takes exactly 3 arguments"));
        }
        let Some(name) = pos[1].as_str().map(str::to_string) else {
            return Err(PyErr::type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                pos[1].type_name()
            )));
        };
        let bases = match pos[2].kind() {
            Some(ObjKind::Tuple(t)) => t.to_vec(),
            _ => {
                return Err(PyErr::type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    pos[2].type_name()
                )));
            }
        };
        // A dict subclass (what a `__prepare__` may return) is copied too.
        let ns = match pos[3].kind() {
            Some(ObjKind::Instance(i))
                if i.payload.as_ref().is_some_and(|p| matches!(p.kind(), Some(ObjKind::Dict(_)))) =>
            {
                i.payload.clone().expect("checked")
            }
            _ => pos[3].clone(),
        };
        let mut dict: Dict<M> = match ns.kind() {
            Some(ObjKind::Dict(d)) => ObjCell::with(d, |d| d.clone()),
            _ => {
                return Err(PyErr::type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    pos[3].type_name()
                )));
            }
        };
        let qualname = dict.get_str("__qualname__").and_then(|q| q.as_str().map(str::to_string));
        let cell = dict.remove(&crate::object::dict::Key::str("__classcell__")).unwrap_or(Value::None);
        let kw: Keywords<M> = args.kwnames.iter().cloned().zip(args.kwvals.iter().cloned()).collect();
        self.new_class(mcls, name, qualname, bases, dict, cell, kw)
    }

    /// A new class with metaclass `mcls` (or a more derived one from the
    /// bases), then `__init_subclass__(**kw)` on its parent.
    #[allow(clippy::too_many_arguments)]
    pub fn new_class(
        &mut self,
        mcls: ObjRef<M>,
        name: String,
        qualname: Option<String>,
        bases: Vec<Value<M>>,
        dict: Dict<M>,
        cell: Value<M>,
        kw: Keywords<M>,
    ) -> PyResult<Value<M>, M> {
        let mut winner = mcls;
        for b in &bases {
            if matches!(b.kind(), Some(ObjKind::Class(_))) {
                let t = self.type_of(b);
                winner = more_derived(winner, t)?;
            }
        }
        let meta = if ObjRef::ptr_eq(&winner, self.builtin_type(BuiltinType::Type)) { None } else { Some(winner) };
        let qualname = qualname.unwrap_or_else(|| name.clone());
        let cls = self.class_from_namespace_meta(name, qualname, bases, dict, cell, meta)?;
        self.init_subclass(&cls, kw)?;
        Ok(cls)
    }

    /// `super(cls, cls).__init_subclass__(**kw)`: the nearest base's hook
    /// (object's takes no keyword arguments).
    pub fn init_subclass(&mut self, cls: &Value<M>, kw: Keywords<M>) -> PyResult<(), M> {
        let Some(ObjKind::Class(c)) = cls.kind() else { return Ok(()) };
        for base in &c.mro {
            let ObjKind::Class(bc) = &base.kind else { continue };
            let Some(hook) = bc.dict.with(|d| d.get_str("__init_subclass__").cloned()) else { continue };
            return match python_callable(&hook) {
                Some((f, _)) => {
                    let (names, vals): (Vec<_>, Vec<_>) = kw.into_iter().unzip();
                    let mut args = vec![cls.clone()];
                    args.extend(vals);
                    self.call(&f, &args, &names).map(|_| ())
                }
                None if kw.is_empty() => Ok(()),
                None => Err(PyErr::type_error(format!("{}.__init_subclass__() takes no keyword arguments", c.name))),
            };
        }
        Ok(())
    }

    /// A method of `type(cls)` for a class with a Python metaclass (its
    /// `__iter__`, `__getitem__`, `__len__`, ...), bound to the class.
    pub fn metaclass_method(&self, cls: &Value<M>, name: &str) -> Option<Value<M>> {
        let Some(ObjKind::Class(c)) = cls.kind() else { return None };
        let ObjKind::Class(m) = &c.metaclass.as_ref()?.kind else { return None };
        let f = m.lookup(name)?;
        matches!(f.kind(), Some(ObjKind::Function(_))).then(|| Value::obj(ObjKind::BoundMethod(f, cls.clone())))
    }
}

/// The more derived of two metaclasses, or CPython's conflict error.
fn more_derived<M: Model>(a: ObjRef<M>, b: ObjRef<M>) -> PyResult<ObjRef<M>, M> {
    let sub = |x: &ObjRef<M>, y: &ObjRef<M>| match &x.kind {
        ObjKind::Class(c) => c.is_subclass(x, y),
        _ => false,
    };
    if sub(&a, &b) {
        Ok(a)
    } else if sub(&b, &a) {
        Ok(b)
    } else {
        Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ))
    }
}
