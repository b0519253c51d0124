# print(file=obj) calls obj.write once per piece, and obj.flush for flush=True.
class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(("write", s))
        return len(s)

    def flush(self):
        self.calls.append(("flush",))


r = Recorder()
print("a", 1, [2], file=r)
print("x", "y", sep="--", end="!", file=r)
print(file=r)
print("z", file=r, flush=True)
print("kept", file=None)
for c in r.calls:
    print(c)


class NoWrite:
    pass


try:
    print("lost", file=NoWrite())
except AttributeError as e:
    print("AttributeError:", e)
try:
    print("lost", file=1)
except AttributeError as e:
    print("AttributeError:", e)
