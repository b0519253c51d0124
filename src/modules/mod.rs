//! Built-in functions, the methods of built-in types, and the importable
//! modules: `time`, `sys` and `hashlib` (native), `_minipy_thread` (the native layer),
//! and `threading`, `queue`, `multiprocessing` (Python source, compiled on
//! first import, as CPython's own are written in Python).

pub mod builtins;
pub mod builtins_fns;
pub mod builtins_iter;
pub mod builtins_util;
pub mod dict_methods;
pub mod exit_hooks;
pub mod hashlib;
pub mod list_methods;
pub mod methods;
pub mod mp_shared;
pub mod number_methods;
pub mod object_methods;
pub mod set_methods;
pub mod str_format;
pub mod str_methods;
pub mod sys;
pub mod thread;
pub mod time;

use crate::model::{Model, ObjCell};
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
        "_minipy_mp" => Ok(thread::make_module(vm, "_minipy_mp", mp_shared::functions())),
        "hashlib" => Ok(hashlib::make_module(vm, false)),
        "_hashlib" => Ok(hashlib::make_module(vm, true)),
        "threading" => python_module(vm, name, &dev_source("src/modules/py/threading.py", THREADING_PY)),
        "queue" => python_module(vm, name, &dev_source("src/modules/py/queue.py", QUEUE_PY)),
        "multiprocessing" => {
            python_module(vm, name, &dev_source("src/modules/py/multiprocessing.py", MULTIPROCESSING_PY))
        }
        _ => dev_lib(vm, name),
    }
}

// TEMPORARY (until the module registry lands): read lib/ from the source tree.
fn dev_source(rel: &str, fallback: &str) -> String {
    std::fs::read_to_string(format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))).unwrap_or_else(|_| fallback.to_string())
}

fn dev_lib<M: Model>(vm: &mut Vm<M>, name: &str) -> PyResult<Value<M>, M> {
    let base = format!("{}/lib/{}", env!("CARGO_MANIFEST_DIR"), name.replace('.', "/"));
    let src = std::fs::read_to_string(format!("{base}.py"))
        .or_else(|_| std::fs::read_to_string(format!("{base}/__init__.py")))
        .map_err(|_| PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{name}'")))?;
    let globals = vm.new_dict();
    let _ = crate::vm::eval::dict_set_str(&globals, "__name__", Value::str(name));
    let module = Value::obj(ObjKind::Module(crate::object::Module { name: name.to_string(), dict: globals.clone() }));
    let visible = match name.rsplit_once('.') {
        None => module.clone(),
        Some((parent, last)) => {
            let top = vm.import(parent)?;
            let mut pkg = top.clone();
            for part in parent.split('.').skip(1) {
                pkg = vm.getattr(&pkg, part)?;
            }
            vm.setattr(&pkg, last, module.clone())?;
            top
        }
    };
    vm.interp.modules.with(|ms| ms.push((name.to_string(), visible.clone())));
    let filename = format!("<minipy {name}>");
    let file = std::sync::Arc::new(crate::diagnostics::SourceFile::new(filename, src));
    let parsed = crate::parser::parse(&file)
        .map_err(|e| PyErr::new(ExcType::SyntaxError, format!("in built-in module {name}: {}", e.message)))?;
    let code = crate::compiler::compile(&parsed, file.clone())
        .map_err(|e| PyErr::new(ExcType::SyntaxError, format!("in built-in module {name}: {}", e.message)))?;
    vm.run_module(&code, globals)?;
    Ok(visible)
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
