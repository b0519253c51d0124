# json.dumps/dump/loads: indent, sort_keys, separators, default, ensure_ascii, special floats, keys, errors, hooks.
import json

data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'ok': True, 'none': None, 'pi': 3.14159, 'nested': {'a': [], 'b': {}, 'c': [1, [2, [3]]]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps([1, 2], indent=4, separators=(' ,', ' : ')), json.dumps({'k': [1]}, indent=1, separators=(';', '=')))
print(json.dumps('héllo ☃ 𝄞 "quoted" back\\slash \n\t\r\b\f \x00 \x1f \x7f'))
print(json.dumps('héllo ☃ 𝄞 "quoted" \n \x01', ensure_ascii=False))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e16, 1.0, -0.0, 0.1 + 0.2, 10 ** 20, True, False, None]))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's'}))
print(json.dumps((1, (2, 3))), json.dumps([]), json.dumps({}), json.dumps(''), json.dumps(12), json.dumps(None))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps({(1, 2): 'tuple key', 'k': 1}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f'Cannot serialize {type(o).__name__}')


print(json.dumps({'p': Point(1, 2), 's': {3, 1, 2}}, default=encode_point))


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)


print(json.dumps([Point(3, 4)], cls=PointEncoder), PointEncoder(indent=2).encode({'p': Point(5, 6)}))
print(list(json.JSONEncoder().iterencode({'a': [1, 2]})), json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
json.dump({'k': [1, 2, {'x': None}]}, sink, indent=2)
print(''.join(sink.parts))


class Source:
    def read(self):
        return '{"from": "file", "n": [1, 2.5e3]}'


print(json.load(Source()))
text = json.dumps(data, indent=3)
print(json.loads(text) == data, json.loads(json.dumps('é☃𝄞\n')) == 'é☃𝄞\n')
print(json.loads('{"a": 1, "b": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "a": 2, "b": [1.5]}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1, 2.5, 3]', parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()), json.loads('"a\\tb"'), json.loads('"tab\there"', strict=False))
print(json.loads(b'{"bytes": true}'), json.JSONDecoder().raw_decode('[1, 2] trailing'), json.loads('  \n 7 \t'))
try:
    json.loads('{"a": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    print(isinstance(e, ValueError), e.msg, e.pos, e.lineno, e.colno, repr(e.doc))
circular = []
circular.append(circular)
d = {}
d['self'] = d
for bad in [lambda: json.dumps(circular), lambda: json.dumps(d), lambda: json.dumps({'s': {1}}), lambda: json.dumps(Point(1, 2)),
            lambda: json.dumps({(1, 2): 3}), lambda: json.dumps([float('nan')], allow_nan=False), lambda: json.dumps(b'x'),
            lambda: json.dumps({'p': Point(1, 2)}, default=encode_point, check_circular=False), lambda: json.dumps(object(), default=encode_point)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
