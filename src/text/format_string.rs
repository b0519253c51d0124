//! Parsing of `str.format` templates (`"{0[key].attr!r:>{width}}"`), as
//! CPython 3.11's `Objects/stringlib/unicode_format.h` does it.
//!
//! The runtime drives the formatting, because fields name arguments,
//! attributes and items that only it can look up. The parser is lazy, so
//! errors surface in CPython's order (text and fields before a malformed
//! part are processed first):
//!
//! ```text
//! let mut numbering = AutoNumbering::default();
//! for piece in FormatTemplate::new(template) {       // errors: ValueError
//!     match piece? {
//!         Piece::Literal(text) => out.push_str(&text),
//!         Piece::Field(field) => {
//!             let mut obj = match numbering.resolve(&field)? {  // ValueError
//!                 ArgRef::Index(i) => positional i (IndexError if missing),
//!                 ArgRef::Name(k) => keyword k (KeyError if missing),
//!             };
//!             for acc in field.accessors() {                 // ValueError
//!                 obj = match acc? { Attr(a) => getattr, Index(i) | Key(k) => getitem };
//!             }
//!             if let Some(c) = field.conversion { obj = convert(obj, Conversion::from_char(c)?) }
//!             let spec = if field.spec_has_fields {
//!                 // recursively format field.spec with the same arguments and
//!                 // `numbering`, one level deeper (see `check_recursion`)
//!             } else { field.spec.to_string() };
//!             out.push_str(&format(obj, &spec)?);
//!         }
//!     }
//! }
//! ```

use std::borrow::Cow;

use super::chars::decimal_value;

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text, with `{{`/`}}` already unescaped.
    Literal(Cow<'a, str>),
    Field(Field<'a>),
}

/// A replacement field `{name!conv:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    /// The whole field name (`"0[key].attr"`), possibly empty.
    pub name: &'a str,
    /// The conversion character after `!`, unchecked (see [`Conversion`]).
    pub conversion: Option<char>,
    /// The raw format spec after `:` (may contain nested fields).
    pub spec: &'a str,
    /// Whether `spec` contains `{`, i.e. must itself be formatted first.
    pub spec_has_fields: bool,
}

/// The conversions `!s`, `!r` and `!a`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    Str,
    Repr,
    Ascii,
}

impl Conversion {
    /// Checks a conversion character, with CPython's ValueError message
    /// (`Unknown conversion specifier x`) otherwise.
    pub fn from_char(c: char) -> Result<Conversion, String> {
        match c {
            's' => Ok(Conversion::Str),
            'r' => Ok(Conversion::Repr),
            'a' => Ok(Conversion::Ascii),
            c if (c as u32) > 32 && (c as u32) < 127 => Err(format!("Unknown conversion specifier {c}")),
            c => Err(format!("Unknown conversion specifier \\x{:x}", c as u32)),
        }
    }
}

/// Which argument a field refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgRef<'a> {
    /// Positional argument (explicit `{0}` or automatic `{}`).
    Index(usize),
    /// Keyword argument `{name}`.
    Name(&'a str),
}

/// One step after the argument: `.attr`, `[0]` or `[key]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor<'a> {
    Attr(&'a str),
    /// `[digits]`: an integer index.
    Index(usize),
    /// `[text]`: a string key.
    Key(&'a str),
}

/// A lazy iterator over the pieces of a template; after an error it ends.
pub struct FormatTemplate<'a> {
    rest: &'a str,
    failed: bool,
}

impl<'a> FormatTemplate<'a> {
    pub fn new(template: &'a str) -> Self {
        FormatTemplate { rest: template, failed: false }
    }
}

impl<'a> Iterator for FormatTemplate<'a> {
    type Item = Result<Piece<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let result = self.step();
        self.failed = result.is_err();
        Some(result)
    }
}

impl<'a> FormatTemplate<'a> {
    /// CPython's `MarkupIterator_next`: literal text up to the next brace,
    /// then either an escaped brace (literal) or a field.
    fn step(&mut self) -> Result<Piece<'a>, String> {
        let s = self.rest;
        let Some(i) = s.find(['{', '}']) else {
            self.rest = "";
            return Ok(Piece::Literal(Cow::Borrowed(s)));
        };
        let brace = s.as_bytes()[i];
        let after = &s[i + 1..];
        let doubled = after.as_bytes().first() == Some(&brace);
        if brace == b'}' && !doubled {
            return Err("Single '}' encountered in format string".to_string());
        }
        if brace == b'{' && after.is_empty() {
            return Err("Single '{' encountered in format string".to_string());
        }
        if doubled {
            // Literal text including one brace; the field (if any) comes
            // on the next call.
            self.rest = &after[1..];
            return Ok(Piece::Literal(Cow::Borrowed(&s[..=i])));
        }
        if i > 0 {
            // Emit the text first; the '{' starts the next piece.
            self.rest = &s[i..];
            return Ok(Piece::Literal(Cow::Borrowed(&s[..i])));
        }
        let (field, rest) = parse_field(after)?;
        self.rest = rest;
        Ok(Piece::Field(field))
    }
}

