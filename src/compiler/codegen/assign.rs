//! Assignment targets, augmented and annotated assignment, `del`.

use crate::ast::{BinOp, Expr, ExprKind};
use crate::bytecode::Op;
use crate::bytecode::opcodes::binop_to_arg;
use crate::diagnostics::SyntaxError;

use super::{CResult, Compiler, Ctx};

impl<'a> Compiler<'a> {
    /// `a = b = value`: the value is evaluated once and COPYed for every
    /// target but the last, stored left to right.
    pub(super) fn compile_assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        self.compile_expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Op::Copy, 1);
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// Stores the value on top of the stack into `t`.
    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult {
        self.enter(t.span)?;
        let old = self.em().set_span(t.span);
        let r = self.store_target_inner(t);
        self.em().set_span(old);
        self.leave();
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(name) => self.name_op(name, Ctx::Store)?,
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                self.emit_name(Op::StoreAttr, attr);
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_expr(index)?;
                self.emit(Op::StoreSubscr, 0);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => self.unpack_into(t, elts)?,
            ExprKind::Starred(_) => {
                return Err(SyntaxError::new("starred assignment target must be in a list or tuple", t.span));
            }
            _ => {
                return Err(SyntaxError::new(format!("cannot assign to {}", describe(t)), t.span));
            }
        }
        Ok(())
    }

    /// UNPACK_SEQUENCE n, or UNPACK_EX for one starred target; then the
    /// elements are stored first to last (the first is on top).
    fn unpack_into(&mut self, t: &'a Expr, elts: &'a [Expr]) -> CResult {
        let mut star = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred(_)) {
                if star.is_some() {
                    return Err(SyntaxError::new("multiple starred expressions in assignment", t.span));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let before = i;
                let after = elts.len() - i - 1;
                if before > 0xff || after > 0xff_ffff {
                    return Err(SyntaxError::new("too many expressions in star-unpacking assignment", t.span));
                }
                self.emit(Op::UnpackEx, (before | (after << 8)) as u32);
            }
            None => self.emit(Op::UnpackSequence, elts.len() as u32),
        }
        for e in elts {
            match &e.kind {
                ExprKind::Starred(inner) => self.store_target(inner)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    /// `x op= v`. The container and index of an attribute or subscript
    /// target are evaluated once:
    ///
    /// ```text
    /// obj; COPY 1; LOAD_ATTR a; v; BINARY_OP op=; SWAP 2; STORE_ATTR a
    /// c; i; COPY 2; COPY 2; BINARY_SUBSCR; v; BINARY_OP op=; SWAP 3; SWAP 2; STORE_SUBSCR
    /// ```
    pub(super) fn compile_augassign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let arg = binop_to_arg(op, true);
        match &target.kind {
            ExprKind::Name(name) => {
                let old = self.em().set_span(target.span);
                self.name_op(name, Ctx::Load)?;
                self.em().set_span(old);
                self.compile_expr(value)?;
                self.emit(Op::BinaryOp, arg);
                let old = self.em().set_span(target.span);
                self.name_op(name, Ctx::Store)?;
                self.em().set_span(old);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.compile_expr(obj)?;
                self.emit(Op::Copy, 1);
                let old = self.em().set_span(target.span);
                self.emit_name(Op::LoadAttr, attr);
                self.em().set_span(old);
                self.compile_expr(value)?;
                self.emit(Op::BinaryOp, arg);
                self.emit(Op::Swap, 2);
                let old = self.em().set_span(target.span);
                self.emit_name(Op::StoreAttr, attr);
                self.em().set_span(old);
            }
            ExprKind::Subscript { value: container, index } => {
                self.compile_expr(container)?;
                self.compile_expr(index)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                let old = self.em().set_span(target.span);
                self.emit(Op::BinarySubscr, 0);
                self.em().set_span(old);
                self.compile_expr(value)?;
                self.emit(Op::BinaryOp, arg);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                let old = self.em().set_span(target.span);
                self.emit(Op::StoreSubscr, 0);
                self.em().set_span(old);
            }
            _ => {
                return Err(SyntaxError::new(
                    format!("'{}' is an illegal expression for augmented assignment", describe(target)),
                    target.span,
                ));
            }
        }
        Ok(())
    }

    /// `target: annotation [= value]`; the annotation is never evaluated.
    /// Without a value, an attribute's object or a subscript's operands are
    /// still evaluated, as in CPython.
    pub(super) fn delete_target(&mut self, t: &'a Expr) -> CResult {
        self.enter(t.span)?;
        let old = self.em().set_span(t.span);
        let r = match &t.kind {
            ExprKind::Name(name) => self.name_op(name, Ctx::Del),
            ExprKind::Attribute { value, attr } => self.compile_expr(value).map(|()| {
                self.emit_name(Op::DeleteAttr, attr);
            }),
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value).and_then(|()| self.compile_expr(index)).map(|()| {
                    self.emit(Op::DeleteSubscr, 0);
                })
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => elts.iter().try_for_each(|e| self.delete_target(e)),
            _ => Err(SyntaxError::new(format!("cannot delete {}", describe(t)), t.span)),
        };
        self.em().set_span(old);
        self.leave();
        r
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::Ellipsis => "literal",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::None => "None",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        _ => "expression",
    }
}
