# Benchmark: tuple packing and unpacking, swaps and star-unpacking, in the
# spirit of pyperformance's "unpack_sequence", written for minipy.


def run(n):
    a, b, c, d = 1, 2, 3, 4
    total = 0
    for i in range(n):
        a, b, c, d = b, c, d, a
        t = (a, b, c, d)
        w, x, y, z = t
        first, *rest = t
        total += w + z + first + len(rest)
    return total


print(run(1500000))
