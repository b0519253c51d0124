# copy: shallow and deep copies of built-in containers, shared and recursive structure, memo, errors.
import copy

nested = [1, [2, 3], {'k': [4]}, (5, [6]), 'str', None]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1], deep[1] is nested[1], deep == nested)
deep[1].append(99)
deep[2]['k'].append(98)
deep[3][1].append(97)
print(nested, deep)
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not (1, [2])[1])
shared = [0]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
loop = [1]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy[1] is loop_copy, loop_copy is not loop)
d = {'a': {1, 2}, 'b': frozenset([3])}
dc = copy.deepcopy(d)
print(dc == d, dc['a'] is d['a'], sorted(dc['a']), copy.copy(d)['a'] is d['a'])
memo = {}
first = copy.deepcopy(shared, memo)
print(copy.deepcopy(shared, memo) is first, id(shared) in memo)
print(copy.copy(len) is len, copy.copy(3.5), copy.deepcopy('s'), copy.copy({1, 2}) == {1, 2})


def gen():
    yield 1


for bad in [lambda: copy.copy(gen()), lambda: copy.deepcopy(gen()), lambda: copy.deepcopy(copy)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
