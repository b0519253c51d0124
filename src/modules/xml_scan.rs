//! `_minipy_xml.tokens`: the tokenizer under `lib/xml/etree/_scanner.py`.
//!
//! CPython's ElementTree parses with expat (C); written in Python, the
//! scanner cost about 230 bytecodes per tag. This native part cuts the
//! text into tokens and checks each one alone: names, quoting, references
//! (resolved), `]]>` in text, duplicate attributes, line-end
//! normalisation. What needs the document's state (open elements,
//! namespaces, the root) stays in Python.
//!
//! `tokens(text, pos, final)` returns `(tokens, new_pos)`. It stops before
//! a token that is not complete yet unless `final`. Offsets are code-point
//! indices into `text`. Tokens:
//! - `(0, name, attrs or None, empty, offset, declares)` a start tag
//!   (`declares`: an attribute is `xmlns` or `xmlns:...`);
//! - `(1, name, offset)` an end tag;
//! - `(2, text, offset)` character data (CDATA included);
//! - `(3, text)` a comment;
//! - `(4, target, text, offset)` a processing instruction (`xml` too);
//! - `(5, offset)` a `<!DOCTYPE ...>` declaration (skipped);
//! - `(9, code, offset)` an error (expat's code): always the last token.

use crate::model::Model;
use crate::object::dict::{Dict, Key};
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyErr, PyResult, Value};
use crate::vm::Vm;

use super::builtins_util::R;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("tokens", tokens)];
    super::registry::add_functions(vm, module, fns)
}

// expat's error codes, as `xml.parsers.expat.errors` numbers them.
const INVALID_TOKEN: i64 = 4;
const UNCLOSED_TOKEN: i64 = 5;
const DUPLICATE_ATTRIBUTE: i64 = 8;
const UNDEFINED_ENTITY: i64 = 11;
const BAD_CHAR_REF: i64 = 14;
const UNCLOSED_CDATA: i64 = 20;

/// A token-level error: expat's code and the byte offset it points at.
struct Bad(i64, usize);

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == ':' || (c as u32) >= 0xC0
}

fn is_name_char(c: char) -> bool {
    is_name_start(c) || c.is_ascii_digit() || c == '-' || c == '.' || c == '\u{B7}' || c.is_numeric()
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// Code-point indices of byte offsets, counted forward from the last one
/// asked for (offsets are asked for in increasing order).
struct Cursor<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    char: usize,
}

impl Cursor<'_> {
    fn index(&mut self, byte: usize) -> i64 {
        if self.ascii {
            return byte as i64;
        }
        if byte < self.byte {
            self.byte = 0;
            self.char = 0;
        }
        self.char += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.char as i64
    }
}

/// A complete start tag: where its name ends, the offset after it, its
/// attributes and whether it closes itself (`/>`).
struct StartTag<M: Model> {
    name_end: usize,
    end: usize,
    attrs: Option<Dict<M>>,
    empty: bool,
    declares: bool,
}

struct Tokenizer<'a> {
    text: &'a str,
    b: &'a [u8],
}

impl<'a> Tokenizer<'a> {
    /// The end of the name starting at `at`, or None if none starts there.
    fn name_end(&self, at: usize) -> Option<usize> {
        let mut chars = self.text[at..].char_indices();
        match chars.next() {
            Some((_, c)) if is_name_start(c) => {}
            _ => return None,
        }
        for (i, c) in chars {
            if !is_name_char(c) {
                return Some(at + i);
            }
        }
        Some(self.b.len())
    }

    fn skip_space(&self, mut at: usize) -> usize {
        while at < self.b.len() && is_space(self.b[at]) {
            at += 1;
        }
        at
    }

