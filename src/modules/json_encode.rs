//! The JSON encoder under `lib/json/encoder.py`: CPython 3.11's one-shot
//! encoding (`c_make_encoder`, or `_make_iterencode` with an indent) for
//! the values JSON knows.
//!
//! Anything unusual — an object that needs `default()`, a dict subclass
//! with its own `items()`, a bad key, a circular reference, a float out of
//! range without `allow_nan`, very deep nesting — makes the encoder give up
//! (`None`), and the Python encoder redoes the work: it raises CPython's
//! exact errors and calls back into Python where CPython would. Encoding has
//! no side effects before that point, so starting over is invisible.

use crate::model::{Model, ObjCell};
use crate::object::{ObjKind, Value};
use crate::text::float_repr::float_repr;
use crate::text::int_format::exceeds_str_digits;

/// Deeper nesting is left to the Python encoder (which raises
/// RecursionError as CPython does).
const MAX_DEPTH: usize = 900;

pub struct Options {
    pub ensure_ascii: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    pub skipkeys: bool,
    pub check_circular: bool,
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
}

/// Gave up: let the Python encoder do it.
pub struct Bail;

type Enc = Result<(), Bail>;

pub struct Encoder<'o> {
    opts: &'o Options,
    pub out: String,
    /// The containers being encoded (for the circular reference check).
    stack: Vec<usize>,
    depth: usize,
}

/// What a value is, seen through a subclass instance to its built-in payload.
enum Shape<'v, M: Model> {
    Text(String),
    Str(&'v str),
    Seq(&'v Value<M>),
    Map(&'v Value<M>),
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u(out: &mut String, cp: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((cp >> shift) & 0xf) as usize] as char);
    }
}

/// `encode_basestring_ascii` / `encode_basestring`.
pub fn encode_str(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    let bytes = s.as_bytes();
    let plain = |c: u8| c >= 0x20 && c != b'"' && c != b'\\' && (!ensure_ascii || c < 0x7f);
    if bytes.iter().all(|&c| plain(c)) {
        out.push_str(s);
        out.push('"');
        return;
    }
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => push_u(out, c as u32),
            c if !ensure_ascii || (c as u32) < 0x7f => out.push(c),
            c => {
                let cp = c as u32;
                if cp < 0x10000 {
                    push_u(out, cp);
                } else {
                    let v = cp - 0x10000;
                    push_u(out, 0xd800 | ((v >> 10) & 0x3ff));
                    push_u(out, 0xdc00 | (v & 0x3ff));
                }
            }
        }
    }
    out.push('"');
}

/// Whether a key is a number, whose text may fail (a float out of range
/// without `allow_nan`, an int past the digit limit): that is an error,
/// never a skipped key.
fn is_number<M: Model>(k: &Value<M>) -> bool {
    let number = |v: &Value<M>| match v {
        Value::Int(_) | Value::Float(_) => true,
        Value::Obj(o) => matches!(o.kind, ObjKind::BigInt(_)),
        _ => false,
    };
    match k {
        Value::Obj(o) => match &o.kind {
            ObjKind::Instance(i) => i.payload.as_ref().is_some_and(number),
            _ => number(k),
        },
        _ => number(k),
    }
}

