# Manager().Array: an array served by the manager process; a worker doubles
# it through the proxy, and the parent reads it by index, by slice and by
# iterating (the proxy has only __len__/__getitem__/__setitem__, so list()
# walks it with the old sequence protocol until the server's IndexError).
from multiprocessing import Manager, Process


def double(arr, num):
    num.value = 10
    for i in range(len(arr)):
        arr[i] = arr[i] * 2


if __name__ == "__main__":
    with Manager() as mgr:
        num = mgr.Value("i", 1)
        arr = mgr.Array("i", range(5))
        p = Process(target=double, args=(arr, num))
        p.start()
        p.join()
        print(num.value, len(arr), arr[4])
        print(arr[:])
        print(arr[1:3])
        print(list(arr))
        print(str(arr))
        try:
            arr[9]
        except IndexError as e:
            print("IndexError:", e)
