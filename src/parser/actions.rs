//! Helpers for the grammar's actions: node constructors and the checks
//! the LR grammar leaves to code (assignment targets, argument and
//! parameter order, string concatenation, f-string holes).

use super::walk::contains_yield;
use crate::ast::*;
use crate::diagnostics::SyntaxError;
use crate::lexer::token::{FPiece, Token};
use lalrpop_util::ParseError;
use std::collections::HashSet;

pub type PError = ParseError<usize, Token, SyntaxError>;
pub type PResult<T> = Result<T, PError>;

/// What the grammar's start symbol produced.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

pub fn user(msg: impl Into<String>, l: usize, r: usize) -> PError {
    ParseError::User { error: SyntaxError::new(msg, Span::new(l, r)) }
}

fn user_at(msg: impl Into<String>, span: Span) -> PError {
    ParseError::User { error: SyntaxError::new(msg, span) }
}

pub fn stmt(l: usize, r: usize, kind: StmtKind) -> Stmt {
    Stmt { span: Span::new(l, r), kind }
}

pub fn expr(l: usize, r: usize, kind: ExprKind) -> Expr {
    Expr { span: Span::new(l, r), kind }
}

pub fn tuple(l: usize, r: usize, elts: Vec<Expr>) -> Expr {
    expr(l, r, ExprKind::Tuple(elts))
}

pub fn binop(l: usize, r: usize, left: Expr, op: BinOp, right: Expr) -> Expr {
    expr(l, r, ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) })
}

pub fn unary(l: usize, r: usize, op: UnaryOp, operand: Expr) -> Expr {
    expr(l, r, ExprKind::UnaryOp { op, operand: Box::new(operand) })
}

pub fn bool_op(l: usize, r: usize, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    expr(l, r, ExprKind::BoolOp { op, values })
}

/// The end of a compound statement: its last nested statement, not the
/// NEWLINE/DEDENT tokens after it (which may sit lines further down).
pub fn block_end(l: usize, body: &[Stmt], orelse: &[Stmt]) -> usize {
    orelse.last().or(body.last()).map_or(l, |s| s.span.end as usize)
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Imag(_) | ExprKind::Str(_) | ExprKind::Bytes(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Set(_) => "set display",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Starred(_) => "starred",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::Await(_) => "await expression",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::NamedExpr { .. } => "named expression",
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetCtx {
    /// The targets of `a = b = c`.
    Assign,
    /// `del` targets.
    Del,
    /// `for` / comprehension / `with ... as` targets.
    Other,
}

/// The first sub-expression of `e` that cannot be assigned to (or deleted).
/// Recursion follows brackets only, which the lexer caps at 200 levels.
fn invalid_target(e: &Expr, del: bool) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) if !del => invalid_target(inner, del),
        ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().find_map(|x| invalid_target(x, del)),
        _ => Some(e),
    }
}

pub fn check_target(e: &Expr, ctx: TargetCtx) -> PResult<()> {
    if ctx != TargetCtx::Del
        && let ExprKind::Starred(_) = e.kind
    {
        return Err(user_at("starred assignment target must be in a list or tuple", e.span));
    }
    let Some(bad) = invalid_target(e, ctx == TargetCtx::Del) else {
        return Ok(());
    };
    let what = expr_name(bad);
    Err(user_at(
        match ctx {
            TargetCtx::Del => format!("cannot delete {what}"),
            _ => format!("cannot assign to {what}"),
        },
        bad.span,
    ))
}

/// A bare `*x` where a value is needed.
pub fn no_starred(e: &Expr) -> PResult<()> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(user_at("can't use starred expression here", e.span));
    }
    Ok(())
}

pub fn expr_stmt(l: usize, r: usize, e: Expr) -> PResult<Stmt> {
    no_starred(&e)?;
    Ok(stmt(l, r, StmtKind::Expr(e)))
}

pub fn del(l: usize, r: usize, targets: Vec<Expr>) -> PResult<Stmt> {
    for t in &targets {
        check_target(t, TargetCtx::Del)?;
    }
    Ok(stmt(l, r, StmtKind::Del(targets)))
}

pub fn assign(l: usize, r: usize, first: Expr, mut rest: Vec<Expr>) -> PResult<Stmt> {
    let value = rest.pop().unwrap_or_else(|| expr(r, r, ExprKind::None));
    let mut targets = vec![first];
    targets.extend(rest);
    let single = targets.len() == 1;
    for t in &targets {
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(user_at("assignment to yield expression not possible", t.span));
        }
        if let Err(e) = check_target(t, TargetCtx::Assign) {
            // CPython's hint for `f() = 1`, where `==` was probably meant.
            let here = single
                && invalid_target(t, false).is_some_and(|bad| std::ptr::eq(bad, t))
                && !matches!(
                    t.kind,
                    ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::True | ExprKind::False | ExprKind::None
                );
            if here {
                return Err(user_at(
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(t)),
                    t.span,
                ));
            }
            return Err(e);
        }
    }
    no_starred(&value)?;
    Ok(stmt(l, r, StmtKind::Assign { targets, value }))
}

