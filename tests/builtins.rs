//! The built-in functions, compared with CPython 3.11 on small snippets:
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
    abs_and_friends => "
t(lambda: abs(-5)); t(lambda: abs(-2.5)); t(lambda: abs(True)); t(lambda: abs(-10**30))
t(lambda: abs('x'))
t(lambda: divmod(7, 2)); t(lambda: divmod(-7, 2)); t(lambda: divmod(7.5, 2)); t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0)); t(lambda: divmod('a', 1))
";
    all_any => "
t(lambda: all([])); t(lambda: all([1, 0])); t(lambda: any([0, '', 3])); t(lambda: any(x > 2 for x in range(5)))
t(lambda: all(5))
";
    chars_and_bases => "
t(lambda: chr(65)); t(lambda: chr(0x1F600)); t(lambda: chr(-1)); t(lambda: chr(1.5))
t(lambda: ord('a')); t(lambda: ord('ab')); t(lambda: ord(5)); t(lambda: ord(''))
t(lambda: bin(10)); t(lambda: bin(-10)); t(lambda: oct(64)); t(lambda: hex(255)); t(lambda: hex(-2**70))
t(lambda: hex(1.5)); t(lambda: ascii('héllo')); t(lambda: ascii([1, 'ü']))
";
    conversions => "
t(lambda: int('42')); t(lambda: int(' -7 ')); t(lambda: int('ff', 16)); t(lambda: int('0x1f', 0)); t(lambda: int('z', 36))
t(lambda: int('12', base=8)); t(lambda: int(3.99)); t(lambda: int(-3.99)); t(lambda: int('1_000'))
t(lambda: int('abc')); t(lambda: int('3.5')); t(lambda: int(5, 2)); t(lambda: int('1', 1)); t(lambda: int(None))
t(lambda: int(float('inf'))); t(lambda: int(float('nan'))); t(lambda: int(1e20))
t(lambda: float('3.5')); t(lambda: float(' -1e3 ')); t(lambda: float('inf')); t(lambda: float('-nan'))
t(lambda: float('x')); t(lambda: float(7)); t(lambda: float()); t(lambda: float([]))
t(lambda: bool()); t(lambda: bool([])); t(lambda: bool('a')); t(lambda: str(12)); t(lambda: str())
t(lambda: tuple([1, 2])); t(lambda: tuple('ab')); t(lambda: list(range(3))); t(lambda: tuple())
";
    int_dunder_conversions => "
class A:
    def __int__(self): return 7
    def __index__(self): return 3
    def __float__(self): return 2.5
class B:
    def __index__(self): return 12
t(lambda: int(A())); t(lambda: float(A())); t(lambda: int(B())); t(lambda: hex(B())); t(lambda: bin(A()))
t(lambda: [10, 20, 30, 40][B() // 4] if False else 'ok')
";
    dict_constructor => "
t(lambda: dict()); t(lambda: dict(a=1, b=2)); t(lambda: dict([('a', 1), ('b', 2)])); t(lambda: dict({'x': 1}, y=2))
t(lambda: dict([(1, 2, 3)])); t(lambda: dict([1])); t(lambda: dict(zip('ab', [1, 2]))); t(lambda: dict([[1, 2]]))
t(lambda: dict(1, 2))
";
    sets_constructor => "
t(lambda: set()); t(lambda: set([1, 2, 2])); t(lambda: frozenset()); t(lambda: frozenset([3]))
t(lambda: set('aa')); t(lambda: set([[1]])); t(lambda: len(set(range(10))))
";
    bytes_constructor => "
t(lambda: bytes()); t(lambda: bytes([65, 66])); t(lambda: bytes('hé', 'utf-8')); t(lambda: bytes(3))
t(lambda: bytes([256])); t(lambda: bytes('x')); t(lambda: b'abc'.decode()); t(lambda: b'\\xff'.hex())
t(lambda: 'hé'.encode()); t(lambda: 'hé'.encode('utf-8').decode('utf-8'))
";
    enumerate_zip_map_filter => "
print(list(enumerate('abc'))); print(list(enumerate('ab', 1))); print(list(enumerate('ab', start=5)))
print(list(zip([1, 2, 3], 'ab'))); print(list(zip())); print(list(zip([1], [2], [3])))
print(list(map(str, [1, 2]))); print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, '', 'a']))); print(list(filter(lambda x: x % 2, range(7))))
t(lambda: list(zip([1, 2], [1], strict=True))); t(lambda: list(zip([1], [2], strict=True)))
t(lambda: map(str)); t(lambda: enumerate(5)); t(lambda: zip(1))
e = enumerate([7, 8])
print(next(e), next(e))
";
    iter_next => "
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
t(lambda: next(it)); t(lambda: next([1])); t(lambda: iter(5))
def g():
    yield 1
    yield 2
