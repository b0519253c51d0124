//! The `str` methods with Python semantics, over `&str`.
//!
//! All positions and lengths are in code points, as in Python; `start`/
//! `end` arguments are `Option<i64>` with `None` meaning omitted, and are
//! resolved with [`adjust_indices`] like CPython's `ADJUST_INDICES`. Each
//! function mirrors the corresponding CPython 3.11 routine in
//! `Objects/unicodeobject.c` (edge cases of empty separators, negative
//! counts and out-of-range starts included). Errors are ValueError
//! messages (`empty separator`, `substring not found`).
//!
//! Pure-ASCII strings take byte-indexed fast paths; otherwise code point
//! indices are converted to byte offsets once per call.

use super::TextError;
use super::chars::{
    is_alnum, is_alpha, is_cased, is_decimal, is_digit, is_linebreak, is_lower, is_numeric, is_printable, is_space,
    is_titlecase, is_upper, is_xid_continue, is_xid_start, push_casefold, push_lower_in, push_title, push_upper,
};
use super::slice::{SliceIndices, adjust_indices, normalize_index, normalize_slice};
use crate::capacity;

// ---------------------------------------------------------------------------
// Code point indexing
// ---------------------------------------------------------------------------

/// `len(s)`: the number of code points.
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.chars().count() }
}

/// Byte offset of code point `ci` (clamped to the end of `s`).
fn byte_offset(s: &str, ci: usize) -> usize {
    if s.is_ascii() {
        return ci.min(s.len());
    }
    s.char_indices().nth(ci).map_or(s.len(), |(b, _)| b)
}

/// The substring between code point positions `start..end` (clamped).
fn char_range(s: &str, start: usize, end: usize) -> &str {
    if end <= start {
        return "";
    }
    let b0 = byte_offset(s, start);
    let b1 = b0 + byte_offset(&s[b0..], end - start);
    &s[b0..b1]
}

/// `s[i]`: the character at code point index `i` (negative counts from
/// the end); `None` means IndexError `string index out of range`.
pub fn char_at(s: &str, i: i64) -> Option<char> {
    let i = normalize_index(char_count(s), i)?;
    if s.is_ascii() {
        return Some(s.as_bytes()[i] as char);
    }
    s.chars().nth(i)
}

/// `s[start:stop:step]` with Python slice semantics. Fails only with
/// `slice step cannot be zero`.
pub fn slice_chars(s: &str, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Result<String, String> {
    let idx = normalize_slice(char_count(s), start, stop, step)?;
    Ok(slice_with(s, &idx))
}

/// `s[...]` for already normalised slice indices.
pub fn slice_with(s: &str, idx: &SliceIndices) -> String {
    if idx.count == 0 {
        return String::new();
    }
    if idx.step == 1 {
        let start = idx.start as usize;
        return char_range(s, start, start + idx.count).to_string();
    }
    if s.is_ascii() {
        let b = s.as_bytes();
        return idx.positions().map(|p| b[p] as char).collect();
    }
    let chars: Vec<char> = s.chars().collect();
    idx.positions().map(|p| chars[p]).collect()
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// The code-point window `s[start:end]` after `ADJUST_INDICES`, with its
/// code point offset; `None` when `sub_len` code points cannot fit.
fn window(s: &str, start: Option<i64>, end: Option<i64>, sub_len: usize) -> Option<(&str, usize)> {
    let (start, end) = adjust_indices(start, end, char_count(s));
    if end - start < sub_len as i64 {
        return None;
    }
    let (start, end) = (start as usize, end as usize);
    Some((char_range(s, start, end), start))
}

/// `s.find(sub, start, end)`: lowest code point index or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, offset)) = window(s, start, end, char_count(sub)) else {
        return -1;
    };
    w.find(sub).map_or(-1, |b| (offset + char_count(&w[..b])) as i64)
}

/// `s.rfind(sub, start, end)`: highest code point index or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((w, offset)) = window(s, start, end, char_count(sub)) else {
        return -1;
    };
    w.rfind(sub).map_or(-1, |b| (offset + char_count(&w[..b])) as i64)
}

/// `s.index(...)`: like [`find`] but `substring not found` instead of -1.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, String> {
    match find(s, sub, start, end) {
        -1 => Err("substring not found".to_string()),
        i => Ok(i),
    }
}

