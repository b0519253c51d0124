//! Table-driven tests of `minipy::text`'s string side (str methods,
//! slicing, int()/float() parsing, `%`-formatting and str.format) against
//! CPython 3.11, with the same harness and snapshot scheme as `text.rs`.

use minipy::text::TextError;
use minipy::text::float_repr::float_repr;
use minipy::text::format_spec::{format_float, format_int, format_str};
use minipy::text::parse_number::{parse_float, parse_int};
use minipy::text::slice::normalize_slice;
use minipy::text::str_methods as sm;
use minipy::text::str_repr::str_repr;
use num_bigint::BigInt;

#[path = "common/text_table.rs"]
mod text_table;
use text_table::*;

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
