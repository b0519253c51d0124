//! `_re`: the matching engine under `lib/re.py`.
//!
//! Patterns are translated from Python's syntax (`re_translate`) and
//! compiled with fancy-regex once per process; a compiled pattern is an
//! integer id shared by every interpreter (the regexes are `Send + Sync`).
//! The Python side keeps the `Pattern`/`Match` objects and asks for spans:
//! every position crossing this boundary is in characters (Python str
//! indices), converted from the engine's byte offsets here.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, OnceLock};

use fancy_regex::{Regex, RegexBuilder, RegexInput};
use parking_lot::Mutex;

use super::builtins_util::{R, int_arg};
use super::re_translate::{ReError, translate};
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyErr, PyResult, Value};
use crate::vm::Vm;

/// CPython's `re` never gives up; a backtracking engine must. Past this many
/// steps a search raises instead of running for minutes.
const BACKTRACK_LIMIT: usize = 50_000_000;

struct Compiled {
    /// The translated pattern (for the derived variants).
    source: String,
    regex: Regex,
    /// `(?:pattern)\z`, for `fullmatch`.
    full: OnceLock<Option<Regex>>,
    /// The pattern refusing empty matches, for the search after an empty
    /// match (CPython may not return an empty match at the same place twice).
    not_empty: OnceLock<Option<Regex>>,
}

fn build(pattern: &str, not_empty: bool) -> Result<Regex, fancy_regex::Error> {
    RegexBuilder::new(pattern).backtrack_limit(BACKTRACK_LIMIT).find_not_empty(not_empty).build()
}

#[derive(Default)]
struct Table {
    by_key: HashMap<(String, i64), usize>,
    compiled: Vec<Arc<Compiled>>,
}

static TABLE: LazyLock<Mutex<Table>> = LazyLock::new(|| Mutex::new(Table::default()));

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("compile", compile), ("exec", exec), ("scan", scan)];
    super::registry::add_functions(vm, module, fns)
}

fn str_arg<'a, M: Model>(v: &'a Value<M>, what: &str) -> PyResult<&'a crate::object::PyStr, M> {
    v.as_pystr().ok_or_else(|| PyErr::type_error(format!("{what}: expected str, got {}", v.type_name())))
}

/// `compile(pattern, flags)` → `(id, groups, [(name, index)], flags,
/// close_order)` or
/// `(None, message, position)` for a `re.error`.
fn compile<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("compile", 2, 2)?;
    let pattern = str_arg(&args.pos[0], "compile")?.as_str();
    let flags = match &args.pos[1] {
        Value::Int(i) => *i,
        other => return Err(PyErr::type_error(format!("flags must be int, not {}", other.type_name()))),
    };
    let t = match translate(pattern, flags as u32) {
        Ok(t) => t,
        Err(e) => return Ok(error_tuple(e)),
    };
    let names: Vec<Value<M>> =
        t.names.iter().map(|(n, i)| Value::tuple(vec![Value::str(n.clone()), Value::Int(*i as i64)])).collect();
    let close_order: Vec<Value<M>> = t.close_order.iter().map(|&r| Value::Int(r as i64)).collect();
    let info = |id: usize| {
        Value::tuple(vec![
            Value::Int(id as i64),
            Value::Int(t.groups as i64),
            Value::list(names.clone()),
            Value::Int(t.flags as i64),
            Value::tuple(close_order.clone()),
        ])
    };
    let key = (pattern.to_string(), flags);
    if let Some(&id) = TABLE.lock().by_key.get(&key) {
        return Ok(info(id));
    }
    let regex = match build(&t.pattern, false) {
        Ok(r) => r,
        Err(e) => return Ok(error_tuple(ReError { msg: engine_message(&e), pos: None })),
    };
    let compiled = Arc::new(Compiled { source: t.pattern, regex, full: OnceLock::new(), not_empty: OnceLock::new() });
    let mut table = TABLE.lock();
    let id = table.compiled.len();
    table.compiled.push(compiled);
    table.by_key.insert(key, id);
    Ok(info(id))
}

fn error_tuple<M: Model>(e: ReError) -> Value<M> {
    let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
    Value::tuple(vec![Value::None, Value::str(e.msg), pos])
}

fn engine_message(e: &fancy_regex::Error) -> String {
    format!("{e}")
}

fn lookup<M: Model>(id: &Value<M>) -> PyResult<Arc<Compiled>, M> {
    let Value::Int(i) = id else { return Err(PyErr::type_error("bad pattern id")) };
    TABLE.lock().compiled.get(*i as usize).cloned().ok_or_else(|| PyErr::value_error("bad pattern id"))
}

fn runtime_error<M: Model>(e: fancy_regex::Error) -> PyErr<M> {
    PyErr::new(
        crate::object::ExcType::NotImplementedError,
        format!("re: the pattern is too complex for minipy's backtracking engine ({e})"),
    )
}

/// The haystack cut at `endpos`, with byte/char conversions.
struct Haystack<'a> {
    text: &'a str,
    ascii: bool,
    /// The start of the search, in bytes and characters.
    pos_byte: usize,
    pos_char: usize,
}

