//! Calling: argument binding (CPython's rules and messages), functions,
//! built-ins, bound methods, classes; and making functions and classes.

use super::Vm;
use super::exception_attrs::{apply_exception_keywords, new_exception_instance};
use super::frame::Frame;
use crate::bytecode::code::flags;
use crate::model::{Model, ObjCell};
use crate::object::class::{BuiltinType, Class, Instance};
use crate::object::dict::{Dict, StrKey};
use crate::object::function::Args;
use crate::object::{ExcType, Function, IterState, ObjKind, ObjRef, PyErr, PyResult, Value};

/// The name calling an instance looks up on its class (here and in the
/// in-place call of `frame_stack`), hashed once.
pub(super) const CALL: StrKey<'static> = StrKey::constant("__call__");

impl<M: Model> Vm<M> {
    /// Hand the ids of watched weak slots whose objects died to
    /// `weakref._dead`, which calls their callbacks.
    #[cold]
    pub fn run_weak_callbacks(&mut self, ids: Vec<u64>) -> PyResult<(), M> {
        if ids.is_empty() {
            return Ok(());
        }
        let Some(module) = self.loaded_module("weakref") else { return Ok(()) };
        let Some(dead) = self.getattr_opt(&module, "_dead")? else { return Ok(()) };
        let ids = Value::list(ids.into_iter().map(|i| Value::Int(i as i64)).collect());
        self.call(&dead, &[ids], &[])?;
        Ok(())
    }

    /// Call any callable with positional arguments and keyword arguments
    /// (the last `kwnames.len()` of `args`).
    pub fn call(&mut self, callable: &Value<M>, args: &[Value<M>], kwnames: &[Value<M>]) -> PyResult<Value<M>, M> {
        self.before_call()?;
        let obj = match callable {
            Value::Obj(o) => o,
            _ => return Err(not_callable(callable)),
        };
        match &obj.kind {
            ObjKind::Function(_) => self.call_function(obj, args, kwnames),
            ObjKind::Builtin(b) => {
                if b.on_payload
                    && let Some(ObjKind::Instance(inst)) = args.first().and_then(|a| a.kind())
                    && let Some(payload) = &inst.payload
                {
                    // `list.append(self, x)` on a `class L(list)` instance:
                    // the method gets the payload in the instance's place
                    // (gathered on the Rust stack, as a bound method's
                    // arguments are).
                    let payload = payload.clone();
                    return self.call_prepended(callable, &payload, &args[1..], kwnames);
                }
                self.enter_call()?;
                let r = (b.func)(self, Args::split(args, kwnames));
                self.depth -= 1;
                r
            }
            ObjKind::BoundMethod(func, receiver) => self.call_prepended(func, receiver, args, kwnames),
            ObjKind::Class(c) => {
                // A metaclass's own `__call__` decides what calling the class does.
                if c.metaclass.is_some()
                    && let Some(call) = self.metaclass_method(callable, "__call__")
                {
                    return self.call(&call, args, kwnames);
                }
                self.instantiate(obj, args, kwnames)
            }
            ObjKind::Instance(inst) => match inst.class().lookup_key(&CALL) {
                // Counted as a level: a `__call__` that is itself a callable
                // instance (`A.__call__ = A()`) must end in RecursionError.
                Some(f) => {
                    self.enter_call()?;
                    let r = match f.kind() {
                        // A native `__call__` (lru_cache's wrapper) runs in
                        // this same level, as a C type's tp_call does in
                        // CPython: memoised recursion reaches the same depth.
                        Some(ObjKind::Builtin(b)) if b.is_method && !b.on_payload => {
                            let mut full = Vec::with_capacity(args.len() + 1);
                            full.push(callable.clone());
                            full.extend_from_slice(args);
                            (b.func)(self, Args::split(&full, kwnames))
                        }
                        Some(ObjKind::Function(_) | ObjKind::Builtin(_)) => {
                            self.call_prepended(&f, callable, args, kwnames)
                        }
                        // A staticmethod gets no receiver, a classmethod the
                        // class, any other callable none (it is no descriptor),
                        // as CPython's lookup of a special method binds them.
                        _ => {
                            let bound = self.bind(f, callable, inst.class_obj());
                            self.call(&bound, args, kwnames)
                        }
                    };
                    self.depth -= 1;
                    r
                }
                None => Err(not_callable(callable)),
            },
            ObjKind::StaticMethod(f) => {
                let f = f.clone();
                self.call(&f, args, kwnames)
            }
            _ => Err(not_callable(callable)),
        }
    }

