//! Compile-time errors found by the compiler (not the parser), rendered as
//! CPython 3.11 prints them; each snapshot holds the source it came from.

use std::sync::Arc;

use minipy::ast::{BinOp, Expr, ExprKind, Module, Span, Stmt, StmtKind, UnaryOp};
use minipy::diagnostics::{SourceFile, SyntaxError, render_syntax_error};

fn compile_error(name: &str, src: &str) -> String {
    let source = Arc::new(SourceFile::new(format!("{name}.py"), src));
    let module = minipy::parser::parse(&source)
        .unwrap_or_else(|e| panic!("{name}: parse error\n{}", render_syntax_error(&e, &source)));
    match minipy::compiler::compile(&module, source.clone()) {
        Ok(_) => panic!("{name}: compiled without error"),
        Err(e) => render_syntax_error(&e, &source),
    }
}

macro_rules! errors {
    ($($name:ident => $src:expr;)*) => {
        $(
            #[test]
            fn $name() {
                let rendered = compile_error(stringify!($name), $src);
                insta::assert_snapshot!(stringify!($name), format!("{}\n---\n{}", $src, rendered));
            }
        )*
    };
}

errors! {
    return_outside_function => "x = 1\nreturn x\n";
    match_capture_makes_rest_unreachable => "match x:\n    case y:\n        pass\n    case 2:\n        pass\n";
    match_wildcard_in_or_not_last => "match x:\n    case _ | 1:\n        pass\n";
    match_name_bound_twice => "match x:\n    case {\"a\": v, \"b\": [v]}:\n        pass\n";
    match_or_binds_different_names => "match x:\n    case [a] | (b):\n        pass\n";
    // CPython points at the last sub-pattern it compiled in the alternative.
    match_or_binds_different_names_nested => "match x:\n    case (x, 2) | (y, 3):\n        pass\n";
    match_or_binds_different_names_class => "match x:\n    case Point(x=a) | Point(y=[b, _]) | 7:\n        pass\n";
    match_duplicate_mapping_key => "match x:\n    case {True: a, 1: b}:\n        pass\n";
    return_in_class_body => "class A:\n    return 1\n";
    break_outside_loop => "if x:\n    break\n";
    break_in_function_inside_loop => "for x in y:\n    def f():\n        break\n";
    continue_outside_loop => "def f():\n    continue\n";
    yield_outside_function => "x = yield 1\n";
    yield_in_class_body => "class A:\n    yield\n";
    yield_in_list_comprehension => "def f():\n    return [(yield x) for x in y]\n";
    yield_in_generator_expression => "def f():\n    return list((yield x) for x in y)\n";
    global_after_use => "def f():\n    print(x)\n    global x\n";
    global_after_assignment => "def f():\n    x = 1\n    global x\n";
    parameter_and_global => "def f(x):\n    global x\n";
    nonlocal_at_module_level => "x = 1\nnonlocal x\n";
    nonlocal_without_binding => "def f():\n    def g():\n        nonlocal x\n        x = 1\n";
    nonlocal_binding_is_global => "x = 1\ndef f():\n    nonlocal x\n";
    nonlocal_and_global => "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n";
    parameter_and_nonlocal => "def f(x):\n    def g(x):\n        nonlocal x\n";
    multiple_starred_targets => "a, *b, *c = items\n";
    walrus_rebinds_iteration_variable => "[x := 1 for x in range(3)]\n";
    walrus_in_class_comprehension => "class A:\n    ys = [(y := x) for x in range(3)]\n";
    import_star_in_function => "def f():\n    from m import *\n";
    future_braces => "from __future__ import braces\n";
    unknown_future_feature => "from __future__ import annotations, nonsense\n";
}

/// Builds `1 + 1 + ... + 1` (n terms) directly as an AST: the parser refuses
/// such depths itself, but the compiler must not rely on that.
fn deep_sum(n: usize) -> Module {
    let one = |i: usize| Expr { span: Span::new(2 * i, 2 * i + 1), kind: ExprKind::Int("1".into()) };
    let mut e = one(0);
    for i in 1..n {
        e = Expr {
            span: Span::new(0, 2 * i + 1),
            kind: ExprKind::BinOp { left: Box::new(e), op: BinOp::Add, right: Box::new(one(i)) },
        };
    }
    let span = e.span;
    Module { body: vec![Stmt { span, kind: StmtKind::Expr(e) }] }
}

fn deep_not(n: usize) -> Module {
    let mut e = Expr { span: Span::new(4 * n, 4 * n + 1), kind: ExprKind::Name("x".into()) };
    for i in (0..n).rev() {
        e = Expr {
            span: Span::new(4 * i, 4 * n + 1),
            kind: ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(e) },
        };
    }
    let span = e.span;
    Module { body: vec![Stmt { span, kind: StmtKind::If { test: e, body: vec![], orelse: vec![] } }] }
}

/// Compiles (and drops) a very deep tree on a thread with room for it:
/// the point is a clean error instead of a stack overflow.
fn compile_deep(build: fn(usize) -> Module, n: usize, text: String) -> SyntaxError {
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let module = build(n);
            let source = Arc::new(SourceFile::new("deep.py", text));
            let err = minipy::compiler::compile(&module, source).expect_err("too deep to compile");
            // Dropping the tree recurses too; leak it rather than test `Drop`.
            std::mem::forget(module);
            err
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

#[test]
fn very_long_operator_chain_is_an_error_not_a_crash() {
    let n = 100_000;
    let text = vec!["1"; n].join("+");
    let err = compile_deep(deep_sum, n, text);
    assert_eq!(
        err.message,
        "too many nested expressions (RecursionError: maximum recursion depth exceeded during compilation)"
    );
}

#[test]
fn very_long_not_chain_is_an_error_not_a_crash() {
    let n = 50_000;
    let text = format!("if {}x: pass", "not ".repeat(n));
    let err = compile_deep(deep_not, n, text);
    assert!(err.message.starts_with("too many nested expressions"), "{}", err.message);
}

#[test]
fn moderately_deep_expressions_compile() {
    let n = 2_000;
    let module = std::thread::Builder::new()
        .stack_size(1 << 28)
        .spawn(move || {
            let module = deep_sum(n);
            let source = Arc::new(SourceFile::new("deep.py", vec!["1"; n].join("+")));
            let code = minipy::compiler::compile(&module, source).map(|c| c.max_stack);
            std::mem::forget(module);
            code
        })
        .expect("spawn")
        .join()
        .expect("no panic");
    assert_eq!(module, Ok(2));
}
