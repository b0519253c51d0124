# Sizes chosen by the program that cannot be allocated raise MemoryError, and sizes beyond Py_ssize_t
# raise OverflowError, as CPython does, in the main thread and in a thread (never an abort or panic).
import threading

CASES = [
    ("bytes(10**12)", lambda: bytes(10**12)),
    ("bytes(2**63 - 1)", lambda: bytes(2**63 - 1)),
    ("'x'.center(10**12)", lambda: 'x'.center(10**12)),
    ("'x'.ljust(10**12)", lambda: 'x'.ljust(10**12)),
    ("'x'.rjust(10**12, '*')", lambda: 'x'.rjust(10**12, '*')),
    ("'-1'.zfill(10**12)", lambda: '-1'.zfill(10**12)),
    ("'\u00e9'.rjust(2**63 - 1)", lambda: 'é'.rjust(2**63 - 1)),
    ("'x'.center(2**63)", lambda: 'x'.center(2**63)),
    ("(0).to_bytes(2**63 - 1, 'big')", lambda: (0).to_bytes(2**63 - 1, 'big')),
    ("(0).to_bytes(2**40, 'little')", lambda: (0).to_bytes(2**40, 'little')),
    ("(0).to_bytes(2**64, 'big')", lambda: (0).to_bytes(2**64, 'big')),
    ("list(range(10**10))", lambda: list(range(10**10))),
    ("tuple(range(10**10))", lambda: tuple(range(10**10))),
    ("sorted(range(10**10))", lambda: sorted(range(10**10))),
    ("list(range(-2**62, 2**62))", lambda: list(range(-2**62, 2**62))),
    ("len(range(-2**62, 2**62))", lambda: len(range(-2**62, 2**62))),
    ("'%*d' % (10**12, 1)", lambda: '%*d' % (10**12, 1)),
    ("'%0999999999999d' % 1", lambda: '%0999999999999d' % 1),
    ("'%999999999999s' % 'a'", lambda: '%999999999999s' % 'a'),
    ("'%.*d' % (2**31 - 3, 1)", lambda: '%.*d' % (2**31 - 3, 1)),
    ("format(1.5, '999999999999')", lambda: format(1.5, '999999999999')),
    ("format(1, '0999999999999')", lambda: format(1, '0999999999999')),
    ("format('s', '>999999999999')", lambda: format('s', '>999999999999')),
    ("format(1, '9' * 20)", lambda: format(1, '9' * 20)),
    ("f'{1:{10**12}}'", lambda: f'{1:{10**12}}'),
    ("'{:999999999999}'.format(1)", lambda: '{:999999999999}'.format(1)),
    ("'ab' * 10**12", lambda: 'ab' * 10**12),
    ("b'x' * 10**12", lambda: b'x' * 10**12),
    ("'ab' * 2**62", lambda: 'ab' * 2**62),
    ("'\u00e9' * 2**62", lambda: '\u00e9' * 2**62),
    ("b'ab' * 2**62", lambda: b'ab' * 2**62),
    ("(1,) * 10**12", lambda: (1,) * 10**12),
    ("[None] * 10**12", lambda: [None] * 10**12),
    ("[None] * 2**63", lambda: [None] * 2**63),
    ("'a\\tb'.expandtabs(10**12)", lambda: 'a\tb'.expandtabs(10**12)),
    ("' '.join(['x' * 10**6] * 10**6)", lambda: ' '.join(['x' * 10**6] * 10**6)),
    ("('a' * 10**6).replace('a', 'x' * 10**6)", lambda: ('a' * 10**6).replace('a', 'x' * 10**6)),
    ("('a' * 10**5).replace('', 'x' * 10**6)", lambda: ('a' * 10**5).replace('', 'x' * 10**6)),
    ("int('9' * 5000)", lambda: int('9' * 5000)),
    ("str(10**5000)", lambda: str(10**5000)),
]


def run_all(where):
    for src, make in CASES:
        try:
            r = make()
            print(where, src, "->", len(r))
        except (MemoryError, OverflowError, ValueError) as e:
            print(where, src, "->", type(e).__name__, e)


run_all("main")
t = threading.Thread(target=run_all, args=("thread",))
t.start()
t.join()
# Small sizes still work after the refusals.
print("a".center(7, "*"), (5).to_bytes(3, "big"), len(bytes(10)), f"{1:5}|", "%*d|" % (4, 7))
print(format(1.0, ".1100f")[-3:], len("%.*f" % (70000, 0.5)), " ".join(["ab"] * 3), "abab".replace("b", "xyz"))
