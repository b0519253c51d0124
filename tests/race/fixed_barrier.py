import threading

barrier = threading.Barrier(2)
slots = [0, 0]
class Box:
    pass
box = Box()
box.a = 0
box.b = 0

def first():
    box.a = 1
    barrier.wait()
    print("first sees", box.b)

def second():
    box.b = 2
    barrier.wait()
    print("second sees", box.a)

ts = [threading.Thread(target=first), threading.Thread(target=second)]
for t in ts:
    t.start()
for t in ts:
    t.join()
