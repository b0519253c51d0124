//! The lexer: logos classifies lexemes (`raw.rs`), hand-written scanners
//! handle numbers and strings, and an indentation pass on top produces
//! NEWLINE/INDENT/DEDENT and tracks bracket depth (newlines inside brackets
//! are not tokens).
//!
//! Spans are byte offsets into the whole source, also when lexing an
//! f-string hole, so the parser's spans are absolute without fix-ups.

mod fstring;
mod indent;
mod numbers;
mod raw;
mod strings;
pub mod token;

use crate::ast::Span;
use crate::diagnostics::SyntaxError;
use indent::Indenter;
use logos::Logos;
use raw::Raw;
pub use token::{FPiece, Spanned, Token};

/// CPython's MAXLEVEL: brackets may nest this deep. It also bounds every
/// recursion over bracketed structure later in the pipeline.
pub const MAX_BRACKET_DEPTH: usize = 200;

/// Everything the lexer could read: the tokens before the first error, and
/// that error. The parser wants both (CPython reports a syntax error found
/// before a lexical one).
#[derive(Debug)]
pub struct Lexed {
    pub tokens: Vec<Spanned>,
    pub error: Option<SyntaxError>,
}

/// Tokenizes a whole file.
pub fn tokenize(src: &str) -> Result<Vec<Spanned>, SyntaxError> {
    let lexed = tokenize_partial(src);
    match lexed.error {
        Some(e) => Err(e),
        None => Ok(lexed.tokens),
    }
}

/// Tokenizes a whole file, keeping the tokens read before an error.
pub fn tokenize_partial(src: &str) -> Lexed {
    if let Some(nul) = src.find('\0') {
        return Lexed {
            tokens: Vec::new(),
            error: Some(SyntaxError::new("source code cannot contain null bytes", Span::new(nul, nul + 1))),
        };
    }
    run(src, 0, src.len(), false)
}

/// Tokenizes `src[start..end]` as a lone expression (an f-string hole):
/// newlines are insignificant, as inside brackets, and no NEWLINE,
/// INDENT or DEDENT is produced.
pub fn tokenize_expression(src: &str, start: usize, end: usize) -> Lexed {
    run(src, start, end, true)
}

/// 1-based line of a byte offset.
pub(crate) fn line_of(src: &str, offset: usize) -> usize {
    let end = offset.min(src.len());
    1 + src.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count()
}

fn run(src: &str, start: usize, end: usize, expr_mode: bool) -> Lexed {
    let text = &src[..end];
    let mut lx = Lexer {
        text,
        out: Vec::new(),
        brackets: Vec::new(),
        indenter: Indenter::new(),
        at_line_start: !expr_mode,
        line_start: start,
        expr_mode,
    };
    let error = lx.run(start).err();
    Lexed { tokens: lx.out, error }
}

struct Lexer<'a> {
    text: &'a str,
    out: Vec<Spanned>,
    /// Open brackets: the byte and its offset.
    brackets: Vec<(u8, usize)>,
    indenter: Indenter,
    /// No token yet on the current logical line.
    at_line_start: bool,
    line_start: usize,
    expr_mode: bool,
}