    /// `raw` (starting at byte `offset`) with line ends normalised and
    /// references resolved; `in_value` also turns literal white space into
    /// spaces, as an attribute value's normalisation does.
    fn resolve(&self, raw: &str, offset: usize, in_value: bool) -> Result<String, Bad> {
        let mut out = String::with_capacity(raw.len());
        let bytes = raw.as_bytes();
        let mut i = 0;
        let mut run = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'&' {
                out.push_str(&raw[run..i]);
                let semi = raw[i..].find(';').map(|k| i + k).ok_or(Bad(INVALID_TOKEN, offset + i + 1))?;
                let body = &raw[i + 1..semi];
                let ch = if let Some(hex) = body.strip_prefix("#x") {
                    Some(u32::from_str_radix(hex, 16).map_err(|_| Bad(INVALID_TOKEN, offset + i + 1))?)
                } else if let Some(dec) = body.strip_prefix('#') {
                    Some(dec.parse::<u32>().map_err(|_| Bad(INVALID_TOKEN, offset + i + 1))?)
                } else {
                    None
                };
                match ch {
                    Some(n) => match char::from_u32(n) {
                        Some(c) if n != 0 => out.push(c),
                        _ => return Err(Bad(BAD_CHAR_REF, offset + i)),
                    },
                    None => {
                        if body.is_empty() || self.name_end(offset + i + 1) != Some(offset + semi) {
                            return Err(Bad(INVALID_TOKEN, offset + i + 1));
                        }
                        out.push(match body {
                            "lt" => '<',
                            "gt" => '>',
                            "amp" => '&',
                            "quot" => '"',
                            "apos" => '\'',
                            _ => return Err(Bad(UNDEFINED_ENTITY, offset + i)),
                        });
                    }
                }
                i = semi + 1;
                run = i;
            } else if b == b'\r' || (in_value && (b == b'\n' || b == b'\t')) {
                out.push_str(&raw[run..i]);
                out.push(if in_value { ' ' } else { '\n' });
                if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                i += 1;
                run = i;
            } else {
                i += 1;
            }
        }
        out.push_str(&raw[run..]);
        Ok(out)
    }

    /// The start tag at `pos` (the `<`); None if it is not complete yet.
    fn start_tag<M: Model>(&self, pos: usize) -> Result<Option<StartTag<M>>, Bad> {
        let name_end = self.name_end(pos + 1).ok_or(Bad(INVALID_TOKEN, pos + 1))?;
        let mut at = name_end;
        let mut attrs: Option<Dict<M>> = None;
        let mut declares = false;
        loop {
            let spaced = self.skip_space(at);
            if spaced >= self.b.len() {
                return Ok(None);
            }
            match self.b[spaced] {
                b'>' => return Ok(Some(StartTag { name_end, end: spaced + 1, attrs, empty: false, declares })),
                b'/' => {
                    if spaced + 1 >= self.b.len() {
                        return Ok(None);
                    }
                    if self.b[spaced + 1] != b'>' {
                        return Err(Bad(INVALID_TOKEN, spaced + 1));
                    }
                    return Ok(Some(StartTag { name_end, end: spaced + 2, attrs, empty: true, declares }));
                }
                _ => {}
            }
            if spaced == at {
                return Err(Bad(INVALID_TOKEN, at));
            }
            let key_end = self.name_end(spaced).ok_or(Bad(INVALID_TOKEN, spaced))?;
            let eq = self.skip_space(key_end);
            if eq >= self.b.len() {
                return Ok(None);
            }
            if self.b[eq] != b'=' {
                return Err(Bad(INVALID_TOKEN, eq));
            }
            let quote_at = self.skip_space(eq + 1);
            if quote_at >= self.b.len() {
                return Ok(None);
            }
            let quote = self.b[quote_at];
            if quote != b'"' && quote != b'\'' {
                return Err(Bad(INVALID_TOKEN, quote_at));
            }
            let Some(close) = self.b[quote_at + 1..].iter().position(|&c| c == quote).map(|k| quote_at + 1 + k) else {
                return Ok(None);
            };
            let raw = &self.text[quote_at + 1..close];
            if let Some(lt) = raw.find('<') {
                return Err(Bad(INVALID_TOKEN, quote_at + 1 + lt));
            }
            let value = if raw.bytes().any(|c| matches!(c, b'&' | b'\r' | b'\n' | b'\t')) {
                self.resolve(raw, quote_at + 1, true)?
            } else {
                raw.to_string()
            };
            let dict = attrs.get_or_insert_with(Dict::new);
            let name = &self.text[spaced..key_end];
            declares |= name.strip_prefix("xmlns").is_some_and(|rest| rest.is_empty() || rest.starts_with(':'));
            let key = Key::str(name);
            if dict.contains_key(&key) {
                return Err(Bad(DUPLICATE_ATTRIBUTE, spaced));
            }
            dict.insert(key, Value::str(value));
            at = close + 1;
        }
    }

    /// The offset after a `<!...>` declaration starting at `pos` (an
    /// internal subset in brackets may hold `>`), None if not complete.
    fn declaration_end(&self, pos: usize) -> Option<usize> {
        let mut depth = 0i32;
        let mut at = pos + 2;
        while at < self.b.len() {
            match self.b[at] {
                b'[' => depth += 1,
                b']' => depth -= 1,
                b'>' if depth <= 0 => return Some(at + 1),
                q @ (b'"' | b'\'') => at += 1 + self.b[at + 1..].iter().position(|&c| c == q)?,
                _ => {}
            }
            at += 1;
        }
        None
    }
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|k| from + k)
}

fn char_to_byte(text: &str, index: usize) -> usize {
    if text.is_ascii() {
        return index.min(text.len());
    }
    text.char_indices().nth(index).map_or(text.len(), |(b, _)| b)
}

