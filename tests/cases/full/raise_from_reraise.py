# raise ... from ..., implicit chaining (__context__), bare raise to
# re-raise, and raising inside except blocks.
class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value " + repr(text)) from e


try:
    load("abc")
except ConfigError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| suppressed:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
except ValueError as e:
    print("re-raised:", e)
try:
    raise ConfigError("no cause") from None
except ConfigError as e:
    print(e, e.__cause__, e.__suppress_context__)


def checked(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


results = []
for n in [1, -2, 3]:
    try:
        results.append(checked(n))
    except ValueError as e:
        results.append(str(e))
print(results)
e = ValueError("stored")
try:
    raise e
except ValueError as caught:
    print(caught is e)
