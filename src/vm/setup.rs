//! Creating an interpreter: the built-in types and exceptions, the builtins
//! namespace, and turning compiled code into this heap's objects.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU32, AtomicU64};

use super::{Interp, Output, RunConfig, Types, Vm};
use crate::bytecode::{Code, Const};
use crate::model::{Model, ObjCell};
use crate::object::class::{BuiltinType, Class};
use crate::object::dict::Dict;
use crate::object::{CodeObj, ExcType, Function, ObjKind, ObjRef, PyResult, Value};
use crate::runtime::stats::Stats;

fn new_class<M: Model>(
    name: &str,
    module: &str,
    mro: Vec<ObjRef<M>>,
    builtin: BuiltinType,
    exc: Option<ExcType>,
) -> ObjRef<M> {
    let c = ObjRef::new(ObjKind::Class(Box::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        module: module.to_string(),
        bases: mro.first().cloned().into_iter().collect(),
        mro,
        dict: M::Cell::new(Dict::new()),
        builtin,
        exc,
        custom_getattribute: false,
        metaclass: None,
        slots: None,
        cache_id: crate::object::class_cache::new_class_id(),
        finalizer: Default::default(),
        traits: Default::default(),
        builtin_views: Default::default(),
        instantiation: Default::default(),
    })));
    c.make_immortal();
    c
}

pub fn new_interp<M: Model>(
    config: RunConfig,
    out: Arc<Output>,
    stats: Arc<Stats>,
    interrupt: Arc<AtomicU8>,
    process_name: String,
    registry: Arc<super::import::Registry<M>>,
) -> Arc<Interp<M>> {
    // The table declares every base before its subclasses.
    let mut builtin: Vec<ObjRef<M>> = Vec::with_capacity(BuiltinType::ALL.len());
    for &t in BuiltinType::ALL {
        let mro = if t == BuiltinType::Object {
            vec![]
        } else {
            let base = builtin[t.base() as usize].clone();
            let mut mro = vec![base.clone()];
            if let ObjKind::Class(bc) = &base.kind {
                mro.extend(bc.mro.iter().cloned());
            }
            mro
        };
        let exc = if t == BuiltinType::BaseException { Some(ExcType::BaseException) } else { None };
        builtin.push(new_class::<M>(t.name(), t.module(), mro, t, exc));
    }
    let mut exceptions: Vec<ObjRef<M>> = Vec::new();
    for t in ExcType::ALL {
        let cls = match t.parent() {
            None => builtin[BuiltinType::BaseException as usize].clone(),
            Some(p) => {
                let parent = exceptions[p as usize].clone();
                let mut mro = vec![parent.clone()];
                if let ObjKind::Class(pc) = &parent.kind {
                    mro.extend(pc.mro.iter().cloned());
                }
                let module = match t {
                    ExcType::Empty => "_queue",
                    ExcType::Full => "queue",
                    _ => "builtins",
                };
                new_class::<M>(t.name(), module, mro, BuiltinType::BaseException, Some(*t))
            }
        };
        exceptions.push(cls);
    }
    let types = Types { builtin, exceptions };
    let builtins = ObjRef::new(ObjKind::Dict(M::Cell::new(Dict::new())));
    builtins.make_immortal();
    let sched = M::new_scheduler(&config.sched, stats.clone());
    let instructions_left = config.instruction_budget.map(AtomicU64::new);
    let interp = Interp {
        builtins,
        types,
        sys_modules: ObjRef::new(ObjKind::Dict(M::Cell::new(Dict::new()))),
        sys_path: ObjRef::new(ObjKind::List(M::Cell::new(config.path.iter().map(|p| Value::str(p.clone())).collect()))),
        registry: registry.clone(),
        imports: Default::default(),
        sched,
        stats,
        out,
        config,
        next_frame_id: AtomicU64::new(1),
        next_thread_id: AtomicU64::new(1),
        interrupt,
        recursion_limit: AtomicU32::new(super::DEFAULT_RECURSION_LIMIT),
        instructions_left,
        threads: parking_lot::Mutex::new(Vec::new()),
        thread_pool: Default::default(),
        process_name,
        main_globals: M::Cell::new(None),
        ids: parking_lot::Mutex::new(crate::runtime::process_ids::ProcessIds::main()),
        gc: crate::model::heap::GcRegistry::new::<M>(),
    };
    let interp = Arc::new(interp);
    (registry.install_builtins)(&interp);
    install_builtins_module(&interp);
    interp
}

