# ExceptionGroup/BaseExceptionGroup (construction rules and errors, split,
# subgroup, str/repr) and except* (matching by type and tuple, naked
# exceptions, leftovers re-raised, exceptions raised in handlers, nesting).
eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
print(eg, repr(eg), eg.message, eg.exceptions, type(eg).__mro__)
print(isinstance(eg, Exception), isinstance(BaseExceptionGroup("b", [KeyboardInterrupt()]), Exception))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
m, r = eg.split(ValueError)
print(m, m.exceptions, r, r.exceptions)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
for bad in [("x", []), (1, [ValueError()]), ("x", [1])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)

try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as e:
    print("values:", repr(e))
except* (TypeError, KeyError) as e:
    print("others:", e.exceptions)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("left over:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked caught as", repr(e))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("in handler")
except ExceptionGroup as e:
    print("raised:", repr(e))

def nested():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(5)]), TypeError(6)])
    except* ValueError as e:
        print("nested values:", repr(e))
    except* TypeError as e:
        print("nested types:", repr(e))
nested()
