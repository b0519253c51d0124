//! Snapshot tests of the compiler through the disassembler, plus a
//! structural check of every code object the same programs produce: stack
//! depths consistent along every path and bounded by `max_stack`, jump
//! targets in range, one span and one line per instruction.

use std::sync::Arc;

use minipy::bytecode::dis::disassemble;
use minipy::bytecode::{Code, Const, Op};
use minipy::diagnostics::{SourceFile, render_syntax_error};

fn compile(name: &str, src: &str) -> Arc<Code> {
    let source = Arc::new(SourceFile::new(format!("{name}.py"), src));
    let module = minipy::parser::parse(&source)
        .unwrap_or_else(|e| panic!("{name}: parse error\n{}", render_syntax_error(&e, &source)));
    minipy::compiler::compile(&module, source.clone())
        .unwrap_or_else(|e| panic!("{name}: compile error\n{}", render_syntax_error(&e, &source)))
}

macro_rules! programs {
    ($($name:ident => $src:expr;)*) => {
        $(
            #[test]
            fn $name() {
                let code = compile(stringify!($name), $src);
                insta::assert_snapshot!(stringify!($name), format!("{}\n---\n{}", $src, disassemble(&code)));
            }
        )*
        const PROGRAMS: &[(&str, &str)] = &[$((stringify!($name), $src)),*];
    };
}

programs! {
    arithmetic => r#"x = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8
y = -x + ~x - +x
big = 123456789012345678901234567890
small = -9223372036854775808
f = -1.5e300 + 0.1
bits = (x << 2 | x >> 1) & 0xff ^ 3
print(not x, x @ y)
"#;
    while_loop => r#"i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 7:
        break
else:
    print("no break")
while True:
    pass
"#;
    for_loop => r#"total = 0
for i, (a, b) in enumerate(pairs):
    for j in range(i):
        if j > a:
            break
        total += j * b
    else:
        continue
else:
    print(total)
"#;
    function_defaults => r#"def f(a, b=2, *args, c, d=4, **kw):
    return a + b + c + d + len(args) + len(kw)

def g(x, /, y=[1, 2], *, z):
    pass

print(f(1, c=3), f(1, 2, 3, c=4, e=5), sep=", ", end="\n")
"#;
    closures_nonlocal => r#"def counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle
"#;
    globals => r#"n = 0
def bump():
    global n
    n += 1
    del n
def read():
    return n + len([n])
"#;
    comprehensions => r#"squares = [x * x for x in range(10) if x % 2 if x > 2]
pairs = {(a, b) for a in range(3) for b in range(a)}
inverse = {v: k for k, v in table.items()}
total = sum(x for x in data)
def f(n):
    return [[i * j for j in range(n)] for i in range(n)]
if any((last := x) > 5 for x in data):
    print(last)
"#;
    lambdas => r#"key = lambda item, rev=False: -item[1] if rev else item[1]
adders = [lambda x, i=i: x + i for i in range(3)]
def make(n):
    return lambda x: x * n
"#;
    class_super => r#"class Base:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hi " + self.name

class Child(Base):
    kind = "child"
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def greet(self):
        return super().greet() + "!"
    def cls(self):
        return __class__
"#;
    class_nesting => r#"def factory(tag):
    class Local:
        label = tag
        def show(self):
            return tag
        class Inner:
            def deep(self):
                return 1
    return Local

@decorate(1)
@other
def decorated():
    pass
"#;
    try_except => r#"try:
    risky()
except ValueError as e:
    print("bad value", e)
except (TypeError, KeyError):
    print("type or key")
except:
    raise
else:
    print("fine")
"#;
    try_finally => r#"def f(items):
    for item in items:
        try:
            if item:
                continue
            if item is None:
                break
            return item
        finally:
            cleanup()
    try:
        work()
    finally:
        done()
"#;
    try_except_finally => r#"def f():
    try:
        return compute()
    except ZeroDivisionError as e:
        log(e)
        return None
    except Exception:
        raise RuntimeError("wrapped") from None
    else:
        print("ok")
    finally:
        print("finally")
"#;
    handler_in_loop => r#"for x in xs:
    try:
        handle(x)
    except KeyError as e:
        if x:
            break
        continue
    except IndexError:
        break
"#;
    with_statement => r#"with open("a") as f, lock:
    data = f.read()
def g(path):
    with open(path) as f:
        return f.read()
    with ctx() as (a, b):
        pass
"#;
    fstrings => r#"name = "world"
width = 10
print(f"hello {name}!")
print(f"{name!r:>{width}} {3.14159:.2f} {name=} {width=:5}")
print(f"{{literal}}", f"")
"#;
    calls => r#"f(1, 2)
f(a, k=1, j=2)
obj.method(1, 2)
obj.method(1, k=2)
f(*args)
f(1, *args, 2, *more)
f(**kw)
f(1, *args, k=3, **kw, z=4)
obj.attr.method()
"#;
    chained_comparisons => r#"print(a < b < c)
print(a == b != c is not d)
if 0 <= i < n:
    pass
x = a in b not in c
"#;
    augmented_assignment => r#"x += 1
obj.count *= 2
items[i] -= 1
grid[i][j] //= 3
self.data[key] |= mask
"#;
    unpacking => r#"a, b = b, a
first, *rest = items
*init, last = items
head, *middle, tail = items
(x, y), z = (1, 2), 3
[p, q] = r = pair
for k, *vs in groups:
    pass
"#;
    generators => r#"def gen(n):
    for i in range(n):
        received = yield i
        if received:
            yield received
    yield from range(3)
    return "done"

def squares():
    x = yield
    while True:
        x = yield x * x
"#;
    subscripts => r#"a = items[0]
b = items[1:2]
c = items[::2]
d = items[1:-1:3]
e = grid[1, 2:3]
items[0] = items[-1]
del items[0], items[1:]
"#;
    boolean_logic => r#"x = a and b or c
y = not (a or b)
z = a if b else c
if a and not b or c:
    pass
while x or y and z:
    x = not x
"#;
    displays => r#"empty = ([], {}, (), set())
t = (1, 2, 3)
nested = (1, (2, "three"), None, ...)
lst = [1, *more, 2, *others]
st = {*a, 1, *b}
tp = (*a, *b)
d = {"a": 1, **other, "b": 2, **third}
d2 = {**only}
"#;
    imports => r#"import sys
import os.path
import a.b.c as abc
from time import sleep, perf_counter as pc
from x.y import z
def f():
    import threading
    from queue import Queue
"#;
    assert_raise_del => r#"assert x
assert x > 0, "x must be positive"
if a:
    raise
elif b:
    raise ValueError
elif c:
    raise ValueError("bad") from err
del a, b.c, d[e]
"#;
    nested_unwinding => r#"def f(paths):
    for p in paths:
        with open(p) as fh:
            try:
                for line in fh:
                    if line == "stop":
                        return line.strip()
                    if not line:
                        break
            except OSError as e:
                continue
            finally:
                print("closing", p)
    return None
"#;
    finally_return => r#"def f():
    try:
        return 1
    finally:
        return 2

def g():
    while True:
        try:
            pass
        finally:
            break
"#;
    match_statement => r#"def handle(command):
    match command:
        case ["go", ("north" | "south") as direction]:
            return direction
        case [first, *_, last] if first == last:
            return first
        case {"action": action, **rest}:
            return action, rest
        case Point(x, y=0) | Point(0, x):
            return x
        case -1 | None:
            return None
        case _:
            return command
"#;
    walrus_and_annotations => r#"x: int = 5
y: list
obj.attr: str = "a"
if (n := len(items)) > 3:
    print(n)
def f():
    total: int = 0
    return [total := total + v for v in values]
"#;
}