impl<'o> Encoder<'o> {
    pub fn new(opts: &'o Options) -> Encoder<'o> {
        Encoder { opts, out: String::new(), stack: Vec::new(), depth: 0 }
    }

    fn float_text(&self, x: f64) -> Result<String, Bail> {
        if x.is_finite() {
            return Ok(float_repr(x));
        }
        if !self.opts.allow_nan {
            return Err(Bail);
        }
        Ok(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// The text of a number (int, float or a subclass's payload).
    fn number_text<M: Model>(&self, v: &Value<M>) -> Result<Option<String>, Bail> {
        Ok(Some(match v {
            Value::Int(i) => i.to_string(),
            Value::Float(x) => self.float_text(*x)?,
            Value::Obj(o) => match &o.kind {
                ObjKind::BigInt(b) => {
                    let text = b.to_string();
                    if exceeds_str_digits(text.trim_start_matches('-').len()) {
                        return Err(Bail);
                    }
                    text
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        }))
    }

    fn shape<'v, M: Model>(&self, v: &'v Value<M>) -> Result<Shape<'v, M>, Bail> {
        let Value::Obj(o) = v else {
            return Ok(Shape::Text(match v {
                Value::None => "null".to_string(),
                Value::Bool(true) => "true".to_string(),
                Value::Bool(false) => "false".to_string(),
                _ => self.number_text(v)?.ok_or(Bail)?,
            }));
        };
        Ok(match &o.kind {
            ObjKind::Str(s) => Shape::Str(s.as_str()),
            ObjKind::BigInt(_) => Shape::Text(self.number_text(v)?.ok_or(Bail)?),
            ObjKind::List(_) | ObjKind::Tuple(_) => Shape::Seq(v),
            ObjKind::Dict(_) => Shape::Map(v),
            ObjKind::Instance(inst) => {
                let payload = inst.payload.as_ref().ok_or(Bail)?;
                match payload {
                    Value::Int(_) | Value::Float(_) => Shape::Text(self.number_text(payload)?.ok_or(Bail)?),
                    Value::Obj(p) => match &p.kind {
                        ObjKind::Str(s) => Shape::Str(s.as_str()),
                        ObjKind::BigInt(_) => Shape::Text(self.number_text(payload)?.ok_or(Bail)?),
                        ObjKind::List(_) | ObjKind::Tuple(_) => Shape::Seq(payload),
                        // CPython calls `items()` on a dict subclass: only
                        // dict's own is done here.
                        ObjKind::Dict(_) if inst.builtin_view("items").is_some() => Shape::Map(payload),
                        _ => return Err(Bail),
                    },
                    _ => return Err(Bail),
                }
            }
            _ => return Err(Bail),
        })
    }

    pub fn value<M: Model>(&mut self, v: &Value<M>) -> Enc {
        match self.shape(v)? {
            Shape::Text(t) => self.out.push_str(&t),
            Shape::Str(s) => encode_str(&mut self.out, s, self.opts.ensure_ascii),
            Shape::Seq(c) => self.container(c, false)?,
            Shape::Map(c) => self.container(c, true)?,
        }
        Ok(())
    }

    fn container<M: Model>(&mut self, c: &Value<M>, is_map: bool) -> Enc {
        let Value::Obj(o) = c else { return Err(Bail) };
        if self.depth >= MAX_DEPTH {
            return Err(Bail);
        }
        let addr = o.addr();
        if self.opts.check_circular && self.stack.contains(&addr) {
            return Err(Bail);
        }
        // A snapshot, so no object lock is held while nested containers
        // are visited (free-threaded mode locks each container).
        let (open, close) = if is_map { ('{', '}') } else { ('[', ']') };
        self.stack.push(addr);
        self.depth += 1;
        let r = match &o.kind {
            ObjKind::List(l) => {
                let items = l.with(|v| v.clone());
                self.items(&items, open, close)
            }
            ObjKind::Tuple(t) => self.items(t, open, close),
            ObjKind::Dict(d) => {
                let mut entries = d.with(|d| d.iter().map(|(k, v)| (k.value.clone(), v.clone())).collect::<Vec<_>>());
                if self.opts.sort_keys && entries.len() > 1 {
                    // Only str keys are sorted here (mixed keys may raise).
                    if !entries.iter().all(|(k, _)| matches!(k.kind(), Some(ObjKind::Str(_)))) {
                        return Err(Bail);
                    }
                    entries.sort_by(|a, b| a.0.as_str().cmp(&b.0.as_str()));
                }
                self.entries(&entries)
            }
            _ => Err(Bail),
        };
        self.depth -= 1;
        self.stack.pop();
        r
    }

    /// Open a non-empty container: the bracket and, with an indent, the
    /// new line; returns the separator between items.
    fn open(&mut self, bracket: char) -> String {
        self.out.push(bracket);
        match &self.opts.indent {
            Some(ind) => {
                let mut nl = String::from("\n");
                for _ in 0..self.depth {
                    nl.push_str(ind);
                }
                self.out.push_str(&nl);
                format!("{}{nl}", self.opts.item_sep)
            }
            None => self.opts.item_sep.clone(),
        }
    }

    fn close(&mut self, bracket: char) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 1..self.depth {
                self.out.push_str(ind);
            }
        }
        self.out.push(bracket);
    }

    fn items<M: Model>(&mut self, items: &[Value<M>], open: char, close: char) -> Enc {
        if items.is_empty() {
            self.out.push(open);
            self.out.push(close);
            return Ok(());
        }
        let sep = self.open(open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&sep);
            }
            self.value(item)?;
        }
        self.close(close);
        Ok(())
    }

    /// A dict key as text (`None`: skipped under `skipkeys`).
    fn key_text<M: Model>(&self, k: &Value<M>) -> Result<Option<String>, Bail> {
        let text = match k {
            Value::None => "null".to_string(),
            Value::Bool(b) => (if *b { "true" } else { "false" }).to_string(),
            _ => match self.shape(k) {
                Ok(Shape::Str(s)) => s.to_string(),
                Ok(Shape::Text(t)) => t,
                // Containers and other objects are not keys.
                _ if self.opts.skipkeys && !is_number(k) => return Ok(None),
                _ => return Err(Bail),
            },
        };
        Ok(Some(text))
    }

    fn entries<M: Model>(&mut self, entries: &[(Value<M>, Value<M>)]) -> Enc {
        if entries.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let sep = self.open('{');
        let mut first = true;
        for (k, v) in entries {
            let Some(key) = self.key_text(k)? else { continue };
            if !first {
                self.out.push_str(&sep);
            }
            first = false;
            encode_str(&mut self.out, &key, self.opts.ensure_ascii);
            self.out.push_str(&self.opts.key_sep);
            self.value(v)?;
        }
        self.close('}');
        Ok(())
    }
}
