# Benchmark: list slicing and reversal, in the spirit of pyperformance's
# "fannkuch" (pancake flipping over every permutation), written for minipy.


def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    while True:
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        # Next permutation in Heap-like rotation order.
        sign = -sign
        i = 1
        while True:
            perm[:i + 1] = perm[1:i + 1] + perm[:1]
            count[i] += 1
            if count[i] <= i:
                break
            count[i] = 0
            i += 1
            if i == n:
                return checksum, max_flips


print(fannkuch(9))