    /// What runs before every call, here and in calls run in place
    /// (`frame_stack`). Finalizers and weak-reference callbacks of objects
    /// released since the last call run first (one thread-local flag when
    /// none are due). A collection that became due runs too, not only at the
    /// next eval-breaker check: CPython collects at the allocation that
    /// crosses the threshold, so by the time a program drops its last
    /// reference to fresh cycles (`del all_cycles; gc.collect()`), the
    /// automatic pass has already run and left them to the explicit one,
    /// whose count programs check.
    #[inline(always)]
    pub(super) fn before_call(&mut self) -> PyResult<(), M> {
        if crate::model::weak::deaths_pending() {
            self.run_release_hooks()?;
        }
        if self.interp.gc.due() {
            self.collect_due_garbage();
        }
        Ok(())
    }

    /// `f(first, *args)`: a bound method's call. A few arguments are
    /// gathered on the Rust stack, so the call allocates nothing.
    pub fn call_prepended(
        &mut self,
        f: &Value<M>,
        first: &Value<M>,
        args: &[Value<M>],
        kwnames: &[Value<M>],
    ) -> PyResult<Value<M>, M> {
        const INLINE: usize = 6;
        if args.len() < INLINE {
            let mut buf: [Value<M>; INLINE] = std::array::from_fn(|_| Value::Undef);
            buf[0] = first.clone();
            buf[1..=args.len()].clone_from_slice(args);
            return self.call(f, &buf[..=args.len()], kwnames);
        }
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(first.clone());
        full.extend_from_slice(args);
        self.call(f, &full, kwnames)
    }

    /// Count a call toward the recursion limit.
    #[inline]
    pub fn enter_call(&mut self) -> PyResult<(), M> {
        self.enter_recursion("")
    }

