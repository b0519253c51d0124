//! Table-driven tests of `minipy::text` against CPython 3.11.
//!
//! Every table is a list of cases, each a Python expression plus the value
//! minipy computes for it, both rendered in one small notation (`enc`
//! below). When `/usr/bin/python3.11` exists, all expressions of a table
//! are evaluated in one Python process and the results must match line by
//! line. Independently, the minipy results are pinned by an insta snapshot
//! (`tests/snapshots/text__*.snap`; big tables store a digest), so the tests
//! never pass vacuously on a machine without Python. After changing a
//! table, refresh the snapshots with `INSTA_UPDATE=always cargo test --test
//! text` on a machine with Python 3.11 (the Python comparison runs first).

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

use minipy::text::TextError;
use minipy::text::chars;
use minipy::text::float_repr::{FloatFlags, double_to_string, float_repr, float_to_int, round_float, round_to_int};
use minipy::text::format_spec::{format_float, format_int, format_str};
use minipy::text::int_format::{group_digits, int_to_base, int_to_decimal};
use minipy::text::parse_number::{parse_float, parse_int};
use minipy::text::slice::normalize_slice;
use minipy::text::str_methods as sm;
use minipy::text::str_repr::{bytes_repr, str_ascii_repr, str_repr};
use num_bigint::BigInt;

const PYTHON: &str = "/usr/bin/python3.11";

// ---------------------------------------------------------------------------
// Harness
// ---------------------------------------------------------------------------

/// Python side of the notation: `enc(value)` and `run(thunk)`.
const PRELUDE: &str = r#"
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
trait Enc {
    fn enc(&self) -> String;
}

