//! The methods of `bytes` and `bytearray` (besides `decode` and `hex`, in
//! `number_methods.rs`), and `int.from_bytes`. One implementation serves
//! both types: the receiver's [`Flavor`] says which type a result that is
//! a byte string has (`bytearray.upper()` is a bytearray).
//!
//! Most of them mean for bytes what the `str` method of the same name means
//! for text, and a byte string read as Latin-1 is a text with exactly one
//! character per byte: those methods run the `str` implementation on that
//! text and turn the answer back into bytes. The ones whose meaning differs
//! (case, character classes and whitespace are ASCII-only for bytes) are
//! written here.

use std::borrow::Cow;
use std::sync::Arc;

use num_bigint::{BigInt, Sign};

use super::builtins_util::{R, add_methods};
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::function::Args;
use crate::object::{Builtin, BuiltinFn, ObjKind, ObjRef, PyErr, PyResult, Value};
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let delegated: &[(&'static str, BuiltinFn<M>)] = &[
        ("count", by_text::<M, 0>),
        ("find", by_text::<M, 1>),
        ("rfind", by_text::<M, 2>),
        ("index", by_text::<M, 3>),
        ("rindex", by_text::<M, 4>),
        ("startswith", by_text::<M, 5>),
        ("endswith", by_text::<M, 6>),
        ("replace", by_text::<M, 7>),
        ("partition", by_text::<M, 8>),
        ("rpartition", by_text::<M, 9>),
        ("center", by_text::<M, 10>),
        ("ljust", by_text::<M, 11>),
        ("rjust", by_text::<M, 12>),
        ("zfill", by_text::<M, 13>),
        ("removeprefix", by_text::<M, 14>),
        ("removesuffix", by_text::<M, 15>),
        ("join", bytes_join),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("splitlines", by_text::<M, 16>),
        ("expandtabs", by_text::<M, 17>),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("swapcase", bytes_swapcase),
        ("isdigit", bytes_isdigit),
        ("isalpha", bytes_isalpha),
        ("isalnum", bytes_isalnum),
        ("isspace", bytes_isspace),
        ("isupper", bytes_isupper),
        ("islower", bytes_islower),
        ("isascii", bytes_isascii),
    ];
    for t in [BuiltinType::Bytes, BuiltinType::ByteArray] {
        let cls = interp.types.get(t);
        add_methods(cls, delegated);
        if let ObjKind::Class(c) = &cls.kind {
            let fromhex = Value::obj(ObjKind::ClassMethod(Builtin::function("fromhex", bytes_fromhex)));
            c.set_attr("fromhex", fromhex);
        }
    }
    if let ObjKind::Class(c) = &interp.types.get(BuiltinType::Int).kind {
        let from_bytes = Value::obj(ObjKind::ClassMethod(Builtin::function("from_bytes", int_from_bytes)));
        c.set_attr("from_bytes", from_bytes);
    }
}

const TEXT_NAMES: [&str; 18] = [
    "count",
    "find",
    "rfind",
    "index",
    "rindex",
    "startswith",
    "endswith",
    "replace",
    "partition",
    "rpartition",
    "center",
    "ljust",
    "rjust",
    "zfill",
    "removeprefix",
    "removesuffix",
    "splitlines",
    "expandtabs",
];

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

/// Which of the two byte-string types a method's results are.
#[derive(Clone, Copy, PartialEq)]
pub enum Flavor {
    Bytes,
    ByteArray,
}

impl Flavor {
    pub fn make<M: Model>(self, data: Vec<u8>) -> Value<M> {
        match self {
            Flavor::Bytes => Value::obj(ObjKind::Bytes(data.into_boxed_slice())),
            Flavor::ByteArray => crate::object::buffer::new_bytearray(data),
        }
    }
}

/// The receiver's bytes (a bytearray's copied out of its cell) and type.
fn receiver<'a, M: Model>(args: &Args<'a, M>, name: &str) -> PyResult<(Cow<'a, [u8]>, Flavor), M> {
    match args.pos.first().and_then(|v| v.kind()) {
        Some(ObjKind::Bytes(b)) => Ok((Cow::Borrowed(b), Flavor::Bytes)),
        Some(ObjKind::ByteArray(b)) => Ok((Cow::Owned(b.with(|b| b.data.clone())), Flavor::ByteArray)),
        _ => Err(PyErr::type_error(format!(
            "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
            args.pos.first().map_or("NoneType", |v| v.type_name())
        ))),
    }
}

