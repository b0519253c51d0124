//! The table harness shared by the `text` and `text_str` test crates:
//! a notation for values that both minipy's Rust side and a CPython 3.11
//! process print, a checker that compares the two and pins minipy's
//! results in an insta snapshot, and the sample inputs.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

use minipy::text::TextError;
use minipy::text::int_format::int_to_base;
use num_bigint::BigInt;

pub const PYTHON: &str = "/usr/bin/python3.11";

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

/// Python side of the notation: `enc(value)` and `run(thunk)`.
pub const PRELUDE: &str = r#"
import struct, sys
def F(bits): return struct.unpack('<d', struct.pack('<Q', bits))[0]
import re
_ESC = re.compile('[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]')
def esc(s): return '"' + _ESC.sub(lambda m: '\\u{%x}' % ord(m.group()), s) + '"'
def enc(v):
    if isinstance(v, bool): return 'True' if v else 'False'
    if isinstance(v, str): return esc(v)
    if isinstance(v, int): return str(v)
    if isinstance(v, float): return 'nan' if v != v else 'f%d' % struct.unpack('<Q', struct.pack('<d', v))[0]
    if isinstance(v, (list, tuple)): return '[' + ', '.join(map(enc, v)) + ']'
    if v is None: return 'None'
    raise TypeError('cannot encode %r' % (v,))
def run(f):
    try: r = enc(f())
    except Exception as e: r = '!' + type(e).__name__ + ': ' + esc(str(e))
    sys.stdout.write(r + '\n')
"#;

/// Rust side of the notation.
pub trait Enc {
    fn enc(&self) -> String;
}

/// Quotes `s` for the notation, escaping control characters and line
/// separators (the Python side escapes the same set). Both sides encode
/// the same way, so the notation need not be unambiguous.
pub fn esc(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        let escape = matches!(c, '\0'..='\x1f' | '\x7f'..='\u{9f}' | '\u{2028}' | '\u{2029}');
        if !escape {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    out.push('"');
    out
}

impl Enc for str {
    fn enc(&self) -> String {
        esc(self)
    }
}
impl Enc for String {
    fn enc(&self) -> String {
        esc(self)
    }
}
impl Enc for &str {
    fn enc(&self) -> String {
        esc(self)
    }
}
impl Enc for bool {
    fn enc(&self) -> String {
        if *self { "True" } else { "False" }.to_string()
    }
}
impl Enc for i64 {
    fn enc(&self) -> String {
        self.to_string()
    }
}
impl Enc for usize {
    fn enc(&self) -> String {
        self.to_string()
    }
}
impl Enc for BigInt {
    fn enc(&self) -> String {
        self.to_string()
    }
}
impl Enc for f64 {
    fn enc(&self) -> String {
        if self.is_nan() { "nan".to_string() } else { format!("f{}", self.to_bits()) }
    }
}
impl Enc for char {
    fn enc(&self) -> String {
        esc(&self.to_string())
    }
}
impl<T: Enc> Enc for Vec<T> {
    fn enc(&self) -> String {
        let items: Vec<String> = self.iter().map(Enc::enc).collect();
        format!("[{}]", items.join(", "))
    }
}
impl<A: Enc, B: Enc, C: Enc> Enc for (A, B, C) {
    fn enc(&self) -> String {
        format!("[{}, {}, {}]", self.0.enc(), self.1.enc(), self.2.enc())
    }
}
impl Enc for TextError {
    fn enc(&self) -> String {
        format!("!{}: {}", self.kind.name(), esc(&self.message))
    }
}
impl<T: Enc, E: ErrEnc> Enc for Result<T, E> {
    fn enc(&self) -> String {
        match self {
            Ok(v) => v.enc(),
            Err(e) => e.err_enc(),
        }
    }
}

/// Errors in results: `TextError` knows its class; plain `String` errors
/// of the str/number helpers are ValueErrors (the int() base error is the
/// one exception and is spelled out where used).
pub trait ErrEnc {
    fn err_enc(&self) -> String;
}
impl ErrEnc for TextError {
    fn err_enc(&self) -> String {
        self.enc()
    }
}
impl ErrEnc for String {
    fn err_enc(&self) -> String {
        format!("!ValueError: {}", esc(self))
    }
}

/// A Python str literal for `s` that survives any content.
pub fn py_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        if (' '..='~').contains(&c) && c != '\\' && c != '\'' {
            out.push(c);
        } else {
            let _ = write!(out, "\\U{:08x}", c as u32);
        }
    }
    out.push('\'');
    out
}

