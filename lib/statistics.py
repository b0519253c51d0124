# statistics: averages and spread of numeric data.
#
# Sums are exact: every value becomes a fraction (floats are binary
# fractions already), the arithmetic is done on integers, and only the final
# answer is rounded, once, to the type of the data (int data whose answer is
# not whole gives a float). That is why mean([1.1, 2.2, 3.3]) is 2.2 here
# and not the 2.1999999999999997 of a plain float sum.

import math
from fractions import Fraction

__all__ = ["StatisticsError", "mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low",
           "median_high", "median_grouped", "mode", "multimode", "quantiles", "variance", "pvariance",
           "stdev", "pstdev", "covariance", "correlation", "linear_regression", "NormalDist"]


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic ------------------------------------------------------

def _result_type(current, new):
    """The type a mix of `current` and `new` values is reported in."""
    if new is bool:
        new = int
    if current is new or new is int:
        return current
    if current is int:
        return new
    if issubclass(new, current):
        return new
    if issubclass(current, new):
        return current
    if issubclass(current, Fraction) and issubclass(new, float):
        return new
    if issubclass(current, float) and issubclass(new, Fraction):
        return current
    raise TypeError("can't convert type '%s' to numerator/denominator" % new.__name__)


def _as_fraction(x):
    if isinstance(x, (int, Fraction)):
        return Fraction(x)
    if isinstance(x, float):
        return Fraction(*x.as_integer_ratio())
    try:
        return Fraction(*x.as_integer_ratio())
    except (AttributeError, TypeError):
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _exact_sum(values):
    """(type, exact total or a non-finite float, count)."""
    kind = int
    total = Fraction(0)
    special = None
    count = 0
    for x in values:
        count += 1
        kind = _result_type(kind, type(x))
        if isinstance(x, float) and not math.isfinite(x):
            special = x if special is None else special + x
        else:
            total += _as_fraction(x)
    if special is not None:
        return float, special, count
    return kind, total, count


def _as_type(value, kind):
    """Round an exact answer once, into the data's type."""
    if isinstance(value, float):
        return value
    if type(value) is kind:
        return value
    if issubclass(kind, int):
        if value.denominator != 1:
            return float(value)
        return kind(value.numerator)
    if issubclass(kind, float):
        return value.numerator / value.denominator
    return kind(value)


def _deviations(data, center=None):
    """(type, exact sum of squared deviations, exact center, count)."""
    if center is not None:
        kind, total, count = _exact_sum([(x - center) * (x - center) for x in data])
        return kind, total, center, count
    kind, total, count = _exact_sum(data)
    if count == 0:
        return kind, Fraction(0), Fraction(0), 0
    if isinstance(total, float):  # an infinity or a NaN
        return float, total, total, count
    exact_mean = total / count
    squares = Fraction(0)
    for x in data:
        gap = _as_fraction(x) - exact_mean
        squares += gap * gap
    return kind, squares, exact_mean, count


