//! The JSON scanner under `lib/json/decoder.py`: CPython 3.11's C scanner
//! (`Modules/_json.c`, `scan_once_unicode`) for the decoder without hooks.
//!
//! It walks the UTF-8 bytes of the document; positions are byte offsets
//! inside and become code-point indices only when an error is reported,
//! so the common all-valid path never counts characters.

use num_bigint::BigInt;

use crate::model::Model;
use crate::object::dict::{Dict, Key};
use crate::object::hash::hash_str;
use crate::object::{ExcType, PyErr, Value};
use crate::text::parse_number::parse_int;

/// Nesting deeper than this raises RecursionError, as CPython's recursion
/// limit (1000 by default) would: the scanner recurses natively.
const MAX_DEPTH: usize = 1000;

/// Why a scan stopped.
pub enum ScanError<M: Model> {
    /// A `JSONDecodeError(msg, doc, pos)`, `pos` in bytes.
    Decode(&'static str, usize),
    /// No value starts at this byte offset (CPython's StopIteration).
    NoValue(usize),
    /// Any other exception (RecursionError, int digit limit, lone surrogate).
    Py(PyErr<M>),
}

type Scan<T, M> = Result<T, ScanError<M>>;

/// A parsed value and the byte offset just after it.
type Scanned<M> = Scan<(Value<M>, usize), M>;

pub struct Scanner<'a> {
    s: &'a str,
    b: &'a [u8],
    strict: bool,
    depth: usize,
}

