import threading

cache = {}


def fill():
    for i in range(3):
        cache[i] = i * i


def look():
    found = 0
    for i in range(3):
        if i in cache:
            found += 1
    return found


writer = threading.Thread(target=fill)
reader = threading.Thread(target=look)
writer.start()
reader.start()
writer.join()
reader.join()
print(sorted(cache))
