# Every list method, with return values and the state afterwards.
xs = []
print(xs.append(1), xs)
xs.append([2, 3])
print(xs, len(xs))
print(xs.extend([4, 5]), xs)
xs.extend("ab")
xs.extend(range(2))
xs.extend((7,))
print(xs)
xs.insert(0, "zero")
xs.insert(-1, "before last")
xs.insert(100, "way past the end")
xs.insert(-100, "way before the start")
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(2), xs.pop(-2), xs)
print(xs.index(4), xs.index("a"), xs.index(1, 3), xs.count(1), xs.count([2, 3]), xs.count("zz"))
print(xs.remove("a"), xs)
ys = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(ys.sort(), ys)
ys.reverse()
print(ys)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
pairs = [(2, "b"), (1, "b"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
nested = [[3, 1], [1, 2], [3], [1, 2, 0]]
nested.sort()
print(nested)
mixed_numbers = [2.5, 1, -3, True, 0.0]
mixed_numbers.sort()
print(mixed_numbers)
c = ys.copy()
c.clear()
print(c, ys[:3])
z = [1, 2, 3]
z += [4]
z *= 2
print(z, z * 0, [None] * 3, [[]] * 2)
print(len([1, [2, 3], (4, 5)]), [1, 2] + [3], list(reversed(z)), sorted(z), z)
stack = []
for ch in "(()(()))":
    if ch == "(":
        stack.append(len(stack))
    else:
        print("close depth", stack.pop(), end="; ")
print("balanced:", stack == [])
queue = ["a", "b", "c"]
while queue:
    item = queue.pop(0)
    print("served", item, "remaining", queue)
