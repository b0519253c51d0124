# `from __future__ import annotations` keeps annotations as source text and
# never evaluates them (forward references work without quotes).
from __future__ import annotations


def f(a: Node, b: list[Node] = None) -> dict[str, Node]:
    return {}


class Node:
    parent: Node | None = None
    children: list[Node]

    def add(self, other: Node) -> Node:
        return other


print(f.__annotations__)
print(Node.__annotations__)
print(Node.add.__annotations__)
v: undefined.name = 1
print(__annotations__, v)