fn tokens<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("tokens", 3, 3)?;
    let text = args.pos[0].as_str().ok_or_else(|| PyErr::type_error("tokens: text must be str"))?;
    let Value::Int(pos) = args.pos[1] else { return Err(PyErr::type_error("tokens: pos must be int")) };
    let final_ = matches!(args.pos[2], Value::Bool(true));
    let t = Tokenizer { text, b: text.as_bytes() };
    let mut cursor = Cursor { text, ascii: text.is_ascii(), byte: 0, char: 0 };
    let mut out: Vec<Value<M>> = Vec::new();
    let mut pos = char_to_byte(text, pos.max(0) as usize);
    let len = t.b.len();
    // A token cut off at the end: wait for more text, or (at the end of
    // the document) the error it is.
    let unfinished = |code: i64, at: usize| if final_ { Err(Bad(code, at)) } else { Ok(()) };
    let result = loop {
        if pos >= len {
            break Ok(());
        }
        let start = pos;
        if t.b[pos] != b'<' {
            let stop = match t.b[pos..].iter().position(|&c| c == b'<') {
                Some(k) => pos + k,
                None if final_ => len,
                None => break Ok(()),
            };
            let raw = &text[pos..stop];
            if let Some(k) = raw.find("]]>") {
                break Err(Bad(INVALID_TOKEN, pos + k + 2));
            }
            let data = if raw.bytes().any(|c| c == b'&' || c == b'\r') {
                match t.resolve(raw, pos, false) {
                    Ok(s) => s,
                    Err(bad) => break Err(bad),
                }
            } else {
                raw.to_string()
            };
            out.push(Value::tuple(vec![Value::Int(2), Value::str(data), Value::Int(cursor.index(start))]));
            pos = stop;
            continue;
        }
        let rest = &t.b[pos..];
        if rest.starts_with(b"</") {
            let Some(name_end) = t.name_end(pos + 2) else {
                if pos + 2 >= len {
                    break unfinished(UNCLOSED_TOKEN, pos);
                }
                break Err(Bad(INVALID_TOKEN, pos + 2));
            };
            let close = t.skip_space(name_end);
            if close >= len {
                break unfinished(UNCLOSED_TOKEN, pos);
            }
            if t.b[close] != b'>' {
                break Err(Bad(INVALID_TOKEN, close));
            }
            let name = Value::str(&text[pos + 2..name_end]);
            out.push(Value::tuple(vec![Value::Int(1), name, Value::Int(cursor.index(start))]));
            pos = close + 1;
        } else if rest.starts_with(b"<!--") {
            let Some(close) = find(t.b, pos + 4, b"-->") else {
                break unfinished(UNCLOSED_TOKEN, pos);
            };
            let body = text[pos + 4..close].replace("\r\n", "\n").replace('\r', "\n");
            out.push(Value::tuple(vec![Value::Int(3), Value::str(body)]));
            pos = close + 3;
        } else if rest.starts_with(b"<![CDATA[") {
            let Some(close) = find(t.b, pos + 9, b"]]>") else {
                break unfinished(UNCLOSED_CDATA, len);
            };
            let body = text[pos + 9..close].replace("\r\n", "\n").replace('\r', "\n");
            out.push(Value::tuple(vec![Value::Int(2), Value::str(body), Value::Int(cursor.index(start))]));
            pos = close + 3;
        } else if rest.starts_with(b"<?") {
            let Some(close) = find(t.b, pos + 2, b"?>") else {
                break unfinished(UNCLOSED_TOKEN, pos);
            };
            let Some(target_end) = t.name_end(pos + 2).filter(|&e| e <= close) else {
                break Err(Bad(INVALID_TOKEN, pos + 2));
            };
            let body = text[target_end..close].trim_start().replace("\r\n", "\n").replace('\r', "\n");
            out.push(Value::tuple(vec![
                Value::Int(4),
                Value::str(&text[pos + 2..target_end]),
                Value::str(body),
                Value::Int(cursor.index(start)),
            ]));
            pos = close + 2;
        } else if rest.starts_with(b"<!") {
            let Some(end) = t.declaration_end(pos) else {
                break unfinished(UNCLOSED_TOKEN, pos);
            };
            if !rest.starts_with(b"<!DOCTYPE") {
                break Err(Bad(INVALID_TOKEN, pos + 2));
            }
            out.push(Value::tuple(vec![Value::Int(5), Value::Int(cursor.index(start))]));
            pos = end;
        } else if pos + 1 >= len {
            break unfinished(UNCLOSED_TOKEN, pos);
        } else {
            match t.start_tag::<M>(pos) {
                Ok(Some(StartTag { name_end, end, attrs, empty, declares })) => {
                    let attrs = attrs.map_or(Value::None, Value::dict);
                    out.push(Value::tuple(vec![
                        Value::Int(0),
                        Value::str(&text[pos + 1..name_end]),
                        attrs,
                        Value::Bool(empty),
                        Value::Int(cursor.index(start)),
                        Value::Bool(declares),
                    ]));
                    pos = end;
                }
                Ok(None) => break unfinished(UNCLOSED_TOKEN, pos),
                Err(bad) => break Err(bad),
            }
        }
    };
    if let Err(Bad(code, at)) = result {
        out.push(Value::tuple(vec![Value::Int(9), Value::Int(code), Value::Int(cursor.index(at))]));
    }
    let new_pos = Value::Int(cursor.index(pos));
    Ok(Value::tuple(vec![Value::list(out), new_pos]))
}
