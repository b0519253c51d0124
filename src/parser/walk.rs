//! Iterative AST traversal (never recursive, so tree depth cannot
//! overflow the stack), used to find `yield` in a function body.

use crate::ast::*;

/// Pushes the direct sub-expressions of `e`.
fn expr_children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::Name(_)
        | ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Imag(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_)
        | ExprKind::True
        | ExprKind::False
        | ExprKind::None
        | ExprKind::Ellipsis => {}
        ExprKind::FString(parts) => fstring_children(parts, out),
        ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) => out.extend(v),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                out.extend(k);
                out.push(v);
            }
        }
        ExprKind::Starred(x) | ExprKind::YieldFrom(x) | ExprKind::Await(x) => out.push(x),
        ExprKind::Yield(x) => out.extend(x.as_deref()),
        ExprKind::BinOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::BoolOp { values, .. } => out.extend(values),
        ExprKind::Compare { left, comparators, .. } => {
            out.push(left);
            out.extend(comparators);
        }
        ExprKind::Call { func, args, keywords } => {
            out.push(func);
            out.extend(args);
            out.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::Attribute { value, .. } => out.push(value),
        ExprKind::Subscript { value, index } => {
            out.push(value);
            out.push(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            out.extend(lower.as_deref());
            out.extend(upper.as_deref());
            out.extend(step.as_deref());
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push(test);
            out.push(body);
            out.push(orelse);
        }
        // Only the defaults run in the enclosing scope.
        ExprKind::Lambda { params, .. } => params_defaults(params, out),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            out.push(elt);
            comp_children(generators, out);
        }
        ExprKind::DictComp { key, value, generators } => {
            out.push(key);
            out.push(value);
            comp_children(generators, out);
        }
        ExprKind::NamedExpr { value, .. } => out.push(value),
    }
}

fn fstring_children<'a>(parts: &'a [FStringPart], out: &mut Vec<&'a Expr>) {
    // Format specs nest at most two deep (the lexer enforces it).
    for part in parts {
        if let FStringPart::Hole { value, spec, .. } = part {
            out.push(value);
            fstring_children(spec, out);
        }
    }
}

fn comp_children<'a>(generators: &'a [Comprehension], out: &mut Vec<&'a Expr>) {
    for g in generators {
        out.push(&g.target);
        out.push(&g.iter);
        out.extend(&g.ifs);
    }
}

fn params_defaults<'a>(params: &'a Params, out: &mut Vec<&'a Expr>) {
    for p in params.args.iter().chain(&params.kwonly) {
        out.extend(p.default.as_ref());
    }
}

/// Pushes the expressions and nested statements of `s` that run in the
/// same scope as `s` (not the bodies of nested functions and classes).
fn stmt_children<'a>(s: &'a Stmt, exprs: &mut Vec<&'a Expr>, stmts: &mut Vec<&'a Stmt>) {
    match &s.kind {
        StmtKind::Expr(e) => exprs.push(e),
        StmtKind::Assign { targets, value } => {
            exprs.extend(targets);
            exprs.push(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            exprs.push(target);
            exprs.push(value);
        }
        StmtKind::AnnAssign { target, annotation, value } => {
            exprs.push(target);
            exprs.push(annotation);
            exprs.extend(value);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            exprs.push(test);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::For { target, iter, body, orelse, .. } => {
            exprs.push(target);
            exprs.push(iter);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::Break
        | StmtKind::Continue
        | StmtKind::Pass
        | StmtKind::Global(_)
        | StmtKind::Nonlocal(_)
        | StmtKind::Import(_)
        | StmtKind::ImportFrom { .. } => {}
        StmtKind::Return(v) => exprs.extend(v),
        StmtKind::FunctionDef(f) => {
            exprs.extend(&f.decorators);
            params_defaults(&f.params, exprs);
        }
        StmtKind::ClassDef(c) => {
            exprs.extend(&c.decorators);
            exprs.extend(&c.bases);
            exprs.extend(c.keywords.iter().map(|k| &k.value));
        }
        StmtKind::Del(v) => exprs.extend(v),
        StmtKind::Raise { exc, cause } => {
            exprs.extend(exc);
            exprs.extend(cause);
        }
        StmtKind::Try(t) => {
            stmts.extend(&t.body);
            for h in &t.handlers {
                exprs.extend(&h.typ);
                stmts.extend(&h.body);
            }
            stmts.extend(&t.orelse);
            stmts.extend(&t.finalbody);
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                exprs.push(&item.context);
                exprs.extend(&item.target);
            }
            stmts.extend(body);
        }
        StmtKind::Assert { test, msg } => {
            exprs.push(test);
            exprs.extend(msg);
        }
        // Patterns hold only names, attributes and literals: no `yield`.
        StmtKind::Match { subject, cases } => {
            exprs.push(subject);
            for c in cases {
                exprs.extend(&c.guard);
                stmts.extend(&c.body);
            }
        }
    }
}

/// Whether a function body is a generator's: it contains `yield` outside
/// nested functions, classes and lambdas.
pub fn contains_yield(body: &[Stmt]) -> bool {
    let mut stmts: Vec<&Stmt> = body.iter().collect();
    let mut exprs: Vec<&Expr> = Vec::new();
    loop {
        if let Some(e) = exprs.pop() {
            if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return true;
            }
            expr_children(e, &mut exprs);
            continue;
        }
        let Some(s) = stmts.pop() else { return false };
        stmt_children(s, &mut exprs, &mut stmts);
    }
}
