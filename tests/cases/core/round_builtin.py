# round(): ties go to the even neighbour, ndigits keeps a float, negative
# ndigits round to tens and hundreds, and binary representation surprises.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(0.4999999999999999), round(0.5000000000000001), round(1e16), round(-7.0))
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1.23456, 0), round(1.5, 0), round(2.5, 0), round(-2.5, 0), round(1234.5678, 1))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(7, 0), round(7, 3))
print(round(10 ** 20 + 5, -1), round(123, -5), round(5, -1), round(-5, -1))
print(isinstance(round(2.5), int), isinstance(round(2.5, 0), float), isinstance(round(3, 1), int))
print([round(k / 10, 1) for k in range(10)], [round(k + 0.5) for k in range(-3, 4)])
