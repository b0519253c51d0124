//! Integer to text: `str(int)`, `bin`/`oct`/`hex`, and digit grouping.

use num_bigint::BigInt;
use num_traits::Signed;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::TextError;

/// CPython 3.11's default `sys.get_int_max_str_digits()`: decimal
/// conversions of ints with more digits than this raise ValueError (a
/// guard against quadratic-time conversions). Bases 2, 8 and 16 are exempt.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The smallest non-zero limit `sys.set_int_max_str_digits` accepts.
pub const INT_STR_DIGITS_THRESHOLD: usize = 640;

/// The limit in force (0 = none). One per process: CPython keeps one per
/// interpreter, but minipy's process-mode interpreters share an OS
/// process, so a child that raises it raises it for its siblings too.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(INT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`, already checked against
/// [`INT_STR_DIGITS_THRESHOLD`].
pub fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// Whether `digits` decimal digits exceed the limit in force.
pub fn exceeds_str_digits(digits: usize) -> bool {
    let limit = max_str_digits();
    limit != 0 && digits > limit
}

/// The ValueError CPython raises when converting an int with too many
/// digits *to* a string (`str(10**4300)`).
pub fn too_many_digits_to_str() -> TextError {
    TextError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits()
    ))
}

/// `str(v)` for an int, with CPython's limit of [`INT_MAX_STR_DIGITS`]
/// decimal digits.
pub fn int_to_decimal(v: &BigInt) -> Result<String, TextError> {
    let limit = max_str_digits();
    // log10(2) < 0.30103: an int below 2**(limit/0.30103) has at most
    // `limit` digits, so most values skip the check after converting.
    if limit != 0 && v.bits() as f64 * std::f64::consts::LOG10_2 > limit as f64 - 1.0 {
        // v >= 2**(bits-1), so it has more than (bits-1)*log10(2) digits;
        // the +1 margin absorbs float error. Refuse before converting.
        if (v.bits() - 1) as f64 * std::f64::consts::LOG10_2 >= limit as f64 + 1.0 {
            return Err(too_many_digits_to_str());
        }
        let s = v.to_string();
        let digits = s.len() - usize::from(v.is_negative());
        if digits > limit {
            return Err(too_many_digits_to_str());
        }
        return Ok(s);
    }
    Ok(v.to_string())
}

/// `bin(v)`, `oct(v)`, `hex(v)` (base 2, 8, 16) and their prefix-less forms:
/// lower-case digits, the sign before the prefix (`-0x1f`). With `prefix`
/// false this is `format(v, 'b'/'o'/'x')`. Base 10 is also accepted (no
/// prefix, and no digit limit: see [`int_to_decimal`]).
///
/// # Panics
/// If `base` is not 2, 8, 10 or 16.
pub fn int_to_base(v: &BigInt, base: u32, prefix: bool) -> String {
    let marker = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        10 => "",
        _ => panic!("int_to_base: unsupported base {base}"),
    };
    let digits = v.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(marker);
    }
    out.push_str(&digits);
    out
}

/// Inserts `sep` between groups of `group` digits counting from the right
/// (`"1234567"` → `"1,234,567"`), and left-pads with zeros (and separators)
/// to at least `min_width` characters, exactly as CPython's
/// `_PyUnicode_InsertThousandsGrouping` does for `format(1234, '010,')`
/// (`"00,001,234"`). `digits` must be ASCII. `group == 0` means no
/// grouping (only zero padding).
pub fn group_digits(digits: &str, group: usize, sep: char, min_width: usize) -> String {
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width as i64;
    // Groups are produced right to left; collect them and reverse.
    let mut pieces: Vec<String> = Vec::new();
    let mut end = bytes.len();
    let mut emit = |len: i64, remaining: &mut i64, pieces: &mut Vec<String>| {
        let n_zeros = (len - *remaining).max(0) as usize;
        let n_chars = (*remaining).min(len).max(0) as usize;
        let mut piece = "0".repeat(n_zeros);
        piece.push_str(&digits[end - n_chars..end]);
        end -= n_chars;
        *remaining -= n_chars as i64;
        pieces.push(piece);
    };
    let mut broke = false;
    if group > 0 {
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            emit(len, &mut remaining, &mut pieces);
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broke = true;
                break;
            }
            min_width -= 1; // the separator's width
        }
    }
    if !broke {
        let len = remaining.max(min_width).max(1);
        emit(len, &mut remaining, &mut pieces);
    }
    pieces.reverse();
    let mut sep_buf = [0u8; 4];
    pieces.join(sep.encode_utf8(&mut sep_buf))
}
