//! The walk over the AST that records, per scope, how each name is used.

use std::collections::HashMap;

use crate::ast::{Comprehension, Expr, ExprKind, FStringPart, Params, Pattern, PatternKind, Span, Stmt, StmtKind};
use crate::compiler::{MAX_DEPTH, depth_error};
use crate::diagnostics::SyntaxError;

use super::*;

/// Records the scopes of `module`; `Scope::symbols` then holds each name's
/// uses, not yet its resolution.
pub(super) fn record(module: &crate::ast::Module) -> Result<(Vec<Scope>, HashMap<usize, ScopeId>), SyntaxError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        stack: vec![0],
        depth: 0,
        future_annotations: module.future_annotations(),
    };
    for s in &module.body {
        b.visit_stmt(s)?;
    }
    Ok((b.scopes, b.by_node))
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    depth: usize,
    future_annotations: bool,
}

impl Builder {
    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("scope stack is never empty")
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn add_def(&mut self, name: &str, flags: u8) {
        self.cur_scope().add_flags(name, flags);
    }

    fn push_scope(&mut self, key: usize, kind: ScopeKind, name: &str) -> ScopeId {
        let id = self.scopes.len();
        let parent = self.cur();
        let mut scope = Scope::new(kind, name, Some(parent));
        scope.private =
            if kind == ScopeKind::Class { Some(name.to_string()) } else { self.scopes[parent].private.clone() };
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn enter(&mut self, span: Span) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(depth_error(span));
        }
        Ok(())
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        self.enter(s.span)?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_target(t, DEF_LOCAL)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target, DEF_LOCAL)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                // Annotations are evaluated only in module and class bodies.
                if !self.future_annotations && self.cur_scope().kind != ScopeKind::Function {
                    self.visit_expr(annotation)?;
                }
                if let ExprKind::Name(name) = &target.kind {
                    let cur = self.cur_scope().flags(name);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_scope().kind != ScopeKind::Module {
                        let what = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(SyntaxError::new(format!("annotated name '{name}' can't be {what}"), target.span));
                    }
                    self.add_def(name, DEF_ANNOT | DEF_LOCAL);
                } else {
                    self.visit_target(target, DEF_LOCAL)?;
                }
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::For { target, iter, body, orelse, is_async } => {
                if *is_async {
                    self.check_async_statement("'async for' outside async function", s.span)?;
                }
                self.visit_target(target, DEF_LOCAL)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL);
                self.visit_defaults(&f.params)?;
                if !self.future_annotations {
                    for a in f.params.annotations().chain(&f.returns) {
                        self.visit_expr(a)?;
                    }
                }
                for d in &f.decorators {
                    self.visit_expr(d)?;
                }
                let id = self.push_scope(node_key(&**f), ScopeKind::Function, &f.name);
                self.scopes[id].is_coroutine = f.is_async;
                self.add_params(&f.params)?;
                self.visit_body(&f.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL);
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in &c.decorators {
                    self.visit_expr(d)?;
                }
                self.push_scope(node_key(&**c), ScopeKind::Class, &c.name);
                self.visit_body(&c.body)?;
                self.pop_scope();
            }
            StmtKind::Global(names) => {
                for name in names {
                    let cur = self.cur_scope().flags(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(SyntaxError::new(msg, s.span));
                    }
                    self.add_def(name, DEF_GLOBAL);
                    self.cur_scope().directives.entry(name.clone()).or_insert(s.span);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let cur = self.cur_scope().flags(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(SyntaxError::new(msg, s.span));
                    }
                    // CPython finds this one in its analysis pass, after the checks above.
                    if self.cur_scope().kind == ScopeKind::Module {
                        return Err(SyntaxError::new("nonlocal declaration not allowed at module level", s.span));
                    }
                    self.add_def(name, DEF_NONLOCAL);
                    self.cur_scope().directives.entry(name.clone()).or_insert(s.span);
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.visit_target(t, DEF_LOCAL)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    if let Some(typ) = &h.typ {
                        self.visit_expr(typ)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL);
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            StmtKind::With { items, body, is_async } => {
                if *is_async {
                    self.check_async_statement("'async with' outside async function", s.span)?;
                }
                for item in items {
                    self.visit_expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.visit_target(t, DEF_LOCAL)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for c in cases {
                    self.visit_pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add_def(bound, DEF_LOCAL);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur_scope().kind == ScopeKind::Function {
                            return Err(SyntaxError::new("import * only allowed at module level", a.span));
                        }
                        continue;
                    }
                    self.add_def(a.asname.as_deref().unwrap_or(&a.name), DEF_LOCAL);
                }
            }
        }
        Ok(())
    }

    fn visit_defaults(&mut self, params: &Params) -> Result<(), SyntaxError> {
        for p in params.args.iter().chain(&params.kwonly) {
            if let Some(d) = &p.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn add_params(&mut self, params: &Params) -> Result<(), SyntaxError> {
        let all = params.args.iter().chain(&params.kwonly).chain(&params.vararg).chain(&params.kwarg);
        for p in all {
            if self.cur_scope().flags(&p.name) & DEF_PARAM != 0 {
                return Err(SyntaxError::new(
                    format!("duplicate argument '{}' in function definition", p.name),
                    p.span,
                ));
            }
            self.add_def(&p.name, DEF_PARAM);
        }
        let scope = self.cur_scope();
        scope.argcount = params.args.len();
        scope.params = params
            .args
            .iter()
            .chain(&params.kwonly)
            .chain(&params.vararg)
            .chain(&params.kwarg)
            .map(|p| scope.mangle(&p.name).into_owned())
            .collect();
        Ok(())
    }

    /// A binding position: a name gets `flags`, anything else is read.
    /// A `case` pattern: captures bind in the current scope; value
    /// patterns, class names and mapping keys are loads.
    fn visit_pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        self.enter(p.span)?;
        let r = match &p.kind {
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.visit_expr(e),
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                items.iter().try_for_each(|p| self.visit_pattern(p))
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL);
                }
                Ok(())
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                keys.iter().try_for_each(|k| self.visit_expr(k))?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                if let Some(n) = rest {
                    self.add_def(n, DEF_LOCAL);
                }
                Ok(())
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.visit_expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|p| self.visit_pattern(p))
            }
            PatternKind::As { pattern, name } => {
                if let Some(p) = pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL);
                }
                Ok(())
            }
        };
        self.depth -= 1;
        r
    }

    fn visit_target(&mut self, e: &Expr, flags: u8) -> Result<(), SyntaxError> {
        self.enter(e.span)?;
        let r = match &e.kind {
            ExprKind::Name(n) => {
                self.add_def(n, flags);
                Ok(())
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().try_for_each(|t| self.visit_target(t, flags)),
            ExprKind::Starred(inner) => self.visit_target(inner, flags),
            _ => self.visit_expr(e),
        };
        self.depth -= 1;
        r
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        self.enter(e.span)?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_opt(&mut self, e: &Option<Box<Expr>>) -> Result<(), SyntaxError> {
        match e {
            Some(e) => self.visit_expr(e),
            None => Ok(()),
        }
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.add_def(n, USE);
                // Zero-argument super() needs the class cell, as in CPython.
                if n == "super" && self.cur_scope().kind == ScopeKind::Function {
                    self.add_def("__class__", USE);
                }
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::FString(parts) => self.visit_fstring(parts)?,
            ExprKind::Tuple(elts) | ExprKind::List(elts) | ExprKind::Set(elts) => {
                for x in elts {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Starred(inner) => self.visit_expr(inner)?,
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.visit_expr(left)?;
                for c in comparators {
                    self.visit_expr(c)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.visit_expr(func)?;
                for a in args {
                    self.visit_expr(a)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.visit_expr(value)?;
                self.visit_expr(index)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                self.visit_opt(lower)?;
                self.visit_opt(upper)?;
                self.visit_opt(step)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Lambda { params, body } => {
                self.visit_defaults(params)?;
                let id = self.push_scope(node_key(e), ScopeKind::Function, "<lambda>");
                self.scopes[id].is_lambda = true;
                self.add_params(params)?;
                self.visit_expr(body)?;
                self.pop_scope();
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, CompKind::List, generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => self.visit_comprehension(e, CompKind::Set, generators, &[elt])?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, CompKind::Generator, generators, &[elt])?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.visit_comprehension(e, CompKind::Dict, generators, &[key, value])?
            }
            ExprKind::Yield(v) => {
                self.check_yield(e)?;
                self.visit_opt(v)?;
            }
            ExprKind::YieldFrom(v) => {
                if self.cur_scope().is_coroutine && self.cur_scope().comprehension.is_none() {
                    return Err(SyntaxError::new("'yield from' inside async function", e.span));
                }
                self.check_yield(e)?;
                self.visit_expr(v)?;
            }
            ExprKind::Await(v) => {
                self.check_await(e.span)?;
                self.visit_expr(v)?;
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.visit_named_target(target, e.span)?;
            }
        }
        Ok(())
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        for p in parts {
            if let FStringPart::Hole { value, spec, .. } = p {
                self.visit_expr(value)?;
                self.visit_fstring(spec)?;
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        let scope = self.cur_scope();
        if let Some(kind) = scope.comprehension {
            return Err(SyntaxError::new(kind.yield_error(), e.span));
        }
        if scope.kind != ScopeKind::Function {
            return Err(SyntaxError::new("'yield' outside function", e.span));
        }
        // With is_coroutine too, an async generator.
        scope.is_generator = true;
        Ok(())
    }

    /// `await` is allowed in an async function, and in a list, set or dict
    /// comprehension inside one (which then becomes a coroutine itself, as
    /// does every comprehension between it and the function).
    fn check_await(&mut self, span: Span) -> Result<(), SyntaxError> {
        let scope = self.cur_scope();
        if scope.comprehension.is_none() {
            if scope.kind != ScopeKind::Function {
                return Err(SyntaxError::new("'await' outside function", span));
            }
            if !scope.is_coroutine {
                return Err(SyntaxError::new("'await' outside async function", span));
            }
            return Ok(());
        }
        self.mark_async_comprehension(span)
    }

    /// The comprehensions from the current scope up to the enclosing
    /// function become coroutines; that function must be `async def`.
    fn mark_async_comprehension(&mut self, span: Span) -> Result<(), SyntaxError> {
        let mut comps = Vec::new();
        for &id in self.stack.iter().rev() {
            match self.scopes[id].comprehension {
                Some(CompKind::Generator) => {
                    return Err(SyntaxError::new(
                        "asynchronous generator expressions are not supported by minipy",
                        span,
                    ));
                }
                Some(_) => comps.push(id),
                None => {
                    if self.scopes[id].kind != ScopeKind::Function || !self.scopes[id].is_coroutine {
                        return Err(SyntaxError::new(
                            "asynchronous comprehension outside of an asynchronous function",
                            span,
                        ));
                    }
                    break;
                }
            }
        }
        for id in comps {
            self.scopes[id].is_coroutine = true;
        }
        Ok(())
    }

    fn check_async_statement(&mut self, message: &str, span: Span) -> Result<(), SyntaxError> {
        let scope = self.cur_scope();
        if scope.kind == ScopeKind::Function && scope.is_coroutine && scope.comprehension.is_none() {
            Ok(())
        } else {
            Err(SyntaxError::new(message, span))
        }
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SyntaxError> {
        let Some(first) = generators.first() else {
            return Err(SyntaxError::new("comprehension without a 'for' clause", e.span));
        };
        // The outermost iterable is evaluated in the enclosing scope.
        self.visit_expr(&first.iter)?;
        let id = self.push_scope(node_key(e), ScopeKind::Function, kind.code_name());
        let scope = &mut self.scopes[id];
        scope.comprehension = Some(kind);
        scope.is_generator = kind == CompKind::Generator;
        scope.params = vec![".0".to_string()];
        scope.argcount = 1;
        scope.add_flags(".0", DEF_PARAM);
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.mark_async_comprehension(e.span)?;
            }
            self.visit_target(&g.target, DEF_LOCAL | DEF_COMP_ITER)?;
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        for x in elts {
            self.visit_expr(x)?;
        }
        self.pop_scope();
        Ok(())
    }

    /// PEP 572: a walrus inside a comprehension binds in the nearest
    /// enclosing function (or module) scope.
    fn visit_named_target(&mut self, target: &str, span: Span) -> Result<(), SyntaxError> {
        // CPython puts a single caret at the start of the walrus.
        let span = Span { start: span.start, end: span.start };
        if self.cur_scope().comprehension.is_none() {
            self.add_def(target, DEF_LOCAL);
            return Ok(());
        }
        for &id in self.stack.iter().rev() {
            let scope = &self.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags(target) & DEF_COMP_ITER != 0 {
                    return Err(SyntaxError::new(
                        format!("assignment expression cannot rebind comprehension iteration variable '{target}'"),
                        span,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags(target) & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(target, flag);
                    self.scopes[id].add_flags(target, DEF_LOCAL);
                }
                ScopeKind::Module => {
                    self.add_def(target, DEF_GLOBAL);
                    self.scopes[id].add_flags(target, DEF_LOCAL);
                }
                ScopeKind::Class => {
                    return Err(SyntaxError::new(
                        "assignment expression within a comprehension cannot be used in a class body",
                        span,
                    ));
                }
            }
            return Ok(());
        }
        Ok(())
    }
}
