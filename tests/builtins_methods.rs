//! The methods of the built-in types and `%`/`str.format` formatting,
//! compared with CPython 3.11 on small snippets:
//! each case runs under `minipy run` and `python3.11`, and stdout and the
//! exit code must match. Every snippet starts with the prelude, whose `t`
//! prints a result or the exception a call raised.

mod common;

fn run_case(name: &str, body: &str) {
    common::snippet::compare_with_cpython(name, body);
}

macro_rules! cases {
    ($($name:ident => $src:expr;)*) => {
        $(
            #[test]
            fn $name() {
                run_case(stringify!($name), $src);
            }
        )*
    };
}

cases! {
    str_split_join => "
print('a b  c'.split(), 'a,b,,c'.split(','), 'a b c'.split(None, 1), 'a,b,c'.rsplit(',', 1), ' x '.split(' '))
print('a-b-c'.split('-', maxsplit=1), 'a\\nb\\r\\nc'.splitlines(), 'a\\nb\\n'.splitlines(True), ''.split(), ''.split(','))
print(', '.join(['a', 'b']), ''.join(map(str, range(3))), '-'.join('xyz'), '.'.join([]))
t(lambda: 'a'.split('')); t(lambda: 'a'.split(1)); t(lambda: ','.join([1, 2])); t(lambda: ','.join(5))
";
    str_strip_replace => "
print(repr('  hi  '.strip()), repr('xxhixx'.strip('x')), repr('  hi'.lstrip()), repr('hi  '.rstrip()), repr('abcba'.strip('ab')))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'))
print('prefix_x'.removeprefix('prefix_'), 'x.py'.removesuffix('.py'), 'x'.removeprefix('y'))
t(lambda: 'a'.strip(1)); t(lambda: 'a'.replace(1, 'b')); t(lambda: 'a'.replace('a')); t(lambda: 'a'.removeprefix(1))
";
    str_search => "
s = 'hello world hello'
print(s.find('o'), s.find('o', 5), s.find('zz'), s.rfind('hello'), s.index('world'), s.rindex('l'), s.count('l'), s.count('hello', 1))
print(s.startswith('hell'), s.startswith(('x', 'he')), s.endswith('llo'), s.endswith('world', 0, 11), s.find('', 3), s.count(''))
print(s.find('o', -5), s.find('h', None, 3), 'abc'.startswith('b', 1))
t(lambda: s.index('zz')); t(lambda: s.rindex('zz')); t(lambda: s.find(1)); t(lambda: s.startswith(1)); t(lambda: s.startswith((1,)))
t(lambda: s.find()); t(lambda: s.count('a', 'b'))
";
    str_case_and_predicates => "
print('hello World'.upper(), 'Hello'.lower(), 'hello world'.title(), 'hELLO'.capitalize(), 'Hello'.swapcase(), 'Straße'.casefold())
print('abc'.isalpha(), 'a1'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), ' \\t'.isspace(), 'ABC'.isupper(), 'abc'.islower())
print('12'.isdecimal(), '½'.isnumeric(), 'x_1'.isidentifier(), '1x'.isidentifier(), 'Hello World'.istitle(), 'é'.isascii(), 'a\\n'.isprintable(), ''.isalpha())
t(lambda: 'a'.upper(1))
";
    str_layout => "
print(repr('ab'.center(6)), repr('ab'.center(7, '*')), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)), repr('42'.zfill(5)), repr('-42'.zfill(6)))
print(repr('a\\tb'.expandtabs()), repr('a\\tb'.expandtabs(4)), repr('ab'.center(1)))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
t(lambda: 'a'.center(5, 'xy')); t(lambda: 'a'.center('5')); t(lambda: 'a'.partition('')); t(lambda: 'a'.zfill())
";
    str_translate_encode => "
tb = str.maketrans('abc', 'xyz', 'd')
print(sorted(tb.items()), 'abcd'.translate(tb), 'hello'.translate({ord('l'): None, ord('h'): 'J'}))
print(str.maketrans({'a': 'b'}), 'héllo'.encode(), 'abc'.encode('ascii'), len('€'.encode('utf-8')))
t(lambda: 'é'.encode('ascii')); t(lambda: str.maketrans('ab', 'c'))
";
    str_format_method => "
