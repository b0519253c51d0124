# array.tobytes() and frombytes() for every typecode (little-endian, 64-bit
# C sizes), with the errors for odd lengths and str data.
from array import array
for tc, vals in [("b", [-1, 2]), ("B", [0, 255]), ("h", [-300, 7]), ("H", [65535]), ("i", [-5]), ("I", [7]),
                 ("l", [-2, 3]), ("L", [9]), ("q", [-(2**40)]), ("Q", [2**63]), ("f", [1.5, -0.25]), ("d", [3.25]), ("u", "hé")]:
    a = array(tc, vals)
    b = a.tobytes()
    print(tc, b, len(b) == len(a) * a.itemsize)
    c = array(tc)
    c.frombytes(b)
    print(c == a, c)
a = array("h")
a.frombytes(bytearray(b"\x01\x00\x02\x00"))
print(a)
try:
    a.frombytes(b"\x01")
except ValueError as e:
    print("ValueError", e)
try:
    a.frombytes("ab")
except TypeError as e:
    print("TypeError", e)
