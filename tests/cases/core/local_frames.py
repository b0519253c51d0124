# Every call gets fresh locals: recursion keeps separate frames, loop
# variables persist after the loop, and parameters are rebound, not shared.
def countdown(n, trail):
    label = "n=" + str(n)
    if n > 0:
        countdown(n - 1, trail)
    trail.append(label)
    return trail


print(countdown(4, []))


def rebind(x, items):
    x = x + 1
    items = items + [x]
    return x, items


a = 1
lst = [0]
print(rebind(a, lst), a, lst)


def mutate(items):
    items.append("mutated")
    items[0] = "first"


mutate(lst)
print(lst)


def loop_var():
    for i in range(5):
        last = i * i
    return i, last


print(loop_var())


def fresh_each_call():
    acc = []
    acc.append(len(acc))
    return acc


print(fresh_each_call(), fresh_each_call())


def depth_sum(n):
    if n == 0:
        return 0
    local = n * 2
    below = depth_sum(n - 1)
    return local + below


print(depth_sum(100), sum([2 * k for k in range(101)]))


def many_locals():
    a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8
    i = a + b + c + d + e + f + g + h
    j = i * 2
    k = j - a
    return [a, b, c, d, e, f, g, h, i, j, k]


print(many_locals())
