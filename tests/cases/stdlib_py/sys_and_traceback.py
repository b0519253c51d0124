# sys.version_info, sys.stdout/stderr, sys.exc_info/exception, and the
# traceback module: format_exc, format_exception (with chaining),
# format_exception_only, extract_tb. CPython 3.11 adds caret lines (^^^)
# under some source lines that minipy does not print: they are dropped here.
import sys
import traceback


def shown(text):
    lines = [line for line in text.splitlines(True) if not line.strip() or line.strip().strip("^~")]
    return "".join(lines).replace(__file__, "FILE")


print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(type(sys.version_info).__name__, sys.version_info.releaselevel)
print(sys.float_info.epsilon, sys.float_info.max, sys.int_info.bits_per_digit)
print(sys.hash_info.width, sys.flags.optimize, sys.getdefaultencoding())
sys.stdout.write("written\n")
print("printed to sys.stdout", file=sys.stdout)
print(sys.stdout.write("abc\n"))
sys.stdout.flush()
print(sys.exc_info(), sys.exception())


def inner():
    raise ValueError("bad value")


def outer():
    inner()


try:
    outer()
except ValueError:
    kind, value, _ = sys.exc_info()
    print(kind.__name__, value, sys.exception() is value)
    print(shown(traceback.format_exc()))
    print(traceback.format_exception_only(kind, value))
    for frame in traceback.extract_tb(sys.exc_info()[2]):
        print(frame.lineno, frame.name, frame.line)
    filename, lineno, name, line = traceback.extract_tb(sys.exc_info()[2])[-1]
    print(lineno, name, line)

try:
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("while looking up") from e
except RuntimeError as e:
    print(shown("".join(traceback.format_exception(e))))
    print(shown("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False))))
    print(traceback.format_exception_only(e))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError:
    print(shown(traceback.format_exc()))
print(sys.exc_info())
