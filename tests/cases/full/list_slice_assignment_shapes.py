# Slice assignment to a list: equal and different lengths, extended slices,
# a fresh list on the right (its items are taken, not copied) and a list
# that is still used elsewhere (it must be left as it was).
p = [0, 1, 2, 3, 4, 5, 6, 7, 8]
p[:4] = p[3::-1]
print(p)
p[2:5] = [20, 30, 40]
print(p)
p[1:3] = [7]
print(p)
p[1:2] = [9, 9, 9]
print(p)
p[::2] = [x + 100 for x in p[1::2] + [0]][:len(p[::2])]
print(p)
kept = [10, 11, 12]
p[:3] = kept
print(p, kept)
p[3:6] = kept
kept.append(13)
print(p, kept)
p[:] = p
print(p)
p[2:4] = p[5:7]
print(p)
q = [1, 2, 3]
q[1:] = q
print(q)
r = list(range(10))
r[:5] = [x * 2 for x in r[:5]]
print(r)
r[5:] = []
print(r)
r[len(r):] = [50, 60]
print(r)
s = [0, 1, 2, 3, 4, 5]
try:
    s[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
s[::-2] = [7, 8, 9]
print(s)
perm = [0, 1, 2, 3]
for i in range(1, 4):
    perm[:i + 1] = perm[1:i + 1] + perm[:1]
    print(perm)
