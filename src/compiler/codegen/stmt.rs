//! Statements: dispatch, if/while/for, imports, assert.

use crate::ast::{Alias, Expr, ExprKind, Span, Stmt, StmtKind};
use crate::bytecode::Op;
use crate::diagnostics::SyntaxError;

use super::expr::const_value;
use super::{CResult, Compiler, Ctx, FBlock};

/// Names `from __future__ import` accepts; all are no-ops in minipy.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
    "annotations",
];

impl<'a> Compiler<'a> {
    pub(super) fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.compile_stmt(s))
    }

    pub(super) fn compile_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter(s.span)?;
        let old = self.em().set_span(s.span);
        let r = self.compile_stmt_inner(s);
        self.em().set_span(old);
        self.leave();
        r
    }

    fn compile_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::Expr(e) if self.interactive && self.units.len() == 1 => {
                // REPL input: `>>> 1 + 1` shows `2` (also inside a top-level
                // `for` or `if`, as in CPython; not in functions or classes).
                self.compile_expr(e)?;
                self.emit(Op::PrintExpr, 0);
            }
            StmtKind::Expr(e) => {
                // A constant statement (a docstring) has no effect.
                if const_value(e).is_none() {
                    self.compile_expr(e)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            StmtKind::Assign { targets, value } => self.compile_assign(targets, value)?,
            StmtKind::AugAssign { target, op, value } => self.compile_augassign(target, *op, value)?,
            StmtKind::AnnAssign { target, annotation, value } => {
                self.compile_annassign(target, annotation, value.as_ref())?
            }
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse)?,
            StmtKind::For { target, iter, body, orelse, is_async: false } => {
                self.compile_for(target, iter, body, orelse)?
            }
            StmtKind::For { target, iter, body, orelse, is_async: true } => {
                self.compile_async_for(target, iter, body, orelse)?
            }
            StmtKind::Break => self.compile_break(s)?,
            StmtKind::Continue => self.compile_continue(s)?,
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Return(value) => self.compile_return(s, value.as_ref())?,
            StmtKind::FunctionDef(f) => self.compile_function_def(s, f)?,
            StmtKind::ClassDef(c) => self.compile_class_def(s, c)?,
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Raise { exc, cause } => self.compile_raise(exc.as_ref(), cause.as_ref())?,
            StmtKind::Try(t) => self.compile_try(t)?,
            StmtKind::With { items, body, is_async: false } => self.compile_with(items, body)?,
            StmtKind::With { items, body, is_async: true } => self.compile_async_with(items, body)?,
            StmtKind::Assert { test, msg } => self.compile_assert(test, msg.as_ref())?,
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.compile_import(a)?;
                }
            }
            StmtKind::ImportFrom { module, names } => self.compile_import_from(s, module, names)?,
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases)?,
        }
        Ok(())
    }

    fn compile_if(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        if orelse.is_empty() {
            self.jump_if(test, false, end)?;
            self.compile_body(body)?;
        } else {
            let else_ = self.new_label();
            self.jump_if(test, false, else_)?;
            self.compile_body(body)?;
            self.emit_jump(Op::Jump, end);
            self.bind(else_);
            self.compile_body(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    fn compile_while(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.new_label();
        let orelse_label = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        if !is_constant_true(test) {
            self.jump_if(test, false, orelse_label)?;
        }
        self.unit().fblocks.push(FBlock::While { start, exit });
        self.compile_body(body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Op::Jump, start);
        self.bind(orelse_label);
        self.compile_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_for(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.compile_iterable(iter)?;
        self.emit(Op::GetIter, 0);
        self.bind(start);
        self.emit_jump(Op::ForIter, cleanup);
        self.unit().fblocks.push(FBlock::For { start, exit });
        self.store_target(target)?;
        self.compile_body(body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Op::Jump, start);
        self.bind(cleanup);
        self.compile_body(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let ok = self.new_label();
        self.jump_if(test, true, ok)?;
        // The raise is located at the test, so a traceback underlines it
        // (as CPython 3.11's does).
        let old = self.em().set_span(test.span);
        self.emit(Op::LoadAssertionError, 0);
        if let Some(m) = msg {
            self.compile_expr(m)?;
            self.emit(Op::Call, 1);
        }
        self.emit(Op::RaiseVarargs, 1);
        self.em().set_span(old);
        self.bind(ok);
        Ok(())
    }

    /// `import a.b.c [as d]`: IMPORT_NAME pushes the top-level package `a`;
    /// without `as` that is what gets bound, with `as` the submodule is
    /// reached attribute by attribute (as CPython 3.11 does).
    fn compile_import(&mut self, a: &'a Alias) -> CResult {
        let old = self.em().set_span(a.span);
        self.emit_name(Op::ImportName, &a.name);
        let mut parts = a.name.split('.');
        let first = parts.next().unwrap_or(&a.name);
        match &a.asname {
            Some(asname) => {
                self.walk_submodules(parts);
                self.name_op(asname, Ctx::Store)?;
            }
            None => self.name_op(first, Ctx::Store)?,
        }
        self.em().set_span(old);
        Ok(())
    }

    /// `[pkg] -> [pkg.a.b]` through IMPORT_FROM.
    fn walk_submodules<'p>(&mut self, parts: impl Iterator<Item = &'p str>) {
        for part in parts {
            self.emit_name(Op::ImportFrom, part);
            self.emit(Op::Swap, 2);
            self.emit(Op::PopTop, 0);
        }
    }

    fn compile_import_from(&mut self, s: &'a Stmt, module: &str, names: &'a [Alias]) -> CResult {
        if module == "__future__" {
            // The features are all in effect already; CPython reports a bad
            // one with a single caret at the statement.
            let at = Span { start: s.span.start, end: s.span.start };
            for a in names {
                if a.name == "braces" {
                    return Err(SyntaxError::new("not a chance", at));
                }
                if !FUTURE_FEATURES.contains(&a.name.as_str()) {
                    return Err(SyntaxError::new(format!("future feature {} is not defined", a.name), at));
                }
            }
            return Ok(());
        }
        self.emit_name(Op::ImportModule, module);
        if names.first().is_some_and(|a| a.name == "*") {
            self.emit(Op::ImportStar, 0);
            return Ok(());
        }
        for a in names {
            let old = self.em().set_span(a.span);
            self.emit_name(Op::ImportFrom, &a.name);
            self.name_op(a.asname.as_deref().unwrap_or(&a.name), Ctx::Store)?;
            self.em().set_span(old);
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}

/// `while True:` / `while 1:` need no test.
fn is_constant_true(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::True => true,
        ExprKind::Int(digits) => digits.bytes().any(|b| b != b'0'),
        _ => false,
    }
}
