//! Per-character predicates and case mappings with CPython 3.11 semantics.
//!
//! Python's `str` predicates are defined per code point from the Unicode
//! database bundled with the interpreter (Unicode 14.0 for 3.11). Rust's
//! std uses a newer Unicode version and different property definitions
//! (`char::is_alphabetic` is the Alphabetic property, which includes marks
//! that Python's `isalpha` rejects), so the predicates use tables
//! generated from CPython itself (`unicode_tables.rs`), case mappings
//! included (std's would map e.g. U+019B to a capital added in Unicode 16).

use super::unicode_tables as t;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn lookup_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| table[i].1)
}

/// `str.isspace` for one character: Unicode White_Space plus the four
/// ASCII information separators `\x1c`..`\x1f` (bidirectional class B/S),
/// which CPython also treats as whitespace (e.g. in `str.split()`).
pub fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Line boundaries recognised by `str.splitlines` (besides `\r\n`).
pub fn is_linebreak(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `str.isalpha` for one character (categories Lm, Lt, Lu, Ll, Lo).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(t::ALPHA, c)
}

/// `str.isdecimal` for one character (category Nd).
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(t::DECIMAL, c)
}

/// The value of a Unicode decimal digit (`'7'`, `'٣'`, `'７'`), as accepted
/// by `int()`, `float()` and format-spec widths; `None` for anything else.
/// Every run of category Nd characters in Unicode is a complete 0..=9
/// sequence starting at zero, so the value is the offset within its run.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let table = t::DECIMAL;
    let i = table.partition_point(|&(_, hi)| hi < cp);
    match table.get(i) {
        Some(&(lo, _)) if lo <= cp => Some((cp - lo) % 10),
        _ => None,
    }
}

/// `str.isdigit` for one character (decimal digits plus e.g. superscripts).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(t::DIGIT, c)
}

/// `str.isnumeric` for one character (any numeric value, e.g. `'½'`, `'Ⅻ'`).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(t::NUMERIC, c)
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `str.isprintable` for one character: everything except categories
/// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the ASCII space.
/// This also decides which characters `repr(str)` escapes.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(t::PRINTABLE, c)
}

/// May `c` start an identifier (XID_Start or `_`)?
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    in_table(t::XID_START, c)
}

/// May `c` continue an identifier (XID_Continue)?
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_table(t::XID_CONTINUE, c)
}

/// Lowercase property (what `str.islower` looks at).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_table(t::LOWER, c)
}

/// Uppercase property (what `str.isupper` looks at).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_table(t::UPPER, c)
}

/// Titlecase letters (category Lt, e.g. `'ǅ'`).
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(t::TITLECASE, c)
}

/// Cased characters (Lowercase, Uppercase or Lt).
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(t::CASED, c)
}

/// Case_Ignorable characters (apostrophes, combining marks, ...).
pub fn is_case_ignorable(c: char) -> bool {
    in_table(t::CASE_IGNORABLE, c)
}

/// Looks `c` up in (start, end, stride, delta) case runs.
fn lookup_runs(runs: &[(u32, u32, u32, i32)], c: char) -> Option<char> {
    let cp = c as u32;
    // Runs are sorted and disjoint: only the last one starting at or
    // before `cp` can contain it.
    let idx = runs.partition_point(|&(start, _, _, _)| start <= cp);
    let &(start, end, stride, delta) = runs.get(idx.checked_sub(1)?)?;
    if cp > end || !(cp - start).is_multiple_of(stride) {
        return None;
    }
    char::from_u32(cp.wrapping_add_signed(delta))
}

/// Appends the full uppercase mapping of `c` (`'ß'` → `"SS"`), per
/// CPython 3.11's Unicode 14 data.
pub fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else if let Some(m) = lookup_runs(t::UPPER_RUNS, c) {
        out.push(m);
    } else if let Some(s) = lookup_map(t::UPPER_MULTI, c) {
        out.push_str(s);
    } else {
        out.push(c);
    }
}

/// Appends the full lowercase mapping of `c`, ignoring the final-sigma
/// rule (see [`push_lower_in`] for the context-aware version).
pub fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(m) = lookup_runs(t::LOWER_RUNS, c) {
        out.push(m);
    } else if let Some(s) = lookup_map(t::LOWER_MULTI, c) {
        out.push_str(s);
    } else {
        out.push(c);
    }
}

/// Appends the full titlecase mapping of `c` (`'ǆ'` → `'ǅ'`, `'ß'` → `"Ss"`).
pub fn push_title(out: &mut String, c: char) {
    match lookup_map(t::TITLE_SPECIAL, c) {
        Some(s) => out.push_str(s),
        None => push_upper(out, c),
    }
}

/// Appends the full case folding of `c` (`'ß'` → `"ss"`, `'ſ'` → `"s"`).
pub fn push_casefold(out: &mut String, c: char) {
    match lookup_map(t::CASEFOLD_SPECIAL, c) {
        Some(s) => out.push_str(s),
        None => push_lower(out, c),
    }
}

/// Appends the lowercase mapping of `chars[i]` in context: a capital sigma
/// becomes a final sigma `'ς'` when preceded by a cased letter and not
/// followed by one (case-ignorable characters skipped), as CPython's
/// `lower_ucs4`/`handle_capital_sigma` do for lower, swapcase, capitalize
/// and title.
pub fn push_lower_in(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        push_lower(out, c);
        return;
    }
    let before = chars[..i].iter().rev().find(|&&p| !is_case_ignorable(p));
    let mut final_sigma = before.is_some_and(|&p| is_cased(p));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&n| !is_case_ignorable(n));
        final_sigma = after.is_none_or(|&n| !is_cased(n));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}
