"""Pseudo-random numbers for minipy, with the API of CPython 3.11's `random`.

The Mersenne Twister core is native (`_random`). Everything layered on top of it is written here from
the published descriptions of the algorithms; each draws from the generator in the same order and does
the same floating-point operations as CPython, so a seeded generator reproduces CPython's numbers.
"""

import _random
import math as _math

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice", "sample",
           "randrange", "shuffle", "normalvariate", "lognormvariate", "expovariate",
           "vonmisesvariate", "gammavariate", "triangular", "gauss", "betavariate",
           "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "choices",
           "randbytes"]

# Public constants of the module (their values are part of its interface).
NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)  # Kinderman-Monahan ratio-of-uniforms bound
TWOPI = 2.0 * _math.pi
LOG4 = _math.log(4.0)
SG_MAGICCONST = 1.0 + _math.log(4.5)  # Cheng's gamma sampler
BPF = 53  # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

_WORD_MASK = (1 << 64) - 1

try:
    _TEXTLIKE = (str, bytes, bytearray)
except NameError:  # a minipy without bytearray
    _TEXTLIKE = (str, bytes)
_SEEDABLE = (type(None), int, float) + _TEXTLIKE


def _as_index(value):
    if isinstance(value, int):
        return int(value)
    hook = getattr(type(value), "__index__", None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return hook(value)


def _first_above(ordered, target, hi):
    """Index of the first item of ordered[:hi] greater than target (hi when there is none)."""
    lo = 0
    while hi > lo:
        middle = (lo + hi) >> 1
        if ordered[middle] > target:
            hi = middle
        else:
            lo = middle + 1
    return lo


def _running_totals(values):
    totals = []
    acc = None
    for value in values:
        acc = value if acc is None else acc + value
        totals.append(acc)
    return totals


def _indexable(population):
    if isinstance(population, (list, tuple, str, range, bytes)):
        return True
    if isinstance(population, (dict, set, frozenset)):
        return False
    return hasattr(population, "__getitem__") and hasattr(population, "__len__")


def _range_bound(value, role):
    """randrange's integer arguments; 3.11 still takes a float that equals an integer."""
    try:
        return _as_index(value)
    except TypeError:
        whole = int(value)
        if whole != value:
            raise ValueError("non-integer %s for randrange()" % role)
        return whole


def _legacy_text_seed(text):
    """Version-1 seeding of a str or bytes: a 64-bit multiplicative string hash."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    if not text:
        acc = 0
    else:
        acc = ord(text[0]) << 7
    for ch in text:
        acc = (acc * 1000003 ^ ord(ch)) & _WORD_MASK
    acc ^= len(text)
    return -2 if acc == -1 else acc


def _sample_uses_pool(n, k):
    # Small populations are copied and drawn from without replacement; large ones are sampled by
    # index, retrying repeats (the break-even depends on k as a power of four).
    limit = 21
    if k > 5:
        limit += 4 ** _math.ceil(_math.log(k * 3, 4))
    return n <= limit


class Random:
    """Random number generator base class, a Mersenne Twister."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = _random.new()
        self.seed(x)
        self.gauss_next = None

    # --- state ---------------------------------------------------------------------------------

    def seed(self, a=None, version=2):
        if version == 1 and isinstance(a, (str, bytes)):
            a = _legacy_text_seed(a)
        elif version == 2 and isinstance(a, _TEXTLIKE):
            raw = a.encode() if isinstance(a, str) else bytes(a)
            _random.seed_bytes(self._mt, raw)
            self.gauss_next = None
            return
        elif not isinstance(a, _SEEDABLE):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        if a is None:
            _random.seed_os(self._mt)
        elif isinstance(a, int):
            _random.seed(self._mt, a)
        else:
            # A float seeds through its hash, read as an unsigned 64-bit word.
            _random.seed(self._mt, hash(a) & _WORD_MASK)
        self.gauss_next = None

    def getstate(self):
        return self.VERSION, _random.getstate(self._mt), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        _, words, pending = state
        if version == 2:
            # Version-2 states stored the 32-bit words as signed numbers.
            words = tuple([word % (2 ** 32) for word in words])
        self.gauss_next = pending
        _random.setstate(self._mt, words)

    # Copies and pickles carry the generator's state, not its handle.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # --- raw material --------------------------------------------------------------------------
    # random(), getrandbits(k) and _randbelow(n) are native methods, given
    # to the class below by `_random.install`: each draw is one native call,
    # as with CPython's C methods. A subclass that replaces getrandbits()
    # or random() gets a _randbelow built on it (chosen once, when the
    # subclass is made, as CPython chooses).

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(8 * n).to_bytes(n, "little")

    def __init_subclass__(cls, /, **kwargs):
        for klass in cls.__mro__:
            if "_randbelow" in klass.__dict__:
                break
            if "getrandbits" in klass.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in klass.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def _randbelow_with_getrandbits(self, n):
        # Draw as many bits as n needs and throw away results that are too big.
        width = n.bit_length()
        while True:
            candidate = self.getrandbits(width)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        if n >= maxsize:
            return _math.floor(self.random() * n)
        if n == 0:
            raise ValueError("Boundary cannot be zero")
        # Reject draws from the top sliver that would make small results more likely.
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            u = self.random()
            if u < cutoff:
                return _math.floor(u * maxsize) % n

    # --- integers and sequences ----------------------------------------------------------------

    def randrange(self, start, stop=None, step=1):
        """Choose a random item from range(start, stop[, step])."""
        if type(start) is int and type(stop) is int and type(step) is int and step == 1 and stop > start:
            # randrange(a, b) with ints, the common case, in line.
            return start + self._randbelow(stop - start)
        first = _range_bound(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(first)
        last = _range_bound(stop, "stop")
        span = last - first
        stride = _range_bound(step, "step")
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)" % (first, last, span))
            return first + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # How many values the range holds (ceiling division, on the side the step points to).
        if stride > 0:
            count = (span + stride - 1) // stride
        else:
            count = (span + stride + 1) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        if type(a) is int and type(b) is int and b >= a:
            return a + self._randbelow(b - a + 1)
        return self.randrange(a, b + 1)

    def choice(self, seq):
        size = len(seq)
        if size == 0:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        # Fisher-Yates, walking down from the last slot and swapping each with one at or below it.
        slot = len(x) - 1
        while slot > 0:
            other = self._randbelow(slot + 1)
            x[slot], x[other] = x[other], x[slot]
            slot -= 1

    def sample(self, population, k, *, counts=None):
        if not _indexable(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            return self._sample_counted(population, n, k, counts)
        if k < 0 or k > n:
            raise ValueError("Sample larger than population or is negative")
        chosen = []
        if _sample_uses_pool(n, k):
            pool = list(population)
            for taken in range(k):
                remaining = n - taken
                at = self._randbelow(remaining)
                chosen.append(pool[at])
                pool[at] = pool[remaining - 1]
            return chosen
        used = set()
        while len(chosen) < k:
            at = self._randbelow(n)
            if at not in used:
                used.add(at)
                chosen.append(population[at])
        return chosen

    def _sample_counted(self, population, n, k, counts):
        # Sample positions in the expanded population, then map each back to its element.
        bounds = _running_totals(counts)
        if len(bounds) != n:
            raise ValueError("The number of counts does not match the population")
        grand = bounds.pop()
        if not isinstance(grand, int):
            raise TypeError("Counts must be integers")
        if grand <= 0:
            raise ValueError("Total of counts must be greater than zero")
        picks = self.sample(range(grand), k=k)
        return [population[_first_above(bounds, pick, len(bounds))] for pick in picks]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_math.floor(self.random() * scale)] for _ in range(k)]
        if cum_weights is None:
            if isinstance(weights, int):
                raise TypeError(f"The number of choices must be a keyword argument: k={weights}")
            cum_weights = _running_totals(weights)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != size:
            raise ValueError("The number of weights does not match the population")
        whole = cum_weights[-1] + 0.0
        if whole <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(whole):
            raise ValueError("Total of weights must be finite")
        picked = []
        for _ in range(k):
            picked.append(population[_first_above(cum_weights, self.random() * whole, size - 1)])
        return picked

    # --- continuous distributions --------------------------------------------------------------

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        if mode is None:
            peak = 0.5
        else:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u > peak:
            # Mirror the draw so the same square-root formula serves the right-hand side.
            u, peak = 1.0 - u, 1.0 - peak
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio of uniforms)."""
        while True:
            a = self.random()
            b = 1.0 - self.random()
            ratio = NV_MAGICCONST * (a - 0.5) / b
            if ratio * ratio / 4.0 <= -_math.log(b):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller; the second value of each pair is kept for the next call)."""
        value = self.gauss_next
        self.gauss_next = None
        if value is None:
            angle = self.random() * TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            value = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + value * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        # Inverse transform; 1 - random() keeps the logarithm's argument away from zero.
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        if kappa <= 1e-6:
            # Too flat to matter: uniform on the circle.
            return TWOPI * self.random()
        half = 0.5 / kappa
        rho = half + _math.sqrt(1.0 + half * half)
        while True:
            z = _math.cos(_math.pi * self.random())
            d = z / (rho + z)
            u = self.random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _math.exp(d):
                break
        inv = 1.0 / rho
        f = (inv + z) / (1.0 + inv * z)
        if self.random() > 0.5:
            return (mu + _math.acos(f)) % TWOPI
        return (mu - _math.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha == 1.0:
            return -_math.log(1.0 - self.random()) * beta
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        # R. C. H. Cheng's rejection method (1977) for shape parameters above one.
        spread = _math.sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + spread
        while True:
            u = self.random()
            if not 1e-7 < u < 0.9999999:
                continue
            w = 1.0 - self.random()
            v = _math.log(u / (1.0 - u)) / spread
            x = alpha * _math.exp(v)
            z = u * u * w
            t = shift + slope * v - x
            if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _math.log(z):
                return x

    def _gamma_small(self, alpha):
        # Ahrens and Dieter's method GS (as given by Kennedy and Gentle) for shapes below one.
        edge = (_math.e + alpha) / _math.e
        while True:
            p = edge * self.random()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if self.random() <= _math.exp(-x):
                    return x
            else:
                x = -_math.log((edge - p) / alpha)
                if self.random() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        # From two gamma draws: X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta).
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        return alpha * (-_math.log(1.0 - self.random())) ** (1.0 / beta)


_random.install(Random)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source."""

    def random(self):
        # 56 random bits, of which the top 53 make the mantissa.
        return (int.from_bytes(_random.urandom(7), "big") >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        nbytes = (k + 7) // 8
        return int.from_bytes(_random.urandom(nbytes), "big") >> (8 * nbytes - k)

    def randbytes(self, n):
        return _random.urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _stateless(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = _stateless
    setstate = _stateless


# The module-level functions are the bound methods of one shared, OS-seeded generator.
_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name
