# re: re.error messages and positions for bad patterns and templates, and TypeErrors, as CPython 3.11.
import re

for bad in ['(', 'a(b', ')', 'ab)', '*', 'a**', '+a', '[a', r'\q', r'a\
', '(?P<1>x)', '(?P<a>x)(?P<a>y)', 'a{3,1}', '(?P=n)', '(?i)a(?m)b',
            r'(a)\2', '(?P<a', '(?<n>x)', '[z-a]', 'a|*', '(?#comment', 'a\n(b']:
    try:
        re.compile(bad)
        print(repr(bad), 'compiled')
    except re.error as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for template in [r'\2', r'\g<x>', r'\g<1', r'\g', r'\q', '\\']:
    try:
        print(re.sub('(a)', template, 'a'))
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)
try:
    re.search('a', 3)
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(issubclass(re.error, Exception), re.compile(re.compile('a')) is not None)
