//! `import`: finding modules, running them once, and `sys.modules`.
//!
//! Where a name is looked for, in order (as CPython's meta path does):
//! 1. `sys.modules` (a real dict, shared with Python code);
//! 2. the registry's *core* native modules, which no file can shadow
//!    (`sys`, `time`, `_minipy_thread`, ...: CPython's built-in modules);
//! 3. every directory on `sys.path` (the script's directory, then
//!    `MINIPYPATH`): `NAME.py`, `NAME.mpy`, or a package `NAME/__init__.py`;
//! 4. the built-in library: the rest of the registry (Python sources
//!    embedded from `lib/`, and native modules);
//! 5. a directory on `sys.path` without `__init__.py` (a namespace package).
//!
//! The interpreter is handed its [`Registry`] when it is built, so the VM
//! never names a library module itself.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::Vm;
use super::eval::{dict_get_str, dict_set_str};
use crate::bytecode::Code;
use crate::diagnostics::{SourceFile, SyntaxErrorKind};
use crate::model::{Model, ObjCell};
use crate::object::{ExcType, Module, ObjKind, ObjRef, PyErr, PyResult, Value};

/// The `sys.path` entry that stands for the built-in library, which lives
/// in the binary rather than on disk (CPython's `/usr/lib/python3.11`).
pub const LIB_DIR: &str = "<minipy lib>";
/// The prefix of `__file__` and `__path__` of the library's modules.
pub const LIB_PREFIX: &str = "<minipy lib>/";

fn is_library_dir(dir: &str) -> bool {
    dir == LIB_DIR || dir.starts_with(LIB_PREFIX)
}

/// Fills a fresh native module's namespace.
pub type NativeInit<M> = fn(&mut Vm<M>, &Value<M>) -> PyResult<(), M>;

/// How a registered module comes to life.
pub enum ModuleDef<M: Model> {
    /// Written in Rust. `core` modules are found before `sys.path` (no file
    /// can shadow them), the others after it.
    Native { init: NativeInit<M>, core: bool },
    /// Written in Python, embedded from `lib/`: `path` is relative to `lib/`.
    Python { path: &'static str, source: &'static str, package: bool },
}

/// Calling a built-in type: `int("3")`, `list(x)`, ...
pub type ConstructFn<M> = fn(
    &mut Vm<M>,
    &ObjRef<M>,
    crate::object::class::BuiltinType,
    crate::object::function::Args<'_, M>,
) -> PyResult<Value<M>, M>;

/// Every module the interpreter can import without a file on disk, plus
/// the hooks that fill the builtins namespace and construct built-in types.
pub struct Registry<M: Model> {
    modules: HashMap<&'static str, ModuleDef<M>>,
    /// Fills a new interpreter's `builtins` namespace.
    pub install_builtins: fn(&Arc<super::Interp<M>>),
    pub construct: ConstructFn<M>,
}

impl<M: Model> Registry<M> {
    pub fn new(install_builtins: fn(&Arc<super::Interp<M>>), construct: ConstructFn<M>) -> Registry<M> {
        Registry { modules: HashMap::new(), install_builtins, construct }
    }

    pub fn native(&mut self, name: &'static str, init: NativeInit<M>, core: bool) {
        self.modules.insert(name, ModuleDef::Native { init, core });
    }

    pub fn python(&mut self, name: &'static str, path: &'static str, source: &'static str, package: bool) {
        self.modules.insert(name, ModuleDef::Python { path, source, package });
    }

    pub fn get(&self, name: &str) -> Option<&ModuleDef<M>> {
        self.modules.get(name)
    }

    /// The registry's own copy of a module name (builtin functions name
    /// their module with a `&'static str`).
    pub fn static_name(&self, name: &str) -> Option<&'static str> {
        self.modules.get_key_value(name).map(|(k, _)| *k)
    }

    /// The names of every registered module, sorted.
    pub fn names(&self) -> Vec<&'static str> {
        let mut v: Vec<_> = self.modules.keys().copied().collect();
        v.sort_unstable();
        v
    }
}

