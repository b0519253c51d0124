# Float and mixed int/float arithmetic and comparisons, the eval loop's fast paths.
nan = float("nan")
inf = float("inf")
big = 2**53 + 1
print(1.5 + 2.25, 3 - 0.5, 0.1 * 3, 7 / 2.0, 7.0 / 2, 1e308 * 10, -1e308 * 10)
print(big + 0.0, big == 2.0**53, 2.0**53 == big, big > 2.0**53, 2.0**53 < big)
print(nan == nan, nan != nan, nan < 1, 1.0 <= nan, inf > 10**18, -inf < -5)
print(3 == 3.0, 3.0 != 3, 2 < 2.5, 2.5 >= 2, -0.0 == 0)
x = 0.0
for i in range(1000):
    x += i * 0.5
    x -= 0.25
print(x, x > 1000, 1000 < x)
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(5.5 // 2, 5.5 % 2, 2.0 ** 10, 7.5 - True)
