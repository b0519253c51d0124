//! Python regular-expression syntax to fancy-regex syntax.
//!
//! fancy-regex (backtracking, with the `regex` crate underneath) already
//! has backreferences, lookaround, atomic groups and possessive repeats;
//! what differs is spelling and a few semantics: Python's `$` also matches
//! before a final newline, `\Z` is the end of the string, `{` that does not
//! start a repeat is a literal, `[` inside a class is a literal, verbose
//! mode keeps whitespace inside classes, and `\<` is a literal. This walk
//! rewrites each construct and, on the way, finds the common mistakes
//! itself so they carry CPython's `re.error` messages and positions.

use std::collections::HashMap;

pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_ASCII: u32 = 256;

/// A translated pattern.
pub struct Translated {
    pub pattern: String,
    pub groups: usize,
    /// Named groups in the order they appear.
    pub names: Vec<(String, usize)>,
    /// The flags after inline `(?aimsx)` at the start were folded in.
    pub flags: u32,
    /// For each group (from 1), the rank of its `)` in the pattern: of two
    /// groups ending at the same place, the one closed later is
    /// `Match.lastindex`.
    pub close_order: Vec<usize>,
}

/// A CPython `re.error`: message (without the position) and position
/// in characters.
pub struct ReError {
    pub msg: String,
    pub pos: Option<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, ReError> {
    Err(ReError { msg: msg.into(), pos: Some(pos) })
}

struct Walker {
    chars: Vec<char>,
    i: usize,
    out: String,
    flags: u32,
    groups: usize,
    names: HashMap<String, usize>,
    name_order: Vec<(String, usize)>,
    /// Open groups: (position of `(`, group number if capturing).
    open: Vec<(usize, Option<usize>)>,
    /// Whether the last thing emitted can take a repeat, and whether it was one.
    can_repeat: bool,
    last_was_repeat: bool,
    close_order: Vec<usize>,
}

pub fn translate(pattern: &str, flags: u32) -> Result<Translated, ReError> {
    let mut w = Walker {
        chars: pattern.chars().collect(),
        i: 0,
        out: String::new(),
        flags,
        groups: 0,
        names: HashMap::new(),
        name_order: Vec::new(),
        open: Vec::new(),
        can_repeat: false,
        last_was_repeat: false,
        close_order: Vec::new(),
    };
    w.leading_flags()?;
    let mut body = std::mem::take(&mut w.out);
    w.out = String::new();
    w.walk()?;
    body.push_str(&w.out);
    if let Some(&(pos, _)) = w.open.last() {
        return err("missing ), unterminated subpattern", pos);
    }
    let mut prefix = String::new();
    for (bit, letter) in [(FLAG_IGNORECASE, 'i'), (FLAG_MULTILINE, 'm'), (FLAG_DOTALL, 's')] {
        if w.flags & bit != 0 {
            prefix.push(letter);
        }
    }
    let pattern = if prefix.is_empty() { body } else { format!("(?{prefix}){body}") };
    let mut close_order = vec![0; w.groups];
    for (rank, g) in w.close_order.iter().enumerate() {
        close_order[g - 1] = rank;
    }
    Ok(Translated { pattern, groups: w.groups, names: w.name_order, flags: w.flags, close_order })
}

impl Walker {
    fn peek(&self, k: usize) -> Option<char> {
        self.chars.get(self.i + k).copied()
    }

    fn verbose(&self) -> bool {
        self.flags & FLAG_VERBOSE != 0
    }

    fn ascii(&self) -> bool {
        self.flags & FLAG_ASCII != 0
    }

    /// `(?aiLmsux)` groups at the very start set global flags.
    fn leading_flags(&mut self) -> Result<(), ReError> {
        loop {
            if self.verbose() {
                self.skip_verbose_space();
            }
            if self.peek(0) != Some('(') || self.peek(1) != Some('?') {
                return Ok(());
            }
            let mut j = self.i + 2;
            let mut bits = 0;
            while let Some(&c) = self.chars.get(j) {
                match flag_bit(c) {
                    Some(b) => bits |= b,
                    None => break,
                }
                j += 1;
            }
            if j == self.i + 2 || self.chars.get(j) != Some(&')') {
                return Ok(());
            }
            self.flags |= bits;
            self.i = j + 1;
        }
    }

