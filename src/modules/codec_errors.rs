//! The `errors=` handlers of `str.encode` and `bytes.decode` for the codecs
//! minipy has (utf-8, ascii, latin-1): strict (CPython's messages, with the
//! right UTF-8 reason), ignore, replace, backslashreplace and (encoding)
//! xmlcharrefreplace.

use crate::model::Model;
use crate::object::{ExcType, PyErr};

fn unknown_handler<M: Model>(errors: &str) -> PyErr<M> {
    PyErr::new(ExcType::LookupError, format!("unknown error handler name '{errors}'"))
}

/// The codec a name stands for ("utf-8", "ascii" or "latin-1"), given the
/// name lower-cased with `_` made `-`; CPython's aliases (us-ascii, utf8,
/// iso-8859-1, ...) name the same codec.
pub fn codec_named(name: &str) -> Option<&'static str> {
    match name {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some("utf-8"),
        "ascii" | "us-ascii" | "646" | "us" => Some("ascii"),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin" => Some("latin-1"),
        _ => None,
    }
}

/// `s.encode(codec, errors)` for ascii (`limit` 128) or latin-1 (256).
pub fn encode_narrow<M: Model>(s: &str, codec: &str, limit: u32, errors: &str) -> Result<Vec<u8>, PyErr<M>> {
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let n = c as u32;
        if n < limit {
            out.push(n as u8);
            continue;
        }
        match errors {
            "strict" => {
                return Err(PyErr::new(
                    ExcType::UnicodeEncodeError,
                    format!(
                        "'{codec}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                        escape(c)
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend(escape(c).bytes()),
            "xmlcharrefreplace" => out.extend(format!("&#{n};").bytes()),
            _ => return Err(unknown_handler(errors)),
        }
    }
    Ok(out)
}

/// How CPython writes a character in an encode error or a backslash escape:
/// `\xe9`, `\u20ac`, `\U0001f600`.
pub fn escape(c: char) -> String {
    match c as u32 {
        n if n <= 0xff => format!("\\x{n:02x}"),
        n if n <= 0xffff => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// `b.decode('ascii', errors)`.
pub fn decode_ascii<M: Model>(b: &[u8], errors: &str) -> Result<String, PyErr<M>> {
    let mut out = String::with_capacity(b.len());
    for (pos, &x) in b.iter().enumerate() {
        if x < 128 {
            out.push(x as char);
            continue;
        }
        match errors {
            "strict" => {
                return Err(PyErr::new(
                    ExcType::UnicodeDecodeError,
                    format!("'ascii' codec can't decode byte 0x{x:02x} in position {pos}: ordinal not in range(128)"),
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => out.push_str(&format!("\\x{x:02x}")),
            _ => return Err(unknown_handler(errors)),
        }
    }
    Ok(out)
}

/// `b.decode('utf-8', errors)`: each maximal invalid subsequence is one
/// error, as in CPython.
pub fn decode_utf8<M: Model>(b: &[u8], errors: &str) -> Result<String, PyErr<M>> {
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    for chunk in b.utf8_chunks() {
        out.push_str(chunk.valid());
        pos += chunk.valid().len();
        let bad = chunk.invalid();
        if bad.is_empty() {
            continue;
        }
        match errors {
            "strict" => {
                let at_end = pos + bad.len() == b.len() && is_truncated(bad);
                let reason = if at_end {
                    "unexpected end of data"
                } else if bad.len() == 1 && !(0xc2..=0xf4).contains(&bad[0]) {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                let what = if bad.len() == 1 {
                    format!("byte 0x{:02x} in position {pos}", bad[0])
                } else {
                    format!("bytes in position {pos}-{}", pos + bad.len() - 1)
                };
                return Err(PyErr::new(
                    ExcType::UnicodeDecodeError,
                    format!("'utf-8' codec can't decode {what}: {reason}"),
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for x in bad {
                    out.push_str(&format!("\\x{x:02x}"));
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        pos += bad.len();
    }
    Ok(out)
}

/// Whether `bad` is the valid start of a multi-byte sequence cut short.
fn is_truncated(bad: &[u8]) -> bool {
    let need = match bad[0] {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return false,
    };
    bad.len() < need
}
