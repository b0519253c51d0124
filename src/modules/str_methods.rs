//! Methods of `str` (the text work is in `text::str_methods`; this is the
//! argument checking and object glue, with CPython's messages).

use std::sync::Arc;

use super::builtins_util::{
    R, add_methods, arg, expect_count, expect_method, expect_takes, int_arg, recv_str, slice_arg,
};
use crate::model::{Model, ObjCell};
use crate::object::class::BuiltinType;
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::{BuiltinFn, ObjKind, PyErr, PyResult, Value};
use crate::text::TextError;
use crate::text::str_methods as t;
use crate::vm::{Interp, Vm};

pub fn install<M: Model>(interp: &Arc<Interp<M>>) {
    let cls = interp.types.get(BuiltinType::Str);
    let methods: &[(&'static str, BuiltinFn<M>)] = &[
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("isalpha", str_isalpha),
        ("isdigit", str_isdigit),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isidentifier", str_isidentifier),
        ("istitle", str_istitle),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("encode", str_encode),
        ("translate", str_translate),
        ("format", super::str_format::str_format),
        ("format_map", super::str_format::str_format_map),
    ];
    add_methods(cls, methods);
    if let ObjKind::Class(c) = &cls.kind {
        c.set_attr(
            "maketrans",
            Value::obj(ObjKind::StaticMethod(crate::object::Builtin::function("maketrans", str_maketrans))),
        );
    }
}

fn strs<M: Model>(v: Vec<String>) -> Value<M> {
    Value::list(v.into_iter().map(Value::str).collect())
}

/// A `str` argument, with CPython's generic message.
fn need_str<M: Model>(v: &Value<M>) -> PyResult<&str, M> {
    v.as_str().ok_or_else(|| PyErr::type_error(format!("must be str, not {}", v.type_name())))
}

fn sep_arg<M: Model>(v: Option<&Value<M>>) -> PyResult<Option<&str>, M> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s)),
            None => Err(PyErr::type_error(format!("must be str or None, not {}", v.type_name()))),
        },
    }
}

fn split_args<'a, M: Model>(
    vm: &mut Vm<M>,
    args: &Args<'a, M>,
    name: &str,
) -> PyResult<(&'a str, Option<&'a str>, i64), M> {
    args.check_kwargs(name, &["sep", "maxsplit"])?;
    let s = recv_str(args, name)?;
    if args.pos.len() > 3 {
        return Err(PyErr::type_error(format!("{name}() takes at most 2 arguments ({} given)", args.pos.len() - 1)));
    }
    let sep = sep_arg(arg(args, 1, "sep"))?;
    let maxsplit = match arg(args, 2, "maxsplit") {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    Ok((s, sep, maxsplit))
}

fn str_split<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (s, sep, max) = split_args(vm, &args, "split")?;
    Ok(strs(t::split(s, sep, max).map_err(PyErr::value_error)?))
}

fn str_rsplit<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (s, sep, max) = split_args(vm, &args, "rsplit")?;
    Ok(strs(t::rsplit(s, sep, max).map_err(PyErr::value_error)?))
}

fn str_splitlines<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("splitlines", &["keepends"])?;
    let s = recv_str(&args, "splitlines")?;
    if args.pos.len() > 2 {
        return Err(PyErr::type_error(format!("splitlines() takes at most 1 argument ({} given)", args.pos.len() - 1)));
    }
    let keep = match arg(&args, 1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    Ok(strs(t::splitlines(s, keep)))
}

fn str_join<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = recv_str(&args, "join")?;
    if args.pos.len() != 2 || !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("str.join() takes exactly one argument ({} given)", args.pos.len() - 1)));
    }
    let items = vm.collect(&args.pos[1]).map_err(|e| {
        if e.lazy_type() == Some(crate::object::ExcType::TypeError) {
            PyErr::type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    // First pass as CPython: check every item and add up the size, so a
    // result too large to build is a MemoryError before anything is copied.
    let mut total = s.len().saturating_mul(items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        match it.as_str() {
            Some(x) => total = total.saturating_add(x.len()),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    it.type_name()
                )));
            }
        }
    }
    let mut out = crate::capacity::try_string(total)?;
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(s);
        }
        out.push_str(it.as_str().unwrap_or_default());
    }
    Ok(Value::str(out))
}

