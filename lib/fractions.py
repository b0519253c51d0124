# fractions: exact rational numbers.
#
# A Fraction keeps a numerator and a positive denominator with no common
# factor. Arithmetic with ints stays exact; with floats it
# falls back to float arithmetic, as CPython's does (minipy has no complex).

import math

__all__ = ["Fraction"]

# CPython's hash of a rational p/q is p * q^-1 modulo this prime, so that
# equal ints, floats and fractions hash alike.
_MODULUS = (1 << 61) - 1
_INF_HASH = 314159
_gcd = math.gcd


def _parse(text):
    """(numerator, denominator) of a decimal or 'p/q' string, or None."""
    s = text.strip().replace("_", "")
    if not s:
        return None
    sign = 1
    if s[0] in "+-":
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "/" in s:
        top, _, bottom = s.partition("/")
        if not (top.isdigit() and bottom.strip().isdigit()):
            return None
        return sign * int(top), int(bottom.strip())
    mantissa, exponent = s, 0
    for marker in "eE":
        if marker in s:
            mantissa, _, exp_text = s.partition(marker)
            digits = exp_text[1:] if exp_text[:1] in "+-" else exp_text
            if not digits.isdigit():
                return None
            exponent = int(exp_text)
            break
    whole, dot, frac = mantissa.partition(".")
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    numerator = int((whole or "0") + frac)
    exponent -= len(frac)
    if exponent >= 0:
        return sign * numerator * 10 ** exponent, 1
    return sign * numerator, 10 ** -exponent


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                n, d = parsed
            elif hasattr(numerator, "as_integer_ratio"):
                n, d = numerator.as_integer_ratio()
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        else:
            n, d = numerator, denominator
            for part in (n, d):
                if not isinstance(part, (int, Fraction)):
                    raise TypeError("both arguments should be Rational instances")
            if isinstance(n, Fraction) or isinstance(d, Fraction):
                value = Fraction(n) / Fraction(d)
                self._numerator, self._denominator = value._numerator, value._denominator
                return self
            n, d = int(n), int(d)
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator, self._denominator = n // g, d // g
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        """The closest fraction with denominator at most max_denominator
        (walking the continued-fraction convergents, then comparing the
        last convergent with the best semiconvergent)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return _coprime(self._numerator, self._denominator)
        prev_n, prev_d, cur_n, cur_d = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            next_d = prev_d + a * cur_d
            if next_d > max_denominator:
                break
            prev_n, prev_d, cur_n, cur_d = cur_n, cur_d, prev_n + a * cur_n, next_d
            n, d = d, n - a * d
        k = (max_denominator - prev_d) // cur_d
        semi = Fraction(prev_n + k * cur_n, prev_d + k * cur_d)
        convergent = Fraction(cur_n, cur_d)
        if abs(convergent - self) <= abs(semi - self):
            return convergent
        return semi

    # ---- conversions -------------------------------------------------

    def __repr__(self):
        return "%s(%d, %d)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%d/%d" % (self._numerator, self._denominator)

    def __float__(self):
        return self._numerator / self._denominator

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice > self._denominator or (twice == self._denominator and q % 2 == 1):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        # The inverse of the denominator modulo the prime (none when the
        # prime divides it: then the hash of infinity).
        try:
            inverse = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            value = _INF_HASH
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    # ---- arithmetic --------------------------------------------------

    def _pair(self, other):
        """other as (n, d) for exact arithmetic, a float for inexact, or
        NotImplemented."""
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, int):
            return int(other), 1
        if isinstance(other, float):
            return other
        return NotImplemented

    def _combine(self, other, exact, inexact, reflected=False):
        pair = self._pair(other)
        if pair is NotImplemented:
            return NotImplemented
        if isinstance(pair, tuple):
            if reflected:
                return exact(pair[0], pair[1], self._numerator, self._denominator)
            return exact(self._numerator, self._denominator, pair[0], pair[1])
        if reflected:
            return inexact(pair, float(self))
        return inexact(float(self), pair)

    @staticmethod
    def _add(an, ad, bn, bd):
        return Fraction(an * bd + bn * ad, ad * bd)

    @staticmethod
    def _sub(an, ad, bn, bd):
        return Fraction(an * bd - bn * ad, ad * bd)

    @staticmethod
    def _mul(an, ad, bn, bd):
        return Fraction(an * bn, ad * bd)

    @staticmethod
    def _div(an, ad, bn, bd):
        return _signed(an * bd, ad * bn)

    @staticmethod
    def _floordiv(an, ad, bn, bd):
        return (an * bd) // (ad * bn)

    @staticmethod
    def _mod(an, ad, bn, bd):
        return Fraction((an * bd) % (bn * ad), ad * bd)

    # +, -, * and / with a Fraction or an int are computed in line (the
    # common case); floats and the reflected forms go through _combine.

    def __add__(self, other):
        if isinstance(other, Fraction):
            d, od = self._denominator, other._denominator
            if d == od:
                return _reduced(self._numerator + other._numerator, d)
            return _reduced(self._numerator * od + other._numerator * d, d * od)
        if isinstance(other, int):
            # (n + k*d) / d is in lowest terms when n / d is.
            return _coprime(self._numerator + int(other) * self._denominator, self._denominator)
        return self._combine(other, Fraction._add, lambda a, b: a + b)

    def __radd__(self, other):
        if isinstance(other, int):
            return _coprime(int(other) * self._denominator + self._numerator, self._denominator)
        return self._combine(other, Fraction._add, lambda a, b: a + b, True)

    def __sub__(self, other):
        if isinstance(other, Fraction):
            d, od = self._denominator, other._denominator
            if d == od:
                return _reduced(self._numerator - other._numerator, d)
            return _reduced(self._numerator * od - other._numerator * d, d * od)
        if isinstance(other, int):
            return _coprime(self._numerator - int(other) * self._denominator, self._denominator)
        return self._combine(other, Fraction._sub, lambda a, b: a - b)

    def __rsub__(self, other):
        if isinstance(other, int):
            return _coprime(int(other) * self._denominator - self._numerator, self._denominator)
        return self._combine(other, Fraction._sub, lambda a, b: a - b, True)

    def __mul__(self, other):
        if isinstance(other, Fraction):
            return _reduced(self._numerator * other._numerator, self._denominator * other._denominator)
        if isinstance(other, int):
            return _reduced(self._numerator * int(other), self._denominator)
        return self._combine(other, Fraction._mul, lambda a, b: a * b)

    def __rmul__(self, other):
        if isinstance(other, int):
            return _reduced(int(other) * self._numerator, self._denominator)
        return self._combine(other, Fraction._mul, lambda a, b: a * b, True)

    def __truediv__(self, other):
        if isinstance(other, Fraction):
            return _signed(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, int):
            return _signed(self._numerator, self._denominator * int(other))
        return self._combine(other, Fraction._div, lambda a, b: a / b)

    def __rtruediv__(self, other):
        if isinstance(other, int):
            return _signed(int(other) * self._denominator, self._numerator)
        return self._combine(other, Fraction._div, lambda a, b: a / b, True)

    def __floordiv__(self, other):
        return self._combine(other, Fraction._floordiv, lambda a, b: a // b)

    def __rfloordiv__(self, other):
        return self._combine(other, Fraction._floordiv, lambda a, b: a // b, True)

    def __mod__(self, other):
        return self._combine(other, Fraction._mod, lambda a, b: a % b)

    def __rmod__(self, other):
        return self._combine(other, Fraction._mod, lambda a, b: a % b, True)

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other)
            if power >= 0:
                return _coprime(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (self._denominator ** -power))
            n, d = self._denominator ** -power, self._numerator ** -power
            if d < 0:
                n, d = -n, -d
            return _coprime(n, d)
        if isinstance(other, (float, Fraction)):
            return float(self) ** float(other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0 and isinstance(other, int):
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        if isinstance(other, float):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return _coprime(self._numerator, self._denominator)

    def __neg__(self):
        return _coprime(-self._numerator, self._denominator)

    def __abs__(self):
        return _coprime(abs(self._numerator), self._denominator)

    # ---- comparisons -------------------------------------------------

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._numerator == other._numerator and self._denominator == other._denominator
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return False
            return self == Fraction(other)
        return NotImplemented

    def _cmp(self, other, test):
        if isinstance(other, (int, Fraction)):
            on, od = (other, 1) if isinstance(other, int) else (other._numerator, other._denominator)
            return test(self._numerator * od - on * self._denominator, 0)
        if isinstance(other, float):
            if other != other:
                return False
            if other in (float("inf"), float("-inf")):
                return test(0.0, other)
            return self._cmp(Fraction(other), test)
        return NotImplemented

    # Comparisons with a Fraction cross-multiply in line (denominators are
    # positive); the rest go through _cmp.

    def __lt__(self, other):
        if type(other) is Fraction:
            return self._numerator * other._denominator < other._numerator * self._denominator
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        if type(other) is Fraction:
            return self._numerator * other._denominator <= other._numerator * self._denominator
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        if type(other) is Fraction:
            return self._numerator * other._denominator > other._numerator * self._denominator
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        if type(other) is Fraction:
            return self._numerator * other._denominator >= other._numerator * self._denominator
        return self._cmp(other, lambda a, b: a >= b)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_new_object = object.__new__


def _coprime(n, d):
    """The Fraction n/d, already in lowest terms with d > 0."""
    self = _new_object(Fraction)
    self._numerator = n
    self._denominator = d
    return self


def _reduced(n, d):
    """The Fraction n/d in lowest terms, for d > 0."""
    g = _gcd(n, d)
    if g != 1:
        n //= g
        d //= g
    return _coprime(n, d)


def _signed(n, d):
    """The Fraction n/d in lowest terms, for any nonzero d (a quotient)."""
    if d == 0:
        # CPython cancels the dividend's numerator against the zero first.
        raise ZeroDivisionError("Fraction(%s, 0)" % ((n > 0) - (n < 0)))
    if d < 0:
        n, d = -n, -d
    return _reduced(n, d)
