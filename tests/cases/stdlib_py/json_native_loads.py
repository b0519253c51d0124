# json.loads through the native scanner: values, numbers, strings, nesting, every JSONDecodeError message with its position, strict, raw_decode.
import json

docs = ['null', 'true', 'false', '0', '-0', '12', '-12', '1.5', '-1.5e3', '1E+2', '1e-2', '0.1', '123456789012345678',
        '1234567890123456789', '-98765432109876543210987654321', '1.7976931348623157e308', '5e-324', '2.5e-05', '1e16',
        '123.456789012345678', '"abc"', '"\\u00e9\\u4e2d"', '"\\ud83d\\ude00 ok"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
        '"caf\u00e9 \U0001F600"', '[]', '{}', '[ ]', '{ }', ' [1, [2, [3, [4]]], {"a": {"b": [true, null]}}] ',
        '{"a": 1, "a": 2, "b": 3}', '{"k":"v","n":[1,2.0,"x"]}', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
        '1e400', '-1e400', '"\\ud834x"' if False else '"x"', '\n\t\r {"x" :\n 1 }\n', '"\u00e9\u00e8"']
for doc in docs:
    v = json.loads(doc)
    print(repr(doc), '->', ascii(v), type(v).__name__)

bad = ['', ' ', '[', '[1', '[1,', '[1 2]', '[1,]', '{', '{ ', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}',
       '{1:2}', "{'a':1}", '{"a":1 "b":2}', '"abc', '"a\nb"', '"a\x01"', '"a\\x"', '"\\u12"', '"\\u12zz"', '"\\uZZZZ"',
       '"\\', '"abc\\', 'nul', 'tru', 'fals', '-', '-a', '01', '1.', '1e', '1.5e+', '[1] x', '1 2', '{} {}',
       'naN', '-Inf', '[1,\n  2,\n  x]', 'x\ny', '\u00e9', '["\u00e9\u00e9", x]', '["\U0001F600", x]', '.5', '+1',
       '\ufeff[]', '"\\u0041\\u00', '[true false]', '{"a":1}}', '[1]]']
for doc in bad:
    try:
        json.loads(doc)
        print('no error', repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)

# strict=False lets control characters through strings.
print(repr(json.loads('"a\nb\tc\x00"', strict=False)))
try:
    json.loads('"a\tb"')
except ValueError as e:
    print(e)

# raw_decode starts at an index and reports where the value ended.
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'))
print(dec.raw_decode('xx{"a": "\u00e9"} tail', 2))
print(dec.decode('  {"a": [1]}  '))
for doc, idx in [('  1', 0), ('abc', 1), ('[1', 0)]:
    try:
        dec.raw_decode(doc, idx)
    except json.JSONDecodeError as e:
        print('raw', repr(doc), idx, e)

# bytes input and load from a file-like object.
print(json.loads(b'{"b": [1, 2]}'), json.loads(bytearray(b'[3]')))
import io
print(json.load(io.StringIO('{"file": true}')))

# Big and deep documents.
big = '[' + ','.join(str(i) for i in range(2000)) + ']'
print(sum(json.loads(big)))
deep = '[' * 200 + ']' * 200
v = json.loads(deep)
n = 0
while v:
    v = v[0]
    n += 1
print('depth', n)
try:
    json.loads('[' * 100000)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.loads('{"a":' * 100000)
except RecursionError as e:
    print('RecursionError', e)
try:
    json.loads('1' * 5000)
except ValueError as e:
    print('ValueError', e)
print(json.loads('9' * 4300) % 1000)

# Hooks still work (the Python scanner).
print(json.loads('{"a": 1.5, "b": [2]}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
