# Recursion: factorial, Fibonacci, mutual recursion, Ackermann, Hanoi,
# permutations, flattening nested lists, and a moderately deep call chain.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


moves = []


def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append(source + target)
    hanoi(n - 1, spare, target, source)


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            result.append(items[i:i + 1] + perm)
    return result


def flatten(value):
    if not isinstance(value, list):
        return [value]
    out = []
    for item in value:
        out.extend(flatten(item))
    return out


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


print(factorial(0), factorial(5), factorial(25))
print([fib(n) for n in range(15)])
print(is_even(10), is_odd(7), is_even(7))
print(ackermann(2, 3), ackermann(3, 3))
hanoi(4, "A", "C", "B")
print(len(moves), moves[:7])
print(permutations("abc"), len(permutations([1, 2, 3, 4])))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
print(depth(900))
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 40))
