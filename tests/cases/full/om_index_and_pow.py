# __index__ objects index lists, tuples and strings (also in assignment);
# pow/** of 0, 1 and -1 with huge exponents stays exact and cheap.
class I:
    def __index__(self):
        return 2


lst = [1, 2, 3]
lst[I()] = 9
print([1, 2, 3][I()], (4, 5, 6)[I()], "abc"[I()], lst, bin(I()), range(I()))
print(pow(0, 10**1000), pow(1, 10**100), pow(-1, 10**100 + 1), (-1) ** (10**30))
try:
    [1][object()]
except TypeError as e:
    print(e)