    /// Count one level of native recursion (comparing, hashing or printing
    /// nested containers, encoding a message) toward the same limit as
    /// Python calls, so `sys.getrecursionlimit()` bounds both and the Rust
    /// stack (sized for that limit, see `runtime::lifecycle`) never runs
    /// out. `context` completes CPython's message (`" in comparison"`).
    /// Pair every success with [`Vm::leave_recursion`].
    #[inline]
    pub fn enter_recursion(&mut self, context: &str) -> PyResult<(), M> {
        if self.depth >= self.interp.recursion_limit.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(PyErr::new(ExcType::RecursionError, format!("maximum recursion depth exceeded{context}")));
        }
        self.depth += 1;
        Ok(())
    }

    /// Undo one [`Vm::enter_recursion`].
    #[inline]
    pub fn leave_recursion(&mut self) {
        self.depth -= 1;
    }

    /// `callable(*args, **kwargs)`.
    pub fn call_ex(
        &mut self,
        callable: &Value<M>,
        args: &Value<M>,
        kwargs: Option<&Value<M>>,
    ) -> PyResult<Value<M>, M> {
        let (all, names) = self.spread_arguments(args, kwargs)?;
        self.call(callable, &all, &names)
    }

    /// `f(*args, **kwargs)`'s arguments laid out as a call takes them: the
    /// positional ones, then the keyword values, with the keyword names.
    pub(super) fn spread_arguments(
        &mut self,
        args: &Value<M>,
        kwargs: Option<&Value<M>>,
    ) -> PyResult<SpreadArguments<M>, M> {
        let mut all = match args.kind() {
            Some(ObjKind::Tuple(t)) => t.to_vec(),
            _ => self.collect(args)?,
        };
        let mut names = Vec::new();
        if let Some(kw) = kwargs {
            match kw.kind() {
                Some(ObjKind::Dict(d)) => {
                    for (k, v) in d.with(|d| d.items()) {
                        if k.as_str().is_none() {
                            return Err(PyErr::type_error("keywords must be strings"));
                        }
                        names.push(k);
                        all.push(v);
                    }
                }
                _ => return Err(PyErr::type_error("argument after ** must be a mapping")),
            }
        }
        Ok((all, names))
    }

    /// Call a special method found on the class of `args[0]` (the
    /// receiver), as CPython's type slots do: a function gets the receiver
    /// as its first argument; any other class attribute is first bound
    /// through its type's `__get__`, and a callable object without one is
    /// called without the receiver (how `unittest.mock` puts a mock on a
    /// class as its `__len__`).
    pub fn call_special(&mut self, f: &Value<M>, args: &[Value<M>]) -> PyResult<Value<M>, M> {
        if let Some((receiver, rest)) = args.split_first()
            && let Some(bound) = self.bind_special(f, receiver)?
        {
            return self.call(&bound, rest, &[]);
        }
        self.call(f, args, &[])
    }

    /// What a special method that is not a function becomes for
    /// `receiver`, as CPython's slots bind it: an object through its type's
    /// `__get__` (itself, unbound, without one), a staticmethod its
    /// function, a property its value (`__init__ = property(get)`). None
    /// for everything called with the receiver first (functions, built-in
    /// methods).
    pub(super) fn bind_special(&mut self, f: &Value<M>, receiver: &Value<M>) -> PyResult<Option<Value<M>>, M> {
        Ok(Some(match f.kind() {
            Some(ObjKind::Instance(_)) => match self.descriptor_method(f, "__get__") {
                Some(get) => {
                    let owner = Value::Obj(self.type_of(receiver));
                    self.call(&get, &[f.clone(), receiver.clone(), owner], &[])?
                }
                None => f.clone(),
            },
            Some(ObjKind::StaticMethod(inner)) => inner.clone(),
            Some(ObjKind::Property(p)) => {
                let getter = p[0].clone();
                if getter.is_none() {
                    return Err(PyErr::attribute_error(format!(
                        "property of '{}' object has no getter",
                        receiver.type_name()
                    )));
                }
                self.call(&getter, std::slice::from_ref(receiver), &[])?
            }
            _ => return Ok(None),
        }))
    }

    /// Call a method by name on a value: `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value<M>, name: &str, args: &[Value<M>]) -> PyResult<Value<M>, M> {
        let (callable, receiver) = self.load_method(obj.clone(), name)?;
        if let Value::Undef = receiver {
            self.call(&callable, args, &[])
        } else {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(receiver);
            full.extend_from_slice(args);
            self.call(&callable, &full, &[])
        }
    }

    fn call_function(&mut self, fobj: &ObjRef<M>, args: &[Value<M>], kwnames: &[Value<M>]) -> PyResult<Value<M>, M> {
        let mut frame = self.bind_frame(fobj, args, kwnames)?;
        let code = match &fobj.kind {
            ObjKind::Function(f) => &f.code().code,
            _ => unreachable!(),
        };
        if code.has_flag(flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) {
            let boxed = match self.frame_boxes.pop() {
                Some(mut spare) => {
                    *spare = frame;
                    spare
                }
                None => Box::new(frame),
            };
            let state = IterState::generator(boxed, code.has_flag(flags::COROUTINE));
            let generator = Value::obj(ObjKind::Iter(M::Cell::new(state)));
            if code.has_flag(flags::ASYNC_GENERATOR) {
                // The frame runs as a plain generator inside the native
                // async generator (src/vm/async_gen.rs).
                return Ok(Self::new_async_gen(generator));
            }
            return Ok(generator);
        }
        self.enter_call()?;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        let frame_yielded = frame.yielded;
        self.recycle(frame);
        let v = r?;
        if frame_yielded {
            return Err(PyErr::new(ExcType::RuntimeError, "yield outside a generator"));
        }
        Ok(v)
    }

    /// Give a finished frame's stack back to the pool.
    pub(super) fn recycle(&mut self, frame: Frame<M>) {
        self.recycle_stack(frame.stack);
    }

    /// Keep a finished generator's frame box for the next generator (see
    /// `Vm::frame_boxes`); its value stack is already back in the pool.
    pub(super) fn recycle_frame_box(&mut self, mut frame: Box<Frame<M>>) {
        if self.frame_boxes.len() < 16 {
            frame.make_spare(self.spare_func());
            self.frame_boxes.push(frame);
        }
    }

    /// Give a finished frame's value stack back to the pool.
    #[inline]
    pub(super) fn recycle_stack(&mut self, mut stack: Vec<Value<M>>) {
        stack.clear();
        if self.stack_pool.len() < 64 {
            self.stack_pool.push(stack);
        }
    }

    /// Build a frame for `fobj` with its parameters bound, following
    /// CPython's rules and error messages. Inlined so the frame is built in
    /// the caller's own slot: returned through a `Result` it was stored
    /// field by field and copied out in 16-byte loads the CPU could not
    /// forward from those stores (a stall on every call).
    #[inline(always)]
    pub fn bind_frame(&mut self, fobj: &ObjRef<M>, args: &[Value<M>], kwnames: &[Value<M>]) -> PyResult<Frame<M>, M> {
        let func = match &fobj.kind {
            ObjKind::Function(f) => f,
            _ => unreachable!("bind_frame on a non-function"),
        };
        let code = &*func.code().code;
        let nlocals = code.varnames.len();
        let mut stack = self.stack_pool.pop().unwrap_or_default();
        stack.reserve(nlocals + code.max_stack as usize + 1);
        let argcount = code.argcount as usize;
        let npos = args.len() - kwnames.len();
        if binds_positionally(code, npos, kwnames) {
            stack.extend_from_slice(args);
            // Locals beyond the parameters start unbound (most functions
            // have a few; `resize` is a call even when there are none).
            if nlocals > argcount {
                stack.resize(nlocals, Value::Undef);
            }
        } else {
            stack.resize(nlocals, Value::Undef);
            bind_general(func, code, &mut stack, args, kwnames)?;
        }
        let ncells = code.cellvars.len() + code.freevars.len();
        // Most frames have no cells: a constant empty Vec is stored straight
        // into the frame, where one built at run time was assembled in a
        // temporary and copied (another store-forwarding stall per call).
        let mut cells = Vec::new();
        if ncells != 0 {
            make_cells(func, code, &mut stack, &mut cells);
        }
        Ok(Frame {
            func: fobj.clone(),
            ip: 0,
            stack,
            nlocals,
            cells,
            blocks: Vec::new(),
            namespace: None,
            id: self.next_frame_id(),
            throw: None,
            yielded: false,
        })
    }

    /// MAKE_FUNCTION.
    pub fn make_function(
        &mut self,
        code_v: Value<M>,
        globals: ObjRef<M>,
        defaults: Option<Value<M>>,
        kwdefaults: Option<Value<M>>,
        closure: Option<Value<M>>,
        long_lived: bool,
    ) -> Value<M> {
        let code_obj = match code_v {
            Value::Obj(o) => o,
            _ => unreachable!("MAKE_FUNCTION without a code object"),
        };
        let name = match &code_obj.kind {
            ObjKind::Code(c) => c.code.name.clone(),
            _ => "".into(),
        };
        let defaults = match defaults.as_ref().and_then(|d| d.kind()) {
            Some(ObjKind::Tuple(t)) => t.to_vec().into_boxed_slice(),
            _ => Box::new([]),
        };
        let kwdefaults = kwdefaults.and_then(|v| v.as_obj().cloned());
        let closure = match closure.as_ref().and_then(|c| c.kind()) {
            Some(ObjKind::Tuple(t)) => {
                t.iter().filter_map(|c| c.as_obj().cloned()).collect::<Vec<_>>().into_boxed_slice()
            }
            _ => Vec::new().into_boxed_slice(),
        };
        let f = ObjRef::new(ObjKind::Function(Function::new(code_obj, globals, defaults, kwdefaults, closure, name)));
        if M::IMMORTAL_SHARED && long_lived {
            // Module- and class-level functions are called from every thread:
            // keep their count off the hot path (PEP 703's deferred counting).
            f.make_immortal();
        }
        Value::Obj(f)
    }

    /// MAKE_CLASS: pick the metaclass, run the body in its namespace, then
    /// build the class (directly for `type`, else by calling the metaclass).
    pub fn make_class(
        &mut self,
        body: Value<M>,
        name: Value<M>,
        bases: Vec<Value<M>>,
        keywords: Option<Value<M>>,
    ) -> PyResult<Value<M>, M> {
        let name = name.as_str().unwrap_or("?").to_string();
        let body_fn = match body {
            Value::Obj(o) => o,
            _ => return Err(PyErr::type_error("class body is not a function")),
        };
        let (bases, orig_bases) = self.resolve_mro_entries(bases)?;
        let mut kw = Self::keyword_items(keywords);
        let meta = self.select_metaclass(&bases, &mut kw)?;
        let namespace = match &meta {
            Some(m) => self.prepare_namespace(m, &name, &bases, &kw)?,
            None => self.new_dict(),
        };
        let mut frame = self.bind_frame(&body_fn, &[], &[])?;
        frame.namespace = Some(namespace.clone());
        self.enter_call()?;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        let class_cell = r?;
        let class_cell = if frame.yielded { Value::None } else { class_cell };
        if let Some(orig) = orig_bases {
            self.setitem(&Value::Obj(namespace.clone()), Value::str("__orig_bases__"), orig)?;
        }
        if let Some(m) = meta {
            return self.call_metaclass(&m, name, bases, namespace, class_cell, kw);
        }
        let qualname = match &body_fn.kind {
            ObjKind::Function(f) => f.code().code.qualname.clone(),
            _ => name.clone(),
        };
        let dict = match &namespace.kind {
            ObjKind::Dict(d) => d.with(std::mem::take),
            _ => Dict::new(),
        };
        let cls = self.class_from_namespace(name, qualname, bases, dict, class_cell)?;
        self.init_subclass(&cls, kw)?;
        Ok(cls)
    }

    /// PEP 560: a base that is not a class but has `__mro_entries__`
    /// (`list[int]`, `Generic[T]`) is replaced by the classes it returns;
    /// the original bases are then kept as `__orig_bases__`.
    fn resolve_mro_entries(&mut self, bases: Vec<Value<M>>) -> PyResult<ResolvedBases<M>, M> {
        if bases.iter().all(|b| matches!(b.kind(), Some(ObjKind::Class(_)))) {
            return Ok((bases, None));
        }
        let orig = Value::tuple(bases.clone());
        let mut resolved = Vec::with_capacity(bases.len());
        let mut changed = false;
        for b in bases {
            let hook = match b.kind() {
                Some(ObjKind::Class(_)) => None,
                _ => self.getattr_opt(&b, "__mro_entries__")?,
            };
            match hook {
                Some(f) => {
                    let entries = self.call(&f, std::slice::from_ref(&orig), &[])?;
                    match entries.kind() {
                        Some(ObjKind::Tuple(t)) => resolved.extend(t.iter().cloned()),
                        _ => return Err(PyErr::type_error("__mro_entries__ must return a tuple")),
                    }
                    changed = true;
                }
                None => resolved.push(b),
            }
        }
        Ok((resolved, changed.then_some(orig)))
    }

    /// `class_from_namespace` for a class of metaclass `type`.
    pub fn class_from_namespace(
        &mut self,
        name: String,
        qualname: String,
        bases: Vec<Value<M>>,
        dict: Dict<M>,
        class_cell: Value<M>,
    ) -> PyResult<Value<M>, M> {
        self.class_from_namespace_meta(name, qualname, bases, dict, class_cell, None)
    }

    /// A class from its name, bases and namespace: the end of a `class`
    /// statement, and `type(name, bases, dict)`.
    /// `metaclass` is `type(cls)` when not `type` itself.
    pub fn class_from_namespace_meta(
        &mut self,
        name: String,
        qualname: String,
        bases: Vec<Value<M>>,
        dict: Dict<M>,
        class_cell: Value<M>,
        metaclass: Option<ObjRef<M>>,
    ) -> PyResult<Value<M>, M> {
        let mut dict = dict;
        // A body's own `__qualname__` names the class, and stays out of its
        // `__dict__` (as in CPython).
        let qualname = match dict.remove(&crate::object::dict::Key::str("__qualname__")) {
            Some(q) => match q.as_str() {
                Some(q) => q.to_string(),
                None => {
                    return Err(PyErr::type_error(format!("type __qualname__ must be a str, not {}", q.type_name())));
                }
            },
            None => qualname,
        };
        let mut base_refs = Vec::new();
        for b in &bases {
            match b.kind() {
                Some(ObjKind::Class(_)) => base_refs.push(b.as_obj().cloned().expect("class")),
                _ => {
                    // CPython finds no metaclass common to `type` and the
                    // non-class base's type.
                    return Err(PyErr::type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
        }
        for b in &base_refs {
            if let ObjKind::Class(c) = &b.kind
                && !c.builtin.subclassable()
            {
                return Err(PyErr::type_error(format!("type '{}' is not an acceptable base type", c.builtin.name())));
            }
            if let ObjKind::Class(c) = &b.kind
                && c.module == "builtins"
                && !c.builtin.carries_value()
                && c.exc.is_none()
                && c.builtin != BuiltinType::Object
                && c.builtin != BuiltinType::Type
            {
                return Err(PyErr::new(
                    ExcType::NotImplementedError,
                    format!("subclassing the built-in type '{}' is not supported by minipy", c.name),
                ));
            }
        }
        if base_refs.is_empty() {
            base_refs.push(self.builtin_type(BuiltinType::Object).clone());
        }
        let mro = super::mro::linearize(&base_refs)?;
        let (builtin, exc) = super::mro::layout(&base_refs)?;
        let finalizer = dict.get_str("__del__").is_some()
            || base_refs.iter().any(
                |b| matches!(&b.kind, ObjKind::Class(c) if c.finalizer.load(std::sync::atomic::Ordering::Relaxed)),
            );
        let custom_getattribute = dict.get_str("__getattribute__").is_some()
            || base_refs.iter().any(|b| matches!(&b.kind, ObjKind::Class(c) if c.custom_getattribute));
        let defines_eq = dict.get_str("__eq__").is_some();
        let defines_hash = dict.get_str("__hash__").is_some();
        let (own_slots, slots) = self.class_slots(&name, &dict, &mro, exc.is_some())?;
        if defines_eq && !defines_hash {
            // As CPython: defining __eq__ alone makes instances unhashable.
            dict.set_str("__hash__", Value::None);
        }
        if dict.get_str("__doc__").is_none() {
            // As CPython's type(): every class dict has a `__doc__`, so a
            // subclass does not show its base's docstring.
            dict.set_str("__doc__", Value::None);
        }
        if dict.get_str("__module__").is_none() {
            dict.set_str("__module__", Value::str("__main__"));
        }
        // `__new__` is a static method even without the decorator.
        if let Some(new) = dict.get_str("__new__").filter(|f| matches!(f.kind(), Some(ObjKind::Function(_)))).cloned() {
            dict.set_str("__new__", Value::obj(ObjKind::StaticMethod(new)));
        }
        // ... and these two are class methods.
        for hook in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f) = dict.get_str(hook).filter(|f| matches!(f.kind(), Some(ObjKind::Function(_)))).cloned() {
                dict.set_str(hook, Value::obj(ObjKind::ClassMethod(f)));
            }
        }
        // The defining module's name (the class body's `__name__`), which
        // tracebacks and reprs show as `module.Class`.
        let module = dict.get_str("__module__").and_then(|m| m.as_str().map(str::to_string));
        let class = Class {
            name,
            qualname,
            module: module.unwrap_or_else(|| "__main__".to_string()),
            bases: base_refs,
            mro,
            dict: M::Cell::new(dict),
            builtin,
            exc,
            custom_getattribute,
            metaclass,
            slots,
            cache_id: crate::object::class_cache::new_class_id(),
            finalizer: finalizer.into(),
            traits: Default::default(),
            builtin_views: Default::default(),
            instantiation: Default::default(),
        };
        let cls = ObjRef::new(ObjKind::Class(Box::new(class)));
        if finalizer && let ObjKind::Class(c) = &cls.kind {
            c.mark_finalizer();
        }
        if M::IMMORTAL_SHARED {
            cls.make_immortal();
        }
        if let Some(ObjKind::Cell(c)) = class_cell.kind() {
            let old = c.with(|slot| std::mem::replace(slot, Value::Obj(cls.clone())));
            drop(old);
        }
        self.add_member_descriptors(&cls, &own_slots);
        self.call_set_name(&cls)?;
        Ok(Value::Obj(cls))
    }
}

