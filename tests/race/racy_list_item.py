import threading

slots = [0, 0]


def bump():
    for _ in range(3):
        slots[0] = slots[0] + 1


threads = [threading.Thread(target=bump) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(slots)
