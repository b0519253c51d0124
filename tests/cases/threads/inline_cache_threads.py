# Cached attribute, method and global lookups while another thread keeps
# changing what they find: a reader never sees a value that was never
# there (no mixing of one class's cached place with another's), and sees
# the final state once the writer is joined.
import threading


class A:
    def m(self):
        return "a"

    tag = "a"


class B:
    def m(self):
        return "b"

    tag = "b"


mode = "g0"
stop = False
bad = []


def reader():
    objs = [A(), B()]
    for i in range(20000):
        o = objs[i & 1]
        m, t = o.m(), o.tag
        if (m, t) not in (("a", "a"), ("b", "b"), ("x", "a"), ("a", "x"), ("x", "x")):
            bad.append((m, t))
        if mode not in ("g0", "g1"):
            bad.append(mode)


def writer():
    global mode
    for i in range(2000):
        if i % 2:
            A.m = lambda self: "x"
            A.tag = "x"
            mode = "g1"
        else:
            A.m = lambda self: "a"
            A.tag = "a"
            mode = "g0"


threads = [threading.Thread(target=reader), threading.Thread(target=reader), threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("bad:", bad[:5])
print(A().m(), A().tag, B().m(), B().tag, mode)
