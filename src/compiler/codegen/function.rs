//! Nested code objects: functions, lambdas, classes, comprehensions and
//! generator expressions, and the MAKE_FUNCTION / MAKE_CLASS around them.

use std::sync::Arc;

use crate::ast::{ClassDef, Comprehension, Expr, ExprKind, FunctionDef, Params, Span, Stmt};
use crate::bytecode::code::flags;
use crate::bytecode::{Code, Const, Op};
use crate::compiler::symtable::{CompKind, ScopeId, node_key};
use crate::diagnostics::SyntaxError;

use super::{CResult, CodeMeta, Compiler, Ctx};

impl<'a> Compiler<'a> {
    /// Decorators, defaults, MAKE_FUNCTION, the decorator calls
    /// (innermost first), then the store.
    pub(super) fn compile_function_def(&mut self, s: &'a Stmt, f: &'a FunctionDef) -> CResult {
        for d in &f.decorators {
            self.compile_expr(d)?;
        }
        let make_flags =
            self.compile_defaults(&f.params)? | self.compile_function_annotations(&f.params, f.returns.as_ref())?;
        let scope = self.scope_for(node_key(f))?;
        let first_line = self.first_line(s.span, &f.decorators);
        self.push_unit(scope, s.span);
        self.unit().doc = super::docstring(&f.body);
        self.compile_body(&f.body)?;
        self.implicit_return(&f.body, Some(s.span));
        let code = self.pop_unit(CodeMeta {
            name: &f.name,
            argcount: f.params.args.len() as u32,
            posonlyargcount: f.params.posonly as u32,
            kwonlyargcount: f.params.kwonly.len() as u32,
            flags: self.function_flags(scope, &f.params),
            first_line,
        })?;
        self.make_function(code, make_flags)?;
        self.apply_decorators(&f.decorators);
        self.name_op(&f.name, Ctx::Store)
    }

    pub(super) fn compile_lambda(&mut self, e: &'a Expr, params: &'a Params, body: &'a Expr) -> CResult {
        let make_flags = self.compile_defaults(params)?;
        let scope = self.scope_for(node_key(e))?;
        self.push_unit(scope, e.span);
        self.compile_expr(body)?;
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit(CodeMeta {
            name: "<lambda>",
            argcount: params.args.len() as u32,
            posonlyargcount: params.posonly as u32,
            kwonlyargcount: params.kwonly.len() as u32,
            flags: self.function_flags(scope, params),
            first_line: self.line_of(e.span),
        })?;
        self.make_function(code, make_flags)
    }

    fn function_flags(&self, scope: ScopeId, params: &Params) -> u32 {
        let mut f = 0;
        if params.vararg.is_some() {
            f |= flags::VARARGS;
        }
        if params.kwarg.is_some() {
            f |= flags::VARKEYWORDS;
        }
        let s = &self.table.scopes[scope];
        f |= match (s.is_generator, s.is_coroutine) {
            (true, true) => flags::ASYNC_GENERATOR,
            (true, false) => flags::GENERATOR,
            (false, true) => flags::COROUTINE,
            (false, false) => 0,
        };
        f
    }

    /// The code being compiled is an `async def` containing `yield`.
    pub(super) fn in_async_generator(&self) -> bool {
        let s = self.scope();
        s.is_generator && s.is_coroutine && s.comprehension.is_none()
    }

