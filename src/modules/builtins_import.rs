//! `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the
//! function behind `import`, for programs that load modules by name
//! (plugin loaders, `importlib.import_module`).

use crate::model::Model;
use crate::object::function::Args;
use crate::object::{ExcType, ObjKind, PyErr, PyResult, Value};
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

pub fn builtin_import<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("__import__", &["name", "globals", "locals", "fromlist", "level"])?;
    args.expect_pos("__import__", 0, 5)?;
    let arg = |i: usize, name: &str| args.pos.get(i).or_else(|| args.kw(name)).cloned();
    let name = match arg(0, "name") {
        Some(n) => n.as_str().map(str::to_string).ok_or_else(|| PyErr::type_error("module name must be a string"))?,
        None => return Err(PyErr::type_error("__import__() missing required argument 'name' (pos 1)")),
    };
    let globals = arg(1, "globals").filter(|g| !g.is_none());
    let fromlist = match arg(3, "fromlist") {
        Some(f) if !f.is_none() => vm.collect(&f)?,
        _ => Vec::new(),
    };
    let level = match arg(4, "level") {
        None => 0,
        Some(Value::Int(i)) if i >= 0 => i as usize,
        Some(Value::Int(_)) => return Err(PyErr::value_error("level must be >= 0")),
        Some(v) => {
            return Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
        }
    };
    let absolute = if level == 0 {
        if name.is_empty() {
            return Err(PyErr::value_error("Empty module name"));
        }
        name.clone()
    } else {
        let globals = match globals.as_ref().map(|g| (g, g.kind())) {
            Some((Value::Obj(g), Some(ObjKind::Dict(_)))) => g.clone(),
            _ => return Err(PyErr::type_error("globals must be a dict")),
        };
        if crate::vm::eval::dict_get_str(&globals, "__name__").is_none() {
            return Err(PyErr::new(ExcType::KeyError, "'__name__' not in globals"));
        }
        crate::vm::import::resolve_relative(&name, level, &globals)?
    };
    let module = vm.import_absolute(&absolute)?;
    if fromlist.is_empty() {
        // `__import__("a.b")` gives back `a`, as `import a.b` binds it.
        // Relative `__import__("x.y", g, None, (), 1)` gives `package.x`.
        let rest_after_first = name.split_once('.').map_or(0, |(_, rest)| rest.len() + 1);
        let top = if level == 0 {
            absolute.split_once('.').map_or(absolute.as_str(), |(top, _)| top)
        } else {
            &absolute[..absolute.len() - rest_after_first]
        };
        return vm.loaded_module(top).ok_or_else(|| crate::vm::import::not_found(top));
    }
    import_submodules(vm, &module, &absolute, &fromlist)?;
    Ok(module)
}

/// `from package import a, b`: names the package does not have yet are
/// its submodules, imported now (a missing one is left for the caller's
/// `getattr` to report, as CPython does).
fn import_submodules<M: Model>(
    vm: &mut Vm<M>,
    module: &Value<M>,
    name: &str,
    fromlist: &[Value<M>],
) -> PyResult<(), M> {
    if vm.getattr_opt(module, "__path__")?.is_none() {
        return Ok(());
    }
    for item in fromlist {
        let Some(item) = item.as_str() else {
            return Err(PyErr::type_error(format!("Item in {name}.__all__ must be str, not {}", item.type_name())));
        };
        if item == "*" {
            if let Some(all) = vm.getattr_opt(module, "__all__")? {
                let names = vm.collect(&all)?;
                import_submodules(vm, module, name, &names)?;
            }
            continue;
        }
        if vm.getattr_opt(module, item)?.is_some() {
            continue;
        }
        let full = format!("{name}.{item}");
        if let Err(e) = vm.import_absolute(&full)
            && !crate::runner::is_exc_type(&e, ExcType::ModuleNotFoundError)
        {
            return Err(e);
        }
    }
    Ok(())
}
