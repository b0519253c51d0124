# Loop patterns: counting down with range steps, nested loops building
# patterns, accumulating, searching with flags, and iterating dict items.
for i in range(5, 0, -1):
    print("*" * i)
for i in range(1, 4):
    line = ""
    for j in range(1, 4):
        line += str(i * j) + "\t"
    print(line.rstrip("\t"))
total = 0
for n in range(1, 1001):
    if n % 3 == 0 or n % 5 == 0:
        total += n
print("euler 1:", total)
found = False
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and a + b + c == 24:
            print("triple:", a, b, c)
            found = True
print("found:", found)
evens = []
odds = []
for n in range(10):
    if n % 2 == 0:
        evens.append(n)
    else:
        odds.append(n)
print(evens, odds)
prices = {"tea": 3, "cake": 5, "jam": 2}
cheapest_name = ""
cheapest = None
for name, price in prices.items():
    if cheapest is None or price < cheapest:
        cheapest = price
        cheapest_name = name
print(cheapest_name, cheapest)
running = []
acc = 0
for v in [5, -2, 7, -10, 3]:
    acc += v
    running.append(acc)
print(running, max(running), min(running))
i = 10
while i > 0:
    i -= 3
print(i)
for ch in reversed("abc"):
    print(ch, end="")
print()
for index in range(len("hey")):
    print(index, "hey"[index])
