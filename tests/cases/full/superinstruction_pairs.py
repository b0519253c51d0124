# Pairs of local loads and stores run as one instruction (minipy fuses
# them): each half still behaves alone. A store that frees an object runs
# its __del__ before the next statement (also when a for loop's next item
# replaces it); a loop jumping back to the second half of a pair runs it
# alone; unpacking stores each name in order.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def stores():
    a = Noisy(1)
    b = Noisy(2)
    a = b = None
    x = 5
    print("after", x, a, b)


def loads(p, q):
    r = p + q
    s = r * p
    t, u = s, r
    return p, q, r, s, t, u


def loop():
    i = 0
    total = 0
    while i < 5:
        total += i
        i += 1
    return total


def swap_in_loop(a, b):
    for _ in range(3):
        a, b = b, a + b
    return a, b


def loop_variable_replaced():
    for n in (Noisy(k) for k in range(3)):
        print("got", n.n)
    print("loop done")


stores()
loop_variable_replaced()
print(loads(2, 3))
print(loop())
print(swap_in_loop(0, 1))