impl<M: Model> Vm<M> {
    /// `object.__new__(cls, *args)` for a class written in Python: a plain
    /// instance, an exception, or an instance carrying its built-in base's
    /// value (built from `args` for immutable bases; empty for list, dict
    /// and set when `__init__` is overridden, as their `__init__` fills it).
    pub fn new_instance(&mut self, cls: &ObjRef<M>, args: Args<'_, M>, own_init: bool) -> PyResult<Value<M>, M> {
        let class = match &cls.kind {
            ObjKind::Class(c) => c,
            _ => return Err(PyErr::type_error("object.__new__(X): X is not a type object")),
        };
        if class.exc.is_some() {
            let inst = new_exception_instance(cls.clone(), args.pos.to_vec());
            // An own `__init__` takes the keywords; else the base's rules.
            if !own_init {
                apply_exception_keywords(cls, &args, &inst)?;
            }
            return Ok(Value::Obj(inst));
        }
        // Only a class with a metaclass (abc.ABCMeta) can be abstract.
        if class.metaclass.is_some() {
            super::instantiate::refuse_abstract(class)?;
        }
        let payload = if class.builtin.carries_value() {
            let t = class.builtin;
            let base = self.builtin_type(t).clone();
            let mutable =
                matches!(t, BuiltinType::List | BuiltinType::Dict | BuiltinType::Set | BuiltinType::ByteArray);
            let ctor_args = if mutable && own_init { Args::positional(&[]) } else { args };
            let made = match (self.interp.registry.construct)(self, &base, t, ctor_args) {
                // A property subclass's own `__init__` may take other
                // arguments: it passes the accessors to `property.__init__`.
                Err(_) if t == BuiltinType::Property && own_init => {
                    (self.interp.registry.construct)(self, &base, t, Args::positional(&[]))?
                }
                made => made?,
            };
            // As CPython's `reversed.__new__`: a sequence with its own
            // `__reversed__` (a list) answers with that iterator, whatever
            // the subclass.
            if t == BuiltinType::Reversed && made.type_name() != "reversed" {
                return Ok(made);
            }
            Some(made)
        } else {
            None
        };
        let inst = Instance::new(cls.clone(), Dict::new()).with_payload(payload);
        if class.builtin == BuiltinType::Property {
            self.copy_property_doc(&inst)?;
        }
        Ok(Value::obj(ObjKind::Instance(inst)))
    }
}

