# collections.ChainMap: lookups through the maps, writes to the first, new_child/parents, | operators, errors.
from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'ada'}
cli = {'debug': True}
c = ChainMap(cli, env, defaults)
print(c, c['user'], c['color'], c['debug'], len(c), list(c), 'color' in c, 'x' in c, c.get('x', 0), bool(c), bool(ChainMap()))
c['new'] = 1
print(cli, c.parents, c.maps[1] is env)
child = c.new_child()
child['user'] = 'bob'
print(child['user'], c['user'], child.new_child({'z': 0}, y=1), ChainMap())
print(c | {'n': 1}, {'n': 1} | ChainMap({'a': 1}, {'b': 2}), ChainMap.fromkeys('ab', 0), c.copy() == c, c == {'x': 1})
del c['new']
print(c.pop('debug'), c.setdefault('extra', 'again'), c, c.popitem(), c)
c.update({'k': 'v'}, w=2)
print(c.maps[0], sorted(c))
for bad in [lambda: c['missing'], lambda: c.new_child().pop('user'), lambda: ChainMap().popitem(), lambda: c.parents.__delitem__('nope')]:
    try:
        print(bad())
    except KeyError as e:
        print('KeyError', e)
