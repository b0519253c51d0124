//! Turning LALRPOP's parse errors into CPython 3.11's messages.

use super::actions::PError;
use crate::ast::Span;
use crate::diagnostics::SyntaxError;
use crate::lexer::line_of;
use crate::lexer::token::{Spanned, Token};
use lalrpop_util::ParseError;

const GENERIC: &str = "invalid syntax";
const COMMA_HINT: &str = "invalid syntax. Perhaps you forgot a comma?";

/// `consumed` is how many items the parser pulled (the failing token is
/// the last); `lex_error` is the lexer's error after the last token, if any.
pub(crate) fn convert(
    err: PError,
    src: &str,
    tokens: &[Spanned],
    consumed: usize,
    lex_error: Option<SyntaxError>,
) -> SyntaxError {
    // Where the parser gave up (CPython compares this token's line, not the
    // reported location, with the unclosed bracket's line).
    let fail_at = match &err {
        ParseError::UnrecognizedToken { token: (l, _, _), .. } => Some(*l),
        _ => None,
    };
    let e = match err {
        ParseError::User { error } => return error,
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            let idx = consumed.saturating_sub(1).min(tokens.len().saturating_sub(1));
            unexpected_token(src, tokens, idx, (l, &tok, r), &expected)
        }
        ParseError::UnrecognizedEof { location, expected } => unexpected_eof(src, tokens, location, &expected),
        ParseError::ExtraToken { token: (l, _, r) } => SyntaxError::new(GENERIC, Span::new(l, r)),
        ParseError::InvalidToken { location } => SyntaxError::new(GENERIC, Span::new(location, location + 1)),
    };
    // CPython scans the rest of the file after a generic error and reports a
    // tokenizer error instead, if there is one.
    // An unclosed bracket wins only when the parser failed on a later line
    // than the bracket's (CPython's `_PyPegen_tokenize_full_source_to_check_for_errors`).
    if (e.message == GENERIC
        || e.message == COMMA_HINT
        || super::patterns::PATTERN_MESSAGES.contains(&e.message.as_str()))
        && let Some(le) = lex_error
        && le.message != GENERIC
        && (!le.message.ends_with("was never closed")
            || consumed >= tokens.len()
            || line_of(src, fail_at.unwrap_or(e.span.start as usize)) > line_of(src, le.span.start as usize))
    {
        return le;
    }
    e
}

fn is_line_break(t: &Token) -> bool {
    matches!(t, Token::Newline | Token::Indent | Token::Dedent)
}

/// The first token of the logical line containing `tokens[idx]`.
fn line_start(tokens: &[Spanned], idx: usize) -> usize {
    let mut i = idx.min(tokens.len().saturating_sub(1));
    while i > 0 && !is_line_break(&tokens[i - 1].1) {
        i -= 1;
    }
    i
}

/// "'if' statement on line 3" for the block header starting at `tokens[i]`.
fn header_name(src: &str, tok: &Spanned) -> Option<String> {
    let what = match tok.1 {
        Token::Def => "function definition".to_string(),
        Token::Class => "class definition".to_string(),
        Token::If
        | Token::Elif
        | Token::Else
        | Token::While
        | Token::For
        | Token::Try
        | Token::Except
        | Token::Finally
        | Token::With
        | Token::Match
        | Token::Case => format!("'{}' statement", tok.1.text()?),
        _ => return None,
    };
    Some(format!("{what} on line {}", line_of(src, tok.0)))
}

fn expected_block(src: &str, tokens: &[Spanned], header_idx: usize, span: Span) -> SyntaxError {
    let start = line_start(tokens, header_idx);
    let msg = match tokens.get(start).and_then(|t| header_name(src, t)) {
        Some(h) => format!("expected an indented block after {h}"),
        None => "expected an indented block".to_string(),
    };
    SyntaxError::indentation(msg, span)
}

