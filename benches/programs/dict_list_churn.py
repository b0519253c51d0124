# Benchmark: containers. Inserting, looking up, updating and deleting dict
# entries with int and str keys, and appending, indexing and popping lists.
d = {}
for i in range(200000):
    d[i] = i * 2
hits = 0
for i in range(0, 400000, 3):
    if i in d:
        hits += 1
for i in range(0, 200000, 2):
    del d[i]
names = {}
for i in range(50000):
    key = "k" + str(i % 5000)
    names[key] = names.get(key, 0) + 1
stack = []
for i in range(300000):
    stack.append(i)
    if i % 3 == 0:
        stack.pop()
acc = 0
for i in range(0, len(stack), 7):
    acc += stack[i]
print(len(d), hits, len(names), names["k42"], len(stack), acc)