impl<'a> Lexer<'a> {
    fn run(&mut self, start: usize) -> Result<(), SyntaxError> {
        let mut lex = Raw::lexer(self.text);
        lex.bump(start);
        while let Some(res) = lex.next() {
            let span = lex.span();
            let (s, e) = (span.start, span.end);
            let raw = match res {
                Ok(raw) => raw,
                Err(()) => return Err(self.bad_char(s)),
            };
            if raw == Raw::Newline {
                if self.brackets.is_empty() && !self.expr_mode {
                    if !self.at_line_start {
                        self.out.push((s, Token::Newline, e));
                        self.at_line_start = true;
                    }
                    self.line_start = e;
                }
                continue;
            }
            if self.at_line_start && self.brackets.is_empty() && !self.expr_mode {
                let line_end = self.text[s..].find(['\n', '\r']).map_or(self.text.len(), |i| s + i);
                self.indenter.line(self.text, self.line_start, s, line_end, &mut self.out)?;
                self.at_line_start = false;
            }
            let tok = match raw {
                Raw::Newline => continue,
                Raw::Ident => self.ident(s, e)?,
                Raw::NumStart => {
                    let (tok, end) = numbers::scan_number(self.text, s)?;
                    lex.bump(end - e);
                    self.out.push((s, tok, end));
                    continue;
                }
                Raw::StrStart => {
                    let (tok, end) = self.string(s, e)?;
                    lex.bump(end - e);
                    self.out.push((s, tok, end));
                    continue;
                }
                Raw::LPar | Raw::LSqb | Raw::LBrace => {
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(SyntaxError::new("too many nested parentheses", Span::new(s, e)));
                    }
                    self.brackets.push((self.text.as_bytes()[s], s));
                    match raw {
                        Raw::LPar => Token::LPar,
                        Raw::LSqb => Token::LSqb,
                        _ => Token::LBrace,
                    }
                }
                Raw::RPar | Raw::RSqb | Raw::RBrace => {
                    self.close(s)?;
                    match raw {
                        Raw::RPar => Token::RPar,
                        Raw::RSqb => Token::RSqb,
                        _ => Token::RBrace,
                    }
                }
                Raw::OldNotEqual => {
                    return Err(SyntaxError::new("invalid syntax", Span::new(s, e)));
                }
                Raw::Colon => Token::Colon,
                Raw::Comma => Token::Comma,
                Raw::Semi => Token::Semi,
                Raw::Plus => Token::Plus,
                Raw::Minus => Token::Minus,
                Raw::Star => Token::Star,
                Raw::Slash => Token::Slash,
                Raw::VBar => Token::VBar,
                Raw::Amper => Token::Amper,
                Raw::Less => Token::Less,
                Raw::Greater => Token::Greater,
                Raw::Equal => Token::Equal,
                Raw::Dot => Token::Dot,
                Raw::Percent => Token::Percent,
                Raw::EqEqual => Token::EqEqual,
                Raw::NotEqual => Token::NotEqual,
                Raw::LessEqual => Token::LessEqual,
                Raw::GreaterEqual => Token::GreaterEqual,
                Raw::Tilde => Token::Tilde,
                Raw::CircumFlex => Token::CircumFlex,
                Raw::LeftShift => Token::LeftShift,
                Raw::RightShift => Token::RightShift,
                Raw::DoubleStar => Token::DoubleStar,
                Raw::PlusEqual => Token::PlusEqual,
                Raw::MinEqual => Token::MinEqual,
                Raw::StarEqual => Token::StarEqual,
                Raw::SlashEqual => Token::SlashEqual,
                Raw::PercentEqual => Token::PercentEqual,
                Raw::AmperEqual => Token::AmperEqual,
                Raw::VBarEqual => Token::VBarEqual,
                Raw::CircumflexEqual => Token::CircumflexEqual,
                Raw::LeftShiftEqual => Token::LeftShiftEqual,
                Raw::RightShiftEqual => Token::RightShiftEqual,
                Raw::DoubleStarEqual => Token::DoubleStarEqual,
                Raw::DoubleSlash => Token::DoubleSlash,
                Raw::DoubleSlashEqual => Token::DoubleSlashEqual,
                Raw::At => Token::At,
                Raw::AtEqual => Token::AtEqual,
                Raw::RArrow => Token::RArrow,
                Raw::Ellipsis => Token::Ellipsis,
                Raw::ColonEqual => Token::ColonEqual,
            };
            self.out.push((s, tok, e));
        }
        let len = self.text.len();
        if let Some(&(b, pos)) = self.brackets.last() {
            return Err(SyntaxError::new(format!("'{}' was never closed", b as char), Span::new(pos, pos + 1)));
        }
        if !self.expr_mode {
            if !self.at_line_start {
                self.out.push((len, Token::Newline, len));
            }
            self.indenter.finish(len, &mut self.out);
        }
        Ok(())
    }

    fn close(&mut self, s: usize) -> Result<(), SyntaxError> {
        let c = self.text.as_bytes()[s] as char;
        let Some((open, pos)) = self.brackets.pop() else {
            return Err(SyntaxError::new(format!("unmatched '{c}'"), Span::new(s, s + 1)));
        };
        let want = match open {
            b'(' => ')',
            b'[' => ']',
            _ => '}',
        };
        if c != want {
            let mut msg = format!("closing parenthesis '{c}' does not match opening parenthesis '{}'", open as char);
            let open_line = line_of(self.text, pos);
            if open_line != line_of(self.text, s) {
                msg.push_str(&format!(" on line {open_line}"));
            }
            return Err(SyntaxError::new(msg, Span::new(s, s + 1)));
        }
        Ok(())
    }

    fn ident(&self, s: usize, e: usize) -> Result<Token, SyntaxError> {
        let word = &self.text[s..e];
        if !word.is_ascii() {
            for (i, c) in word.char_indices() {
                let ok = c.is_ascii() || c.is_alphabetic() || (i > 0 && is_continue_mark(c));
                if !ok {
                    return Err(invalid_char(c, s + i));
                }
            }
        }
        Ok(Token::keyword(word).unwrap_or_else(|| Token::Name(word.to_string())))
    }

    fn string(&self, s: usize, e: usize) -> Result<(Token, usize), SyntaxError> {
        let b = self.text.as_bytes();
        let quote = b[e - 1];
        let triple = e - s >= 3 && b[e - 3] == quote && b[e - 2] == quote;
        let body = e;
        let prefix = strings::Prefix::parse(&self.text[s..e - if triple { 3 } else { 1 }]);
        let (content_end, end) = strings::scan_body(self.text, s, body, quote, triple)?;
        let content = &self.text[body..content_end];
        // CPython reports bad escapes at the token after the literal.
        let after = end + self.text[end..].bytes().take_while(|b| matches!(b, b' ' | b'\t')).count();
        let at = Span::new(after, after + 1);
        let tok = if prefix.fstring {
            // CPython 3.11 reports f-string errors after the literal, like escape errors.
            Token::FString(fstring::split(self.text, body, content_end, prefix.raw).map_err(|mut e| {
                if e.message.starts_with("f-string") {
                    e.span = at;
                }
                e
            })?)
        } else if prefix.bytes {
            Token::Bytes(strings::decode_bytes(content, prefix.raw, at)?)
        } else {
            Token::Str(strings::decode_str(content, prefix.raw, at)?)
        };
        Ok((tok, end))
    }

    /// A character logos could not start a token with.
    fn bad_char(&self, s: usize) -> SyntaxError {
        let c = self.text[s..].chars().next().unwrap_or('\0');
        if c == '\\' {
            let next = s + 1;
            if next >= self.text.len() {
                return SyntaxError::new("unexpected EOF while parsing", Span::new(next, next));
            }
            return SyntaxError::new(
                "unexpected character after line continuation character",
                Span::new(next, next + 1),
            );
        }
        if c.is_ascii_graphic() {
            return SyntaxError::new("invalid syntax", Span::new(s, s + 1));
        }
        invalid_char(c, s)
    }
}

/// Combining marks and connectors that may continue (not start) an identifier.
fn is_continue_mark(c: char) -> bool {
    matches!(c,
        '\u{b7}' | '\u{300}'..='\u{36f}' | '\u{483}'..='\u{487}' | '\u{591}'..='\u{5c7}'
        | '\u{610}'..='\u{61a}' | '\u{64b}'..='\u{65f}' | '\u{900}'..='\u{dff}'
        | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{200c}' | '\u{200d}'
        | '\u{203f}' | '\u{2040}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' | '\u{ff3f}')
}

fn invalid_char(c: char, at: usize) -> SyntaxError {
    let non_printable = c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}');
    let msg = if non_printable {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    };
    SyntaxError::new(msg, Span::new(at, at + c.len_utf8()))
}