/// Every code object reachable from `code`, itself first.
fn all_codes(code: &Arc<Code>, out: &mut Vec<Arc<Code>>) {
    out.push(code.clone());
    for c in &code.consts {
        if let Const::Code(inner) = c {
            all_codes(inner, out);
        }
    }
}

fn is_terminator(op: Op) -> bool {
    matches!(op, Op::Jump | Op::ReturnValue | Op::Reraise | Op::RaiseVarargs)
}

/// Simulates the stack depth along every path of `code` and checks the invariants.
fn check_code(program: &str, code: &Code) {
    let who = format!("{program}: {}", code.qualname);
    let n = code.instrs.len();
    assert_eq!(code.spans.len(), n, "{who}: spans");
    assert_eq!(code.lines.len(), n, "{who}: lines");
    assert!(n > 0, "{who}: empty code");
    let mut depth: Vec<Option<i32>> = vec![None; n];
    depth[0] = Some(0);
    let mut work = vec![0usize];
    let mut max = 0;
    let mut edges = Vec::new();
    while let Some(i) = work.pop() {
        let d = depth[i].unwrap();
        let ins = code.instrs[i];
        edges.clear();
        if ins.op.is_jump() {
            assert!((ins.arg as usize) < n, "{who}: jump at {i} out of range");
            edges.push((ins.arg as usize, d + ins.op.stack_effect(ins.arg, true)));
        }
        if !is_terminator(ins.op) {
            assert!(i + 1 < n, "{who}: control falls off the end at {i}");
            edges.push((i + 1, d + ins.op.stack_effect(ins.arg, false)));
        }
        for &(target, nd) in &edges {
            assert!(nd >= 0, "{who}: stack underflow after {i} ({:?})", ins.op);
            max = max.max(nd);
            match depth[target] {
                None => {
                    depth[target] = Some(nd);
                    work.push(target);
                }
                Some(old) => assert_eq!(old, nd, "{who}: inconsistent depth at {target}"),
            }
        }
    }
    assert_eq!(code.max_stack as i32, max, "{who}: max_stack");
    for (i, ins) in code.instrs.iter().enumerate() {
        if ins.op.is_jump() {
            assert!((ins.arg as usize) < n, "{who}: jump at {i} out of range");
        }
    }
    for &(cell, var) in &code.cell_params {
        assert!((cell as usize) < code.cellvars.len(), "{who}: cell_params");
        assert_eq!(code.cellvars[cell as usize], code.varnames[var as usize], "{who}: cell_params");
    }
    assert!(code.total_params() <= code.varnames.len(), "{who}: params");
}

