# Truth of plain instances, remembered per class: it must follow classes
# that gain or lose __bool__ or __len__ (directly or through a base)
# after their instances were first tested.
class Base:
    pass


class Plain(Base):
    pass


p = Plain()
print(bool(p), not p, (p and "yes") in ("yes", p), (p or "no") is p)
if p:
    print("true while plain")
Base.__len__ = lambda self: 0
print(bool(p), not p, (p and "yes") in ("yes", p), (p or "no") is p)
Plain.__bool__ = lambda self: True
print(bool(p), not p)
del Plain.__bool__
print(bool(p))
del Base.__len__
print(bool(p))
Plain.__bool__ = lambda self: 1
try:
    bool(p)
except TypeError as e:
    print("TypeError:", e)
del Plain.__bool__
count = 0
for i in range(5):
    if p:
        count += 1
print(count, None or 0 or p is not None, 0 and p, [] or "empty")
