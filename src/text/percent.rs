//! printf-style formatting: `fmt % args` for str, as CPython 3.11's
//! `PyUnicode_Format` does it.
//!
//! # API
//!
//! The runtime describes its argument values through the [`PercentArg`]
//! trait (conversions that may run Python code and fail with a runtime
//! error of type `Self::Error`), wraps the right operand in
//! [`PercentArgs`], and calls [`percent_format`]:
//!
//! ```text
//! fmt % (a, b)      → PercentArgs::Tuple(&[a, b])
//! fmt % {"k": v}    → PercentArgs::Mapping(&dict)   (any non-tuple, non-str
//!                     object with __getitem__: dict, but also list!)
//! fmt % x           → PercentArgs::Single(&x)
//! ```
//!
//! Errors come back as [`PercentError::Python`] (a TypeError/ValueError/
//! OverflowError with CPython's message, e.g. `not enough arguments for
//! format string`, `%d format: a real number is required, not str`,
//! `unsupported format character 'q' (0x71) at index 3`) or
//! [`PercentError::Runtime`] (whatever a conversion or a mapping lookup
//! raised, passed through untouched).
//!
//! As in CPython, a mapping right operand is itself the argument of
//! key-less specs (`'%s' % {'a': 1}` is `"{'a': 1}"`), and leftover
//! arguments are not an error with a mapping (`'abc' % []` is `'abc'`).
//!
//! Conversions: `%s` str(), `%r` repr(), `%a` ascii(); `%d %i %u` need an
//! int or a float (truncated); `%o %x %X` need an int; `%e %E %f %F %g %G`
//! need a float or an int (converted); `%c` takes an int code point or a
//! one-character str; `*` width/precision take an int. Flags `-+ #0`,
//! width, precision and the ignored length modifiers `h l L` are accepted.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::TextError;
use super::float_repr::{FloatFlags, double_to_string, float_to_int};
use super::format_spec::{int_to_char, int_to_f64};
use super::int_format::{int_to_base, int_to_decimal};
use super::str_repr::ascii_escape;
use crate::capacity;

/// What `%`-formatting needs to know about one Python value.
pub trait PercentArg: Sized {
    /// The runtime's exception type, propagated unchanged.
    type Error;

    /// The Python type name, for messages (`"str"`, `"float"`, `"list"`).
    fn type_name(&self) -> String;
    /// `str(self)`.
    fn to_str(&self) -> Result<String, Self::Error>;
    /// `repr(self)`.
    fn to_repr(&self) -> Result<String, Self::Error>;
    /// The integer value if `self` is an int (bool included; a runtime may
    /// also honour `__index__`), `None` otherwise.
    fn to_int(&self) -> Result<Option<BigInt>, Self::Error>;
    /// The value of a machine-sized int (bool included), for `%d` without
    /// a precision: formatted without going through a big int.
    fn to_small_int(&self) -> Option<i64> {
        None
    }
    /// The value if `self` is a float (a runtime may also honour
    /// `__float__`), `None` otherwise. Ints need not be reported here.
    fn to_float(&self) -> Result<Option<f64>, Self::Error>;
    /// The text if `self` is a str (for `%c`), `None` otherwise.
    fn as_text(&self) -> Option<String>;
    /// `self[key]` for `%(key)s` (only called on the mapping operand).
    fn get_item(&self, key: &str) -> Result<Self, Self::Error>;
}