x = g()
print(next(x), next(x), next(x, None))
";
    reversed_cases => "
print(list(reversed([1, 2, 3]))); print(list(reversed((1, 2)))); print(list(reversed('abc')))
print(list(reversed(range(5)))); print(list(reversed(range(1, 10, 3)))); print(list(reversed(range(0))))
print(list(reversed({'a': 1, 'b': 2})))
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(S())))
class R:
    def __reversed__(self): return iter([9, 8])
print(list(reversed(R())))
t(lambda: reversed(5)); t(lambda: reversed({1, 2}))
";
    sorted_min_max_sum => "
print(sorted([3, 1, 2])); print(sorted('bca', reverse=True)); print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted(['bb', 'a', 'ccc'], key=len)); print(sorted([3, 1, 2], key=lambda x: -x, reverse=True))
words = ['apple', 'Bob', 'cat', 'Dog', 'ant', 'bee']
print(sorted(words, key=str.lower)); print(sorted(words, key=len, reverse=True))
t(lambda: sorted([1, 'a'])); t(lambda: sorted()); t(lambda: sorted([1], cmp=None))
print(min(3, 1, 2), max([4, 9, 2]), min('hello'), max([], default=0), min([(2, 'a'), (1, 'b')]))
print(max(['aa', 'b', 'ccc'], key=len), min([3, -4, 2], key=abs), max(1, 2, key=lambda v: -v))
print(max([1, 3, 3.0]), max([3.0, 3]))
t(lambda: max([])); t(lambda: min()); t(lambda: max(1, 2, default=0)); t(lambda: max(1, 'a')); t(lambda: min(5))
print(sum([1, 2, 3]), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101), 10), sum([1, 2.5]), sum([], start=5))
print(sum([2**62, 2**62, 2**62]))
t(lambda: sum(['a', 'b'])); t(lambda: sum([1], 'x')); t(lambda: sum([[1]]))
";
    round_pow_hash => "
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(3.14159, 3), round(-0.5), round(1e300, -300), round(7), round(2.5, 0), round(15, -1), round(25, -1))
t(lambda: round(float('inf'))); t(lambda: round(float('nan'))); t(lambda: round('x')); t(lambda: round(1.5, 'a'))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(5, 0, 1), pow(4, 2, -3))
t(lambda: pow(2, 3, 0)); t(lambda: pow(2, -1, 4)); t(lambda: pow(2.0, 3, 5)); t(lambda: pow('a', 2))
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)), hash(True))
t(lambda: hash([])); t(lambda: hash({}))
";
    attrs => "
class P:
    a = 1
    def __init__(self): self.b = 2
p = P()
print(getattr(p, 'a'), getattr(p, 'b'), getattr(p, 'c', 'dflt'), hasattr(p, 'b'), hasattr(p, 'zz'))
setattr(p, 'c', 3); print(p.c); delattr(p, 'c'); print(hasattr(p, 'c'))
t(lambda: getattr(p, 'zz')); t(lambda: getattr(p, 1)); t(lambda: delattr(p, 'nope'))
print(sorted(vars(p).items())); print(callable(len), callable(p), callable(P), callable(lambda: 0), callable(3))
print('a' in dir(p), 'b' in dir(p), '__init__' in dir(P))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), issubclass(P, object))
t(lambda: issubclass(1, int)); t(lambda: isinstance(1, 1))
";
    format_builtin => "
print(format(3.14159, '.2f'), format(42, '05d'), format('x', '>3'), format(1234567, ','), format(255, 'x'))
print(format(True), format(None), format(0.5, '%'), format(12, 'b'))
t(lambda: format(1, 'q')); t(lambda: format([], 'x')); t(lambda: format(1, 2))
";
    exit_raises_system_exit => "
try:
    exit(3)
except SystemExit as e:
    print('exit', e.args)
try:
    quit()
except SystemExit as e:
    print('quit', e.args)
";
    property_staticmethod_classmethod => "
class C:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return cls.__name__ + str(a)
    def get_y(self): return 'y'
    y = property(get_y)
o = C(); print(o.x); o.x = 5; print(o.x, o.y, C.s(1), o.s(2), C.c(3), o.c(4))
try:
    o.y = 1
except AttributeError as e:
    print('AttributeError', e)
";
    super_and_object_methods => "