fn strip_common<M: Model>(args: &Args<'_, M>, name: &str, f: for<'s> fn(&'s str, Option<&str>) -> &'s str) -> R<M> {
    let s = recv_str(args, name)?;
    let rest = &args.pos[1..];
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("str.{name}() takes no keyword arguments")));
    }
    if rest.len() > 1 {
        return Err(PyErr::type_error(format!("{name} expected at most 1 argument, got {}", rest.len())));
    }
    let chars = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(v.as_str().ok_or_else(|| PyErr::type_error(format!("{name} arg must be None or str")))?),
    };
    let r = f(s, chars);
    if r.len() == s.len() {
        return Ok(args.pos[0].clone());
    }
    Ok(Value::str(r))
}

fn str_strip<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    strip_common(&args, "strip", t::strip)
}

fn str_lstrip<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    strip_common(&args, "lstrip", t::lstrip)
}

fn str_rstrip<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    strip_common(&args, "rstrip", t::rstrip)
}

fn str_replace<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = recv_str(&args, "replace")?;
    expect_method(&args, "replace", "str.replace", 2, 3)?;
    let old = args.pos[1].as_str().ok_or_else(|| {
        PyErr::type_error(format!("replace() argument 1 must be str, not {}", args.pos[1].type_name()))
    })?;
    let new = args.pos[2].as_str().ok_or_else(|| {
        PyErr::type_error(format!("replace() argument 2 must be str, not {}", args.pos[2].type_name()))
    })?;
    let count = match args.pos.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    Ok(Value::str(t::replace(s, old, new, count)?))
}

/// `(s, sub, start, end)` of find/index/count.
type SearchArgs<'a> = (&'a str, &'a str, Option<i64>, Option<i64>);

fn search_args<'a, M: Model>(vm: &mut Vm<M>, args: &Args<'a, M>, name: &str) -> PyResult<SearchArgs<'a>, M> {
    let s = recv_str(args, name)?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("str.{name}() takes no keyword arguments")));
    }
    expect_takes(args.pos.len() - 1, name, 1, 3)?;
    let sub = need_str(&args.pos[1])?;
    let start = slice_arg(vm, args.pos.get(2))?;
    let end = slice_arg(vm, args.pos.get(3))?;
    Ok((s, sub, start, end))
}

/// The window `s[start:end]` after `ADJUST_INDICES`, with its code-point offset: `Some(None)` when `sub`
/// cannot fit in it, `None` when the receiver is not a str object. The str's cached length, ASCII flag and
/// (for long non-ASCII text) code-point milestones keep this O(1)-ish, so `s.find(x, i)` and
/// `s.startswith(x, i)` stay proportional to the work done, which parsers that walk a long string by index
/// depend on.
fn str_window<'a, M: Model>(
    recv: &'a Value<M>,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<Option<Window<'a>>> {
    let ps = recv.as_pystr()?;
    let (a, b) = crate::text::slice::adjust_indices(start, end, ps.char_len());
    if b - a < sub.chars().count() as i64 {
        return Some(None);
    }
    let (a, b) = (a as usize, b as usize);
    let (from, to) = (ps.byte_offset(a), ps.byte_offset(b));
    Some(Some(Window { text: &ps.as_str()[from..to], offset: a, ascii: ps.is_ascii() }))
}

/// A code-point window of a str (see [`str_window`]).
struct Window<'a> {
    text: &'a str,
    /// The code-point index of the window's start in the whole str.
    offset: usize,
    ascii: bool,
}

impl Window<'_> {
    /// The code-point index in the whole str of byte `at` of the window.
    fn index_of(&self, at: usize) -> i64 {
        let chars = if self.ascii { at } else { self.text[..at].chars().count() };
        (self.offset + chars) as i64
    }
}

