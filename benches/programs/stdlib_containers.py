# Benchmark: the standard library's containers and decorators as everyday
# programs use them: a breadth-first search over a deque, memoised
# recursion with lru_cache, dataclass instances, Counter and defaultdict
# tallies. Each of these was a Python-level loop or call in minipy's
# library until it became native or generated code.
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from functools import lru_cache


def bfs_levels(n):
    adjacent = [[(i * 7 + 1) % n, (i * 13 + 5) % n, (i + 1) % n] for i in range(n)]
    total = 0
    for start in range(8):
        depth = [-1] * n
        depth[start] = 0
        queue = deque([start])
        while queue:
            v = queue.popleft()
            total += depth[v]
            for w in adjacent[v]:
                if depth[w] < 0:
                    depth[w] = depth[v] + 1
                    queue.append(w)
    return total


@lru_cache(maxsize=None)
def lattice_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return lattice_paths(r - 1, c) + lattice_paths(r, c - 1)


@lru_cache(maxsize=64)
def collatz_length(n):
    return 1 if n == 1 else 1 + collatz_length(n // 2 if n % 2 == 0 else 3 * n + 1)


@dataclass
class Order:
    item: str
    quantity: int
    price: float
    tags: list = field(default_factory=list)

    def total(self):
        return self.quantity * self.price


def orders(n):
    made = [Order("item%d" % (i % 50), i % 7 + 1, (i % 13) * 0.5) for i in range(n)]
    by_item = defaultdict(float)
    for order in made:
        by_item[order.item] += order.total()
    counts = Counter(order.item for order in made)
    return round(sum(by_item.values()), 2), counts.most_common(2), made[3] == Order("item3", 4, 1.5)


if __name__ == "__main__":
    print(bfs_levels(30000))
    for size in (60, 120, 200):
        lattice_paths.cache_clear()
        print(size, lattice_paths(size, size) % 1000000007)
    print(max(collatz_length(n) for n in range(1, 30000)))
    print(orders(60000))
