# Training workload: classes, methods, attributes, properties, inheritance,
# dunder methods and small containers, as object-oriented programs use them.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []
        self._balance = 0

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount")
        self._balance += amount
        self.history.append(("in", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise ValueError("insufficient")
        self._balance -= amount
        self.history.append(("out", amount))

    @property
    def balance(self):
        return self._balance


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def insert(self, value):
        node = self
        while True:
            if value < node.value:
                if node.left is None:
                    node.left = Node(value)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(value)
                    return
                node = node.right

    def walk(self):
        if self.left is not None:
            yield from self.left.walk()
        yield self.value
        if self.right is not None:
            yield from self.right.walk()


def main():
    total = Point(0, 0)
    seen = set()
    for i in range(20000):
        p = Point(i % 17, i % 23)
        total = total + p
        seen.add(p)
    print(total, len(seen), sum(p.norm1 for p in seen))

    shapes = []
    for i in range(6000):
        shapes.append(Rect(i % 7 + 1, i % 5 + 1) if i % 2 else Circle(i % 4 + 1))
    print(Shape.count, round(sum(s.area() for s in shapes), 2), shapes[3].describe())

    accounts = [Account("a%d" % i) for i in range(50)]
    failures = 0
    for i in range(30000):
        acct = accounts[i % 50]
        try:
            if i % 3:
                acct.deposit(i % 100 + 1)
            else:
                acct.withdraw(i % 150)
        except ValueError:
            failures += 1
    print(failures, sum(a.balance for a in accounts), len(accounts[0].history))

    seed = 12345
    root = Node(5000)
    for _ in range(8000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        root.insert(seed % 10000)
    values = list(root.walk())
    print(len(values), values[:5], values == sorted(values))


for _ in range(4):
    main()
