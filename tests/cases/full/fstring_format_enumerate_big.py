# f'{v}' with an empty spec calls type(v).__format__(v, ''), as format() does.
class V:
    def __format__(self, spec):
        return "fmt[" + spec + "]"

    def __str__(self):
        return "str"


v = V()
print(f"{v}", f"{v:x}", f"{v!s}", format(v), "{}".format(v))


class S(str):
    def __str__(self):
        return "S-str"


print(f"{S('a')}", f"{3}", f"{2.5}", f"{'t'}")

# enumerate() starts at any int, counts past 2**63, and accepts __index__.
print(list(enumerate("ab", 2**70)))
print(list(enumerate("abc", 2**63 - 2)))


class I:
    def __index__(self):
        return 5


print(list(enumerate("ab", I())))
try:
    enumerate("ab", 1.5)
except TypeError as e:
    print("TypeError:", e)
