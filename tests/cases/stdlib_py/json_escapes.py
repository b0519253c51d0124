# json: \u escapes (surrogate pairs, malformed digits), error positions, parse hooks and raw_decode.
import json
for doc in ['"\\ud83d\\ude00"', '"\\u+041"', '"\\u00e9"', '"\\uZZZZ"', '"\\u12"', '[1,\n  2,\n  x]', '{"a" 1}']:
    try:
        print(ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(e, e.lineno, e.colno, e.pos)
print(json.loads('1.5', parse_float=str), json.loads('NaN', parse_constant=lambda c: c), json.JSONDecoder().raw_decode('[1] x'))