fn only_indent(expected: &[String]) -> bool {
    !expected.is_empty() && expected.iter().all(|e| e == "Indent")
}

fn expects(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e.trim_matches('"') == terminal)
}

fn starts_expr(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::Str(_)
            | Token::Bytes(_)
            | Token::FString(_)
            | Token::True
            | Token::False
            | Token::None
            | Token::Ellipsis
            | Token::LPar
            | Token::LSqb
            | Token::LBrace
            | Token::Lambda
            | Token::Not
            | Token::Tilde
    )
}

fn ends_expr(t: &Token) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imag(_)
            | Token::Str(_)
            | Token::Bytes(_)
            | Token::FString(_)
            | Token::True
            | Token::False
            | Token::None
            | Token::Ellipsis
            | Token::RPar
            | Token::RSqb
            | Token::RBrace
    )
}

/// Bracket depth just before `tokens[idx]` (an f-string hole counts as bracketed).
fn depth_at(tokens: &[Spanned], idx: usize) -> usize {
    let mut d = usize::from(tokens.first().is_some_and(|t| t.1 == Token::StartExpr));
    for (_, t, _) in &tokens[..idx.min(tokens.len())] {
        match t {
            Token::LPar | Token::LSqb | Token::LBrace | Token::WithLPar => d += 1,
            Token::RPar | Token::RSqb | Token::RBrace | Token::WithRPar => d = d.saturating_sub(1),
            _ => {}
        }
    }
    d
}

/// Start of the whole expression ending with `tokens[idx]`: walks back over
/// balanced brackets and operators to the nearest delimiter.
fn expr_start(tokens: &[Spanned], idx: usize) -> usize {
    let mut depth = 0usize;
    let mut i = idx;
    loop {
        match tokens[i].1 {
            Token::RPar | Token::RSqb | Token::RBrace => depth += 1,
            Token::LPar | Token::LSqb | Token::LBrace | Token::WithLPar if depth > 0 => depth -= 1,
            ref t if depth == 0 && is_delimiter(t) => {
                return tokens.get(i + 1).map_or(tokens[idx].0, |t| t.0);
            }
            _ => {}
        }
        if i == 0 {
            return tokens[0].0;
        }
        i -= 1;
    }
}

fn is_delimiter(t: &Token) -> bool {
    is_line_break(t)
        || t.text().is_some_and(|s| s.ends_with('=') && !matches!(s, "==" | "!=" | "<=" | ">="))
        || matches!(
            t,
            Token::LPar
                | Token::LSqb
                | Token::LBrace
                | Token::WithLPar
                | Token::Comma
                | Token::Colon
                | Token::Semi
                | Token::Return
                | Token::Yield
                | Token::Await
                | Token::Else
                | Token::Lambda
                | Token::For
                | Token::If
                | Token::Elif
                | Token::While
                | Token::Assert
                | Token::Del
                | Token::Raise
                | Token::From
                | Token::Import
                | Token::As
                | Token::With
                | Token::StartExpr
        )
}

