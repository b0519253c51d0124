# Module attributes and module-level names read by cached instructions stay
# right when they are rebound, deleted or shadowed after warm-up: a module
# function replaced by assignment, a module __getattr__ answering for a
# deleted name, module-level globals rebound by a function while the
# module's own loop reads them, and a builtin shadowed at module level.
import math
import string as mod

mod.value = 1
mod.func = lambda: "first"

seen = []
for i in range(6):
    seen.append((mod.value, mod.func(), math.floor(2.5)))
    if i == 1:
        mod.value = 2
        mod.func = lambda: "second"
    if i == 3:
        del mod.__dict__["value"]
        mod.__getattr__ = lambda name: "hooked " + name
print(seen)
del mod.__dict__["__getattr__"]
try:
    mod.value
except AttributeError as e:
    print("AttributeError:", e)


def rebind():
    global level
    level += 10


level = 0
trace = []
for i in range(4):
    trace.append(level)
    rebind()
    if i == 2:
        len = lambda x: -1
    trace.append(len("ab"))
del len
print(trace, len("abc"))
print(mod.__dict__["func"](), type(mod.__dict__).__name__, mod.__name__)
