# while/else and for/else: the else runs only when the loop was not broken;
# break and continue in nested loops affect only the innermost loop.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    print("while", i)
    i += 1
else:
    print("while finished normally with i =", i)
i = 0
while True:
    i += 1
    if i == 4:
        break
else:
    print("never printed")
print("broke out at", i)
for x in []:
    print("never")
else:
    print("for over empty runs else")
while False:
    pass
else:
    print("while False runs else")
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print("pair", outer, inner)
count = 0
while count < 10:
    count += 1
    if count % 3:
        continue
    print("multiple of three", count)
else:
    print("done counting")


def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return index


print(find("abcdef", "d"), find("abc", "z"), find([], 1))
n = 27
steps = 0
while n != 1:
    if n % 2:
        n = 3 * n + 1
    else:
        n //= 2
    steps += 1
print("collatz steps", steps)
