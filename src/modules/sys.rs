//! The `sys` module.

use crate::model::{Model, ObjCell, Scheduler};
use crate::object::function::Args;
use crate::object::{BuiltinFn, ExcType, ObjKind, PyErr, PyResult, Value};
use crate::text::int_format;
use crate::vm::Vm;

type R<M> = PyResult<Value<M>, M>;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    super::registry::add_functions(vm, module, functions())?;
    for (k, v) in attributes(vm) {
        vm.setattr(module, k, v)?;
    }
    vm.setattr(module, "modules", Value::Obj(vm.interp.sys_modules.clone()))?;
    vm.setattr(module, "path", Value::Obj(vm.interp.sys_path.clone()))?;
    Ok(())
}

pub fn functions<M: Model>() -> &'static [(&'static str, BuiltinFn<M>)] {
    &[
        ("getrefcount", getrefcount),
        ("getsizeof", super::sizeof::getsizeof),
        ("setswitchinterval", setswitchinterval),
        ("getswitchinterval", getswitchinterval),
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("_is_gil_enabled", is_gil_enabled),
        ("exc_info", exc_info),
        ("exception", exception),
        ("intern", intern),
        ("getdefaultencoding", utf8_name),
        ("getfilesystemencoding", utf8_name),
        ("_write", write),
        ("_flush", flush),
        ("_format_exception", format_exception),
        ("_extract_tb", extract_tb),
        ("__getattr__", lazy_attribute),
        ("_library_modules", library_modules),
        ("_find_module", find_module),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("_int_to_str", int_to_str_unlimited),
    ]
}

/// Extra attributes: argv, maxsize, platform, version.
pub fn attributes<M: Model>(vm: &mut Vm<M>) -> Vec<(&'static str, Value<M>)> {
    let argv = vm.interp.config.argv.iter().map(|a| Value::str(a.clone())).collect();
    vec![
        ("argv", Value::list(argv)),
        ("maxsize", Value::Int(i64::MAX)),
        ("platform", Value::str("linux")),
        ("byteorder", Value::str("little")),
        ("version", Value::str(format!("3.11.0 (minipy {}, {} mode)", env!("CARGO_PKG_VERSION"), M::NAME))),
    ]
}

/// CPython's count includes the reference held by the argument itself;
/// so does ours (the value on the caller's stack). Unboxed values and
/// immortal objects report a very large count, as CPython 3.12+ does.
fn getrefcount<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("getrefcount", 1, 1)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) if !o.is_immortal() => o.refcount() as i64,
        _ => u32::MAX as i64,
    }))
}

fn setswitchinterval<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("setswitchinterval", 1, 1)?;
    let secs = match &args.pos[0] {
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        other => {
            return Err(PyErr::type_error(format!("must be real number, not {}", other.type_name())));
        }
    };
    if secs <= 0.0 {
        return Err(PyErr::value_error("switch interval must be strictly positive"));
    }
    vm.interp.sched.set_switch_interval(secs);
    Ok(Value::None)
}

fn getswitchinterval<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Float(vm.interp.sched.switch_interval()))
}

fn exit<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("exit", 0, 1)?;
    Err(PyErr::with_args(ExcType::SystemExit, args.pos.to_vec()))
}

fn getrecursionlimit<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Int(vm.interp.recursion_limit.load(std::sync::atomic::Ordering::Relaxed) as i64))
}

fn setrecursionlimit<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("setrecursionlimit", 1, 1)?;
    match &args.pos[0] {
        // Above this the Rust stack of an interpreter thread could run out.
        Value::Int(n) if *n >= 1 && *n <= 50_000 => {
            vm.interp.recursion_limit.store(*n as u32, std::sync::atomic::Ordering::Relaxed);
            Ok(Value::None)
        }
        Value::Int(n) if *n < 1 => Err(PyErr::value_error("recursion limit must be greater or equal than 1")),
        Value::Int(_) => Err(PyErr::value_error("minipy caps the recursion limit at 50000")),
        other => Err(PyErr::type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
    }
}

fn get_int_max_str_digits<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(int_format::max_str_digits() as i64))
}

fn set_int_max_str_digits<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    // Argument Clinic's order of checks for this one-argument function.
    let total = args.pos.len() + args.kwnames.len();
    if total > 1 {
        return Err(PyErr::type_error(format!("set_int_max_str_digits() takes at most 1 argument ({total} given)")));
    }
    let Some(given) = args.pos.first().or(args.kw("maxdigits")) else {
        return Err(PyErr::type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"));
    };
    let n = super::builtins_util::int_arg(vm, given)?;
    if n != 0 && n < int_format::INT_STR_DIGITS_THRESHOLD as i64 {
        return Err(PyErr::value_error(format!(
            "maxdigits must be 0 or larger than {}",
            int_format::INT_STR_DIGITS_THRESHOLD
        )));
    }
    int_format::set_max_str_digits(usize::try_from(n).unwrap_or(usize::MAX));
    Ok(Value::None)
}

/// `str(n)` for an int with no digit limit, for the library's own
/// arbitrary-precision code (decimal), which CPython writes in C.
fn int_to_str_unlimited<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("_int_to_str", 1, 1)?;
    match &args.pos[0] {
        Value::Int(i) => Ok(Value::str(i.to_string())),
        Value::Bool(b) => Ok(Value::str(if *b { "1" } else { "0" })),
        Value::Obj(o) if matches!(o.kind, ObjKind::BigInt(_)) => {
            let ObjKind::BigInt(b) = &o.kind else { unreachable!() };
            Ok(Value::str(b.to_string()))
        }
        other => Err(PyErr::type_error(format!("_int_to_str: expected int, got {}", other.type_name()))),
    }
}

