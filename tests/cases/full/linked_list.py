# A linked list class: nodes, __len__, __iter__ as a generator, __getitem__
# with IndexError, __repr__, __contains__ via iteration, and reversal.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError("linked list index out of range")

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"


ll = LinkedList([1, 2, 3, "four"])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 5 in ll, list(ll))
ll.push(0)
ll.reverse()
print(ll, sum(v for v in ll if isinstance(v, int)))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(LinkedList(), len(LinkedList()), bool(LinkedList()), bool(ll))
