# Benchmark: list indexing in tight loops. The sieve of Eratosthenes up to
# two million.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            for m in range(p * p, limit + 1, p):
                flags[m] = False
        p += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


print(sieve(2000000))
