# The names a script's module starts with, in CPython's order (dir(),
# globals()), __builtins__ being the builtins module, and the values of
# __spec__, __package__, __cached__ and __annotations__ for __main__.
print(dir())
print(list(globals()))
print(type(__builtins__).__name__, __builtins__.__name__, __builtins__.len is len)
print(__spec__, __package__, __cached__, __annotations__, __name__, __doc__)
x: int = 3
print(__annotations__)


def f():
    return "__builtins__" in f.__globals__


print(f(), __file__.endswith("main_module_globals.py"))
