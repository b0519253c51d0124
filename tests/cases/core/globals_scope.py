# Scopes: global statement, reading globals, locals shadowing globals,
# parameters shadowing globals, and mutation without rebinding.
counter = 0
items = []
name = "global name"


def bump():
    global counter
    counter += 1


def read_only():
    return counter * 10


def shadow():
    name = "local name"
    return name


def param_shadow(name):
    return name.upper()


def mutate():
    items.append(len(items))


def rebind_two():
    global counter, items
    counter = 100
    items = ["fresh"]


def create_global():
    global created
    created = "made in a function"


for _ in range(3):
    bump()
    mutate()
print(counter, read_only(), items)
print(shadow(), name, param_shadow("param"), name)
rebind_two()
print(counter, items)
create_global()
print(created)


def outer_uses_global():
    total = 0
    for value in [1, 2, 3]:
        total += value * counter
    return total


print(outer_uses_global())


def local_loop_var():
    for counter in range(2):
        pass
    return counter


print(local_loop_var(), counter)
x = 1


def assign_in_branch(flag):
    global x
    if flag:
        x = "changed"
    return x


print(assign_in_branch(False), assign_in_branch(True), x)