fn is_gil_enabled<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::Bool(M::HAS_GIL))
}

/// The exception being handled, or None (the innermost `except` block).
fn handled_exception<M: Model>(vm: &Vm<M>) -> Value<M> {
    vm.handled.last().cloned().unwrap_or(Value::None)
}

/// `(type, value, traceback)`; minipy has no traceback objects, so the
/// third item is None (the `traceback` module reads the exception itself).
fn exc_info<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("exc_info", 0, 0)?;
    let exc = handled_exception(vm);
    if exc.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let cls = Value::Obj(vm.type_of(&exc));
    Ok(Value::tuple(vec![cls, exc, Value::None]))
}

fn exception<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("exception", 0, 0)?;
    Ok(handled_exception(vm))
}

fn intern<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("intern", 1, 1)?;
    match &args.pos[0] {
        s if s.as_str().is_some() => Ok(s.clone()),
        other => Err(PyErr::type_error(format!("intern() argument must be str, not {}", other.type_name()))),
    }
}

fn utf8_name<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Ok(Value::str("utf-8"))
}

/// `_write(fd, text)`: what `sys.stdout.write`/`sys.stderr.write` do.
/// Standard output shares `print`'s buffer, so the two keep their order;
/// standard error is written at once, after flushing standard output so a
/// terminal shows both in the order they were written.
fn write<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("_write", 2, 2)?;
    let text = match args.pos[1].as_str() {
        Some(s) => s.to_string(),
        None => {
            return Err(PyErr::type_error(format!("write() argument must be str, not {}", args.pos[1].type_name())));
        }
    };
    if matches!(args.pos[0], Value::Int(2)) {
        vm.interp.out.flush();
        eprint!("{text}");
    } else {
        vm.write_stdout(&text);
    }
    Ok(Value::Int(text.chars().count() as i64))
}

fn flush<M: Model>(vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    vm.interp.out.flush();
    Ok(Value::None)
}

/// `_format_exception(exc, chain, suggest=False)`: the text of an uncaught
/// exception; `suggest` adds "Did you mean" as CPython's own excepthook does.
fn format_exception<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("_format_exception", 2, 3)?;
    let chain = vm.truthy(&args.pos[1])?;
    let suggest = match args.pos.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(Value::str(vm.format_exception_value(&args.pos[0], chain, suggest)))
}

/// `_extract_tb(exc)`: `(filename, lineno, name, line)` per frame of the
/// exception's traceback, outermost first.
fn extract_tb<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    use crate::object::ObjKind;
    args.expect("_extract_tb", 1, 1)?;
    let entries = match args.pos[0].kind() {
        Some(ObjKind::Instance(inst)) => inst.exc.as_ref().map(|e| e.with(|s| s.traceback.clone())).unwrap_or_default(),
        _ => Vec::new(),
    };
    let frames = entries
        .iter()
        .rev()
        .map(|entry| {
            let code = &entry.code;
            let line = code.lines.get(entry.instr as usize).copied().unwrap_or(code.first_line);
            let text = code.source.line_text(line as usize).trim().to_string();
            Value::tuple(vec![
                Value::str(code.filename().to_string()),
                Value::Int(line as i64),
                Value::str(&*code.name),
                Value::str(text),
            ])
        })
        .collect();
    Ok(Value::list(frames))
}

/// PEP 562 hook: the parts of `sys` written in Python (`version_info`,
/// `stdout`, `stderr`, ...) live in `lib/_sys_extras.py`, imported on
/// first use so that start-up does not pay for them.
fn lazy_attribute<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("__getattr__", 1, 1)?;
    let name = args.pos[0].as_str().unwrap_or("").to_string();
    let extras = vm.import_absolute("_sys_extras")?;
    let exported = vm.getattr(&extras, "__all__")?;
    let names = vm.collect(&exported)?;
    if names.iter().any(|n| n.as_str() == Some(name.as_str())) {
        let value = vm.getattr(&extras, &name)?;
        let sys = vm.import_absolute("sys")?;
        vm.setattr(&sys, &name, value.clone())?;
        return Ok(value);
    }
    Err(PyErr::attribute_error(format!("module 'sys' has no attribute '{name}'")))
}

/// `[(name, kind), ...]` for every module the built-in library provides,
/// kind being "core" (native, found before `sys.path`), "native",
/// "module" or "package" (written in Python): what `importlib.util` and
/// `sys.stdlib_module_names` are built from.
fn library_modules<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("_library_modules", 0, 0)?;
    let registry = vm.interp.registry.clone();
    let rows = registry
        .names()
        .into_iter()
        .map(|name| {
            let kind = match registry.get(name) {
                Some(crate::vm::import::ModuleDef::Native { core: true, .. }) => "core",
                Some(crate::vm::import::ModuleDef::Native { .. }) => "native",
                Some(crate::vm::import::ModuleDef::Python { package: true, .. }) => "package",
                _ => "module",
            };
            Value::tuple(vec![Value::str(name), Value::str(kind)])
        })
        .collect();
    Ok(Value::list(rows))
}

/// `(kind, origin, package_dir)` for where `import name` would find the
/// module, or None: the import system's own search, for
/// `importlib.util.find_spec` (which imports a dotted name's parent first).
fn find_module<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("_find_module", 1, 1)?;
    let Some(name) = args.pos[0].as_str().map(str::to_string) else {
        return Err(PyErr::type_error("_find_module() argument must be str"));
    };
    let text = |v: Option<String>| v.map_or(Value::None, Value::str);
    Ok(match vm.locate_module(&name)? {
        Some((kind, origin, package_dir)) => Value::tuple(vec![Value::str(kind), text(origin), text(package_dir)]),
        None => Value::None,
    })
}
