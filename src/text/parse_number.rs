//! `int(str, base)` and `float(str)` with CPython 3.11's rules and messages.
//!
//! Both first apply CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`:
//! non-ASCII whitespace becomes a space and non-ASCII decimal digits
//! (`'٣'`, `'７'`) become ASCII digits; any other non-ASCII character makes
//! the literal invalid. Error messages quote the *original* string's repr.

use num_bigint::BigInt;
use num_traits::{Num, Zero};

use super::chars::{decimal_value, is_space};
use super::int_format::{exceeds_str_digits, max_str_digits};
use super::str_repr::str_repr;

/// CPython's ASCII `Py_ISSPACE` (used after the transform above).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The transform described in the module docs; `None` if a non-ASCII
/// character is neither whitespace nor a decimal digit.
fn to_ascii(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else {
            out.push(b'0' + decimal_value(c)? as u8);
        }
    }
    Some(out)
}

fn trim_ascii_space(mut b: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = b {
        if !is_ascii_space(*first) {
            break;
        }
        b = rest;
    }
    while let [rest @ .., last] = b {
        if !is_ascii_space(*last) {
            break;
        }
        b = rest;
    }
    b
}

/// `int(s, base)` for a str argument. `base` is 0 (infer from a `0x`/`0o`/
/// `0b` prefix, as a literal) or 2..=36. Surrounding whitespace, a sign,
/// single underscores between digits, and a prefix matching `base` are
/// allowed. The error is the ValueError message, e.g.
/// `invalid literal for int() with base 10: 'abc'`.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    if base == 1 || base > 36 {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    let invalid = || {
        // CPython formats the repr with "%.200R": at most 200 characters.
        let repr: String = str_repr(s).chars().take(200).collect();
        format!("invalid literal for int() with base {base}: {repr}")
    };
    let ascii = to_ascii(s).ok_or_else(invalid)?;
    let mut b = trim_ascii_space(&ascii);
    let negative = match b.first() {
        Some(b'-') => {
            b = &b[1..];
            true
        }
        Some(b'+') => {
            b = &b[1..];
            false
        }
        _ => false,
    };
    let mut base = base;
    let mut error_if_nonzero = false;
    let prefix_base = match b {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 0,
    };
    if base == 0 {
        if b.first() != Some(&b'0') {
            base = 10;
        } else if prefix_base != 0 {
            base = prefix_base;
        } else {
            // An old C-style octal literal like "017" is invalid, but "00"
            // is zero.
            error_if_nonzero = true;
            base = 10;
        }
    }
    if prefix_base != 0 && prefix_base == base {
        b = &b[2..];
        // One underscore may follow the prefix ("0x_ff").
        if b.first() == Some(&b'_') {
            b = &b[1..];
        }
    }
    // Digits with single underscores between them.
    let mut digits = String::with_capacity(b.len());
    let mut prev_underscore = true; // no leading underscore
    for &byte in b {
        if byte == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
            continue;
        }
        let ok = (byte as char).to_digit(36).is_some_and(|d| d < base);
        if !ok {
            return Err(invalid());
        }
        digits.push(byte as char);
        prev_underscore = false;
    }
    if digits.is_empty() || prev_underscore {
        return Err(invalid());
    }
    if !base.is_power_of_two() && exceeds_str_digits(digits.len()) {
        return Err(format!(
            "Exceeds the limit ({} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            max_str_digits(),
            digits.len()
        ));
    }
    let value = BigInt::from_str_radix(&digits, base).map_err(|_| invalid())?;
    if error_if_nonzero && !value.is_zero() {
        return Err(invalid());
    }
    Ok(if negative { -value } else { value })
}

/// `float(s)` for a str argument: decimal literals (`'1.5e-3'`, `'.5'`,
/// `'5.'`), `inf`/`infinity`/`nan` in any case with an optional sign,
/// surrounding whitespace, and single underscores between digits.
/// Overflow gives an infinity, as in CPython. The error is the ValueError
/// message `could not convert string to float: 'x'`.
pub fn parse_float(s: &str) -> Result<f64, String> {
    let invalid = || format!("could not convert string to float: {}", str_repr(s));
    let ascii = to_ascii(s).ok_or_else(invalid)?;
    let text = remove_underscores(&ascii).ok_or_else(invalid)?;
    let b = trim_ascii_space(&text);
    if !is_float_syntax(b) {
        return Err(invalid());
    }
    let t = std::str::from_utf8(b).map_err(|_| invalid())?;
    t.parse::<f64>().map_err(|_| invalid())
}