fn find_in<M: Model>(args: &Args<'_, M>, s: &str, sub: &str, a: Option<i64>, b: Option<i64>, reverse: bool) -> i64 {
    match str_window(&args.pos[0], sub, a, b) {
        Some(None) => -1,
        Some(Some(w)) => {
            let found = if reverse { w.text.rfind(sub) } else { w.text.find(sub) };
            found.map_or(-1, |i| w.index_of(i))
        }
        None if reverse => t::rfind(s, sub, a, b),
        None => t::find(s, sub, a, b),
    }
}

fn str_find<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (s, sub, a, b) = search_args(vm, &args, "find")?;
    Ok(Value::Int(find_in(&args, s, sub, a, b, false)))
}

fn str_rfind<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (s, sub, a, b) = search_args(vm, &args, "rfind")?;
    Ok(Value::Int(find_in(&args, s, sub, a, b, true)))
}

fn str_index<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (s, sub, a, b) = search_args(vm, &args, "index")?;
    match find_in(&args, s, sub, a, b, false) {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (s, sub, a, b) = search_args(vm, &args, "rindex")?;
    match find_in(&args, s, sub, a, b, true) {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let (s, sub, a, b) = search_args(vm, &args, "count")?;
    let n = match str_window(&args.pos[0], sub, a, b) {
        Some(None) => 0,
        Some(Some(w)) if sub.is_empty() => w.index_of(w.text.len()) as usize - w.offset + 1,
        Some(Some(w)) => w.text.matches(sub).count(),
        None => t::count(s, sub, a, b),
    };
    Ok(Value::Int(n as i64))
}

fn affix<M: Model>(
    vm: &mut Vm<M>,
    args: &Args<'_, M>,
    name: &str,
    f: fn(&str, &str, Option<i64>, Option<i64>) -> bool,
    on_window: fn(&str, &str) -> bool,
) -> R<M> {
    let s = recv_str(args, name)?;
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error(format!("str.{name}() takes no keyword arguments")));
    }
    expect_takes(args.pos.len() - 1, name, 1, 3)?;
    let start = slice_arg(vm, args.pos.get(2))?;
    let end = slice_arg(vm, args.pos.get(3))?;
    let what = &args.pos[1];
    let test = |p: &str| match str_window(&args.pos[0], p, start, end) {
        Some(None) => false,
        Some(Some(w)) => on_window(w.text, p),
        None => f(s, p, start, end),
    };
    if let Some(p) = what.as_str() {
        return Ok(Value::Bool(test(p)));
    }
    if let Some(ObjKind::Tuple(items)) = what.kind() {
        for it in items.iter() {
            match it.as_str() {
                Some(p) => {
                    if test(p) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => {
                    return Err(PyErr::type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        it.type_name()
                    )));
                }
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(PyErr::type_error(format!("{name} first arg must be str or a tuple of str, not {}", what.type_name())))
}

fn str_startswith<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    affix(vm, &args, "startswith", t::startswith, |w, p| w.starts_with(p))
}

fn str_endswith<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    affix(vm, &args, "endswith", t::endswith, |w, p| w.ends_with(p))
}

macro_rules! no_arg_str {
    ($($fname:ident, $name:literal, $f:expr, $wrap:expr;)*) => {
        $(
            fn $fname<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
                let s = recv_str(&args, $name)?;
                if args.pos.len() != 1 || !args.kwnames.is_empty() {
                    if !args.kwnames.is_empty() {
                        return Err(PyErr::type_error(concat!("str.", $name, "() takes no keyword arguments")));
                    }
                    return Err(PyErr::type_error(format!(
                        concat!("str.", $name, "() takes no arguments ({} given)"),
                        args.pos.len() - 1
                    )));
                }
                Ok($wrap($f(s)))
            }
        )*
    };
}

fn sv<M: Model>(s: String) -> Value<M> {
    Value::str(s)
}

fn bv<M: Model>(b: bool) -> Value<M> {
    Value::Bool(b)
}