/// Library code is compiled once per process and shared by every
/// interpreter (a `Code` does not depend on the model); a module compiled
/// by an earlier process of this build is read from the bytecode cache.
pub(super) fn compiled_library_module(
    name: &str,
    path: &'static str,
    source: &'static str,
) -> Result<Arc<Code>, SyntaxFailure> {
    static CACHE: OnceLock<parking_lot::Mutex<HashMap<String, Arc<Code>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(code) = cache.lock().get(name) {
        return Ok(code.clone());
    }
    let src = Arc::new(SourceFile::new(format!("{LIB_PREFIX}{path}"), source));
    let code = match crate::bytecode::disk_cache::load(name, &src) {
        Some(code) => code,
        None => {
            let code = compile_source_file(src, SourceMode::Module)?;
            crate::bytecode::disk_cache::store(name, source, &code);
            code
        }
    };
    cache.lock().insert(name.to_string(), code.clone());
    Ok(code)
}

/// A syntax error in an imported file: enough to build CPython's
/// `SyntaxError` with its location.
pub struct SyntaxFailure {
    pub kind: ExcType,
    pub message: String,
    pub filename: String,
    pub line: usize,
    pub column: usize,
    pub text: String,
}

pub(super) fn compile_source(filename: String, text: String) -> Result<Arc<Code>, SyntaxFailure> {
    compile_source_as(filename, text, SourceMode::Module)
}

/// What a piece of source is compiled as.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum SourceMode {
    /// A module file.
    Module,
    /// Statements given to `exec` (names through the given namespaces).
    Exec,
    /// An expression given to `eval`.
    Eval,
    /// `compile(..., "single")`: like Exec, and expression statements show
    /// their values (what doctest runs examples with).
    Single,
}

pub fn compile_source_as(filename: String, text: String, mode: SourceMode) -> Result<Arc<Code>, SyntaxFailure> {
    compile_source_file(Arc::new(SourceFile::new(filename, text)), mode)
}

/// [`compile_source_as`] for a source file already read.
fn compile_source_file(src: Arc<SourceFile>, mode: SourceMode) -> Result<Arc<Code>, SyntaxFailure> {
    let fail = |e: crate::diagnostics::SyntaxError| {
        let offset = (e.span.start as usize).min(src.text.len());
        let line = src.line_of(offset);
        SyntaxFailure {
            kind: match e.kind {
                SyntaxErrorKind::SyntaxError => ExcType::SyntaxError,
                SyntaxErrorKind::IndentationError => ExcType::IndentationError,
                SyntaxErrorKind::TabError => ExcType::TabError,
            },
            message: e.message.clone(),
            filename: src.filename.clone(),
            line,
            column: src.column_of(offset) + 1,
            text: src.line_text(line).to_string(),
        }
    };
    let module = crate::parser::parse(&src).map_err(fail)?;
    match mode {
        SourceMode::Module => crate::compiler::compile(&module, src.clone()).map_err(fail),
        SourceMode::Exec | SourceMode::Eval | SourceMode::Single => {
            crate::compiler::compile_dynamic(&module, src.clone(), mode == SourceMode::Eval, mode == SourceMode::Single)
                .map_err(fail)
        }
    }
}

