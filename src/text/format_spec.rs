//! The format-spec mini-language: `format(x, spec)`, f-string `{x:spec}`
//! and `str.format` fields, for int, float and str values.
//!
//! ```text
//! [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//! ```
//!
//! This follows CPython 3.11's `Python/formatter_unicode.c` step by step:
//! [`FormatSpec::parse`] is `parse_internal_render_format_spec` (the checks
//! that do not depend on the value's type, in the same order, so the same
//! error wins), and [`format_int`], [`format_float`], [`format_str`] are
//! `format_long_internal`, `format_float_internal` and
//! `format_string_internal`. Numbers are laid out as
//! `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>` as in
//! `calc_number_widths`/`fill_number`, which is what makes `'0'` padding
//! interact with grouping the way CPython does (`format(1234, '08,')` is
//! `'0,001,234'`).
//!
//! Errors are ValueErrors with CPython's messages, except the OverflowErrors
//! of `'c'` out of range and of huge ints under a float presentation type.
//! `'n'` uses the C locale (no grouping, `.`), which is what CPython prints
//! unless a program calls `locale.setlocale`.
//!
//! The callers pass the value's type name for error messages (`'bool'` for
//! `format(True, 's')`). An empty spec means `str(x)`, which for `bool` is
//! `'True'`, not `'1'`: that case is the runtime's.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::TextError;
use super::float_repr::{FloatFlags, double_to_string};
use super::int_format::{group_digits, int_to_base, int_to_decimal};
use crate::capacity;

/// A parsed format spec. Fields the spec did not give are `None`/`false`;
/// defaults that depend on the value's type (alignment, fill for `0`) are
/// applied by the `format_*` functions.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// Explicit fill character (only together with an alignment).
    pub fill: Option<char>,
    /// `'<'`, `'>'`, `'^'` or `'='`.
    pub align: Option<char>,
    /// `'+'`, `'-'` or `' '`.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// A `0` before the width (zero padding, sign-aware for numbers).
    pub zero: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type character, or the default the parser was
    /// given; `None` only for a float without one.
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// CPython's `get_integer`: a run of decimal digits (any Unicode decimal
/// digit counts), with overflow of `Py_ssize_t` reported as an error.
fn parse_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, TextError> {
    let mut value: i64 = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| super::chars::decimal_value(c)) {
        let d = i64::from(d);
        if value > (i64::MAX - d) / 10 {
            return Err(TextError::value("Too many decimal digits in format string"));
        }
        value = value * 10 + d;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(value as usize))
}

/// Renders a presentation type character for an error message the way
/// CPython's `%c`-or-`\x%x` fallback does.
fn type_char_for_message(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 { c.to_string() } else { format!("\\x{cp:x}") }
}

fn unknown_type(ty: char, type_name: &str) -> TextError {
    TextError::value(format!("Unknown format code '{}' for object of type '{}'", type_char_for_message(ty), type_name))
}

impl FormatSpec {
    /// Parses `spec`. `default_type` is the presentation type when the spec
    /// has none: `Some('d')` for int, `Some('s')` for str, `None` for float
    /// (it matters for `Cannot specify ',' with 's'.`). `type_name` is only
    /// used in the "Invalid format specifier" message. The type is not
    /// checked against the value here.
    pub fn parse(spec: &str, default_type: Option<char>, type_name: &str) -> Result<FormatSpec, TextError> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut f = FormatSpec { ty: default_type, ..FormatSpec::default() };

