# Class attributes versus instance attributes: a mutable class attribute is
# shared by every instance, assignment through self creates an instance
# attribute, and __dict__ shows where each lives.
class Bag:
    shared_items = []
    count = 0

    def __init__(self, name):
        self.name = name
        self.own_items = []
        Bag.count += 1

    def add(self, item):
        self.shared_items.append(item)
        self.own_items.append(item)


a = Bag("a")
b = Bag("b")
a.add(1)
b.add(2)
print(a.shared_items, b.shared_items, a.own_items, b.own_items, a.shared_items is Bag.shared_items)
print(Bag.count, a.count)
a.count = 100
print(Bag.count, a.count, b.count)
print(sorted(a.__dict__), sorted(b.__dict__))
del a.count
print(a.count)


class Config:
    defaults = {"debug": False}

    def __init__(self, **overrides):
        self.settings = dict(self.defaults)
        self.settings.update(overrides)


print(Config().settings, Config(debug=True, level=3).settings, Config.defaults)
