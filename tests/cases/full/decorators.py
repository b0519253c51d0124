# Decorators: wrapping functions, decorators with arguments, counting calls,
# memoisation, stacking order, and preserving the wrapped name by hand.
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result}")
        return result
    wrapper.__name__ = func.__name__
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@trace
def add(a, b):
    return a + b


@repeat(3)
def greet(name):
    return "hi " + name


@memoize
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def bold(func):
    return lambda: "<b>" + func() + "</b>"


def italic(func):
    return lambda: "<i>" + func() + "</i>"


@bold
@italic
def text():
    return "styled"


print(add(2, 3), add.__name__)
print(greet("ann"))
print(fib(80), len(fib.cache))
print(text())
