//! Lexer tests: token-stream snapshots (each with its source) and invariants.

use minipy::diagnostics::{SourceFile, render_syntax_error};
use minipy::lexer::token::Token;
use minipy::lexer::tokenize;

/// One token per line: `line:col TOKEN`.
fn show(src: &str) -> String {
    let sf = SourceFile::new("x.mpy", src);
    match tokenize(src) {
        Ok(tokens) => tokens
            .iter()
            .map(|(l, t, _)| format!("{}:{} {t}", sf.line_of(*l), sf.column_of(*l)))
            .collect::<Vec<_>>()
            .join("\n"),
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

snap!(simple_assignment, "x = 1 + 2\n");
snap!(indent_dedent, "if x:\n    y = 1\n    if z:\n        w\nv\n");
snap!(dedent_at_eof_without_newline, "while a:\n  b");
snap!(blank_and_comment_lines, "a\n\n   # comment only\n\t\nb  # trailing\n");
snap!(newlines_in_brackets, "f(1,\n  2,\n\n  3)\nx = [\n]\n");
snap!(backslash_continuation, "x = 1 + \\\n    2\ny = 3\n");
snap!(operators, "a += b -= c ** d // e @ f -> g := h != i <= j >> k <<= l ... m\n");
snap!(keywords_and_soft_keywords, "match case _ type print if elif else lambda not in is\n");
snap!(numbers, "0 00 0_0 1_000 0x_ff 0o17 0b1010 1.5 .5 5. 1e10 1E-3 1_0.2_5e+1_0\n");
snap!(big_int, "123456789012345678901234567890 0xffffffffffffffffffffffffffffffff\n");
snap!(string_prefixes, "'a' \"b\" r'\\n' b'x' Rb'\\x' BR\"y\" u'z' f'q' rF'{x}\\n'\n");
snap!(escapes, "'\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v\\0\\012\\x41\\u00e9\\U0001F600\\q'\n");
snap!(bytes_escapes, "b'\\x00\\xff\\n\\777\\u1234'\n");
snap!(triple_quoted, "'''a\n'b'\nc''' \"\"\"\"\"\"\n");
snap!(backslash_newline_in_string, "'ab\\\ncd'\n");
snap!(fstring_pieces, "f'a{x}b{y!r}c{z:>{w}}d{{e}}{v=}'\n");
snap!(fstring_nested_quotes, "f\"{d['k']} {x if y else 'n'} {a!=b}\"\n");
snap!(unicode_identifier, "caf\u{e9} = \u{3c0}\n");
snap!(formfeed_indent, "if a:\n\x0c    b\n");
snap!(tabs_consistent, "if a:\n\tb\n\tif c:\n\t\td\n");

// Errors
snap!(err_unterminated_string, "x = 'abc\n");
snap!(err_unterminated_triple, "x = '''abc\n\ndef\n");
snap!(err_never_closed, "x = (1 +\n2\n");
snap!(err_unmatched, "x = )\n");
snap!(err_mismatch, "x = (]\n");
snap!(err_mismatch_other_line, "x = (1 +\n 2]\n");
snap!(err_invalid_decimal, "x = 1a\n");
snap!(err_invalid_decimal_underscore, "x = 1__0\n");
snap!(err_invalid_exponent, "x = 1e\n");
snap!(err_invalid_hex, "x = 0x\n");
snap!(err_invalid_binary_digit, "x = 0b2\n");
snap!(err_invalid_octal_digit, "x = 0o8\n");
snap!(err_leading_zeros, "x = 012\n");
snap!(imaginary_literal, "x = 1j + 2.5J - 1e3j + 1_0j\n");
snap!(err_invalid_character, "x = \u{20ac}\n");
snap!(err_non_printable, "x = \u{a0}1\n");
snap!(err_nul_byte, "x = 1\0\n");
snap!(err_tab_error, "if 1:\n\tx\n        y\n");
snap!(err_unindent_mismatch, "if True:\n    pass\n  pass\n");
snap!(err_too_deep_brackets, &format!("x = {}{}\n", "(".repeat(201), ")".repeat(201)));
snap!(err_named_unicode_escape, "x = '\\N{DASH}'\n");
snap!(err_bytes_non_ascii, "x = b'caf\u{e9}'\n");
snap!(err_truncated_x_escape, "x = '\\x4'\n");
snap!(err_backslash_at_eof, "x = 1 +\\");
snap!(err_char_after_continuation, "x = 1 \\ 2\n");
snap!(async_await_keywords, "async def f(): await x\n");
snap!(err_fstring_single_brace, "f'}'\n");
snap!(err_fstring_empty, "f'{}'\n");
snap!(err_fstring_conversion, "f'{x!z}'\n");
snap!(err_fstring_expecting_brace, "f'{x'\n");
snap!(err_fstring_backslash, "f'{\"\\n\"}'\n");
snap!(err_fstring_nested_too_deeply, "f'{x:{y:{z}}}'\n");

#[test]
fn spans_never_go_backwards() {
    let src = "def f(a, *b, **c):\n    '''doc\n    string'''\n    return [x for x in (a, b)\n        if x] + f\"{a!r}\"\n\nclass C(B):\n  pass\n";
    let tokens = tokenize(src).unwrap();
    let mut last = 0;
    for (l, t, r) in &tokens {
        assert!(l <= r, "{t} has start {l} > end {r}");
        assert!(*l >= last, "{t} at {l} starts before {last}");
        assert!(*r <= src.len());
        last = *l;
    }
}

#[test]
fn crlf_gives_same_tokens_as_lf() {
    let lf = "if x:\n    s = '''a\nb'''\n    t = (1,\n  2)\nelse:\n    y = 'c\\\nd'\n";
    let crlf = lf.replace('\n', "\r\n");
    let kinds = |src: &str| tokenize(src).unwrap().into_iter().map(|(_, t, _)| t).collect::<Vec<Token>>();
    assert_eq!(kinds(lf), kinds(&crlf));
    let cr = lf.replace('\n', "\r");
    let t = tokenize(&cr).unwrap();
    assert!(t.iter().any(|(_, t, _)| *t == Token::Indent));
}

#[test]
fn tabs_and_spaces() {
    // Consistent: a tab then a tab.
    assert!(tokenize("if a:\n\tb\n\tc\n").is_ok());
    // Eight spaces equal one tab only with tab size 8: ambiguous, TabError.
    let e = tokenize("if a:\n\tb\n        c\n").unwrap_err();
    assert_eq!(e.kind, minipy::diagnostics::SyntaxErrorKind::TabError);
    assert_eq!(e.message, "inconsistent use of tabs and spaces in indentation");
    // Spaces then a tab in a deeper block.
    let e = tokenize("if a:\n    if b:\n\tc\n").unwrap_err();
    assert_eq!(e.kind, minipy::diagnostics::SyntaxErrorKind::TabError);
    // Mixed but unambiguous prefixes are fine.
    assert!(tokenize("if a:\n  \tb\n  \tc\n").is_ok());
}

#[test]
fn string_values() {
    let one = |src: &str| tokenize(src).unwrap().into_iter().next().unwrap().1;
    assert_eq!(one("'a' "), Token::Str("a".into()));
    assert_eq!(one("'\\x41\\101\\u0041'"), Token::Str("AAA".into()));
    assert_eq!(one("r'\\x41'"), Token::Str("\\x41".into()));
    assert_eq!(one("'''a\r\nb'''"), Token::Str("a\nb".into()));
    assert_eq!(one("b'\\xff'"), Token::Bytes(vec![255]));
    assert_eq!(one("1e400"), Token::Float(f64::INFINITY));
    assert_eq!(one("0b1_1"), Token::Int("3".into()));
}
