# obj[key] = value on an instance whose class defines __setitem__ in Python: its
# return value is dropped, and errors, recursion and __del__ timing are CPython's.
class Store:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        self.d[k] = v
        return "ignored"


s = Store()
s["a"] = 1
s["a"] += 5
s[1] = s[2] = 7
for i in range(3):
    s[i, i] = i * i
print(sorted(s.d.items(), key=repr), s["a"], [s[i, i] for i in range(3)])


class Raising:
    def __setitem__(self, k, v):
        raise ValueError(f"no {k}={v}")


try:
    Raising()[3] = 4
except ValueError as e:
    print("ValueError", e)


class Arity:
    def __setitem__(self, k):
        pass


try:
    Arity()[1] = 2
except TypeError as e:
    print("TypeError", e)


class Rec:
    def __setitem__(self, n, v):
        if n:
            self[n - 1] = v + 1
        else:
            print("bottom", v)


Rec()[400] = 0
x = [Store() for _ in range(2)]
x[0]["k"] = x[1]["k"] = 3
print(x[0]["k"] + x[1]["k"])


class Del:
    def __del__(self):
        print("del ran")


s["obj"] = Del()
s["obj"] = None
print("after replace")
