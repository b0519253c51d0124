# array: typecodes, item sizes, range checks with CPython's messages,
# sequence operations, slicing and reprs.
from array import array
import array as array_module

a = array("i", [1, 2, 3])
print(a, repr(array("d")), array("u", "hi"), a.itemsize, array("b", [1]).itemsize, array("d", [1]).itemsize)
for tc, v in [("b", 200), ("b", -129), ("B", -1), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1),
              ("l", 2**63), ("L", -1), ("q", 2**63)]:
    try:
        array(tc, [v])
    except OverflowError as e:
        print(tc, "OverflowError", e)
for bad in [lambda: array("i", [1.5]), lambda: array("x"), lambda: array("d", ["a"]), lambda: array("i", "12")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = array("i", [1, 2, 3])
print(a[1:], a[::-1], a * 2, a + array("i", [4]), 2 in a, a.index(2), a.count(1), a.tolist(), list(a), len(a))
print(a == array("i", [1, 2, 3]), a == [1, 2, 3], a != array("i", [1]), a[-1])
a.append(4)
a.extend([5])
a.insert(0, 0)
print(a.pop(), a, a.typecode, a.buffer_info()[1])
try:
    a + array("d", [1])
except TypeError as e:
    print("TypeError", e)
a[0] = 9
del a[1]
a.reverse()
print(a)
a.remove(9)
print(a, sum(array("d", [0.5, 1.5])), array("d", [1, 2]))
try:
    a[10]
except IndexError as e:
    print("IndexError", e)
try:
    a.remove(42)
except ValueError as e:
    print("ValueError", e)
print(array_module.typecodes, array("u", "xyz").tounicode())

# typecode f: values rounded to single precision, out-of-range values to infinities
fs = array("f", [1.1, 2.5, 1e40, -1e40, 1e-50])
print(fs, fs[0], sum(array("f", [0.1] * 10)))