/// `s.rindex(...)`: like [`rfind`] but `substring not found` instead of -1.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<i64, String> {
    match rfind(s, sub, start, end) {
        -1 => Err("substring not found".to_string()),
        i => Ok(i),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub`
/// matches between every pair of code points and at both ends.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let Some((w, _)) = window(s, start, end, char_count(sub)) else {
        return 0;
    };
    if sub.is_empty() {
        return char_count(w) + 1;
    }
    w.matches(sub).count()
}

/// `s.startswith(prefix, start, end)` for one prefix (the runtime loops
/// over a tuple of prefixes).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, char_count(prefix)).is_some_and(|(w, _)| w.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, start, end, char_count(suffix)).is_some_and(|(w, _)| w.ends_with(suffix))
}

// ---------------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------------

/// `s.split(sep, maxsplit)`; `maxsplit < 0` means no limit. With `sep`
/// `None`, splits on runs of whitespace and drops empty strings.
pub fn split(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let Some(sep) = sep else {
        return Ok(split_whitespace(s, max));
    };
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    let mut out = Vec::new();
    let mut rest = s;
    while out.len() < max {
        match rest.find(sep) {
            Some(i) => {
                out.push(rest[..i].to_string());
                rest = &rest[i + sep.len()..];
            }
            None => break,
        }
    }
    out.push(rest.to_string());
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but from the right.
pub fn rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<String>, String> {
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let Some(sep) = sep else {
        return Ok(rsplit_whitespace(s, max));
    };
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    let mut out = Vec::new();
    let mut rest = s;
    while out.len() < max {
        match rest.rfind(sep) {
            Some(i) => {
                out.push(rest[i + sep.len()..].to_string());
                rest = &rest[..i];
            }
            None => break,
        }
    }
    out.push(rest.to_string());
    out.reverse();
    Ok(out)
}

fn split_whitespace(s: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == max {
            // The remainder keeps its trailing whitespace.
            out.push(rest.to_string());
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}

fn rsplit_whitespace(s: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() == max {
            out.push(rest.to_string());
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
        out.push(rest[start..].to_string());
        rest = rest[..start].trim_end_matches(is_space);
    }
    out.reverse();
    out
}

/// `s.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`,
/// `\x1c`-`\x1e`, `\x85`, U+2028 and U+2029.
pub fn splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            end += 1;
        }
        out.push(s[line_start..if keepends { end } else { i }].to_string());
        line_start = end;
    }
    if line_start < s.len() {
        out.push(s[line_start..].to_string());
    }
    out
}

/// `s.partition(sep)`: `(before, sep, after)`, or `(s, "", "")`.
pub fn partition(s: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    Ok(match s.find(sep) {
        Some(i) => (s[..i].to_string(), sep.to_string(), s[i + sep.len()..].to_string()),
        None => (s.to_string(), String::new(), String::new()),
    })
}

/// `s.rpartition(sep)`: `(before, sep, after)` at the last `sep`, or
/// `("", "", s)`.
pub fn rpartition(s: &str, sep: &str) -> Result<(String, String, String), String> {
    if sep.is_empty() {
        return Err("empty separator".to_string());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (s[..i].to_string(), sep.to_string(), s[i + sep.len()..].to_string()),
        None => (String::new(), String::new(), s.to_string()),
    })
}

// ---------------------------------------------------------------------------
// Stripping, replacing, padding
// ---------------------------------------------------------------------------

/// `s.strip(chars)`: `None` strips whitespace, otherwise any of `chars`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

/// `s.replace(old, new, count)`; `count < 0` replaces all. An empty `old`
/// inserts `new` before every code point and at the end (`count` times).
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, TextError> {
    let max = if count < 0 { usize::MAX } else { count as usize };
    if max == 0 {
        return Ok(s.to_string());
    }
    if old.is_empty() {
        let inserted = new.len().checked_mul((char_count(s) + 1).min(max)).ok_or(capacity::TooLarge)?;
        let mut out = capacity::try_string(capacity::add(s.len(), inserted)?)?;
        let mut done = 0;
        for c in s.chars() {
            if done < max {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < max {
            out.push_str(new);
        }
        return Ok(out);
    }
    // One searcher for the whole string (`find` in a loop set up a new one
    // per match), a one-character pattern searched as a char (memchr).
    let mut chars = old.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => splice(s, old.len(), new, s.match_indices(c).map(|(i, _)| i), max),
        _ => splice(s, old.len(), new, s.match_indices(old).map(|(i, _)| i), max),
    }
}

/// `s` with the first `max` matches (starting at `starts`, each `old_len`
/// bytes) replaced by `new`.
fn splice(
    s: &str,
    old_len: usize,
    new: &str,
    starts: impl Iterator<Item = usize> + Clone,
    max: usize,
) -> Result<String, TextError> {
    // A longer replacement grows the string: check the final size first.
    let mut size = s.len();
    if new.len() > old_len {
        let matches = starts.clone().take(max).count();
        size = capacity::add(size, matches.checked_mul(new.len() - old_len).ok_or(capacity::TooLarge)?)?;
    }
    let mut out = capacity::try_string(size)?;
    let mut last = 0;
    for i in starts.take(max) {
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + old_len;
    }
    out.push_str(&s[last..]);
    Ok(out)
}

/// `s` with `left` and `right` copies of `fill` around it; the widths come
/// from the program, so the size is checked (`MemoryError`) before building.
fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, TextError> {
    let fill_bytes = capacity::add(left, right)?.checked_mul(fill.len_utf8()).ok_or(capacity::TooLarge)?;
    let mut out = capacity::try_string(capacity::add(s.len(), fill_bytes)?)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `s.center(width, fill)`. Odd padding goes to the right unless both the
/// padding and `width` are odd (CPython's `marg / 2 + (marg & width & 1)`).
pub fn center(s: &str, width: i64, fill: char) -> Result<String, TextError> {
    let len = char_count(s) as i64;
    if width <= len {
        return Ok(s.to_string());
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(s, left as usize, (marg - left) as usize, fill)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<String, TextError> {
    let len = char_count(s) as i64;
    if width <= len {
        return Ok(s.to_string());
    }
    pad(s, 0, (width - len) as usize, fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<String, TextError> {
    let len = char_count(s) as i64;
    if width <= len {
        return Ok(s.to_string());
    }
    pad(s, (width - len) as usize, 0, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(s: &str, width: i64) -> Result<String, TextError> {
    let len = char_count(s) as i64;
    if width <= len {
        return Ok(s.to_string());
    }
    let n_zeros = (width - len) as usize;
    let mut out = capacity::try_string(capacity::add(s.len(), n_zeros)?)?;
    let rest = match s.as_bytes().first() {
        Some(&sign @ (b'+' | b'-')) => {
            out.push(sign as char);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', n_zeros));
    out.push_str(rest);
    Ok(out)
}

/// `s.expandtabs(tabsize)`: tabs to spaces up to the next multiple of
/// `tabsize` columns (columns restart after `\n` and `\r`); with
/// `tabsize <= 0` tabs are removed. (`tabsize` is a C int in CPython: the
/// runtime raises `OverflowError: Python int too large to convert to C int`
/// for values beyond `i32`.)
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, TextError> {
    if !s.contains('\t') {
        return Ok(s.to_string());
    }
    // Each tab becomes at most `tabsize` spaces: check the worst case once.
    let tabs = s.matches('\t').count();
    capacity::check(capacity::add(s.len(), tabs.saturating_mul(tabsize.max(0) as usize))?, 1)?;
    let mut out = String::with_capacity(s.len());
    let mut column: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let n = tabsize - column % tabsize;
                column += n;
                out.extend(std::iter::repeat_n(' ', n as usize));
            }
        } else {
            column += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

/// `s.upper()` (full mappings: `'ß'` → `'SS'`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `s.lower()` (full mappings, final sigma in context).
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_in(&mut out, &chars, i);
    }
    out
}

/// `s.casefold()`: aggressive lowercasing for caseless matching.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_casefold(&mut out, c);
    }
    out
}

/// `s.swapcase()`: upper-case characters lowered, lower-case raised.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_in(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.capitalize()`: first character title-cased, the rest lowered.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_in(&mut out, &chars, i);
        }
    }
    out
}

/// `s.title()`: a character following a cased one is lowered, any other
/// is title-cased (so `"they're"` → `"They'Re"`, as in Python).
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_in(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isidentifier()`: a valid Python identifier (keywords included).
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    it.next().is_some_and(is_xid_start) && it.all(is_xid_continue)
}

/// `s.isupper()`: at least one cased character and no lower/titlecase.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `s.islower()`: at least one cased character and no upper/titlecase.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `s.istitle()`: upper/titlecase characters only after uncased ones and
/// lower-case ones only after cased ones, with at least one cased.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}
