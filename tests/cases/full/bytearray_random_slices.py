# Random slice assignment and deletion on a bytearray (a fixed-seed LCG,
# so CPython and minipy see the same 600 operations), mirrored on a list:
# every result, and every error, must match.

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def pick():
    choices = [None, None] + list(range(-12, 13))
    return choices[rnd(len(choices))]


b = bytearray(b"0123456789")
ref = list(b)
log = []
for step in range(600):
    start, stop = pick(), pick()
    stride = [None, 1, 1, 2, -1, -2, 3, -3, 0][rnd(9)]
    sl = slice(start, stop, stride)
    op = rnd(4)
    if op == 3 and len(b) > 40:
        op = 2
    try:
        if op == 0:
            del b[sl]
            outcome = "del"
        elif op == 1:
            n = len(ref[sl]) if stride else 0
            data = bytes(65 + rnd(26) for _ in range(n))
            b[sl] = data
            outcome = "same"
        elif op == 2:
            data = bytes(97 + rnd(26) for _ in range(rnd(4)))
            b[sl] = data
            outcome = "any"
        else:
            data = [48 + rnd(10) for _ in range(rnd(6))]
            b[sl] = data
            outcome = "list"
    except (ValueError, TypeError) as e:
        outcome = type(e).__name__ + ": " + str(e)
    try:
        if op == 0:
            del ref[sl]
        else:
            ref[sl] = list(data)
        same = "ok"
    except (ValueError, TypeError) as e:
        same = type(e).__name__
    if list(b) != ref and same == "ok" and ":" not in outcome:
        print("mismatch with list at", step)
    ref = list(b)
    log.append(outcome)
    if step % 50 == 0:
        print(step, sl, outcome, bytes(b))
print(len(log), sum(1 for x in log if ":" in x))
print(bytes(b))