    /// Pushes the defaults tuple (flag 1) and the keyword-only defaults dict
    /// (flag 2), evaluated now, at definition time.
    fn compile_defaults(&mut self, params: &'a Params) -> CResult<u32> {
        let mut seen_default = false;
        for p in &params.args {
            if p.default.is_some() {
                seen_default = true;
            } else if seen_default {
                return Err(SyntaxError::new("non-default argument follows default argument", p.span));
            }
        }
        let mut make_flags = 0;
        let defaults: Vec<&'a Expr> = params.args.iter().filter_map(|p| p.default.as_ref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.compile_expr(d)?;
            }
            self.emit(Op::BuildTuple, defaults.len() as u32);
            make_flags |= 1;
        }
        let mut kw_count = 0;
        for p in &params.kwonly {
            if let Some(d) = &p.default {
                // Mangled, as CPython 3.11 does (the parameter is too).
                let key = self.mangle(&p.name);
                self.load_const(Const::Str(Arc::from(key.as_str())));
                self.compile_expr(d)?;
                kw_count += 1;
            }
        }
        if kw_count > 0 {
            self.emit(Op::BuildMap, kw_count);
            make_flags |= 2;
        }
        Ok(make_flags)
    }

    /// The closure tuple (flag 8) if the code has free variables, the code
    /// constant, MAKE_FUNCTION.
    fn make_function(&mut self, code: Arc<Code>, mut make_flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                self.load_closure(name)?;
            }
            self.emit(Op::BuildTuple, code.freevars.len() as u32);
            make_flags |= 8;
        }
        self.load_const(Const::Code(code));
        self.emit(Op::MakeFunction, make_flags);
        Ok(())
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            let old = self.em().set_span(d.span);
            self.emit(Op::Call, 1);
            self.em().set_span(old);
        }
    }

    /// CPython numbers a decorated definition from its first decorator.
    fn first_line(&self, span: Span, decorators: &[Expr]) -> u32 {
        let start = decorators.iter().map(|d| d.span.start).fold(span.start, u32::min);
        self.line_of(Span { start, end: start })
    }

    /// The body runs as a function with a fresh namespace (NAMESPACE_BODY)
    /// and returns its `__class__` cell, or None:
    ///
    /// ```text
    /// MAKE_FUNCTION <body>; LOAD_CONST name; <bases>; (<keywords dict>) MAKE_CLASS n; <decorators>; STORE name
    /// ```
    pub(super) fn compile_class_def(&mut self, s: &'a Stmt, c: &'a ClassDef) -> CResult {
        for d in &c.decorators {
            self.compile_expr(d)?;
        }
        let scope = self.scope_for(node_key(c))?;
        let first_line = self.first_line(s.span, &c.decorators);
        self.push_unit(scope, s.span);
        // As CPython: the namespace starts with __module__ and __qualname__.
        self.name_op("__name__", Ctx::Load)?;
        self.name_op("__module__", Ctx::Store)?;
        let qualname = self.scope().qualname.clone();
        self.load_const(Const::Str(Arc::from(qualname.as_str())));
        self.name_op("__qualname__", Ctx::Store)?;
        if super::annotations::body_annotates_names(&c.body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        let doc = super::docstring(&c.body);
        if let Some(doc) = &doc {
            self.load_const(Const::Str(doc.clone()));
            self.name_op("__doc__", Ctx::Store)?;
        }
        self.compile_body(&c.body)?;
        if let Some(last) = c.body.last() {
            self.em().set_span(last.span);
        }
        if self.scope().needs_class_cell {
            self.load_closure("__class__")?;
        } else {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit(CodeMeta {
            name: &c.name,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: flags::NAMESPACE_BODY,
            first_line,
        })?;
        self.make_function(code, 0)?;
        self.load_const(Const::Str(Arc::from(c.name.as_str())));
        // Starred bases (`class C(*bases)`) are built into one tuple,
        // flagged by bit 17 of the operand.
        let mut arg = if c.bases.iter().any(|b| matches!(b.kind, ExprKind::Starred(_))) {
            self.compile_display(&c.bases, super::expr::Display::Tuple)?;
            1 << 17
        } else {
            for b in &c.bases {
                self.compile_expr(b)?;
            }
            c.bases.len() as u32
        };
        // Keyword arguments (`metaclass=M, **kw`) go in a dict above the
        // bases, flagged by bit 16 of the operand.
        if !c.keywords.is_empty() {
            let mut pending = 0u32;
            let mut have_dict = false;
            for k in &c.keywords {
                match &k.name {
                    Some(name) => {
                        self.load_const(Const::Str(Arc::from(name.as_str())));
                        self.compile_expr(&k.value)?;
                        pending += 1;
                    }
                    None => {
                        self.flush_map(&mut pending, &mut have_dict);
                        if !have_dict {
                            self.emit(Op::BuildMap, 0);
                            have_dict = true;
                        }
                        self.compile_expr(&k.value)?;
                        self.emit(Op::DictUpdate, 1 | 1 << 16);
                    }
                }
            }
            self.flush_map(&mut pending, &mut have_dict);
            arg |= 1 << 16;
        }
        self.emit(Op::MakeClass, arg);
        self.apply_decorators(&c.decorators);
        self.name_op(&c.name, Ctx::Store)
    }

    /// A comprehension is a nested function of one parameter `.0`, called
    /// at once with the iterator of the outermost iterable (evaluated here):
    ///
    /// ```text
    /// MAKE_FUNCTION <listcomp>; <iterable>; GET_ITER; CALL 1
    /// ```
    pub(super) fn compile_comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, generators, elt, value) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (CompKind::List, generators, &**elt, None),
            ExprKind::SetComp { elt, generators } => (CompKind::Set, generators, &**elt, None),
            ExprKind::GeneratorExp { elt, generators } => (CompKind::Generator, generators, &**elt, None),
            ExprKind::DictComp { key, value, generators } => (CompKind::Dict, generators, &**key, Some(&**value)),
            _ => return Err(SyntaxError::new("not a comprehension", e.span)),
        };
        let Some(first) = generators.first() else {
            return Err(SyntaxError::new("comprehension without a 'for' clause", e.span));
        };
        let scope = self.scope_for(node_key(e))?;
        let is_async = self.table.scopes[scope].is_coroutine;
        self.push_unit(scope, e.span);
        match kind {
            CompKind::List => self.emit(Op::BuildList, 0),
            CompKind::Set => self.emit(Op::BuildSet, 0),
            CompKind::Dict => self.emit(Op::BuildMap, 0),
            CompKind::Generator => {}
        }
        self.comprehension_loop(kind, generators, 0, elt, value)?;
        if kind == CompKind::Generator {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue, 0);
        let code = self.pop_unit(CodeMeta {
            name: kind.code_name(),
            argcount: 1,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: match kind {
                CompKind::Generator => flags::GENERATOR,
                _ if is_async => flags::COROUTINE,
                _ => 0,
            },
            first_line: self.line_of(e.span),
        })?;
        self.make_function(code, 0)?;
        self.compile_iterable(&first.iter)?;
        self.emit(if first.is_async { Op::GetAiter } else { Op::GetIter }, 0);
        self.emit(Op::Call, 1);
        if is_async {
            // An async comprehension is a coroutine: its result is awaited.
            self.emit(Op::GetAwaitable, 0);
            self.emit_await_loop();
        }
        Ok(())
    }

    /// One `for` clause (and its `if`s) of a comprehension; the innermost
    /// adds the element to the result, which sits below all the iterators.
    fn comprehension_loop(
        &mut self,
        kind: CompKind,
        gens: &'a [Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let g = &gens[i];
        self.enter(g.iter.span)?;
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast, 0);
        } else {
            self.compile_iterable(&g.iter)?;
            self.emit(if g.is_async { Op::GetAiter } else { Op::GetIter }, 0);
        }
        self.bind(start);
        if g.is_async {
            self.async_for_next(end);
        } else {
            self.emit_jump(Op::ForIter, end);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < gens.len() {
            self.comprehension_loop(kind, gens, i + 1, elt, value)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match (kind, value) {
                (CompKind::List, _) => {
                    self.compile_expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                (CompKind::Set, _) => {
                    self.compile_expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                (CompKind::Dict, Some(v)) => {
                    self.compile_expr(elt)?;
                    self.compile_expr(v)?;
                    self.emit(Op::MapAdd, depth);
                }
                (CompKind::Dict, None) => {
                    return Err(SyntaxError::new("dict comprehension without a value", elt.span));
                }
                (CompKind::Generator, _) => {
                    self.compile_expr(elt)?;
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.emit_jump(Op::Jump, start);
        self.bind(end);
        if g.is_async {
            // [aiter, exc]: StopAsyncIteration ends this loop.
            self.emit(Op::EndAsyncFor, 0);
        }
        self.leave();
        Ok(())
    }
}