impl<M: Model> Vm<M> {
    /// As CPython: an instance of a property subclass keeps its property's
    /// docstring (the getter's when none was given) in its own `__dict__`,
    /// else it would show its class's; a subclass without one refuses.
    fn copy_property_doc(&mut self, inst: &Instance<M>) -> PyResult<(), M> {
        let Some(ObjKind::Property(p)) = inst.payload.as_ref().and_then(|v| v.kind()) else { return Ok(()) };
        let doc = match (&p[3], &p[0]) {
            (Value::None, Value::None) => return Ok(()),
            (Value::None, getter) => self.getattr_opt(getter, "__doc__")?.unwrap_or(Value::None),
            (doc, _) => doc.clone(),
        };
        if doc.is_none() {
            return Ok(());
        }
        if inst.class().slots.is_some() {
            return Err(PyErr::attribute_error(format!(
                "'{}' object attribute '__doc__' is read-only",
                inst.class_name()
            )));
        }
        drop(inst.with_dict(|d| d.insert(crate::object::dict::Key::str("__doc__"), doc)));
        Ok(())
    }
}

/// What [`Vm::spread_arguments`] lays out: every argument (positional,
/// then keyword values) and the keyword names.
pub(super) type SpreadArguments<M> = (Vec<Value<M>>, Vec<Value<M>>);

