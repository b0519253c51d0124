# str.encode/bytes.decode errors= handlers (strict with CPython's UTF-8 reasons,
# ignore, replace, backslashreplace, xmlcharrefreplace) and the numbers' own
# __eq__/__ne__ (False, not NotImplemented, for unequal ints; NaN unequal).
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for b in [b'\xe9', b'\xe9a', b'a\xe2\x82', b'\xe2\x82a', b'\xff\xfe', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\xaf', b'ok\x80x', b'\xf4\x90\x80\x80']:
    for e in ['strict', 'replace', 'ignore', 'backslashreplace']:
        t(lambda: b.decode('utf-8', e))
    t(lambda: b.decode('ascii', 'replace'))
    t(lambda: b.decode('ascii', errors='backslashreplace'))
for s in ['é', 'a€b', 'x😀']:
    for e in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        t(lambda: s.encode('ascii', e))
        t(lambda: s.encode('latin-1', errors=e))
t(lambda: 'é'.encode('ascii', 'bogus')); t(lambda: 'e'.encode('ascii', 'bogus')); t(lambda: b'\xff'.decode('utf-8', 'bogus')); t(lambda: 'e'.encode('ascii', 1))
t(lambda: (1).__eq__(2)); t(lambda: (1).__eq__(1)); t(lambda: (1).__eq__(1.0)); t(lambda: (1.0).__eq__(1)); t(lambda: (2**70).__eq__(2**70)); t(lambda: (1j).__eq__(1))
t(lambda: (1.5).__ne__(1.5)); t(lambda: (1).__ne__(2)); t(lambda: float('nan').__eq__(float('nan'))); t(lambda: True.__eq__(1)); t(lambda: (1).__eq__('a')); t(lambda: (1).__ne__(1.0))
