# Subclassing bytearray: the instance is a bytearray (methods, operators,
# buffers, bytes()), methods returning new objects give plain bytearrays,
# super().__init__ fills it, its repr names the subclass, unhashable.
class BA(bytearray):
    def __init__(self, n):
        super().__init__(b"x" * n)

    def size(self):
        return len(self)


b = BA(3)
print(b, b.size(), b == b"xxx", b.upper(), type(b.upper()).__name__, b[1:], b.decode())
b[0] = 65
b.extend(b"yz")
b.append(33)
print(b, b.find(b"y"), bytes(b), list(b)[:2], str(b), repr(b))
b += b"!"
print(b, type(b).__name__)
print(b"-".join([b, b]), b + b"x", type(b + b"x").__name__)


class BB(bytearray):
    pass


x = BB(b"hi")
x.tag = 1
print(x, x.tag, x * 2, memoryview(x).tobytes(), BB(), BB(3), BB("é", "utf-8"))
print(isinstance(x, bytearray), issubclass(BB, bytearray), bytearray(x), bytes(x) in {b"hi"})
try:
    hash(x)
except TypeError as ex:
    print(ex)