/// Whether `npos` positional arguments and no keywords bind `code`'s
/// parameters one to one (no defaults, `*args`, `**kwargs` or
/// keyword-only parameters involved): then they simply become its first
/// locals.
#[inline(always)]
pub(super) fn binds_positionally(code: &crate::bytecode::Code, npos: usize, kwnames: &[Value<impl Model>]) -> bool {
    kwnames.is_empty()
        && npos == code.argcount as usize
        && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
        && code.kwonlyargcount == 0
}

/// A frame's cells: fresh ones for its cellvars (parameters among them
/// moved in from their local slots), then the function's closure.
pub(super) fn make_cells<M: Model>(
    func: &Function<M>,
    code: &crate::bytecode::Code,
    stack: &mut [Value<M>],
    cells: &mut Vec<ObjRef<M>>,
) {
    cells.reserve(code.cellvars.len() + code.freevars.len());
    for _ in 0..code.cellvars.len() {
        cells.push(ObjRef::new(ObjKind::Cell(M::Cell::new(Value::Undef))));
    }
    for &(cell, var) in &code.cell_params {
        let v = std::mem::replace(&mut stack[var as usize], Value::Undef);
        if let ObjKind::Cell(c) = &cells[cell as usize].kind {
            ObjCell::with(c, |slot: &mut Value<M>| *slot = v);
        }
    }
    cells.extend(func.closure.iter().cloned());
}

