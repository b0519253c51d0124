//! `_json`: the native scanner and encoder behind `lib/json` (CPython's
//! `_json` accelerator). The Python modules keep the hooks (`object_hook`,
//! `default=`, `cls=` ...) and every error path the encoder gives up on.
//!
//! `scan(s, idx, strict, whole)`: with `whole`, decode the document `s`
//! (whitespace around the value, `Extra data` after it) and return the
//! value; otherwise return `[value, end]` for the value starting exactly at
//! `idx` (`raw_decode`). A JSONDecodeError comes back as a tuple `(msg,
//! pos)` (JSON values are never tuples) for the Python side to raise.
//!
//! `encode(obj, ensure_ascii, allow_nan, sort_keys, skipkeys,
//! check_circular, indent, item_separator, key_separator)`: the JSON text,
//! or `None` when the Python encoder must do it.

use super::builtins_util::R;
use super::json_encode::{Encoder, Options};
use super::json_scan::{ScanError, Scanner};
use crate::model::Model;
use crate::object::function::Args;
use crate::object::{BuiltinFn, PyErr, Value};
use crate::vm::Vm;

pub fn init<M: Model>(vm: &mut Vm<M>, module: &Value<M>) -> crate::object::PyResult<(), M> {
    let fns: &[(&'static str, BuiltinFn<M>)] = &[("scan", scan), ("encode", encode)];
    super::registry::add_functions(vm, module, fns)
}

fn flag<M: Model>(v: &Value<M>) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::None => false,
        _ => true,
    }
}

fn scan<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("scan", 4, 4)?;
    let s = args.pos[0].as_str().ok_or_else(|| PyErr::type_error("scan: expected str"))?;
    let Value::Int(idx) = args.pos[1] else { return Err(PyErr::type_error("scan: idx must be int")) };
    let mut sc = Scanner::new(s, flag(&args.pos[2]));
    let whole = flag(&args.pos[3]);
    let start = if whole { sc.skip_ws(0) } else { sc.byte_offset(idx.max(0) as usize) };
    let result = sc.scan_once::<M>(start).and_then(|(value, end)| {
        if !whole {
            return Ok(Value::list(vec![value, Value::Int(sc.char_index(end) as i64)]));
        }
        let end = sc.skip_ws(end);
        if end != sc.doc_len() {
            return Err(ScanError::Decode("Extra data", end));
        }
        Ok(value)
    });
    match result {
        Ok(v) => Ok(v),
        Err(ScanError::Decode(msg, pos)) => {
            Ok(Value::tuple(vec![Value::str(msg), Value::Int(sc.char_index(pos) as i64)]))
        }
        Err(ScanError::NoValue(pos)) => {
            Ok(Value::tuple(vec![Value::str("Expecting value"), Value::Int(sc.char_index(pos) as i64)]))
        }
        Err(ScanError::Py(e)) => Err(e),
    }
}

fn encode<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.expect("encode", 9, 9)?;
    let p = args.pos;
    let (Some(item_sep), Some(key_sep)) = (p[7].as_str(), p[8].as_str()) else { return Ok(Value::None) };
    let indent = match &p[6] {
        Value::None => None,
        v => match v.as_str() {
            Some(s) => Some(s.to_string()),
            None => return Ok(Value::None),
        },
    };
    let opts = Options {
        ensure_ascii: flag(&p[1]),
        allow_nan: flag(&p[2]),
        sort_keys: flag(&p[3]),
        skipkeys: flag(&p[4]),
        check_circular: flag(&p[5]),
        indent,
        item_sep: item_sep.to_string(),
        key_sep: key_sep.to_string(),
    };
    let mut enc = Encoder::new(&opts);
    Ok(match enc.value(&p[0]) {
        Ok(()) => Value::str(enc.out),
        Err(_) => Value::None,
    })
}
