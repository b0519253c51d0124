//! Raising, re-raising, chaining, and printing tracebacks as CPython does.

use super::Vm;
use crate::model::{Model, ObjCell};
use crate::object::exception::{ErrValue, TraceEntry};
use crate::object::{ExcType, ObjKind, ObjRef, PyErr, PyResult, Value};

impl<M: Model> Vm<M> {
    /// Turn an error into an exception object, storing its traceback on it.
    pub fn materialize(&mut self, err: PyErr<M>) -> Value<M> {
        let inner = *err.inner;
        let obj: ObjRef<M> = match inner.value {
            ErrValue::Object(o) => o,
            ErrValue::Lazy(t, msg) => {
                let is_lookup_error = matches!(t, ExcType::AttributeError | ExcType::NameError);
                let undefined = (t == ExcType::NameError)
                    .then(|| super::name_errors::undefined_name(&msg).map(str::to_string))
                    .flatten();
                let args = if msg.is_empty() && matches!(t, ExcType::KeyboardInterrupt | ExcType::MemoryError) {
                    Vec::new()
                } else {
                    vec![Value::str(msg)]
                };
                let is_import_error = t.is_subclass_of(ExcType::ImportError);
                let names = if is_import_error {
                    args.first().and_then(|m| m.as_str()).and_then(import_error_names)
                } else {
                    None
                };
                let obj = self.new_exception(t, args);
                if let (Some((name, path)), ObjKind::Instance(inst)) = (names, &obj.kind) {
                    drop(super::eval::dict_set_str(&inst.dict_obj(), "name", Value::str(name)));
                    if let Some(path) = path {
                        drop(super::eval::dict_set_str(&inst.dict_obj(), "path", Value::str(path)));
                    }
                }
                if is_lookup_error && let ObjKind::Instance(inst) = &obj.kind {
                    self.set_lookup_attributes(inst, inner.hint.as_ref(), undefined);
                }
                obj
            }
            ErrValue::LazyArgs(t, args) => self.new_exception(t, args),
        };
        if let ObjKind::Instance(inst) = &obj.kind
            && let Some(exc) = &inst.exc
        {
            let (tb, hint) = (inner.traceback, inner.hint);
            exc.with(|e| {
                e.traceback = tb;
                if hint.is_some() {
                    e.hint = hint;
                }
            });
        }
        Value::Obj(obj)
    }

    /// An error that continues an exception's existing traceback.
    pub fn reraise(&mut self, exc: Value<M>) -> PyErr<M> {
        let obj = match exc {
            Value::Obj(o) => o,
            other => {
                return PyErr::type_error(format!(
                    "exceptions must derive from BaseException, not {}",
                    other.type_name()
                ));
            }
        };
        let tb = match &obj.kind {
            ObjKind::Instance(inst) => inst.exc.as_ref().map(|e| e.with(|e| e.traceback.clone())).unwrap_or_default(),
            _ => Vec::new(),
        };
        let mut err = PyErr::from_object(obj);
        err.inner.traceback = tb;
        err
    }