class A:
    def __init__(self, v):
        super().__init__()
        self.v = v
    def who(self): return 'A' + str(self.v)
    def __repr__(self): return 'A(%r)' % (self.v,)
class B(A):
    def __init__(self):
        super().__init__(5)
    def who(self): return 'B' + super().who()
    def __str__(self): return 'B-str ' + super().__repr__()
b = B(); print(b.who(), str(b), repr(b))
print(super(B, b).who())
class Plain:
    pass
p = Plain()
print(str(p) == repr(p), object.__repr__(p) == repr(p), p == p, p != p, p == Plain())
t(lambda: Plain(1)); t(lambda: object.__init__(p, 1))
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise E('boom', 4)
except E as e:
    print(e, repr(e), e.args, e.code)
class F(KeyError):
    pass
print(str(F('k')), repr(ValueError('a', 2)), str(ValueError('a', 2)), str(KeyError()))
t(lambda: super())
";
    globals_locals_unsupported_are_errors => "
def f():
    return 1
print(f())
";
    argument_count_errors => "
t(lambda: 'a'.find()); t(lambda: 'a'.rfind()); t(lambda: 'a'.index()); t(lambda: 'a'.count())
t(lambda: 'a'.startswith()); t(lambda: 'a'.endswith()); t(lambda: 'a'.center()); t(lambda: 'a'.ljust())
t(lambda: 'a'.center(1,2,3)); t(lambda: 'a'.replace()); t(lambda: 'a'.replace(1,2,3,4)); t(lambda: [].index())
t(lambda: [].insert()); t(lambda: ().index()); t(lambda: ().count()); t(lambda: {}.get())
t(lambda: {}.get(1,2,3)); t(lambda: {}.pop()); t(lambda: {}.setdefault()); t(lambda: 'a'.split(1,2,3))
t(lambda: 'a'.zfill()); t(lambda: 'a'.partition()); t(lambda: 'a'.join()); t(lambda: 'a'.expandtabs(1,2))
t(lambda: 'a'.splitlines(1,2)); t(lambda: [].pop(1,2)); t(lambda: [].append()); t(lambda: [].count())
t(lambda: set().add()); t(lambda: set().union(x=1)); t(lambda: 'a'.strip(1,2)); t(lambda: 'a'.encode(1,2,3))
t(lambda: b'a'.decode(1,2,3)); t(lambda: (1).to_bytes(1,2,3,4)); t(lambda: {}.update(1,2)); t(lambda: 'a'.format_map())
t(lambda: 'a'.translate()); t(lambda: str.maketrans()); t(lambda: 'a'.removeprefix()); t(lambda: hash())
t(lambda: len()); t(lambda: abs()); t(lambda: abs(1,2)); t(lambda: divmod(1))
t(lambda: chr()); t(lambda: next()); t(lambda: iter()); t(lambda: getattr(1))
t(lambda: round()); t(lambda: pow(1)); t(lambda: sum()); t(lambda: zip(x=1))
t(lambda: filter(1)); t(lambda: isinstance(1)); t(lambda: format()); t(lambda: bool(1,2))
t(lambda: float(1,2)); t(lambda: tuple(1,2)); t(lambda: list(1,2)); t(lambda: set(1,2))
t(lambda: dict(1,2)); t(lambda: int(1,2,3)); t(lambda: str(1,2,3,4)); t(lambda: slice())
t(lambda: range()); t(lambda: super(1,2,3)); t(lambda: type(1,2)); t(lambda: any())
t(lambda: enumerate()); t(lambda: reversed()); t(lambda: min(1, key=2, x=3)); t(lambda: sorted(x=1))
t(lambda: object(1)); t(lambda: frozenset(x=1)); t(lambda: 'a'.upper(x=1)); t(lambda: [].sort(1))
t(lambda: 'a'.find(x=1)); t(lambda: ord()); t(lambda: repr()); t(lambda: callable())
t(lambda: bin()); t(lambda: vars(1,2)); t(lambda: dir(1,2)); t(lambda: issubclass(1))
t(lambda: hasattr(1)); t(lambda: setattr(1,2)); t(lambda: delattr(1)); t(lambda: id())
t(lambda: ascii()); t(lambda: hex()); t(lambda: oct())
";
    range_and_misc_constructors => "
class I:
    def __index__(self): return 4
print(list(range(I())), list(range(1, I())), str(b'abc', 'utf-8'), str(b'x'), type(3), slice(None, 2))
t(lambda: range(1.5)); t(lambda: range(0, 5, 0)); t(lambda: str(1, 2)); t(lambda: str(1, 'utf-8')); t(lambda: str('a', 'utf-8'))
t(lambda: NoneType)
";
}
