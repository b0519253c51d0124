//! `__spec__` and `__loader__` of imported modules: an
//! `importlib.machinery.ModuleSpec` built from where the import system found
//! the module (library, file, package, native or namespace), set before the
//! module's top level runs, as CPython does. The spec class is Python
//! (`lib/importlib/machinery.py`); `importlib` and `importlib.machinery`
//! themselves, and `builtins`, get theirs once that module has run.

use super::Vm;
use super::eval::{dict_get_str, dict_set_str};
use crate::model::{Model, ObjCell};
use crate::object::{ObjKind, PyResult, Value};

/// The modules that build specs: they cannot have one while they load.
const BOOTSTRAP: [&str; 2] = ["importlib", "importlib.machinery"];

impl<M: Model> Vm<M> {
    /// Give `module` (named `name`, found as `kind`: "builtin", "library",
    /// "file" or "namespace") its `__spec__` and `__loader__`.
    pub(super) fn set_module_spec(
        &mut self,
        module: &Value<M>,
        name: &str,
        kind: &str,
        origin: Option<&str>,
        package_dir: Option<&str>,
    ) -> PyResult<(), M> {
        if BOOTSTRAP.contains(&name) {
            return Ok(());
        }
        let Some(spec_for) = self.spec_builder()? else {
            return Ok(());
        };
        self.set_module_spec_with(&spec_for, module, name, kind, origin, package_dir)
    }

    /// `importlib.machinery._spec_for`, importing it the first time (and
    /// then giving the bootstrap modules their specs); `None` while that
    /// module is still running its top level.
    fn spec_builder(&mut self) -> PyResult<Option<Value<M>>, M> {
        if let Some(machinery) = self.loaded_module(BOOTSTRAP[1]) {
            return self.getattr_opt(&machinery, "_spec_for");
        }
        let machinery = self.import_absolute(BOOTSTRAP[1])?;
        let Some(spec_for) = self.getattr_opt(&machinery, "_spec_for")? else {
            return Ok(None);
        };
        // `builtins` is made at start-up, before any import.
        for name in ["builtins"].into_iter().chain(BOOTSTRAP) {
            let Some(module) = self.loaded_module(name) else { continue };
            let Some(ObjKind::Module(m)) = module.kind() else { continue };
            if !matches!(dict_get_str(&m.dict, "__spec__"), None | Some(Value::None)) {
                continue;
            }
            let file = dict_get_str(&m.dict, "__file__").and_then(|f| f.as_str().map(str::to_string));
            let dir = match dict_get_str(&m.dict, "__path__").as_ref().and_then(|p| p.kind()) {
                Some(ObjKind::List(l)) => l.with(|l| l.first().and_then(|d| d.as_str().map(str::to_string))),
                _ => None,
            };
            let module = module.clone();
            let kind = if file.is_some() { "library" } else { "builtin" };
            let origin = file.as_deref().or(Some("built-in"));
            self.set_module_spec_with(&spec_for, &module, name, kind, origin, dir.as_deref())?;
        }
        Ok(Some(spec_for))
    }

    fn set_module_spec_with(
        &mut self,
        spec_for: &Value<M>,
        module: &Value<M>,
        name: &str,
        kind: &str,
        origin: Option<&str>,
        package_dir: Option<&str>,
    ) -> PyResult<(), M> {
        let text = |s: Option<&str>| s.map_or(Value::None, Value::str);
        let spec = self.call(spec_for, &[Value::str(name), Value::str(kind), text(origin), text(package_dir)], &[])?;
        let loader = self.getattr(&spec, "loader")?;
        if let Some(ObjKind::Module(m)) = module.kind() {
            dict_set_str(&m.dict, "__spec__", spec);
            dict_set_str(&m.dict, "__loader__", loader);
        }
        Ok(())
    }
}