pub fn aug_assign(l: usize, r: usize, target: Expr, op: BinOp, value: Expr) -> PResult<Stmt> {
    if !matches!(target.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
        return Err(user_at(
            format!("'{}' is an illegal expression for augmented assignment", expr_name(&target)),
            target.span,
        ));
    }
    no_starred(&value)?;
    Ok(stmt(l, r, StmtKind::AugAssign { target, op, value }))
}

pub fn ann_assign(l: usize, r: usize, target: Expr, annotation: Expr, value: Option<Expr>) -> PResult<Stmt> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => {
            return Err(user_at("only single target (not tuple) can be annotated", target.span));
        }
        ExprKind::List(_) => {
            return Err(user_at("only single target (not list) can be annotated", target.span));
        }
        _ => return Err(user_at("illegal target for annotation", target.span)),
    }
    Ok(stmt(l, r, StmtKind::AnnAssign { target, annotation, value }))
}

pub fn if_chain(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Vec<Stmt>,
) -> Stmt {
    // Build from the last `elif` outwards: each becomes the `orelse` of the one before.
    let mut orelse = orelse;
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let r = block_end(el, &ebody, &orelse);
        orelse = vec![stmt(el, r, StmtKind::If { test: etest, body: ebody, orelse })];
    }
    let r = block_end(l, &body, &orelse);
    stmt(l, r, StmtKind::If { test, body, orelse })
}

pub fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    clauses: Vec<(bool, ExceptHandler)>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> PResult<Stmt> {
    let star = clauses.first().is_some_and(|(s, _)| *s);
    if let Some((_, h)) = clauses.iter().find(|(s, _)| *s != star) {
        let at = h.span.start as usize;
        return Err(user("cannot have both 'except' and 'except*' on the same 'try'", at, at + "except".len()));
    }
    let handlers: Vec<ExceptHandler> = clauses.into_iter().map(|(_, h)| h).collect();
    if let Some(pos) = handlers.iter().position(|h| h.typ.is_none())
        && pos + 1 < handlers.len()
    {
        let at = handlers[pos].span.start as usize;
        return Err(user("default 'except:' must be last", at, at + "except:".len()));
    }
    let mut r = block_end(l, &body, &orelse);
    if let Some(h) = handlers.last() {
        r = r.max(h.span.end as usize);
    }
    r = r.max(block_end(l, &orelse, &finalbody));
    let t = if star {
        super::except_star::rewrite(l, body, handlers, orelse, finalbody)
    } else {
        Try { body, handlers, orelse, finalbody }
    };
    Ok(stmt(l, r, StmtKind::Try(Box::new(t))))
}

pub fn with_stmt(l: usize, items: Vec<(Expr, Option<Expr>)>, body: Vec<Stmt>, is_async: bool) -> PResult<Stmt> {
    let mut out = Vec::with_capacity(items.len());
    for (context, target) in items {
        if let Some(t) = &target {
            check_target(t, TargetCtx::Other)?;
        }
        out.push(WithItem { context, target });
    }
    let r = block_end(l, &body, &[]);
    Ok(stmt(l, r, StmtKind::With { items: out, body, is_async }))
}

/// `async for` / `async with`: the parsed statement, marked async and
/// starting at the `async` keyword.
pub fn async_stmt(l: usize, mut s: Stmt) -> PResult<Stmt> {
    match &mut s.kind {
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        _ => {}
    }
    s.span.start = l as u32;
    Ok(s)
}

pub fn decorate(mut s: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    s
}

/// One entry of a `def` or `lambda` parameter list, before ordering checks.
pub enum ParamItem {
    Plain(Param),
    Star(usize, usize, Option<String>, Option<Expr>),
    DoubleStar(usize, usize, String, Option<Expr>),
    Slash(usize, usize),
}