/// Quotes `s` for the notation, escaping control characters and line
/// separators (the Python side escapes the same set). Both sides encode
/// the same way, so the notation need not be unambiguous.
fn esc(s: &str) -> String {
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
trait ErrEnc {
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
fn py_str(s: &str) -> String {
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

fn py_f(x: f64) -> String {
    format!("F({})", x.to_bits())
}

fn py_opt(v: Option<i64>) -> String {
    v.map_or("None".to_string(), |v| v.to_string())
}

/// The cases of one table: (Python expression, minipy's encoded result).
#[derive(Default)]
struct Table {
    cases: Vec<(String, String)>,
}

impl Table {
    fn add(&mut self, py_expr: impl Into<String>, ours: impl Enc) {
        self.cases.push((py_expr.into(), ours.enc()));
    }
}

/// The reference interpreter; `TEXT_TESTS_PYTHON=/nonexistent` checks the
/// snapshot-only fallback.
fn python() -> String {
    std::env::var("TEXT_TESTS_PYTHON").unwrap_or_else(|_| PYTHON.to_string())
}

fn python_available() -> bool {
    std::path::Path::new(&python()).exists()
}

fn run_python(exprs: &[&str]) -> Vec<String> {
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
fn around_first_difference(a: &str, b: &str) -> (String, String) {
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

fn fnv64(data: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in data.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Compares against CPython (when present) and against the snapshot.
fn check(name: &str, table: Table) {
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
    insta::assert_snapshot!(name, snapshot);
}

/// Deterministic pseudo-random numbers (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

/// `10**e`, correctly rounded. (`f64::powi` is not, and its result may
/// differ between debug and release builds, which would change the inputs
/// behind the snapshot digests.)
fn pow10(e: i32) -> f64 {
    format!("1e{e}").parse().unwrap()
}

/// Interesting floats: special values, boundaries, ties, powers of ten,
/// subnormals and random bit patterns.
fn sample_floats(random: usize) -> Vec<f64> {
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

fn sample_strings() -> Vec<String> {
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

// ---------------------------------------------------------------------------
// float_repr and friends
// ---------------------------------------------------------------------------

#[test]
fn float_repr_table() {
    let mut t = Table::default();
    for x in sample_floats(3000) {
        t.add(format!("repr({})", py_f(x)), float_repr(x));
    }
    check("float_repr", t);
}

#[test]
fn float_repr_literals() {
    // A few spelled-out expectations, readable without any tooling.
    let cases: [(f64, &str); 16] = [
        (1.0, "1.0"),
        (0.1, "0.1"),
        (1e16, "1e+16"),
        (1.5e-5, "1.5e-05"),
        (123456789012345.0, "123456789012345.0"),
        (1234567890123456.0, "1234567890123456.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-0.0, "-0.0"),
        (0.0001, "0.0001"),
        (1e-5, "1e-05"),
        (5e-324, "5e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
        (0.1 + 0.2, "0.30000000000000004"),
        (1e100, "1e+100"),
    ];
    for (x, want) in cases {
        assert_eq!(float_repr(x), want, "repr of {x:?}");
    }
}

#[test]
fn double_to_string_table() {
    // '%.Nc' % x is PyOS_double_to_string(x, c, N, flags) verbatim.
    let mut t = Table::default();
    let floats = sample_floats(150);
    for (i, &x) in floats.iter().enumerate() {
        for code in ['e', 'f', 'g', 'E', 'F', 'G'] {
            for p in [0usize, 1, 2, 3, 6, 12, 17, 25] {
                // Keep 'f' of huge values to a subset: long but cheap.
                let alt = (i + p) % 3 == 0;
                let flags = FloatFlags { alt, ..FloatFlags::default() };
                let hash = if alt { "#" } else { "" };
                t.add(format!("'%{hash}.{p}{code}' % {}", py_f(x)), double_to_string(x, code, p, flags));
            }
        }
    }
    check("double_to_string", t);
}

#[test]
fn round_float_table() {
    let mut t = Table::default();
    let floats = sample_floats(300);
    let mut rng = Rng(7);
    for &x in &floats {
        for n in [0i64, 1, 2, 3, -1, -2, 5, 10, 15, 17, 20, 300, 323, 324, -308, -309, -400] {
            t.add(format!("round({}, {n})", py_f(x)), round_float(x, n));
        }
        let n = rng.below(60) as i64 - 30;
        t.add(format!("round({}, {n})", py_f(x)), round_float(x, n));
    }
    for (x, n) in [
        (2.675, 2),
        (0.125, 2),
        (0.375, 2),
        (2.5, 0),
        (3.5, 0),
        (-2.5, 0),
        (1450.5, -2),
        (1550.0, -2),
        (1e308, -308),
        (1.7e308, -308),
        (-0.4, 0),
        (5e-324, 323),
        (0.5e-323, 324),
    ] {
        t.add(format!("round({}, {n})", py_f(x)), round_float(x, n));
    }
    for &x in &floats {
        t.add(format!("round({})", py_f(x)), round_to_int(x));
        t.add(format!("int({})", py_f(x)), float_to_int(x));
    }
    check("round_float", t);
}

// ---------------------------------------------------------------------------
// int formatting helpers
// ---------------------------------------------------------------------------

fn sample_ints() -> Vec<BigInt> {
    let mut v: Vec<BigInt> =
        [0i64, 1, -1, 7, 42, -42, 255, -255, 1000, 1234, -1234, 65, 0x10ffff, 1234567, -9876543210, i64::MAX, i64::MIN]
            .iter()
            .map(|&i| BigInt::from(i))
            .collect();
    v.push(BigInt::from(10).pow(20));
    v.push(-(BigInt::from(2).pow(100)));
    v.push(BigInt::from(3).pow(200));
    v
}

/// A Python int literal; hexadecimal for huge values, which Python would
/// refuse to parse in decimal.
fn py_int(v: &BigInt) -> String {
    if v.bits() > 10_000 { format!("({})", int_to_base(v, 16, true)) } else { format!("({v})") }
}

#[test]
fn int_to_base_table() {
    let mut t = Table::default();
    for v in sample_ints() {
        t.add(format!("bin{}", py_int(&v)), int_to_base(&v, 2, true));
        t.add(format!("oct{}", py_int(&v)), int_to_base(&v, 8, true));
        t.add(format!("hex{}", py_int(&v)), int_to_base(&v, 16, true));
        t.add(format!("format({}, 'x')", py_int(&v)), int_to_base(&v, 16, false));
        t.add(format!("str{}", py_int(&v)), int_to_decimal(&v));
    }
    let big = BigInt::from(10).pow(4300);
    t.add("str(10**4300)", int_to_decimal(&big));
    t.add("str(10**4299)", int_to_decimal(&BigInt::from(10).pow(4299)));
    t.add("str(-10**4299)", int_to_decimal(&-BigInt::from(10).pow(4299)));
    t.add("str(10**5000)", int_to_decimal(&BigInt::from(10).pow(5000)));
    t.add("hex(10**4300)", int_to_base(&big, 16, true));
    check("int_to_base", t);
}

#[test]
fn group_digits_literals() {
    assert_eq!(group_digits("1234567", 3, ',', 0), "1,234,567");
    assert_eq!(group_digits("1234", 3, ',', 10), "00,001,234");
    assert_eq!(group_digits("1234", 3, ',', 8), "0,001,234");
    assert_eq!(group_digits("ff", 4, '_', 0), "ff");
    assert_eq!(group_digits("12", 0, ',', 5), "00012");
}

// ---------------------------------------------------------------------------
// Format specs
// ---------------------------------------------------------------------------

const ALIGNS: &[&str] = &["", "<", ">", "^", "=", "*<", "*^", "0>", "é=", "0=", " >"];
const SIGNS: &[&str] = &["", "+", "-", " "];
const WIDTHS: &[&str] = &["", "1", "7", "13"];
const GROUPS: &[&str] = &["", ",", "_"];

fn random_spec(rng: &mut Rng, precisions: &[&str], types: &[&str]) -> String {
    let z = if rng.below(6) == 0 { "z" } else { "" };
    let alt = if rng.below(3) == 0 { "#" } else { "" };
    let zero = if rng.below(3) == 0 { "0" } else { "" };
    format!(
        "{}{}{z}{alt}{zero}{}{}{}{}",
        rng.pick(ALIGNS),
        rng.pick(SIGNS),
        rng.pick(WIDTHS),
        rng.pick(GROUPS),
        rng.pick(precisions),
        rng.pick(types)
    )
}

#[test]
fn format_int_table() {
    let mut t = Table::default();
    let mut rng = Rng(11);
    let types = ["", "d", "b", "o", "x", "X", "n", "c", "e", "E", "f", "F", "g", "G", "%", "s", "d", "x"];
    let ints = sample_ints();
    for _ in 0..1500 {
        let spec = random_spec(&mut rng, &["", "", "", ".2", ".0"], &types);
        for v in ints.iter().step_by(1 + rng.below(4)) {
            t.add(format!("format({}, {})", py_int(v), py_str(&spec)), format_int(v, &spec, "int"));
        }
    }
    check("format_int", t);
    // Hand-picked cases: small enough to snapshot in full.
    let mut t = Table::default();
    for spec in [
        "",
        "d",
        ",",
        "_",
        "_x",
        "_b",
        "#_o",
        "010,",
        "08,",
        "#010x",
        "#X",
        "+c",
        "c",
        "05c",
        "<5c",
        "z",
        ".2",
        ",c",
        "_n",
        "abc",
        "\u{1}",
        ",\u{1}",
        "é",
        ",é",
        "999999999999999999999",
        "=10",
        "^#12_b",
        ".3%",
        ",.2f",
        "15,e",
    ] {
        for v in [BigInt::from(65), BigInt::from(-1234567), BigInt::from(0x110000)] {
            t.add(format!("format({}, {})", py_int(&v), py_str(spec)), format_int(&v, spec, "int"));
        }
    }
    t.add("format(True, 's')", format_int(&BigInt::from(1), "s", "bool"));
    t.add("format(True, '5')", format_int(&BigInt::from(1), "5", "bool"));
    t.add("format(10**400, 'e')", format_int(&BigInt::from(10).pow(400), "e", "int"));
    t.add("format(10**4300, 'd')", format_int(&BigInt::from(10).pow(4300), "d", "int"));
    t.add("format(10**4300, ',')", format_int(&BigInt::from(10).pow(4300), ",", "int"));
    t.add("format(2**53+1, 'f')", format_int(&(BigInt::from(2).pow(53) + 1), "f", "int"));
    check("format_int_cases", t);
}

#[test]
fn format_float_table() {
    let mut t = Table::default();
    let mut rng = Rng(12);
    let types = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "s"];
    let precisions = ["", "", ".0", ".1", ".3", ".6", ".12", ".17"];
    let floats = sample_floats(40);
    for _ in 0..700 {
        let spec = random_spec(&mut rng, &precisions, &types);
        for x in floats.iter().skip(rng.below(5)).step_by(5 + rng.below(5)) {
            t.add(format!("format({}, {})", py_f(*x), py_str(&spec)), format_float(*x, &spec, "float"));
        }
    }
    check("format_float", t);
    let mut t = Table::default();
    let fixed = [
        "",
        ".3",
        ".0",
        "r",
        "010",
        "z",
        "z.1f",
        "+.2%",
        ".0%",
        "012,.2f",
        "_.3f",
        ",g",
        "#.0e",
        "#g",
        "#.3g",
        "^20.5e",
        ".999999999999",
        ".99999999999999999999999999",
        ",d",
        "x",
        "=+12.3f",
        "0<10",
        "-^11",
        "#",
        "z.0f",
        "#.0f",
    ];
    for spec in fixed {
        for x in [1.0, 1234.5, 123.0, 12.0, -0.0, -0.001, f64::INFINITY, f64::NAN, 1e16, 1e-7, 0.5] {
            t.add(format!("format({}, {})", py_f(x), py_str(spec)), format_float(x, spec, "float"));
        }
    }
    check("format_float_cases", t);
}

#[test]
fn format_float_literals() {
    let f = |x: f64, spec: &str| format_float(x, spec, "float").unwrap();
    assert_eq!(f(1.0, ""), "1.0");
    assert_eq!(f(1.0, ".3"), "1.0");
    assert_eq!(f(1234.5, ".3"), "1.23e+03");
    assert_eq!(f(1234.5, ",.2f"), "1,234.50");
    assert_eq!(f(0.5, ".0%"), "50%");
    assert_eq!(
        format_float(1.0, "d", "float").unwrap_err().message,
        "Unknown format code 'd' for object of type 'float'"
    );
}

#[test]
fn format_str_table() {
    let mut t = Table::default();
    let mut rng = Rng(13);
    let types = ["", "", "s", "d", "r"];
    let strings = sample_strings();
    for _ in 0..600 {
        let spec = random_spec(&mut rng, &["", "", ".0", ".2", ".5"], &types);
        for s in strings.iter().skip(rng.below(6)).step_by(6) {
            t.add(format!("format({}, {})", py_str(s), py_str(&spec)), format_str(s, &spec, "str"));
        }
    }
    check("format_str", t);
    let mut t = Table::default();
    for spec in [
        "", "s", "10", "<10", ">10", "^10", "^11", "*^9", "05", ",", ",s", "_s", "+", " ", "z", "#", "=", ".1", ".",
        ">>>", "x<3.1s",
    ] {
        for s in ["", "ab", "日本語"] {
            t.add(format!("format({}, {})", py_str(s), py_str(spec)), format_str(s, spec, "str"));
        }
    }
    check("format_str_cases", t);
}

// ---------------------------------------------------------------------------
// repr
// ---------------------------------------------------------------------------

/// Planes 4 to 13 are entirely unassigned in Unicode 14: no Python
/// predicate holds there and `repr` escapes everything. Tests check them
/// on the Rust side only (see `unassigned_planes`), to keep Python fast.
const UNASSIGNED_PLANES: std::ops::Range<u32> = 0x40000..0xE0000;

/// Every code point (minus surrogates and the unassigned planes), in
/// strings of `size` consecutive characters, so that every per-character
/// decision gets compared.
fn all_char_blocks(size: u32) -> Vec<(u32, u32, String)> {
    (0..0x110000 / size)
        .map(|b| b * size)
        .filter(|start| !UNASSIGNED_PLANES.contains(start))
        .map(|start| {
            let s: String = (start..start + size).filter_map(char::from_u32).collect();
            (start, start + size, s)
        })
        .filter(|(_, _, s)| !s.is_empty())
        .collect()
}

fn py_block(start: u32, end: u32) -> String {
    let (a, b) = (start.min(0xd800), end.min(0xd800));
    let (c, d) = (start.max(0xe000), end.max(0xe000));
    format!("''.join(map(chr, [*range({a}, {b}), *range({c}, {d})]))")
}

#[test]
fn str_repr_table() {
    let mut t = Table::default();
    for s in sample_strings() {
        t.add(format!("repr({})", py_str(&s)), str_repr(&s));
        t.add(format!("ascii({})", py_str(&s)), str_ascii_repr(&s));
    }
    for (start, end, s) in all_char_blocks(256) {
        t.add(format!("repr({})", py_block(start, end)), str_repr(&s));
    }
    check("str_repr", t);
}

#[test]
fn bytes_repr_table() {
    let mut t = Table::default();
    let all: Vec<u8> = (0..=255).collect();
    t.add("repr(bytes(range(256)))", bytes_repr(&all));
    for b in [&b""[..], b"abc", b"it's", b"say \"hi\"", b"both ' and \"", b"\\\n\r\t\x00\x7f\x80\xff"] {
        let lit: Vec<String> = b.iter().map(|x| x.to_string()).collect();
        t.add(format!("repr(bytes([{}]))", lit.join(",")), bytes_repr(b));
    }
    check("bytes_repr", t);
}

#[test]
fn str_repr_literals() {
    assert_eq!(str_repr("it's"), "\"it's\"");
    assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
    assert_eq!(str_repr("\t\n\r\\\x01\u{7f}\u{85}\u{a0}é"), "'\\t\\n\\r\\\\\\x01\\x7f\\x85\\xa0é'");
    assert_eq!(str_repr("\u{2028}\u{10ffff}"), "'\\u2028\\U0010ffff'");
    assert_eq!(bytes_repr(b"\x00a'"), "b\"\\x00a'\"");
}

// ---------------------------------------------------------------------------
// Character predicates and case mappings, over every code point
// ---------------------------------------------------------------------------

#[test]
fn unassigned_planes() {
    for cp in UNASSIGNED_PLANES {
        let c = char::from_u32(cp).unwrap();
        assert!(!chars::is_printable(c) && !chars::is_alnum(c) && !chars::is_space(c), "U+{cp:X}");
        assert!(!chars::is_cased(c) && !chars::is_xid_continue(c), "U+{cp:X}");
        assert_eq!(str_repr(&c.to_string()), format!("'\\U{cp:08x}'"));
    }
}

#[test]
fn char_predicates_all_code_points() {
    let mut t = Table::default();
    type Pred = fn(char) -> bool;
    let preds: [(&str, Pred); 11] = [
        ("isalpha", chars::is_alpha),
        ("isdecimal", chars::is_decimal),
        ("isdigit", chars::is_digit),
        ("isnumeric", chars::is_numeric),
        ("isalnum", chars::is_alnum),
        ("isspace", chars::is_space),
        ("isprintable", chars::is_printable),
        ("islower", |c| sm::islower(&c.to_string())),
        ("isupper", |c| sm::isupper(&c.to_string())),
        ("istitle", |c| sm::istitle(&c.to_string())),
        ("isidentifier", |c| sm::isidentifier(&c.to_string())),
    ];
    for (start, end, s) in all_char_blocks(4096) {
        let block = py_block(start, end);
        for (name, pred) in preds {
            let ours: String = s.chars().filter(|&c| pred(c)).collect();
            t.add(format!("''.join(filter(str.{name}, {block}))"), ours);
        }
        // Identifier continuation: "a" + c, filtered, then every second char.
        let ours: String = s.chars().filter(|&c| sm::isidentifier(&format!("a{c}"))).collect();
        t.add(format!("''.join(filter(str.isidentifier, map('a'.__add__, {block})))[1::2]"), ours);
        // Decimal digit values (int() and format widths rely on them).
        let values: String = s
            .chars()
            .filter(|&c| chars::is_decimal(c))
            .map(|c| char::from_digit(chars::decimal_value(c).unwrap(), 10).unwrap())
            .collect();
        t.add(
            format!("''.join(str(__import__('unicodedata').decimal(c)) for c in filter(str.isdecimal, {block}))"),
            values,
        );
        for c in s.chars() {
            assert_eq!(chars::decimal_value(c).is_some(), chars::is_decimal(c), "{c:?}");
        }
    }
    check("char_predicates", t);
}

#[test]
fn case_mappings_all_code_points() {
    let mut t = Table::default();
    type Map = fn(&str) -> String;
    let maps: [(&str, Map); 6] = [
        ("upper", sm::upper),
        ("lower", sm::lower),
        ("title", sm::title),
        ("casefold", sm::casefold),
        ("swapcase", sm::swapcase),
        ("capitalize", sm::capitalize),
    ];
    // Unicode 14 has no case mappings outside planes 0 and 1.
    for (start, end, s) in all_char_blocks(4096).into_iter().filter(|b| b.0 < 0x20000) {
        for (name, f) in maps {
            // One character at a time, so contexts do not mix; only the
            // characters that change are listed.
            let mut ours = String::new();
            for c in s.chars() {
                let m = f(&c.to_string());
                if m != c.to_string() {
                    let _ = write!(ours, "{:x}:{m}|", c as u32);
                }
            }
            t.add(
                format!(
                    "''.join('%x:%s|' % (ord(c), c.{name}()) for c in {} if c.{name}() != c)",
                    py_block(start, end)
                ),
                ours,
            );
        }
    }
    for cp in 0x20000..0x110000 {
        let c = char::from_u32(cp).unwrap().to_string();
        for (name, f) in maps {
            assert_eq!(f(&c), c, "{name} of U+{cp:04X}");
        }
    }
    check("case_mappings", t);
}

// ---------------------------------------------------------------------------
// str methods
// ---------------------------------------------------------------------------

const STARTS: &[Option<i64>] = &[None, Some(0), Some(1), Some(-1), Some(-3), Some(2), Some(10), Some(-10)];

fn search_strings() -> Vec<&'static str> {
    vec!["", "a", "abcabc", "héllo wörld", "aaaa", "日本日本語", "xyx"]
}

#[test]
fn str_search_table() {
    let mut t = Table::default();
    let subs = ["", "a", "bc", "l", "ö", "日本", "zz", "aa", "x"];
    for s in search_strings() {
        for sub in subs {
            let (ps, psub) = (py_str(s), py_str(sub));
            for &start in STARTS {
                for &end in STARTS {
                    let args = format!("{psub}, {}, {}", py_opt(start), py_opt(end));
                    t.add(format!("{ps}.find({args})"), sm::find(s, sub, start, end));
                    t.add(format!("{ps}.rfind({args})"), sm::rfind(s, sub, start, end));
                    t.add(format!("{ps}.count({args})"), sm::count(s, sub, start, end));
                    t.add(format!("{ps}.startswith({args})"), sm::startswith(s, sub, start, end));
                    t.add(format!("{ps}.endswith({args})"), sm::endswith(s, sub, start, end));
                }
            }
            t.add(format!("{ps}.index({psub})"), sm::index(s, sub, None, None));
            t.add(format!("{ps}.rindex({psub}, 1)"), sm::rindex(s, sub, Some(1), None));
        }
    }
    check("str_search", t);
}

#[test]
fn str_split_table() {
    let mut t = Table::default();
    let strings = [
        "",
        " ",
        "a b  c",
        "  a b c  ",
        "a,b,,c,",
        ",",
        "a, b, c",
        "one\ttwo\nthree\x0bfour\x0cfive\rsix\x1cseven\x1feight\u{85}nine\u{a0}ten\u{3000}eleven",
        "ab ab ab",
        "aaa",
        "héllo  wörld ",
        "line1\nline2\r\nline3\rline4\u{2028}line5\u{1e}\n\n",
        "no newline at end",
        "trailing\n",
    ];
    let seps: [Option<&str>; 7] = [None, Some(" "), Some(","), Some("ab"), Some(""), Some("  "), Some("aa")];
    for s in strings {
        let ps = py_str(s);
        for sep in seps {
            let psep = sep.map_or("None".to_string(), py_str);
            for maxsplit in [-1i64, 0, 1, 2, 5] {
                t.add(format!("{ps}.split({psep}, {maxsplit})"), sm::split(s, sep, maxsplit));
                t.add(format!("{ps}.rsplit({psep}, {maxsplit})"), sm::rsplit(s, sep, maxsplit));
            }
        }
        t.add(format!("{ps}.splitlines()"), sm::splitlines(s, false));
        t.add(format!("{ps}.splitlines(True)"), sm::splitlines(s, true));
        for sep in ["", ",", " ", "ab", "\n"] {
            let psep = py_str(sep);
            t.add(format!("{ps}.partition({psep})"), sm::partition(s, sep));
            t.add(format!("{ps}.rpartition({psep})"), sm::rpartition(s, sep));
        }
    }
    check("str_split", t);
}

#[test]
fn str_transform_table() {
    let mut t = Table::default();
    let mut strings = sample_strings();
    strings.extend(
        ["xxhixx", "-42", "+7", "--", "a\tb\tc", "\t\tx\n\ty\r\tz", "12345678\tX", "ΑΣ ΑΣ. Α.Σ ͅΣ"].map(String::from),
    );
    for s in &strings {
        let ps = py_str(s);
        for chars in [None, Some("x"), Some(" a"), Some(""), Some("héd")] {
            let pc = chars.map_or("None".to_string(), py_str);
            t.add(format!("{ps}.strip({pc})"), sm::strip(s, chars));
            t.add(format!("{ps}.lstrip({pc})"), sm::lstrip(s, chars));
            t.add(format!("{ps}.rstrip({pc})"), sm::rstrip(s, chars));
        }
        for (old, new) in [("", "-"), ("a", "AA"), ("l", ""), ("ö", "o"), ("xx", "y"), (" ", "  ")] {
            for count in [-1i64, 0, 1, 2] {
                t.add(
                    format!("{ps}.replace({}, {}, {count})", py_str(old), py_str(new)),
                    sm::replace(s, old, new, count).unwrap(),
                );
            }
        }
        for width in [-1i64, 0, 5, 12, 13, 30] {
            for fill in [' ', '*', 'é'] {
                let pf = py_str(&fill.to_string());
                t.add(format!("{ps}.center({width}, {pf})"), sm::center(s, width, fill).unwrap());
                t.add(format!("{ps}.ljust({width}, {pf})"), sm::ljust(s, width, fill).unwrap());
                t.add(format!("{ps}.rjust({width}, {pf})"), sm::rjust(s, width, fill).unwrap());
            }
            t.add(format!("{ps}.zfill({width})"), sm::zfill(s, width).unwrap());
        }
        for tabsize in [-1i64, 0, 1, 4, 8] {
            t.add(format!("{ps}.expandtabs({tabsize})"), sm::expandtabs(s, tabsize).unwrap());
        }
        for affix in ["", "x", "xx", "Hello", "ld!", "a"] {
            let pa = py_str(affix);
            t.add(format!("{ps}.removeprefix({pa})"), sm::removeprefix(s, affix));
            t.add(format!("{ps}.removesuffix({pa})"), sm::removesuffix(s, affix));
        }
        t.add(format!("{ps}.upper()"), sm::upper(s));
        t.add(format!("{ps}.lower()"), sm::lower(s));
        t.add(format!("{ps}.title()"), sm::title(s));
        t.add(format!("{ps}.capitalize()"), sm::capitalize(s));
        t.add(format!("{ps}.swapcase()"), sm::swapcase(s));
        t.add(format!("{ps}.casefold()"), sm::casefold(s));
        type Pred = fn(&str) -> bool;
        let preds: [(&str, Pred); 14] = [
            ("isalpha", sm::isalpha),
            ("isdigit", sm::isdigit),
            ("isdecimal", sm::isdecimal),
            ("isnumeric", sm::isnumeric),
            ("isalnum", sm::isalnum),
            ("isspace", sm::isspace),
            ("isascii", sm::isascii),
            ("isprintable", sm::isprintable),
            ("isidentifier", sm::isidentifier),
            ("isupper", sm::isupper),
            ("islower", sm::islower),
            ("istitle", sm::istitle),
            ("isalpha", |s| sm::isalpha(&sm::upper(s))),
            ("istitle", |s| sm::istitle(&sm::title(s))),
        ];
        for (i, (name, pred)) in preds.iter().enumerate() {
            let receiver = match i {
                12 => format!("{ps}.upper()"),
                13 => format!("{ps}.title()"),
                _ => ps.clone(),
            };
            t.add(format!("{receiver}.{name}()"), pred(s));
        }
    }
    for s in
        ["123", "½", "²", "١٢", "abc", "a1", "_", "1a", "", "x y", "ǅ", "Ǆa", "ǅA", "A b", "A B", "AB", "Ab Cd", "aB"]
    {
        let ps = py_str(s);
        for (name, pred) in [
            ("isdigit", sm::isdigit as fn(&str) -> bool),
            ("isnumeric", sm::isnumeric),
            ("isdecimal", sm::isdecimal),
            ("isidentifier", sm::isidentifier),
            ("istitle", sm::istitle),
            ("isupper", sm::isupper),
            ("islower", sm::islower),
        ] {
            t.add(format!("{ps}.{name}()"), pred(s));
        }
    }
    check("str_transform", t);
}

// ---------------------------------------------------------------------------
// Indexing and slicing
// ---------------------------------------------------------------------------

#[test]
fn slice_table() {
    let mut t = Table::default();
    let bounds =
        [None, Some(0), Some(1), Some(2), Some(-1), Some(-2), Some(-7), Some(7), Some(i64::MAX), Some(i64::MIN)];
    let steps = [None, Some(1), Some(2), Some(3), Some(-1), Some(-2), Some(0), Some(i64::MAX), Some(i64::MIN)];
    for s in ["", "a", "héllo", "日本語テキスト"] {
        let ps = py_str(s);
        let len = sm::char_count(s);
        for start in bounds {
            for stop in bounds {
                for step in steps {
                    let (a, b, c) = (py_opt(start), py_opt(stop), py_opt(step));
                    t.add(format!("{ps}[{a}:{b}:{c}]"), sm::slice_chars(s, start, stop, step));
                    let idx =
                        normalize_slice(len, start, stop, step).map(|i| vec![i.start, i.stop, i.step, i.count as i64]);
                    // CPython's own view of the same slice, with the step
                    // clamped as PySlice_Unpack does.
                    t.add(
                        format!("(lambda i: [*i, len(range(*i))])(slice({a}, {b}, {c}).indices({len}))"),
                        idx.map(|v| {
                            // indices() reports the unclamped step and the
                            // clamped start/stop; count from range().
                            vec![v[0], v[1], step.unwrap_or(1), v[3]]
                        }),
                    );
                }
            }
        }
        for i in [-8i64, -5, -1, 0, 1, 4, 5, 7] {
            let ours: Result<String, TextError> = sm::char_at(s, i)
                .map(|c| c.to_string())
                .ok_or_else(|| TextError { kind: minipy::text::ExcKind::TypeError, message: String::new() });
            let enc = match ours {
                Ok(c) => c.enc(),
                Err(_) => "!IndexError: \"string index out of range\"".to_string(),
            };
            t.cases.push((format!("{ps}[{i}]"), enc));
        }
    }
    check("slice", t);
}

// ---------------------------------------------------------------------------
// int() and float() parsing
// ---------------------------------------------------------------------------

#[test]
fn parse_int_table() {
    let mut t = Table::default();
    let texts = [
        "0",
        "-0",
        "+5",
        "42",
        " 42 ",
        "\t-17\n",
        "1_000",
        "1__0",
        "_1",
        "1_",
        "0x1f",
        "0X1F",
        "0o17",
        "0b101",
        "0b",
        "0x",
        "0x_1f",
        "0x__1f",
        "0_0",
        "00",
        "01",
        "0_1",
        "abc",
        "zz",
        "z",
        "",
        "  ",
        "1.5",
        "1e5",
        "+ 1",
        "--1",
        "١٢٣",
        "\u{3000}7\u{2003}",
        "7\u{1c}",
        "1\u{0}",
        "9223372036854775808",
        "-99999999999999999999999",
        "123abc",
        "ABC",
        "0b1_0",
        "0o8",
        "0xg",
    ];
    for s in texts {
        for base in [0u32, 2, 8, 10, 16, 36, 1, 37] {
            let ours = match parse_int(s, base) {
                Ok(v) => v.enc(),
                Err(e) => format!("!ValueError: {}", esc(&e)),
            };
            t.cases.push((format!("int({}, {base})", py_str(s)), ours));
        }
    }
    let long = "x".repeat(300);
    t.add(format!("int({})", py_str(&long)), parse_int(&long, 10));
    let digits = "1".repeat(4301);
    t.add(format!("int({})", py_str(&digits)), parse_int(&digits, 10));
    t.add(format!("int({}, 16) % 1000", py_str(&digits)), parse_int(&digits, 16).map(|v| v % BigInt::from(1000)));
    let ok = "7".repeat(4300);
    t.add(format!("int({}) % 1000", py_str(&ok)), parse_int(&ok, 10).map(|v| v % BigInt::from(1000)));
    check("parse_int", t);
}

#[test]
fn parse_float_table() {
    let mut t = Table::default();
    let texts = [
        "0",
        "-0",
        "1.5",
        " 2.5 ",
        "-.5",
        "+.5",
        "5.",
        ".",
        "1e5",
        "1E+05",
        "1e-400",
        "1e400",
        "-1e400",
        "1e",
        "e5",
        ".e5",
        "1.e5",
        "inf",
        "-inf",
        "+Infinity",
        "INF",
        "infinit",
        "nan",
        "-NaN",
        "NAN",
        "nan1",
        "1_000.5",
        "1._5",
        "1_e5",
        "1e5_0",
        "_1",
        "1_",
        "1__0",
        "0x10",
        "",
        " ",
        "١.٥",
        "\u{2003}3\u{2003}",
        "3\u{1c}",
        "1.5\u{0}",
        "0.1",
        "3.141582653589793238462643383279",
        "1e-320",
        "2.2250738585072011e-308",
        "123456789012345678901234567890",
        "1,5",
        "1 5",
        "--1",
        "+-1",
        "in f",
        "abc",
    ];
    for s in texts {
        t.add(format!("float({})", py_str(s)), parse_float(s));
    }
    check("parse_float", t);
}

// ---------------------------------------------------------------------------
// %-formatting
// ---------------------------------------------------------------------------

use minipy::text::percent::{PercentArg, PercentArgs, PercentError, percent_format};

/// A stand-in for the runtime's values.
#[derive(Clone, Debug)]
enum Val {
    Int(BigInt),
    Bool(bool),
    Float(f64),
    Str(String),
    List(Vec<Val>),
    Dict(Vec<(String, Val)>),
    Nothing,
}

impl Val {
    fn int(i: i64) -> Val {
        Val::Int(BigInt::from(i))
    }
    fn s(s: &str) -> Val {
        Val::Str(s.to_string())
    }
    fn py(&self) -> String {
        match self {
            Val::Int(i) => py_int(i),
            Val::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Val::Float(x) => py_f(*x),
            Val::Str(s) => py_str(s),
            Val::List(items) => format!("[{}]", items.iter().map(Val::py).collect::<Vec<_>>().join(", ")),
            Val::Dict(items) => format!(
                "{{{}}}",
                items.iter().map(|(k, v)| format!("{}: {}", py_str(k), v.py())).collect::<Vec<_>>().join(", ")
            ),
            Val::Nothing => "None".to_string(),
        }
    }
}

/// (Python exception class, message), like the runtime's error.
type RtError = (String, String);

impl PercentArg for Val {
    type Error = RtError;
    fn type_name(&self) -> String {
        match self {
            Val::Int(_) => "int",
            Val::Bool(_) => "bool",
            Val::Float(_) => "float",
            Val::Str(_) => "str",
            Val::List(_) => "list",
            Val::Dict(_) => "dict",
            Val::Nothing => "NoneType",
        }
        .to_string()
    }
    fn to_str(&self) -> Result<String, RtError> {
        match self {
            Val::Str(s) => Ok(s.clone()),
            other => other.to_repr(),
        }
    }
    fn to_repr(&self) -> Result<String, RtError> {
        Ok(match self {
            Val::Int(i) => i.to_string(),
            Val::Bool(b) => if *b { "True" } else { "False" }.to_string(),
            Val::Float(x) => float_repr(*x),
            Val::Str(s) => str_repr(s),
            Val::List(items) => {
                let parts: Result<Vec<_>, _> = items.iter().map(Val::to_repr).collect();
                format!("[{}]", parts?.join(", "))
            }
            Val::Dict(items) => {
                let parts: Result<Vec<_>, RtError> =
                    items.iter().map(|(k, v)| Ok(format!("{}: {}", str_repr(k), v.to_repr()?))).collect();
                format!("{{{}}}", parts?.join(", "))
            }
            Val::Nothing => "None".to_string(),
        })
    }
    fn to_int(&self) -> Result<Option<BigInt>, RtError> {
        Ok(match self {
            Val::Int(i) => Some(i.clone()),
            Val::Bool(b) => Some(BigInt::from(u8::from(*b))),
            _ => None,
        })
    }
    fn to_float(&self) -> Result<Option<f64>, RtError> {
        Ok(match self {
            Val::Float(x) => Some(*x),
            _ => None,
        })
    }
    fn as_text(&self) -> Option<String> {
        match self {
            Val::Str(s) => Some(s.clone()),
            _ => None,
        }
    }
    fn get_item(&self, key: &str) -> Result<Val, RtError> {
        match self {
            Val::Dict(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| ("KeyError".to_string(), str_repr(key))),
            Val::List(_) => {
                Err(("TypeError".to_string(), "list indices must be integers or slices, not str".to_string()))
            }
            _ => Err(("TypeError".to_string(), format!("'{}' object is not subscriptable", self.type_name()))),
        }
    }
}

fn enc_percent(r: Result<String, PercentError<RtError>>) -> String {
    match r {
        Ok(s) => s.enc(),
        Err(PercentError::Python(e)) => e.enc(),
        Err(PercentError::Runtime((kind, msg))) => format!("!{kind}: {}", esc(&msg)),
    }
}

/// `fmt % args` both ways. A `Val::List` standing for a tuple is passed as
/// a tuple; dicts and lists as mappings; anything else as a single value.
fn add_percent(t: &mut Table, fmt: &str, args: &Val, as_tuple: bool) {
    let (py_args, ours) = match args {
        Val::List(items) if as_tuple => {
            let inner: Vec<String> = items.iter().map(Val::py).collect();
            (format!("({},)", inner.join(", ")), percent_format(fmt, PercentArgs::Tuple(items)))
        }
        Val::List(_) | Val::Dict(_) => (args.py(), percent_format(fmt, PercentArgs::Mapping(args))),
        other => (other.py(), percent_format(fmt, PercentArgs::Single(other))),
    };
    let py_args = if py_args == "(,)" { "()".to_string() } else { py_args };
    t.cases.push((format!("{} % {py_args}", py_str(fmt)), enc_percent(ours)));
}

#[test]
fn percent_table() {
    let mut t = Table::default();
    let values = [
        Val::int(0),
        Val::int(42),
        Val::int(-42),
        Val::int(255),
        Val::Int(BigInt::from(10).pow(25)),
        Val::Bool(true),
        Val::Float(3.14158),
        Val::Float(-0.0),
        Val::Float(1e16),
        Val::Float(-2.5e-7),
        Val::Float(f64::INFINITY),
        Val::Float(f64::NAN),
        Val::Float(2.5),
        Val::s("héllo"),
        Val::s("x"),
        Val::s(""),
        Val::int(0x1f600),
        Val::Nothing,
        Val::List(vec![Val::int(1), Val::s("a")]),
    ];
    let convs = ['s', 'r', 'a', 'd', 'i', 'u', 'x', 'X', 'o', 'e', 'E', 'f', 'F', 'g', 'G', 'c'];
    let flag_sets = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "# ", "-#+"];
    let widths = ["", "1", "8"];
    let precs = ["", ".0", ".2", ".7"];
    let mut rng = Rng(99);
    for v in &values {
        for conv in convs {
            for _ in 0..12 {
                let fmt = format!("[%{}{}{}{conv}]", rng.pick(&flag_sets), rng.pick(&widths), rng.pick(&precs));
                add_percent(&mut t, &fmt, &Val::List(vec![v.clone()]), true);
            }
        }
    }
    check("percent", t);
    let mut t = Table::default();
    let int = Val::int;
    let cases: Vec<(&str, Val)> = vec![
        ("%d items, %5.2f%%", Val::List(vec![int(3), Val::Float(99.555)])),
        ("%s and %r", Val::List(vec![Val::s("it's"), Val::s("it's")])),
        ("%%", Val::List(vec![])),
        ("%5%", Val::List(vec![])),
        ("%5%", Val::List(vec![int(1)])),
        ("%-5%|", Val::List(vec![])),
        ("%", Val::List(vec![])),
        ("%5", Val::List(vec![int(1)])),
        ("%.", Val::List(vec![int(1)])),
        ("%-", Val::List(vec![int(1)])),
        ("%*", Val::List(vec![int(1)])),
        ("%q", Val::List(vec![int(1)])),
        ("ab%q", Val::List(vec![])),
        ("%é", Val::List(vec![int(1)])),
        ("%\u{7f}", Val::List(vec![int(1)])),
        ("%s", Val::List(vec![int(1), int(2)])),
        ("%s %s", Val::List(vec![int(1)])),
        ("no specs", Val::List(vec![int(1)])),
        ("no specs", int(5)),
        ("no specs", Val::List(vec![])),
        ("%s", int(5)),
        ("%s", Val::s("solo")),
        ("%s %s", Val::s("solo")),
        ("%*d|%-*d|%.*f", Val::List(vec![int(5), int(3), int(-5), int(3), int(2), Val::Float(3.14158)])),
        ("%*d", Val::List(vec![Val::s("5"), int(3)])),
        ("%*s", Val::List(vec![Val::Bool(true), Val::s("x")])),
        ("%.*d", Val::List(vec![int(-5), int(1)])),
        ("%*d", Val::List(vec![Val::Int(BigInt::from(10).pow(20)), int(1)])),
        ("%.*d", Val::List(vec![Val::Int(BigInt::from(10).pow(20)), int(1)])),
        ("%ld %hd %Lf", Val::List(vec![int(1), int(2), Val::Float(3.0)])),
        ("%d", Val::List(vec![Val::Float(3.99)])),
        ("%d", Val::List(vec![Val::Float(-3.99)])),
        ("%d", Val::List(vec![Val::Float(f64::NAN)])),
        ("%d", Val::List(vec![Val::Float(f64::INFINITY)])),
        ("%i", Val::List(vec![Val::Float(1e30)])),
        ("%x", Val::List(vec![Val::Float(3.5)])),
        ("%d", Val::List(vec![Val::s("3")])),
        ("%d", Val::List(vec![Val::Nothing])),
        ("%f", Val::List(vec![Val::s("3")])),
        ("%f", Val::List(vec![Val::Int(BigInt::from(10).pow(400))])),
        ("%c", Val::List(vec![Val::s("ab")])),
        ("%c", Val::List(vec![Val::Float(65.0)])),
        ("%c", Val::List(vec![int(-1)])),
        ("%c", Val::List(vec![int(0x110000)])),
        ("%5c|%-3c|", Val::List(vec![Val::s("x"), int(65)])),
        ("%.100f", Val::List(vec![Val::Float(0.1)])),
        ("%#.0f %#.0e %#g %#.3g", Val::List(vec![Val::Float(1.0), Val::Float(1.0), Val::Float(1.0), Val::Float(1.0)])),
        ("%010.3f|%-10.3f|%+010.3f", Val::List(vec![Val::Float(-3.14158), Val::Float(-3.14158), Val::Float(3.14158)])),
        (
            "%010f|%-010f|%010F",
            Val::List(vec![Val::Float(f64::NEG_INFINITY), Val::Float(f64::NAN), Val::Float(f64::INFINITY)]),
        ),
        ("%#5o|%#-8x|%+#X|% #o|%#08x", Val::List(vec![int(8), int(255), int(255), int(0), int(-255)])),
        ("%05s|%-05d|%+.3d|% 05.1f", Val::List(vec![Val::s("ab"), int(-3), int(7), Val::Float(-2.25)])),
        ("%(a)s %(b)r %(a)05d", Val::Dict(vec![("a".into(), int(1)), ("b".into(), Val::s("x"))])),
        ("%(a)s %%", Val::Dict(vec![("a".into(), int(1))])),
        ("%(missing)s", Val::Dict(vec![("a".into(), int(1))])),
        ("%(a)s %s", Val::Dict(vec![("a".into(), int(1))])),
        ("%(a)*d", Val::Dict(vec![("a".into(), int(1))])),
        ("%((a))s|%(()s", Val::Dict(vec![("(a)".into(), int(1)), ("(".into(), int(2))])),
        ("%(a", Val::Dict(vec![("a".into(), int(1))])),
        ("%(a)", Val::Dict(vec![("a".into(), int(1))])),
        ("%s", Val::Dict(vec![("a".into(), int(1))])),
        ("%s %s", Val::Dict(vec![("a".into(), int(1))])),
        ("abc", Val::Dict(vec![])),
        ("%%", Val::Dict(vec![])),
        ("abc", Val::List(vec![int(1)])),
        ("%s", Val::List(vec![int(1), int(2)])),
        ("%(a)s", int(1)),
        ("%s %d %s", Val::List(vec![Val::List(vec![int(1), Val::s("é\n")]), Val::Bool(false), Val::Nothing])),
        (
            "%a|%r|%s",
            Val::List(vec![Val::s("é\u{1f600}\u{7f}"), Val::s("é\u{1f600}\u{7f}"), Val::s("é\u{1f600}\u{7f}")]),
        ),
        ("%d", Val::List(vec![Val::Int(BigInt::from(10).pow(4300))])),
        ("%x", Val::List(vec![Val::Int(BigInt::from(10).pow(30))])),
        ("%.3s|%5.1s|%-4r|", Val::List(vec![Val::s("abcdef"), Val::s("xyz"), Val::s("a")])),
        ("%.2s", Val::List(vec![Val::s("日本語")])),
    ];
    for (fmt, args) in cases {
        add_percent(&mut t, fmt, &args, true);
    }
    // Lists as the mapping operand (CPython's PyMapping_Check quirk).
    add_percent(&mut t, "abc", &Val::List(vec![int(1)]), false);
    add_percent(&mut t, "%s", &Val::List(vec![int(1), int(2)]), false);
    add_percent(&mut t, "%s %s", &Val::List(vec![int(1), int(2)]), false);
    add_percent(&mut t, "%(x)s", &Val::List(vec![int(1)]), false);
    check("percent_cases", t);
}

// ---------------------------------------------------------------------------
// str.format templates
// ---------------------------------------------------------------------------

use minipy::text::format_string::{
    Accessor, ArgRef, AutoNumbering, Conversion, FORMAT_RECURSION_DEPTH, FormatTemplate, Piece, check_recursion,
};

/// `format(v, spec)` for the test values.
fn format_val(v: &Val, spec: &str) -> Result<String, RtError> {
    let text_err = |e: TextError| (e.kind.name().to_string(), e.message);
    match v {
        Val::Int(i) => format_int(i, spec, "int").map_err(text_err),
        Val::Bool(b) if spec.is_empty() => Ok(if *b { "True" } else { "False" }.to_string()),
        Val::Bool(b) => format_int(&BigInt::from(u8::from(*b)), spec, "bool").map_err(text_err),
        Val::Float(x) => format_float(*x, spec, "float").map_err(text_err),
        Val::Str(s) => format_str(s, spec, "str").map_err(text_err),
        other if spec.is_empty() => other.to_str(),
        other => Err((
            "TypeError".to_string(),
            format!("unsupported format string passed to {}.__format__", other.type_name()),
        )),
    }
}

/// A minimal `template.format(*args, **kwargs)` driving the parser the way
/// the runtime will.
fn str_format(
    template: &str,
    args: &[Val],
    kwargs: &[(String, Val)],
    numbering: &mut AutoNumbering,
    depth: u32,
) -> Result<String, RtError> {
    let value_err = |m: String| ("ValueError".to_string(), m);
    check_recursion(depth).map_err(value_err)?;
    let mut out = String::new();
    for piece in FormatTemplate::new(template) {
        match piece.map_err(value_err)? {
            Piece::Literal(text) => out.push_str(&text),
            Piece::Field(field) => {
                let mut obj = match numbering.resolve(&field).map_err(value_err)? {
                    ArgRef::Index(i) => args.get(i).cloned().ok_or_else(|| {
                        (
                            "IndexError".to_string(),
                            format!("Replacement index {i} out of range for positional args tuple"),
                        )
                    })?,
                    ArgRef::Name(k) => kwargs
                        .iter()
                        .find(|(name, _)| name == k)
                        .map(|(_, v)| v.clone())
                        .ok_or_else(|| ("KeyError".to_string(), str_repr(k)))?,
                };
                for acc in field.accessors() {
                    obj = match acc.map_err(value_err)? {
                        Accessor::Attr(a) => {
                            return Err((
                                "AttributeError".to_string(),
                                format!("'{}' object has no attribute '{a}'", obj.type_name()),
                            ));
                        }
                        Accessor::Index(i) => match &obj {
                            Val::List(items) => items
                                .get(i)
                                .cloned()
                                .ok_or_else(|| ("IndexError".to_string(), "list index out of range".to_string()))?,
                            // Test dicts have str keys only.
                            Val::Dict(_) => return Err(("KeyError".to_string(), i.to_string())),
                            other => {
                                return Err((
                                    "TypeError".to_string(),
                                    format!("'{}' object is not subscriptable", other.type_name()),
                                ));
                            }
                        },
                        Accessor::Key(k) => obj.get_item(k)?,
                    };
                }
                if let Some(c) = field.conversion {
                    let text = match Conversion::from_char(c).map_err(value_err)? {
                        Conversion::Str => obj.to_str()?,
                        Conversion::Repr => obj.to_repr()?,
                        Conversion::Ascii => minipy::text::str_repr::ascii_escape(&obj.to_repr()?),
                    };
                    obj = Val::Str(text);
                }
                let spec = if field.spec_has_fields {
                    str_format(field.spec, args, kwargs, numbering, depth - 1)?
                } else {
                    field.spec.to_string()
                };
                out.push_str(&format_val(&obj, &spec)?);
            }
        }
    }
    Ok(out)
}

#[test]
fn str_format_table() {
    let mut t = Table::default();
    let args = vec![
        Val::int(42),
        Val::Float(3.25),
        Val::s("héllo"),
        Val::List(vec![Val::int(7), Val::s("x")]),
        Val::int(10),
        Val::Dict(vec![("k".into(), Val::s("v")), ("0".into(), Val::s("zero"))]),
    ];
    let kwargs = vec![
        ("name".to_string(), Val::s("world")),
        ("w".to_string(), Val::int(8)),
        ("d".to_string(), Val::Dict(vec![("key".into(), Val::int(5))])),
        ("é".to_string(), Val::Bool(true)),
    ];
    let templates = [
        "",
        "plain",
        "{}",
        "{} {} {}",
        "{0} {1} {0}",
        "{} {0}",
        "{0} {}",
        "{name}",
        "{name} {}",
        "{} {name} {}",
        "{{}}",
        "{{{}}}",
        "}}{{",
        "{",
        "}",
        "a{",
        "a}",
        "a}}b",
        "{0",
        "{0!",
        "{0!r",
        "{0!r}",
        "{2!s} {2!r} {2!a}",
        "{0!x}",
        "{0!rx}",
        "{0!r:>6}",
        "{!}",
        "{:}",
        "{0:}",
        "{:>{w}}",
        "{0:{4}}",
        "{:{}}",
        "{:{}.{}}",
        "{:{:{}}}",
        "{0:{1}}",
        "{3[0]} {3[1]!r}",
        "{3[2]}",
        "{5[k]} {5[0]}",
        "{d[key]}",
        "{d[nokey]}",
        "{d[}",
        "{d[key]x}",
        "{d[]}",
        "{0.nope}",
        "{0.}",
        "{0..x}",
        "{0[0]}",
        "{9}",
        "{missing}",
        "{é} {é:d} {é:>5}",
        "{0:,} {1:.1%}",
        "{2:*^11} {2:.2}",
        "{0:x} {0:#b} {0:c}",
        "{0:s}",
        "{3:>5}",
        "{3}",
        "{1:d}",
        "{0[}",
        "{0]}",
        "{a{b}",
        "{0:{{}}}",
        "{0:}}",
        "{0:{}}}",
        "{0:{name}}",
        "{٠}",
        "{0:٥}",
        "x{}y{}z",
        "{99999999999999999999}",
        "{:{99999999999999999999}}",
        "{0!r:{w}}",
        "{:>{}}{}",
        "{0:{1:{2}}}",
    ];
    for template in templates {
        let py_args: Vec<String> = args.iter().map(Val::py).collect();
        let py_kwargs: Vec<String> = kwargs.iter().map(|(k, v)| format!("{}: {}", py_str(k), v.py())).collect();
        let expr = format!("{}.format({}, **{{{}}})", py_str(template), py_args.join(", "), py_kwargs.join(", "));
        let ours = str_format(template, &args, &kwargs, &mut AutoNumbering::default(), FORMAT_RECURSION_DEPTH);
        let enc = match ours {
            Ok(s) => s.enc(),
            Err((kind, msg)) => format!("!{kind}: {}", esc(&msg)),
        };
        t.cases.push((expr, enc));
    }
    check("str_format", t);
}
