# shlex: split (POSIX and classic), quote, join, the shlex class (attributes,
# get_token, push_token, iteration, punctuation_chars, comments), and
# CPython's ValueError messages.
import io
import shlex

for s in ['a b  c', 'ls -l "my file.txt" \'x y\'', 'a\\ b c', '"a \\"q\\" b"', "'a \\' b",
          'x="1 2" y=3', 'echo $HOME; ls|wc', '', '   ', 'a#b # c', '"" \'\' x',
          'a"b c"d', '"\\$x \\\\ \\n"', 'Ω élan ßx', 'a\tb\nc\rd']:
    print(repr(s), shlex.split(s))
print(shlex.split("a # comment\nb", comments=True))
print(shlex.split("a # comment\nb"))
print(shlex.split('a "b c" d\'e f\'', posix=False))
print(shlex.split('"a b"c \'x\' #y', posix=False, comments=True))
for bad in ['"abc', "'abc", 'abc\\', '"abc\\', 'a "b c']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    shlex.split('"abc', posix=False)
except ValueError as e:
    print("classic:", e)

for s in ['', 'abc', 'a b', "it's", '$HOME', 'a"b', 'x=1,y/z@%+:.-', 'Ωx', 'tab\there', "''"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["ls", "-l", "my file", "it's", ""]))
print(shlex.split(shlex.join(["a b", "c'd", "e\"f", "$g"])))
for bad in [5, None, b"abc"]:
    try:
        print(shlex.quote(bad))
    except TypeError as e:
        print(type(e).__name__, e)

lex = shlex.shlex("a = b + 'c d' # note\nnext_line 12.5")
print(lex.posix, repr(lex.eof), lex.commenters, lex.whitespace_split, lex.quotes, lex.escape)
toks = []
while True:
    t = lex.get_token()
    if t == lex.eof:
        break
    toks.append((t, lex.lineno))
print(toks)
lex = shlex.shlex("x y z", posix=True)
print(lex.get_token())
lex.push_token("pushed")
print(list(lex), repr(lex.get_token()))
lex = shlex.shlex("foo(bar)|baz&&qux;done > out.txt", punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("a <<b c", punctuation_chars="<", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one,two;three", posix=True)
lex.whitespace = ",;"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("a-b c.d", posix=True)
lex.wordchars += "-."
print(list(lex))
lex = shlex.shlex(io.StringIO("alpha 'beta gamma' % x"), infile="conf.txt", posix=True)
lex.commenters = "%"
print(list(lex), lex.error_leader(), lex.error_leader("f", 9))
lex = shlex.shlex("outer", posix=True)
lex.push_source("inner1 inner2")
print(list(lex))
lex = shlex.shlex("a 'b", posix=True)
try:
    print(list(lex))
except ValueError as e:
    print("ValueError", e)
print(shlex.shlex("x").instream is not None, sorted(shlex.__all__))
lex = shlex.shlex("w 'q", posix=False)
print(lex.get_token())
try:
    lex.get_token()
except ValueError as e:
    print(e)
