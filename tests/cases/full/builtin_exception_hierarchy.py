# The builtin exception hierarchy: which classes are subclasses of which,
# catching by a common base, and Exception not catching SystemExit-like
# BaseException subclasses.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (IndexError, LookupError),
    (KeyError, LookupError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException), (TypeError, ValueError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (FileNotFoundError, OSError),
]
for sub, base in pairs:
    print(f"{sub.__name__:<20} subclass of {base.__name__:<16} {issubclass(sub, base)}")
try:
    raise SystemExit(3)
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException caught SystemExit with code", e.code)
try:
    {}["missing"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
