# Ints below the hash modulus are their own hash (one comparison, no division);
# those at or past it, and -1, hash as CPython's do, in dicts and sets too.
M = 2**61 - 1
vals = [0, 1, -1, -2, 2, M - 1, M, M + 1, -M + 1, -M, -M - 1, 2**62, -2**62, 2**63 - 1, -2**63, 12345678901234567]
print([hash(v) for v in vals])
d = {v: i for i, v in enumerate(vals)}
print([d[v] for v in vals], len({-1, -2, M, 0}))
print(sorted({M: "m", -M: "-m", M + 1: "m+1", 1: "one"}.items()))
print(M in {0}, -1 in {-2}, (M + 1) in {1}, {M - 1, M, M + 1} == {0, 1, M - 1})
