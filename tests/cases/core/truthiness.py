# Truthiness in if/while conditions for every core type.
values = [0, 1, -1, 0.0, 0.5, -0.0, "", " ", "0", "False", None, True, False, [], [None], (), ((),), {}, {0: 0},
          10 ** 30, 10 ** 30 - 10 ** 30, range(0), range(1)]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
items = [3, 2, 1]
while items:
    print("popping", items.pop())
print("empty now:", items, not items)
text = "abc"
while text:
    print(text)
    text = text[1:]
n = 10
while n:
    n //= 3
    print("n =", n)
if not None and not "" and [0]:
    print("combined condition holds")
