import threading

seen = set()


def visit(items):
    for x in items:
        seen.add(x)


threads = [threading.Thread(target=visit, args=(range(i, i + 3),)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen))
