# pow(b, e, m) with machine-sized ints takes a 128-bit path; it must agree
# with the big-int path on signs, zero and one moduli, inverses and errors.
import itertools

ms = [1, -1, 2, -2, 7, -7, 10, 97, -97, 2**31 - 1, (1 << 61) - 1, -(1 << 61) + 1, 2**62, 2**63 - 1, -(2**63)]
bs = [0, 1, -1, 2, -2, 3, 10, -10, 2**40 + 3, -(2**62), 2**63 - 1, -(2**63)]
es = [0, 1, 2, 3, 13, 64, 2**31, 2**63 - 1, -1, -2, -5]
seen = 0
for b, e, m in itertools.product(bs, es, ms):
    try:
        r = pow(b, e, m)
    except ValueError as exc:
        r = "ValueError: %s" % exc
    seen += 1
    print(b, e, m, r)
print(seen)
for b, e, m in [(3, 4, 0), (2.0, 3, 5), (True, 2, 3), (2, True, 3), (10**30, 3, 7), (3, 10**30, 7), (3, -1, 10**30 + 1)]:
    try:
        print(pow(b, e, m))
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
print(pow(3, -1, 1), pow(0, 0, 5), pow(0, 0, 1), pow(5, 0, -3))