        if end >= 2 && is_align(chars[1]) {
            f.fill = Some(chars[0]);
            f.align = Some(chars[1]);
            pos = 2;
        } else if end >= 1 && is_align(chars[0]) {
            f.align = Some(chars[0]);
            pos = 1;
        }
        if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
            f.sign = Some(c);
            pos += 1;
        }
        if chars.get(pos) == Some(&'z') {
            f.no_neg_0 = true;
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            f.alternate = true;
            pos += 1;
        }
        // A '0' right before the width is a flag only without explicit fill.
        if f.fill.is_none() && chars.get(pos) == Some(&'0') {
            f.zero = true;
            pos += 1;
        }
        f.width = parse_integer(&chars, &mut pos)?;
        if chars.get(pos) == Some(&',') {
            f.grouping = Some(',');
            pos += 1;
        }
        if chars.get(pos) == Some(&'_') {
            if f.grouping.is_some() {
                return Err(TextError::value("Cannot specify both ',' and '_'."));
            }
            f.grouping = Some('_');
            pos += 1;
        }
        if chars.get(pos) == Some(&',') && f.grouping == Some('_') {
            return Err(TextError::value("Cannot specify both ',' and '_'."));
        }
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            f.precision = parse_integer(&chars, &mut pos)?;
            if f.precision.is_none() {
                return Err(TextError::value("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(TextError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if end - pos == 1 {
            f.ty = Some(chars[pos]);
        }
        if let Some(sep) = f.grouping {
            let ok = match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => sep == '_',
                _ => false,
            };
            if !ok {
                // A second ',' lands here as the "type": CPython says
                // "Cannot specify ',' with ','." too.
                return Err(TextError::value(format!(
                    "Cannot specify '{sep}' with '{}'.",
                    type_char_for_message(f.ty.unwrap_or('\0'))
                )));
            }
        }
        Ok(f)
    }

    /// The fill character and alignment in effect, given the value's
    /// default alignment (`'>'` for numbers, `'<'` for str). A `0` flag
    /// without explicit fill means fill `'0'`, and for numbers without an
    /// explicit alignment also sign-aware `'='` alignment.
    fn fill_align(&self, default_align: char) -> (char, char) {
        let fill = self.fill.unwrap_or(if self.zero { '0' } else { ' ' });
        let align = match self.align {
            Some(a) => a,
            None if self.zero && default_align == '>' => '=',
            None => default_align,
        };
        (fill, align)
    }

    /// Digits per group and separator, if grouping was requested. `'_'`
    /// groups hex/octal/binary digits by four (PEP 515).
    fn grouping_for(&self, ty: char) -> Option<(usize, char)> {
        let sep = self.grouping?;
        let size = if sep == '_' && matches!(ty, 'b' | 'o' | 'x' | 'X') { 4 } else { 3 };
        Some((size, sep))
    }
}