/// The bases a class statement builds with, and its original bases when
/// `__mro_entries__` replaced some.
type ResolvedBases<M> = (Vec<Value<M>>, Option<Value<M>>);

pub fn not_callable<M: Model>(v: &Value<M>) -> PyErr<M> {
    PyErr::type_error(format!("'{}' object is not callable", v.type_name()))
}

/// The general argument binder: keywords, defaults, `*args`, `**kwargs`.
pub(super) fn bind_general<M: Model>(
    func: &Function<M>,
    code: &crate::bytecode::Code,
    locals: &mut [Value<M>],
    args: &[Value<M>],
    kwnames: &[Value<M>],
) -> PyResult<(), M> {
    // As CPython: the function's `__qualname__`, which generated methods
    // (dataclasses' `__init__`) set; worked out only for a message.
    let qual = QualName(func);
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.has_flag(flags::VARARGS);
    let has_varkw = code.has_flag(flags::VARKEYWORDS);
    let npos = args.len() - kwnames.len();
    let (pos, kwvals) = args.split_at(npos);

    for (i, v) in pos.iter().take(argcount).enumerate() {
        locals[i] = v.clone();
    }
    let varargs_slot = argcount + kwonly;
    let varkw_slot = varargs_slot + has_varargs as usize;
    // Raised after the keywords are bound: CPython reports a keyword's
    // error first.
    let mut too_many = None;
    if npos > argcount {
        if has_varargs {
            locals[varargs_slot] = Value::tuple(pos[argcount..].to_vec());
        } else {
            let ndefaults = func.defaults.len();
            // Keyword-only parameters given too, as CPython counts them.
            let kwonly_names = &code.varnames[argcount..argcount + kwonly];
            let given_kw =
                kwnames.iter().filter(|k| kwonly_names.iter().any(|n| Some(n.as_str()) == k.as_str())).count();
            let takes = if ndefaults > 0 {
                format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = if given_kw > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{})",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    given_kw,
                    if given_kw == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {}", npos, if npos == 1 { "was" } else { "were" })
            };
            let verb = if given_kw > 0 { "were given" } else { "given" };
            let msg = if given_kw > 0 {
                format!("{qual}() takes {takes} but {given} {verb}")
            } else {
                format!("{qual}() takes {takes} but {given} given")
            };
            too_many = Some(PyErr::type_error(msg));
        }
    } else if has_varargs {
        locals[varargs_slot] = Value::tuple(Vec::new());
    }

    let mut extra_kw: Option<Dict<M>> = if has_varkw { Some(Dict::new()) } else { None };
    // Positional-only parameters are not matched by keyword: the name goes
    // to **kwargs, or is CPython's error.
    let posonly = (code.posonlyargcount as usize).min(argcount);
    if !has_varkw && posonly > 0 {
        let named: Vec<&str> = kwnames
            .iter()
            .filter_map(|k| k.as_str())
            .filter(|k| code.varnames[..posonly].iter().any(|n| n == k))
            .collect();
        if !named.is_empty() {
            return Err(PyErr::type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                named.join(", ")
            )));
        }
    }
    for (name_v, v) in kwnames.iter().zip(kwvals) {
        let name = name_v.as_str().unwrap_or("");
        match code.varnames[posonly..argcount + kwonly].iter().position(|n| n == name).map(|i| i + posonly) {
            Some(i) => {
                if !matches!(locals[i], Value::Undef) {
                    return Err(PyErr::type_error(format!("{qual}() got multiple values for argument '{name}'")));
                }
                locals[i] = v.clone();
            }
            None => match &mut extra_kw {
                Some(d) => {
                    d.insert(crate::object::dict::Key::str(name), v.clone());
                }
                None => {
                    return Err(PyErr::type_error(format!("{qual}() got an unexpected keyword argument '{name}'")));
                }
            },
        }
    }
    if let Some(e) = too_many {
        return Err(e);
    }
    if let Some(d) = extra_kw {
        locals[varkw_slot] = Value::dict(d);
    }

    // Defaults for missing positional parameters.
    let ndefaults = func.defaults.len();
    let first_default = argcount.saturating_sub(ndefaults);
    let mut missing = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(argcount) {
        if matches!(slot, Value::Undef) {
            if i >= first_default {
                *slot = func.defaults[i - first_default].clone();
            } else {
                missing.push(code.varnames[i].clone());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(&qual, "positional", &missing));
    }
    let mut missing_kw = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(argcount + kwonly).skip(argcount) {
        if matches!(slot, Value::Undef) {
            let name = &code.varnames[i];
            let default = func.kwdefaults.as_ref().and_then(|d| super::eval::dict_get_str(d, name));
            match default {
                Some(v) => *slot = v,
                None => missing_kw.push(name.clone()),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(missing_error(&qual, "keyword-only", &missing_kw));
    }
    Ok(())
}

/// A function's `__qualname__` in a binding error's message.
struct QualName<'a, M: Model>(&'a Function<M>);

impl<M: Model> std::fmt::Display for QualName<'_, M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.qualname())
    }
}

fn missing_error<M: Model>(qual: &QualName<'_, M>, kind: &str, names: &[String]) -> PyErr<M> {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
    };
    PyErr::type_error(format!(
        "{qual}() missing {} required {kind} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    ))
}
