//! Splitting an f-string body into literal text and `{expr!c:spec}` holes,
//! following CPython 3.11's rules (the body was already delimited like any
//! string, so a hole cannot contain the closing quote or a backslash).
//! Hole expressions are left as source ranges for the parser.

use super::strings::decode_str;
use super::token::FPiece;
use crate::ast::Span;
use crate::diagnostics::SyntaxError;

/// CPython's limit on brackets nested inside one hole.
const MAX_HOLE_BRACKETS: usize = 200;

struct Splitter<'a> {
    src: &'a str,
    end: usize,
    raw: bool,
    pos: usize,
}

fn err(msg: &str, at: usize) -> SyntaxError {
    SyntaxError::new(format!("f-string: {msg}"), Span::new(at, at + 1))
}

/// Splits the f-string body `src[start..end]`.
pub(crate) fn split(src: &str, start: usize, end: usize, raw: bool) -> Result<Vec<FPiece>, SyntaxError> {
    let mut s = Splitter { src, end, raw, pos: start };
    s.pieces(0)
}

impl Splitter<'_> {
    fn byte(&self, i: usize) -> Option<u8> {
        if i < self.end { self.src.as_bytes().get(i).copied() } else { None }
    }

    /// Literal text and holes until the end (level 0) or an unmatched `}`
    /// (inside a format spec).
    fn pieces(&mut self, level: u32) -> Result<Vec<FPiece>, SyntaxError> {
        let mut out = Vec::new();
        let mut lit = String::new();
        let mut lit_start = self.pos;
        while let Some(c) = self.byte(self.pos) {
            match c {
                b'\\' if !self.raw => {
                    // An escaped brace is still a brace (CPython warns); anything
                    // else after the backslash belongs to the escape.
                    lit.push('\\');
                    self.pos += 1;
                    if let Some(n) = self.byte(self.pos)
                        && n != b'{'
                        && n != b'}'
                    {
                        let ch = self.src[self.pos..].chars().next().unwrap_or('\0');
                        lit.push(ch);
                        self.pos += ch.len_utf8();
                    }
                }
                b'{' | b'}' => {
                    if level == 0 && self.byte(self.pos + 1) == Some(c) {
                        lit.push(c as char);
                        self.pos += 2;
                        continue;
                    }
                    if c == b'}' {
                        if level == 0 {
                            return Err(err("single '}' is not allowed", self.pos));
                        }
                        break;
                    }
                    self.flush(&mut lit, lit_start, &mut out)?;
                    self.pos += 1;
                    out.push(self.hole(level)?);
                    lit_start = self.pos;
                }
                _ => {
                    let ch = self.src[self.pos..].chars().next().unwrap_or('\0');
                    lit.push(ch);
                    self.pos += ch.len_utf8();
                }
            }
        }
        self.flush(&mut lit, lit_start, &mut out)?;
        Ok(out)
    }

    fn flush(&self, lit: &mut String, at: usize, out: &mut Vec<FPiece>) -> Result<(), SyntaxError> {
        if !lit.is_empty() {
            let text = decode_str(lit, self.raw, Span::new(at, at + 1))?;
            lit.clear();
            if !text.is_empty() {
                out.push(FPiece::Literal(text));
            }
        }
        Ok(())
    }

    /// A hole; `self.pos` is just past its `{`.
    fn hole(&mut self, level: u32) -> Result<FPiece, SyntaxError> {
        let open = self.pos - 1;
        if level >= 2 {
            return Err(err("expressions nested too deeply", open));
        }
        let expr_start = self.pos;
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while let Some(c) = self.byte(self.pos) {
            if c == b'\\' {
                return Err(SyntaxError::new(
                    "f-string expression part cannot include a backslash",
                    Span::new(self.pos, self.pos + 1),
                ));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.byte(self.pos + 1) == Some(q) && self.byte(self.pos + 2) == Some(q) {
                        quote = None;
                        self.pos += 2;
                    }
                }
                self.pos += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.byte(self.pos + 1) == Some(c) && self.byte(self.pos + 2) == Some(c);
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= MAX_HOLE_BRACKETS {
                        return Err(err("too many nested parenthesis", self.pos));
                    }
                    brackets.push(c);
                }
                b'#' => {
                    return Err(SyntaxError::new(
                        "f-string expression part cannot include '#'",
                        Span::new(self.pos, self.pos + 1),
                    ));
                }
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if brackets.is_empty() => {
                    if self.byte(self.pos + 1) == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                        self.pos += 2;
                        continue;
                    }
                    if c != b'<' && c != b'>' {
                        break;
                    }
                }
                b')' | b']' | b'}' => {
                    let Some(open) = brackets.pop() else {
                        return Err(err(&format!("unmatched '{}'", c as char), self.pos));
                    };
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != want {
                        return Err(err(
                            &format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            ),
                            self.pos,
                        ));
                    }
                }
                _ => {}
            }
            self.pos += 1;
        }
        let expr_end = self.pos;
        if quote.is_some() {
            return Err(err("unterminated string", expr_start));
        }
        if let Some(&b) = brackets.last() {
            return Err(err(&format!("unmatched '{}'", b as char), expr_start));
        }
        let Some(mut c) = self.byte(self.pos) else {
            return Err(err("expecting '}'", self.pos.min(self.end)));
        };
        if self.src[expr_start..expr_end].trim().is_empty() {
            return Err(err("empty expression not allowed", expr_start));
        }
        let mut debug_text = None;
        if c == b'=' {
            self.pos += 1;
            while self.byte(self.pos).is_some_and(|b| b.is_ascii_whitespace()) {
                self.pos += 1;
            }
            debug_text = Some(self.src[expr_start..self.pos].to_string());
            c = self.byte(self.pos).ok_or_else(|| err("expecting '}'", self.end))?;
        }
        let mut conversion = None;
        if c == b'!' {
            let conv = self.byte(self.pos + 1).ok_or_else(|| err("expecting '}'", self.end))?;
            if !matches!(conv, b's' | b'r' | b'a') {
                return Err(err("invalid conversion character: expected 's', 'r', or 'a'", self.pos + 1));
            }
            conversion = Some(conv as char);
            self.pos += 2;
            c = self.byte(self.pos).ok_or_else(|| err("expecting '}'", self.end))?;
        }
        let mut spec = Vec::new();
        if c == b':' {
            self.pos += 1;
            spec = self.pieces(level + 1)?;
            c = self.byte(self.pos).ok_or_else(|| err("expecting '}'", self.end))?;
        }
        if c != b'}' {
            return Err(err("expecting '}'", self.pos));
        }
        self.pos += 1;
        // CPython: `{x=}` without a conversion or spec shows the repr.
        if debug_text.is_some() && conversion.is_none() && spec.is_empty() && !self.had_colon(expr_end) {
            conversion = Some('r');
        }
        Ok(FPiece::Hole { start: expr_start, end: expr_end, conversion, spec, debug_text })
    }

    /// Whether the hole ending at `expr_end` had a (possibly empty) `:spec`.
    fn had_colon(&self, expr_end: usize) -> bool {
        self.src[expr_end..self.pos].contains(':')
    }
}
