# tomllib against CPython 3.11's: a document using every kind of value and
# table, the errors (message position included) of malformed ones, and
# parse_float and the type errors.
import tomllib, datetime
doc = r'''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \n no escape'
bare-key_1 = 0xdead_beef  # comment
[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
local = 1979-05-27T07:32:00.999999999
date = 1979-05-27
time = 07:32:00.5
utc = 1979-05-27 07:32:00Z

[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
nested.dotted.key = "x"
nested.other = -17

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = """
frontend \
   server "quoted" ""two""\""""
esc = "tab\there \u00e9 \U0001F600 \\ \" end"
[servers.beta]
ip = "10.0.0.2"
numbers = [1_000, +17, -0, 0o17, 0b1101, 6.626e-34, 1e06, -2E-2, 224_617.445_991, inf, -inf, nan, +nan]

[[products]]
name = "Hammer"
sku = 738594937
[products.details]
weight = 1.5

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"
[products.details]
weight = 0.01
arr = [
  1,
  2, # two
  3,
]
empty = {}
inl = { a.b = 1, a.c = 2, "d" = [ { e = 1 } ] }
'''
doc += "[lits]\nlit = '''\nraw \\n text '''''\n"
d = tomllib.loads(doc)
def show(v, indent=0):
    if isinstance(v, dict):
        for k, x in v.items():
            print(" " * indent + repr(k) + ":")
            show(x, indent + 2)
    else:
        print(" " * indent + (repr(v) if not isinstance(v, float) or v == v else "nan"), type(v).__name__)
show(d)
bad = ["a = 1\na = 2", "[a]\n[a]", "a = ", "a = 01", "a = 1.", "a = \"unterminated", "a.b = 1\n[a]", "x = [1, 2", "x = {a = 1,}",
       "a = 1 b = 2", "[a\n", "= 1", "a = 2024-13-01", "a = 'x\nb'", "x = tru", "a = [1]\n[[a]]", "a = {b = 1}\n[a.c]",
       "a = \"\\q\"", "a = \"\\u12\"", "[[t]]\nx=1\n[t]", "k = 1979-05-27T25:00:00", "a = 1_", "a = +0x10"]
for b in bad:
    try:
        print(repr(b), tomllib.loads(b))
    except tomllib.TOMLDecodeError as e:
        print(repr(b), "TOMLDecodeError", str(e)[str(e).rfind("(at"):])
print(tomllib.loads("a = 1.5", parse_float=str))
try:
    tomllib.loads(b"a = 1")
except TypeError as e:
    print(e)
import io
print(tomllib.load(io.BytesIO(b"[t]\nk = 'v'\r\nn = 1979-05-27T00:32:00.123+07:00\n")))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print(e)
try:
    tomllib.loads("a = 1\n[b]\nc = 2\nc = 3")
except tomllib.TOMLDecodeError as e:
    print(type(e).__module__, type(e).__name__, e)
for doc in ("x = {a = 1, a = 2}", "x = {a.b = 1, a = 2}", "x = {a = 1, a.b = 2}", "x = {a.b = 1, a.c = 2, a.b.d = 3}",
            "x = {a.b = 1, a.c = 2}", "a.b = 1\na.b.c = 2", "a = {}\na.b = 1", "a = [1]\na.b = 1",
            "[t]\na.b = 1\n[t.a]", "[t.u]\n[t]\nu.v = 1", "[x.y.z]\n[x]\ny.w = 1", "x = {a = {b = 1}, a.c = 2}",
            "[a]\nb.c = 1\n[a.b.d]", "[a]\nb.c = 1\n[a.b]", "[[t]]\nu.v = 1\n[[t]]\nu.v = 2", "[a.b]\n[a]\nb.c = 1"):
    try:
        print(repr(doc), tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), e)
