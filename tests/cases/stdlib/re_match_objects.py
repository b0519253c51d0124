# re: match/search/fullmatch, Match objects (group, groups, groupdict, spans, lastindex, repr), Pattern attributes and pos/endpos, non-ASCII positions.
import re

print(re.match(r'(\d+)-(\d+)', '12-34 rest'))
m = re.search(r'(?P<word>\w+)@(?P<host>\w+)\.com', 'mail bob@example.com now')
print(m.group(), m.group('word'), m['host'], m.groups(), m.groupdict())
print(m.span(), m.start(2), m.end(1), m.lastindex, m.lastgroup, m.group(1, 'host'))
print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a', 'ab'))
print(re.search(r'(a)(b)?', 'ac').groups('z'), re.search(r'(a)(b)?', 'ac').groups())
print(re.search(r'(?P<a>x)(?P<b>y)?', 'x').groupdict('-'))
print(re.search(r'(\w)\1', 'abccd'))
print(re.search(r'(?<=a)b', 'cb ab'), re.search(r'(?<!c)b', 'cb ab'))
print(re.search(r'foo(?=bar)', 'foobaz foobar'), re.search(r'foo(?!bar)', 'foobar foobaz'))
print(re.search(r'é(.)', 'xxééz'))
print([m.span() for m in re.finditer(r'\w+', 'héllo wörld ünïcode')])
p = re.compile(r'\d+')
print(p.match('ab12', 2), p.match('ab12', 1), p.search('ab12cd34', 5), p.search('ab12cd34', 0, 3))
print(p.groups, p.groupindex, p.pattern, p.flags, p)
print(re.compile(r'abc', re.I | re.M), re.compile('a', re.A).flags, re.compile('(?s)a').flags)
print(bool(re.match('a', 'a')), re.match('b', 'a'))
m = re.match(r'((a)b)', 'ab')
print(m.lastindex, re.match(r'(a)()', 'a').lastindex, re.match(r'(?:(a)|b)*', 'ab').lastindex)
m = re.search('(b)', 'abc')
print(m.expand(r'<\1>'), m.string, m.re, m.pos, m.endpos, m.regs)
try:
    m.group(5)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('nope')
except IndexError as e:
    print('IndexError', e)
print(re.match(r'(?P<a>x)(?P=a)', 'xx'), re.match(r'(?P<a>x)(?P=a)', 'xy'))
print(re.search(r'\Aab\Z', 'ab'), re.search(r'ab\Z', 'ab\n'), re.search(r'end$', 'the end\n'))
print(re.search(r'^b', 'ab', ), re.compile(r'^b').search('ab', 1), re.compile(r'a$').search('ab', 0, 1))
tok = re.compile(r'\s*(?:(\d+\.?\d*)|(\w+)|(.))')
s = 'x = 3.14 * (y + 42)'
pos = 0
out = []
while pos < len(s):
    m = tok.match(s, pos)
    out.append((m.lastindex, m.group(m.lastindex)))
    pos = m.end()
print(out)
print(type(re.compile('a')).__name__, type(re.match('a', 'a')).__name__)
