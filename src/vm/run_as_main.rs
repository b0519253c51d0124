//! `minipy run -m MODULE`: find a module on `sys.path` (or in the built-in
//! library) and run it as `__main__`, as CPython's `-m` (runpy) does.
//!
//! The parent packages are imported first (their `__init__` runs); a
//! package runs its `__main__` submodule; the module's code then runs in
//! the `__main__` globals the interpreter already has, so `pickle`, forked
//! `Process` children and `sys.modules['__main__']` all see one module.

use std::sync::Arc;

use super::Vm;
use super::eval::dict_set_str;
use super::import::{Found, LIB_PREFIX, ModuleDef, compile_source, compiled_library_module, read_source};
use crate::bytecode::Code;
use crate::model::{Model, ObjCell};
use crate::object::exception::ErrValue;
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};

/// Why a module could not be run as `__main__`.
pub enum MainModuleFailure<M: Model> {
    /// Importing a parent package or compiling the module raised: shown as
    /// a traceback.
    Raised(PyErr<M>),
    /// No runnable module by that name: one line, as CPython's
    /// `python3: No module named x`.
    Refused(String),
}

/// The module found for `-m`: its code, file and package.
struct MainModule {
    /// The module's own name (`pkg.__main__` for a package).
    name: String,
    code: Arc<Code>,
    file: String,
    package: String,
}

impl<M: Model> Vm<M> {
    /// Run module `name` as `__main__` in `globals`; `sys.argv[0]` becomes
    /// the module's file.
    pub fn run_module_as_main(
        &mut self,
        name: &str,
        globals: &ObjRef<M>,
    ) -> Result<PyResult<Value<M>, M>, MainModuleFailure<M>> {
        let found = self.main_module(name)?;
        dict_set_str(globals, "__file__", Value::str(found.file.clone()));
        dict_set_str(globals, "__package__", Value::str(found.package));
        dict_set_str(globals, "__loader__", Value::None);
        let spec = self.module_spec(&found.name, &found.file).map_err(MainModuleFailure::Raised)?;
        dict_set_str(globals, "__spec__", spec);
        if let Some(argv) = self.loaded_module("sys").and_then(|sys| self.getattr_opt(&sys, "argv").ok().flatten())
            && let Some(ObjKind::List(list)) = argv.kind()
        {
            list.with(|items| {
                if let Some(first) = items.first_mut() {
                    *first = Value::str(found.file);
                }
            });
        }
        Ok(self.run_module(&found.code, globals.clone()))
    }

    fn main_module(&mut self, name: &str) -> Result<MainModule, MainModuleFailure<M>> {
        if name.starts_with('.') {
            return Err(MainModuleFailure::Refused("Relative module names not supported".into()));
        }
        if name.is_empty() || name.split('.').any(str::is_empty) {
            return Err(MainModuleFailure::Refused(format!("No module named {name}")));
        }
        let (package, parent) = match name.rsplit_once('.') {
            Some((package, _)) => match self.import_absolute(package) {
                Ok(module) => (package.to_string(), Some(module)),
                Err(e) if e.lazy_type() == Some(ExcType::ModuleNotFoundError) => {
                    let message = lazy_message(&e);
                    return Err(MainModuleFailure::Refused(format!(
                        "Error while finding module specification for '{name}' (ModuleNotFoundError: {message})"
                    )));
                }
                Err(e) => return Err(MainModuleFailure::Raised(e)),
            },
            None => (String::new(), None),
        };
        let registry = self.interp.registry.clone();
        let found = match self.find_module(&registry, name, parent.as_ref()) {
            Ok(found) => found,
            Err(e) if e.lazy_type() == Some(ExcType::ModuleNotFoundError) => {
                return Err(MainModuleFailure::Refused(format!("No module named {name}")));
            }
            Err(e) => return Err(MainModuleFailure::Raised(e)),
        };
        let is_package = match &found {
            Found::File { package_dir, .. } => package_dir.is_some(),
            Found::Registered(ModuleDef::Python { package, .. }) => *package,
            Found::Registered(ModuleDef::Native { .. }) => {
                return Err(MainModuleFailure::Refused(format!("No code object available for {name}")));
            }
            Found::Namespace(_) => true,
        };
        if is_package {
            if name.ends_with(".__main__") || name == "__main__" {
                return Err(MainModuleFailure::Refused("Cannot use package as __main__ module".into()));
            }
            // A package runs as its `__main__` submodule, after its `__init__`.
            self.import_absolute(name).map_err(MainModuleFailure::Raised)?;
            return self.main_module(&format!("{name}.__main__")).map_err(|failure| match failure {
                MainModuleFailure::Refused(message) if message.starts_with("No module named ") => {
                    MainModuleFailure::Refused(format!(
                        "No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
                    ))
                }
                other => other,
            });
        }
        let (code, file) = match found {
            Found::File { path, .. } => {
                let text = read_source(&path).map_err(MainModuleFailure::Raised)?;
                let code =
                    compile_source(path.clone(), text).map_err(|f| MainModuleFailure::Raised(self.syntax_error(f)))?;
                (code, path)
            }
            Found::Registered(ModuleDef::Python { path, source, .. }) => {
                let code = compiled_library_module(name, path, source)
                    .map_err(|f| MainModuleFailure::Raised(self.syntax_error(f)))?;
                (code, format!("{LIB_PREFIX}{path}"))
            }
            Found::Registered(ModuleDef::Native { .. }) | Found::Namespace(_) => {
                unreachable!("handled as not runnable or as a package above")
            }
        };
        Ok(MainModule { name: name.to_string(), code, file, package })
    }

    /// `importlib.machinery.ModuleSpec(name, None, origin=file)` with a
    /// location, as runpy gives `__main__`.
    fn module_spec(&mut self, name: &str, file: &str) -> PyResult<Value<M>, M> {
        let machinery = self.import_absolute("importlib.machinery")?;
        let class = self.getattr(&machinery, "ModuleSpec")?;
        let spec = self.call(&class, &[Value::str(name), Value::None, Value::str(file)], &[Value::str("origin")])?;
        self.setattr(&spec, "has_location", Value::Bool(true))?;
        Ok(spec)
    }
}

/// The message of a lazily built error (`No module named 'x'`).
fn lazy_message<M: Model>(e: &PyErr<M>) -> String {
    match &e.inner.value {
        ErrValue::Lazy(_, message) => message.clone(),
        _ => String::new(),
    }
}