print('{} {}'.format(1, 'a'), '{1} {0}'.format('x', 'y'), '{name}!'.format(name='Bob'), '{0[1]} {0[0]}'.format(['a', 'b']))
print('{:>6}|{:<4}|{:^5}|'.format('r', 'l', 'c'), '{:.3f} {:,} {:08.2f} {:x} {:b}'.format(3.14159, 1234567, -3.5, 255, 5))
print('{!r} {!s} {!a}'.format('q', 3, 'é'), '{{literal}} {}'.format(7), '{:{w}.{p}f}'.format(2.71828, w=8, p=2))
class P:
    def __init__(self): self.x = 3
print('{p.x} {d[key]}'.format(p=P(), d={'key': 'v'}), '{0.x:>4}'.format(P()), '{:>{}}'.format('z', 3))
print('{:%}'.format(0.25), '{:e}'.format(12345.678), '{:g}'.format(0.00001234), '{:+d}'.format(5), '{:*^9}'.format('mid'))
print('{0}{0}'.format('ab'), 'x{}y'.format(None), '{}'.format([1, 'a']), '{:5}|{:<5}|'.format(1, True))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
t(lambda: '{}'.format()); t(lambda: '{1}'.format(1)); t(lambda: '{x}'.format()); t(lambda: '{0} {}'.format(1, 2))
t(lambda: '{} {0}'.format(1, 2)); t(lambda: '{'.format()); t(lambda: '}'.format()); t(lambda: '{!x}'.format(1))
t(lambda: '{:d}'.format('a')); t(lambda: '{:q}'.format(1))
";
    percent_formatting => "
print('%s %d %r' % ('a', 5, 'b'), '%5.2f|%-5d|%05d' % (3.14159, 42, 42), '%x %X %o %e' % (255, 255, 8, 12345.678))
print('%(name)s is %(age)d' % {'name': 'Al', 'age': 30}, '%s' % [1, 2], '%s' % (1,), '100%%' % (), '%c%c' % (65, 'b'))
print('%+d % d %.3s %*d %-*s|' % (5, 5, 'abcdef', 4, 7, 3, 'x'), '%s' % {'a': 1}, '%i %u' % (3.9, 4), '%g %G' % (1e-10, 1e20))
print('%r' % 'é', '%a' % 'é', '%.2e' % 1234.5, '%#x %#o' % (255, 8), '%s' % None, '%s and %s' % (True, 1.5))
t(lambda: '%d' % 'a'); t(lambda: '%s %s' % (1,)); t(lambda: '%s' % (1, 2)); t(lambda: '%q' % 1); t(lambda: '%(k)s' % {})
t(lambda: '%c' % 'ab'); t(lambda: '%d' % [])
";
    list_methods => "
a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.extend('ab'); a.insert(0, 0); a.insert(-1, 'm'); a.insert(100, 'end')
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a = [1, 2, 3, 2, 1]
a.remove(2); print(a, a.index(1), a.index(1, 1), a.count(1), a.count(9))
a.reverse(); print(a); a.sort(); print(a); a.sort(reverse=True); print(a)
b = a.copy(); b.append(99); print(a, b); b.clear(); print(b)
w = ['bb', 'a', 'ccc', 'dd']
w.sort(key=len); print(w); w.sort(key=lambda s: s[-1], reverse=True); print(w)
t(lambda: [].pop()); t(lambda: [1].pop(5)); t(lambda: [1].remove(7)); t(lambda: [1, 2].index(5)); t(lambda: ['a'].index('b'))
t(lambda: [1].append()); t(lambda: [1].append(1, 2)); t(lambda: [1].insert(1)); t(lambda: [1, 'a'].sort()); t(lambda: [].sort(1))
t(lambda: [1].index(1, 1)); t(lambda: [].count())
x = [5, 3, 5, 1]; x.sort(key=lambda v: -v); print(x)
";
    tuple_methods => "
