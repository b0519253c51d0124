//! The builtin-and-method fuzzer's input language: bytes decoded into a
//! small Python program that calls builtins and methods with arguments
//! built from a little grammar of values (edge-case numbers, odd strings,
//! nested containers, callables).
//!
//! Every byte sequence decodes to some program (a missing byte reads as 0),
//! so the fuzzer explores call shapes instead of fighting the syntax, and a
//! crashing input replays through the same decoder in `cargo test`.

/// Builtins a call may name (all of CPython's but those that reach the
/// outside world or the terminal; the sandbox removes those anyway).
const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];

/// Keyword names builtins and methods take.
const KEYWORDS: &[&str] = &[
    "key",
    "reverse",
    "sep",
    "end",
    "base",
    "default",
    "start",
    "encoding",
    "errors",
    "maxsplit",
    "fillvalue",
    "strict",
];

const INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "7",
    "255",
    "256",
    "-256",
    "2**31",
    "2**31-1",
    "2**32",
    "2**63-1",
    "2**63",
    "-2**63",
    "-2**63-1",
    "2**64",
    "10**20",
    "-10**20",
    "10**100",
    "1114111",
    "1114112",
    "0x7fffffff",
    "True",
    "False",
];

const FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "0.5",
    "1.5",
    "-2.5",
    "1e16",
    "1e308",
    "-1e308",
    "5e-324",
    "1e-310",
    "float('inf')",
    "float('-inf')",
    "float('nan')",
    "2.0**53",
    "2.0**63",
    "123.456",
];

/// Pieces strings are made of: ASCII, format characters, whitespace,
/// escapes, multi-byte and case-changing characters.
const CHARS: &[&str] = &[
    "a",
    "Z",
    "0",
    "9",
    " ",
    "\\t",
    "\\n",
    "\\x00",
    "{",
    "}",
    "%",
    "%s",
    "{0}",
    "{:>10}",
    ",",
    ".",
    "-",
    "_",
    "é",
    "ß",
    "İ",
    "ﬃ",
    "ǅ",
    "😀",
    "\\u0301",
    "\\U0010ffff",
    "\\\\",
    "\\'",
    "\"",
    "x",
    "abc",
    "ab",
];

const BYTES: &[&str] = &["a", "\\x00", "\\xff", "\\x80", " ", "%", "\\n", "ab", "Z", "0"];

/// Reads the input a byte at a time; past the end everything is 0.
struct Cursor<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }
    fn pick<'t>(&mut self, table: &[&'t str]) -> &'t str {
        table[self.byte() as usize % table.len()]
    }
    fn done(&self) -> bool {
        self.pos >= self.data.len()
    }
}

/// Containers nest at most this deep (the program, not the VM, is bounded:
/// deep nesting is another fuzzer's subject).
const MAX_DEPTH: u32 = 3;

fn value(c: &mut Cursor, depth: u32, out: &mut String) {
    let tags = if depth >= MAX_DEPTH { 7 } else { 16 };
    match c.byte() % tags {
        0 => out.push_str("None"),
        1 => out.push_str(c.pick(INTS)),
        2 => out.push_str(&format!("{}", c.byte() as i8)),
        3 => out.push_str(c.pick(FLOATS)),
        4 => {
            out.push('\'');
            for _ in 0..c.byte() % 6 {
                out.push_str(c.pick(CHARS));
            }
            out.push('\'');
        }
        5 => {
            out.push_str("b'");
            for _ in 0..c.byte() % 6 {
                out.push_str(c.pick(BYTES));
            }
            out.push('\'');
        }
        6 => out.push_str(c.pick(&["int", "str", "len", "abs", "repr", "(lambda *a, **k: a)", "object", "list"])),
        7 => sequence(c, depth, out, "[", "]"),
        8 => sequence(c, depth, out, "(", ")"),
        9 => {
            out.push('{');
            for _ in 0..c.byte() % 4 {
                value(c, depth + 1, out);
                out.push_str(": ");
                value(c, depth + 1, out);
                out.push_str(", ");
            }
            out.push('}');
        }
        10 => {
            out.push_str("_hashable(");
            sequence(c, depth, out, "[", "]");
            out.push(')');
        }
        11 => {
            out.push_str("range(");
            for _ in 0..c.byte() % 4 {
                out.push_str(c.pick(INTS));
                out.push_str(", ");
            }
            out.push(')');
        }
        12 => {
            out.push_str("slice(");
            for _ in 0..1 + c.byte() % 3 {
                value(c, depth + 1, out);
                out.push_str(", ");
            }
            out.push(')');
        }
        13 => {
            out.push_str("bytearray(");
            value(c, depth + 1, out);
            out.push(')');
        }
        14 => {
            out.push_str("iter(");
            sequence(c, depth, out, "[", "]");
            out.push(')');
        }
        _ => out.push_str(c.pick(&["_Obj()", "_Obj", "_seq", "_d", "_seq[:]"])),
    }
}

fn sequence(c: &mut Cursor, depth: u32, out: &mut String, open: &str, close: &str) {
    out.push_str(open);
    for _ in 0..c.byte() % 5 {
        value(c, depth + 1, out);
        out.push_str(", ");
    }
    out.push_str(close);
}

/// `(args, kwargs)` source for one call.
fn arguments(c: &mut Cursor, out: &mut String) {
    out.push('(');
    for _ in 0..c.byte() % 4 {
        value(c, 0, out);
        out.push_str(", ");
    }
    if c.byte().is_multiple_of(4) {
        out.push_str(c.pick(KEYWORDS));
        out.push('=');
        value(c, 0, out);
    }
    out.push(')');
}

/// Helpers every generated program starts with: objects of a user class,
/// shared containers, and a way to make a value hashable for a set.
const PRELUDE: &str = "\
class _Obj:
    def __init__(self, *a, **k): self.a = a
    def __repr__(self): return '_Obj'
    def __eq__(self, o): return self is o
    def __hash__(self): return 7
    def __lt__(self, o): return False
    def __index__(self): return 3
    def __len__(self): return 2
    def __iter__(self): return iter((1, 2))
def _hashable(items):
    out = set()
    for x in items:
        try:
            out.add(x)
        except TypeError:
            pass
    return frozenset(out)
_seq = [1, 'a', None]
_d = {'k': 1}
_r = None
";

/// The program a fuzz input stands for: up to eight calls, each a builtin
/// or a method (picked from `dir(receiver)`, dunders included), with its
/// result printed; Python exceptions are expected and swallowed.
pub fn program(data: &[u8]) -> String {
    let mut c = Cursor { data, pos: 0 };
    let mut src = String::from(PRELUDE);
    for _ in 0..8 {
        if c.done() {
            break;
        }
        src.push_str("try:\n    ");
        match c.byte() % 3 {
            0 => {
                src.push_str("_r = ");
                src.push_str(c.pick(BUILTINS));
            }
            1 => {
                src.push_str("_v = ");
                value(&mut c, 0, &mut src);
                src.push_str(&format!("\n    _n = sorted(dir(_v))\n    _r = getattr(_v, _n[{} % len(_n)])", c.byte()));
            }
            // Call what the previous call returned (a bound method, an
            // iterator's __next__, a type).
            _ => src.push_str("_r = _r"),
        }
        src.push_str("\n    _r = _r");
        arguments(&mut c, &mut src);
        src.push_str("\n    print(repr(_r)[:200])\nexcept Exception as e:\n    print(type(e).__name__)\n");
    }
    src
}
