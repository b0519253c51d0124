//! Built-in functions, the methods of built-in types, and the importable
//! modules: `time`, `sys` and `hashlib` (native), `_minipy_thread` (the native layer),
//! and `threading`, `queue`, `multiprocessing` (Python source, compiled on
//! first import, as CPython's own are written in Python).

pub mod builtins;
pub mod builtins_fns;
pub mod builtins_iter;
pub mod builtins_util;
pub mod dict_methods;
pub mod hashlib;
pub mod list_methods;
pub mod methods;
pub mod number_methods;
pub mod object_methods;
pub mod set_methods;
pub mod str_format;
pub mod str_methods;
pub mod sys;
pub mod thread;
pub mod time;

use crate::model::Model;
use crate::object::{ExcType, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

const THREADING_PY: &str = include_str!("py/threading.py");
const QUEUE_PY: &str = include_str!("py/queue.py");
const MULTIPROCESSING_PY: &str = include_str!("py/multiprocessing.py");

/// Create the module `name` (called once per interpreter per module).
pub fn load<M: Model>(vm: &mut Vm<M>, name: &str) -> PyResult<Value<M>, M> {
    match name {
        "time" => Ok(thread::make_module(vm, "time", time::functions())),
        "sys" => {
            let m = thread::make_module(vm, "sys", sys::functions());
            for (k, v) in sys::attributes(vm) {
                vm.setattr(&m, k, v)?;
            }
            Ok(m)
        }
        "_minipy_thread" => {
            let m = thread::make_module(vm, "_minipy_thread", thread::functions());
            let empty = Value::Obj(vm.exc_class(ExcType::Empty).clone());
            let full = Value::Obj(vm.exc_class(ExcType::Full).clone());
            vm.setattr(&m, "Empty", empty)?;
            vm.setattr(&m, "Full", full)?;
            Ok(m)
        }
        "hashlib" => Ok(hashlib::make_module(vm, false)),
        "_hashlib" => Ok(hashlib::make_module(vm, true)),
        "threading" => python_module(vm, name, THREADING_PY),
        "queue" => python_module(vm, name, QUEUE_PY),
        "multiprocessing" => python_module(vm, name, MULTIPROCESSING_PY),
        // Temporary until the module registry lands on main: the Python-written library in lib/.
        _ => match lib_source(name) {
            Some(source) => python_module(vm, name, &source),
            None => Err(PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{name}'"))),
        },
    }
}

/// Temporary: read `lib/NAME.py` (or `lib/NAME/__init__.py`) from the source tree.
fn lib_source(name: &str) -> Option<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    let rel = name.replace('.', "/");
    std::fs::read_to_string(root.join(format!("{rel}.py")))
        .or_else(|_| std::fs::read_to_string(root.join(rel).join("__init__.py")))
        .ok()
}

/// Compile and run a module written in Python.
fn python_module<M: Model>(vm: &mut Vm<M>, name: &str, source: &str) -> PyResult<Value<M>, M> {
    let filename = format!("<minipy {name}>");
    let src = std::sync::Arc::new(crate::diagnostics::SourceFile::new(filename, source));
    let module = crate::parser::parse(&src)
        .map_err(|e| PyErr::new(ExcType::SyntaxError, format!("in built-in module {name}: {}", e.message)))?;
    let code = crate::compiler::compile(&module, src.clone())
        .map_err(|e| PyErr::new(ExcType::SyntaxError, format!("in built-in module {name}: {}", e.message)))?;
    let globals = vm.new_dict();
    let _ = crate::vm::eval::dict_set_str(&globals, "__name__", Value::str(name));
    vm.run_module(&code, globals.clone())?;
    Ok(Value::obj(ObjKind::Module(crate::object::Module { name: name.to_string(), dict: globals })))
}
