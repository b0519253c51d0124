# def with positional parameters and defaults, keyword arguments at call
# sites, implicit None return, early return, and defaults evaluated once.
def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))
print(greet("Di", punctuation="."))
print(greet(greeting="Yo", name="Ed"))
print(greet("Flo", punctuation="!!", greeting="Welcome"))


def no_return(x):
    x + 1


def bare_return(x):
    if x:
        return
    return "falsy"


print(no_return(1), bare_return(1), bare_return(0))


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []), append_to(4))

DEFAULT = 10


def uses_default(x=DEFAULT):
    return x


DEFAULT = 20
print(uses_default(), uses_default(5), DEFAULT)


def power(base, exponent=2):
    result = 1
    for _ in range(exponent):
        result *= base
    return result


print(power(3), power(2, 10), power(exponent=3, base=5), power(10, exponent=0))


def describe(a, b=None, c=None):
    parts = [str(a)]
    if b is not None:
        parts.append("b=" + str(b))
    if c is not None:
        parts.append("c=" + str(c))
    return " ".join(parts)


print(describe(1), describe(1, 2), describe(1, c=3), describe(1, None, 3))


def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None


print(first_negative([3, -1, -2]), first_negative([1, 2]))


def swap(a, b):
    return b, a


print(swap(1, 2), swap("x", "y"))


def apply(f, value, times=1):
    for _ in range(times):
        value = f(value)
    return value


def double(x):
    return x * 2


print(apply(double, 3), apply(double, 3, 4), apply(str, 5), apply(len, "abc"))
handlers = {"double": double, "text": str, "size": len}
print(handlers["double"](21), handlers["text"](4.5), handlers["size"]([1, 2]))
shout = print
shout("builtins", "are", "values", "too", sep="-")
