# LOAD_GLOBAL of a builtin keeps seeing the globals: a global of the same
# name defined, deleted or added through globals()/exec after the name was
# looked up (and found missing from the globals) many times takes effect.


def count(xs):
    return len(xs)


for _ in range(50):
    count([1, 2])
print(count([1, 2, 3]))

len = lambda xs: "shadowed"  # noqa: E731
print(count([1, 2, 3]))

del len
print(count([1, 2, 3]))

globals()["len"] = lambda xs: "via globals()"
print(count([1]))
del globals()["len"]
print(count([1]))

exec("len = lambda xs: 'via exec'")
print(count([1]))
del len


def uses_missing():
    return not_yet_defined


for _ in range(3):
    try:
        uses_missing()
    except NameError as e:
        print("NameError:", e)
not_yet_defined = 42
print(uses_missing())

# The same code object run against other globals dicts.
src = compile("r = abs(-3)", "<s>", "exec")
for g in ({}, {"abs": lambda x: "own abs"}, {}):
    exec(src, g)
    print(g["r"])

# A builtin replaced in the builtins module itself.
import builtins

real_abs = builtins.abs


def call_abs():
    return abs(-5)


for _ in range(20):
    call_abs()
builtins.abs = lambda x: "patched builtin"
print(call_abs())
builtins.abs = real_abs
print(call_abs())


def many():
    out = []
    for i in range(30):
        if i == 10:
            globals()["min"] = lambda *a: "min shadowed"
        if i == 20:
            del globals()["min"]
        out.append(min(i, 3))
    return out


print(many())