/// The right operand of `%`; see the module docs.
pub enum PercentArgs<'a, A> {
    Tuple(&'a [A]),
    Single(&'a A),
    Mapping(&'a A),
}

/// A failed `%`-format: a Python exception raised by the formatting
/// itself, or a runtime error from one of the [`PercentArg`] calls.
#[derive(Debug, Clone, PartialEq)]
pub enum PercentError<E> {
    Python(TextError),
    Runtime(E),
}

impl<E> From<TextError> for PercentError<E> {
    fn from(e: TextError) -> Self {
        PercentError::Python(e)
    }
}

type Res<T, E> = Result<T, PercentError<E>>;

fn rt<T, E>(r: Result<T, E>) -> Res<T, E> {
    r.map_err(PercentError::Runtime)
}

/// An argument: borrowed from the operand, or owned after a mapping lookup.
enum Held<'a, A> {
    Borrowed(&'a A),
    Owned(A),
}

impl<A> Held<'_, A> {
    fn get(&self) -> &A {
        match self {
            Held::Borrowed(a) => a,
            Held::Owned(a) => a,
        }
    }
}

/// CPython's argument cursor (`arglen`/`argidx` in `unicode_formatter_t`):
/// a tuple is consumed item by item; a single value (or the value looked
/// up for `%(key)`) counts as a one-item sequence.
struct Cursor<'a, A> {
    tuple: Option<&'a [A]>,
    single: Option<Held<'a, A>>,
    /// Next tuple index, or for a single value whether it is used up.
    index: usize,
    single_used: bool,
}

impl<'a, A> Cursor<'a, A> {
    fn next<E>(&mut self) -> Res<&A, E> {
        let missing = || TextError::type_error("not enough arguments for format string");
        if let Some(items) = self.tuple {
            let item = items.get(self.index).ok_or_else(missing)?;
            self.index += 1;
            return Ok(item);
        }
        if self.single_used {
            return Err(missing().into());
        }
        self.single_used = true;
        Ok(self.single.as_ref().expect("single argument present").get())
    }

    fn all_used(&self) -> bool {
        match self.tuple {
            Some(items) => self.index >= items.len(),
            None => self.single_used,
        }
    }
}

/// One parsed conversion spec.
#[derive(Default)]
struct Spec {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// `fmt % args`. See the module docs.
pub fn percent_format<A: PercentArg>(fmt: &str, args: PercentArgs<'_, A>) -> Res<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let (mut cursor, dict) = match args {
        PercentArgs::Tuple(items) => (Cursor { tuple: Some(items), single: None, index: 0, single_used: false }, None),
        PercentArgs::Single(a) => {
            (Cursor { tuple: None, single: Some(Held::Borrowed(a)), index: 0, single_used: false }, None)
        }
        PercentArgs::Mapping(m) => {
            (Cursor { tuple: None, single: Some(Held::Borrowed(m)), index: 0, single_used: false }, Some(m))
        }
    };
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0;
    while pos < n {
        if chars[pos] != '%' {
            let end = chars[pos..].iter().position(|&c| c == '%').map_or(n, |k| pos + k);
            out.extend(&chars[pos..end]);
            pos = end;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        // %(key): the argument is looked up in the mapping.
        if chars.get(pos) == Some(&'(') {
            let Some(mapping) = dict else {
                return Err(TextError::type_error("format requires a mapping").into());
            };
            pos += 1;
            let key_start = pos;
            let mut depth = 1;
            while depth > 0 && pos < n {
                match chars[pos] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err(TextError::value("incomplete format key").into());
            }
            let key: String = chars[key_start..pos - 1].iter().collect();
            let value = rt(mapping.get_item(&key))?;
            cursor.single = Some(Held::Owned(value));
            cursor.single_used = false;
        }
        let next_char = |pos: &mut usize| -> Option<char> {
            let c = chars.get(*pos).copied();
            *pos += 1;
            c
        };
        let mut spec = Spec::default();
        let mut ch = next_char(&mut pos);
        while let Some(c @ ('-' | '+' | ' ' | '#' | '0')) = ch {
            match c {
                '-' => spec.ljust = true,
                '+' => spec.sign = true,
                ' ' => spec.blank = true,
                '#' => spec.alt = true,
                _ => spec.zero = true,
            }
            ch = next_char(&mut pos);
        }
        if ch == Some('*') {
            let w = star_value(cursor.next()?, "ssize_t")?;
            if w < 0 {
                spec.ljust = true;
            }
            spec.width = Some(w.unsigned_abs() as usize);
            ch = next_char(&mut pos);
        } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
            let mut w = i64::from(d);
            ch = next_char(&mut pos);
            while let Some(d) = ch.and_then(|c| c.to_digit(10)) {
                w = w
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(i64::from(d)))
                    .ok_or_else(|| TextError::value("width too big"))?;
                ch = next_char(&mut pos);
            }
            spec.width = Some(w as usize);
        }
        if ch == Some('.') {
            spec.prec = Some(0);
            ch = next_char(&mut pos);
            if ch == Some('*') {
                let p = star_value(cursor.next()?, "int")?;
                spec.prec = Some(p.max(0) as usize);
                ch = next_char(&mut pos);
            } else if let Some(d) = ch.and_then(|c| c.to_digit(10)) {
                let mut p = i32::try_from(d).unwrap_or(0);
                ch = next_char(&mut pos);
                while let Some(d) = ch.and_then(|c| c.to_digit(10)) {
                    p = p
                        .checked_mul(10)
                        .and_then(|p| p.checked_add(d as i32))
                        .ok_or_else(|| TextError::value("precision too big"))?;
                    ch = next_char(&mut pos);
                }
                spec.prec = Some(p as usize);
            }
        }
        if matches!(ch, Some('h' | 'l' | 'L')) {
            ch = next_char(&mut pos);
        }
        let Some(conv) = ch else {
            return Err(TextError::value("incomplete format").into());
        };
        let arg = cursor.next()?;
        let (text, numeric) = convert(arg, conv, &spec, pos - 1)?;
        write_padded(&mut out, &text, conv, numeric, &spec)?;
    }
    if dict.is_none() && !cursor.all_used() {
        return Err(TextError::type_error("not all arguments converted during string formatting").into());
    }
    Ok(out)
}

