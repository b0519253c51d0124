//! `str()` and the attributes of a UnicodeDecodeError / UnicodeEncodeError
//! made in Python from its parts
//! (`UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'reason')`), as CPython
//! formats them. Errors minipy's codecs raise carry their message as their
//! only argument and go through the generic rule.

use crate::model::Model;
use crate::object::{ExcType, ObjKind, Value};

/// The parts' positions in `args`: (encoding, object, start, end, reason).
fn layout(t: ExcType) -> Option<(Option<usize>, usize, usize, usize, usize)> {
    match t {
        ExcType::UnicodeDecodeError | ExcType::UnicodeEncodeError => Some((Some(0), 1, 2, 3, 4)),
        _ => None,
    }
}

/// `e.encoding`, `e.object`, `e.start`, `e.end`, `e.reason`.
pub fn field<M: Model>(t: ExcType, args: &[Value<M>], name: &str) -> Option<Value<M>> {
    let (enc, obj, start, end, reason) = layout(t)?;
    if args.len() != reason + 1 {
        return None;
    }
    let at = match name {
        "encoding" => enc?,
        "object" => obj,
        "start" => start,
        "end" => end,
        "reason" => reason,
        _ => return None,
    };
    args.get(at).cloned()
}

/// CPython's message, or None when the arguments are not the five parts.
pub fn message<M: Model>(t: ExcType, args: &[Value<M>]) -> Option<String> {
    let (enc, obj, start, end, reason) = layout(t)?;
    if args.len() != reason + 1 {
        return None;
    }
    let (Value::Int(s), Value::Int(e)) = (&args[start], &args[end]) else { return None };
    let (s, e) = (*s, *e);
    let reason = args[reason].as_str()?;
    let encoding = match enc {
        Some(i) => Some(args[i].as_str()?),
        None => None,
    };
    let codec = encoding.map(|e| format!("'{e}' codec ")).unwrap_or_default();
    let range = format!("in position {s}-{}: {reason}", e - 1);
    match (t, args[obj].kind()) {
        (ExcType::UnicodeDecodeError, Some(ObjKind::Bytes(b))) => {
            if s >= 0 && (s as usize) < b.len() && e == s + 1 {
                Some(format!("{codec}can't decode byte 0x{:02x} in position {s}: {reason}", b[s as usize]))
            } else {
                Some(format!("{codec}can't decode bytes {range}"))
            }
        }
        (_, Some(ObjKind::Str(text))) => {
            let verb = "encode";
            let ch = if s >= 0 && e == s + 1 { text.as_str().chars().nth(s as usize) } else { None };
            Some(match ch {
                Some(c) => format!(
                    "{codec}can't {verb} character '{}' in position {s}: {reason}",
                    super::codec_errors::escape(c)
                ),
                None => format!("{codec}can't {verb} characters {range}"),
            })
        }
        _ => None,
    }
}
