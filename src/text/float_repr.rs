//! Float to text, exactly as CPython 3.11 does it.
//!
//! CPython funnels every float conversion (`repr`, `str`, `format`,
//! `%`-formatting, f-strings) through `PyOS_double_to_string`, which asks
//! David Gay's `dtoa` for a correctly rounded digit string and then lays the
//! digits out (`format_float_short` in `Python/pystrtod.c`). This module
//! does the same: Rust's float formatting supplies the correctly rounded
//! digits (shortest round-trip for `{:e}`, exact round-half-even for
//! `{:.N}` and `{:.Ne}`), and [`double_to_string`] reproduces CPython's
//! layout rules, including when to switch to exponent notation.

use super::TextError;

/// Layout options of [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// Always emit a sign (`+1.5`). (`Py_DTSF_SIGN`)
    pub sign: bool,
    /// Keep at least one digit after the point if the result looks like an
    /// integer (`1.0` rather than `1`). (`Py_DTSF_ADD_DOT_0`)
    pub add_dot_0: bool,
    /// Alternate form `#`: keep the point and trailing zeros. (`Py_DTSF_ALT`)
    pub alt: bool,
    /// The `z` option: a result that rounds to zero loses its minus sign.
    /// (`Py_DTSF_NO_NEG_0`)
    pub no_neg_0: bool,
}

/// `repr(x)` and `str(x)` for a Python float: the shortest digit string
/// that round-trips, in positional notation for exponents -4 ..= 15 and in
/// exponent notation (`1e+16`, `1.5e-05`) otherwise; `inf`, `-inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, FloatFlags { add_dot_0: true, ..FloatFlags::default() })
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of:
/// * `'e'`/`'E'`: exponent notation with `precision` digits after the point;
/// * `'f'`/`'F'`: positional notation with `precision` digits after the point;
/// * `'g'`/`'G'`: `precision` significant digits (0 counts as 1), positional
///   or exponent notation as `%g` chooses, trailing zeros removed unless
///   `flags.alt`;
/// * `'r'`: shortest round-trip digits (`precision` is ignored), as `repr`.
///
/// Upper-case codes give `E`, `INF` and `NAN`. NaN never has a sign.
///
/// # Panics
/// On any other `code` (a caller bug: codes are validated before this).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let negative = x.is_sign_negative();
    let mut out = String::new();

    if !x.is_finite() {
        // Gay's dtoa reports inf/nan specially; CPython ignores a NaN's sign.
        let is_nan = x.is_nan();
        if negative && !is_nan {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (is_nan, upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }

    let a = x.abs();
    // `digits` has no leading zeros; its value is 0.DIGITS * 10**decpt.
    let (digits, decpt) = match code {
        'e' => significant_digits(a, precision + 1),
        'f' => fixed_digits(a, precision),
        'g' => significant_digits(a, precision.max(1)),
        'r' => shortest_digits(a),
        _ => panic!("double_to_string: invalid format code {code:?}"),
    };
    // `precision` as CPython sees it after PyOS_double_to_string's
    // adjustments ('e' counts the digit before the point, 'g' treats 0 as 1).
    let precision = match code {
        'e' => precision as i64 + 1,
        'g' => precision.max(1) as i64,
        _ => precision as i64,
    };

    let is_zero = digits.bytes().all(|b| b == b'0');
    if negative && !(flags.no_neg_0 && is_zero) {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }

    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut use_exp = false;
    // The output is the slice vdigits[vdigits_start..vdigits_end] of the
    // digit string padded with zeros on both sides, with a point at decpt.
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // 'r': exponent from 1e16 on, so that a 16-digit shortest repr
            // is never padded with misleading zeros.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    // Zero padding on the left of the digits.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits, with the point inside them if it falls there.
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    // Zero padding on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": a sign and at least two digits.
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    }
    out
}

/// Splits Rust's `{:e}` output ("1.2345e-5") into digits without trailing
/// zeros and the decimal point position (value = 0.DIGITS * 10**decpt).
fn split_exp_form(s: &str) -> (String, i64) {
    let (mantissa, exp) = s.split_once('e').expect("{:e} output has an exponent");
    let exp: i64 = exp.parse().expect("{:e} exponent is an integer");
    let mut digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits == "0" {
        return (digits, 1);
    }
    (digits, exp + 1)
}

