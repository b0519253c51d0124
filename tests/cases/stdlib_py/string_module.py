# string: constants, capwords, Template (substitute, safe_substitute, errors with line/col), Formatter.
import string
from string import Template, Formatter

print(repr(string.whitespace), string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.printable), len(string.printable))
print(string.capwords('  hello   wORLD  again '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
t = Template('$who likes $what; ${who}s cost $$5 each')
print(t.substitute(who='tim', what='kung pao'), t.template)
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bo'), t.get_identifiers(), t.is_valid())
print(Template('$x$y ${z}_ $').safe_substitute(x=1, z=3), Template('a $1 b').is_valid())


class Dollars(Template):
    delimiter = '%'


print(Dollars('%name costs %%10 and %{amount}!').substitute(name='tea', amount=2))
for bad in [lambda: t.substitute(who='x'), lambda: Template('ab $1').substitute(), lambda: Template('line\nx ${bad').substitute(bad=1),
            lambda: Template('$').substitute(), lambda: Template('\n\n  $ ').substitute()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
f = Formatter()
print(f.format('{0} + {1} = {2:>5}', 2, 3, 5), f.format('{name!r:^10}|{x[1]}|{0.real}', 7, name='n', x=[4, 5]))
print(f.format('{} {}', 'a', 'b'), f.format('{:{width}.{prec}f}', 3.14159, width=10, prec=2), f.format('{{}} {a}', a=1))
print(list(f.parse('x{0!s:>3}y{}z{{')))
for bad in [lambda: f.format('{} {0}', 1), lambda: f.format('{0} {}', 1), lambda: f.format('{'), lambda: f.format('{0'), lambda: f.format('}'), lambda: f.format('{x}')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
