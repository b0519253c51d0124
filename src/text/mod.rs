//! Pure text and number formatting shared by the runtime: float repr, format specs, %-formatting, str methods.
//!
//! Everything here is a plain function over Rust values (`&str`, `f64`,
//! `BigInt`, ...) with no dependency on the interpreter's object model, so
//! it can be tested directly against CPython 3.11 (see `tests/text.rs`).
//! The runtime wraps the results into Python objects and turns a
//! [`TextError`] into the Python exception it names.
//!
//! One concept per module:
//!
//! * [`float_repr`]: `repr(float)` and the `PyOS_double_to_string` core
//!   (`'e' 'f' 'g' 'r'` with flags) that every float formatter uses; `round`.
//! * [`complex_text`]: `repr(complex)` (its format spec is in `format_spec`).
//! * [`int_format`]: `bin`/`oct`/`hex`, digit grouping.
//! * [`format_spec`]: the format-spec mini-language (`format()`, f-strings,
//!   `str.format`) for int, float and str.
//! * [`format_string`]: parsing `str.format` templates (`"{0[k]!r:>{w}}"`).
//! * [`percent`]: printf-style `str % args`.
//! * [`str_repr`]: `repr(str)`, `ascii()`, `repr(bytes)`.
//! * [`chars`]: per-character predicates and case mappings (CPython 3.11 tables).
//! * [`slice`]: index/slice normalisation shared by str, list and tuple.
//! * [`str_methods`]: the `str` methods, in code point indices.
//! * [`parse_number`]: `int(str, base)`, `float(str)` and `complex(str)`.

pub mod chars;
pub mod complex_text;
pub mod float_repr;
pub mod format_spec;
pub mod format_string;
pub mod int_format;
pub mod parse_number;
pub mod percent;
pub mod slice;
pub mod str_methods;
pub mod str_repr;
#[rustfmt::skip]
mod unicode_tables;

use std::fmt;

/// The Python exception class a text operation fails with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExcKind {
    ValueError,
    TypeError,
    OverflowError,
    MemoryError,
}

impl ExcKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception to raise: its class and CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextError {
    pub kind: ExcKind,
    pub message: String,
}

impl TextError {
    pub fn value(message: impl Into<String>) -> Self {
        TextError { kind: ExcKind::ValueError, message: message.into() }
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        TextError { kind: ExcKind::TypeError, message: message.into() }
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        TextError { kind: ExcKind::OverflowError, message: message.into() }
    }
}

impl From<crate::capacity::TooLarge> for TextError {
    fn from(_: crate::capacity::TooLarge) -> Self {
        TextError { kind: ExcKind::MemoryError, message: String::new() }
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for TextError {}
