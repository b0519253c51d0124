//! The builtins that read their caller's frame: `globals()`, `locals()`,
//! `vars()`, `dir()`, `eval()` and `exec()`.
//!
//! minipy's frames live on the Rust stack, so a builtin cannot walk up to
//! its caller. Instead the compiler spells a call of one of these names as
//! CALL_WITH_FRAME, whose handler passes the calling frame's namespaces
//! here when the callable really is that builtin (a user function of the
//! same name gets a plain call). Reached any other way (`f = eval; f(s)`),
//! `eval`/`exec` need explicit globals and the others raise a clear error.

use super::Vm;
use super::eval::{dict_get_str, dict_set_str};
use super::frame::Frame;
use super::import::SourceMode;
use crate::model::{Model, ObjCell};
use crate::object::function::Args;
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};

type R<M> = PyResult<Value<M>, M>;

/// The namespaces of the frame that made the call.
pub struct CallerNamespaces<M: Model> {
    pub globals: ObjRef<M>,
    /// A module or class body's namespace dict, or a function's locals
    /// copied into a fresh dict (as CPython's `locals()` does).
    pub locals: ObjRef<M>,
}

impl<M: Model> Vm<M> {
    /// CALL_WITH_FRAME: `callable(*args)`, giving the builtins above the
    /// caller's namespaces.
    pub fn call_with_frame(
        &mut self,
        callable: &Value<M>,
        args: &[Value<M>],
        frame: &Frame<M>,
        globals: &ObjRef<M>,
    ) -> R<M> {
        let name = match callable.kind() {
            Some(ObjKind::Builtin(b)) if b.module.is_none() && !b.is_method => b.name,
            _ => return self.call(callable, args, &[]),
        };
        let wants_frame = match name {
            "globals" | "locals" | "eval" | "exec" => true,
            "vars" | "dir" => args.is_empty(),
            _ => false,
        };
        if !wants_frame {
            return self.call(callable, args, &[]);
        }
        let caller = CallerNamespaces { globals: globals.clone(), locals: self.frame_locals(frame, globals) };
        match name {
            "globals" => {
                expect_args("globals", args, 0, 0)?;
                Ok(Value::Obj(caller.globals))
            }
            "locals" | "vars" => {
                expect_args(name, args, 0, 0)?;
                Ok(Value::Obj(caller.locals))
            }
            "dir" => {
                let keys = match &caller.locals.kind {
                    ObjKind::Dict(d) => d.with(|d| d.keys()),
                    _ => Vec::new(),
                };
                let list = Value::list(keys);
                self.call_method(&list, "sort", &[])?;
                Ok(list)
            }
            "eval" => self.run_source("eval", args, Some(caller), SourceMode::Eval),
            _ => self.run_source("exec", args, Some(caller), SourceMode::Exec),
        }
    }

    /// The caller's locals: the namespace of a module or class body, or a
    /// snapshot of a function's fast locals and cells.
    fn frame_locals(&mut self, frame: &Frame<M>, globals: &ObjRef<M>) -> ObjRef<M> {
        if let Some(ns) = &frame.namespace {
            return ns.clone();
        }
        let ObjKind::Function(f) = &frame.func.kind else { return globals.clone() };
        let code = f.code().code.clone();
        if &*code.name == "<module>" {
            return globals.clone();
        }
        let snapshot = self.new_dict();
        for (i, name) in code.varnames.iter().enumerate().take(frame.nlocals) {
            if !matches!(frame.stack[i], Value::Undef) {
                drop(dict_set_str(&snapshot, name, frame.stack[i].clone()));
            }
        }
        for (name, cell) in code.cellvars.iter().chain(code.freevars.iter()).zip(frame.cells.iter()) {
            let v = super::eval::cell_get(cell);
            if !matches!(v, Value::Undef) {
                drop(dict_set_str(&snapshot, name, v));
            }
        }
        snapshot
    }

    /// `eval(source, globals=None, locals=None)` and `exec(...)`.
    fn run_source(
        &mut self,
        fname: &str,
        args: &[Value<M>],
        caller: Option<CallerNamespaces<M>>,
        mode: SourceMode,
    ) -> R<M> {
        expect_args(fname, args, 1, 3)?;
        let explicit_globals = args.get(1).filter(|g| !g.is_none());
        let explicit_locals = args.get(2).filter(|l| !l.is_none());
        let (globals, locals) = match (explicit_globals, caller) {
            (Some(g), _) => {
                let g = match g {
                    Value::Obj(o) if matches!(o.kind, ObjKind::Dict(_)) => o.clone(),
                    other => {
                        return Err(PyErr::type_error(format!(
                            "{fname}() globals must be a dict, not {}",
                            other.type_name()
                        )));
                    }
                };
                (g.clone(), g)
            }
            (None, Some(c)) => (c.globals, c.locals),
            (None, None) => {
                return Err(PyErr::new(
                    ExcType::NotImplementedError,
                    format!("minipy: {fname}() without globals must be called by its own name"),
                ));
            }
        };
        let locals = match explicit_locals {
            Some(Value::Obj(o)) if matches!(o.kind, ObjKind::Dict(_)) => o.clone(),
            Some(other) => {
                return Err(PyErr::type_error(format!("locals must be a mapping, not {}", other.type_name())));
            }
            None => locals,
        };
        if dict_get_str(&globals, "__builtins__").is_none() {
            drop(dict_set_str(&globals, "__builtins__", Value::Obj(self.interp.builtins.clone())));
        }
        let code = self.source_code(fname, &args[0], mode)?;
        let namespace = if ObjRef::ptr_eq(&globals, &locals) { None } else { Some(locals) };
        let func = self.module_function(&code, globals);
        let mut frame = self.bind_frame(&func, &[], &[])?;
        frame.namespace = namespace;
        self.enter_call()?;
        let result = self.run_frame(&mut frame);
        self.depth -= 1;
        let value = result?;
        Ok(if mode == SourceMode::Eval { value } else { Value::None })
    }

