//! Expressions: constants, operators, short-circuiting, displays,
//! subscripts, f-strings, walrus, yield.

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::ast::{BinOp, BoolOp, CmpOp, Expr, ExprKind, FStringPart, UnaryOp};
use crate::bytecode::opcodes::{binop_to_arg, cmpop_to_arg, unaryop_to_arg};
use crate::bytecode::{Const, Op};
use crate::diagnostics::SyntaxError;
use crate::object::complex::Complex;

use super::{CResult, Compiler, Ctx};
use crate::compiler::emitter::Label;

/// How far constant folding looks into nested `-(-(...))` and tuples; beyond
/// it the expression is simply compiled (and the depth guard applies).
const FOLD_DEPTH: usize = 64;

/// The constant an expression denotes, if it is a literal (with unary minus
/// folded in, so `-9223372036854775808` is one small int) or a tuple of them.
pub(super) fn const_value(e: &Expr) -> Option<Const> {
    fold(e, 0)
}

fn fold(e: &Expr, depth: usize) -> Option<Const> {
    if depth > FOLD_DEPTH {
        return None;
    }
    Some(match &e.kind {
        ExprKind::Int(digits) => int_const(digits.parse::<BigInt>().ok()?),
        ExprKind::Float(f) => Const::Float(*f),
        ExprKind::Imag(f) => Const::Complex(0.0, *f),
        ExprKind::Str(s) => Const::Str(Arc::from(s.as_str())),
        ExprKind::Bytes(b) => Const::Bytes(Arc::from(b.as_slice())),
        ExprKind::True => Const::True,
        ExprKind::False => Const::False,
        ExprKind::None => Const::None,
        ExprKind::Ellipsis => Const::Ellipsis,
        ExprKind::UnaryOp { op: UnaryOp::Neg, operand } => match fold(operand, depth + 1)? {
            Const::Int(i) => match i.checked_neg() {
                Some(n) => Const::Int(n),
                None => Const::BigInt(-BigInt::from(i)),
            },
            Const::BigInt(b) => int_const(-b),
            Const::Float(f) => Const::Float(-f),
            Const::Complex(re, im) => Const::Complex(-re, -im),
            _ => return None,
        },
        // `1+2j`, `-1-2j`: a complex literal (also in patterns), computed
        // as the runtime would.
        ExprKind::BinOp { left, op: op @ (BinOp::Add | BinOp::Sub), right }
            if matches!(right.kind, ExprKind::Imag(_)) =>
        {
            let re = match fold(left, depth + 1)? {
                Const::Int(i) => Complex::real(i as f64),
                Const::Float(f) => Complex::real(f),
                Const::Complex(re, im) => Complex::new(re, im),
                _ => return None,
            };
            let Const::Complex(_, im) = fold(right, depth + 1)? else { return None };
            let r = if *op == BinOp::Add { re.plus(Complex::new(0.0, im)) } else { re.minus(Complex::new(0.0, im)) };
            Const::Complex(r.re, r.im)
        }
        ExprKind::Tuple(elts) => Const::Tuple(elts.iter().map(|x| fold(x, depth + 1)).collect::<Option<Vec<_>>>()?),
        _ => return None,
    })
}

fn int_const(b: BigInt) -> Const {
    match b.to_i64() {
        Some(i) => Const::Int(i),
        None => Const::BigInt(b),
    }
}

#[derive(Clone, Copy)]
pub(super) enum Display {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_expr(&mut self, e: &'a Expr) -> CResult {
        self.enter(e.span)?;
        let old = self.em().set_span(e.span);
        let r = self.compile_expr_inner(e);
        self.em().set_span(old);
        self.leave();
        r
    }