impl<'a> Haystack<'a> {
    /// `None` when `endpos < pos` (nothing can match).
    fn new<M: Model>(
        vm: &mut Vm<M>,
        s: &'a crate::object::PyStr,
        pos: &Value<M>,
        endpos: &Value<M>,
    ) -> PyResult<Option<Haystack<'a>>, M> {
        let len = s.char_len() as i64;
        let pos = if pos.is_none() { 0 } else { int_arg(vm, pos)?.clamp(0, len) };
        let endpos = if endpos.is_none() { len } else { int_arg(vm, endpos)?.clamp(0, len) };
        if endpos < pos {
            return Ok(None);
        }
        let end_byte = s.byte_offset(endpos as usize);
        Ok(Some(Haystack {
            text: &s.as_str()[..end_byte],
            ascii: s.is_ascii(),
            pos_byte: s.byte_offset(pos as usize),
            pos_char: pos as usize,
        }))
    }

    /// Byte offset to char index, moving a cursor forward (offsets asked
    /// for in order are converted in one pass).
    fn to_char(&self, cursor: &mut (usize, usize), byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < cursor.0 {
            *cursor = (0, 0);
        }
        cursor.1 += self.text[cursor.0..byte].chars().count();
        cursor.0 = byte;
        cursor.1
    }

    fn next_char_boundary(&self, byte: usize) -> usize {
        self.text[byte..].chars().next().map_or(byte + 1, |c| byte + c.len_utf8())
    }
}

/// Spans of one match as a flat tuple `(start0, end0, start1, end1, ...)`,
/// -1 for a group that did not take part.
fn spans<M: Model>(h: &Haystack<'_>, caps: &fancy_regex::Captures<'_, str>, cursor: &mut (usize, usize)) -> Value<M> {
    if h.ascii {
        // Byte offsets are character indexes.
        let mut out = Vec::with_capacity(caps.len() * 2);
        for m in caps.iter() {
            let (start, end) = m.map_or((-1, -1), |m| (m.start() as i64, m.end() as i64));
            out.extend([Value::Int(start), Value::Int(end)]);
        }
        return Value::tuple(out);
    }
    let mut bounds: Vec<(usize, Option<(usize, usize)>)> = Vec::new();
    for (i, m) in caps.iter().enumerate() {
        bounds.push((i, m.map(|m| (m.start(), m.end()))));
    }
    // Convert in byte order so the cursor only moves forward.
    let mut offsets: Vec<usize> = bounds.iter().filter_map(|b| b.1).flat_map(|(s, e)| [s, e]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let converted: HashMap<usize, usize> = offsets.iter().map(|&b| (b, h.to_char(cursor, b))).collect();
    let mut out = Vec::with_capacity(bounds.len() * 2);
    for (_, b) in bounds {
        match b {
            Some((s, e)) => {
                out.push(Value::Int(converted[&s] as i64));
                out.push(Value::Int(converted[&e] as i64));
            }
            None => {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
            }
        }
    }
    Value::tuple(out)
}

/// `exec(id, string, pos, endpos, mode)`: mode 0 search, 1 match, 2 fullmatch.
fn exec<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("exec", 5, 5)?;
    let c = lookup(&args.pos[0])?;
    let s = str_arg(&args.pos[1], "exec")?;
    let Some(h) = Haystack::new(vm, s, &args.pos[2], &args.pos[3])? else { return Ok(Value::None) };
    let mode = int_arg(vm, &args.pos[4])?;
    let input = RegexInput::new(h.text).from_pos(h.pos_byte);
    let found = match mode {
        0 => c.regex.captures_input(input),
        1 => c.regex.captures_input(input.anchored(true)),
        _ => {
            let full = c.full.get_or_init(|| build(&format!("(?:{})\\z", c.source), false).ok());
            match full {
                Some(full) => full.captures_input(input.anchored(true)),
                None => return Err(PyErr::value_error("re: cannot build the fullmatch form of this pattern")),
            }
        }
    };
    // Matches start at `pos` at the earliest: counting characters from
    // there (not from the string's start) keeps `match(s, pos)` O(match).
    let mut cursor = (h.pos_byte, h.pos_char);
    match found.map_err(runtime_error)? {
        Some(caps) => Ok(spans(&h, &caps, &mut cursor)),
        None => Ok(Value::None),
    }
}

/// `scan(id, string, pos, endpos, limit)`: the spans of successive
/// non-overlapping matches (at most `limit`, 0 for all), with CPython's
/// rule for empty matches: one may follow a non-empty match directly, but
/// the search after an empty match must not return an empty match at the
/// same place.
fn scan<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("scan", 5, 5)?;
    let c = lookup(&args.pos[0])?;
    let s = str_arg(&args.pos[1], "scan")?;
    let Some(h) = Haystack::new(vm, s, &args.pos[2], &args.pos[3])? else { return Ok(Value::list(Vec::new())) };
    let limit = int_arg(vm, &args.pos[4])?;
    let mut out = Vec::new();
    let mut at = h.pos_byte;
    let mut after_empty = false;
    let mut cursor = (h.pos_byte, h.pos_char);
    while at <= h.text.len() && (limit <= 0 || (out.len() as i64) < limit) {
        let input = RegexInput::new(h.text).from_pos(at);
        let mut found = None;
        if after_empty {
            let not_empty = c.not_empty.get_or_init(|| build(&c.source, true).ok());
            if let Some(ne) = not_empty {
                found = ne.captures_input(input.clone().anchored(true)).map_err(runtime_error)?;
            }
            if found.is_none() {
                if at >= h.text.len() {
                    break;
                }
                let next = h.next_char_boundary(at);
                found = c.regex.captures_input(RegexInput::new(h.text).from_pos(next)).map_err(runtime_error)?;
            }
        } else {
            found = c.regex.captures_input(input).map_err(runtime_error)?;
        }
        let Some(caps) = found else { break };
        let whole = caps.get(0).map_or((at, at), |m| (m.start(), m.end()));
        out.push(spans(&h, &caps, &mut cursor));
        after_empty = whole.0 == whole.1;
        at = whole.1;
    }
    Ok(Value::list(out))
}