/// Pads `body` (already `len` chars wide) to `width` with `fill` per `align`.
fn pad(body: &str, len: usize, width: Option<usize>, fill: char, align: char) -> Result<String, TextError> {
    let total = width.unwrap_or(0).max(len);
    let padding = total - len;
    // The width comes from the program: check before building.
    capacity::check(padding, fill.len_utf8())?;
    let (left, right) = match align {
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    let mut out = capacity::try_string(capacity::add(body.len(), padding * fill.len_utf8())?)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// The pieces of a formatted number before padding and grouping.
struct NumberParts<'a> {
    negative: bool,
    /// `0x`, `0b`, ... (alternate form), already in the right case.
    prefix: &'a str,
    /// ASCII digits subject to grouping and zero padding.
    digits: &'a str,
    /// Whether a decimal point follows the digits.
    decimal: bool,
    /// Everything after the point (or after the digits): fraction,
    /// exponent, `%`, `inf`, or the character of `'c'`.
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`.
fn layout_number(p: &NumberParts<'_>, spec: &FormatSpec, grouping: Option<(usize, char)>) -> Result<String, TextError> {
    let (fill, align) = spec.fill_align('>');
    // The width comes from the program: check the padding (zeros, fill or
    // separators, each at most one fill character wide) before building.
    capacity::check(spec.width.unwrap_or(0), fill.len_utf8())?;
    let sign = match (spec.sign, p.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_non_digit =
        usize::from(sign.is_some()) + p.prefix.len() + usize::from(p.decimal) + p.remainder.chars().count();
    let width = spec.width.unwrap_or(0);
    let min_width = if fill == '0' && align == '=' { width.saturating_sub(n_non_digit) } else { 0 };
    let grouped = if p.digits.is_empty() {
        // Only for 'c' and inf/nan: nothing to group or zero-pad.
        String::new()
    } else {
        let (size, sep) = grouping.unwrap_or((0, ','));
        group_digits(p.digits, size, sep, min_width)
    };
    let used = n_non_digit + grouped.len();
    let padding = width.saturating_sub(used);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    match align {
        '<' => rpad = padding,
        '^' => {
            lpad = padding / 2;
            rpad = padding - lpad;
        }
        '=' => spad = padding,
        _ => lpad = padding,
    }
    let mut out = capacity::try_string(capacity::add(used, padding * fill.len_utf8())?)?;
    out.extend(std::iter::repeat_n(fill, lpad));
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(p.prefix);
    out.extend(std::iter::repeat_n(fill, spad));
    out.push_str(&grouped);
    if p.decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

/// `format(v, spec)` for an int (`type_name` is `"int"`, or `"bool"` etc.
/// for subclasses). Types `b c d o x X n` and none format the integer;
/// `e E f F g G %` convert it to float first.
pub fn format_int(v: &BigInt, spec: &str, type_name: &str) -> Result<String, TextError> {
    let parsed = FormatSpec::parse(spec, Some('d'), type_name)?;
    format_int_with(v, &parsed, type_name)
}

/// [`format_int`] with an already parsed spec.
pub fn format_int_with(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, TextError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(v)?;
            return format_float_with(x, spec, type_name);
        }
        _ => return Err(unknown_type(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(TextError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_0 {
        return Err(TextError::value("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(TextError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(TextError::value("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let ch = int_to_char(v)?;
        let s = ch.to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: "", decimal: false, remainder: &s };
        return layout_number(&parts, spec, None);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 { int_to_decimal(&v.abs())? } else { int_to_base(&v.abs(), base, false) };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, spec.grouping_for(ty))
}

/// `float(v)` for an int: correctly rounded, or CPython's OverflowError.
pub fn int_to_f64(v: &BigInt) -> Result<f64, TextError> {
    match v.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(TextError::overflow("int too large to convert to float")),
    }
}

/// The character for `'%c'`/`'c'` formatting of an int.
pub(crate) fn int_to_char(v: &BigInt) -> Result<char, TextError> {
    let cp =
        v.to_u32().filter(|&cp| cp <= 0x10ffff).ok_or_else(|| TextError::overflow("%c arg not in range(0x110000)"))?;
    // Rust strings cannot hold lone surrogates, which CPython allows.
    char::from_u32(cp)
        .ok_or_else(|| TextError::value(format!("minipy does not support lone surrogate characters (U+{cp:04X})")))
}

/// `format(x, spec)` for a float. Types `e E f F g G n %` and none (like
/// `repr` without a precision, like `g` with at least one digit after the
/// point with one).
pub fn format_float(x: f64, spec: &str, type_name: &str) -> Result<String, TextError> {
    let parsed = FormatSpec::parse(spec, None, type_name)?;
    format_float_with(x, &parsed, type_name)
}

/// [`format_float`] with an already parsed spec.
pub fn format_float_with(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, TextError> {
    let mut ty = spec.ty.unwrap_or('r');
    if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' | 'r') || spec.ty == Some('r') {
        return Err(unknown_type(ty, type_name));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(TextError::value("precision too big"));
    }
    let mut flags = FloatFlags { alt: spec.alternate, no_neg_0: spec.no_neg_0, ..FloatFlags::default() };
    let mut default_precision = 6;
    if ty == 'r' {
        flags.add_dot_0 = true;
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut value = x;
    let mut percent = false;
    if ty == '%' {
        ty = 'f';
        value *= 100.0;
        percent = true;
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(value, ty, precision, flags);
    if percent {
        text.push('%');
    }
    layout_float_text(&text, spec, spec.grouping_for(ty))
}

/// Lays out the text `double_to_string` made (sign, digits, point, rest)
/// with the sign, grouping and padding of `spec`.
fn layout_float_text(text: &str, spec: &FormatSpec, grouping: Option<(usize, char)>) -> Result<String, TextError> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts { negative, prefix: "", digits, decimal, remainder };
    layout_number(&parts, spec, grouping)
}

/// `format(z, spec)` for a complex (CPython's `format_complex_internal`):
/// types `e E f F g G n` and none. Without a type it is `str(z)` with a
/// precision turning the parts into `g`; each part is formatted as a
/// float, the imaginary one always signed unless it stands alone, and the
/// whole is padded (right-aligned by default). Zero padding and `=` are
/// refused.
pub fn format_complex(re: f64, im: f64, spec: &str, type_name: &str) -> Result<String, TextError> {
    let spec = FormatSpec::parse(spec, None, type_name)?;
    let mut ty = spec.ty.unwrap_or('r');
    if !matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | 'r') || spec.ty == Some('r') {
        return Err(unknown_type(ty, type_name));
    }
    let (fill, align) = spec.fill_align('>');
    if fill == '0' {
        return Err(TextError::value("Zero padding is not allowed in complex format specifier"));
    }
    if align == '=' {
        return Err(TextError::value("'=' alignment flag is not allowed in complex format specifier"));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(TextError::value("precision too big"));
    }
    let flags = FloatFlags { alt: spec.alternate, no_neg_0: spec.no_neg_0, ..FloatFlags::default() };
    let (mut skip_re, mut parens) = (false, false);
    let mut default_precision = 6;
    if ty == 'r' {
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match spec.precision {
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
        None => default_precision,
    };
    let grouping = spec.grouping_for(ty);
    let part_spec = |sign: Option<char>| FormatSpec {
        sign,
        grouping: spec.grouping,
        precision: spec.precision,
        ty: Some(ty),
        align: Some('<'),
        ..FormatSpec::default()
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&layout_float_text(
            &double_to_string(re, ty, precision, flags),
            &part_spec(spec.sign),
            grouping,
        )?);
    }
    let im_sign = if skip_re { spec.sign } else { Some('+') };
    body.push_str(&layout_float_text(&double_to_string(im, ty, precision, flags), &part_spec(im_sign), grouping)?);
    body.push('j');
    if parens {
        body.push(')');
    }
    pad(&body, body.chars().count(), spec.width, fill, align)
}

/// `format(s, spec)` for a str: types `s` and none; precision truncates,
/// width pads (left-aligned by default), all counted in code points.
pub fn format_str(s: &str, spec: &str, type_name: &str) -> Result<String, TextError> {
    let parsed = FormatSpec::parse(spec, Some('s'), type_name)?;
    format_str_with(s, &parsed, type_name)
}

/// [`format_str`] with an already parsed spec.
pub fn format_str_with(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, TextError> {
    if let Some(ty) = spec.ty.filter(|&t| t != 's') {
        return Err(unknown_type(ty, type_name));
    }
    match spec.sign {
        Some(' ') => {
            return Err(TextError::value("Space not allowed in string format specifier"));
        }
        Some(_) => {
            return Err(TextError::value("Sign not allowed in string format specifier"));
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(TextError::value("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(TextError::value("Alternate form (#) not allowed in string format specifier"));
    }
    let (fill, align) = spec.fill_align('<');
    if align == '=' {
        return Err(TextError::value("'=' alignment not allowed in string format specifier"));
    }
    let mut len = s.chars().count();
    let mut body = s;
    if let Some(p) = spec.precision.filter(|&p| p < len) {
        let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
        body = &s[..cut];
        len = p;
    }
    pad(body, len, spec.width, fill, align)
}
