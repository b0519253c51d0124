//! The parser: the LALRPOP grammar (`grammar/python.lalrpop`) fed by the
//! lexer's tokens, producing the AST of `crate::ast`.
//!
//! Before parsing, three passes run over the tokens: the `with (...)`
//! rewrite (see [`mark_with_parens`]), the soft keywords `match`/`case`
//! ([`soft_keywords`]) and the nesting bound of [`depth`], which keeps
//! every tree shallow enough for the recursive stages after this one.

pub(crate) mod actions;
mod depth;
mod errors;
pub mod except_star;
pub(crate) mod patterns;
mod soft_keywords;
mod walk;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    python,
    "/python.rs"
);

use crate::ast::{Expr, Module};
use crate::diagnostics::{SourceFile, SyntaxError};
use crate::lexer::token::{Spanned, Token};
use crate::lexer::{tokenize_expression, tokenize_partial};
use actions::Top;
pub use depth::MAX_EXPR_DEPTH;
use lalrpop_util::ParseError;
use std::cell::Cell;

/// Parses a whole file.
pub fn parse(src: &SourceFile) -> Result<Module, SyntaxError> {
    parse_str(&src.text)
}

/// Parses source text (what [`parse`] does, without a [`SourceFile`]).
pub fn parse_str(text: &str) -> Result<Module, SyntaxError> {
    let lexed = tokenize_partial(text);
    let mut tokens = lexed.tokens;
    mark_with_parens(&mut tokens);
    soft_keywords::mark_soft_keywords(&mut tokens);
    depth::check(&tokens)?;
    match run(text, &tokens, lexed.error)? {
        Top::Module(body) => Ok(Module { body }),
        Top::Expr(e) => Err(SyntaxError::new("invalid syntax", e.span)),
    }
}

/// Parses `src[start..end]` as one expression, as CPython parses an
/// f-string hole: as if it were parenthesised. Spans are absolute offsets
/// into `src`.
pub fn parse_expression_at(src: &str, start: usize, end: usize) -> Result<Expr, SyntaxError> {
    let lexed = tokenize_expression(src, start, end);
    let mut tokens = Vec::with_capacity(lexed.tokens.len() + 1);
    tokens.push((start, Token::StartExpr, start));
    tokens.extend(lexed.tokens);
    depth::check(&tokens)?;
    match run(src, &tokens, lexed.error)? {
        Top::Expr(e) => Ok(e),
        Top::Module(_) => Err(SyntaxError::new("invalid syntax", crate::ast::Span::new(start, end))),
    }
}

/// What [`parse_interactive`] makes of the REPL input read so far.
#[derive(Debug)]
pub enum Interactive {
    /// One complete input (no statements at all for blank lines and comments).
    Complete(Module),
    /// The text ends inside brackets or a triple-quoted string: only more
    /// lines can finish it (blank ones too); the error is for end of input.
    Open(SyntaxError),
    /// The text ends where more was expected (a block after `if x:`, an
    /// `except` after `try:` ...): more lines may finish it, but after a
    /// blank line this is the error.
    Eof(SyntaxError),
    /// A syntax error more input cannot fix.
    Invalid(SyntaxError),
}

/// Parses REPL input, telling incomplete input from invalid input as
/// CPython's `codeop` does.
pub fn parse_interactive(text: &str) -> Interactive {
    let lexed = tokenize_partial(text);
    let mut tokens = lexed.tokens;
    mark_with_parens(&mut tokens);
    soft_keywords::mark_soft_keywords(&mut tokens);
    if let Err(e) = depth::check(&tokens) {
        return Interactive::Invalid(e);
    }
    let lex_error = lexed.error;
    let (result, consumed) = run_raw(text, &tokens, lex_error.clone());
    let err = match result {
        Ok(Top::Module(body)) => return Interactive::Complete(Module { body }),
        Ok(Top::Expr(e)) => return Interactive::Invalid(SyntaxError::new("invalid syntax", e.span)),
        Err(e) => e,
    };
    // The parser read every token and then met the lexer's error: did the
    // text end inside brackets or a triple-quoted string?
    let open = match (&err, &lex_error) {
        (ParseError::User { error }, Some(le)) => {
            error == le
                && (le.message.ends_with("was never closed")
                    || le.message.starts_with("unterminated triple-quoted string literal"))
        }
        _ => false,
    };
    if open {
        return Interactive::Open(errors::convert(err, text, &tokens, consumed, lex_error));
    }
    // Out of tokens, or stopped at the DEDENTs that close the input's
    // blocks (they sit at the very end): more lines could go on.
    let at_end = match &err {
        ParseError::UnrecognizedEof { .. } => true,
        ParseError::UnrecognizedToken { token: (l, _, _), .. } => *l >= text.len(),
        _ => false,
    };
    if at_end {
        return Interactive::Eof(errors::convert(err, text, &tokens, consumed, lex_error));
    }
    // The parser stopped before the end: its own error stands (a file would
    // report an unclosed bracket after it instead, but interactive input
    // has not ended yet).
    Interactive::Invalid(errors::convert(err, text, &tokens, consumed, None))
}

fn run(src: &str, tokens: &[Spanned], lex_error: Option<SyntaxError>) -> Result<Top, SyntaxError> {
    let (result, consumed) = run_raw(src, tokens, lex_error.clone());
    result.map_err(|e| errors::convert(e, src, tokens, consumed, lex_error))
}

/// The parser's own result, and how many items it pulled.
fn run_raw(src: &str, tokens: &[Spanned], lex_error: Option<SyntaxError>) -> (Result<Top, actions::PError>, usize) {
    let consumed = Cell::new(0usize);
    let items = tokens.iter().cloned().map(Ok).chain(lex_error.map(Err)).inspect(|_| consumed.set(consumed.get() + 1));
    let result = python::TopParser::new().parse(src, items);
    (result, consumed.get())
}

/// `with (a as b, c):` lists its items in parentheses, but `with (a, b) as c:`
/// and `with (a) as b:` parenthesise an expression. As in CPython's grammar,
/// a `(` right after `with` whose matching `)` is followed by `:` opens the
/// item list; those two tokens become `WithLPar`/`WithRPar`.
fn mark_with_parens(tokens: &mut [Spanned]) {
    let mut i = 0;
    while i + 1 < tokens.len() {
        // `with (yield x):` is a parenthesised expression (rare, but valid).
        if tokens[i].1 == Token::With
            && tokens[i + 1].1 == Token::LPar
            && tokens.get(i + 2).is_none_or(|t| t.1 != Token::Yield)
        {
            let mut depth = 0usize;
            let mut j = i + 1;
            while j < tokens.len() {
                match tokens[j].1 {
                    Token::LPar | Token::LSqb | Token::LBrace => depth += 1,
                    Token::RPar | Token::RSqb | Token::RBrace => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Token::Newline => break,
                    _ => {}
                }
                j += 1;
            }
            if j + 1 < tokens.len() && tokens[j].1 == Token::RPar && tokens[j + 1].1 == Token::Colon {
                tokens[i + 1].1 = Token::WithLPar;
                tokens[j].1 = Token::WithRPar;
            }
            i = j;
        }
        i += 1;
    }
}
