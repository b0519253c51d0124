//! Code objects with their materialised constants, Python functions, and
//! built-in functions.

use std::sync::Arc;

use super::{ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::bytecode::Code;
use crate::model::{Model, ObjCell};
use crate::vm::Vm;

/// A code object as this interpreter sees it: the shared bytecode plus its
/// constants turned into this heap's values.
pub struct CodeObj<M: Model> {
    pub code: Arc<Code>,
    pub consts: Box<[Value<M>]>,
}

pub struct Function<M: Model> {
    /// Always an `ObjKind::Code`.
    pub code_obj: ObjRef<M>,
    /// Always an `ObjKind::Dict`.
    pub globals: ObjRef<M>,
    pub defaults: Box<[Value<M>]>,
    /// Keyword-only defaults by name (an `ObjKind::Dict`), if any.
    pub kwdefaults: Option<ObjRef<M>>,
    /// The cells for the code's free variables.
    pub closure: Box<[ObjRef<M>]>,
    pub name: std::sync::Arc<str>,
    /// Attributes set on the function (`wrapper.__name__ = ...`, `f.calls = 0`):
    /// its `__dict__`, a dict object made on first use.
    pub attrs: M::Cell<Option<ObjRef<M>>>,
}

impl<M: Model> Function<M> {
    pub fn new(
        code_obj: ObjRef<M>,
        globals: ObjRef<M>,
        defaults: Box<[Value<M>]>,
        kwdefaults: Option<ObjRef<M>>,
        closure: Box<[ObjRef<M>]>,
        name: std::sync::Arc<str>,
    ) -> Function<M> {
        Function { code_obj, globals, defaults, kwdefaults, closure, name, attrs: M::Cell::new(None) }
    }

    /// An attribute set on the function, if any.
    pub fn attr(&self, name: &str) -> Option<Value<M>> {
        let dict = self.attrs.with(|a| a.clone())?;
        crate::vm::eval::dict_get_str(&dict, name)
    }

    /// `__qualname__`: as assigned (decorators and generated methods set
    /// it), else the code's.
    pub fn qualname(&self) -> String {
        match self.attr("__qualname__").as_ref().and_then(|v| v.as_str().map(str::to_string)) {
            Some(s) => s,
            None => self.code().code.qualname.to_string(),
        }
    }

    /// The function's `__dict__`, made on first use.
    pub fn attrs_dict(&self) -> ObjRef<M> {
        self.attrs.with(|a| {
            a.get_or_insert_with(|| ObjRef::new(ObjKind::Dict(M::Cell::new(crate::object::Dict::new())))).clone()
        })
    }

    #[inline(always)]
    pub fn code(&self) -> &CodeObj<M> {
        match &self.code_obj.kind {
            ObjKind::Code(c) => c,
            _ => unreachable!("function without a code object"),
        }
    }
}

/// Positional and keyword arguments of a call to a built-in.
pub struct Args<'a, M: Model> {
    pub pos: &'a [Value<M>],
    /// Keyword names (str values), parallel to `kwvals`.
    pub kwnames: &'a [Value<M>],
    pub kwvals: &'a [Value<M>],
}

impl<'a, M: Model> Args<'a, M> {
    pub fn positional(pos: &'a [Value<M>]) -> Args<'a, M> {
        Args { pos, kwnames: &[], kwvals: &[] }
    }

    /// Split a call's arguments: the last `kwnames.len()` values are keywords.
    pub fn split(all: &'a [Value<M>], kwnames: &'a [Value<M>]) -> Args<'a, M> {
        let n = all.len() - kwnames.len();
        Args { pos: &all[..n], kwnames, kwvals: &all[n..] }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value<M>> {
        self.kwnames.iter().position(|k| k.as_str() == Some(name)).map(|i| &self.kwvals[i])
    }

    /// Error unless every keyword is one of `allowed`.
    pub fn check_kwargs(&self, fname: &str, allowed: &[&str]) -> PyResult<(), M> {
        for k in self.kwnames {
            let k = k.as_str().unwrap_or("");
            if !allowed.contains(&k) {
                return Err(PyErr::type_error(format!("{fname}() got an unexpected keyword argument '{k}'")));
            }
        }
        Ok(())
    }

    /// Error unless there are between `min` and `max` positional arguments
    /// and no keywords (CPython's wording for built-ins).
    #[inline]
    pub fn expect(&self, fname: &str, min: usize, max: usize) -> PyResult<(), M> {
        if !self.kwnames.is_empty() {
            return Err(no_keywords_error(fname));
        }
        self.expect_pos(fname, min, max)
    }

    /// Inline, with its messages out of line: every built-in checks its
    /// arguments on every call.
    #[inline]
    pub fn expect_pos(&self, fname: &str, min: usize, max: usize) -> PyResult<(), M> {
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        Err(arity_error(fname, n, min, max))
    }
}

#[cold]
#[inline(never)]
fn no_keywords_error<M: Model>(fname: &str) -> PyErr<M> {
    PyErr::type_error(format!("{fname}() takes no keyword arguments"))
}

#[cold]
#[inline(never)]
fn arity_error<M: Model>(fname: &str, n: usize, min: usize, max: usize) -> PyErr<M> {
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ => format!("{fname} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{fname} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{fname} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    PyErr::type_error(msg)
}

pub type BuiltinFn<M> = fn(&mut Vm<M>, Args<'_, M>) -> PyResult<Value<M>, M>;

pub struct Builtin<M: Model> {
    pub name: &'static str,
    pub func: BuiltinFn<M>,
    /// A method of a built-in type (takes its receiver as first argument).
    pub is_method: bool,
    /// The native module it belongs to (None for builtins), so a copy sent
    /// to another interpreter can find its twin there.
    pub module: Option<&'static str>,
    /// A method of a built-in type whose instances carry a value (list,
    /// dict, str, int...): called on an instance of a Python subclass, it
    /// acts on that instance's built-in payload.
    pub on_payload: bool,
}

impl<M: Model> Builtin<M> {
    pub fn function(name: &'static str, func: BuiltinFn<M>) -> Value<M> {
        Value::obj(ObjKind::Builtin(Builtin { name, func, is_method: false, module: None, on_payload: false }))
    }
    pub fn in_module(module: &'static str, name: &'static str, func: BuiltinFn<M>) -> Value<M> {
        Value::obj(ObjKind::Builtin(Builtin { name, func, is_method: false, module: Some(module), on_payload: false }))
    }
    /// A method of a built-in type whose instances carry a payload.
    pub fn payload_method(name: &'static str, func: BuiltinFn<M>) -> Value<M> {
        Value::obj(ObjKind::Builtin(Builtin { name, func, is_method: true, module: None, on_payload: true }))
    }
    pub fn method(name: &'static str, func: BuiltinFn<M>) -> Value<M> {
        Value::obj(ObjKind::Builtin(Builtin { name, func, is_method: true, module: None, on_payload: false }))
    }
}
