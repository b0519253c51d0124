# json.dumps through the native encoder: separators, indent, sort_keys, ensure_ascii (non-BMP), key coercion, subclasses, every error.
import json

data = {'name': 'Ada', 'age': 36, 'langs': ['en', 'fr'], 'ok': True, 'no': False, 'none': None, 'pi': 3.14159,
        'nested': {'a': [], 'b': {}, 'c': [1, [2, [3]]], 't': (1, 2)}, 'big': 10 ** 30, 'neg': -7, 'f': 1e16,
        'tiny': 5e-324, 'text': 'caf\u00e9 \u4e2d \U0001F600 "q" \\ \n\t\x00\x1f\x7f/'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', sort_keys=True))
print(json.dumps(data, indent=0))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, indent=3, separators=('; ', ' = ')))
print(json.dumps([[], {}, [[]], [{}]], indent=2))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}, '\u00e9': 0, 'B': 4}, sort_keys=True))
for v in [None, True, False, 0, -1, 2 ** 63, -2 ** 70, 0.1, -0.0, 1.5e300, 1e-7, 123456789.123, float('nan'),
          float('inf'), float('-inf'), '', 'x', '\U0001F600\U00010000\uffff\u0080', [], (), {}, [1, (2, 3)]]:
    print(json.dumps(v), json.dumps(v, ensure_ascii=False))

# Keys: int, float, bool and None become strings; others raise or are skipped.
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', -3: 'e', float('inf'): 'f', 10 ** 20: 'g'}))
print(json.dumps({(1, 2): 'x', 'a': 1, object: 2, 'b': 3}, skipkeys=True))
print(json.dumps({(1, 2): 'x'}, skipkeys=True), json.dumps({(1, 2): 'x'}, skipkeys=True, indent=2))
for bad in [{(1, 2): 'x'}, {b'k': 1}, {frozenset(): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.dumps({'b': 1, 2: 'a'}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.dumps({2: 'a', 1: 'b'}, sort_keys=True))

# Unknown objects, default=, circular references, out-of-range floats.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
for obj in [Point(1, 2), {'p': Point(1, 2)}, [1, {2, 3}], b'bytes', 1j]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError', e)
print(json.dumps({'p': Point(1, 2), 'l': [Point(3, 4)]}, default=lambda o: [o.x, o.y]))
print(json.dumps({'s': {3, 1, 2}}, default=sorted))
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        return super().default(o)
print(json.dumps([Point(5, 6)], cls=PointEncoder, indent=1))
a = [1]
a.append(a)
d = {}
d['self'] = d
for obj in [a, d, [d]]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))
try:
    json.dumps(a, check_circular=False)
except RecursionError:
    print('RecursionError')
for v in [float('nan'), [float('inf')], {'k': float('-inf')}, {float('nan'): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print('ValueError', e)
try:
    json.dumps(10 ** 5000)
except ValueError as e:
    print('ValueError', e)

# Subclasses are written as their base type.
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
class ItemsDict(dict):
    def items(self):
        return [('only', 'this')]
class MyTuple(tuple):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, MyList([2])]), MyDict(a=MyInt(1)), MyTuple((7, 8))]))
print(json.dumps({MyInt(3): 1, MyFloat(0.5): 2, MyStr('k'): 3}))
print(json.dumps(ItemsDict(a=1)), json.dumps([ItemsDict(a=1)], indent=1))
from collections import namedtuple, OrderedDict
P = namedtuple('P', 'x y')
print(json.dumps({'p': P(1, 2)}), json.dumps(OrderedDict([('z', 1), ('a', 2)])))
import enum
class Color(enum.IntEnum):
    RED = 1
class Name(str, enum.Enum):
    ADA = 'ada'
print(json.dumps({Color.RED: Color.RED, 'n': Name.ADA}))

# Round trips, dump to a file, deep nesting.
for v in [data, [1.1, 2.2e-10, 'x' * 50], {'a': {'b': {'c': [None]}}}]:
    s = json.dumps(v)
    print(json.loads(s) == json.loads(json.dumps(json.loads(s))))
import io
f = io.StringIO()
json.dump({'x': [1, 2], 'y': 'z'}, f, indent=1)
print(f.getvalue())
deep = []
cur = deep
for _ in range(300):
    cur.append([])
    cur = cur[0]
print(len(json.dumps(deep)))
print(json.JSONEncoder(sort_keys=True).encode({'b': 1, 'a': 2}), json.JSONEncoder().encode('\u00e9'))
