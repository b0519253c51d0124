# Training workload: integer and float arithmetic in loops, lists indexed by
# ints, nested lists, math functions and big integers.
import math


def primes(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]


def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = [[0.0] * p for _ in range(n)]
    for i in range(n):
        row = a[i]
        out_row = out[i]
        for k in range(m):
            aik = row[k]
            bk = b[k]
            for j in range(p):
                out_row[j] += aik * bk[j]
    return out


def integrate(f, a, b, steps):
    h = (b - a) / steps
    total = 0.5 * (f(a) + f(b))
    x = a
    for _ in range(1, steps):
        x += h
        total += f(x)
    return total * h


def collatz_longest(limit):
    best, best_n = 0, 0
    cache = {1: 1}
    for n in range(2, limit):
        seq = []
        m = n
        while m not in cache:
            seq.append(m)
            m = m // 2 if m % 2 == 0 else 3 * m + 1
        length = cache[m]
        for value in reversed(seq):
            length += 1
            cache[value] = length
        if length > best:
            best, best_n = length, n
    return best_n, best


def main():
    ps = primes(60000)
    print(len(ps), ps[-3:])
    a = [[(i * j) % 7 + 0.5 for j in range(30)] for i in range(30)]
    c = matmul(a, a)
    print(round(c[3][4], 3), round(sum(map(sum, c)), 1))
    print(round(integrate(math.sin, 0.0, math.pi, 40000), 6))
    print(round(integrate(lambda x: x * x + math.sqrt(x), 0.0, 2.0, 40000), 6))
    print(collatz_longest(20000))
    f = 1
    for i in range(1, 400):
        f *= i
    print(len(str(f)), f % 1000003, divmod(f, 10 ** 50)[0] % 97)
    acc = 0
    for i in range(100000):
        acc = (acc + i * i - (i >> 2) ^ (i & 255)) % 1000000007
    print(acc)


for _ in range(6):
    main()
