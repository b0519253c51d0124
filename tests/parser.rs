//! Parser tests: AST snapshots of representative programs, rendered syntax
//! errors, a cross-check of error positions against python3.11, and
//! stress tests for the never-panic / never-overflow guarantees.

use minipy::ast::*;
use minipy::diagnostics::{SourceFile, SyntaxErrorKind, render_syntax_error};
use minipy::parser::parse;
use std::fmt::Write;

// ------------------------------------------------------------ AST dump

/// A compact, Python-like dump: one statement per line, expressions as
/// s-expressions, `@line:col` on statements.
struct Dump<'a> {
    sf: &'a SourceFile,
    out: String,
}

impl Dump<'_> {
    fn pos(&self, span: Span) -> String {
        let s = span.start as usize;
        format!("@{}:{}", self.sf.line_of(s), self.sf.column_of(s))
    }

    fn block(&mut self, name: &str, body: &[Stmt], depth: usize) {
        if body.is_empty() {
            return;
        }
        let _ = writeln!(self.out, "{}{name}:", "  ".repeat(depth));
        for s in body {
            self.stmt(s, depth + 1);
        }
    }

    fn stmt(&mut self, s: &Stmt, depth: usize) {
        let pad = "  ".repeat(depth);
        let at = self.pos(s.span);
        let line = match &s.kind {
            StmtKind::Expr(e) => format!("Expr {}", ex(e)),
            StmtKind::Assign { targets, value } => {
                format!("Assign {} = {}", targets.iter().map(ex).collect::<Vec<_>>().join(" = "), ex(value))
            }
            StmtKind::AugAssign { target, op, value } => {
                format!("AugAssign {} {}= {}", ex(target), op.symbol(), ex(value))
            }
            StmtKind::AnnAssign { target, annotation, value } => {
                format!("AnnAssign {}: {} = {}", ex(target), ex(annotation), opt(value.as_ref()))
            }
            StmtKind::If { test, .. } => format!("If {}", ex(test)),
            StmtKind::While { test, .. } => format!("While {}", ex(test)),
            StmtKind::For { target, iter, is_async, .. } => {
                format!("{}For {} in {}", if *is_async { "Async" } else { "" }, ex(target), ex(iter))
            }
            StmtKind::Break => "Break".into(),
            StmtKind::Continue => "Continue".into(),
            StmtKind::Pass => "Pass".into(),
            StmtKind::Return(v) => format!("Return {}", opt(v.as_ref())),
            StmtKind::FunctionDef(f) => format!(
                "{}Def {}({}){}{}",
                if f.is_async { "Async" } else { "" },
                f.name,
                params(&f.params),
                if f.is_generator { " generator" } else { "" },
                decorators(&f.decorators)
            ),
            StmtKind::ClassDef(c) => format!(
                "Class {}(bases=[{}] keywords=[{}]){}",
                c.name,
                c.bases.iter().map(ex).collect::<Vec<_>>().join(", "),
                c.keywords.iter().map(kw).collect::<Vec<_>>().join(", "),
                decorators(&c.decorators)
            ),
            StmtKind::Global(n) => format!("Global {}", n.join(", ")),
            StmtKind::Nonlocal(n) => format!("Nonlocal {}", n.join(", ")),
            StmtKind::Del(t) => format!("Del {}", t.iter().map(ex).collect::<Vec<_>>().join(", ")),
            StmtKind::Raise { exc, cause } => {
                format!("Raise {} from {}", opt(exc.as_ref()), opt(cause.as_ref()))
            }
            StmtKind::Try(_) => "Try".into(),
            StmtKind::With { items, is_async, .. } => format!(
                "{}With {}",
                if *is_async { "Async" } else { "" },
                items
                    .iter()
                    .map(|i| format!("{} as {}", ex(&i.context), opt(i.target.as_ref())))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            StmtKind::Assert { test, msg } => format!("Assert {}, {}", ex(test), opt(msg.as_ref())),
            StmtKind::Import(a) => format!("Import {}", aliases(a)),
            StmtKind::ImportFrom { module, names } => {
                format!("ImportFrom {module}: {}", aliases(names))
            }
            StmtKind::Match { subject, .. } => format!("Match {}", ex(subject)),
        };
        let _ = writeln!(self.out, "{pad}{line} {at}");
        match &s.kind {
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                self.block("body", body, depth + 1);
                self.block("else", orelse, depth + 1);
            }
            StmtKind::FunctionDef(f) => self.block("body", &f.body, depth + 1),
            StmtKind::ClassDef(c) => self.block("body", &c.body, depth + 1),
            StmtKind::With { body, .. } => self.block("body", body, depth + 1),
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    let guard = c.guard.as_ref().map_or(String::new(), |g| format!(" if {}", ex(g)));
                    self.block(&format!("case {}{guard}", pat(&c.pattern)), &c.body, depth + 1);
                }
            }
            StmtKind::Try(t) => {
                self.block("body", &t.body, depth + 1);
                for h in &t.handlers {
                    let name = format!("except {} as {}", opt(h.typ.as_ref()), h.name.as_deref().unwrap_or("-"));
                    self.block(&name, &h.body, depth + 1);
                }
                self.block("else", &t.orelse, depth + 1);
                self.block("finally", &t.finalbody, depth + 1);
            }
            _ => {}
        }
    }
}

