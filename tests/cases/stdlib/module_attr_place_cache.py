# Reading a module's attribute at one place in the code again and again
# (`math.pi` in a loop) sees every change to the module: a value replaced,
# a name deleted or added back, other names added; and another object
# passed in the module's place is read as itself.
import math
import string


def read_pi(m):
    return m.pi


def read_many(m):
    out = []
    for _ in range(3):
        out.append(read_pi(m))
    return out


print(read_many(math))
saved = math.pi
math.pi = 3
print(read_pi(math), read_pi(math))
del math.pi
try:
    read_pi(math)
except AttributeError as e:
    print("AttributeError:", e)
math.pi = saved
print(read_pi(math) == saved)
for i in range(40):
    setattr(math, "extra_%d" % i, i)
print(read_pi(math) == saved, math.extra_39)
for i in range(40):
    delattr(math, "extra_%d" % i)
print(read_pi(math) == saved, hasattr(math, "extra_0"))


class Fake:
    pi = "not a module"


print(read_pi(Fake()), read_pi(math) == saved)


def digits(m):
    return m.digits


print(digits(string), digits(string))
string.digits = "x"
print(digits(string))
del string.digits
try:
    digits(string)
except AttributeError as e:
    print("AttributeError:", e)
total = 0.0
for _ in range(1000):
    total += math.e
print(round(total, 6))


# The same for a module function called at one place (LOAD_METHOD).
def root(m):
    return m.sqrt(16.0)


print(root(math), root(math))
saved_sqrt = math.sqrt
math.sqrt = lambda x: "replaced"
print(root(math))
del math.sqrt
try:
    root(math)
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = saved_sqrt
math.extra = 1
print(root(math))
del math.extra


class NotAModule:
    @staticmethod
    def sqrt(x):
        return "static"


print(root(NotAModule), root(NotAModule()), root(math))
