# for-loops over ranges, lists and tuples take their next item in line:
# exhaustion sticks, a list grown or shrunk during the loop is seen live.

l = [1, 2, 3]
it = iter(l)
for x in it:
    if x == 1:
        l.append(4)
print(l, list(it))
l.append(5); print(list(it))
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(-5):
    print("never")
t = (1, "a", None)
for v in t:
    print(v, end=" ")
print()
l = [0, 1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
big = range(2**62, 2**62 + 3)
print([x - 2**62 for x in big], sum(range(100)), [i * j for i in range(3) for j in range(i)])
it = iter(range(3)); next(it); print(list(it), list(it))
print(list(reversed([1, 2, 3])), [c for c in reversed("ab")])
