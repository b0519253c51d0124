//! Table-driven tests of `minipy::text` against CPython 3.11.
//!
//! Every table is a list of cases, each a Python expression plus the value
//! minipy computes for it, both rendered in one small notation (`enc`
//! in tests/common/text_table.rs). When `/usr/bin/python3.11` exists, all expressions of a table
//! are evaluated in one Python process and the results must match line by
//! line. Independently, the minipy results are pinned by an insta snapshot
//! (`tests/snapshots/text__*.snap`; big tables store a digest), so the tests
//! never pass vacuously on a machine without Python. After changing a
//! table, refresh the snapshots with `INSTA_UPDATE=always cargo test --test
//! text --test text_str` on a machine with Python 3.11 (the Python comparison runs first).

use std::fmt::Write as _;

use minipy::text::chars;
use minipy::text::float_repr::{FloatFlags, double_to_string, float_repr, float_to_int, round_float, round_to_int};
use minipy::text::format_spec::{format_float, format_int, format_str};
use minipy::text::int_format::{group_digits, int_to_base, int_to_decimal};
use minipy::text::str_methods as sm;
use minipy::text::str_repr::{bytes_repr, str_ascii_repr, str_repr};
use num_bigint::BigInt;

#[path = "common/text_table.rs"]
mod text_table;
use text_table::*;

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