/// What [`Vm::locate_module`] reports: kind, origin file, package directory.
pub type LocatedModule = (&'static str, Option<String>, Option<String>);

/// The `__path__` entry of a library package whose `__init__` is `path`.
fn library_package_dir(path: &str) -> String {
    format!("{LIB_PREFIX}{}", path.rsplit_once('/').map_or("", |(d, _)| d))
}

/// Where a module was found.
pub(super) enum Found<'r, M: Model> {
    File { path: String, package_dir: Option<String> },
    Registered(&'r ModuleDef<M>),
    Namespace(String),
}

impl<M: Model> Vm<M> {
    /// `sys.modules[name]`, if present.
    pub fn loaded_module(&self, name: &str) -> Option<Value<M>> {
        dict_get_str(&self.interp.sys_modules, name)
    }

    /// `import NAME` as the import statement does it: import every package
    /// on the way, then give back the *top-level* package (`import a.b`
    /// binds `a`).
    pub fn import(&mut self, name: &str) -> PyResult<Value<M>, M> {
        let module = self.import_absolute(name)?;
        match name.split_once('.') {
            Some((top, _)) => self.loaded_module(top).ok_or_else(|| not_found(top)),
            None => Ok(module),
        }
    }

    /// `from NAME import ...`: the module `NAME` itself; leading dots make
    /// it relative to the package of the code running in `globals`.
    pub fn import_for_from(&mut self, name: &str, globals: &ObjRef<M>) -> PyResult<Value<M>, M> {
        let level = name.len() - name.trim_start_matches('.').len();
        if level == 0 {
            return self.import_absolute(name);
        }
        let absolute = resolve_relative(&name[level..], level, globals)?;
        self.import_absolute(&absolute)
    }

    /// Import `name` (dotted, absolute) and every package above it; the
    /// module named.
    pub fn import_absolute(&mut self, name: &str) -> PyResult<Value<M>, M> {
        if let Some(m) = self.loaded_module(name) {
            return self.ready_module(name, m);
        }
        if name.is_empty() || name.split('.').any(str::is_empty) {
            return Err(PyErr::value_error("Empty module name"));
        }
        let mut parent: Option<Value<M>> = None;
        let mut end = 0;
        for part in name.split('.') {
            end += part.len();
            let prefix = &name[..end];
            end += 1;
            let module = match self.loaded_module(prefix).or_else(|| self.claim_import(prefix)) {
                Some(m) => self.ready_module(prefix, m)?,
                None => {
                    let loaded = self.load_module(prefix, parent.as_ref());
                    self.interp.imports.end(prefix);
                    let m = loaded?;
                    if let Some(p) = &parent {
                        self.setattr(p, part, m.clone())?;
                    }
                    m
                }
            };
            parent = Some(module);
        }
        parent.ok_or_else(|| not_found(name))
    }

    /// Either `name` is in `sys.modules` (another thread got there first),
    /// or this thread becomes the one that imports it: checked and claimed
    /// in one step, so two threads never run one module's top level.
    fn claim_import(&mut self, name: &str) -> Option<Value<M>> {
        let me = self.thread.id;
        loop {
            {
                let mut state = self.interp.imports.state.lock();
                if let Some(m) = dict_get_str(&self.interp.sys_modules, name) {
                    return Some(m);
                }
                match state.owner(name) {
                    Some(owner) if owner != me => {}
                    _ => {
                        state.running.push((name.to_string(), me));
                        return None;
                    }
                }
            }
            let imports = self.interp.imports.clone();
            let name = name.to_string();
            self.allow_threads("blocked: import", move || {
                let mut state = imports.state.lock();
                while state.owner(&name).is_some_and(|owner| owner != me) {
                    imports.done.wait(&mut state);
                }
            });
        }
    }

    /// A module found in `sys.modules`: wait if another thread is still
    /// running its top level (as CPython's per-module import locks do).
    fn ready_module(&mut self, name: &str, module: Value<M>) -> PyResult<Value<M>, M> {
        if module.is_none() {
            return Err(PyErr::new(
                ExcType::ModuleNotFoundError,
                format!("import of {name} halted; None in sys.modules"),
            ));
        }
        let me = self.thread.id;
        let busy = |imports: &ImportsInProgress| imports.owner(name).is_some_and(|owner| owner != me);
        if busy(&self.interp.imports.state.lock()) {
            let imports = self.interp.imports.clone();
            self.allow_threads("blocked: import", move || {
                let mut state = imports.state.lock();
                while busy(&state) {
                    imports.done.wait(&mut state);
                }
            });
        }
        Ok(module)
    }

    /// Find `name` and run it as a new module (the caller has claimed it).
    fn load_module(&mut self, name: &str, parent: Option<&Value<M>>) -> PyResult<Value<M>, M> {
        let registry = self.interp.registry.clone();
        let found = self.find_module(&registry, name, parent)?;
        let (kind, file, package_dir, code) = match found {
            Found::Registered(ModuleDef::Native { init, .. }) => {
                let module = self.new_module(name, None, None);
                self.set_module_spec(&module, name, "builtin", Some("built-in"), None)?;
                init(self, &module)?;
                dict_set_str(&self.interp.sys_modules, name, module.clone());
                return Ok(module);
            }
            Found::Registered(ModuleDef::Python { path, source, package }) => {
                let code = compiled_library_module(name, path, source).map_err(|f| self.syntax_error(f))?;
                let dir = package.then(|| library_package_dir(path));
                ("library", Some(format!("{LIB_PREFIX}{path}")), dir, code)
            }
            Found::File { path, package_dir } => {
                let text = read_source(&path)?;
                let code = compile_source(path.clone(), text).map_err(|f| self.syntax_error(f))?;
                ("file", Some(path), package_dir, code)
            }
            Found::Namespace(dir) => {
                let module = self.new_module(name, None, Some(dir.clone()));
                self.set_module_spec(&module, name, "namespace", None, Some(&dir))?;
                dict_set_str(&self.interp.sys_modules, name, module.clone());
                return Ok(module);
            }
        };
        let module = self.new_module(name, file.clone(), package_dir.clone());
        self.set_module_spec(&module, name, kind, file.as_deref(), package_dir.as_deref())?;
        let globals = match module.kind() {
            Some(ObjKind::Module(m)) => m.dict.clone(),
            _ => unreachable!("new_module makes a module"),
        };
        dict_set_str(&self.interp.sys_modules, name, module.clone());
        match self.run_module(&code, globals) {
            // The module may have replaced itself in sys.modules.
            Ok(_) => Ok(self.loaded_module(name).unwrap_or(module)),
            Err(e) => {
                drop(super::eval::dict_del_str(&self.interp.sys_modules, name));
                Err(e)
            }
        }
    }

    pub(super) fn find_module<'r>(
        &mut self,
        registry: &'r Registry<M>,
        name: &str,
        parent: Option<&Value<M>>,
    ) -> PyResult<Found<'r, M>, M> {
        let short = name.rsplit('.').next().unwrap_or(name);
        let search: Vec<String> = match parent {
            None => {
                if let Some(def @ ModuleDef::Native { core: true, .. }) = registry.get(name) {
                    return Ok(Found::Registered(def));
                }
                self.string_list(&self.interp.sys_path.clone())
            }
            Some(p) => match self.getattr_opt(p, "__path__")? {
                Some(path) => match path.as_obj() {
                    Some(list) => self.string_list(list),
                    None => Vec::new(),
                },
                None => {
                    let parent_name = name.rsplit_once('.').map_or(name, |(p, _)| p);
                    return Err(PyErr::new(
                        ExcType::ModuleNotFoundError,
                        format!("No module named '{name}'; '{parent_name}' is not a package"),
                    ));
                }
            },
        };
        let mut namespace = None;
        for dir in &search {
            if is_library_dir(dir) {
                if let Some(def) = registry.get(name) {
                    return Ok(Found::Registered(def));
                }
                continue;
            }
            let base = if dir.is_empty() { short.to_string() } else { format!("{dir}/{short}") };
            for ext in ["py", "mpy"] {
                let init = format!("{base}/__init__.{ext}");
                if is_file(&init) {
                    return Ok(Found::File { path: init, package_dir: Some(base) });
                }
            }
            for ext in ["py", "mpy"] {
                let file = format!("{base}.{ext}");
                if is_file(&file) {
                    return Ok(Found::File { path: file, package_dir: None });
                }
            }
            if namespace.is_none() && std::path::Path::new(&base).is_dir() {
                namespace = Some(base);
            }
        }
        match namespace {
            Some(dir) => Ok(Found::Namespace(dir)),
            None => Err(not_found(name)),
        }
    }

    /// Where `import name` would find the module, without running it
    /// (`importlib.util.find_spec`): `(kind, origin, package directory)`,
    /// kind being "builtin", "library", "file" or "namespace"; None when
    /// nothing is found. A dotted name's parent must already be imported.
    pub fn locate_module(&mut self, name: &str) -> PyResult<Option<LocatedModule>, M> {
        let parent = match name.rsplit_once('.') {
            Some((p, _)) => Some(self.loaded_module(p).ok_or_else(|| not_found(p))?),
            None => None,
        };
        let registry = self.interp.registry.clone();
        let found = match self.find_module(&registry, name, parent.as_ref()) {
            Ok(found) => found,
            Err(e) if e.lazy_type() == Some(ExcType::ModuleNotFoundError) => return Ok(None),
            Err(e) => return Err(e),
        };
        Ok(Some(match found {
            Found::Registered(ModuleDef::Native { .. }) => ("builtin", None, None),
            Found::Registered(ModuleDef::Python { path, package, .. }) => {
                ("library", Some(format!("{LIB_PREFIX}{path}")), package.then(|| library_package_dir(path)))
            }
            Found::File { path, package_dir } => ("file", Some(path), package_dir),
            Found::Namespace(dir) => ("namespace", None, Some(dir)),
        }))
    }

    /// A module object with CPython's standard attributes.
    fn new_module(&mut self, name: &str, file: Option<String>, package_dir: Option<String>) -> Value<M> {
        let dict = self.new_dict();
        let package = match &package_dir {
            Some(_) => name.to_string(),
            None => name.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string()),
        };
        dict_set_str(&dict, "__name__", Value::str(name));
        dict_set_str(&dict, "__doc__", Value::None);
        dict_set_str(&dict, "__package__", Value::str(package));
        dict_set_str(&dict, "__loader__", Value::None);
        dict_set_str(&dict, "__spec__", Value::None);
        if let Some(dir) = package_dir {
            dict_set_str(&dict, "__path__", Value::list(vec![Value::str(dir)]));
        }
        if let Some(file) = file {
            dict_set_str(&dict, "__file__", Value::str(file));
        }
        Value::obj(ObjKind::Module(Module { name: name.to_string(), dict }))
    }

    /// Put `module` in `sys.modules` (a module copied in from another
    /// interpreter).
    pub fn add_module(&mut self, name: &str, module: Value<M>) {
        drop(dict_set_str(&self.interp.sys_modules, name, module));
    }

    /// The modules a forked child inherits as copies: `__main__` and every
    /// module imported from a file (a list, for a spawn message).
    pub fn user_modules(&self) -> Value<M> {
        let modules = match &self.interp.sys_modules.kind {
            ObjKind::Dict(d) => d.with(|d| d.iter().map(|(_, v)| v.clone()).collect::<Vec<_>>()),
            _ => Vec::new(),
        };
        let from_file = |m: &Value<M>| match m.kind() {
            Some(ObjKind::Module(m)) => {
                m.name == "__main__"
                    || dict_get_str(&m.dict, "__file__")
                        .is_some_and(|f| f.as_str().is_some_and(|f| !f.starts_with('<')))
            }
            _ => false,
        };
        Value::list(modules.into_iter().filter(from_file).collect())
    }

    /// Wrap `__main__`'s globals as a module in `sys.modules`.
    pub fn register_main(&mut self, globals: &ObjRef<M>) {
        let module = Value::obj(ObjKind::Module(Module { name: "__main__".into(), dict: globals.clone() }));
        dict_set_str(&self.interp.sys_modules, "__main__", module);
    }

    /// `from module import *`: the names in `__all__`, or every name not
    /// starting with an underscore, bound in `namespace`.
    pub fn import_star(&mut self, module: &Value<M>, namespace: &ObjRef<M>) -> PyResult<(), M> {
        let dict = match module.kind() {
            Some(ObjKind::Module(m)) => m.dict.clone(),
            _ => return Err(PyErr::type_error("import * expects a module")),
        };
        let names: Vec<Value<M>> = match dict_get_str(&dict, "__all__") {
            Some(all) => self.collect(&all)?,
            None => match &dict.kind {
                ObjKind::Dict(d) => d.with(|d| {
                    d.keys().into_iter().filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_'))).collect()
                }),
                _ => Vec::new(),
            },
        };
        let mname = match module.kind() {
            Some(ObjKind::Module(m)) => m.name.clone(),
            _ => String::new(),
        };
        for n in names {
            let Some(name) = n.as_str() else {
                return Err(PyErr::type_error(format!("Item in {mname}.__all__ must be str, not {}", n.type_name())));
            };
            let v = self.getattr(module, name)?;
            drop(dict_set_str(namespace, name, v));
        }
        Ok(())
    }

    /// A `SyntaxError` raised by `import`, carrying the file and line.
    pub(crate) fn syntax_error(&mut self, f: SyntaxFailure) -> PyErr<M> {
        let details = Value::tuple(vec![
            Value::str(f.filename),
            Value::Int(f.line as i64),
            Value::Int(f.column as i64),
            Value::str(f.text),
        ]);
        PyErr::with_args(f.kind, vec![Value::str(f.message), details])
    }

    fn string_list(&self, list: &ObjRef<M>) -> Vec<String> {
        match &list.kind {
            ObjKind::List(l) => l.with(|items| items.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()),
            _ => Vec::new(),
        }
    }
}

