# globals(), locals(), vars(), dir() without arguments, eval(), exec() and
# compile(): they see the namespaces of the frame that calls them.
counter = 10


def show(d):
    return sorted((k, v) for k, v in d.items() if not k.startswith("__") and not callable(v))


print(eval("counter * 2"))
print(eval("  counter + 1"))
exec("made_by_exec = counter + 5")
print(made_by_exec)
globals()["via_globals"] = 7
print(via_globals)
print("counter" in globals(), globals() is globals())


def function_scope(a, b=2):
    c = a + b
    print(show(locals()))
    print(sorted(dir()))
    print(eval("a * c"))
    print(eval("counter"))  # a global, through the function's globals
    exec("d = 99")  # writes a copy of the locals, as in CPython
    return vars() is not None


print(function_scope(1))


def closure():
    captured = "outer"

    def inner():
        seen = captured
        return show(locals()), eval("captured")

    return inner()


print(closure())


class Body:
    x = 1
    y = eval("x + 1")
    names = sorted(k for k in locals() if not k.startswith("__"))
    exec("z = x + y")


print(Body.y, Body.names, Body.z)

namespace = {"base": 3}
exec("def triple():\n    return base * 3\nresult = triple()", namespace)
print(namespace["result"], sorted(k for k in namespace if k != "__builtins__"), "__builtins__" in namespace)
print(eval("base + 1", namespace))
print(eval("base + extra", namespace, {"extra": 100}))
scope = {}
exec("value = 1", None, scope) if False else exec("value = 1", {}, scope)
print(scope)

code = compile("2 ** 10", "<calc>", "eval")
print(eval(code), type(code).__name__)
block = compile("for i in range(3):\n    total = total + i", "<loop>", "exec")
env = {"total": 0}
exec(block, env)
print(env["total"])

alias = eval
print(alias("1 + 2", {}))


def shadowed():
    def dir():
        return "my dir"

    return dir()


print(shadowed())

for bad in ["1 +", "x = 1"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno, repr(e.text))
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
try:
    eval(42)
except TypeError as e:
    print(e)
try:
    exec("pass", 5)
except TypeError as e:
    print(e)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