fn aliases(a: &[Alias]) -> String {
    a.iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {n}", a.name),
            None => a.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn decorators(d: &[Expr]) -> String {
    if d.is_empty() {
        String::new()
    } else {
        format!(" decorators=[{}]", d.iter().map(ex).collect::<Vec<_>>().join(", "))
    }
}

fn pats(v: &[Pattern]) -> String {
    v.iter().map(pat).collect::<Vec<_>>().join(" ")
}

fn pat(p: &Pattern) -> String {
    match &p.kind {
        PatternKind::Value(e) => format!("(value {})", ex(e)),
        PatternKind::Singleton(e) => ex(e),
        PatternKind::Sequence(v) => format!("[seq {}]", pats(v)),
        PatternKind::Star(n) => format!("*{}", n.as_deref().unwrap_or("_")),
        PatternKind::Mapping { keys, patterns, rest } => {
            let mut items: Vec<String> =
                keys.iter().zip(patterns).map(|(k, p)| format!("{}: {}", ex(k), pat(p))).collect();
            items.extend(rest.iter().map(|r| format!("**{r}")));
            format!("{{map {}}}", items.join(", "))
        }
        PatternKind::Class { cls, patterns, kwd_names, kwd_patterns } => {
            let mut items: Vec<String> = patterns.iter().map(pat).collect();
            items.extend(kwd_names.iter().zip(kwd_patterns).map(|(n, p)| format!("{n}={}", pat(p))));
            format!("(class {} {})", ex(cls), items.join(" "))
        }
        PatternKind::As { pattern: None, name: None } => "_".into(),
        PatternKind::As { pattern: None, name: Some(n) } => format!("(capture {n})"),
        PatternKind::As { pattern: Some(p), name } => format!("(as {} {})", pat(p), name.as_deref().unwrap_or("_")),
        PatternKind::Or(v) => format!("(or {})", pats(v)),
    }
}

fn opt(e: Option<&Expr>) -> String {
    e.map_or("-".to_string(), ex)
}

fn kw(k: &Keyword) -> String {
    match &k.name {
        Some(n) => format!("{n}={}", ex(&k.value)),
        None => format!("**{}", ex(&k.value)),
    }
}

fn params(p: &Params) -> String {
    let one = |p: &Param| match &p.default {
        Some(d) => format!("{}={}", p.name, ex(d)),
        None => p.name.clone(),
    };
    let mut v: Vec<String> = p.args.iter().map(one).collect();
    if let Some(a) = &p.vararg {
        v.push(format!("*{}", a.name));
    } else if !p.kwonly.is_empty() {
        v.push("*".into());
    }
    v.extend(p.kwonly.iter().map(one));
    if let Some(k) = &p.kwarg {
        v.push(format!("**{}", k.name));
    }
    v.join(", ")
}

fn list(v: &[Expr]) -> String {
    v.iter().map(ex).collect::<Vec<_>>().join(" ")
}

fn comps(g: &[Comprehension]) -> String {
    g.iter()
        .map(|c| {
            let ifs: String = c.ifs.iter().map(|i| format!(" if {}", ex(i))).collect();
            let kw = if c.is_async { "async for" } else { "for" };
            format!(" {kw} {} in {}{ifs}", ex(&c.target), ex(&c.iter))
        })
        .collect()
}

fn fparts(parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Hole { value, conversion, spec, debug_text } => format!(
                "{{{}{}{}{}}}",
                ex(value),
                debug_text.as_ref().map_or(String::new(), |d| format!(" debug={d:?}")),
                conversion.map_or(String::new(), |c| format!(" !{c}")),
                if spec.is_empty() { String::new() } else { format!(" :{}", fparts(spec)) }
            ),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn ex(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Int(i) => i.clone(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::Imag(f) => format!("{f:?}j"),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Bytes(b) => format!("b\"{}\"", b.escape_ascii()),
        ExprKind::FString(p) => format!("(f {})", fparts(p)),
        ExprKind::True => "True".into(),
        ExprKind::False => "False".into(),
        ExprKind::None => "None".into(),
        ExprKind::Ellipsis => "...".into(),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
        ExprKind::List(v) => format!("[{}]", list(v)),
        ExprKind::Set(v) => format!("{{set {}}}", list(v)),
        ExprKind::Dict(items) => format!(
            "{{dict {}}}",
            items
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", ex(k), ex(v)),
                    None => format!("**{}", ex(v)),
                })
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Starred(x) => format!("*{}", ex(x)),
        ExprKind::BinOp { left, op, right } => {
            format!("({} {} {})", op.symbol(), ex(left), ex(right))
        }
        ExprKind::UnaryOp { op, operand } => {
            let sym = match op {
                UnaryOp::Not => "not",
                UnaryOp::Neg => "neg",
                UnaryOp::Pos => "pos",
                UnaryOp::Invert => "~",
            };
            format!("({sym} {})", ex(operand))
        }
        ExprKind::BoolOp { op, values } => {
            format!("({} {})", if *op == BoolOp::And { "and" } else { "or" }, list(values))
        }
        ExprKind::Compare { left, ops, comparators } => {
            let rest: String = ops.iter().zip(comparators).map(|(o, c)| format!(" {} {}", o.symbol(), ex(c))).collect();
            format!("(cmp {}{rest})", ex(left))
        }
        ExprKind::Call { func, args, keywords } => {
            let mut a: Vec<String> = args.iter().map(ex).collect();
            a.extend(keywords.iter().map(kw));
            format!("(call {} {})", ex(func), a.join(" "))
        }
        ExprKind::Attribute { value, attr } => format!("{}.{attr}", ex(value)),
        ExprKind::Subscript { value, index } => format!("{}[{}]", ex(value), ex(index)),
        ExprKind::Slice { lower, upper, step } => {
            format!("(slice {} {} {})", opt(lower.as_deref()), opt(upper.as_deref()), opt(step.as_deref()))
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("({} if {} else {})", ex(body), ex(test), ex(orelse))
        }
        ExprKind::Lambda { params: p, body } => format!("(lambda {}: {})", params(p), ex(body)),
        ExprKind::ListComp { elt, generators } => {
            format!("[listcomp {}{}]", ex(elt), comps(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("{{setcomp {}{}}}", ex(elt), comps(generators))
        }
        ExprKind::DictComp { key, value, generators } => {
            format!("{{dictcomp {}: {}{}}}", ex(key), ex(value), comps(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(genexp {}{})", ex(elt), comps(generators))
        }
        ExprKind::Yield(v) => format!("(yield {})", opt(v.as_deref())),
        ExprKind::YieldFrom(v) => format!("(yield-from {})", ex(v)),
        ExprKind::Await(v) => format!("(await {})", ex(v)),
        ExprKind::NamedExpr { target, value } => format!("({target} := {})", ex(value)),
    }
}

fn show(src: &str) -> String {
    let sf = SourceFile::new("x.mpy", src);
    match parse(&sf) {
        Ok(m) => {
            let mut d = Dump { sf: &sf, out: String::new() };
            for s in &m.body {
                d.stmt(s, 0);
            }
            d.out
        }
        Err(e) => render_syntax_error(&e, &sf),
    }
}

macro_rules! snap {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            let src: &str = $src;
            insta::assert_snapshot!(format!("{src}\n---\n{}", show(src)));
        }
    };
}

// ------------------------------------------------------------ programs

snap!(
    assignments,
    "a = b = 1\nx, y = y, x\n[a, *b] = c\n(a, b), c = d\nx = 1,\nx += 2\ny: int = 3\nz: list\no.a[1] = 2\n"
);
snap!(
    precedence,
    "x = -2**2\ny = not a or b and c\nz = a | b ^ c & d << 1 + 2 * 3 ** -e\nw = a if b else c if d else e\nv = 2**3**4\nu = -x**-y\n"
);
snap!(
    match_statement,
    "match command.split():\n    case [\"go\", direction] | [\"move\", direction] if direction:\n        pass\n    case (1 | -2.5 | \"s\" | b\"b\") as lit:\n        pass\n    case {\"k\": None, C.KEY: [*rest], **others}:\n        pass\n    case Point(0, y=True) | a.b.C():\n        pass\n    case x, *_, (y, z):\n        pass\n    case _:\n        match inner:\n            case case: pass\nmatch a, *b:\n    case []: pass\n"
);
snap!(
    match_soft_keywords,
    "match = re.match(p, s)\nmatch.group(1)\ncase = 3\nmatch(x)\nmatch [a]\nmatch: int = 1\nprint(match, case)\nif case:\n    case = match\nmatch (x):\n    case 1:\n        case = 2\n        match = 3\n"
);
snap!(comparisons, "a < b <= c == d != e > f >= g\na in b not in c is d is not e\nnot a == b\n");
snap!(if_elif_else, "if a:\n    x = 1\nelif b:\n    x = 2\nelif c:\n    pass\nelse:\n    x = 3\n");
snap!(
    loops,
    "while x:\n    break\nelse:\n    continue\nfor k, v in d.items():\n    pass\nelse:\n    pass\nfor x in *a, *b:\n    pass\n"
);
snap!(
    functions,
    "@dec\n@dec.attr(1)\ndef f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a, b\ndef g(*, k): return\ndef h(x: int = 0, *a: str): pass\n"
);
snap!(
    generators,
    "def gen():\n    yield\n    x = yield 1\n    yield from range(3)\n    return (yield)\ndef notgen():\n    def inner(): yield\n    return lambda: (yield)\n"
);
snap!(
    classes,
    "class A: pass\nclass B(A, metaclass=M, **kw):\n    x = 1\n    def m(self): return self.x\n@decorator\nclass C(): pass\n"
);
snap!(
    lambdas,
    "f = lambda: 0\ng = lambda x, y=1, *a, z, **k: x\nh = lambda *, k: k\ni = lambda x, /: x\nj = lambda x: lambda y: x + y\n"
);
snap!(calls, "f()\nf(a, *b, c=1, **d)\nf(x for x in y)\nf(a, *b, *c, d=1, *e, **f, g=2)\nf(a,)\nf(x := 1)\n");
snap!(subscripts, "a[1]\na[1, 2]\na[1:2]\na[::2]\na[:, 1]\na[1:2:3, ...]\na[:]\na[*b]\na[x := 1]\n");
snap!(displays, "[]\n[1, 2,]\n()\n(1,)\n(1, 2)\n{}\n{1: 2, **d, 3: 4}\n{1, 2, *s}\n[*a, *b]\n(*a, b)\n");
snap!(
    comprehensions,
    "[x for x in y]\n{x for x in y if x if not x}\n{k: v for k, v in d for z in k if z}\n(x for x in y)\n[(y := f(x)) for x in z]\n"
);
snap!(
    try_except,
    "try:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\ntry:\n    pass\nfinally:\n    pass\n"
);
snap!(
    with_statements,
    "with a: pass\nwith a as b, c as (d, e): pass\nwith (a as b, c as d,): pass\nwith (a, b): pass\nwith (a, b) as c: pass\nwith (a): pass\nwith (a) as b: pass\n"
);
snap!(
    simple_statements,
    "pass; x = 1; del a, b[1], c.d\nglobal a, b\nnonlocal c\nraise\nraise E\nraise E from c\nassert x\nassert x, 'msg'\n"
);
snap!(
    imports,
    "import a\nimport a.b.c as d, e\nfrom a.b import c as d, e\nfrom . import x\nfrom ..m import (y, z,)\nfrom ... import w\n"
);
snap!(
    strings,
    "s = 'a' \"b\" '''c'''\nb = b'x' rb'\\n'\nf = f'{x!r:>{w}} {y=} {z = !s} {{lit}}'\ng = 'pre' f'{a}' 'post'\nh = f'{x:{y}.{z}f}' f\"{d['k']}\" f'{a, b}' f'{ {1: 2}[1] }'\ni = f'{x=:>10}' f'''{\nx\n}'''\n"
);
snap!(
    numbers_and_literals,
    "x = [0, 0xff, 0o17, 0b101, 1_000, 1.5, .5, 5., 1e3, 123456789012345678901234567890, True, False, None, ...]\n"
);
snap!(walrus_and_ternary, "if (n := len(a)) > 10:\n    pass\nwhile chunk := read():\n    pass\nx = [y := 5, y ** 2]\n");
snap!(soft_keywords_as_names, "match = 1\ncase = match\n_ = case\ntype = print\n");
snap!(
    nested_blocks_and_spans,
    "def f(x):\n    if x:\n        for i in x:\n            while i:\n                i -= 1\n    return x\n\n\nclass A:\n    def g(self):\n        pass\n"
);
snap!(tuple_forms, "return_ = 1\ndef f():\n    return a, b\n    return *a, b\nfor x, in y: pass\nx = yield_ = 1, 2\n");

// ------------------------------------------------------------ errors

snap!(err_invalid_syntax, "a b\n");
snap!(err_invalid_syntax_operator, "x = 1 + * 2\n");
snap!(err_invalid_syntax_eol, "x = 1 +\n");
snap!(err_unterminated_string, "x = 'abc\n");
snap!(err_unterminated_triple, "x = \"\"\"abc\n\nd\n");
snap!(err_never_closed, "x = (1 +\n2\n");
snap!(err_never_closed_bracket, "x = [1,\n");
snap!(err_never_closed_call, "foo(a b\n");
snap!(err_unmatched, "x = )\n");
snap!(err_mismatched, "x = (]\n");
snap!(err_invalid_decimal, "x = 123abc\n");
snap!(err_expected_colon_if, "if x\n  y\n");
snap!(err_expected_colon_def, "def f()\n  pass\n");
snap!(err_expected_colon_else, "if x:\n  pass\nelse\n  pass\n");
snap!(err_assign_literal, "1 = x\n");
snap!(err_assign_call, "f() = 3\n");
snap!(err_assign_expression, "x + 1 = 2\n");
snap!(err_assign_literal_in_tuple, "(a, 1) = x\n");
snap!(err_assign_literal_chained, "x = 1 = 2\n");
snap!(err_assign_yield, "x = yield = 3\n");
snap!(err_for_target, "for f() in x: pass\n");
snap!(err_with_target, "with a as 1: pass\n");
snap!(err_del_call, "del f()\n");
snap!(err_augassign_tuple, "a, b += 1\n");
snap!(err_annotated_tuple, "a, b: int\n");
snap!(err_starred_target_alone, "*a = 1\n");
snap!(err_starred_value, "a = *b\n");
snap!(err_invalid_character, "x = \u{20ac}\n");
snap!(err_unexpected_eof, "x = 1 +\\");
snap!(err_too_many_parentheses, &format!("x = {}1{}\n", "(".repeat(250), ")".repeat(250)));
snap!(err_expected_indented_if, "if x:\npass\n");
snap!(err_expected_indented_def_blank_lines, "def f():\n\n  # c\nx=1\n");
snap!(err_expected_indented_class, "class A:\nx\n");
snap!(err_expected_indented_elif, "if 1:\n  pass\nelif 2:\nz\n");
snap!(err_expected_indented_except, "try:\n  pass\nexcept E:\nz\n");
snap!(err_expected_indented_at_eof, "for x in y:\n");
snap!(err_expected_indented_nested_dedent, "if a:\n    if b:\nc\n");
snap!(err_unexpected_indent, "x = 1\n    y = 2\n");
snap!(err_unindent_mismatch, "if 1:\n    a\n  b\n");
snap!(err_tab_error, "if 1:\n\tx\n        y\n");
snap!(imaginary_literal, "x = 1j + 2.5J - 1e3j + 1_0j\n");
snap!(err_leading_zeros, "x = 012\n");
snap!(err_forgot_comma, "print(1 2)\n");
snap!(err_forgot_comma_list, "x = [a + b c]\n");
snap!(err_if_without_else, "x = 1 if 2\n");
snap!(err_eq_in_if, "if x = 1: pass\n");
snap!(err_print_statement, "print 'hi'\n");
snap!(err_positional_after_keyword, "f(a=1, 2)\n");
// CPython points at the closing parenthesis, wherever it is.
snap!(err_positional_after_keyword_multiline, "f(a=1,\n  g(x)\n)\n");
snap!(err_positional_after_keyword_in_class, "class A(x=1, B): pass\n");
snap!(err_positional_after_keyword_unpacking, "f(**k, b)\n");
snap!(err_star_after_double_star, "f(**k, *a)\n");
snap!(err_keyword_expression, "f(a.b=1)\n");
snap!(err_genexp_not_alone, "f(x for x in y, 1)\n");
snap!(err_non_default_after_default, "def f(a=1, b): pass\n");
snap!(err_duplicate_argument, "def f(a, a): pass\n");
snap!(err_bare_star, "def f(*): pass\n");
snap!(err_after_kwargs, "def f(**k, a): pass\n");
snap!(err_slash_first, "def f(/, a): pass\n");
snap!(err_mix_bytes, "x = b'a' 'b'\n");
snap!(err_fstring_hole_syntax, "x = f'{a b}'\n");
snap!(err_fstring_empty, "x = f'{}'\n");
snap!(err_try_without_except, "try:\n  pass\nx = 1\n");
snap!(err_default_except_not_last, "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n");
snap!(
    async_statements,
    "async def f():\n  async for x in await y:\n    pass\n  async with a as b:\n    return [await c async for c in b]\n"
);
snap!(err_async_without_statement, "async x = 1\n");
snap!(err_nul, "x = 1\0\n");
snap!(err_syntax_before_lex_error, "if x\n  y = 'abc\n");
snap!(err_lex_error_after_generic, "a b\nx = 'abc\n");

// ------------------------------------------------------------ invariants

fn parse_str(src: &str) -> Result<Module, minipy::diagnostics::SyntaxError> {
    parse(&SourceFile::new("t.mpy", src))
}

#[test]
fn crlf_parses_like_lf() {
    let lf = "def f(a,\n      b):\n    '''doc\n    more'''\n    return a + \\\n        b\n";
    let crlf = lf.replace('\n', "\r\n");
    let strip = |m: Module| {
        let mut d = Dump { sf: &SourceFile::new("x", ""), out: String::new() };
        for s in &m.body {
            d.stmt(s, 0);
        }
        d.out.split(" @").next().unwrap_or_default().to_string()
    };
    assert_eq!(strip(parse_str(lf).unwrap()), strip(parse_str(&crlf).unwrap()));
}

#[test]
fn error_kinds() {
    assert_eq!(parse_str("if x:\npass\n").unwrap_err().kind, SyntaxErrorKind::IndentationError);
    assert_eq!(parse_str("x\n  y\n").unwrap_err().kind, SyntaxErrorKind::IndentationError);
    assert_eq!(parse_str("if 1:\n\tx\n        y\n").unwrap_err().kind, SyntaxErrorKind::TabError);
    assert_eq!(parse_str("x = (\n").unwrap_err().kind, SyntaxErrorKind::SyntaxError);
}

#[test]
fn fstring_hole_spans_are_absolute() {
    let src = "x = 1\ny = f'ab{x + 1}'\n";
    let m = parse_str(src).unwrap();
    let StmtKind::Assign { value, .. } = &m.body[1].kind else { panic!() };
    let ExprKind::FString(parts) = &value.kind else { panic!() };
    let FStringPart::Hole { value, .. } = &parts[1] else { panic!() };
    assert_eq!(&src[value.span.start as usize..value.span.end as usize], "x + 1");
}

#[test]
fn statement_spans_cover_their_source() {
    let src = "if a:\n    b = 1\n\n\nc = 2\n";
    let m = parse_str(src).unwrap();
    assert_eq!(&src[m.body[0].span.start as usize..m.body[0].span.end as usize], "if a:\n    b = 1");
    assert_eq!(&src[m.body[1].span.start as usize..m.body[1].span.end as usize], "c = 2");
}

// ------------------------------------------------------------ CPython cross-check

/// Snippets whose error line, column and message must match python3.11.
const CPYTHON_CASES: &[&str] = &[
    "a b\n",
    "x = 1 + * 2\n",
    "x = 1 +\n",
    "x = 'abc\n",
    "x = \"\"\"abc\n\nd\n",
    "x = (1 +\n2\n",
    "x = [1,\n",
    "foo(a b\n",
    "x = )\n",
    "x = (]\n",
    "x = (1 + \n 2]\n",
    "x = 1a\n",
    "x = 123abc\n",
    "x = 1__0\n",
    "x = 1e\n",
    "x = 0x\n",
    "x = 0b2\n",
    "x = 0o8\n",
    "x = 012\n",
    "if x\n  y\n",
    "def f()\n  pass\n",
    "class A\n  pass\n",
    "for x in y\n  pass\n",
    "while x\n pass\n",
    "if x:\n  pass\nelse\n",
    "1 = x\n",
    "f() = 3\n",
    "x + 1 = 2\n",
    "x = 1 = 2\n",
    "(a, 1) = x\n",
    "[a, f()] = x\n",
    "for f() in x: pass\n",
    "with a as 1: pass\n",
    "del f()\n",
    "del (a, 1)\n",
    "x = yield = 3\n",
    "a, b += 1\n",
    "*a = 1\n",
    "a = *b\n",
    "x = \u{20ac}\n",
    "x = 1 +\\",
    "x = 1 \\ 2\n",
    "if x:\npass\n",
    "def f():\n\n  # c\nx=1\n",
    "class A:\nx\n",
    "try:\nx\n",
    "with a:\nz\n",
    "if 1:\n  pass\nelif 2:\nz\n",
    "try:\n  pass\nexcept E:\nz\n",
    "try:\n  pass\nfinally:\nz\n",
    "@d\ndef f():\nz\n",
    "x=1\n  y=2\n",
    "if 1:\n    a\n  b\n",
    "if True:\n    pass\n  pass\n",
    "if 1:\n\tx\n        y\n",
    "print(1 2)\n",
    "x = [a b]\n",
    "x = 1 if 2\n",
    "if x = 1: pass\n",
    "print 'hi'\n",
    "f(a.b=1)\n",
    "def f(a=1, b): pass\n",
    "def f(a, a): pass\n",
    "def f(*): pass\n",
    "def f(**k, a): pass\n",
    "def f(/, a): pass\n",
    "x = b'a' 'b'\n",
    "x = f'{}'\n",
    "x = f'{x!z}'\n",
    "x = f'}'\n",
    "x = '\\x4'\n",
    "x = $\n",
    "x = a <> b\n",
    "foo(a b\n\nx = 'abc\n",
    "def f(:\n  pass\n",
    "try:\n  pass\nx = 1\n",
    "match x:\n    case {x: 1}:\n        pass\n",
    "match x:\n    case 1 as x.y:\n        pass\n",
    "match x:\n    case P(x=1, 2):\n        pass\n",
    "match x:\n    case P(x=1, x=2):\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case f\"x\":\n        pass\n",
    "match x:\n    case -x:\n        pass\n",
    "match x:\n    case x as _:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case {**r, \"a\": 1}:\n        pass\n",
    "match x:\n    case (*a):\n        pass\n",
    "match x:\ncase 1: pass\n",
    "match x:\n    case 1:\n    pass\n",
    "match *a:\n    case 1: pass\n",
    "match x:\n    case a[0]: pass\n",
    "match x\n    case 1: pass\n",
    "match x:\n    case 1\n        pass\n",
    "match x:\n    pass\n",
    "match x:\n    case [a b]: pass\n",
    "match x:\n    case 1 as _ if y: pass\n",
    "match x:\n    case -1 - 1: pass\n",
    "match x:\n    case 1 + 2: pass\n",
    "match x:\n    case [a] if (b c): pass\n",
    "match x:\npass\n",
    "x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\n",
];

#[test]
fn errors_match_cpython() {
    let python = "/usr/bin/python3.11";
    if !std::path::Path::new(python).exists() {
        eprintln!("note: {python} not found; skipping the CPython cross-check");
        return;
    }
    let dir = std::env::temp_dir().join(format!("minipy-parser-cmp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    for (i, src) in CPYTHON_CASES.iter().enumerate() {
        let path = dir.join(format!("case{i}.mpy"));
        std::fs::write(&path, src).unwrap();
        // Compile only: print "line col message" (col 0-based, as our render uses).
        let script = "import sys\nsrc=open(sys.argv[1],'rb').read()\ntry:\n    compile(src, 'x', 'exec')\n    print('OK')\nexcept SyntaxError as e:\n    print(e.lineno, (e.offset or 1) - 1, e.msg)\n";
        let out = std::process::Command::new(python).arg("-c").arg(script).arg(&path).output().unwrap();
        let expected = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let sf = SourceFile::new("x", *src);
        let got = match parse(&sf) {
            Ok(_) => "OK".to_string(),
            Err(e) => {
                let off = e.span.start as usize;
                let (line, col) = (sf.line_of(off), sf.column_of(off));
                format!("{line} {col} {}", e.message)
            }
        };
        if got != expected {
            failures.push(format!("{src:?}\n   python: {expected}\n   minipy: {got}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{} mismatches with CPython:\n{}", failures.len(), failures.join("\n"));
}

// ------------------------------------------------------------ stress

fn run_big_stack<F: FnOnce() + Send + 'static>(f: F) {
    // The default test thread stack (2 MiB) is what we must survive in;
    // run on an explicitly small stack to prove nothing recurses per level.
    std::thread::Builder::new().stack_size(2 << 20).spawn(f).unwrap().join().unwrap();
}

#[test]
fn stress_deep_brackets() {
    run_big_stack(|| {
        for open in ["(", "[", "{"] {
            let src = format!("x = {}1\n", open.repeat(5000));
            let e = parse_str(&src).unwrap_err();
            assert_eq!(e.message, "too many nested parentheses");
        }
        let src = "(".repeat(200) + &")".repeat(200) + "\n";
        assert!(parse_str(&src).is_ok());
    });
}

#[test]
fn stress_long_operator_chains() {
    run_big_stack(|| {
        let src = format!("x = {}\n", vec!["1"; 100_000].join("+"));
        let e = parse_str(&src).unwrap_err();
        assert!(e.message.contains("too deeply nested"), "{}", e.message);
        let src = format!("x = {}1\n", "-".repeat(100_000));
        assert!(parse_str(&src).is_err());
        let src = format!("x = a{}\n", ".b".repeat(100_000));
        assert!(parse_str(&src).is_err());
        let src = format!("x = {}\n", vec!["1"; 900].join("+"));
        assert!(parse_str(&src).is_ok());
        // Wide is fine: a list with 100,000 elements.
        let src = format!("x = [{}]\n", vec!["1+1"; 100_000].join(", "));
        assert!(parse_str(&src).is_ok());
    });
}

#[test]
fn stress_big_inputs() {
    run_big_stack(|| {
        let src: String = (0..50_000).map(|i| format!("x{i} = {i}\n")).collect();
        assert_eq!(parse_str(&src).unwrap().body.len(), 50_000);
        let src = format!("s = '{}'\n", "a".repeat(1 << 20));
        assert!(parse_str(&src).is_ok());
        let src = format!("s = '''{}\n", "a\n".repeat(1 << 19));
        assert!(parse_str(&src).is_err());
        let mut deep = String::new();
        for i in 0..120 {
            deep.push_str(&format!("{}if x:\n", " ".repeat(i)));
        }
        deep.push_str(&format!("{}pass\n", " ".repeat(120)));
        assert_eq!(parse_str(&deep).unwrap_err().message, "too many levels of indentation");
    });
}

#[test]
fn stress_garbage_never_panics() {
    run_big_stack(|| {
        let pieces = [
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            "'",
            "\"",
            "'''",
            "f'{",
            "}",
            "\\",
            "\n",
            " ",
            "\t",
            "#",
            "0x",
            "1e",
            "1.",
            "_",
            "if",
            "else",
            ":",
            "=",
            "*",
            "**",
            "lambda",
            "yield",
            "for",
            "in",
            "@",
            "\r",
            "\u{e9}",
            "\u{20ac}",
            "!",
            "$",
            "`",
            ",",
            ";",
            "...",
            ":=",
            "not",
            "is",
            "\0",
            "with",
            "as",
            "def",
            "class",
            "try",
            "except",
            "  ",
            "f\"{x!r:{y}}\"",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut src = String::new();
            let n = (seed % 40) as usize;
            for _ in 0..n {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                src.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            let sf = SourceFile::new("g", src.as_str());
            if let Err(e) = parse(&sf) {
                let _ = render_syntax_error(&e, &sf);
            }
        }
    });
}