/// Modules whose top level is running, and by which thread.
#[derive(Default)]
pub struct ImportsInProgress {
    running: Vec<(String, u64)>,
}

impl ImportsInProgress {
    fn owner(&self, name: &str) -> Option<u64> {
        self.running.iter().find(|(n, _)| n == name).map(|(_, t)| *t)
    }
}

/// The import lock: who is importing what, and a condition to wait on.
#[derive(Default)]
pub struct ImportLock {
    pub state: parking_lot::Mutex<ImportsInProgress>,
    pub done: parking_lot::Condvar,
}

impl ImportLock {
    /// Whether some thread is running `name`'s top level right now.
    pub fn is_running(&self, name: &str) -> bool {
        self.state.lock().owner(name).is_some()
    }
    fn end(&self, name: &str) {
        let mut s = self.state.lock();
        if let Some(i) = s.running.iter().position(|(n, _)| n == name) {
            s.running.remove(i);
        }
        self.done.notify_all();
    }
}

/// `from ..x import y` inside package `pkg.sub`: `pkg.x`.
pub fn resolve_relative<M: Model>(rest: &str, level: usize, globals: &ObjRef<M>) -> PyResult<String, M> {
    let package = match dict_get_str(globals, "__package__") {
        Some(p) if p.as_str().is_some() => p.as_str().unwrap_or_default().to_string(),
        _ => {
            let name = dict_get_str(globals, "__name__").and_then(|n| n.as_str().map(str::to_string));
            let is_package = dict_get_str(globals, "__path__").is_some();
            match name {
                Some(n) if is_package => n,
                Some(n) => n.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string()),
                None => String::new(),
            }
        }
    };
    if package.is_empty() {
        return Err(PyErr::new(ExcType::ImportError, "attempted relative import with no known parent package"));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((b, _)) => base = b,
            None => return Err(PyErr::new(ExcType::ImportError, "attempted relative import beyond top-level package")),
        }
    }
    Ok(if rest.is_empty() { base.to_string() } else { format!("{base}.{rest}") })
}

