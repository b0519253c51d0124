# global and nonlocal together: nonlocal reaches the nearest enclosing
# function scope, global skips to the module, and class bodies are not
# enclosing scopes for methods.
level = "module"


def outer():
    level = "outer"

    def middle():
        nonlocal level
        level = "changed by middle"

        def inner():
            global level
            level = "changed by inner"
        inner()
        return level

    result = middle()
    return result, level


print(outer(), level)


class Scoped:
    value = "class attribute"

    def method(self):
        return value


value = "module value"
print(Scoped().method(), Scoped.value)


def counter_factory():
    count = 0

    def tick():
        nonlocal count
        count += 1
        return count

    def reset():
        nonlocal count
        count = 0

    return tick, reset


tick, reset = counter_factory()
print(tick(), tick(), tick())
reset()
print(tick())
x = 0


def bump_global():
    global x
    for _ in range(3):
        x += 1
    return x


print(bump_global(), x)