pub fn py_f(x: f64) -> String {
    format!("F({})", x.to_bits())
}

pub fn py_opt(v: Option<i64>) -> String {
    v.map_or("None".to_string(), |v| v.to_string())
}

/// The cases of one table: (Python expression, minipy's encoded result).
#[derive(Default)]
pub struct Table {
    pub cases: Vec<(String, String)>,
}

impl Table {
    pub fn add(&mut self, py_expr: impl Into<String>, ours: impl Enc) {
        self.cases.push((py_expr.into(), ours.enc()));
    }
}

/// The reference interpreter; `TEXT_TESTS_PYTHON=/nonexistent` checks the
/// snapshot-only fallback.
pub fn python() -> String {
    std::env::var("TEXT_TESTS_PYTHON").unwrap_or_else(|_| PYTHON.to_string())
}

pub fn python_available() -> bool {
    std::path::Path::new(&python()).exists()
}

pub fn run_python(exprs: &[&str]) -> Vec<String> {
    let mut script = String::from(PRELUDE);
    for e in exprs {
        let _ = writeln!(script, "run(lambda: {e})");
    }
    let mut child = Command::new(python())
        .arg("-")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start python3.11");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(script.as_bytes()));
    let out = child.wait_with_output().expect("run python3.11");
    writer.join().unwrap().expect("write script");
    assert!(out.status.success(), "python failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect()
}

/// Long results are shown only around their first difference.
pub fn around_first_difference(a: &str, b: &str) -> (String, String) {
    if a.len() <= 200 && b.len() <= 200 {
        return (a.to_string(), b.to_string());
    }
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let window = |s: &str| -> String {
        let mut start = common.saturating_sub(60);
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (common + 100).min(s.len());
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        format!("...{}...", &s[start..end])
    };
    (window(a), window(b))
}

pub fn fnv64(data: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in data.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Compares against CPython (when present) and against the snapshot.
pub fn check(name: &str, table: Table) {
    let cases = table.cases;
    assert!(!cases.is_empty(), "table {name} is empty");
    if python_available() {
        let exprs: Vec<&str> = cases.iter().map(|(e, _)| e.as_str()).collect();
        let expected = run_python(&exprs);
        assert_eq!(expected.len(), cases.len(), "{name}: python printed a wrong number of lines");
        let mut failures = Vec::new();
        for ((expr, ours), theirs) in cases.iter().zip(&expected) {
            if ours != theirs {
                let (a, b) = around_first_difference(theirs, ours);
                failures.push(format!("  {expr}\n    cpython: {a}\n    minipy:  {b}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{name}: {} of {} cases differ from CPython 3.11:\n{}",
            failures.len(),
            cases.len(),
            failures.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
        );
    } else {
        eprintln!("{name}: {} not found; checking the snapshot only", python());
    }
    let mut body = String::new();
    for (expr, ours) in &cases {
        let _ = writeln!(body, "{expr}\n  => {ours}");
    }
    let snapshot = if cases.len() <= 2500 && body.len() <= 150_000 {
        body
    } else {
        // Too big to store: a digest, plus a sample for the reader.
        let mut s = format!("{} cases, fnv64 {:016x}\nsample:\n", cases.len(), fnv64(&body));
        let clip = |text: &str| -> String {
            match text.char_indices().nth(200) {
                Some((cut, _)) => format!("{}...", &text[..cut]),
                None => text.to_string(),
            }
        };
        for (expr, ours) in cases.iter().step_by(cases.len() / 40) {
            let _ = writeln!(s, "{}\n  => {}", clip(expr), clip(ours));
        }
        s
    };
    // The snapshots keep the names they had when all tables lived in one
    // test crate (`text__<table>.snap` beside the other snapshots).
    insta::with_settings!({prepend_module_to_snapshot => false, snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!(format!("text__{name}"), snapshot);
    });
}

/// Deterministic pseudo-random numbers (xorshift64*).
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

/// `10**e`, correctly rounded. (`f64::powi` is not, and its result may
/// differ between debug and release builds, which would change the inputs
/// behind the snapshot digests.)
pub fn pow10(e: i32) -> f64 {
    format!("1e{e}").parse().unwrap()
}

/// Interesting floats: special values, boundaries, ties, powers of ten,
/// subnormals and random bit patterns.
pub fn sample_floats(random: usize) -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        0.2,
        0.3,
        1.5,
        2.5,
        0.5,
        -0.5,
        0.125,
        0.375,
        2.675,
        1.005,
        9.995,
        0.0005,
        1e16,
        1e15,
        9999999999999998.0,
        1234567890123456.0,
        12345678901234567.0,
        123456789012345.0,
        1.5e-5,
        1e-4,
        1e-5,
        0.00012345,
        1e22,
        1e23,
        1e300,
        -1e300,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        5e-324,
        -5e-324,
        2.225_073_858_507_201e-308,
        f64::EPSILON,
        std::f64::consts::PI,
        std::f64::consts::E,
        1.0 / 3.0,
        2.0 / 3.0,
        100.0,
        1234.5,
        -1234.5678,
        1e100,
        123e-20,
        4.35,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        9007199254740992.0,
        9007199254740994.0,
        (1u64 << 63) as f64,
        f64::from_bits(1),
        0.1 + 0.2,
    ];
    for e in -25..=25 {
        v.push(pow10(e));
        v.push(-3.0 * pow10(e));
    }
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for i in 0..random {
        let x = match i % 3 {
            0 => f64::from_bits(rng.next()),
            // "Human" decimals, which exercise shortest-repr choices.
            1 => (rng.below(2_000_000) as f64 - 1_000_000.0) / [1.0, 10.0, 100.0, 1000.0, 1e6][rng.below(5)],
            _ => (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * pow10(rng.below(40) as i32 - 20),
        };
        v.push(x);
    }
    v
}

pub fn sample_strings() -> Vec<String> {
    [
        "",
        " ",
        "a",
        "abc",
        "Hello, World!",
        "  leading and trailing  ",
        "tab\there\nnewline\r\nwin",
        "it's",
        "say \"hi\"",
        "both ' and \"",
        "back\\slash",
        "héllo wörld",
        "日本語テキスト",
        "ǅungla ǆ ǈ",
        "straße STRASSE",
        "ΣΑΣ ΟΔΟΣ σς",
        "İstanbul ı",
        "ﬁne ﬂow",
        "x\u{0}y\u{7f}z\u{80}\u{9f}\u{a0}\u{ad}",
        "\u{1f600} emoji \u{1f1fa}\u{1f1f8}",
        "\u{e000}\u{f8ff}\u{10ffff}\u{378}",
        "\u{2028}\u{2029}\u{85}\u{1c}\u{1d}\u{1e}\u{1f}\u{b}\u{c}",
        "\u{3000}wide\u{2003}space\u{202f}",
        "١٢٣ ٤٥",
        "½ ⅓ Ⅻ ² ³",
        "MiXeD cAsE 123",
        "they're bill's friends",
        "ab_c1 _x x1 1x",
        "ſ ﬀ ŉ ǰ",
        "\u{345}\u{3a3}",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

pub fn py_int(v: &BigInt) -> String {
    if v.bits() > 10_000 { format!("({})", int_to_base(v, 16, true)) } else { format!("({v})") }
}
