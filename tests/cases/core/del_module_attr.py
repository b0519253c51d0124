# `del module.attr` removes the module's global; a missing one is an
# AttributeError with object.__delattr__'s message.
import sys

m = sys.modules[__name__]
x = 1
del m.x
print("x" in globals())
m.y = 2
print(y)
del m.y
try:
    print(y)
except NameError as e:
    print(e)
try:
    del m.missing
except AttributeError as e:
    print(e)
