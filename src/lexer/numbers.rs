//! Numeric literals, scanned by hand so that malformed ones get CPython's
//! messages and caret positions (CPython puts the caret one character
//! before the character that made the literal invalid).

use super::token::Token;
use crate::ast::Span;
use crate::diagnostics::SyntaxError;
use num_bigint::BigUint;

fn err(msg: impl Into<String>, at: usize) -> SyntaxError {
    SyntaxError::new(msg, Span::new(at, at + 1))
}

/// Where CPython puts the caret for an error detected at `pos`.
fn before(pos: usize, start: usize) -> usize {
    pos.saturating_sub(1).max(start)
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii()
}

/// Scans a number starting at `start` (a digit, or `.` followed by a digit).
/// Returns the token and the offset just past it.
pub(crate) fn scan_number(src: &str, start: usize) -> Result<(Token, usize), SyntaxError> {
    let b = src.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = start;
    if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (radix, kind) = match at(i + 1) {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            _ => (2, "binary"),
        };
        i += 2;
        let mut digits = String::new();
        loop {
            let mut c = at(i);
            if c == b'_' {
                i += 1;
                c = at(i);
                if !(c as char).is_digit(radix) {
                    return Err(err(format!("invalid {kind} literal"), before(i, start)));
                }
            }
            if (c as char).is_digit(radix) {
                digits.push(c as char);
                i += 1;
                continue;
            }
            if digits.is_empty() {
                if radix != 16 && c.is_ascii_digit() {
                    return Err(err(format!("invalid digit '{}' in {kind} literal", c as char), i));
                }
                return Err(err(format!("invalid {kind} literal"), before(i, start)));
            }
            if radix != 16 && c.is_ascii_digit() {
                return Err(err(format!("invalid digit '{}' in {kind} literal", c as char), i));
            }
            break;
        }
        verify_end(src, i, start, kind)?;
        let value =
            BigUint::parse_bytes(digits.as_bytes(), radix).map(|v| v.to_string()).unwrap_or_else(|| "0".to_string());
        return Ok((Token::Int(value), i));
    }

    let mut text = String::new();
    let mut is_float = false;
    if at(i) != b'.' {
        i = decimal_tail(src, i, start, &mut text)?;
    }
    if at(i) == b'.' {
        is_float = true;
        text.push('.');
        i += 1;
        if at(i).is_ascii_digit() {
            i = decimal_tail(src, i, start, &mut text)?;
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let e = i;
        let mut j = i + 1;
        let mut exp = String::from("e");
        if matches!(at(j), b'+' | b'-') {
            exp.push(at(j) as char);
            j += 1;
            if !at(j).is_ascii_digit() {
                return Err(err("invalid decimal literal", before(j, start)));
            }
        }
        if at(j).is_ascii_digit() {
            i = decimal_tail(src, j, start, &mut exp)?;
            text.push_str(&exp);
            is_float = true;
        } else {
            // `1else` is valid Python; anything else glued to `1e` is not.
            verify_end(src, e, start, "decimal")?;
            i = e;
        }
    }
    if matches!(at(i), b'j' | b'J') {
        // An imaginary literal: the digits are read as a float whatever
        // their form (`1j`, `01j`, `1e3j`, `1_0j`).
        i += 1;
        verify_end(src, i, start, "imaginary")?;
        let value: f64 = text.parse().unwrap_or(f64::INFINITY);
        return Ok((Token::Imag(value), i));
    }
    verify_end(src, i, start, "decimal")?;
    if is_float {
        let value: f64 = text.parse().unwrap_or(f64::INFINITY);
        return Ok((Token::Float(value), i));
    }
    let trimmed = text.trim_start_matches('0');
    if trimmed.is_empty() {
        return Ok((Token::Int("0".to_string()), i));
    }
    if text.starts_with('0') {
        return Err(SyntaxError::new(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            Span::new(start, start + 1),
        ));
    }
    Ok((Token::Int(trimmed.to_string()), i))
}

/// Digits with single underscores between them; returns the end offset.
fn decimal_tail(src: &str, mut i: usize, start: usize, out: &mut String) -> Result<usize, SyntaxError> {
    let b = src.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    loop {
        while at(i).is_ascii_digit() {
            out.push(at(i) as char);
            i += 1;
        }
        if at(i) != b'_' {
            return Ok(i);
        }
        i += 1;
        if !at(i).is_ascii_digit() {
            return Err(err("invalid decimal literal", before(i, start)));
        }
    }
}

/// A number may not run into an identifier, except for the keywords that
/// can legally follow one (`1if x else 2`).
fn verify_end(src: &str, i: usize, start: usize, kind: &str) -> Result<(), SyntaxError> {
    let rest = &src[i..];
    let Some(c) = rest.chars().next() else {
        return Ok(());
    };
    if !is_ident_char(c) {
        return Ok(());
    }
    let allowed = ["and", "else", "for", "if", "in", "is", "or", "not"];
    if allowed.iter().any(|k| rest.starts_with(k)) {
        return Ok(());
    }
    Err(err(format!("invalid {kind} literal"), before(i, start)))
}
