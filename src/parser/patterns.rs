//! Grammar actions for the match statement: building `Pattern` nodes and
//! the checks CPython's parser makes on them (its `invalid_*` rules).
//! Checks that need the whole pattern (reachability, bindings) are the
//! compiler's, in `compiler/codegen/patterns.rs`, as in CPython.

use super::actions::{PError, PResult, block_end, stmt, tuple};
use crate::ast::*;
use crate::diagnostics::SyntaxError;
use crate::lexer::token::{Spanned, Token};
use lalrpop_util::ParseError;

fn error_at(msg: &str, span: Span) -> PError {
    ParseError::User { error: SyntaxError::new(msg, span) }
}

fn pattern(l: usize, r: usize, kind: PatternKind) -> Pattern {
    Pattern { span: Span::new(l, r), kind }
}

/// One item between the parentheses of a class pattern.
pub enum ClassArg {
    Positional(Pattern),
    Keyword(String, Pattern),
}

/// One item between the braces of a mapping pattern.
pub enum MappingItem {
    Pair(Expr, Pattern),
    /// `**name`, with its span.
    Rest(String, Span),
}

pub fn match_stmt(l: usize, subject: Expr, cases: Vec<MatchCase>) -> PResult<Stmt> {
    if let ExprKind::Starred(_) = subject.kind {
        // CPython stops at the `:` after a lone starred subject.
        let at = subject.span.end as usize;
        return Err(error_at("invalid syntax", Span::new(at, at + 1)));
    }
    let r = cases.last().map_or(l, |c| c.span.end as usize);
    Ok(stmt(l, r, StmtKind::Match { subject, cases }))
}

/// `match a, *b:` : the subject is a tuple.
pub fn subject_tuple(l: usize, r: usize, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut v = vec![first];
    v.extend(rest);
    tuple(l, r, v)
}

pub fn match_case(l: usize, pattern: Pattern, guard: Option<Expr>, body: Vec<Stmt>) -> MatchCase {
    let r = block_end(l, &body, &[]);
    MatchCase { span: Span::new(l, r), pattern, guard, body }
}

/// A name or dotted name standing alone: `_` is the wildcard, a plain
/// name a capture, a dotted name a value pattern.
pub fn name_or_value(l: usize, r: usize, e: Expr) -> Pattern {
    let kind = match e.kind {
        ExprKind::Name(n) if n == "_" => PatternKind::As { pattern: None, name: None },
        ExprKind::Name(n) => PatternKind::As { pattern: None, name: Some(n) },
        _ => PatternKind::Value(e),
    };
    pattern(l, r, kind)
}

/// A literal: numbers and strings compare with `==`; f-strings are not literals.
pub fn literal(e: Expr) -> PResult<Pattern> {
    if let ExprKind::FString(_) = e.kind {
        return Err(error_at("patterns may only match literals and attribute lookups", e.span));
    }
    let span = e.span;
    let kind = match e.kind {
        ExprKind::None | ExprKind::True | ExprKind::False => PatternKind::Singleton(e),
        _ => PatternKind::Value(e),
    };
    Ok(Pattern { span, kind })
}

/// `1+2j`, `-1-2j`: a real number, a sign, an imaginary number (the
/// only arithmetic a pattern may hold), with CPython's messages for parts
/// of the wrong kind.
pub fn complex_literal(l: usize, r: usize, re: Expr, op: BinOp, im: Expr) -> PResult<Expr> {
    let real = match &re.kind {
        ExprKind::UnaryOp { operand, .. } => operand,
        _ => &re,
    };
    if let ExprKind::Imag(_) = real.kind {
        return Err(error_at("real number required in complex literal", real.span));
    }
    if !matches!(im.kind, ExprKind::Imag(_)) {
        return Err(error_at("imaginary number required in complex literal", im.span));
    }
    Ok(Expr { span: Span::new(l, r), kind: ExprKind::BinOp { left: Box::new(re), op, right: Box::new(im) } })
}

/// A mapping key: a literal (not an f-string) or a dotted name.
pub fn mapping_key(e: Expr) -> PResult<Expr> {
    if let ExprKind::FString(_) = e.kind {
        return Err(error_at("patterns may only match literals and attribute lookups", e.span));
    }
    Ok(e)
}

/// `pattern as name`
pub fn as_pattern(l: usize, r: usize, p: Pattern, name: String, name_span: Span) -> PResult<Pattern> {
    if name == "_" {
        return Err(error_at("cannot use '_' as a target", name_span));
    }
    Ok(pattern(l, r, PatternKind::As { pattern: Some(Box::new(p)), name: Some(name) }))
}

pub fn or_pattern(l: usize, r: usize, first: Pattern, rest: Vec<Pattern>) -> Pattern {
    let mut v = vec![first];
    v.extend(rest);
    pattern(l, r, PatternKind::Or(v))
}