no_arg_str! {
    str_upper, "upper", t::upper, sv;
    str_lower, "lower", t::lower, sv;
    str_title, "title", t::title, sv;
    str_capitalize, "capitalize", t::capitalize, sv;
    str_swapcase, "swapcase", t::swapcase, sv;
    str_casefold, "casefold", t::casefold, sv;
    str_isalpha, "isalpha", t::isalpha, bv;
    str_isdigit, "isdigit", t::isdigit, bv;
    str_isalnum, "isalnum", t::isalnum, bv;
    str_isspace, "isspace", t::isspace, bv;
    str_isupper, "isupper", t::isupper, bv;
    str_islower, "islower", t::islower, bv;
    str_isdecimal, "isdecimal", t::isdecimal, bv;
    str_isnumeric, "isnumeric", t::isnumeric, bv;
    str_isidentifier, "isidentifier", t::isidentifier, bv;
    str_istitle, "istitle", t::istitle, bv;
    str_isascii, "isascii", t::isascii, bv;
    str_isprintable, "isprintable", t::isprintable, bv;
}

fn justify<M: Model>(
    vm: &mut Vm<M>,
    args: &Args<'_, M>,
    name: &str,
    f: fn(&str, i64, char) -> Result<String, TextError>,
) -> R<M> {
    let s = recv_str(args, name)?;
    expect_method(args, name, &format!("str.{name}"), 1, 2)?;
    let width = int_arg(vm, &args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => ' ',
        Some(v) => {
            let f = v
                .as_str()
                .ok_or_else(|| PyErr::type_error(format!("{name}() argument 2 must be str, not {}", v.type_name())))?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => return Err(PyErr::type_error("The fill character must be exactly one character long")),
            }
        }
    };
    Ok(Value::str(f(s, width, fill)?))
}

fn str_center<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    justify(vm, &args, "center", t::center)
}

fn str_ljust<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    justify(vm, &args, "ljust", t::ljust)
}

fn str_rjust<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    justify(vm, &args, "rjust", t::rjust)
}

fn str_zfill<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = recv_str(&args, "zfill")?;
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "str.zfill() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let w = int_arg(vm, &args.pos[1])?;
    Ok(Value::str(t::zfill(s, w)?))
}

fn str_expandtabs<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("expandtabs", &["tabsize"])?;
    let s = recv_str(&args, "expandtabs")?;
    expect_takes(args.pos.len() - 1, "expandtabs", 0, 1)?;
    let n = match arg(&args, 1, "tabsize") {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    if i32::try_from(n).is_err() {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    Ok(Value::str(t::expandtabs(s, n)?))
}

type Parts = (String, String, String);

fn part<M: Model>(args: &Args<'_, M>, name: &str, f: fn(&str, &str) -> Result<Parts, String>) -> R<M> {
    let s = recv_str(args, name)?;
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let sep = need_str(&args.pos[1])?;
    let (a, b, c) = f(s, sep).map_err(PyErr::value_error)?;
    Ok(Value::tuple(vec![Value::str(a), Value::str(b), Value::str(c)]))
}

fn str_partition<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    part(&args, "partition", t::partition)
}

fn str_rpartition<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    part(&args, "rpartition", t::rpartition)
}

fn remove_affix<M: Model>(args: &Args<'_, M>, name: &str, f: for<'s> fn(&'s str, &str) -> &'s str) -> R<M> {
    let s = recv_str(args, name)?;
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "str.{name}() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let a = args.pos[1]
        .as_str()
        .ok_or_else(|| PyErr::type_error(format!("{name}() argument must be str, not {}", args.pos[1].type_name())))?;
    Ok(Value::str(f(s, a)))
}

fn str_removeprefix<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    remove_affix(&args, "removeprefix", t::removeprefix)
}

fn str_removesuffix<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    remove_affix(&args, "removesuffix", t::removesuffix)
}

