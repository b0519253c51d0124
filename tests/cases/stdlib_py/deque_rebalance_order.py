# collections.deque: long mixed sequences of appends and pops at both ends (with and without maxlen) keep the order a list model keeps, through every rebalancing of the two internal halves.
from collections import deque

state = 12345


def next_int(bound):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % bound


for maxlen in (None, 1, 3, 7):
    d = deque(maxlen=maxlen)
    model = []
    log = []
    for step in range(3000):
        op = next_int(6)
        if op < 2:
            d.append(step)
            model.append(step)
            if maxlen is not None and len(model) > maxlen:
                del model[0]
        elif op == 2:
            d.appendleft(step)
            model.insert(0, step)
            if maxlen is not None and len(model) > maxlen:
                model.pop()
        elif op == 3 and model:
            a, b = d.popleft(), model.pop(0)
            if a != b:
                log.append(('popleft', step, a, b))
        elif op == 4 and model:
            a, b = d.pop(), model.pop()
            if a != b:
                log.append(('pop', step, a, b))
        elif op == 5:
            if list(d) != model or len(d) != len(model) or bool(d) != bool(model):
                log.append(('contents', step))
    print(maxlen, len(d), list(d)[:5], log[:3])

queue = deque()
served = []
for i in range(200):
    queue.append(i)
    queue.append(i + 1000)
    served.append(queue.popleft())
print(served[:6], served[-3:], len(queue), queue[0], queue[-1])
try:
    deque().popleft()
except IndexError as e:
    print('IndexError', e)
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
