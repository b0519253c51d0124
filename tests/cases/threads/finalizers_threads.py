# __del__ of objects released on other threads, in a suspended generator
# dropped unfinished, and in a multiprocessing child.
import threading
import multiprocessing as mp


class N:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def work(i):
    x = N(i)


for i in range(3):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    t.join()
    print("joined", i)


def gen():
    o = N("gen")
    yield 1
    yield 2


g = gen()
next(g)
g = None
print("gen dropped")


def child():
    y = N("child")


if __name__ == "__main__":
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("child done")
