//! Annotations: `x: int = 1` in module and class bodies fills
//! `__annotations__`; `def f(a: int) -> str` builds the function's
//! annotations dict for MAKE_FUNCTION. Under `from __future__ import
//! annotations` the annotation's source text is stored instead.

use std::sync::Arc;

use crate::ast::{Expr, ExprKind, Params, Stmt, StmtKind};
use crate::bytecode::{Const, Op};
use crate::compiler::symtable::ScopeKind;

use super::{CResult, Compiler};

/// MAKE_FUNCTION's flag for an annotations dict on the stack.
pub(super) const ANNOTATIONS_FLAG: u32 = 4;

impl<'a> Compiler<'a> {
    pub(super) fn compile_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        if let Some(v) = value {
            self.compile_expr(v)?;
            self.store_target(target)?;
        }
        let evaluated_here = self.scope().kind != ScopeKind::Function;
        match &target.kind {
            ExprKind::Name(name) if evaluated_here => {
                self.compile_annotation(annotation)?;
                self.emit_name(Op::LoadName, "__annotations__");
                let key = self.mangle(name);
                self.load_const(Const::Str(Arc::from(key.as_str())));
                self.emit(Op::StoreSubscr, 0);
                return Ok(());
            }
            ExprKind::Name(_) => return Ok(()),
            // Without a value, the target's own parts are still evaluated.
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.compile_expr(obj)?;
                self.emit(Op::PopTop, 0);
            }
            ExprKind::Subscript { value: obj, index } if value.is_none() => {
                self.compile_expr(obj)?;
                self.emit(Op::PopTop, 0);
                self.compile_expr(index)?;
                self.emit(Op::PopTop, 0);
            }
            _ => {}
        }
        // A complex target's annotation is evaluated (in module and class
        // bodies only) but stored nowhere.
        if evaluated_here && !self.table.future_annotations {
            self.compile_expr(annotation)?;
            self.emit(Op::PopTop, 0);
        }
        Ok(())
    }

    /// Pushes the annotation's value, or its source text under
    /// `from __future__ import annotations`.
    fn compile_annotation(&mut self, annotation: &'a Expr) -> CResult {
        if self.table.future_annotations {
            let text = self.source_text(annotation);
            self.load_const(Const::Str(Arc::from(text.as_str())));
            Ok(())
        } else {
            self.compile_expr(annotation)
        }
    }

    fn source_text(&self, e: &Expr) -> String {
        let text = &self.source.text;
        let (start, end) = (e.span.start as usize, (e.span.end as usize).min(text.len()));
        let raw = text.get(start..end).unwrap_or("");
        // A multi-line annotation is written on one line, as `ast.unparse` does.
        raw.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Pushes the function's annotations dict and returns
    /// [`ANNOTATIONS_FLAG`], or pushes nothing and returns 0.
    pub(super) fn compile_function_annotations(
        &mut self,
        params: &'a Params,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let mut count = 0;
        for p in params.in_order() {
            if let Some(a) = &p.annotation {
                let key = self.mangle(&p.name);
                self.load_const(Const::Str(Arc::from(key.as_str())));
                self.compile_annotation(a)?;
                count += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str(Arc::from("return")));
            self.compile_annotation(r)?;
            count += 1;
        }
        if count == 0 {
            return Ok(0);
        }
        self.emit(Op::BuildMap, count);
        Ok(ANNOTATIONS_FLAG)
    }
}

/// A module or class body that annotates a plain name starts with
/// SETUP_ANNOTATIONS (nested blocks count; nested scopes do not).
pub(super) fn body_annotates_names(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { target, .. } => matches!(target.kind, ExprKind::Name(_)),
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            body_annotates_names(body) || body_annotates_names(orelse)
        }
        StmtKind::For { body, orelse, .. } => body_annotates_names(body) || body_annotates_names(orelse),
        StmtKind::With { body, .. } => body_annotates_names(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| body_annotates_names(&c.body)),
        StmtKind::Try(t) => {
            body_annotates_names(&t.body)
                || t.handlers.iter().any(|h| body_annotates_names(&h.body))
                || body_annotates_names(&t.orelse)
                || body_annotates_names(&t.finalbody)
        }
        _ => false,
    })
}