/// dtoa mode 0: the shortest digits that round-trip, and among those the
/// closest to the exact value, ties to even. `a` is finite, >= 0.
fn shortest_digits(a: f64) -> (String, i64) {
    let (digits, decpt) = split_exp_form(&format!("{a:e}"));
    // When the exact value lies exactly halfway between two shortest
    // candidates (565140461587472.25 has 565140461587472.2 and .3), Rust
    // picks the upper one while dtoa rounds half to even. The correctly
    // rounded string with as many digits is the one dtoa picks, provided it
    // round-trips too.
    let (nearest, nearest_decpt) = significant_digits(a, digits.len());
    if nearest != digits {
        let back: f64 = format!("0.{nearest}e{nearest_decpt}").parse().expect("digit string parses");
        if back == a {
            return (nearest, nearest_decpt);
        }
    }
    (digits, decpt)
}

/// More digits than any double's exact decimal expansion has (767
/// significant, 1074 after the point), and within Rust's formatter limit.
const MAX_EXACT_DIGITS: usize = 1100;

/// dtoa mode 2: `n` (>= 1) significant digits, correctly rounded (ties to
/// even on the exact binary value), trailing zeros removed.
fn significant_digits(a: f64, n: usize) -> (String, i64) {
    // A double's exact decimal expansion has at most 767 significant
    // digits; asking for more only adds zeros (trimmed below), and Rust's
    // formatter refuses precisions above 65535.
    split_exp_form(&format!("{:.*e}", n.min(MAX_EXACT_DIGITS) - 1, a))
}

/// dtoa mode 3: `n` digits after the point, correctly rounded, leading and
/// trailing zeros removed; a result of zero is `("0", 1)`.
fn fixed_digits(a: f64, n: usize) -> (String, i64) {
    // At most 1074 digits after the point are ever non-zero (see
    // `significant_digits`).
    let n = n.min(MAX_EXACT_DIGITS);
    let s = format!("{a:.n$}");
    let (int_part, frac_part) = s.split_once('.').unwrap_or((&s, ""));
    let mut decpt = int_part.len() as i64;
    let all = format!("{int_part}{frac_part}");
    let trimmed_left = all.trim_start_matches('0');
    decpt -= (all.len() - trimmed_left.len()) as i64;
    let digits = trimmed_left.trim_end_matches('0');
    if digits.is_empty() {
        return ("0".to_string(), 1);
    }
    (digits.to_string(), decpt)
}

/// `round(x, ndigits)` for a float: `x` rounded to a multiple of
/// `10**-ndigits`, ties to even on the exact binary value of `x` (so
/// `round(2.675, 2)` is `2.67`, because 2.675 is really 2.67499999...).
/// NaN and infinities are returned unchanged.
///
/// Fails with `OverflowError: rounded value too large to represent` when
/// the rounded value overflows (e.g. `round(1.7e308, -308)`).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, TextError> {
    // Beyond these bounds the answer is known without any work
    // (CPython's NDIGITS_MAX / NDIGITS_MIN).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded_text = if ndigits >= 0 {
        // Rust's fixed formatting is correctly rounded from the exact value.
        format!("{:.*}", ndigits as usize, x)
    } else {
        round_to_tens(x, (-ndigits) as u32)
    };
    let rounded: f64 = rounded_text.parse().expect("rounded decimal text parses as f64");
    if rounded.is_infinite() {
        return Err(TextError::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `int(x)` for a float: truncation toward zero. Fails like CPython with
/// `ValueError: cannot convert float NaN to integer` or
/// `OverflowError: cannot convert float infinity to integer`.
pub fn float_to_int(x: f64) -> Result<num_bigint::BigInt, TextError> {
    use num_traits::FromPrimitive;
    if x.is_nan() {
        return Err(TextError::value("cannot convert float NaN to integer"));
    }
    num_bigint::BigInt::from_f64(x.trunc())
        .ok_or_else(|| TextError::overflow("cannot convert float infinity to integer"))
}

/// `round(x)` (no `ndigits`) for a float: the nearest int, ties to even
/// (`round(2.5) == 2`), with the errors of [`float_to_int`].
pub fn round_to_int(x: f64) -> Result<num_bigint::BigInt, TextError> {
    float_to_int(x.round_ties_even())
}

/// Rounds finite `x` to a multiple of `10**n` (n >= 1), ties to even,
/// using exact integer arithmetic on x's binary value; returns decimal text
/// such as `"-12e3"`.
fn round_to_tens(x: f64, n: u32) -> String {
    use num_bigint::BigInt;
    use num_integer::Integer;
    use num_traits::{One, Signed, Zero};

    // x = mantissa * 2**exp exactly.
    let bits = x.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, exp) = if raw_exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), raw_exp - 1075) };
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::from(10u32).pow(n);
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = &r * 2u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += BigInt::one();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if q.is_zero() {
        return format!("{sign}0");
    }
    debug_assert!(!q.is_negative());
    format!("{sign}{q}e{n}")
}