/// The int behind a `*` width or precision. `c_type` names the C type of
/// CPython's overflow message.
fn star_value<A: PercentArg>(arg: &A, c_type: &str) -> Res<i64, A::Error> {
    let Some(v) = rt(arg.to_int())? else {
        return Err(TextError::type_error("* wants int").into());
    };
    let limit = if c_type == "int" { i64::from(i32::MAX) } else { i64::MAX };
    match v.to_i64().filter(|x| x.unsigned_abs() <= limit as u64) {
        Some(x) => Ok(x),
        None => Err(TextError::overflow(format!("Python int too large to convert to C {c_type}")).into()),
    }
}

/// Converts one argument (CPython's `unicode_format_arg_format`). Returns
/// the text and whether it is numeric (signs and zero padding apply).
fn convert<A: PercentArg>(arg: &A, conv: char, spec: &Spec, index: usize) -> Res<(String, bool), A::Error> {
    match conv {
        's' => Ok((rt(arg.to_str())?, false)),
        'r' => Ok((rt(arg.to_repr())?, false)),
        'a' => Ok((ascii_escape(&rt(arg.to_repr())?), false)),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => Ok((format_long(arg, conv, spec)?, true)),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match rt(arg.to_float())? {
                Some(x) => x,
                None => match rt(arg.to_int())? {
                    Some(v) => int_to_f64(&v)?,
                    None => {
                        return Err(
                            TextError::type_error(format!("must be real number, not {}", arg.type_name())).into()
                        );
                    }
                },
            };
            let flags = FloatFlags { alt: spec.alt, ..FloatFlags::default() };
            Ok((double_to_string(x, conv, spec.prec.unwrap_or(6), flags), true))
        }
        'c' => {
            let c = if let Some(text) = arg.as_text() {
                let mut it = text.chars();
                match (it.next(), it.next()) {
                    (Some(c), None) => c,
                    _ => return Err(TextError::type_error("%c requires int or char").into()),
                }
            } else if let Some(v) = rt(arg.to_int())? {
                int_to_char(&v)?
            } else {
                return Err(TextError::type_error("%c requires int or char").into());
            };
            Ok((c.to_string(), false))
        }
        _ => {
            let shown = if (' '..='~').contains(&conv) { conv } else { '?' };
            Err(TextError::value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                conv as u32
            ))
            .into())
        }
    }
}