    fn skip_verbose_space(&mut self) {
        while let Some(c) = self.peek(0) {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek(0) {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn atom(&mut self, text: &str) {
        self.out.push_str(text);
        self.can_repeat = true;
        self.last_was_repeat = false;
    }

    fn assertion(&mut self, text: &str) {
        self.out.push_str(text);
        self.can_repeat = false;
        self.last_was_repeat = false;
    }

    fn walk(&mut self) -> Result<(), ReError> {
        while let Some(c) = self.peek(0) {
            let at = self.i;
            if self.verbose() && (c.is_whitespace() || c == '#') {
                self.skip_verbose_space();
                continue;
            }
            self.i += 1;
            match c {
                '\\' => self.escape(at)?,
                '[' => self.class(at)?,
                '(' => self.group(at)?,
                ')' => {
                    let Some((_, group)) = self.open.pop() else {
                        return err("unbalanced parenthesis", at);
                    };
                    if let Some(g) = group {
                        self.close_order.push(g);
                    }
                    self.atom(")");
                }
                '|' => self.assertion("|"),
                '.' => self.atom("."),
                '^' => self.assertion("^"),
                '$' => {
                    let text = if self.flags & FLAG_MULTILINE != 0 { "(?m:$)" } else { "(?=\\n?\\z)" };
                    self.assertion(text)
                }
                '*' | '+' | '?' => self.repeat(at, c.to_string())?,
                '{' => match self.brace_repeat()? {
                    Some(text) => self.repeat(at, text)?,
                    None => self.atom("\\{"),
                },
                '}' => self.atom("\\}"),
                _ => {
                    let mut buf = [0; 4];
                    self.atom(c.encode_utf8(&mut buf));
                }
            }
        }
        Ok(())
    }

    fn repeat(&mut self, at: usize, text: String) -> Result<(), ReError> {
        if self.last_was_repeat {
            return err("multiple repeat", at);
        }
        if !self.can_repeat {
            return err("nothing to repeat", at);
        }
        self.out.push_str(&text);
        // A lazy `?` or possessive `+` right after belongs to this repeat.
        if let Some(m @ ('?' | '+')) = self.peek(0) {
            self.out.push(m);
            self.i += 1;
        }
        self.last_was_repeat = true;
        Ok(())
    }

    /// After `{`: a `{m}`, `{m,}`, `{,n}` or `{m,n}` repeat (normalised), or
    /// None when the brace is a literal (the position is left after `{`).
    fn brace_repeat(&mut self) -> Result<Option<String>, ReError> {
        let start = self.i;
        let digits = |w: &mut Walker| {
            let s = w.i;
            while w.peek(0).is_some_and(|c| c.is_ascii_digit()) {
                w.i += 1;
            }
            w.chars[s..w.i].iter().collect::<String>()
        };
        let lo = digits(self);
        let (hi, comma) = if self.peek(0) == Some(',') {
            self.i += 1;
            (digits(self), true)
        } else {
            (String::new(), false)
        };
        if self.peek(0) != Some('}') || (lo.is_empty() && !comma) {
            self.i = start;
            return Ok(None);
        }
        self.i += 1;
        let lo_n: u64 = if lo.is_empty() { 0 } else { lo.parse().unwrap_or(u64::MAX) };
        if !hi.is_empty() {
            let hi_n: u64 = hi.parse().unwrap_or(u64::MAX);
            if hi_n < lo_n {
                return err("min repeat greater than max repeat", start);
            }
        }
        Ok(Some(match (comma, hi.is_empty()) {
            (false, _) => format!("{{{lo_n}}}"),
            (true, true) => format!("{{{lo_n},}}"),
            (true, false) => format!("{{{lo_n},{hi}}}"),
        }))
    }

    fn group(&mut self, at: usize) -> Result<(), ReError> {
        self.can_repeat = false;
        self.last_was_repeat = false;
        if self.peek(0) != Some('?') {
            self.groups += 1;
            self.open.push((at, Some(self.groups)));
            self.out.push('(');
            return Ok(());
        }
        self.i += 1;
        let Some(c) = self.peek(0) else {
            return err("unexpected end of pattern", self.i);
        };
        match c {
            ':' | '>' => {
                self.i += 1;
                self.open.push((at, None));
                self.out.push_str(if c == ':' { "(?:" } else { "(?>" });
            }
            '=' | '!' => {
                self.i += 1;
                self.open.push((at, None));
                self.out.push_str(if c == '=' { "(?=" } else { "(?!" });
            }
            '<' if matches!(self.peek(1), Some('=' | '!')) => {
                let kind = self.peek(1).unwrap_or('=');
                self.i += 2;
                self.open.push((at, None));
                self.out.push_str(if kind == '=' { "(?<=" } else { "(?<!" });
            }
            '#' => {
                while let Some(c) = self.peek(0) {
                    self.i += 1;
                    if c == ')' {
                        return Ok(());
                    }
                }
                return err("missing ), unterminated comment", at);
            }
            'P' => self.named(at)?,
            '<' => {
                let next = self.peek(1).map(String::from).unwrap_or_default();
                return err(format!("unknown extension ?<{next}"), at + 1);
            }
            '(' => {
                // Conditional: (?(1)yes|no) or (?(name)yes|no).
                self.i += 1;
                let start = self.i;
                while self.peek(0).is_some_and(|c| c != ')') {
                    self.i += 1;
                }
                let cond: String = self.chars[start..self.i].iter().collect();
                if self.peek(0).is_none() {
                    return err("missing ), unterminated name", start);
                }
                self.i += 1;
                let reference = if let Ok(n) = cond.parse::<usize>() {
                    if n == 0 {
                        return err("bad group number", start);
                    }
                    n.to_string()
                } else if self.names.contains_key(&cond) {
                    format!("<{cond}>")
                } else {
                    return err(format!("unknown group name '{cond}'"), start);
                };
                self.open.push((at, None));
                self.out.push_str(&format!("(?({reference})"));
            }
            _ => self.scoped_flags(at)?,
        }
        Ok(())
    }

    /// `(?P<name>...)` and `(?P=name)`.
    fn named(&mut self, at: usize) -> Result<(), ReError> {
        self.i += 1;
        let kind = self.peek(0);
        let close = match kind {
            Some('<') => '>',
            Some('=') => ')',
            Some(c) => return err(format!("unknown extension ?P{c}"), at + 1),
            None => return err("unexpected end of pattern", self.i),
        };
        self.i += 1;
        let start = self.i;
        while self.peek(0).is_some_and(|c| c != close) {
            self.i += 1;
        }
        let name: String = self.chars[start..self.i].iter().collect();
        if self.peek(0).is_none() {
            if name.is_empty() {
                return err("missing group name", start);
            }
            return err(format!("missing {close}, unterminated name"), start);
        }
        self.i += 1;
        if name.is_empty() {
            return err("missing group name", start);
        }
        if !is_identifier(&name) {
            return err(format!("bad character in group name '{name}'"), start);
        }
        if kind == Some('<') {
            self.groups += 1;
            if let Some(&old) = self.names.get(&name) {
                return err(
                    format!("redefinition of group name '{name}' as group {}; was group {old}", self.groups),
                    start,
                );
            }
            self.names.insert(name.clone(), self.groups);
            self.name_order.push((name.clone(), self.groups));
            self.open.push((at, Some(self.groups)));
            self.out.push_str(&format!("(?P<{name}>"));
        } else {
            let Some(&n) = self.names.get(&name) else {
                return err(format!("unknown group name '{name}'"), start);
            };
            if self.open.iter().any(|&(_, g)| g == Some(n)) {
                return err("cannot refer to an open group", at);
            }
            self.atom(&format!("(?:\\{n})"));
        }
        Ok(())
    }

    /// `(?flags)` (only allowed at the start) or `(?flags-flags:...)`.
    fn scoped_flags(&mut self, at: usize) -> Result<(), ReError> {
        let mut on = String::new();
        let mut off = String::new();
        let mut negative = false;
        loop {
            let Some(c) = self.peek(0) else {
                return err("missing -, : or )", self.i);
            };
            self.i += 1;
            match c {
                '-' if !negative => negative = true,
                ':' => break,
                ')' if !negative => return err("global flags not at the start of the expression", at),
                c if flag_bit(c).is_some() => {
                    if matches!(c, 'i' | 'm' | 's' | 'x') {
                        if negative { off.push(c) } else { on.push(c) }
                    }
                }
                c if c.is_alphabetic() => return err("unknown flag", self.i - 1),
                _ => return err("missing -, : or )", self.i - 1),
            }
        }
        self.open.push((at, None));
        self.out.push_str(&format!("(?{on}{}{off}:", if off.is_empty() { "" } else { "-" }));
        Ok(())
    }

    fn escape(&mut self, at: usize) -> Result<(), ReError> {
        let Some(c) = self.peek(0) else {
            return err("bad escape (end of pattern)", at);
        };
        self.i += 1;
        match c {
            'A' => self.assertion("\\A"),
            'Z' => self.assertion("\\z"),
            'b' => self.assertion("\\b"),
            'B' => self.assertion("\\B"),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let text = class_escape(c, self.ascii(), false);
                self.atom(&text)
            }
            '1'..='9' => {
                let mut digits = c.to_string();
                if self.peek(0).is_some_and(|d| d.is_ascii_digit()) {
                    // Three octal digits are an octal escape.
                    if c <= '7'
                        && self.peek(0).is_some_and(|d| ('0'..='7').contains(&d))
                        && self.peek(1).is_some_and(|d| ('0'..='7').contains(&d))
                    {
                        let text: String = self.chars[at + 1..at + 4].iter().collect();
                        self.i = at + 4;
                        let v = u32::from_str_radix(&text, 8).unwrap_or(0);
                        if v > 0o377 {
                            return err(format!("octal escape value \\{text} outside of range 0-0o377"), at);
                        }
                        return self.literal(v);
                    }
                    digits.push(self.peek(0).unwrap_or('0'));
                    self.i += 1;
                }
                let n: usize = digits.parse().unwrap_or(0);
                if n > self.groups {
                    return err(format!("invalid group reference {n}"), at + 1);
                }
                if self.open.iter().any(|&(_, g)| g == Some(n)) {
                    return err("cannot refer to an open group", at);
                }
                self.atom(&format!("(?:\\{n})"));
            }
            _ => {
                let (v, len) = char_escape(&self.chars, at, false)?;
                self.i = at + len;
                self.literal(v)?;
            }
        }
        Ok(())
    }

    fn literal(&mut self, v: u32) -> Result<(), ReError> {
        self.atom(&format!("\\x{{{v:x}}}"));
        Ok(())
    }

    /// A character class `[...]`.
    fn class(&mut self, at: usize) -> Result<(), ReError> {
        let mut out = String::from("[");
        if self.peek(0) == Some('^') {
            out.push('^');
            self.i += 1;
        }
        let mut first = true;
        // The previous single character, for ranges.
        let mut prev: Option<(u32, usize)> = None;
        loop {
            let Some(c) = self.peek(0) else {
                return err("unterminated character set", at);
            };
            let item_at = self.i;
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            // A range `a-z` (a `-` before `]` is a literal).
            if c == '-'
                && let Some((lo, lo_at)) = prev
                && self.peek(1).is_some_and(|n| n != ']')
            {
                self.i += 1;
                let hi_at = self.i;
                let hi = match self.class_char()? {
                    Some(hi) => hi,
                    None => {
                        let text: String = self.chars[lo_at..self.i].iter().collect();
                        return err(format!("bad character range {text}"), lo_at);
                    }
                };
                if hi < lo {
                    let text: String = self.chars[lo_at..self.i].iter().collect();
                    return err(format!("bad character range {text}"), lo_at);
                }
                let _ = hi_at;
                out.push_str(&format!("-\\x{{{hi:x}}}"));
                prev = None;
                continue;
            }
            if c == '\\' && matches!(self.peek(1), Some('d' | 'D' | 'w' | 'W' | 's' | 'S')) {
                let e = self.peek(1).unwrap_or('d');
                self.i += 2;
                out.push_str(&class_escape(e, self.ascii(), true));
                prev = None;
                if self.peek(0) == Some('-') && self.peek(1).is_some_and(|n| n != ']') {
                    let text: String = self.chars[item_at..(self.i + 2).min(self.chars.len())].iter().collect();
                    return err(format!("bad character range {text}"), item_at);
                }
                continue;
            }
            match self.class_char()? {
                Some(v) => {
                    out.push_str(&format!("\\x{{{v:x}}}"));
                    prev = Some((v, item_at));
                }
                None => prev = None,
            }
        }
        out.push(']');
        self.atom(&out);
        Ok(())
    }

    /// One character inside a class, escapes decoded.
    fn class_char(&mut self) -> Result<Option<u32>, ReError> {
        let at = self.i;
        let Some(c) = self.peek(0) else { return Ok(None) };
        if c != '\\' {
            self.i += 1;
            return Ok(Some(c as u32));
        }
        if self.peek(1).is_none() {
            return err("bad escape (end of pattern)", at);
        }
        let (v, len) = char_escape(&self.chars, at, true)?;
        self.i = at + len;
        Ok(Some(v))
    }
}

/// `\d`, `\w`, `\s` and their negations; under ASCII spelled out.
fn class_escape(c: char, ascii: bool, in_class: bool) -> String {
    if !ascii {
        return format!("\\{c}");
    }
    let (set, negated) = match c {
        'd' => ("0-9", false),
        'D' => ("0-9", true),
        'w' => ("0-9A-Za-z_", false),
        'W' => ("0-9A-Za-z_", true),
        's' => ("\\t\\n\\x0b\\x0c\\r ", false),
        _ => ("\\t\\n\\x0b\\x0c\\r ", true),
    };
    match (negated, in_class) {
        (false, true) => set.to_string(),
        (false, false) => format!("[{set}]"),
        // A negated set inside a class: a nested class (fancy-regex and the
        // regex crate accept nesting).
        (true, _) => format!("[^{set}]"),
    }
}

/// A single-character escape at `chars[at] == '\\'`: its code point and
/// the length of the escape.
fn char_escape(chars: &[char], at: usize, in_class: bool) -> Result<(u32, usize), ReError> {
    let c = chars[at + 1];
    let simple = match c {
        'a' => Some(7),
        'f' => Some(12),
        'n' => Some(10),
        'r' => Some(13),
        't' => Some(9),
        'v' => Some(11),
        'b' if in_class => Some(8),
        _ => None,
    };
    if let Some(v) = simple {
        return Ok((v, 2));
    }
    let hex = |n: usize| -> Result<(u32, usize), ReError> {
        let digits: String = chars.iter().skip(at + 2).take(n).collect();
        if digits.chars().count() != n || !digits.chars().all(|d| d.is_ascii_hexdigit()) {
            let shown: String =
                chars.iter().skip(at).take(2 + digits.chars().take_while(|d| d.is_ascii_hexdigit()).count()).collect();
            return err(format!("incomplete escape {shown}"), at);
        }
        let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
        if char::from_u32(v).is_none() {
            let shown: String = chars[at..at + 2 + n].iter().collect();
            return err(format!("bad escape {shown}"), at);
        }
        Ok((v, 2 + n))
    };
    match c {
        'x' => hex(2),
        'u' => hex(4),
        'U' => hex(8),
        '0'..='7' if c == '0' || in_class => {
            // Up to three octal digits.
            let mut len = 1;
            while len < 3 && chars.get(at + 1 + len).is_some_and(|d| ('0'..='7').contains(d)) {
                len += 1;
            }
            let text: String = chars[at + 1..at + 1 + len].iter().collect();
            let v = u32::from_str_radix(&text, 8).unwrap_or(0);
            if v > 0o377 {
                return err(format!("octal escape value \\{text} outside of range 0-0o377"), at);
            }
            Ok((v, 1 + len))
        }
        'N' => Err(ReError { msg: "\\N{...} escapes are not supported by minipy's re".into(), pos: Some(at) }),
        c if c.is_ascii_alphanumeric() => err(format!("bad escape \\{c}"), at),
        c => Ok((c as u32, 2)),
    }
}

fn flag_bit(c: char) -> Option<u32> {
    Some(match c {
        'a' => FLAG_ASCII,
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'u' => FLAG_UNICODE,
        'x' => FLAG_VERBOSE,
        _ => return None,
    })
}

fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    it.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && it.all(|c| c == '_' || c.is_alphanumeric())
}
