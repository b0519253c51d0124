# json.loads: values, whitespace, numbers, escapes, and every JSONDecodeError message with its line, column and char.
import json
cases = ['', ' ', '[', '[1', '[1,', '[1 2]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a" 1}', '{1:2}', '{"a":1 "b":2}',
 '"abc', '"a\nb"', '"a\\x"', '"\\u12"', '"\\u12zz"', '"\\', '[1,]', '{"a":1,}', 'nul', 'tru', '-', '-a', '01', '1.', '1e', '1.5e+',
 '[1] x', 'NaN', '-Infinity', 'Infinity', '1e400', '"\\ud834\\udd1e"', '\ufeff[]', '  [ 1 , 2 ]  ', '{"a":[{"b":null}]}',
 '"\t"', '[-0, -0.0, 1E5, 2e-3, 12345678901234567890]', '"\\u0041\\n\\/\\b"', '[\n1,\n2\nx]', '{"a":1}\n{"b":2}', '\x00', '"x\x7fy"']
for c in cases:
    try:
        print(repr(c), repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e, e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for bad in [1, None, b'[1]']:
    try:
        print(json.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
