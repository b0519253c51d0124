# math.factorial, comb and perm: products of word-sized factors (multiplied a word at a time), of factors past 2**64, and long ranges split in halves.
import math
for n in (0, 1, 2, 5, 20, 21, 63, 64, 65, 100, 500, 1000, 3000):
    f = math.factorial(n)
    print(n, f % (10**30 + 7), f.bit_length())
for n, k in ((10, 3), (100, 50), (1000, 10), (2**64, 3), (2**64 + 5, 70), (10**20, 2), (18446744073709551615, 2), (5, 0), (5, 7)):
    print(n, k, math.comb(n, k) % (10**30 + 7), math.perm(n, k) % (10**30 + 7))
print(sum(math.factorial(500) % 1000003 for _ in range(200)))
