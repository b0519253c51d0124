//! The match statement, compiled as CPython 3.11 compiles it
//! (`compiler_match` and the `compiler_pattern_*` family), so that the
//! order of evaluation, the calls made on the subject and the compile-time
//! errors are CPython's.
//!
//! A pattern consumes the subject on top of the stack. Captured values are
//! not stored as they are found: each is rotated down below everything the
//! rest of the pattern still works on, and all are stored once the whole
//! pattern has matched (a failed case binds nothing). A failure jumps to
//! `fail_pop[n]`, where n is the number of items to pop first; the pops are
//! emitted once, as a chain, after the case.

use std::sync::Arc;

use crate::ast::{Expr, ExprKind, MatchCase, Pattern, PatternKind};
use crate::bytecode::opcodes::{binop_to_arg, cmpop_to_arg};
use crate::bytecode::{Const, Op};
use crate::diagnostics::SyntaxError;
use crate::text::float_repr::float_repr;
use crate::text::str_repr::{bytes_repr, str_repr};

use super::super::emitter::Label;
use super::expr::const_value;
use super::{CResult, Compiler, Ctx};
use crate::ast::{BinOp, CmpOp, Span};

/// The state of one case's pattern (CPython's `pattern_context`).
#[derive(Default)]
struct PatternCtx {
    /// Captured names, in stack order: the first is on top of the others.
    stores: Vec<String>,
    /// Whether an irrefutable pattern may appear here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items and falls through to `fail_pop[n - 1]`.
    fail_pop: Vec<Label>,
    /// Items above the captures that a failure must pop.
    on_top: usize,
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.compile_expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        // A trailing `case _:` needs no copy of the subject before it.
        let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
        let looped = n - usize::from(has_default);
        for (i, case) in cases[..looped].iter().enumerate() {
            let old = self.em().set_span(case.pattern.span);
            let last = i + 1 == looped;
            if !last {
                self.emit(Op::Copy, 1);
            }
            let mut pc = PatternCtx { allow_irrefutable: case.guard.is_some() || i + 1 == n, ..PatternCtx::default() };
            self.pattern(&case.pattern, &mut pc)?;
            // It matched: store the captures (they are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.name_op(&name, Ctx::Store)?;
            }
            if let Some(guard) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(guard, false, fail)?;
            }
            if !last {
                self.emit(Op::PopTop, 0);
            }
            self.em().set_span(old);
            self.compile_body(&case.body)?;
            self.emit_jump(Op::Jump, end);
            // A failed pattern's cleanup belongs to the pattern's line.
            let old = self.em().set_span(case.pattern.span);
            self.emit_fail_pops(&mut pc);
            self.em().set_span(old);
        }
        if has_default {
            let case = &cases[n - 1];
            let old = self.em().set_span(case.pattern.span);
            self.emit(Op::Nop, 0);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.em().set_span(old);
            self.compile_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// Compiles `p` against the subject on top of the stack, consuming it.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        self.enter(p.span)?;
        let old = self.em().set_span(p.span);
        let r = self.pattern_inner(p, pc);
        self.em().set_span(old);
        self.leave();
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        match &p.kind {
            PatternKind::Value(e) => {
                self.compile_expr(e)?;
                self.emit(Op::CompareOp, cmpop_to_arg(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            PatternKind::Singleton(e) => {
                self.compile_expr(e)?;
                self.emit(Op::CompareOp, cmpop_to_arg(CmpOp::Is));
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            PatternKind::Star(name) => self.store_capture(name.as_deref(), pc, p.span)?,
            PatternKind::As { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(n) => format!("name capture '{n}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(SyntaxError::new(msg, p.span));
                }
                self.store_capture(name.as_deref(), pc, p.span)?;
            }
            PatternKind::As { pattern: Some(inner), name } => {
                // Keep a copy to bind once the inner pattern has matched.
                pc.on_top += 1;
                self.emit(Op::Copy, 1);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.store_capture(name.as_deref(), pc, p.span)?;
            }
            PatternKind::Sequence(items) => self.pattern_sequence(items, pc, p.span)?,
            PatternKind::Mapping { keys, patterns, rest } => {
                self.pattern_mapping(keys, patterns, rest.as_deref(), pc, p.span)?
            }
            PatternKind::Class { cls, patterns, kwd_names, kwd_patterns } => {
                self.pattern_class(cls, patterns, kwd_names, kwd_patterns, pc, p.span)?
            }
            PatternKind::Or(alts) => self.pattern_or(alts, pc)?,
        }
        Ok(())
    }

    /// A sub-pattern may be irrefutable (`[x, _]`) even where its parent may not.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn fail_label(&mut self, pc: &mut PatternCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Jumps (with `op`) to the failure exit that pops what is on the stack.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        let target = self.fail_label(pc, pops);
        self.emit_jump(op, target);
    }

    /// The chain of failure exits: `fail_pop[n]` pops one item and falls
    /// into `fail_pop[n - 1]`.
    fn emit_fail_pops(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, &label) in labels.iter().enumerate().rev() {
            self.bind(label);
            if i > 0 {
                self.emit(Op::PopTop, 0);
            }
        }
    }

    /// Moves the top of the stack down to position `count` (1 = top).
    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Op::Swap, count as u32);
            count -= 1;
        }
    }

    /// Captures the value on top under `name` (discards it for `_`).
    fn store_capture(&mut self, name: Option<&str>, pc: &mut PatternCtx, span: Span) -> CResult {
        let Some(name) = name else {
            self.emit(Op::PopTop, 0);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(SyntaxError::new("cannot assign to __debug__", span));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(duplicate_store(name, span));
        }
        // Below everything the rest of the pattern still needs.
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn pattern_sequence(&mut self, items: &'a [Pattern], pc: &mut PatternCtx, span: Span) -> CResult {
        let size = items.len();
        let star = items.iter().position(|p| matches!(p.kind, PatternKind::Star(_)));
        let star_wildcard = star.is_some_and(|i| matches!(items[i].kind, PatternKind::Star(None)));
        let only_wildcard = items.iter().all(|p| p.is_wildcard() || matches!(p.kind, PatternKind::Star(None)));
        // The subject stays on top during the type and length checks.
        pc.on_top += 1;
        self.emit(Op::MatchSequence, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if star.is_none() {
            self.emit(Op::GetLen, 0);
            self.load_const(Const::Int(size as i64));
            self.emit(Op::CompareOp, cmpop_to_arg(CmpOp::Eq));
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        } else if size > 1 {
            self.emit(Op::GetLen, 0);
            self.load_const(Const::Int(size as i64 - 1));
            self.emit(Op::CompareOp, cmpop_to_arg(CmpOp::GtE));
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        if only_wildcard {
            // `[]`, `[_, _]`, `[_, *_]`: nothing to look at.
            self.emit(Op::PopTop, 0);
        } else if star_wildcard {
            self.sequence_subscr(items, star.unwrap_or(0), pc)?;
        } else {
            self.sequence_unpack(items, star, pc, span)?;
        }
        Ok(())
    }

    /// Unpacks the subject and matches each item in turn.
    fn sequence_unpack(
        &mut self,
        items: &'a [Pattern],
        star: Option<usize>,
        pc: &mut PatternCtx,
        span: Span,
    ) -> CResult {
        let size = items.len();
        match star {
            Some(i) => {
                let after = size - i - 1;
                if i > 0xff || after > 0xff_ffff {
                    return Err(SyntaxError::new("too many expressions in star-unpacking sequence pattern", span));
                }
                self.emit(Op::UnpackEx, (i | (after << 8)) as u32);
            }
            None => self.emit(Op::UnpackSequence, size as u32),
        }
        pc.on_top += size;
        for p in items {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// With a `*_` in it, the subject is indexed rather than unpacked (so
    /// the starred middle is never built); items after the star are indexed
    /// from the end with non-negative indices.
    fn sequence_subscr(&mut self, items: &'a [Pattern], star: usize, pc: &mut PatternCtx) -> CResult {
        let size = items.len();
        pc.on_top += 1;
        for (i, p) in items.iter().enumerate() {
            if p.is_wildcard() || i == star {
                continue;
            }
            self.emit(Op::Copy, 1);
            if i < star {
                self.load_const(Const::Int(i as i64));
            } else {
                self.emit(Op::GetLen, 0);
                self.load_const(Const::Int((size - i) as i64));
                self.emit(Op::BinaryOp, binop_to_arg(BinOp::Sub, false));
            }
            self.emit(Op::BinarySubscr, 0);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Op::PopTop, 0);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternCtx,
        span: Span,
    ) -> CResult {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Op::MatchMapping, 0);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Op::PopTop, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::GetLen, 0);
            self.load_const(Const::Int(size as i64));
            self.emit(Op::CompareOp, cmpop_to_arg(CmpOp::GtE));
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<Const> = Vec::new();
        for key in keys {
            match const_value(key) {
                Some(c) => {
                    if seen.iter().any(|s| const_eq(s, &c)) {
                        let msg = format!("mapping pattern checks duplicate key ({})", const_repr(&c));
                        return Err(SyntaxError::new(msg, span));
                    }
                    seen.push(c);
                }
                None if matches!(key.kind, ExprKind::Attribute { .. }) => {}
                None => {
                    return Err(SyntaxError::new(
                        "mapping pattern keys may only match literals and attribute lookups",
                        key.span,
                    ));
                }
            }
            self.compile_expr(key)?;
        }
        self.emit(Op::BuildTuple, size as u32);
        self.emit(Op::MatchKeys, 0);
        // The keys and the values (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(Op::Copy, 1);
        self.load_const(Const::None);
        self.emit(Op::CompareOp, cmpop_to_arg(CmpOp::IsNot));
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, size as u32);
        pc.on_top = pc.on_top + size - 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // Matched: what follows consumes the keys and the subject.
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[k] for every key.
                self.emit(Op::BuildMap, 0);
                self.emit(Op::Swap, 3);
                self.emit(Op::DictUpdate, 2);
                self.emit(Op::UnpackSequence, size as u32);
                let mut left = size;
                while left > 0 {
                    self.emit(Op::Copy, 1 + left as u32);
                    left -= 1;
                    self.emit(Op::Swap, 2);
                    self.emit(Op::DeleteSubscr, 0);
                }
                self.store_capture(Some(name), pc, span)?;
            }
            None => {
                self.emit(Op::PopTop, 0);
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_names: &[String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
        span: Span,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_names.len();
        if nargs + nattrs > u32::MAX as usize / 2 {
            return Err(SyntaxError::new("too many sub-patterns in class pattern", span));
        }
        self.compile_expr(cls)?;
        let names = kwd_names.iter().map(|n| Const::Str(Arc::from(n.as_str()))).collect();
        self.load_const(Const::Tuple(names));
        self.emit(Op::MatchClass, nargs as u32);
        self.emit(Op::Copy, 1);
        self.load_const(Const::None);
        self.emit(Op::CompareOp, cmpop_to_arg(CmpOp::IsNot));
        // The tuple of attributes (or None) is on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.emit(Op::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top = pc.on_top + nargs + nattrs - 1;
        for p in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if p.is_wildcard() {
                self.emit(Op::PopTop, 0);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `p | q | ...`: each alternative works on its own copy of the subject
    /// with a fresh context; every one must bind the same names, and their
    /// captures are brought into the first alternative's order.
    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternCtx) -> CResult {
        let end = self.new_label();
        let outer = std::mem::take(pc);
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            let old = self.em().set_span(alt.span);
            *pc = PatternCtx {
                allow_irrefutable: i + 1 == alts.len() && outer.allow_irrefutable,
                ..PatternCtx::default()
            };
            self.emit(Op::Copy, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if ctrl.len() != pc.stores.len() => return Err(different_names(last_compiled(alt))),
                Some(ctrl) => {
                    for icontrol in (0..ctrl.len()).rev() {
                        let Some(istores) = pc.stores.iter().position(|s| *s == ctrl[icontrol]) else {
                            return Err(different_names(last_compiled(alt)));
                        };
                        if icontrol != istores {
                            // Move the first `rotations` captures down so
                            // that this one lands where control has it.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.emit_jump(Op::Jump, end);
            self.emit_fail_pops(pc);
            self.em().set_span(old);
        }
        *pc = outer;
        // No alternative matched: pop the subject and fail.
        self.emit(Op::PopTop, 0);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        // Between the new captures and their place: the other new captures,
        // the subject, the items on top, and the captures made before.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(duplicate_store(&name, alts[0].span));
            }
            pc.stores.push(name);
        }
        self.emit(Op::PopTop, 0);
        Ok(())
    }
}

fn duplicate_store(name: &str, span: Span) -> SyntaxError {
    SyntaxError::new(format!("multiple assignments to name '{name}' in pattern"), span)
}

/// The span of the last (sub)pattern compiled for `p`: CPython reports an
/// error found after compiling an alternative at the location it last
/// set, which is that of the innermost, last pattern it compiled.
fn last_compiled(p: &Pattern) -> Span {
    let last = |ps: &[Pattern], skip_wildcards: bool| {
        ps.iter().rev().find(|q| !(skip_wildcards && q.is_wildcard())).map(last_compiled)
    };
    let found = match &p.kind {
        PatternKind::Sequence(items) => last(items, false),
        PatternKind::Or(alts) => last(alts, false),
        PatternKind::As { pattern: Some(inner), .. } => Some(last_compiled(inner)),
        PatternKind::Mapping { patterns, .. } => last(patterns, true),
        PatternKind::Class { patterns, kwd_patterns, .. } => last(kwd_patterns, true).or_else(|| last(patterns, true)),
        _ => None,
    };
    found.unwrap_or(p.span)
}

fn different_names(span: Span) -> SyntaxError {
    SyntaxError::new("alternative patterns bind different names", span)
}

/// Python equality of two literal keys (`1`, `1.0` and `True` are one key).
fn const_eq(a: &Const, b: &Const) -> bool {
    fn int(c: &Const) -> Option<i64> {
        match c {
            Const::Int(i) => Some(*i),
            Const::True => Some(1),
            Const::False => Some(0),
            _ => None,
        }
    }
    fn int_float(i: i64, f: f64) -> bool {
        f.fract() == 0.0 && f.abs() < 9.2e18 && f as i64 == i
    }
    match (a, b) {
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::None, Const::None) => true,
        (Const::Float(x), Const::Float(y)) => x == y,
        (Const::Complex(a, b), Const::Complex(c, d)) => a == c && b == d,
        (Const::Complex(re, im), other) | (other, Const::Complex(re, im)) => {
            *im == 0.0 && const_eq(&Const::Float(*re), other)
        }
        (Const::Float(f), other) | (other, Const::Float(f)) => int(other).is_some_and(|i| int_float(i, *f)),
        _ => matches!((int(a), int(b)), (Some(x), Some(y)) if x == y),
    }
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".to_string(),
        Const::True => "True".to_string(),
        Const::False => "False".to_string(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(b) => b.to_string(),
        Const::Float(f) => float_repr(*f),
        Const::Complex(re, im) => crate::text::complex_text::complex_repr(*re, *im),
        Const::Str(s) => str_repr(s),
        Const::Bytes(b) => bytes_repr(b),
        _ => "...".to_string(),
    }
}