/// An argument as the text the `str` method expects: bytes as Latin-1
/// text, ints and None as they are, a tuple item by item.
fn as_text_arg<M: Model>(v: &Value<M>) -> PyResult<Value<M>, M> {
    if let Some(b) = crate::object::buffer::bytes_like(v)? {
        return Ok(Value::str(latin1(&b)));
    }
    match v.kind() {
        Some(ObjKind::Tuple(items)) => {
            Ok(Value::tuple(items.iter().map(as_text_arg).collect::<PyResult<Vec<_>, M>>()?))
        }
        Some(ObjKind::Str(_)) => Err(PyErr::type_error("a bytes-like object is required, not 'str'")),
        _ => Ok(v.clone()),
    }
}

/// The `str` method's answer as bytes: text back to bytes, lists and
/// tuples item by item; numbers and booleans unchanged.
fn as_bytes_result<M: Model>(v: Value<M>, flavor: Flavor) -> Value<M> {
    match v.kind() {
        Some(ObjKind::Str(s)) => flavor.make(s.as_str().chars().map(|c| c as u32 as u8).collect()),
        Some(ObjKind::Tuple(items)) => {
            Value::tuple(items.iter().cloned().map(|v| as_bytes_result(v, flavor)).collect())
        }
        Some(ObjKind::List(_)) => {
            let items = super::builtins_util::list_items(&v).unwrap_or_default();
            Value::list(items.into_iter().map(|v| as_bytes_result(v, flavor)).collect())
        }
        _ => v,
    }
}

fn by_text<M: Model, const WHICH: usize>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let name = TEXT_NAMES[WHICH];
    let (me, flavor) = receiver(&args, name)?;
    let text = Value::str(latin1(&me));
    if let Some(first) = args.pos.get(1)
        && first.as_str().is_some()
    {
        match name {
            "count" | "find" | "rfind" | "index" | "rindex" => {
                return Err(PyErr::type_error("argument should be integer or bytes-like object, not 'str'"));
            }
            "startswith" | "endswith" => {
                return Err(PyErr::type_error(format!("{name} first arg must be bytes or a tuple of bytes, not str")));
            }
            _ => {}
        }
    }
    if matches!(name, "center" | "ljust" | "rjust")
        && let Some(fill) = args.pos.get(2)
        && !matches!(fill.kind(), Some(ObjKind::Bytes(b)) if b.len() == 1)
        && !matches!(fill.kind(), Some(ObjKind::ByteArray(b)) if b.with(|b| b.data.len()) == 1)
    {
        return Err(PyErr::type_error(format!(
            "{name}() argument 2 must be a byte string of length 1, not {}",
            fill.type_name()
        )));
    }
    let searches = matches!(name, "count" | "find" | "rfind" | "index" | "rindex");
    let mut rest = args.pos[1..].iter().map(as_text_arg).collect::<PyResult<Vec<_>, M>>()?;
    // The searches also take one byte as an int.
    if searches
        && let Some(first) = rest.first_mut()
        && matches!(first, Value::Int(_) | Value::Bool(_))
    {
        let byte = vm.byte_value(first)?;
        *first = Value::str((byte as char).to_string());
    }
    let kwvals = args.kwvals.iter().map(as_text_arg).collect::<PyResult<Vec<_>, M>>()?;
    rest.extend(kwvals);
    let method = vm.getattr(&text, name)?;
    let result = vm.call(&method, &rest, args.kwnames).map_err(|e| {
        if searches && e.lazy_type() == Some(crate::object::ExcType::ValueError) {
            PyErr::value_error("subsection not found")
        } else {
            e
        }
    })?;
    Ok(as_bytes_result(result, flavor))
}