/// `import builtins` gives a module whose namespace *is* the builtins dict,
/// so that `builtins.print = f` (or `patch("builtins.open")`) changes what
/// every module's `print` finds, as in CPython.
fn install_builtins_module<M: Model>(interp: &Interp<M>) {
    let dict = &interp.builtins;
    for (key, value) in [
        ("__name__", Value::str("builtins")),
        ("__doc__", Value::None),
        ("__package__", Value::str("")),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        drop(super::eval::dict_set_str(dict, key, value));
    }
    let module = Value::obj(ObjKind::Module(crate::object::Module { name: "builtins".into(), dict: dict.clone() }));
    drop(super::eval::dict_set_str(&interp.sys_modules, "builtins", module));
}

impl<M: Model> Vm<M> {
    /// Turn a compiled code object into this heap's code object, with its
    /// constants (and nested code objects) as values.
    pub fn materialize_code(&self, code: &Arc<Code>) -> ObjRef<M> {
        let consts = code.consts.iter().map(|c| self.materialize_const(c)).collect();
        let obj = ObjRef::new(ObjKind::Code(CodeObj { code: code.clone(), consts }));
        if M::IMMORTAL_SHARED {
            obj.make_immortal();
        }
        obj
    }

    fn materialize_const(&self, c: &Const) -> Value<M> {
        let v = match c {
            Const::None => return Value::None,
            Const::True => return Value::Bool(true),
            Const::False => return Value::Bool(false),
            Const::Int(i) => return Value::Int(*i),
            Const::Float(f) => return Value::Float(*f),
            Const::Complex(re, im) => Value::complex(*re, *im),
            Const::Ellipsis => {
                return super::eval::dict_get_str(&self.interp.builtins, "Ellipsis").unwrap_or(Value::None);
            }
            Const::BigInt(b) => Value::from_bigint(b.clone()),
            Const::Str(s) => Value::str(s.to_string()),
            Const::Bytes(b) => Value::obj(ObjKind::Bytes(b.to_vec().into_boxed_slice())),
            Const::Tuple(items) => Value::tuple(items.iter().map(|c| self.materialize_const(c)).collect()),
            Const::Code(code) => Value::Obj(self.materialize_code(code)),
        };
        if M::IMMORTAL_SHARED
            && let Value::Obj(o) = &v
        {
            o.make_immortal();
        }
        v
    }

    /// A function object for a module body.
    pub fn module_function(&self, code: &Arc<Code>, globals: ObjRef<M>) -> ObjRef<M> {
        let code_obj = self.materialize_code(code);
        ObjRef::new(ObjKind::Function(Function::new(
            code_obj,
            globals,
            Box::new([]),
            None,
            Box::new([]),
            "<module>".into(),
        )))
    }

    /// Run compiled module code in `globals`.
    pub fn run_module(&mut self, code: &Arc<Code>, globals: ObjRef<M>) -> PyResult<Value<M>, M> {
        let func = self.module_function(code, globals);
        let mut frame = self.bind_frame(&func, &[], &[])?;
        self.enter_call()?;
        let r = self.run_frame(&mut frame);
        self.depth -= 1;
        r
    }

    /// A fresh `__main__` globals dict; `file` is None for the REPL, whose
    /// `__main__` has no `__file__`, as in CPython.
    ///
    /// The names and their order are CPython's (`dir()` shows them); the
    /// loader is None (CPython's is a `SourceFileLoader`: minipy does not
    /// load the import machinery for a script that imports nothing).
    pub fn main_globals(&self, file: Option<&str>) -> ObjRef<M> {
        use super::eval::dict_set_str;
        let g = self.new_dict();
        let builtins = self.loaded_module("builtins").unwrap_or(Value::Obj(self.interp.builtins.clone()));
        let annotations = Value::Obj(self.new_dict());
        for (name, value) in [
            ("__name__", Value::str("__main__")),
            ("__doc__", Value::None),
            ("__package__", Value::None),
            ("__loader__", Value::None),
            ("__spec__", Value::None),
            ("__annotations__", annotations),
            ("__builtins__", builtins),
        ] {
            drop(dict_set_str(&g, name, value));
        }
        if let Some(file) = file {
            drop(dict_set_str(&g, "__file__", Value::str(file)));
            drop(dict_set_str(&g, "__cached__", Value::None));
        }
        g
    }
}
