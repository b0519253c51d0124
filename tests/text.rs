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
use minipy::text::float_repr::{FloatFlags, double_to_string, float_repr, round_float};
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
class _Esc(dict):
    def __missing__(self, o):
        c = chr(o)
        r = self[o] = c if ' ' <= c <= '~' and c not in '\\"' else '\\u{%x}' % o
        return r
_ESC = _Esc()
def esc(s): return '"' + s.translate(_ESC) + '"'
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

fn esc(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if (' '..='~').contains(&c) && c != '\\' && c != '"' {
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

fn python_available() -> bool {
    std::path::Path::new(PYTHON).exists()
}

fn run_python(exprs: &[&str]) -> Vec<String> {
    let mut script = String::from(PRELUDE);
    for e in exprs {
        let _ = writeln!(script, "run(lambda: {e})");
    }
    let mut child = Command::new(PYTHON)
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
    assert!(
        out.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
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
        eprintln!("{name}: {PYTHON} not found; checking the snapshot only");
    }
    let mut body = String::new();
    for (expr, ours) in &cases {
        let _ = writeln!(body, "{expr}\n  => {ours}");
    }
    let snapshot = if cases.len() <= 1500 {
        body
    } else {
        // Too big to store: a digest, plus a sample for the reader.
        let mut s = format!("{} cases, fnv64 {:016x}\nsample:\n", cases.len(), fnv64(&body));
        for (expr, ours) in cases.iter().step_by(cases.len() / 40) {
            let _ = writeln!(s, "{expr}\n  => {ours}");
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
        2.2250738585072009e-308,
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
        (2.0f64).powi(53),
        (2.0f64).powi(53) + 2.0,
        (2.0f64).powi(63),
        (2.0f64).powi(-1074),
        0.1 + 0.2,
    ];
    for e in -25..=25 {
        v.push(10f64.powi(e));
        v.push(-3.0 * 10f64.powi(e));
    }
    let mut rng = Rng(0x9E3779B97F4A7C15);
    for i in 0..random {
        let x = match i % 3 {
            0 => f64::from_bits(rng.next()),
            // "Human" decimals, which exercise shortest-repr choices.
            1 => (rng.below(2_000_000) as f64 - 1_000_000.0) / [1.0, 10.0, 100.0, 1000.0, 1e6][rng.below(5)],
            _ => (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * 10f64.powi(rng.below(40) as i32 - 20),
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
                t.add(
                    format!("'%{hash}.{p}{code}' % {}", py_f(x)),
                    double_to_string(x, code, p, flags),
                );
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
    for (x, n) in [(2.675, 2), (0.125, 2), (0.375, 2), (2.5, 0), (3.5, 0), (-2.5, 0), (1450.5, -2), (1550.0, -2), (1e308, -308), (1.7e308, -308), (-0.4, 0), (5e-324, 323), (0.5e-323, 324)] {
        t.add(format!("round({}, {n})", py_f(x)), round_float(x, n));
    }
    check("round_float", t);
}

// ---------------------------------------------------------------------------
// int formatting helpers
// ---------------------------------------------------------------------------

fn sample_ints() -> Vec<BigInt> {
    let mut v: Vec<BigInt> = [0i64, 1, -1, 7, 42, -42, 255, -255, 1000, 1234, -1234, 65, 0x10ffff, 1234567, -9876543210, i64::MAX, i64::MIN]
        .iter()
        .map(|&i| BigInt::from(i))
        .collect();
    v.push(BigInt::from(10).pow(20));
    v.push(-(BigInt::from(2).pow(100)));
    v.push(BigInt::from(3).pow(200));
    v
}

fn py_int(v: &BigInt) -> String {
    format!("({v})")
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
    for spec in ["", "d", ",", "_", "_x", "_b", "#_o", "010,", "08,", "#010x", "#X", "+c", "c", "05c", "<5c", "z", ".2", ",c", "_n", "abc", "\u{1}", ",\u{1}", "é", ",é", "999999999999999999999", "=10", "^#12_b", ".3%", ",.2f", "15,e"] {
        for v in [BigInt::from(65), BigInt::from(-1234567), BigInt::from(0x110000)] {
            t.add(format!("format({}, {})", py_int(&v), py_str(&spec)), format_int(&v, spec, "int"));
        }
    }
    t.add("format(True, 's')", format_int(&BigInt::from(1), "s", "bool"));
    t.add("format(True, '5')", format_int(&BigInt::from(1), "5", "bool"));
    t.add("format(10**400, 'e')", format_int(&BigInt::from(10).pow(400), "e", "int"));
    t.add("format(10**4300, 'd')", format_int(&BigInt::from(10).pow(4300), "d", "int"));
    t.add("format(10**4300, ',')", format_int(&BigInt::from(10).pow(4300), ",", "int"));
    t.add("format(2**53+1, 'f')", format_int(&(BigInt::from(2).pow(53) + 1), "f", "int"));
    check("format_int", t);
}

#[test]
fn format_float_table() {
    let mut t = Table::default();
    let mut rng = Rng(12);
    let types = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "s"];
    let precisions = ["", "", ".0", ".1", ".3", ".6", ".12", ".17"];
    let floats = sample_floats(40);
    for _ in 0..1500 {
        let spec = random_spec(&mut rng, &precisions, &types);
        for x in floats.iter().skip(rng.below(5)).step_by(5 + rng.below(5)) {
            t.add(format!("format({}, {})", py_f(*x), py_str(&spec)), format_float(*x, &spec, "float"));
        }
    }
    let fixed = [
        "", ".3", ".0", "r", "010", "z", "z.1f", "+.2%", ".0%", "012,.2f", "_.3f", ",g", "#.0e", "#g", "#.3g", "^20.5e",
        ".999999999999", ".99999999999999999999999999", ",d", "x", "=+12.3f", "0<10", "-^11", "#", "z.0f", "#.0f",
    ];
    for spec in fixed {
        for x in [1.0, 1234.5, 123.0, 12.0, -0.0, -0.001, f64::INFINITY, f64::NAN, 1e16, 1e-7, 0.5] {
            t.add(format!("format({}, {})", py_f(x), py_str(spec)), format_float(x, spec, "float"));
        }
    }
    check("format_float", t);
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
    for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", "05", ",", ",s", "_s", "+", " ", "z", "#", "=", ".1", ".", ">>>", "x<3.1s"] {
        for s in ["", "ab", "日本語"] {
            t.add(format!("format({}, {})", py_str(s), py_str(spec)), format_str(s, spec, "str"));
        }
    }
    check("format_str", t);
}

// ---------------------------------------------------------------------------
// repr
// ---------------------------------------------------------------------------

/// Every code point (minus surrogates), in strings of `size` consecutive
/// characters, so that every per-character decision gets compared.
fn all_char_blocks(size: u32) -> Vec<(u32, u32, String)> {
    (0..0x110000 / size)
        .map(|b| b * size)
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
fn char_predicates_all_code_points() {
    let mut t = Table::default();
    type Pred = fn(char) -> bool;
    let preds: [(&str, Pred); 13] = [
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
        ("isidentifier_cont", |c| sm::isidentifier(&format!("a{c}"))),
        ("isdecimal_value", |c| chars::decimal_value(c).is_some()),
    ];
    for (start, end, s) in all_char_blocks(4096) {
        for (name, pred) in preds {
            let ours: String = s.chars().filter(|&c| pred(c)).collect();
            let py_pred = match name {
                "isidentifier_cont" => "lambda c: ('a' + c).isidentifier()".to_string(),
                "isdecimal_value" => "lambda c: unicodedata.decimal(c, None) is not None".to_string(),
                _ => format!("str.{name}"),
            };
            t.add(
                format!("''.join(filter({py_pred}, {}))", py_block(start, end)),
                ours,
            );
        }
        let values: String = s
            .chars()
            .filter_map(|c| chars::decimal_value(c).map(|d| char::from_digit(d, 10).unwrap()))
            .collect();
        t.add(
            format!("''.join(str(unicodedata.decimal(c)) for c in {} if unicodedata.decimal(c, None) is not None)", py_block(start, end)),
            values,
        );
    }
    // `unicodedata` for the decimal values.
    for case in &mut t.cases {
        if case.0.contains("unicodedata") {
            case.0 = format!("(__import__('unicodedata'), {})[1]", case.0.replace("unicodedata.", "__import__('unicodedata')."));
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
    for (start, end, s) in all_char_blocks(4096) {
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
    check("case_mappings", t);
}