fn bytes_join<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (sep, flavor) = receiver(&args, "join")?;
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!("join() takes exactly one argument ({} given)", args.pos.len() - 1)));
    }
    let items = vm.collect(&args.pos[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match crate::object::buffer::bytes_like(item)? {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    item.type_name()
                )));
            }
        }
    }
    Ok(flavor.make(out))
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// split/rsplit: with a separator as for text; without one, on runs of
/// ASCII whitespace.
fn split_common<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>, name: &str, from_right: bool) -> R<M> {
    let (me, flavor) = receiver(&args, name)?;
    let me: &[u8] = &me;
    let sep = super::builtins_util::arg(&args, 1, "sep").filter(|s| !s.is_none());
    if sep.is_some() {
        let which = if from_right { "rsplit" } else { "split" };
        let text = Value::str(latin1(me));
        let mut rest = args.pos[1..].iter().map(as_text_arg).collect::<PyResult<Vec<_>, M>>()?;
        rest.extend(args.kwvals.iter().map(as_text_arg).collect::<PyResult<Vec<_>, M>>()?);
        let method = vm.getattr(&text, which)?;
        return Ok(as_bytes_result(vm.call(&method, &rest, args.kwnames)?, flavor));
    }
    let max = match super::builtins_util::arg(&args, 2, "maxsplit") {
        Some(v) => super::builtins_util::int_arg(vm, v)?,
        None => -1,
    };
    let mut words: Vec<&[u8]> = Vec::new();
    let mut splits = 0;
    if from_right {
        let mut end = me.len();
        loop {
            while end > 0 && is_ascii_space(me[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if max >= 0 && splits >= max {
                words.push(&me[..end]);
                break;
            }
            let mut start = end;
            while start > 0 && !is_ascii_space(me[start - 1]) {
                start -= 1;
            }
            words.push(&me[start..end]);
            splits += 1;
            end = start;
        }
        words.reverse();
    } else {
        let mut start = 0;
        loop {
            while start < me.len() && is_ascii_space(me[start]) {
                start += 1;
            }
            if start == me.len() {
                break;
            }
            if max >= 0 && splits >= max {
                words.push(&me[start..]);
                break;
            }
            let mut end = start;
            while end < me.len() && !is_ascii_space(me[end]) {
                end += 1;
            }
            words.push(&me[start..end]);
            splits += 1;
            start = end;
        }
    }
    Ok(Value::list(words.into_iter().map(|w| flavor.make(w.to_vec())).collect()))
}

fn bytes_split<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    split_common(vm, args, "split", false)
}

fn bytes_rsplit<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    split_common(vm, args, "rsplit", true)
}

fn strip_common<M: Model>(args: Args<'_, M>, name: &str, left: bool, right: bool) -> R<M> {
    let (me, flavor) = receiver(&args, name)?;
    let chars: Option<Vec<u8>> = match args.pos.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => match crate::object::buffer::bytes_like(v)? {
            Some(b) => Some(b),
            None => return Err(PyErr::type_error(format!("a bytes-like object is required, not '{}'", v.type_name()))),
        },
    };
    let strip = |b: u8| match &chars {
        Some(set) => set.contains(&b),
        None => is_ascii_space(b),
    };
    let mut start = 0;
    let mut end = me.len();
    if left {
        while start < end && strip(me[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(me[end - 1]) {
            end -= 1;
        }
    }
    Ok(flavor.make(me[start..end].to_vec()))
}

fn bytes_strip<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    strip_common(args, "strip", true, true)
}

fn bytes_lstrip<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    strip_common(args, "lstrip", true, false)
}

fn bytes_rstrip<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    strip_common(args, "rstrip", false, true)
}

fn map_bytes<M: Model>(args: Args<'_, M>, name: &str, f: fn(u8) -> u8) -> R<M> {
    let (me, flavor) = receiver(&args, name)?;
    super::builtins_util::no_args(&args, format_args!("{}.{name}", args.pos[0].type_name()))?;
    Ok(flavor.make(me.iter().map(|&b| f(b)).collect()))
}

fn bytes_upper<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    map_bytes(args, "upper", |b| b.to_ascii_uppercase())
}

fn bytes_lower<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    map_bytes(args, "lower", |b| b.to_ascii_lowercase())
}

fn bytes_swapcase<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    map_bytes(
        args,
        "swapcase",
        |b| {
            if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() }
        },
    )
}