t(lambda: (1, 2, 1).count(1)); t(lambda: (1, 2, 3).index(3)); t(lambda: (1, 2).index(7)); t(lambda: ('a', 'b', 'a').index('a', 1))
";
    dict_methods => "
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.pop('a'), d.pop('zz', 'dflt'), d, d.popitem(), d)
d.update({'x': 1}); d.update([('y', 2)]); d.update(z=3); d.update({'x': 10}, w=4); print(d)
e = d.copy(); e['new'] = 1; print(len(d), len(e)); e.clear(); print(e)
print(dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), {}.fromkeys('x', []))
t(lambda: {}.pop('k')); t(lambda: {}.popitem()); t(lambda: {}.get()); t(lambda: {}.update(1)); t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.update([1])); t(lambda: {'a': 1}['b']); t(lambda: {}.keys(1))
";
    dict_views => "
d = {'a': 1, 'b': 2}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), 'a' in k, 2 in v, ('a', 1) in i, ('a', 2) in i)
d['c'] = 3
print(k, list(v), sorted(i), list(reversed(k)), type(k).__name__, type(i).__name__)
print(k & {'a', 'z'}, sorted(k - {'a'}), sorted(k | {'q'}), k == {'a', 'b', 'c'}, d.keys() == d.keys())
for key, val in d.items():
    print(key, val, end='; ')
print()
print(sorted(d.values()), max(d.keys()), sum(d.values()), list(enumerate(d)))
";
    set_methods => "
s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(sorted(s))
print(sorted(s.union([7], (8,))), sorted(s.intersection({2, 3, 9})), sorted(s.difference({2})), sorted(s.symmetric_difference({4, 5})))
print(s.issubset({2, 3, 4, 5}), s.issuperset({2}), s.isdisjoint({9}), {1}.issubset([1, 2]))
c = s.copy(); c.clear(); print(c, sorted(s))
u = {1, 2, 3, 4}; u.intersection_update({2, 3, 4}); u.difference_update({4}); print(sorted(u))
u.update([10], {11}); print(sorted(u)); u.symmetric_difference_update({10, 99}); print(sorted(u))
p = {5}; print(p.pop(), p)
t(lambda: set().pop()); t(lambda: {1}.remove(2)); t(lambda: {1}.add([]))
f = frozenset([1, 2])
print(f.union({3}), f.intersection([2]), f.copy() is f, f.issubset({1, 2, 3}), type(f.difference([1])).__name__)
t(lambda: f.add(1))
";
    number_methods => "
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (10).bit_count(), (5).conjugate(), (2**70).bit_length())
print((1024).to_bytes(2, 'big'), (1).to_bytes(2, 'little'), (-1).to_bytes(1, 'big', signed=True))
print((2.0).is_integer(), (2.5).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1.0).hex(), (0.1).hex(), (3).as_integer_ratio())
t(lambda: (256).to_bytes(1, 'big')); t(lambda: float('inf').as_integer_ratio()); t(lambda: (1.5).is_integer(1))
";
    generator_methods => "
def g():
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)
it = g()
print(next(it)); print(it.send('a'))
t(lambda: it.send('b'))
def h():
    yield 1
    yield 2
k = h()
print(next(k)); k.close(); print(next(k, 'closed'))
t(lambda: h().send(5))
m = h(); print(m.__next__(), iter(m) is m)
";
    exception_methods => "
e = ValueError('x')
print(e.with_traceback(None) is e, e.args)
e.add_note('note')
class MyErr(Exception):
    pass
print(repr(MyErr()), repr(MyErr(1, 2)), str(MyErr(1, 2)), str(MyErr('m')))
try:
    raise MyErr('boom')
except Exception as ex:
    print(type(ex).__name__, ex)
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError('a', 'b')))
";
    object_dunders => "
class Guard:
    def __init__(self):
        object.__setattr__(self, 'x', 1)
    def __setattr__(self, name, value):
        print('set', name)
        super().__setattr__(name, value * 10)
g = Guard(); g.y = 2; print(g.x, g.y)
class Q:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Q) and self.v == o.v
    __hash__ = None
print(Q(1) == Q(1), Q(1) != Q(1), Q(1) != Q(2), Q(1).__ne__(Q(1)), object.__eq__(1, 1))
d = {'a': 3, 'b': 7}
print(max(d, key=d.get), max(d, key=d.__getitem__), 'abc'.__len__(), [1, 2].__contains__(2), (5,).__getitem__(0))
d.__setitem__('c', 9); print(d, {1}.__len__(), 'x'.__contains__('x'))
";
}