pub fn build_params(items: Vec<ParamItem>) -> PResult<Params> {
    let mut p = Params::default();
    let mut seen_star = false;
    let mut seen_slash = false;
    let mut seen_default = false;
    let mut bare_star: Option<(usize, usize)> = None;
    let mut names: HashSet<String> = HashSet::new();
    let mut check_dup = |name: &str, span: Span| -> PResult<()> {
        if !names.insert(name.to_string()) {
            return Err(user_at(format!("duplicate argument '{name}' in function definition"), span));
        }
        Ok(())
    };
    for item in items {
        if p.kwarg.is_some() {
            let (l, r) = match &item {
                ParamItem::Plain(param) => (param.span.start as usize, param.span.end as usize),
                ParamItem::Star(l, r, ..) | ParamItem::DoubleStar(l, r, ..) | ParamItem::Slash(l, r) => (*l, *r),
            };
            return Err(user("arguments cannot follow var-keyword argument", l, r));
        }
        match item {
            ParamItem::Plain(param) => {
                check_dup(&param.name, param.span)?;
                if seen_star {
                    p.kwonly.push(param);
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(user_at("non-default argument follows default argument", param.span));
                    }
                    p.args.push(param);
                }
            }
            ParamItem::Star(l, r, name, annotation) => {
                if seen_star {
                    return Err(user("* argument may appear only once", l, r));
                }
                seen_star = true;
                match name {
                    Some(name) => {
                        check_dup(&name, Span::new(l, r))?;
                        p.vararg = Some(Param { name, annotation, default: None, span: Span::new(l, r) });
                    }
                    None => bare_star = Some((l, r)),
                }
            }
            ParamItem::DoubleStar(l, r, name, annotation) => {
                check_dup(&name, Span::new(l, r))?;
                p.kwarg = Some(Param { name, annotation, default: None, span: Span::new(l, r) });
            }
            ParamItem::Slash(l, r) => {
                if seen_star {
                    return Err(user("/ must be ahead of *", l, r));
                }
                if seen_slash {
                    return Err(user("/ may appear only once", l, r));
                }
                if p.args.is_empty() {
                    return Err(user("at least one argument must precede /", l, r));
                }
                seen_slash = true;
                p.posonly = p.args.len();
            }
        }
    }
    if let Some((l, r)) = bare_star
        && p.kwonly.is_empty()
    {
        return Err(user("named arguments must follow bare *", l, r));
    }
    Ok(p)
}

pub fn func_def(
    l: usize,
    name: String,
    params: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    is_async: bool,
) -> PResult<Stmt> {
    let params = build_params(params)?;
    let is_generator = contains_yield(&body);
    let r = block_end(l, &body, &[]);
    Ok(stmt(
        l,
        r,
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            params,
            body,
            decorators: vec![],
            returns,
            is_generator,
            is_async,
        })),
    ))
}

/// One call argument, before ordering checks.
pub enum Arg {
    Pos(Expr),
    Genexp(Expr),
    Keyword(usize, usize, Expr, Expr),
    DoubleStar(usize, usize, Expr),
}

/// `close` is where the closing `)` is: CPython reports a positional
/// argument after keywords at the last token it read, that parenthesis.
fn split_args(args: Vec<Arg>, close: usize) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
    let n = args.len();
    let mut pos = Vec::new();
    let mut kws: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_dstar = false;
    for arg in args {
        match arg {
            Arg::Pos(e) => {
                if let ExprKind::Starred(_) = e.kind {
                    if seen_dstar {
                        let at = e.span.start as usize;
                        return Err(user("iterable argument unpacking follows keyword argument unpacking", at, at + 1));
                    }
                } else if seen_dstar {
                    return Err(user("positional argument follows keyword argument unpacking", close, close + 1));
                } else if seen_kw {
                    return Err(user("positional argument follows keyword argument", close, close + 1));
                }
                pos.push(e);
            }
            Arg::Genexp(e) => {
                if n > 1 {
                    return Err(user_at("Generator expression must be parenthesized", e.span));
                }
                pos.push(e);
            }
            Arg::Keyword(l, r, name, value) => {
                let ExprKind::Name(name) = name.kind else {
                    // CPython underlines the target and the `=`.
                    let end = name.span.end as usize + 1;
                    return Err(user("expression cannot contain assignment, perhaps you meant \"==\"?", l, end));
                };
                if kws.iter().any(|k| k.name.as_deref() == Some(name.as_str())) {
                    return Err(user(format!("keyword argument repeated: {name}"), l, r));
                }
                seen_kw = true;
                kws.push(Keyword { name: Some(name), value, span: Span::new(l, r) });
            }
            Arg::DoubleStar(l, r, value) => {
                seen_dstar = true;
                kws.push(Keyword { name: None, value, span: Span::new(l, r) });
            }
        }
    }
    Ok((pos, kws))
}

pub fn call(l: usize, r: usize, func: Expr, args: Vec<Arg>) -> PResult<Expr> {
    let (args, keywords) = split_args(args, r - 1)?;
    Ok(expr(l, r, ExprKind::Call { func: Box::new(func), args, keywords }))
}

pub fn class_def(l: usize, name: String, args: Option<(Vec<Arg>, usize)>, body: Vec<Stmt>) -> PResult<Stmt> {
    let (args, close) = args.unwrap_or_default();
    let (bases, keywords) = split_args(args, close)?;
    let r = block_end(l, &body, &[]);
    Ok(stmt(l, r, StmtKind::ClassDef(Box::new(ClassDef { name, bases, keywords, body, decorators: vec![] }))))
}

