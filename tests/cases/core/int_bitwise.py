# Bitwise operators on small, negative and big ints, with shifts.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (255, 15)]:
    print(a, b, a & b, a | b, a ^ b, ~a, ~b)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100, 5 << 3, -5 << 3)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 100, -7 >> 1, 7 >> 1)
big = (1 << 100) + 12345
print(big & 0xFFFF, big | 1, big ^ (1 << 100), ~big, big >> 90, -big >> 90)
print((big << 5) >> 5 == big, big & -big, -big & 0xFFFFFFFF)
print(0xF0 | 0x0F == 0xFF, 6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4, 2 + 3 << 1, 1 << 2 + 1)
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(flags, [bit for bit in range(8) if flags & (1 << bit)])
flags &= ~(1 << 3)
flags ^= 0b11
print(flags)
x = 5
x <<= 4
x >>= 2
print(x)
print(True & False, True | False, True ^ True, ~True, True << 3)
