//! String and bytes literals: finding where a literal ends, and decoding
//! its escapes.

use super::line_of;
use crate::ast::Span;
use crate::diagnostics::SyntaxError;

/// What the prefix of a string literal asked for.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

impl Prefix {
    pub fn parse(prefix: &str) -> Prefix {
        let mut p = Prefix::default();
        for c in prefix.chars() {
            match c.to_ascii_lowercase() {
                'r' => p.raw = true,
                'b' => p.bytes = true,
                'f' => p.fstring = true,
                _ => {}
            }
        }
        p
    }
}

/// Finds the end of the literal whose opening quote(s) end at `body`.
/// Returns (content end, literal end).
pub(crate) fn scan_body(
    src: &str,
    tok_start: usize,
    body: usize,
    quote: u8,
    triple: bool,
) -> Result<(usize, usize), SyntaxError> {
    let b = src.as_bytes();
    let mut i = body;
    loop {
        let Some(&c) = b.get(i) else {
            let what = if triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
            return Err(SyntaxError::new(
                // The last line of the file, not the empty one after its final newline.
                format!("{what} (detected at line {})", line_of(src, src.len().saturating_sub(1))),
                Span::new(tok_start, tok_start + 1),
            ));
        };
        match c {
            b'\\' => {
                i += 1;
                match b.get(i) {
                    Some(b'\r') if b.get(i + 1) == Some(&b'\n') => i += 2,
                    Some(_) => i += utf8_len(b[i]),
                    None => {}
                }
            }
            b'\n' | b'\r' if !triple => {
                return Err(SyntaxError::new(
                    format!("unterminated string literal (detected at line {})", line_of(src, i)),
                    Span::new(tok_start, tok_start + 1),
                ));
            }
            _ if c == quote => {
                if !triple {
                    return Ok((i, i + 1));
                }
                if b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                    return Ok((i, i + 3));
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// CPython reads source with universal newlines, so `\r\n` and `\r` inside
/// literals are `\n`.
fn next_char(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<(usize, char)> {
    let (i, c) = chars.next()?;
    if c == '\r' {
        if let Some(&(_, '\n')) = chars.peek() {
            chars.next();
        }
        return Some((i, '\n'));
    }
    Some((i, c))
}

fn unicode_error(what: &str, from: usize, to: usize, at: Span) -> SyntaxError {
    SyntaxError::new(
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {what}"),
        at,
    )
}

/// Decodes the body of a str literal. `at` is where errors point.
pub(crate) fn decode_str(content: &str, raw: bool, at: Span) -> Result<String, SyntaxError> {
    let mut out = String::with_capacity(content.len());
    let mut chars = content.char_indices().peekable();
    while let Some((i, c)) = next_char(&mut chars) {
        if c != '\\' || raw {
            out.push(c);
            continue;
        }
        let Some((_, e)) = next_char(&mut chars) else {
            return Err(unicode_error("\\ at end of string", i, i, at));
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                let mut read = 0;
                while read < n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                            read += 1;
                        }
                        _ => break,
                    }
                }
                if read < n {
                    return Err(unicode_error(name, i, i + 1 + read, at));
                }
                if (0xD800..0xE000).contains(&v) {
                    return Err(SyntaxError::new(
                        format!("lone surrogate escape \\{e}{v:x} is not supported by minipy"),
                        at,
                    ));
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error("illegal Unicode character", i, i + 1 + n, at));
                    }
                }
            }
            'N' => {
                return Err(SyntaxError::new("\\N{...} escapes are not supported by minipy", at));
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decodes the body of a bytes literal.
pub(crate) fn decode_bytes(content: &str, raw: bool, at: Span) -> Result<Vec<u8>, SyntaxError> {
    if !content.is_ascii() {
        return Err(SyntaxError::new("bytes can only contain ASCII literal characters", at));
    }
    let mut out = Vec::with_capacity(content.len());
    let mut chars = content.char_indices().peekable();
    while let Some((i, c)) = next_char(&mut chars) {
        if c != '\\' || raw {
            out.push(c as u8);
            continue;
        }
        let Some((_, e)) = next_char(&mut chars) else {
            return Err(SyntaxError::new(format!("(value error) Trailing \\ in string at position {i}"), at));
        };
        match e {
            '\n' => {}
            '\\' => out.push(b'\\'),
            '\'' => out.push(b'\''),
            '"' => out.push(b'"'),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(b'\n'),
            'r' => out.push(b'\r'),
            't' => out.push(b'\t'),
            'v' => out.push(11),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            'x' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v * 16 + d.to_digit(16).unwrap_or(0);
                            chars.next();
                        }
                        _ => {
                            return Err(SyntaxError::new(
                                format!("(value error) invalid \\x escape at position {i}"),
                                at,
                            ));
                        }
                    }
                }
                out.push(v as u8);
            }
            other => {
                out.push(b'\\');
                out.push(other as u8);
            }
        }
    }
    Ok(out)
}