#[derive(Clone, Copy)]
pub enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

pub fn comprehension(
    l: usize,
    r: usize,
    kind: CompKind,
    elt: Expr,
    value: Option<Expr>,
    generators: Vec<Comprehension>,
) -> PResult<Expr> {
    if let ExprKind::Starred(_) = elt.kind {
        return Err(user_at("iterable unpacking cannot be used in comprehension", elt.span));
    }
    let elt = Box::new(elt);
    Ok(expr(
        l,
        r,
        match (kind, value) {
            (CompKind::Dict, Some(v)) => ExprKind::DictComp { key: elt, value: Box::new(v), generators },
            (CompKind::List, _) => ExprKind::ListComp { elt, generators },
            (CompKind::Set, _) => ExprKind::SetComp { elt, generators },
            _ => ExprKind::GeneratorExp { elt, generators },
        },
    ))
}

/// The inside of `(...)` or `[...]`.
pub enum ListBody {
    Single(Expr),
    Many(Vec<Expr>),
    Comp(Expr, Vec<Comprehension>),
}

pub fn paren(l: usize, r: usize, body: ListBody) -> PResult<Expr> {
    match body {
        ListBody::Single(e) => {
            if let ExprKind::Starred(_) = e.kind {
                return Err(user_at("cannot use starred expression here", e.span));
            }
            Ok(e)
        }
        ListBody::Many(v) => Ok(tuple(l, r, v)),
        ListBody::Comp(e, c) => comprehension(l, r, CompKind::Gen, e, None, c),
    }
}

pub fn list(l: usize, r: usize, body: Option<ListBody>) -> PResult<Expr> {
    Ok(match body {
        None => expr(l, r, ExprKind::List(vec![])),
        Some(ListBody::Single(e)) => expr(l, r, ExprKind::List(vec![e])),
        Some(ListBody::Many(v)) => expr(l, r, ExprKind::List(v)),
        Some(ListBody::Comp(e, c)) => return comprehension(l, r, CompKind::List, e, None, c),
    })
}

/// Adjacent literals: `"a" 'b'`, `"a" f"{x}"`, `b"x" b"y"`.
pub fn strings(src: &str, l: usize, r: usize, parts: Vec<(usize, Token, usize)>) -> PResult<Expr> {
    let bytes = parts.iter().filter(|p| matches!(p.1, Token::Bytes(_))).count();
    if bytes > 0 && bytes < parts.len() {
        return Err(user("cannot mix bytes and nonbytes literals", r, r));
    }
    if bytes > 0 {
        let mut out = Vec::new();
        for (_, t, _) in parts {
            if let Token::Bytes(b) = t {
                out.extend(b);
            }
        }
        return Ok(expr(l, r, ExprKind::Bytes(out)));
    }
    if !parts.iter().any(|p| matches!(p.1, Token::FString(_))) {
        let mut out = String::new();
        for (_, t, _) in parts {
            if let Token::Str(s) = t {
                out.push_str(&s);
            }
        }
        return Ok(expr(l, r, ExprKind::Str(out)));
    }
    let mut out = Vec::new();
    for (_, t, _) in parts {
        match t {
            Token::Str(s) => push_literal(&mut out, s),
            Token::FString(pieces) => {
                for piece in fstring_parts(src, pieces)? {
                    match piece {
                        FStringPart::Literal(s) => push_literal(&mut out, s),
                        hole => out.push(hole),
                    }
                }
            }
            _ => {}
        }
    }
    Ok(expr(l, r, ExprKind::FString(out)))
}

fn push_literal(out: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = out.last_mut() {
        prev.push_str(&s);
    } else {
        out.push(FStringPart::Literal(s));
    }
}

/// Parses the holes of an f-string. Recursion follows format-spec nesting,
/// which the lexer caps at two levels.
fn fstring_parts(src: &str, pieces: Vec<FPiece>) -> PResult<Vec<FStringPart>> {
    let mut out = Vec::with_capacity(pieces.len());
    for piece in pieces {
        match piece {
            FPiece::Literal(s) => out.push(FStringPart::Literal(s)),
            FPiece::Hole { start, end, conversion, spec, debug_text } => {
                let value = super::parse_expression_at(src, start, end).map_err(|mut e| {
                    if !e.message.starts_with("f-string") {
                        e.message = format!("f-string: {}", e.message);
                    }
                    ParseError::User { error: e }
                })?;
                out.push(FStringPart::Hole {
                    value: Box::new(value),
                    conversion,
                    spec: fstring_parts(src, spec)?,
                    debug_text,
                });
            }
        }
    }
    Ok(out)
}