def _sqrt_exact(value):
    """The square root of a non-negative Fraction, correctly rounded to a
    float: an integer square root of the value scaled by 4**k with about
    110 significant bits, made odd if inexact (so the final rounding of
    the integer to a float cannot land on a false tie), then scaled back."""
    top, bottom = value.numerator, value.denominator
    k = max(0, (110 - (top.bit_length() - bottom.bit_length())) // 2 + 1)
    scaled_top = top << (2 * k)
    root = math.isqrt(scaled_top // bottom)
    if root * root * bottom != scaled_top:
        root |= 1
    return root / (1 << k)


def _fail_if_too_short(data, needed, message):
    if len(data) < needed:
        raise StatisticsError(message)


# ---- averages --------------------------------------------------------------

def mean(data):
    data = list(data)
    _fail_if_too_short(data, 1, "mean requires at least one data point")
    kind, total, count = _exact_sum(data)
    if isinstance(total, float):
        return total / count
    return _as_type(total / count, kind)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    total_weight = math.fsum(weights)
    if not total_weight:
        raise StatisticsError("sum of weights must be non-zero")
    return math.fsum(x * w for x, w in zip(data, weights)) / total_weight


def geometric_mean(data):
    try:
        return math.exp(fmean(math.log(x) for x in data))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if weights is None:
        weights = [1] * len(data)
    else:
        weights = list(weights)
        if len(weights) != len(data):
            raise StatisticsError("Number of weights does not match data size")
    if not data:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if len(data) == 1 and weights[0] == 1:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError("harmonic mean does not support negative values")
            return x
        raise TypeError("unsupported type")
    for x in data:
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
    if any(x == 0 for x in data):
        return 0
    # The reciprocals are taken in the data's own arithmetic (1/40 is a
    # float), then summed exactly; the answer has the reciprocals' type.
    kind, reciprocal_total, _ = _exact_sum([w / x for x, w in zip(data, weights)])
    if reciprocal_total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _as_type(_as_fraction(sum(weights)) / reciprocal_total, kind)


def median(data):
    ordered = sorted(data)
    count = len(ordered)
    if count == 0:
        raise StatisticsError("no median for empty data")
    middle = count // 2
    if count % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def median_low(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered[(len(ordered) - 1) // 2]


def median_high(data):
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered[len(ordered) // 2]


def median_grouped(data, interval=1):
    ordered = sorted(data)
    count = len(ordered)
    if count == 0:
        raise StatisticsError("no median for empty data")
    if count == 1:
        return ordered[0]
    middle = ordered[count // 2]
    for value in (middle, interval):
        if isinstance(value, (str, bytes)):
            raise TypeError("expected number but got %r" % (value,))
    below = 0
    while below < count and ordered[below] < middle:
        below += 1
    frequency = sum(1 for x in ordered if x == middle)
    lower_limit = middle - interval / 2
    return lower_limit + interval * (count / 2 - below) / frequency


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError("no mode for empty data")
    best = max(counts.values())
    for value, count in counts.items():
        if count == best:
            return value


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, count in counts.items() if count == best]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    cuts = []
    if method == "inclusive":
        span = size - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((ordered[j] * (n - frac) + ordered[j + 1] * frac) / n)
        return cuts
    if method == "exclusive":
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            cuts.append((ordered[j - 1] * (n - frac) + ordered[j] * frac) / n)
        return cuts
    raise ValueError("Unknown method: %r" % (method,))


# ---- spread ----------------------------------------------------------------

def variance(data, xbar=None):
    data = list(data)
    kind, squares, _, count = _deviations(data, xbar)
    if count < 2:
        raise StatisticsError("variance requires at least two data points")
    if isinstance(squares, float):
        return squares
    return _as_type(squares / (count - 1), kind)


def pvariance(data, mu=None):
    data = list(data)
    kind, squares, _, count = _deviations(data, mu)
    if count < 1:
        raise StatisticsError("pvariance requires at least one data point")
    if isinstance(squares, float):
        return squares
    return _as_type(squares / count, kind)


def stdev(data, xbar=None):
    data = list(data)
    kind, squares, _, count = _deviations(data, xbar)
    if count < 2:
        raise StatisticsError("stdev requires at least two data points")
    if isinstance(squares, float):
        return math.sqrt(squares)
    return _sqrt_exact(squares / (count - 1))


def pstdev(data, mu=None):
    data = list(data)
    kind, squares, _, count = _deviations(data, mu)
    if count < 1:
        raise StatisticsError("pstdev requires at least one data point")
    if isinstance(squares, float):
        return math.sqrt(squares)
    return _sqrt_exact(squares / count)


# ---- two variables ---------------------------------------------------------

def _paired(x, y, name):
    x, y = list(x), list(y)
    if len(x) != len(y):
        raise StatisticsError("%s requires that both inputs have same number of data points" % name)
    if len(x) < 2:
        raise StatisticsError("%s requires at least two data points" % name)
    return x, y


def covariance(x, y, /):
    x, y = _paired(x, y, "covariance")
    x_mean, y_mean = fmean(x), fmean(y)
    return math.fsum((a - x_mean) * (b - y_mean) for a, b in zip(x, y)) / (len(x) - 1)


def correlation(x, y, /):
    x, y = _paired(x, y, "correlation")
    x_mean, y_mean = fmean(x), fmean(y)
    dx = [a - x_mean for a in x]
    dy = [b - y_mean for b in y]
    products = math.fsum(a * b for a, b in zip(dx, dy))
    spread = math.sqrt(math.fsum(a * a for a in dx) * math.fsum(b * b for b in dy))
    if not spread:
        raise StatisticsError("at least one of the inputs is constant")
    return products / spread


class LinearRegression(tuple):
    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return "LinearRegression(slope=%r, intercept=%r)" % (self[0], self[1])


def linear_regression(x, y, /, *, proportional=False):
    x, y = _paired(x, y, "linear regression")
    if proportional:
        denominator = math.fsum(a * a for a in x)
        if not denominator:
            raise StatisticsError("x is constant")
        return LinearRegression(math.fsum(a * b for a, b in zip(x, y)) / denominator, 0.0)
    x_mean, y_mean = fmean(x), fmean(y)
    dx = [a - x_mean for a in x]
    spread = math.fsum(a * a for a in dx)
    if not spread:
        raise StatisticsError("x is constant")
    slope = math.fsum(a * (b - y_mean) for a, b in zip(dx, y)) / spread
    return LinearRegression(slope, y_mean - slope * x_mean)


# ---- the normal distribution -----------------------------------------------

class NormalDist:
    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        return cls(fmean(data), stdev(data))

    mean = property(lambda self: self._mu)
    median = property(lambda self: self._mu)
    mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma * self._sigma)

    def samples(self, n, *, seed=None):
        import random
        source = random.Random(seed)
        return [source.gauss(self._mu, self._sigma) for _ in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        gap = x - self._mu
        return math.exp(gap * gap / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * abs(factor))

    __rmul__ = __mul__

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / abs(divisor))

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return "%s(mu=%r, sigma=%r)" % (type(self).__name__, self._mu, self._sigma)