#[test]
fn stack_depths_and_tables_are_consistent() {
    assert!(PROGRAMS.len() >= 25);
    for (name, src) in PROGRAMS {
        let mut codes = Vec::new();
        all_codes(&compile(name, src), &mut codes);
        for code in &codes {
            check_code(name, code);
        }
    }
}

#[test]
fn nested_code_objects_have_cpython_names() {
    let code = compile(
        "names",
        "class A:\n    def m(self):\n        def g():\n            return [x for x in ()]\n        return g\nf = lambda: (yield)\n",
    );
    let mut codes = Vec::new();
    all_codes(&code, &mut codes);
    let names: Vec<(&str, &str, u32)> = codes.iter().map(|c| (&*c.name, c.qualname.as_str(), c.first_line)).collect();
    assert_eq!(
        names,
        [
            ("<module>", "<module>", 1),
            ("A", "A", 1),
            ("m", "A.m", 2),
            ("g", "A.m.<locals>.g", 3),
            ("<listcomp>", "A.m.<locals>.g.<locals>.<listcomp>", 4),
            ("<lambda>", "<lambda>", 6),
        ]
    );
    let lambda = &codes[5];
    assert!(lambda.has_flag(minipy::bytecode::code::flags::GENERATOR));
}

#[test]
fn captured_parameters_are_listed_as_cell_params() {
    let code = compile("cells", "def f(a, b, *c, d, **e):\n    x = 1\n    return lambda: (b, e, x)\n");
    let mut codes = Vec::new();
    all_codes(&code, &mut codes);
    let f = &codes[1];
    assert_eq!(f.varnames, ["a", "b", "d", "c", "e"]);
    assert_eq!(f.cellvars, ["b", "e", "x"]);
    assert_eq!(f.cell_params, [(0, 1), (1, 4)]);
    assert_eq!((f.argcount, f.kwonlyargcount, f.total_params()), (2, 1, 5));
    assert_eq!(codes[2].freevars, ["b", "e", "x"]);
}

#[test]
fn lines_follow_multi_line_expressions() {
    let code = compile("lines", "x = f(\n    a,\n    g(b),\n)\n");
    let calls: Vec<u32> =
        code.instrs.iter().zip(&code.lines).filter(|(i, _)| i.op == Op::Call).map(|(_, l)| *l).collect();
    assert_eq!(calls, [3, 1]);
}

#[test]
fn literals_fold_into_small_constants() {
    let code =
        compile("ints", "a = -9223372036854775808\nb = 9223372036854775808\nc = -(5)\nd = --5\ne = (0.0, -0.0)\n");
    assert!(code.consts.contains(&Const::Int(i64::MIN)));
    assert!(code.consts.iter().any(|c| matches!(c, Const::BigInt(b) if b.to_string() == "9223372036854775808")));
    assert!(code.consts.contains(&Const::Int(-5)));
    assert!(code.consts.contains(&Const::Int(5)));
    let floats = code.consts.iter().find_map(|c| match c {
        Const::Tuple(items) => Some(items.clone()),
        _ => None,
    });
    match floats.as_deref() {
        Some([Const::Float(a), Const::Float(b)]) => {
            assert!(a.is_sign_positive() && b.is_sign_negative());
        }
        other => panic!("{other:?}"),
    }
    assert!(!code.instrs.iter().any(|i| i.op == Op::UnaryOp));
}
