//! The module registry: every module an interpreter can import without a
//! file on disk. Adding a module is one file plus, for a native one, one
//! line in [`registry`]; a Python one is just a file in `lib/` (build.rs
//! embeds the folder).

use std::sync::Arc;

use crate::model::{Model, ObjCell};
use crate::object::{Builtin, BuiltinFn, ObjKind, PyResult, Value};
use crate::vm::Vm;
use crate::vm::import::Registry;

include!(concat!(env!("OUT_DIR"), "/library.rs"));

/// The registry an interpreter of model `M` is built with.
pub fn registry<M: Model>() -> Arc<Registry<M>> {
    let mut r = Registry::new(super::builtins::install::<M>, super::builtins::construct::<M>);
    // Core native modules: found before `sys.path`, so no file shadows them
    // (CPython's built-in modules).
    r.native("sys", super::sys::init::<M>, true);
    r.native("time", super::time::init::<M>, true);
    r.native("_minipy_thread", super::thread::init::<M>, true);
    r.native("_minipy_mp", super::mp_shared::init::<M>, true);
    r.native("_minipy_testing", super::testing::init::<M>, true);
    r.native("_minipy_trace", super::trace_hooks::init::<M>, true);
    // Native library modules: found after `sys.path`, like CPython's
    // extension modules.
    r.native("hashlib", super::hashlib::init_hashlib::<M>, false);
    r.native("_hashlib", super::hashlib::init_native::<M>, false);
    r.native("math", super::math::init::<M>, false);
    r.native("cmath", super::cmath::init::<M>, false);
    register_pure_natives(&mut r);
    r.native("_os", super::os::init::<M>, false);
    r.native("_fileio", super::fileio::init::<M>, false);
    r.native("_re", super::re::init::<M>, false);
    r.native("_weakref", super::weakref::init::<M>, false);
    r.native("_gc", super::gc::init::<M>, false);
    r.native("_signal", super::signal::init::<M>, false);
    r.native("_subprocess", super::subprocess::init::<M>, false);
    r.native("_array", super::array::init::<M>, false);
    for &(name, path, package, source) in LIBRARY {
        r.python(name, path, source, package);
    }
    Arc::new(r)
}

/// Library modules that neither touch the outside world (files, processes,
/// the clock) nor start threads: what `crate::sandbox` lets a program import.
const SANDBOX_LIBRARY: &[&str] = &[
    "_collections",
    "_minipy_types",
    "bisect",
    "collections",
    "collections._chainmap",
    "copy",
    "copyreg",
    "functools",
    "heapq",
    // Every import builds its `__spec__` through these.
    "importlib",
    "importlib.machinery",
    "itertools",
    "json",
    "json.decoder",
    "json.encoder",
    "keyword",
    "operator",
    "random",
    "string",
    "textwrap",
    "types",
];

/// Native library modules that compute only (no files, clock, processes or
/// threads): registered by both [`registry`] and [`sandbox_registry`], so the
/// two lists cannot drift apart.
fn register_pure_natives<M: Model>(r: &mut Registry<M>) {
    r.native("_random", super::random::init::<M>, false);
    r.native("_json", super::json_native::init::<M>, false);
    r.native("_minipy_xml", super::xml_scan::init::<M>, false);
    r.native("_bisect", super::bisect::init::<M>, false);
    r.native("_deque", super::deque_native::init::<M>, false);
    r.native("_counter", super::counter_native::init::<M>, false);
    r.native("_tuplegetter", super::tuplegetter::init::<M>, false);
    r.native("_binascii", super::binascii::init::<M>, false);
    r.native("_pickle_fast", super::pickle_fast::init::<M>, false);
    r.native("_heapq", super::heapq::init::<M>, false);
    r.native("_operator", super::operator_native::init::<M>, false);
    r.native("_functools", super::functools_native::init::<M>, false);
    r.native("_itertools", super::itertools_native::init::<M>, false);
}

/// The registry of a sandboxed interpreter (fuzzing): the builtins, `sys`,
/// `math`, the pure native modules and [`SANDBOX_LIBRARY`]; everything else
/// is an `ImportError`.
pub fn sandbox_registry<M: Model>() -> Arc<Registry<M>> {
    let mut r = Registry::new(super::builtins::install::<M>, super::builtins::construct::<M>);
    r.native("sys", super::sys::init::<M>, true);
    r.native("math", super::math::init::<M>, false);
    register_pure_natives(&mut r);
    for &(name, path, package, source) in LIBRARY {
        if SANDBOX_LIBRARY.contains(&name) {
            r.python(name, path, source, package);
        }
    }
    Arc::new(r)
}

/// Add native functions to a module.
pub fn add_functions<M: Model>(
    vm: &mut Vm<M>,
    module: &Value<M>,
    functions: &[(&'static str, BuiltinFn<M>)],
) -> PyResult<(), M> {
    let name = match module.kind() {
        Some(ObjKind::Module(m)) => vm.interp.registry.static_name(&m.name),
        _ => None,
    };
    for &(fname, f) in functions {
        let v = match name {
            Some(module_name) => Builtin::in_module(module_name, fname, f),
            None => Value::obj(ObjKind::Builtin(Builtin {
                name: fname,
                func: f,
                is_method: false,
                module: None,
                on_payload: false,
            })),
        };
        vm.setattr(module, fname, v)?;
    }
    Ok(())
}

/// Move the namespace of a module built the old way (a whole module
/// value) into the registry's fresh module object.
pub fn adopt_namespace<M: Model>(vm: &mut Vm<M>, module: &Value<M>, made: Value<M>) -> PyResult<(), M> {
    let Some(ObjKind::Module(src)) = made.kind() else { return Ok(()) };
    let entries = match &src.dict.kind {
        ObjKind::Dict(d) => d.with(|d| d.iter().map(|(k, v)| (k.value.clone(), v.clone())).collect::<Vec<_>>()),
        _ => Vec::new(),
    };
    for (k, v) in entries {
        if let Some(name) = k.as_str()
            && name != "__name__"
        {
            vm.setattr(module, name, v)?;
        }
    }
    Ok(())
}