fn test_bytes<M: Model>(args: Args<'_, M>, name: &str, all: fn(u8) -> bool) -> R<M> {
    let (me, _) = receiver(&args, name)?;
    super::builtins_util::no_args(&args, format_args!("{}.{name}", args.pos[0].type_name()))?;
    Ok(Value::Bool(!me.is_empty() && me.iter().all(|&b| all(b))))
}

fn bytes_isdigit<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    test_bytes(args, "isdigit", |b| b.is_ascii_digit())
}

fn bytes_isalpha<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    test_bytes(args, "isalpha", |b| b.is_ascii_alphabetic())
}

fn bytes_isalnum<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    test_bytes(args, "isalnum", |b| b.is_ascii_alphanumeric())
}

fn bytes_isspace<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    test_bytes(args, "isspace", is_ascii_space)
}

fn bytes_isascii<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (me, _) = receiver(&args, "isascii")?;
    Ok(Value::Bool(me.is_ascii()))
}

/// isupper/islower: some cased byte, and none of the other case.
fn case_test<M: Model>(args: Args<'_, M>, name: &str, upper: bool) -> R<M> {
    let (me, _) = receiver(&args, name)?;
    let (mut cased, mut wrong) = (false, false);
    for &b in me.iter() {
        if b.is_ascii_uppercase() {
            cased |= upper;
            wrong |= !upper;
        } else if b.is_ascii_lowercase() {
            cased |= !upper;
            wrong |= upper;
        }
    }
    Ok(Value::Bool(cased && !wrong))
}

fn bytes_isupper<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    case_test(args, "isupper", true)
}

fn bytes_islower<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    case_test(args, "islower", false)
}

/// `bytes.fromhex(text)` and `bytearray.fromhex(text)` (a classmethod:
/// `pos[0]` is the class).
fn bytes_fromhex<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let flavor = match args.pos.first() {
        Some(Value::Obj(c)) if ObjRef::ptr_eq(c, vm.builtin_type(BuiltinType::ByteArray)) => Flavor::ByteArray,
        _ => Flavor::Bytes,
    };
    let text = match args.pos.get(1) {
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                return Err(PyErr::type_error(format!("fromhex() argument must be str, not {}", v.type_name())));
            }
        },
        None => return Err(PyErr::type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let high = chars[i].to_digit(16);
        let low = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (high, low) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) if i + 1 < chars.len() => {
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )));
            }
            _ => {
                let at = if high.is_some() { i + 1 } else { i };
                return Err(PyErr::value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {at}"
                )));
            }
        }
        i += 2;
    }
    Ok(flavor.make(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("from_bytes", &["bytes", "byteorder", "signed"])?;
    let data = match super::builtins_util::arg(&args, 1, "bytes") {
        Some(v) => match crate::object::buffer::bytes_like(v)? {
            Some(b) => b,
            None => {
                let items = vm.collect(v)?;
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    match item {
                        Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                        Value::Int(_) => return Err(PyErr::value_error("bytes must be in range(0, 256)")),
                        other => {
                            return Err(PyErr::type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                other.type_name()
                            )));
                        }
                    }
                }
                out
            }
        },
        None => return Err(PyErr::type_error("from_bytes() missing required argument 'bytes' (pos 1)")),
    };
    let little = match super::builtins_util::arg(&args, 2, "byteorder").map(|v| v.as_str()) {
        None => false,
        Some(Some("big")) => false,
        Some(Some("little")) => true,
        Some(Some(_)) => return Err(PyErr::value_error("byteorder must be either 'little' or 'big'")),
        Some(None) => return Err(PyErr::type_error("from_bytes() argument 'byteorder' must be str")),
    };
    let signed = match args.kw("signed") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let value =
        if little { BigInt::from_bytes_le(Sign::Plus, &data) } else { BigInt::from_bytes_be(Sign::Plus, &data) };
    let top_bit_set = if little { data.last() } else { data.first() }.is_some_and(|b| b & 0x80 != 0);
    let value = if signed && top_bit_set { value - (BigInt::from(1) << (8 * data.len())) } else { value };
    Ok(Value::from_bigint(value))
}