/// `*name` or `*_` in a sequence pattern.
pub fn star(l: usize, r: usize, name: String) -> Pattern {
    pattern(l, r, PatternKind::Star(if name == "_" { None } else { Some(name) }))
}

/// `[a, *b]`, `(a, b)`, or the open `a, b` after `case`.
pub fn sequence(l: usize, r: usize, items: Vec<Pattern>) -> PResult<Pattern> {
    if items.iter().filter(|p| matches!(p.kind, PatternKind::Star(_))).count() > 1 {
        return Err(error_at("multiple starred names in sequence pattern", Span::new(l, r)));
    }
    Ok(pattern(l, r, PatternKind::Sequence(items)))
}

pub fn sequence_of(l: usize, r: usize, first: Pattern, rest: Vec<Pattern>) -> PResult<Pattern> {
    let mut v = vec![first];
    v.extend(rest);
    sequence(l, r, v)
}

/// `(p)` is `p` itself; `(*x)` is not a pattern.
pub fn group(p: Pattern) -> PResult<Pattern> {
    if let PatternKind::Star(_) = p.kind {
        return Err(error_at("invalid syntax", Span::new(p.span.end as usize, p.span.end as usize + 1)));
    }
    Ok(p)
}

pub fn class(l: usize, r: usize, cls: Expr, args: Vec<ClassArg>) -> PResult<Pattern> {
    let mut patterns = Vec::new();
    let mut kwd_names: Vec<String> = Vec::new();
    let mut kwd_patterns = Vec::new();
    for arg in args {
        match arg {
            ClassArg::Positional(p) => {
                if !kwd_names.is_empty() {
                    return Err(error_at("positional patterns follow keyword patterns", p.span));
                }
                patterns.push(p);
            }
            ClassArg::Keyword(name, p) => {
                if kwd_names.contains(&name) {
                    let msg = format!("attribute name repeated in class pattern: {name}");
                    return Err(error_at(&msg, p.span));
                }
                kwd_names.push(name);
                kwd_patterns.push(p);
            }
        }
    }
    Ok(pattern(l, r, PatternKind::Class { cls, patterns, kwd_names, kwd_patterns }))
}

pub fn mapping(l: usize, r: usize, items: Vec<MappingItem>) -> PResult<Pattern> {
    let mut keys = Vec::new();
    let mut patterns = Vec::new();
    let mut rest = None;
    for item in items {
        match item {
            MappingItem::Pair(k, p) => {
                if rest.is_some() {
                    return Err(error_at("invalid syntax", k.span));
                }
                keys.push(k);
                patterns.push(p);
            }
            MappingItem::Rest(name, span) => {
                if rest.is_some() || name == "_" {
                    return Err(error_at("invalid syntax", span));
                }
                rest = Some(name);
            }
        }
    }
    Ok(pattern(l, r, PatternKind::Mapping { keys, patterns, rest }))
}

/// The messages of [`pattern_error`] beyond "invalid syntax": like that
/// one, they give way to a tokenizer error later on the line.
pub(crate) const PATTERN_MESSAGES: &[&str] =
    &["cannot use '_' as a target", "imaginary number required in complex literal"];

/// The message CPython's error pass gives for a `case` line the parser
/// stopped in at `tokens[idx]` (the line starts at `tokens[first]`), when
/// the failure lies in the pattern (before a guard's `if`). Patterns are
/// not expressions, so no "Perhaps you forgot a comma?" hint.
pub(crate) fn pattern_error(tokens: &[Spanned], first: usize, idx: usize) -> Option<SyntaxError> {
    let line = tokens.get(first..=idx)?;
    let mut depth = 0usize;
    for (_, t, _) in line {
        match t {
            Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
            Token::RPar | Token::RSqb | Token::RBrace => depth = depth.saturating_sub(1),
            Token::If if depth == 0 => return None,
            _ => {}
        }
    }
    // `... as _` anywhere before: CPython's `invalid_as_pattern`.
    if let Some(w) = line.windows(2).find(|w| w[0].1 == Token::As && matches!(&w[1].1, Token::Name(n) if n == "_")) {
        return Some(SyntaxError::new(PATTERN_MESSAGES[0], Span::new(w[1].0, w[1].2)));
    }
    let (l, tok, r) = &tokens[idx];
    let is_number = |t: Option<&Spanned>| matches!(t, Some((_, Token::Int(_) | Token::Float(_), _)));
    // `1 + 2`: only a complex literal may have an operator.
    if matches!(tok, Token::Plus | Token::Minus)
        && idx > 0
        && is_number(tokens.get(idx - 1))
        && let Some(next @ (nl, _, nr)) = tokens.get(idx + 1)
        && is_number(Some(next))
    {
        return Some(SyntaxError::new(PATTERN_MESSAGES[1], Span::new(*nl, *nr)));
    }
    Some(SyntaxError::new("invalid syntax", Span::new(*l, *r)))
}
