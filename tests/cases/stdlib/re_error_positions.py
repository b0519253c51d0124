# re.error: message, position, line and column for one- and multi-line patterns.
import re
for pat in ['a(b', 'ab\n(c', 'x\ny\nz[', '*']:
    try:
        re.compile(pat)
    except re.error as e:
        print(e, '|', e.msg, e.pos, e.lineno, e.colno)
e = re.error('custom')
print(e, e.lineno, e.pattern)
