# The order CPython tries operator methods in: one class uses its __op__ alone,
# a right operand of a strict subclass goes first (for binary operators only
# when it overrides the reflected method), and != falls back through __eq__.
from operator import eq, le, add
def op_sequence(op, *classes):
    log = []
    instances = [c(log.append) for c in classes]
    try:
        op(*instances)
    except TypeError:
        pass
    return log
class L:
    def __init__(self, logger): self.logger = logger
class A(L):
    def __eq__(self, o): self.logger('A.__eq__'); return NotImplemented
    def __le__(self, o): self.logger('A.__le__'); return NotImplemented
    def __ge__(self, o): self.logger('A.__ge__'); return NotImplemented
    def __add__(self, o): self.logger('A.__add__'); return NotImplemented
    def __radd__(self, o): self.logger('A.__radd__'); return NotImplemented
class B(L):
    def __eq__(self, o): self.logger('B.__eq__'); return NotImplemented
    def __le__(self, o): self.logger('B.__le__'); return NotImplemented
    def __ge__(self, o): self.logger('B.__ge__'); return NotImplemented
    def __add__(self, o): self.logger('B.__add__'); return NotImplemented
    def __radd__(self, o): self.logger('B.__radd__'); return NotImplemented
class C(B):
    def __eq__(self, o): self.logger('C.__eq__'); return NotImplemented
    def __le__(self, o): self.logger('C.__le__'); return NotImplemented
    def __ge__(self, o): self.logger('C.__ge__'); return NotImplemented
    def __radd__(self, o): self.logger('C.__radd__'); return NotImplemented
class D(B): pass
for op in (eq, le, add):
    for x, y in [(A, A), (A, B), (B, A), (B, C), (C, B), (B, D)]:
        print(op.__name__, x.__name__, y.__name__, op_sequence(op, x, y))
print(op_sequence(lambda a, b: a == b, A, A), op_sequence(lambda a, b: a != b, A, B))