pub fn not_found<M: Model>(name: &str) -> PyErr<M> {
    PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{name}'"))
}

fn is_file(path: &str) -> bool {
    std::path::Path::new(path).is_file()
}

pub(super) fn read_source<M: Model>(path: &str) -> PyResult<String, M> {
    let bytes = std::fs::read(path)
        .map_err(|e| PyErr::new(ExcType::ImportError, format!("cannot read module file '{path}': {e}")))?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").map(<[u8]>::to_vec).unwrap_or(bytes);
    String::from_utf8(bytes).map_err(|e| {
        PyErr::new(
            ExcType::SyntaxError,
            format!(
                "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                e.as_bytes()[e.utf8_error().valid_up_to()],
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// The directories `sys.path` starts with: the script's directory (empty
/// for the current one, as CPython's `''` for `-c`), then `MINIPYPATH`.
pub fn initial_sys_path(script: Option<&str>) -> Vec<String> {
    let mut path = Vec::new();
    let dir = match script {
        Some(s) => {
            let p = std::path::Path::new(s);
            let parent = p.parent().map(|d| d.to_string_lossy().to_string()).unwrap_or_default();
            match std::fs::canonicalize(if parent.is_empty() { "." } else { &parent }) {
                Ok(abs) => abs.to_string_lossy().to_string(),
                Err(_) => parent,
            }
        }
        None => String::new(),
    };
    path.push(dir);
    if let Some(extra) = std::env::var_os("MINIPYPATH") {
        for p in std::env::split_paths(&extra) {
            let s = p.to_string_lossy().to_string();
            if !s.is_empty() {
                path.push(s);
            }
        }
    }
    path.push(LIB_DIR.to_string());
    path
}