#[inline(always)]
fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'a> Scanner<'a> {
    pub fn new(s: &'a str, strict: bool) -> Scanner<'a> {
        Scanner { s, b: s.as_bytes(), strict, depth: 0 }
    }

    /// The code-point index of byte offset `pos`.
    pub fn char_index(&self, pos: usize) -> usize {
        let pos = pos.min(self.b.len());
        self.b[..pos].iter().filter(|&&c| c & 0xC0 != 0x80).count()
    }

    /// The byte offset of code-point index `idx` (clamped to the end).
    pub fn byte_offset(&self, idx: usize) -> usize {
        if self.s.is_ascii() {
            return idx.min(self.b.len());
        }
        self.s.char_indices().nth(idx).map_or(self.b.len(), |(i, _)| i)
    }

    /// The document's length in bytes.
    pub fn doc_len(&self) -> usize {
        self.b.len()
    }

    #[inline(always)]
    pub fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ws(self.b[i]) {
            i += 1;
        }
        i
    }

    #[inline(always)]
    fn at(&self, i: usize) -> u8 {
        if i < self.b.len() { self.b[i] } else { 0 }
    }

    /// One value starting exactly at `i`: `(value, end)`.
    pub fn scan_once<M: Model>(&mut self, i: usize) -> Scanned<M> {
        let b = self.b;
        if i >= b.len() {
            return Err(ScanError::NoValue(i));
        }
        let rest = &b[i..];
        match b[i] {
            b'"' => {
                let (s, end) = self.scan_string(i + 1)?;
                Ok((Value::str(s), end))
            }
            b'{' => self.nested(i, " while decoding a JSON object from a unicode string", Self::parse_object),
            b'[' => self.nested(i, " while decoding a JSON array from a unicode string", Self::parse_array),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((Value::Float(f64::NAN), i + 3)),
            b'I' if rest.starts_with(b"Infinity") => Ok((Value::Float(f64::INFINITY), i + 8)),
            b'-' if rest.starts_with(b"-Infinity") => Ok((Value::Float(f64::NEG_INFINITY), i + 9)),
            _ => self.parse_number(i),
        }
    }

    fn nested<M: Model>(&mut self, i: usize, context: &str, parse: fn(&mut Self, usize) -> Scanned<M>) -> Scanned<M> {
        if self.depth >= MAX_DEPTH {
            let msg = format!("maximum recursion depth exceeded{context}");
            return Err(ScanError::Py(PyErr::new(ExcType::RecursionError, msg)));
        }
        self.depth += 1;
        let r = parse(self, i + 1);
        self.depth -= 1;
        r
    }

    fn parse_number<M: Model>(&self, start: usize) -> Scanned<M> {
        let b = self.b;
        let n = b.len();
        let digit = |i: usize| i < n && b[i].is_ascii_digit();
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        if i < n && (b'1'..=b'9').contains(&b[i]) {
            i += 1;
            while digit(i) {
                i += 1;
            }
        } else if i < n && b[i] == b'0' {
            i += 1;
        } else {
            return Err(ScanError::NoValue(start));
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.s[start..i];
        if is_float {
            // Rust's parser rounds correctly, as CPython's `float()` does.
            let x: f64 = text.parse().map_err(|_| ScanError::Py(PyErr::value_error("bad float")))?;
            return Ok((Value::Float(x), i));
        }
        if text.len() <= 18 {
            let v: i64 = text.parse().map_err(|_| ScanError::Py(PyErr::value_error("bad int")))?;
            return Ok((Value::Int(v), i));
        }
        let big: BigInt = parse_int(text, 10).map_err(|msg| ScanError::Py(PyErr::value_error(msg)))?;
        Ok((Value::from_bigint(big), i))
    }

    /// The string whose body starts at `i` (just after the opening quote):
    /// `(text, end)` with `end` just after the closing quote.
    pub fn scan_string<M: Model>(&self, i: usize) -> Scan<(String, usize), M> {
        let b = self.b;
        let n = b.len();
        let begin = i - 1;
        let mut end = i;
        let mut out = String::new();
        loop {
            // The run up to the next quote or backslash.
            let mut next = end;
            while next < n {
                let c = b[next];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c < 0x20 && self.strict {
                    return Err(ScanError::Decode("Invalid control character at", next));
                }
                next += 1;
            }
            if next >= n {
                return Err(ScanError::Decode("Unterminated string starting at", begin));
            }
            if b[next] == b'"' && out.is_empty() {
                return Ok((self.s[end..next].to_string(), next + 1));
            }
            out.push_str(&self.s[end..next]);
            if b[next] == b'"' {
                return Ok((out, next + 1));
            }
            // A backslash escape.
            next += 1;
            if next == n {
                return Err(ScanError::Decode("Unterminated string starting at", begin));
            }
            let c = b[next];
            if c != b'u' {
                let ch = match c {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(ScanError::Decode("Invalid \\escape", next - 1)),
                };
                out.push(ch);
                end = next + 1;
                continue;
            }
            // `\uXXXX`, `next` at the `u`.
            let mut cp = self.hex4(next)?;
            end = next + 5;
            if (0xd800..0xdc00).contains(&cp) && end + 6 < n && b[end] == b'\\' && b[end + 1] == b'u' {
                let low = self.hex4(end + 1)?;
                if (0xdc00..0xe000).contains(&low) {
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                    end += 6;
                }
            }
            match char::from_u32(cp) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(ScanError::Py(PyErr::new(
                        ExcType::NotImplementedError,
                        "lone surrogate code points are not supported by minipy",
                    )));
                }
            }
        }
    }

    /// The four hex digits after the `u` at `u`.
    fn hex4<M: Model>(&self, u: usize) -> Scan<u32, M> {
        let b = self.b;
        // CPython wants a character after the digits (the closing quote at least).
        if u + 5 >= b.len() {
            return Err(ScanError::Decode("Invalid \\uXXXX escape", u));
        }
        let mut v = 0u32;
        for &c in &b[u + 1..u + 5] {
            let d = (c as char).to_digit(16).ok_or(ScanError::Decode("Invalid \\uXXXX escape", u))?;
            v = v * 16 + d;
        }
        Ok(v)
    }

    fn parse_object<M: Model>(&mut self, mut i: usize) -> Scanned<M> {
        let mut dict = Dict::new();
        i = self.skip_ws(i);
        if self.at(i) == b'}' {
            return Ok((Value::dict(dict), i + 1));
        }
        loop {
            if self.at(i) != b'"' {
                return Err(ScanError::Decode("Expecting property name enclosed in double quotes", i));
            }
            let (key, next) = self.scan_string(i + 1)?;
            i = self.skip_ws(next);
            if self.at(i) != b':' {
                return Err(ScanError::Decode("Expecting ':' delimiter", i));
            }
            i = self.skip_ws(i + 1);
            let (value, next) = self.scan_once(i)?;
            let hash = hash_str(&key);
            dict.insert(Key { hash, value: Value::str(key) }, value);
            i = self.skip_ws(next);
            match self.at(i) {
                b'}' if i < self.b.len() => return Ok((Value::dict(dict), i + 1)),
                b',' => {}
                _ => return Err(ScanError::Decode("Expecting ',' delimiter", i)),
            }
            i = self.skip_ws(i + 1);
        }
    }

    fn parse_array<M: Model>(&mut self, mut i: usize) -> Scanned<M> {
        let mut items = Vec::new();
        i = self.skip_ws(i);
        if i < self.b.len() && self.b[i] == b']' {
            return Ok((Value::list(items), i + 1));
        }
        loop {
            let (value, next) = self.scan_once(i)?;
            items.push(value);
            i = self.skip_ws(next);
            match self.at(i) {
                b']' if i < self.b.len() => return Ok((Value::list(items), i + 1)),
                b',' => {}
                _ => return Err(ScanError::Decode("Expecting ',' delimiter", i)),
            }
            i = self.skip_ws(i + 1);
        }
    }
}
