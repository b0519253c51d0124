# printf-style formatting: the plain %d/%s paths (no width, precision or
# flag) and every flag around them, for small, large and negative ints,
# bools and floats.
values = [0, 5, -5, 2**63 - 1, -2**63, 2**64, -2**70, True, False, 3.7, -0.0, 1e20]
for fmt in ("%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3d", "%+.3d", "%s", "%r", "%10s|",
            "%.2s", "%-4s|", "%#d", "%0d"):
    print(fmt, [fmt % (v,) for v in values])
for fmt in ("%x", "%#x", "%o", "%#o", "%X", "%08x"):
    print(fmt, [fmt % (v,) for v in values if not isinstance(v, float)])
print("w%d" % 7, "%s-%s" % ("a", 1), "%(a)d %(b)s" % {"a": 3, "b": "x"}, "%c%%" % 65, "%d%d" % (1, 2))


class Index:
    def __index__(self):
        return 42


for fmt in ("%d", "%x"):
    try:
        print(fmt % Index())
    except TypeError as e:
        print("TypeError", e)
try:
    print("%d" % "3")
except TypeError as e:
    print("TypeError", e)