    fn compile_expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Name(name) => self.name_op(name, Ctx::Load)?,
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => return Err(SyntaxError::new("invalid literal", e.span)),
            ExprKind::FString(parts) => self.compile_fstring(parts)?,
            ExprKind::Tuple(elts) => self.compile_display(elts, Display::Tuple)?,
            ExprKind::List(elts) => self.compile_display(elts, Display::List)?,
            ExprKind::Set(elts) => self.compile_display(elts, Display::Set)?,
            ExprKind::Dict(items) => self.compile_dict(items)?,
            ExprKind::Starred(_) => {
                return Err(SyntaxError::new("can't use starred expression here", e.span));
            }
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.emit(Op::BinaryOp, binop_to_arg(*op, false));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                self.emit(Op::UnaryOp, unaryop_to_arg(*op));
            }
            ExprKind::BoolOp { op, values } => self.compile_boolop(*op, values)?,
            ExprKind::Compare { left, ops, comparators } => self.compile_compare(left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.compile_call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                self.emit_name(Op::LoadAttr, attr);
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_expr(index)?;
                self.emit(Op::BinarySubscr, 0);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.compile_expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.compile_expr(s)?;
                        self.emit(Op::BuildSlice, 3);
                    }
                    None => self.emit(Op::BuildSlice, 2),
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_ = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_)?;
                self.compile_expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(else_);
                self.compile_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Lambda { params, body } => self.compile_lambda(e, params, body)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.compile_comprehension(e)?,
            ExprKind::Yield(value) => {
                match value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_const(Const::None),
                }
                if self.in_async_generator() {
                    self.emit(Op::AsyncGenWrap, 0);
                }
                self.emit(Op::YieldValue, 0);
            }
            ExprKind::YieldFrom(value) => {
                // Delegation: SEND forwards sent values and leaves the
                // sub-generator's return value as the expression's value.
                let start = self.new_label();
                let end = self.new_label();
                self.compile_expr(value)?;
                self.emit(Op::GetIter, 0);
                self.load_const(Const::None);
                self.bind(start);
                self.emit_jump(Op::Send, end);
                self.emit(Op::YieldValue, 0);
                self.emit_jump(Op::Jump, start);
                self.bind(end);
            }
            ExprKind::Await(value) => self.compile_await(value)?,
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Op::Copy, 1);
                self.name_op(target, Ctx::Store)?;
            }
        }
        Ok(())
    }

    /// Jumps to `target` when `e` is truthy (`cond`) or falsy (`!cond`),
    /// consuming the value; `not` and `and`/`or` become jumps, not values.
    pub(super) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        self.enter(e.span)?;
        let old = self.em().set_span(e.span);
        let r = self.jump_if_inner(e, cond, target);
        self.em().set_span(old);
        self.leave();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_or = *op == BoolOp::Or;
                let (last, rest) = values.split_last().expect("non-empty");
                if cond == is_or {
                    // `a or b` jumping when true / `a and b` jumping when false:
                    // any operand decides.
                    for v in rest {
                        self.jump_if(v, cond, target)?;
                    }
                    self.jump_if(last, cond, target)
                } else {
                    let skip = self.new_label();
                    for v in rest {
                        self.jump_if(v, !cond, skip)?;
                    }
                    self.jump_if(last, cond, target)?;
                    self.bind(skip);
                    Ok(())
                }
            }
            _ => {
                self.compile_expr(e)?;
                let op = if cond { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse };
                self.emit_jump(op, target);
                Ok(())
            }
        }
    }

    fn compile_boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let end = self.new_label();
        let jump = match op {
            BoolOp::And => Op::JumpIfFalseOrPop,
            BoolOp::Or => Op::JumpIfTrueOrPop,
        };
        let Some((last, rest)) = values.split_last() else {
            return Err(SyntaxError::new("empty boolean operation", crate::ast::Span::default()));
        };
        for v in rest {
            self.compile_expr(v)?;
            self.emit_jump(jump, end);
        }
        self.compile_expr(last)?;
        self.bind(end);
        Ok(())
    }

    /// `a < b < c`: each middle operand is evaluated once and the chain
    /// stops at the first false link:
    ///
    /// ```text
    ///     a; b; SWAP 2; COPY 2; COMPARE_OP <; JUMP_IF_FALSE_OR_POP L_cleanup
    ///     c; COMPARE_OP <; JUMP L_end
    /// L_cleanup:  [b, False]
    ///     SWAP 2; POP_TOP
    /// L_end:
    /// ```
    fn compile_compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        if ops.len() != comparators.len() || ops.is_empty() {
            return Err(SyntaxError::new("malformed comparison", left.span));
        }
        self.compile_expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.compile_expr(&comparators[0])?;
            self.emit(Op::CompareOp, cmpop_to_arg(ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&comparators[i])?;
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.emit(Op::CompareOp, cmpop_to_arg(ops[i]));
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.compile_expr(&comparators[n - 1])?;
        self.emit(Op::CompareOp, cmpop_to_arg(ops[n - 1]));
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.bind(end);
        Ok(())
    }

    /// An expression that is only iterated: a set display of constants is
    /// a constant frozenset there, as in CPython (and iterates in its order).
    pub(super) fn compile_iterable(&mut self, e: &'a Expr) -> CResult {
        if let ExprKind::Set(elts) = &e.kind
            && let Some(consts) = elts.iter().map(const_value).collect::<Option<Vec<_>>>()
        {
            let old = self.em().set_span(e.span);
            let i = self.em().add_const(Const::Tuple(consts));
            self.emit(Op::LoadConstFrozenSet, i);
            self.em().set_span(old);
            return Ok(());
        }
        self.compile_expr(e)
    }

    /// List, tuple and set displays. With `*x` elements: the plain prefix
    /// goes into BUILD_LIST/BUILD_SET, then each element is appended or
    /// extended in turn (a tuple is built as a list, then converted).
    pub(super) fn compile_display(&mut self, elts: &'a [Expr], kind: Display) -> CResult {
        let first_star = elts.iter().position(|e| matches!(e.kind, ExprKind::Starred(_)));
        let Some(prefix) = first_star else {
            if let (Display::Set, 3..) = (kind, elts.len())
                && let Some(consts) = elts.iter().map(const_value).collect::<Option<Vec<_>>>()
            {
                let i = self.em().add_const(Const::Tuple(consts));
                self.emit(Op::BuildConstSet, i);
                return Ok(());
            }
            for x in elts {
                self.compile_expr(x)?;
            }
            let op = match kind {
                Display::List => Op::BuildList,
                Display::Tuple => Op::BuildTuple,
                Display::Set => Op::BuildSet,
            };
            self.emit(op, elts.len() as u32);
            return Ok(());
        };
        for x in &elts[..prefix] {
            self.compile_expr(x)?;
        }
        let (build, extend, add) = match kind {
            Display::List | Display::Tuple => (Op::BuildList, Op::ListExtend, Op::ListAppend),
            Display::Set => (Op::BuildSet, Op::SetUpdate, Op::SetAdd),
        };
        self.emit(build, prefix as u32);
        for x in &elts[prefix..] {
            match &x.kind {
                ExprKind::Starred(inner) => {
                    self.compile_expr(inner)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.compile_expr(x)?;
                    self.emit(add, 1);
                }
            }
        }
        if let Display::Tuple = kind {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    /// `{k: v, **m}`: runs of pairs become BUILD_MAP, merged with DICT_UPDATE.
    fn compile_dict(&mut self, items: &'a [(Option<Expr>, Expr)]) -> CResult {
        let mut pending = 0u32;
        let mut have_dict = false;
        for (k, v) in items {
            match k {
                Some(k) => {
                    self.compile_expr(k)?;
                    self.compile_expr(v)?;
                    pending += 1;
                }
                None => {
                    self.flush_map(&mut pending, &mut have_dict);
                    if !have_dict {
                        self.emit(Op::BuildMap, 0);
                        have_dict = true;
                    }
                    self.compile_expr(v)?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        if pending > 0 || !have_dict {
            self.emit(Op::BuildMap, pending);
            if have_dict {
                self.emit(Op::DictUpdate, 1);
            }
        }
        Ok(())
    }

    /// Builds the pending key/value pairs into a dict, merging it into the
    /// dict below when there is one.
    pub(super) fn flush_map(&mut self, pending: &mut u32, have_dict: &mut bool) {
        if *pending > 0 {
            self.emit(Op::BuildMap, *pending);
            if *have_dict {
                self.emit(Op::DictUpdate, 1);
            }
            *have_dict = true;
            *pending = 0;
        }
    }

    /// Literal parts are LOAD_CONSTs (adjacent ones merged), holes are
    /// FORMAT_VALUE, and BUILD_STRING joins more than one piece.
    fn compile_fstring(&mut self, parts: &'a [FStringPart]) -> CResult {
        match self.fstring_pieces(parts)? {
            0 => self.load_const(Const::Str(Arc::from(""))),
            1 => {}
            n => self.emit(Op::BuildString, n),
        }
        Ok(())
    }

    /// Pushes the pieces of an f-string (or of a format spec); returns how many.
    fn fstring_pieces(&mut self, parts: &'a [FStringPart]) -> CResult<u32> {
        let mut count = 0;
        let mut literal = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(s) => literal.push_str(s),
                FStringPart::Hole { value, conversion, spec, debug_text } => {
                    if let Some(text) = debug_text {
                        literal.push_str(text);
                    }
                    if !literal.is_empty() {
                        self.load_const(Const::Str(Arc::from(std::mem::take(&mut literal))));
                        count += 1;
                    }
                    self.compile_expr(value)?;
                    let mut flags = match conversion {
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        Some(c) => {
                            return Err(SyntaxError::new(
                                format!("f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'"),
                                value.span,
                            ));
                        }
                    };
                    // `{x=}` shows the repr unless a conversion or spec says otherwise.
                    if debug_text.is_some() && conversion.is_none() && spec.is_empty() {
                        flags = 2;
                    }
                    if !spec.is_empty() {
                        match self.fstring_pieces(spec)? {
                            0 => self.load_const(Const::Str(Arc::from(""))),
                            1 => {}
                            n => self.emit(Op::BuildString, n),
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue, flags);
                    count += 1;
                }
            }
        }
        if !literal.is_empty() {
            self.load_const(Const::Str(Arc::from(literal)));
            count += 1;
        }
        Ok(count)
    }
}
