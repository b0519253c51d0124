# %-formatting and str.format: positional, numbered and named fields,
# precision, width, %r and %%, and format with attribute/index access.
name = "Ann"
age = 31
print("%s is %d years old" % (name, age))
print("%5d|%-5d|%05d|%+d|%x|%X|%o|%e|%.2f|%10.3f|%-10.1f|" % (42, 42, 42, 42, 255, 255, 8, 12345.678, 2.675, 3.14159, 2.5))
print("%r %s %%d %c %c" % ("quoted", "plain", 65, "z"))
print("%(name)s: %(age)d" % {"name": name, "age": age})
print("single %s" % "value", "tuple %s" % ((1, 2),), "%.3s" % "truncate", "%5s|%-5s|" % ("ab", "cd"))
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name} is {age}".format(name=name, age=age))
print("{:>6}|{:<6}|{:^6}|{:.2f}|{:,}|{:08.3f}|{!r}".format("r", "l", "c", 2 / 3, 10 ** 6, -3.14159, "s"))
point = {"x": 1, "y": [5, 6]}
print("{0[x]} {0[y][1]}".format(point), "{{braces}} {}".format("kept"))


class P:
    def __init__(self):
        self.x = 3


print("{p.x} {0}".format("zero", p=P()), "%s" % [1, "a"], "%d%%" % 50)
