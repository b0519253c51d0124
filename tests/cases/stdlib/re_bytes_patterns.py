# re with bytes patterns and subjects: search/match/findall/finditer/split/
# sub (template and callable), groups, flags, escape, and the errors for
# mixing str and bytes.
import re

p = re.compile(b"(P)(ython|erl)")
m = p.search(b"--Perl--Python")
print(m, m.group(), m.group(1, 2), m.groups(), m.span(2), m.string)
print(p, p.pattern, p.flags, p.groups)
print(re.match(b"a+", b"aaab"), re.fullmatch(b"[a-c]+", b"abcab"))
print(re.findall(b"[a-z][0-9]", b"a5,b7,c9,"))
print(re.findall(b"([a-z])([0-9])", b"a5,b7"))
print([m.span() for m in re.finditer(b"\\d+", b"x12y345z6")])
print(re.split(b",", b"a,b,,c"), re.split(b"(,)", b"a,b"))
print(re.sub(b"(\\w)(\\d)", b"\\2\\1", b"a5 b7"))
print(re.subn(b"o", lambda m: m.group().upper(), b"foo boo"))
print(re.sub(b"x", b"-", bytearray(b"axbx")))
print(re.search(b"(Python)\\1", b"--PythonPython--"))
print(re.search(b".*P.*y.*t.*h.*o.*n.*", b"-" * 50 + b"Python" + b"-" * 50).span())
print(re.search(b"(?i)perl", b"xPERLx"), re.compile(b"x", re.I | re.M))
print(re.search(b"\\w+", b"caf\xe9!").group())
print(re.search(b"\\s", b"a\xa0b b"))
print(re.escape(b"a.b*c"), re.escape("a.b"))
print(re.search(b"b", bytearray(b"abc")).group())
print(m.expand(b"[\\2]"))
print(re.compile(b"a", re.A).flags)
for pat, subject in [("a", b"a"), (b"a", "a")]:
    try:
        re.search(pat, subject)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(b"a(b")
except re.error as e:
    print("error:", e, e.pattern, e.pos)