    /// RAISE_VARARGS: `raise`, `raise exc`, `raise exc from cause`.
    pub fn raise(&mut self, exc: Option<Value<M>>, cause: Option<Value<M>>) -> PyErr<M> {
        let exc = match exc {
            None => {
                return match self.handled.last().cloned() {
                    Some(h) => self.reraise(h),
                    None => PyErr::new(ExcType::RuntimeError, "No active exception to reraise"),
                };
            }
            Some(e) => e,
        };
        let exc = match self.instantiate_exception(exc) {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(cause) = cause {
            let cause = if cause.is_none() {
                Value::None
            } else {
                match self.instantiate_exception(cause) {
                    Ok(c) => c,
                    Err(e) => return e,
                }
            };
            if let Some(ObjKind::Instance(inst)) = exc.kind()
                && let Some(state) = &inst.exc
            {
                state.with(|s| {
                    s.cause = cause;
                    s.suppress_context = true;
                });
            }
        }
        match exc {
            Value::Obj(o) => {
                // `raise exc` continues whatever traceback `exc` already
                // carries (CPython prints the new frames, then the old
                // ones). The old entries are detached from their frame
                // activations so that this frame gets its own entry even
                // when the old traceback ended in it.
                let mut traceback = match &o.kind {
                    ObjKind::Instance(inst) => inst.exc.as_ref().map(|e| e.with(|s| s.traceback.clone())),
                    _ => None,
                }
                .unwrap_or_default();
                for entry in &mut traceback {
                    entry.frame_id = TraceEntry::DETACHED;
                }
                let mut err = PyErr::from_object(o);
                err.inner.traceback = traceback;
                err
            }
            _ => unreachable!(),
        }
    }

    /// A class is instantiated with no arguments; an instance must be an exception.
    fn instantiate_exception(&mut self, v: Value<M>) -> Result<Value<M>, PyErr<M>> {
        match v.kind() {
            Some(ObjKind::Class(c)) if c.exc.is_some() => self.call(&v, &[], &[]),
            Some(ObjKind::Instance(i)) if i.exc.is_some() => Ok(v),
            _ => Err(PyErr::type_error("exceptions must derive from BaseException")),
        }
    }

    /// The error escaped an except handler for `handled`: record it as the
    /// new exception's `__context__` (implicit chaining).
    pub fn chain_context(&mut self, err: PyErr<M>, handled: Value<M>) -> PyErr<M> {
        let tb = err.inner.traceback.clone();
        let exc = self.materialize(err);
        if !exc.is(&handled)
            && let Some(ObjKind::Instance(inst)) = exc.kind()
            && let Some(state) = &inst.exc
        {
            let has = state.with(|s| !s.context.is_none());
            if !has && !self.context_cycle(&handled, &exc) {
                state.with(|s| s.context = handled);
            }
        }
        let mut e = self.reraise(exc);
        e.inner.traceback = tb;
        e
    }

    fn context_cycle(&self, start: &Value<M>, target: &Value<M>) -> bool {
        let mut cur = start.clone();
        for _ in 0..100 {
            if cur.is(target) {
                return true;
            }
            let next = match cur.kind() {
                Some(ObjKind::Instance(inst)) => inst.exc.as_ref().map(|e| e.with(|e| e.context.clone())),
                _ => None,
            };
            match next {
                Some(n) if !n.is_none() => cur = n,
                _ => return false,
            }
        }
        false
    }

    /// Termination (terminate/kill) and KeyboardInterrupt unwind without
    /// running handlers.
    pub fn is_termination(&self, err: &PyErr<M>) -> bool {
        match &err.inner.value {
            ErrValue::Lazy(ExcType::SystemExit, msg) => msg.starts_with("__minipy_signal_"),
            _ => false,
        }
    }

    /// The signal number of a termination error.
    pub fn termination_signal(&self, err: &PyErr<M>) -> Option<i32> {
        match &err.inner.value {
            ErrValue::Lazy(ExcType::SystemExit, msg) => {
                msg.strip_prefix("__minipy_signal_").and_then(|s| s.parse().ok())
            }
            _ => None,
        }
    }

    /// The full text of an exception printed from Python code (a thread's
    /// or worker's report, `traceback`): CPython 3.11 gives no "Did you
    /// mean" there.
    pub fn format_exception(&mut self, err: PyErr<M>) -> String {
        let exc = self.materialize(err);
        let mut out = String::new();
        self.format_chain(&exc, &mut out, 0, false);
        out
    }

    /// The full text CPython's own excepthook prints for an exception that
    /// ends the program, "Did you mean" suggestions included.
    pub fn format_uncaught(&mut self, err: PyErr<M>) -> String {
        let exc = self.materialize(err);
        let mut out = String::new();
        self.format_chain(&exc, &mut out, 0, true);
        out
    }

    /// The text CPython prints for an exception value (`traceback.format_exception`):
    /// with its cause and context chain when `chain`, else just this one;
    /// with suggestions when `suggest` (`sys.excepthook`).
    pub fn format_exception_value(&mut self, exc: &Value<M>, chain: bool, suggest: bool) -> String {
        let mut out = String::new();
        self.format_chain(exc, &mut out, if chain { 0 } else { 50 }, suggest);
        out
    }

    fn format_chain(&mut self, exc: &Value<M>, out: &mut String, depth: usize, suggest: bool) {
        let (cause, context, suppress, tb) = match exc.kind() {
            Some(ObjKind::Instance(inst)) => match &inst.exc {
                Some(e) => e.with(|s| (s.cause.clone(), s.context.clone(), s.suppress_context, s.traceback.clone())),
                None => (Value::None, Value::None, false, Vec::new()),
            },
            _ => (Value::None, Value::None, false, Vec::new()),
        };
        if depth < 50 {
            if !cause.is_none() {
                self.format_chain(&cause, out, depth + 1, suggest);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if !context.is_none() && !suppress {
                self.format_chain(&context, out, depth + 1, suggest);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        if let Some(members) = self.group_members(exc) {
            self.format_group(exc, members, out);
            return;
        }
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&format_traceback(&tb));
        }
        if let Some((location, message)) = syntax_error_location(exc) {
            out.push_str(&location);
            let name = self.exception_line(exc);
            let class = name.split(':').next().unwrap_or("SyntaxError");
            out.push_str(&format!("{class}: {message}\n"));
            return;
        }
        out.push_str(&self.exception_line(exc));
        if suggest && let Some(suffix) = self.suggestion_suffix(exc) {
            out.push_str(&suffix);
        }
        out.push('\n');
    }

    /// `ValueError: message` (or just the class name for an empty message).
    pub fn exception_line(&mut self, exc: &Value<M>) -> String {
        let name = match exc.kind() {
            Some(ObjKind::Instance(inst)) => {
                let c = inst.class();
                let module = c.display_module();
                if module == "builtins" || module == "__main__" {
                    c.qualname.clone()
                } else {
                    format!("{module}.{}", c.qualname)
                }
            }
            _ => exc.type_name().to_string(),
        };
        let msg = match self.str(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() { name } else { format!("{name}: {msg}") }
    }
}

/// A syntax error raised by `import` carries `(message, (filename, line,
/// column, text))`: CPython shows the place before the message.
fn syntax_error_location<M: Model>(exc: &Value<M>) -> Option<(String, String)> {
    let ObjKind::Instance(inst) = exc.kind()? else { return None };
    let exc_type = inst.class().exc?;
    if !matches!(exc_type, ExcType::SyntaxError | ExcType::IndentationError | ExcType::TabError) {
        return None;
    }
    let args = inst.exc.as_ref()?.with(|s| s.args.clone());
    let [message, details] = args.as_slice() else { return None };
    let Some(ObjKind::Tuple(d)) = details.kind() else { return None };
    let [file, Value::Int(line), Value::Int(column), text] = &d[..] else { return None };
    let (file, text) = (file.as_str()?, text.as_str()?);
    let mut out = format!("  File \"{file}\", line {line}\n");
    let trimmed = text.trim_start();
    if !trimmed.is_empty() {
        let indent = text.chars().count() - trimmed.chars().count();
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        let col = (*column as usize).saturating_sub(1).saturating_sub(indent);
        out.push_str(&format!("    {}^\n", " ".repeat(col)));
    }
    Some((out, message.as_str()?.to_string()))
}

/// The `File "...", line N, in f` lines, outermost call first.
pub fn format_traceback(tb: &[TraceEntry]) -> String {
    let mut out = String::new();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0;
    let flush_repeats = |out: &mut String, repeats: usize| {
        if repeats > 0 {
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                repeats,
                if repeats == 1 { "" } else { "s" }
            ));
        }
    };
    for entry in tb.iter().rev() {
        let code = &entry.code;
        let line = code.lines.get(entry.instr as usize).copied().unwrap_or(code.first_line);
        let key = (code.filename().to_string(), line, code.name.to_string());
        if last.as_ref() == Some(&key) {
            repeats += 1;
            if repeats > 2 {
                continue;
            }
        } else {
            if repeats > 2 {
                flush_repeats(&mut out, repeats - 2);
            }
            repeats = 0;
        }
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", key.0, line, key.2));
        // Like CPython, no source line for input typed at the REPL: it
        // cannot be read back.
        let text =
            if key.0 == crate::diagnostics::STDIN_FILENAME { "" } else { code.source.line_text(line as usize).trim() };
        if !text.is_empty() {
            out.push_str("    ");
            out.push_str(text);
            out.push('\n');
            let span = code.spans.get(entry.instr as usize).copied();
            if let Some(carets) = span.and_then(|span| super::carets::caret_line(&code.source, line as usize, span)) {
                out.push_str(&carets);
                out.push('\n');
            }
        }
        last = Some(key);
    }
    if repeats > 2 {
        flush_repeats(&mut out, repeats - 2);
    }
    out
}

/// Convenience for built-ins.
pub fn runtime_error<M: Model>(msg: impl Into<String>) -> PyResult<Value<M>, M> {
    Err(PyErr::new(ExcType::RuntimeError, msg))
}

/// The module `name` (and `path`) an import error raised by minipy's own
/// import system is about, read back from its message, which that system
/// writes in CPython's words: `No module named 'x'`, `cannot import name
/// 'y' from 'x' (FILE)`, `import of x halted; None in sys.modules`.
fn import_error_names(msg: &str) -> Option<(String, Option<String>)> {
    if let Some(rest) = msg.strip_prefix("No module named '") {
        return Some((rest.split('\'').next()?.to_string(), None));
    }
    if let Some(rest) = msg.strip_prefix("cannot import name '") {
        let (_, from) = rest.split_once("' from '")?;
        let module = from.split('\'').next()?.to_string();
        let path = from
            .rsplit_once(" (")
            .and_then(|(_, p)| p.strip_suffix(')'))
            .filter(|p| *p != "unknown location")
            .map(str::to_string);
        return Some((module, path));
    }
    let rest = msg.strip_prefix("import of ")?;
    Some((rest.split_once(" halted;")?.0.to_string(), None))
}
