# Conditional expressions: precedence, nesting, laziness of the branch not
# taken, and use inside comprehensions, f-strings and arguments.
def noisy(value):
    print("  evaluated", value)
    return value


for n in [-2, 0, 3]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
print("taken:", noisy("yes") if True else noisy("no"))
print([x if x % 2 else -x for x in range(6)], [("even" if x % 2 == 0 else "odd") for x in range(3)])
print(f"{'many' if 5 > 1 else 'one'}", max(1, 2) if 0 else min(1, 2), (1 if True else 2) + 10)
value = None
print(value if value is not None else "default", (lambda x: "big" if x > 10 else "small")(11))
