# Statement forms: semicolons, backslash continuation, implicit continuation
# inside brackets, comments everywhere, docstrings, and chained assignment.
"""A module docstring is just an expression statement."""
a = 1; b = 2; c = a + b
print(a, b, c)
total = 1 + \
    2 + \
    3
print(total)
values = [
    1,  # one
    2,  # two
    3,  # trailing comma below
]
print(values)
result = (1 +
          2 *
          3)
print(result)
d = {
    "a": 1,
    "b": [
        2,
        3,
    ],
}
print(d)


def documented(x):
    """Return x doubled.

    The docstring must not change the behaviour."""
    # a comment inside
    return x * 2  # and after code


print(documented(21))
x = y = z = 0
print(x, y, z)
if (a == 1 and
        b == 2):
    print("multi-line condition")
for i in range(2): print("inline for", i)
while False: pass
print(len("""
"""), 'done')
# final comment without newline at end of file