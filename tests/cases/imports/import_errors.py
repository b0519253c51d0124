# The errors import raises, with CPython's messages.
import sys
sys.path.insert(0, sys.path[0] + "/modules")
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import counter_mod.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from counter_mod import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import shapes.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from shapes import no_such_sub
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
for attempt in range(2):
    try:
        import raises
    except ValueError as e:
        print("attempt", attempt, type(e).__name__, e, "raises" in sys.modules)
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.args[0])
