//! `try` with `except*` clauses (PEP 654), rewritten into a plain `try`
//! whose one handler hands the exception to the library's `_StarMatch`:
//!
//! ```text
//! try: BODY                          try: BODY
//! except* T1 as e: H1        ==>     except BaseException as $egN:
//! except* T2: H2                         $stN = __minipy_star_match__($egN)
//!                                        $mN = $stN.split(T1)
//!                                        if $mN is not None:
//!                                            e = $mN
//!                                            try: H1
//!                                            except BaseException as $xN: $stN.handler_raised($xN)
//!                                        $mN = $stN.split(T2)
//!                                        ...
//!                                        $stN.finish()
//! ```
//!
//! N is the statement's source offset, so nested rewrites never share a
//! name, and `$` keeps the names out of reach of Python code.

use crate::ast::*;

/// The builtin the rewrite calls; the interpreter resolves it lazily from
/// the library (it is not in `dir(builtins)`).
pub const STAR_MATCH_BUILTIN: &str = "__minipy_star_match__";

pub fn rewrite(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Try {
    let name = |base: &str| format!("${base}{l}");
    let (eg, st, m, x) = (name("eg"), name("st"), name("m"), name("x"));
    let mut handler_body = Vec::new();
    let first = handlers.first().map_or(Span::new(l, l), |h| h.span);
    let at = |span: Span| (span.start as usize, span.end as usize);
    let (hl, hr) = at(first);
    handler_body.push(assign(hl, hr, &st, call(hl, hr, load(hl, hr, STAR_MATCH_BUILTIN), vec![load(hl, hr, &eg)])));
    for h in handlers {
        let (cl, cr) = at(h.span);
        let typ = h.typ.expect("except* always names a type");
        handler_body.push(assign(cl, cr, &m, method(cl, cr, &st, "split", vec![typ])));
        let mut matched = Vec::new();
        if let Some(bound) = &h.name {
            matched.push(assign(cl, cr, bound, load(cl, cr, &m)));
        }
        let record =
            Stmt { span: h.span, kind: StmtKind::Expr(method(cl, cr, &st, "handler_raised", vec![load(cl, cr, &x)])) };
        let catch_all = ExceptHandler {
            span: h.span,
            typ: Some(load(cl, cr, "BaseException")),
            name: Some(x.clone()),
            body: vec![record],
        };
        let guarded = Try { body: h.body, handlers: vec![catch_all], orelse: vec![], finalbody: vec![] };
        matched.push(Stmt { span: h.span, kind: StmtKind::Try(Box::new(guarded)) });
        let test = Expr {
            span: h.span,
            kind: ExprKind::Compare {
                left: Box::new(load(cl, cr, &m)),
                ops: vec![CmpOp::IsNot],
                comparators: vec![Expr { span: h.span, kind: ExprKind::None }],
            },
        };
        handler_body.push(Stmt { span: h.span, kind: StmtKind::If { test, body: matched, orelse: vec![] } });
    }
    handler_body.push(Stmt { span: first, kind: StmtKind::Expr(method(hl, hr, &st, "finish", vec![])) });
    let handler =
        ExceptHandler { span: first, typ: Some(load(hl, hr, "BaseException")), name: Some(eg), body: handler_body };
    Try { body, handlers: vec![handler], orelse, finalbody }
}

fn load(l: usize, r: usize, name: &str) -> Expr {
    Expr { span: Span::new(l, r), kind: ExprKind::Name(name.to_string()) }
}

fn call(l: usize, r: usize, func: Expr, args: Vec<Expr>) -> Expr {
    Expr { span: Span::new(l, r), kind: ExprKind::Call { func: Box::new(func), args, keywords: vec![] } }
}

fn method(l: usize, r: usize, obj: &str, name: &str, args: Vec<Expr>) -> Expr {
    let func = Expr {
        span: Span::new(l, r),
        kind: ExprKind::Attribute { value: Box::new(load(l, r, obj)), attr: name.to_string() },
    };
    call(l, r, func, args)
}

fn assign(l: usize, r: usize, target: &str, value: Expr) -> Stmt {
    Stmt { span: Span::new(l, r), kind: StmtKind::Assign { targets: vec![load(l, r, target)], value } }
}
