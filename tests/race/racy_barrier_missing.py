import threading

class Box:
    pass
box = Box()
box.a = 0

def first():
    box.a = 1

def second():
    print("second sees", box.a)

ts = [threading.Thread(target=first), threading.Thread(target=second)]
for t in ts:
    t.start()
for t in ts:
    t.join()