/// `%d %i %u %o %x %X` (CPython's `mainformatlong` + `_PyUnicode_FormatLong`):
/// digits with the base prefix for `#`, zero-extended to the precision.
fn format_long<A: PercentArg>(arg: &A, conv: char, spec: &Spec) -> Res<String, A::Error> {
    if matches!(conv, 'd' | 'i' | 'u')
        && spec.prec.is_none()
        && let Some(small) = arg.to_small_int()
    {
        return Ok(small.to_string());
    }
    let value = match rt(arg.to_int())? {
        Some(v) => v,
        None => {
            let float = if matches!(conv, 'o' | 'x' | 'X') { None } else { rt(arg.to_float())? };
            match float {
                Some(x) => float_to_int(x)?,
                None => {
                    let need = if matches!(conv, 'o' | 'x' | 'X') { "an integer" } else { "a real number" };
                    return Err(TextError::type_error(format!(
                        "%{conv} format: {need} is required, not {}",
                        arg.type_name()
                    ))
                    .into());
                }
            }
        }
    };
    let (digits, prefix) = match conv {
        'o' => (int_to_base(&value.abs(), 8, false), "0o"),
        'x' => (int_to_base(&value.abs(), 16, false), "0x"),
        'X' => (int_to_base(&value.abs(), 16, false).to_ascii_uppercase(), "0X"),
        _ => (int_to_decimal(&value.abs())?, ""),
    };
    // CPython's `_PyUnicode_FormatLong` limit; below it the zero padding is
    // checked like any size a program chose.
    if spec.prec.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err(TextError::overflow("precision too large").into());
    }
    let zeros = spec.prec.map_or(0, |p| p.saturating_sub(digits.len()));
    let size = capacity::add(digits.len() + 4, zeros).map_err(TextError::from)?;
    let mut out = capacity::try_string(size).map_err(TextError::from)?;
    if value.is_negative() {
        out.push('-');
    }
    if spec.alt {
        out.push_str(prefix);
    }
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(&digits);
    Ok(out)
}

/// Pads one converted argument into `out` (CPython's
/// `unicode_format_arg_output`): precision truncates `%s %r %a`; numbers
/// get their sign and `0x`-style prefix before any zero padding.
fn write_padded(out: &mut String, text: &str, conv: char, numeric: bool, spec: &Spec) -> Result<(), TextError> {
    if spec.width.is_none() && spec.prec.is_none() && !spec.sign && !spec.blank && !spec.alt {
        // Nothing to pad, cut or prefix (the common `%s`, `%d`).
        capacity::check(capacity::add(out.len(), text.len())?, 1)?;
        out.push_str(text);
        return Ok(());
    }
    let mut body: Vec<char> = text.chars().collect();
    if matches!(conv, 's' | 'r' | 'a')
        && let Some(p) = spec.prec
    {
        body.truncate(p);
    }
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    // The sign, taken off the digits so that zero padding goes after it.
    let mut sign = None;
    if numeric {
        match body.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                body.remove(0);
            }
            _ if spec.sign => sign = Some('+'),
            _ if spec.blank => sign = Some(' '),
            _ => {}
        }
    }
    let prefix: Vec<char> =
        if spec.alt && matches!(conv, 'x' | 'X' | 'o') { body.drain(..2).collect() } else { Vec::new() };
    let len = sign.iter().count() + prefix.len() + body.len();
    let width = spec.width.unwrap_or(0).max(len);
    let padding = width - len;
    // The width comes from the program (`"%*d" % (10**12, 1)`).
    capacity::check(capacity::add(out.len(), width)?, 1)?;
    out.try_reserve(width).map_err(|_| capacity::TooLarge)?;
    if fill == '0' {
        out.extend(sign);
        out.extend(&prefix);
        if !spec.ljust {
            out.extend(std::iter::repeat_n('0', padding));
        }
    } else {
        if !spec.ljust {
            out.extend(std::iter::repeat_n(' ', padding));
        }
        out.extend(sign);
        out.extend(&prefix);
    }
    out.extend(&body);
    if spec.ljust {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    Ok(())
}
