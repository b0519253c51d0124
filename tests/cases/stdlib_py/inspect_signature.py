# inspect: signature() of functions, methods, classes, wrapped functions and
# lambdas (defaults, annotations, kw-only), bind/apply_defaults, the is*()
# predicates, getmembers, getdoc/cleandoc; function __code__ attributes.
import inspect, functools
def f(a, b: int = 1, *args, c, d: str = "x", **kw) -> bool:
    """Doc line.

        indented
    """
    return True
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation, sig.parameters["b"].default, sig.parameters["c"].kind)
print([str(p) for p in sig.parameters.values()], repr(sig.parameters["a"]))
ba = sig.bind(1, 2, 3, c=4, z=5)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, c=2); ba.apply_defaults(); print(ba.arguments)
try:
    sig.bind()
except TypeError as e:
    print(e)
def g(x, *, y): pass
print(inspect.signature(g), inspect.signature(lambda q, r=2: 0))
class C:
    def __init__(self, p, q=3): pass
    def m(self, z): pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def h(u, v=9): pass
print(inspect.signature(h), inspect.getdoc(f))
def gen(): yield 1
async def co(): pass
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isbuiltin(len), inspect.isroutine(len))
print([n for n, v in inspect.getmembers(C) if not n.startswith("__")], inspect.cleandoc("  a\n    b\n  c"))
try:
    inspect.signature(3)
except TypeError as e:
    print(e)
def f(a, b=1, *args, c, d=2, **kw): pass
c = f.__code__
print(c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_name, c.co_flags, c.co_posonlyargcount, f.__defaults__, f.__kwdefaults__)