    /// The code to run: compiled from a str or bytes, or a code object made
    /// by `compile()`.
    fn source_code(
        &mut self,
        fname: &str,
        source: &Value<M>,
        mode: SourceMode,
    ) -> PyResult<std::sync::Arc<crate::bytecode::Code>, M> {
        if let Some(ObjKind::Code(c)) = source.kind() {
            return Ok(c.code.clone());
        }
        let text = match (source.as_str(), source.kind()) {
            (Some(s), _) => s.to_string(),
            (None, Some(ObjKind::Bytes(b))) => String::from_utf8_lossy(b).into_owned(),
            _ => return Err(PyErr::type_error(format!("{fname}() arg 1 must be a string, bytes or code object"))),
        };
        // CPython strips leading spaces and tabs of an eval'd expression.
        let text = if mode == SourceMode::Eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
        super::import::compile_source_as("<string>".to_string(), text, mode).map_err(|f| self.syntax_error(f))
    }
}

fn expect_args<M: Model>(name: &str, args: &[Value<M>], min: usize, max: usize) -> PyResult<(), M> {
    if args.len() < min || args.len() > max {
        let expected = if min == max { format!("{min}") } else { format!("at most {max}") };
        let msg = if max == 0 {
            format!("{name}() takes no arguments ({} given)", args.len())
        } else if args.len() < min {
            format!("{name} expected at least {min} argument{}, got {}", if min == 1 { "" } else { "s" }, args.len())
        } else {
            format!("{name} expected {expected} arguments, got {}", args.len())
        };
        return Err(PyErr::type_error(msg));
    }
    Ok(())
}

/// The builtins as called without CALL_WITH_FRAME (through another name).
pub fn builtin_globals<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Err(not_direct("globals"))
}

pub fn builtin_locals<M: Model>(_vm: &mut Vm<M>, _args: Args<'_, M>) -> R<M> {
    Err(not_direct("locals"))
}

pub fn builtin_eval<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    reject_keywords("eval", &args)?;
    vm.run_source("eval", args.pos, None, SourceMode::Eval)
}

pub fn builtin_exec<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    reject_keywords("exec", &args)?;
    vm.run_source("exec", args.pos, None, SourceMode::Exec)
}

/// `compile(source, filename, mode)`: a code object for `exec` or `eval`.
pub fn builtin_compile<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    const PARAMS: [&str; 6] = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    for name in args.kwnames {
        let name = name.as_str().unwrap_or_default();
        if !PARAMS.contains(&name) {
            return Err(PyErr::type_error(format!("'{name}' is an invalid keyword argument for compile()")));
        }
    }
    args.expect_pos("compile", 0, 6)?;
    // Positional or by keyword, once each, as CPython's argument clinic.
    let mut params: [Option<Value<M>>; 6] = Default::default();
    for (i, name) in PARAMS.iter().enumerate() {
        let by_keyword = args.kw(name).cloned();
        params[i] = match (args.pos.get(i).cloned(), by_keyword) {
            (Some(_), Some(_)) => {
                return Err(PyErr::type_error(format!(
                    "argument for compile() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
            (p, k) => p.or(k),
        };
    }
    for (i, name) in PARAMS[..3].iter().enumerate() {
        if params[i].is_none() {
            return Err(PyErr::type_error(format!("compile() missing required argument '{name}' (pos {})", i + 1)));
        }
    }
    let [Some(source), Some(filename), Some(mode), ..] = params else { unreachable!("checked above") };
    let mode = match mode.as_str() {
        Some("exec") => SourceMode::Exec,
        Some("single") => SourceMode::Single,
        Some("eval") => SourceMode::Eval,
        _ => return Err(PyErr::value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let filename = vm.str(&filename)?;
    let text = match (source.as_str(), source.kind()) {
        (Some(s), _) => s.to_string(),
        (None, Some(ObjKind::Bytes(b))) => String::from_utf8_lossy(b).into_owned(),
        _ => return Err(PyErr::type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let code = super::import::compile_source_as(filename, text, mode).map_err(|f| vm.syntax_error(f))?;
    Ok(Value::Obj(vm.materialize_code(&code)))
}

fn reject_keywords<M: Model>(name: &str, args: &Args<'_, M>) -> PyResult<(), M> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn not_direct<M: Model>(name: &str) -> PyErr<M> {
    PyErr::new(ExcType::NotImplementedError, format!("minipy: {name}() must be called by its own name"))
}
