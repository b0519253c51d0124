# try/except/else/finally: which blocks run in which order, catching by
# class and by base class, binding with `as`, and exception messages.
def attempt(x):
    print("attempt", x)
    try:
        result = 10 / x
    except ZeroDivisionError as e:
        print("  except:", e)
        return "failed"
    else:
        print("  else:", result)
        return "ok"
    finally:
        print("  finally")


print(attempt(2))
print(attempt(0))
for bad in ["1/0", "[][1]", "{}['k']", "int('x')", "undefined_name", "None.attr", "1 + 'a'"]:
    try:
        if bad == "1/0":
            1 / 0
        elif bad == "[][1]":
            [][1]
        elif bad == "{}['k']":
            {}["k"]
        elif bad == "int('x')":
            int("x")
        elif bad == "undefined_name":
            undefined_name
        elif bad == "None.attr":
            None.attr
        else:
            1 + "a"
    except (IndexError, KeyError) as e:
        print("lookup error:", type(e).__name__, repr(e))
    except ArithmeticError as e:
        print("arithmetic:", e)
    except Exception as e:
        print("other:", type(e).__name__, "-", e)
try:
    raise ValueError("custom message", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise KeyError("key")
except LookupError as e:
    print("KeyError str quotes its arg:", str(e), e.args)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not reached")
except TypeError as e:
    print("outer caught", e)
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x += 10
finally:
    x += 100
print(x)