/// CPython's `_Py_string_to_number_with_underscores`: an underscore must
/// sit between two ASCII digits. Returns the text without underscores.
fn remove_underscores(b: &[u8]) -> Option<Vec<u8>> {
    if !b.contains(&b'_') {
        return Some(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != b'_').then_some(out)
}

/// The syntax `PyOS_string_to_double` accepts in full:
/// `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]` or
/// `[sign] (inf | infinity | nan)`, case-insensitively. Checked here so that
/// Rust's parser (which is correctly rounded) only sees what Python accepts.
fn is_float_syntax(b: &[u8]) -> bool {
    let b = match b.first() {
        Some(b'+' | b'-') => &b[1..],
        _ => b,
    };
    let lower = b.to_ascii_lowercase();
    if matches!(lower.as_slice(), b"inf" | b"infinity" | b"nan") {
        return true;
    }
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == b.len()
}

/// `complex(s)` for a str argument: `<float>`, `<float>j`,
/// `<float><signed-float>j`, and the short forms `j`, `+j`, `-j`,
/// `<float>+j`, optionally in parentheses and surrounded by whitespace
/// (CPython's `complex_from_string_inner`). Returns `(real, imag)` or the
/// ValueError message.
pub fn parse_complex(s: &str) -> Result<(f64, f64), String> {
    const MALFORMED: &str = "complex() arg is a malformed string";
    let Some(ascii) = to_ascii(s) else { return Err(MALFORMED.to_string()) };
    let text =
        remove_underscores(&ascii).ok_or_else(|| format!("could not convert string to complex: {}", str_repr(s)))?;
    let b = text.as_slice();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let skip_space = |mut i: usize| {
        while i < b.len() && is_ascii_space(b[i]) {
            i += 1;
        }
        i
    };
    let mut i = skip_space(0);
    let bracket = at(i) == b'(';
    if bracket {
        i = skip_space(i + 1);
    }
    let (mut re, mut im) = (0.0, 0.0);
    let is_j = |c: u8| c == b'j' || c == b'J';
    let sign_unit = |c: u8| if c == b'+' { 1.0 } else { -1.0 };
    match float_prefix(&b[i..]) {
        Some((z, n)) => {
            i += n;
            if matches!(at(i), b'+' | b'-') {
                re = z;
                match float_prefix(&b[i..]) {
                    Some((y, n)) => {
                        im = y;
                        i += n;
                    }
                    None => {
                        im = sign_unit(at(i));
                        i += 1;
                    }
                }
                if !is_j(at(i)) {
                    return Err(MALFORMED.to_string());
                }
                i += 1;
            } else if is_j(at(i)) {
                im = z;
                i += 1;
            } else {
                re = z;
            }
        }
        None => {
            if matches!(at(i), b'+' | b'-') {
                im = sign_unit(at(i));
                i += 1;
            } else {
                im = 1.0;
            }
            if !is_j(at(i)) {
                return Err(MALFORMED.to_string());
            }
            i += 1;
        }
    }
    i = skip_space(i);
    if bracket {
        if at(i) != b')' {
            return Err(MALFORMED.to_string());
        }
        i = skip_space(i + 1);
    }
    if i != b.len() {
        return Err(MALFORMED.to_string());
    }
    Ok((re, im))
}

/// The longest prefix of `b` that `PyOS_string_to_double` reads as a
/// float (sign, digits, point, exponent; or inf, infinity, nan), with its
/// value (an overflow is an infinity) and length; None if there is none.
fn float_prefix(b: &[u8]) -> Option<(f64, usize)> {
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let rest = b[i..].to_ascii_lowercase();
    let special = if rest.starts_with(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if rest.starts_with(b"inf") {
        Some((f64::INFINITY, 3))
    } else if rest.starts_with(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, n)) = special {
        let v = if b[0] == b'-' { -v } else { v };
        return Some((v, i + n));
    }
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let int_digits = digits(i);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        frac_digits = digits(i + 1);
        if int_digits + frac_digits > 0 {
            i += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(b.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let n = digits(j);
        if n > 0 {
            i = j + n;
        }
    }
    let t = std::str::from_utf8(&b[..i]).ok()?;
    Some((t.parse::<f64>().ok()?, i))
}