fn unexpected_token(
    src: &str,
    tokens: &[Spanned],
    idx: usize,
    (l, tok, r): (usize, &Token, usize),
    expected: &[String],
) -> SyntaxError {
    if *tok == Token::Indent {
        let at = if r > l { r - 1 } else { r };
        return SyntaxError::indentation("unexpected indent", Span::new(at, at + 1));
    }
    if only_indent(expected) {
        // Point at the first token of the would-be body, as CPython does.
        let next = tokens[idx..].iter().find(|t| t.1 != Token::Dedent);
        let span = next.map_or(Span::new(l, r), |t| Span::new(t.0, t.0));
        return expected_block(src, tokens, idx.saturating_sub(2), span);
    }
    let first = line_start(tokens, idx.saturating_sub(1));
    let header = tokens.get(first).map(|t| &t.1);
    if matches!(tok, Token::Newline) && expects(expected, ":") && header.is_some_and(is_block_keyword) {
        return SyntaxError::new("expected ':'", Span::new(l, l + 1));
    }
    if header == Some(&Token::Case)
        && let Some(e) = super::patterns::pattern_error(tokens, first, idx)
    {
        return e;
    }
    if expects(expected, "except") && expects(expected, "finally") && !matches!(tok, Token::Except | Token::Finally) {
        return SyntaxError::new("expected 'except' or 'finally' block", Span::new(l, r.max(l + 1)));
    }
    let prev = idx.checked_sub(1).map(|i| &tokens[i]);
    if expects(expected, "else") && *tok != Token::Else && idx > 0 {
        // `a if b` without `else`: CPython underlines from `a` to `b`.
        let mut depth = 0usize;
        let mut i = idx - 1;
        let if_idx = loop {
            match tokens[i].1 {
                Token::RPar | Token::RSqb | Token::RBrace => depth += 1,
                Token::LPar | Token::LSqb | Token::LBrace => depth = depth.saturating_sub(1),
                Token::If if depth == 0 => break Some(i),
                _ => {}
            }
            if i == 0 || is_line_break(&tokens[i].1) {
                break None;
            }
            i -= 1;
        };
        if let Some(if_idx) = if_idx
            && if_idx > 0
            && ends_expr(&tokens[if_idx - 1].1)
        {
            return SyntaxError::new(
                "expected 'else' after 'if' expression",
                Span::new(expr_start(tokens, if_idx - 1), tokens[idx - 1].2),
            );
        }
    }
    if *tok == Token::Equal
        && expects(expected, ":")
        && matches!(header, Some(Token::If | Token::Elif | Token::While))
        && first + 1 < idx
    {
        let end = tokens.get(idx + 1).map_or(r, |t| t.2);
        return SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            Span::new(tokens[first + 1].0, end),
        );
    }
    if let Some((pl, Token::Name(name), _)) = prev
        && name == "print"
        && first + 1 == idx
        && starts_expr(tok)
        && !matches!(tok, Token::LPar)
    {
        let end = tokens[idx..].iter().find(|t| is_line_break(&t.1)).map_or(r, |t| t.0);
        return SyntaxError::new(
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            Span::new(*pl, end),
        );
    }
    if let Some(p) = prev
        && starts_expr(tok)
        && ends_expr(&p.1)
        && depth_at(tokens, idx) > 0
        && !(matches!(p.1, Token::Name(_)) && matches!(tok, Token::Str(_) | Token::FString(_) | Token::Bytes(_)))
    {
        return SyntaxError::new(COMMA_HINT, Span::new(expr_start(tokens, idx - 1), r));
    }
    SyntaxError::new(GENERIC, Span::new(l, r))
}

fn is_block_keyword(t: &Token) -> bool {
    matches!(
        t,
        Token::If
            | Token::Elif
            | Token::Else
            | Token::While
            | Token::For
            | Token::Try
            | Token::Except
            | Token::Finally
            | Token::With
            | Token::Def
            | Token::Class
            | Token::Match
            | Token::Case
    )
}

fn unexpected_eof(src: &str, tokens: &[Spanned], location: usize, expected: &[String]) -> SyntaxError {
    let last = tokens.len().saturating_sub(1);
    if only_indent(expected) {
        // `if x:` at the end of the file: CPython points just past the colon.
        let nl = tokens.iter().rposition(|t| t.1 == Token::Newline).unwrap_or(last);
        let at = tokens.get(nl).map_or(location, |t| t.0);
        return expected_block(src, tokens, nl.saturating_sub(1), Span::new(at, at));
    }
    let at = tokens.iter().rev().find(|t| !is_line_break(&t.1)).map_or(location, |t| t.2);
    if expects(expected, "except") && expects(expected, "finally") {
        return SyntaxError::new("expected 'except' or 'finally' block", Span::new(at, at));
    }
    SyntaxError::new(GENERIC, Span::new(at, at))
}