fn str_encode<M: Model>(_vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    args.check_kwargs("encode", &["encoding", "errors"])?;
    let s = recv_str(&args, "encode")?;
    expect_takes(args.pos.len() - 1, "encode", 0, 2)?;
    let enc = match arg(&args, 1, "encoding") {
        None => "utf-8".to_string(),
        Some(v) => v
            .as_str()
            .ok_or_else(|| {
                PyErr::type_error(format!("encode() argument 'encoding' must be str, not {}", v.type_name()))
            })?
            .to_lowercase()
            .replace('_', "-"),
    };
    let errors = match arg(&args, 2, "errors") {
        None => "strict".to_string(),
        Some(v) => v
            .as_str()
            .ok_or_else(|| PyErr::type_error(format!("encode() argument 'errors' must be str, not {}", v.type_name())))?
            .to_string(),
    };
    let bytes: Vec<u8> = match super::codec_errors::codec_named(&enc) {
        Some("utf-8") => s.as_bytes().to_vec(),
        Some(codec) => {
            let limit = if codec == "ascii" { 128 } else { 256 };
            super::codec_errors::encode_narrow(s, codec, limit, &errors)?
        }
        None => return Err(PyErr::new(crate::object::ExcType::LookupError, format!("unknown encoding: {enc}"))),
    };
    Ok(Value::obj(ObjKind::Bytes(bytes.into_boxed_slice())))
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to str/int/None.
fn str_maketrans<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    if !args.kwnames.is_empty() {
        return Err(PyErr::type_error("maketrans() takes no keyword arguments"));
    }
    expect_count(args.pos.len(), "maketrans", 1, 3)?;
    let mut d = Dict::new();
    if args.pos.len() == 1 {
        let items = match args.pos[0].kind() {
            Some(ObjKind::Dict(m)) => m.with(|m| m.items()),
            _ => {
                return Err(PyErr::type_error("if you give only one argument to maketrans it must be a dict"));
            }
        };
        for (k, v) in items {
            let key = match (&k, k.as_str()) {
                (_, Some(s)) if s.chars().count() == 1 => Value::Int(s.chars().next().expect("one") as i64),
                (_, Some(_)) => {
                    return Err(PyErr::value_error("string keys in translate table must be of length 1"));
                }
                (Value::Int(_), None) => k.clone(),
                _ => return Err(PyErr::type_error("keys in translate table must be strings or integers")),
            };
            d.insert(vm.key(key)?, v);
        }
        return Ok(Value::dict(d));
    }
    let x = args.pos[0].as_str().ok_or_else(|| PyErr::type_error("maketrans() argument 1 must be str"))?;
    let y = args.pos[1].as_str().ok_or_else(|| PyErr::type_error("maketrans() argument 2 must be str"))?;
    if x.chars().count() != y.chars().count() {
        return Err(PyErr::value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        d.insert(vm.key(Value::Int(a as i64))?, Value::Int(b as i64));
    }
    if let Some(z) = args.pos.get(2) {
        let z = z.as_str().ok_or_else(|| PyErr::type_error("maketrans() argument 3 must be str"))?;
        for c in z.chars() {
            d.insert(vm.key(Value::Int(c as i64))?, Value::None);
        }
    }
    Ok(Value::dict(d))
}

fn str_translate<M: Model>(vm: &mut Vm<M>, args: Args<'_, M>) -> R<M> {
    let s = recv_str(&args, "translate")?;
    if args.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "str.translate() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let table = &args.pos[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(v) => match &v {
                Value::None => {}
                Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => return Err(PyErr::value_error("character mapping must be in range(0x110000)")),
                },
                _ => match v.as_str() {
                    Some(x) => out.push_str(x),
                    None => return Err(PyErr::type_error("character mapping must return integer, None or str")),
                },
            },
            Err(e) => {
                let is_lookup = matches!(
                    e.lazy_type(),
                    Some(
                        crate::object::ExcType::KeyError
                            | crate::object::ExcType::IndexError
                            | crate::object::ExcType::LookupError
                    )
                );
                if !is_lookup {
                    return Err(e);
                }
                out.push(c);
            }
        }
    }
    Ok(Value::str(out))
}