/// CPython's `parse_field`: `s` starts just after the `{`. Returns the
/// field and the text after its closing `}`.
fn parse_field(s: &str) -> Result<(Field<'_>, &str), String> {
    let mut iter = s.char_indices();
    let mut terminator = None;
    let mut name_end = s.len();
    while let Some((i, c)) = iter.next() {
        match c {
            '{' => return Err("unexpected '{' in field name".to_string()),
            '[' => {
                // Anything up to ']' belongs to the name, braces included.
                for (_, c) in iter.by_ref() {
                    if c == ']' {
                        break;
                    }
                }
            }
            '}' | ':' | '!' => {
                terminator = Some(c);
                name_end = i;
                break;
            }
            _ => {}
        }
    }
    let name = &s[..name_end];
    let mut conversion = None;
    match terminator {
        Some('}') => {
            return Ok((Field { name, conversion, spec: "", spec_has_fields: false }, &s[name_end + 1..]));
        }
        None => return Err("expected '}' before end of string".to_string()),
        _ => {}
    }
    let mut pos = name_end + 1;
    if terminator == Some('!') {
        let mut rest = s[pos..].chars();
        let Some(c) = rest.next() else {
            return Err("end of string while looking for conversion specifier".to_string());
        };
        conversion = Some(c);
        pos += c.len_utf8();
        match rest.next() {
            Some('}') => {
                return Ok((Field { name, conversion, spec: "", spec_has_fields: false }, &s[pos + 1..]));
            }
            Some(':') => pos += 1,
            Some(_) => return Err("expected ':' after conversion specifier".to_string()),
            // "{0!r" at the end: the spec scan below reports it.
            None => {}
        }
    }
    // The spec runs to the '}' that balances the field's '{'.
    let spec_start = pos;
    let mut depth = 1;
    let mut has_fields = false;
    for (i, c) in s[spec_start..].char_indices() {
        match c {
            '{' => {
                has_fields = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    let end = spec_start + i;
                    return Ok((
                        Field { name, conversion, spec: &s[spec_start..end], spec_has_fields: has_fields },
                        &s[end + 1..],
                    ));
                }
            }
            _ => {}
        }
    }
    Err("unmatched '{' in format spec".to_string())
}

/// CPython's `get_integer` on a field name part: `Some(n)` if it is all
/// (Unicode) decimal digits, `None` if empty or not a number.
fn parse_index(s: &str) -> Result<Option<usize>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= i64::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
    }
    Ok(Some(value))
}

impl<'a> Field<'a> {
    /// The part of the name before the first `.` or `[`.
    fn first_part(&self) -> (&'a str, &'a str) {
        let i = self.name.find(['.', '[']).unwrap_or(self.name.len());
        self.name.split_at(i)
    }

    /// The accessors after the argument, parsed lazily (CPython's
    /// `FieldNameIterator`), so that lookups before a malformed part run
    /// first.
    pub fn accessors(&self) -> Accessors<'a> {
        Accessors { rest: self.first_part().1, failed: false }
    }
}

/// Iterator over a field's [`Accessor`]s.
pub struct Accessors<'a> {
    rest: &'a str,
    failed: bool,
}

impl<'a> Iterator for Accessors<'a> {
    type Item = Result<Accessor<'a>, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let result = self.step();
        self.failed = result.is_err();
        Some(result)
    }
}

impl<'a> Accessors<'a> {
    fn step(&mut self) -> Result<Accessor<'a>, String> {
        let s = self.rest;
        let empty = || "Empty attribute in format string".to_string();
        if let Some(after) = s.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            self.rest = &after[end..];
            if end == 0 {
                return Err(empty());
            }
            return Ok(Accessor::Attr(&after[..end]));
        }
        if let Some(after) = s.strip_prefix('[') {
            let Some(end) = after.find(']') else {
                return Err("Missing ']' in format string".to_string());
            };
            self.rest = &after[end + 1..];
            let key = &after[..end];
            let index = parse_index(key)?;
            if key.is_empty() {
                return Err(empty());
            }
            return Ok(match index {
                Some(i) => Accessor::Index(i),
                None => Accessor::Key(key),
            });
        }
        Err("Only '.' or '[' may follow ']' in format field specifier".to_string())
    }
}

/// The automatic/manual numbering state of one `str.format` call, shared
/// by nested fields in format specs (CPython's `AutoNumber`).
#[derive(Debug, Clone, Default)]
pub struct AutoNumbering {
    mode: Option<bool>, // Some(true) = automatic, Some(false) = manual
    next: usize,
}

impl AutoNumbering {
    /// Resolves which argument `field` names, numbering `{}` fields
    /// automatically. Errors: mixing `{}` and `{0}`, or a huge index.
    pub fn resolve<'a>(&mut self, field: &Field<'a>) -> Result<ArgRef<'a>, String> {
        let first = field.first_part().0;
        let index = parse_index(first)?;
        let auto = first.is_empty();
        if !auto && index.is_none() {
            return Ok(ArgRef::Name(first));
        }
        match self.mode {
            None => self.mode = Some(auto),
            Some(true) if !auto => {
                return Err("cannot switch from automatic field numbering to manual field specification".to_string());
            }
            Some(false) if auto => {
                return Err("cannot switch from manual field specification to automatic field numbering".to_string());
            }
            _ => {}
        }
        if auto {
            self.next += 1;
            return Ok(ArgRef::Index(self.next - 1));
        }
        Ok(ArgRef::Index(index.expect("numeric field")))
    }
}

/// `str.format` formats a template at depth 2 and each nested spec one
/// level deeper; formatting at depth 0 fails with this ValueError
/// (`"{:{:{}}}".format(1, 2, 3)`).
pub fn check_recursion(depth: u32) -> Result<(), String> {
    if depth == 0 { Err("Max string recursion exceeded".to_string()) } else { Ok(()) }
}

/// The recursion depth `str.format` starts at.
pub const FORMAT_RECURSION_DEPTH: u32 = 2;
