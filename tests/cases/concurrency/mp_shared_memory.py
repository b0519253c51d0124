# multiprocessing.Value and Array are one block of memory seen by every
# process: children's writes reach the parent. Typecodes and ctypes
# names, .value, indexing, slicing, len, get_lock/get_obj, lock=False, and
# locked increments from several processes that lose nothing.
import ctypes
import multiprocessing
from multiprocessing import Process, Value, Array


def fill_squares(arr):
    for i in range(len(arr)):
        arr[i] = i * i


def add_locked(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def set_things(num, flag, letters, ratio):
    num.value = 3.25
    flag.value = True
    letters[0] = b"J"
    ratio.value = 0.5


if __name__ == "__main__":
    arr = Array("i", 6)
    p = Process(target=fill_squares, args=(arr,))
    p.start()
    p.join()
    print(arr[:], len(arr), arr[2], arr[-1], arr[1:4], arr[::2])
    counter = Value("i", 0)
    workers = [Process(target=add_locked, args=(counter, 200)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("locked counter:", counter.value)
    num = Value("d", 0.0)
    flag = Value(ctypes.c_bool, False)
    letters = Array("c", b"hello")
    ratio = Value("f", 0.0, lock=False)
    p = Process(target=set_things, args=(num, flag, letters, ratio))
    p.start()
    p.join()
    print(num.value, flag.value, letters.value, letters[:], ratio.value)
    print(num, ratio)
    v = Value(ctypes.c_int, 7)
    print(v.value, type(v.get_obj()).__name__ != "", v.get_lock() is not None)
    v.value = 2 ** 31
    print("c_int wraps:", v.value)
    a = Array(ctypes.c_double, [1.5, 2.5, 3.5])
    a[1:3] = [9.0, 8.0]
    print(list(a), sum(a[:]))
    b = Array("b", range(4), lock=False)
    print(b[:], len(b))
    shared_lock = multiprocessing.RLock()
    with_lock = Value("i", 5, lock=shared_lock)
    print(with_lock.get_lock() is shared_lock)
    with with_lock:
        with_lock.value += 1
    print(with_lock.value)
    try:
        a[3] = 1.0
    except IndexError as e:
        print("IndexError:", e)
    try:
        Value("i", 1.5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        a[1:3] = [1.0]
    except ValueError as e:
        print("ValueError:", e)
