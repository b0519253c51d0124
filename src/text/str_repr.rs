//! `repr()` of str and bytes, and `ascii()`.
//!
//! Mirrors CPython 3.11's `unicode_repr` and `PyBytes_Repr`: single quotes
//! unless the text contains `'` but no `"`; `\\`, `\n`, `\r`, `\t` and the
//! chosen quote escaped by name; other non-printable characters as `\xhh`,
//! `\uhhhh` or `\Uhhhhhhhh` (lower-case hex). "Printable" is
//! `str.isprintable`, from CPython's own tables ([`super::chars`]).

use std::fmt::Write;

use super::chars::is_printable;

fn choose_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// Appends `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for `c`.
fn push_hex_escape(out: &mut String, c: char) {
    let cp = c as u32;
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

/// `repr(s)` for a str.
pub fn str_repr(s: &str) -> String {
    repr_with(s, false)
}

/// `ascii(s)` for a str: like [`str_repr`] but every non-ASCII character
/// is escaped too.
pub fn str_ascii_repr(s: &str) -> String {
    repr_with(s, true)
}

fn repr_with(s: &str, ascii_only: bool) -> String {
    let quote = choose_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if c.is_ascii() => push_hex_escape(&mut out, c),
            c if !ascii_only && is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// Escapes every non-ASCII character of `s` as `\xhh`/`\uhhhh`/`\Uhhhhhhhh`
/// and leaves the rest alone: what `ascii(obj)` does to `repr(obj)`.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

/// `repr(b)` for bytes: `b'...'`, with `\xhh` for bytes outside 0x20..0x7e.
/// The `b'...'` inside a bytearray's repr: as for bytes, except that a
/// single quote is escaped even inside double quotes (CPython's quirk).
pub fn bytearray_repr(b: &[u8]) -> String {
    let r = bytes_repr(b);
    match r.strip_prefix("b\"") {
        Some(rest) => format!("b\"{}", rest.replace('\'', "\\'")),
        None => r,
    }
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = choose_quote(b.contains(&b'\''), b.contains(&b'"')) as u8;
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            q if q == quote => {
                out.push('\\');
                out.push(q as char);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
    }
    out.push(quote as char);
    out
}
