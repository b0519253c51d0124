"""Decimal fixed- and floating-point arithmetic: a subset of CPython's
decimal module, exact where it answers.

Decimal values are built from str, int, float (exactly), tuples and other
Decimals; + - * / // % divmod, unary -/+/abs, ** by a non-negative int,
comparisons (with int, float and Fraction too) and hashes equal to those
of equal numbers; str/repr as CPython's; quantize and round; every
rounding mode; getcontext()/setcontext()/localcontext() with prec and
rounding. Results are rounded once, correctly, to the context precision.

Not there (NotImplementedError): NaN and Infinity, exponents beyond
Emin/Emax, non-integer powers, sqrt/exp/ln/log10, format specs other than
'' and 'f'."""

import sys as _sys

__all__ = ["Decimal", "Context", "DecimalException", "Clamped", "InvalidOperation",
           "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
           "FloatOperation", "DivisionImpossible", "DivisionUndefined", "ConversionSyntax",
           "InvalidContext", "DefaultContext", "BasicContext", "ExtendedContext",
           "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR",
           "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
           "MIN_ETINY", "setcontext", "getcontext", "localcontext"]

__version__ = "1.70"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


def _signal(kind, condition=None):
    """Raise the trapped signal as CPython's C decimal does: the exception
    class of the signal, with the list of conditions as its message."""
    raise kind([condition or kind])


_HASH_MODULUS = _sys.hash_info.modulus
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


class Context(object):
    """The precision and rounding arithmetic uses."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        self.prec = 28 if prec is None else prec
        self.rounding = ROUND_HALF_EVEN if rounding is None else rounding
        self.Emin = -999999 if Emin is None else Emin
        self.Emax = 999999 if Emax is None else Emax
        self.capitals = 1 if capitals is None else capitals
        self.clamp = 0 if clamp is None else clamp
        self.flags = {}
        self.traps = {InvalidOperation: True, DivisionByZero: True, Overflow: True}

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                                "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp)

    __copy__ = copy

    def __repr__(self):
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])"
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp))

    def create_decimal(self, num="0"):
        return Decimal(num)._fix(self)

    def clear_flags(self):
        self.flags = {}


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP)
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN)

_current = [Context()]


def getcontext():
    """The current context."""
    return _current[0]


def setcontext(context):
    """Make context the current one."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
    _current[0] = context


class _LocalContext:
    def __init__(self, ctx, kwargs):
        self.new = (ctx or getcontext()).copy()
        for key, value in kwargs.items():
            setattr(self.new, key, value)

    def __enter__(self):
        self.saved = getcontext()
        _current[0] = self.new
        return self.new

    def __exit__(self, *exc):
        _current[0] = self.saved


def localcontext(ctx=None, **kwargs):
    """A context manager with a copy of ctx (or the current context) as the
    current context inside the with block."""
    return _LocalContext(ctx, kwargs)


def _round_digits(coef, drop, rounding, sign):
    """coef with its last `drop` digits rounded away."""
    if drop <= 0:
        return coef * 10 ** (-drop)
    q, r = divmod(coef, 10 ** drop)
    if r == 0:
        return q
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:
        up = q % 10 in (0, 5)
    return q + 1 if up else q


# Coefficients may have any number of digits (CPython's decimal is C and
# ignores sys.set_int_max_str_digits), so the library converts them
# without the int<->str limit.
_digits = _sys._int_to_str


def _ndigits(n):
    return len(_digits(n)) if n else 1


def _digit_bounds(n):
    """Bounds on the digits of the positive int `n` from its bit length
    alone: printing a coefficient of thousands of digits to count them is
    most of the cost of arithmetic at a high precision."""
    bits = n.bit_length()
    # log10(2) = 0.30102999566...: rounded down for the lower bound, up
    # for the upper one.
    return int((bits - 1) * 0.30102999) + 1, int(bits * 0.30103) + 1


def _digits_to_int(text):
    if len(text) <= 640:
        return int(text)
    n = 0
    for i in range(0, len(text), 640):
        chunk = text[i:i + 640]
        n = n * 10 ** len(chunk) + int(chunk)
    return n


def _refuse(other, op, reflected):
    """NotImplemented for classes that may know Decimal; for built-in
    operands CPython's TypeError, which names the type decimal.Decimal."""
    if type(other).__module__ != "builtins":
        return NotImplemented
    left, right = "decimal.Decimal", type(other).__name__
    if reflected:
        left, right = right, left
    if op == "**":
        raise TypeError("unsupported operand type(s) for ** or pow(): '%s' and '%s'" % (left, right))
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (op, left, right))


def _convert(other, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        # Decimal(other) without its chain of type tests: arithmetic with
        # an int operand (`n + 1`) converts on every operation.
        d = object.__new__(Decimal)
        if other < 0:
            d._sign, d._int = 1, -int(other)
        else:
            d._sign, d._int = 0, int(other)
        d._exp = 0
        return d
    if allow_float and isinstance(other, float):
        return Decimal(other)
    return None


class Decimal(object):
    """Floating-point decimal number: sign, integer coefficient, exponent."""

    __slots__ = ("_sign", "_int", "_exp")

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp = value._sign, value._int, value._exp
        elif isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(int(value))
            self._exp = 0
        elif isinstance(value, float):
            self._sign, self._int, self._exp = _from_float(value)
        elif isinstance(value, str):
            self._sign, self._int, self._exp = _parse(value)
        elif isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if not isinstance(exp, int):
                raise NotImplementedError("minipy's decimal has no NaN or Infinity")
            coef = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coef = coef * 10 + d
            self._sign, self._int, self._exp = sign, coef, exp
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        return cls(f)

    # --- shape ------------------------------------------------------------------------------

    def _make(self, sign, coef, exp):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp = sign, coef, exp
        return d

    def adjusted(self):
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        from collections import namedtuple
        global DecimalTuple
        try:
            DecimalTuple
        except NameError:
            DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")
        return DecimalTuple(self._sign, tuple(int(c) for c in _digits(self._int)), self._exp)

    def as_integer_ratio(self):
        if self._exp >= 0:
            return (-1) ** self._sign * self._int * 10 ** self._exp, 1
        from math import gcd
        num, den = self._int, 10 ** -self._exp
        g = gcd(num, den)
        return (-1) ** self._sign * (num // g), den // g

    def _fix(self, context):
        """Round to the context's precision."""
        if self._int:
            low, high = _digit_bounds(self._int)
            if (high <= context.prec and self._exp + high - 1 <= context.Emax
                    and self._exp + low - 1 >= context.Emin):
                return self
        digits = _ndigits(self._int)
        coef, exp = self._int, self._exp
        if digits > context.prec:
            drop = digits - context.prec
            coef = _round_digits(coef, drop, context.rounding, self._sign)
            exp += drop
            if _ndigits(coef) > context.prec:
                coef //= 10
                exp += 1
        adjusted = exp + _ndigits(coef) - 1
        if coef and adjusted > context.Emax:
            _signal(Overflow)
        if coef and adjusted < context.Emin:
            raise NotImplementedError("minipy's decimal has no subnormal results")
        if coef == self._int and exp == self._exp:
            return self
        return self._make(self._sign, coef, exp)

    def _value(self):
        return -self._int if self._sign else self._int

    # --- text -------------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        digits = _digits(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        else:
            dotplace = 1
        if dotplace <= 0:
            intpart, fracpart = "0", "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
        else:
            intpart, fracpart = digits[:dotplace], "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            exp = ("E" if getcontext().capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        raise NotImplementedError("minipy's decimal has no to_eng_string")

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if spec == "":
            return str(self)
        body = spec[:-1] if spec.endswith("f") else None
        if body is None or not all(c.isdigit() or c == "." for c in body) or body.count(".") > 1:
            raise NotImplementedError("minipy's decimal: format spec %r is not supported" % spec)
        width, _, places = body.partition(".")
        value = self
        if places:
            value = self._rescale(-int(places), getcontext().rounding)
        elif self._exp > 0:
            value = self._rescale(0, getcontext().rounding)
        text = str(abs(value)) if value._exp <= 0 and value.adjusted() >= -6 else _plain(value)
        if value._sign:
            text = "-" + text.lstrip("-")
        return text.rjust(int(width)) if width else text

    # --- conversions ------------------------------------------------------------------------

    def __int__(self):
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        return float(str(self))

    def __bool__(self):
        return self._int != 0

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("Second argument to round should be integral")
            return self.quantize(self._make(0, 1, -n))
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        return int(self._rescale(0, ROUND_CEILING))

    def _rescale(self, exp, rounding):
        if not self._int:
            return self._make(self._sign, 0, exp)
        if self._exp >= exp:
            return self._make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coef = _round_digits(self._int, exp - self._exp, rounding, self._sign)
        return self._make(self._sign, coef, exp)

    def quantize(self, exp, rounding=None, context=None):
        context = context or _current[0]
        exp = _convert(exp)
        if exp is None:
            raise TypeError("conversion from %s to Decimal is not supported" % type(exp).__name__)
        ans = self._rescale(exp._exp, rounding or context.rounding)
        if ans.adjusted() > context.Emax or _ndigits(ans._int) > context.prec:
            _signal(InvalidOperation)
        return ans._fix(context)

    def to_integral_value(self, rounding=None, context=None):
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or getcontext().rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        context = context or _current[0]
        d = self._fix(context)
        if not d._int:
            return self._make(d._sign, 0, 0)
        coef, exp = d._int, d._exp
        while coef % 10 == 0 and exp < context.Emax:
            coef //= 10
            exp += 1
        return self._make(d._sign, coef, exp)

    def is_zero(self):
        return not self._int

    def is_signed(self):
        return self._sign == 1

    def is_finite(self):
        return True

    def is_nan(self):
        return False

    def is_infinite(self):
        return False

    def copy_abs(self):
        return self._make(0, self._int, self._exp)

    def copy_negate(self):
        return self._make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other):
        return self._make(_convert(other)._sign, self._int, self._exp)

    # --- arithmetic -------------------------------------------------------------------------

    def __neg__(self, context=None):
        context = context or _current[0]
        if not self._int and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        context = context or _current[0]
        if not self._int and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._fix(context)
        return self._fix(context)

    def __abs__(self, context=None):
        return self.copy_abs()._fix(context or getcontext())

    def __add__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "+", False)
        other = converted
        context = context or _current[0]
        exp = self._exp
        a = -self._int if self._sign else self._int
        b = -other._int if other._sign else other._int
        if exp == other._exp:
            total = a + b
        else:
            exp = min(exp, other._exp)
            total = a * 10 ** (self._exp - exp) + b * 10 ** (other._exp - exp)
        if total == 0:
            if not self._int and not other._int:
                sign = min(self._sign, other._sign)
            else:
                sign = 0
            if context.rounding == ROUND_FLOOR and (self._sign != other._sign or sign):
                sign = 1
            return self._make(sign, 0, exp)._fix(context)
        return self._make(1 if total < 0 else 0, abs(total), exp)._fix(context)

    def __radd__(self, other, context=None):
        if _convert(other) is None:
            return _refuse(other, "+", True)
        return self.__add__(other, context)

    def __sub__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "-", False)
        other = converted
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "-", True)
        other = converted
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "*", False)
        other = converted
        context = context or _current[0]
        return self._make(self._sign ^ other._sign, self._int * other._int,
                          self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        if _convert(other) is None:
            return _refuse(other, "*", True)
        return self.__mul__(other, context)

    def __truediv__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "/", False)
        other = converted
        context = context or _current[0]
        sign = self._sign ^ other._sign
        if not other._int:
            if not self._int:
                _signal(InvalidOperation, DivisionUndefined)
            _signal(DivisionByZero)
        if not self._int:
            return self._make(sign, 0, self._exp - other._exp)._fix(context)
        shift = _ndigits(other._int) - _ndigits(self._int) + context.prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coef, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coef, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            # Not exact: a final 5 or 0 would hide the remainder from rounding.
            if coef % 5 == 0:
                coef += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and coef % 10 == 0:
                coef //= 10
                exp += 1
        return self._make(sign, coef, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "/", True)
        other = converted
        return other.__truediv__(self, context)

    def _divide(self, other, context, remainder=True):
        # (quotient, remainder); the remainder is None unless asked for.
        sign = self._sign ^ other._sign
        ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self._int or expdiff <= -2:
            return self._make(sign, 0, 0), self._rescale(ideal, context.rounding)
        if expdiff <= context.prec:
            a, b = self._int, other._int
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if _digit_bounds(q)[1] <= context.prec or q < 10 ** context.prec:
                return self._make(sign, q, 0), self._make(self._sign, r, ideal) if remainder else None
        _signal(InvalidOperation, DivisionImpossible)

    def __divmod__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "divmod()", False)
        other = converted
        context = context or _current[0]
        if not other._int:
            if not self._int:
                _signal(InvalidOperation, DivisionUndefined)
            _signal(DivisionByZero)
        q, r = self._divide(other, context)
        return q, r._fix(context)

    def __rdivmod__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "divmod()", True)
        other = converted
        return other.__divmod__(self, context)

    def __floordiv__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "//", False)
        other = converted
        context = context or _current[0]
        if not other._int:
            if not self._int:
                _signal(InvalidOperation, DivisionUndefined)
            _signal(DivisionByZero)
        return self._divide(other, context, False)[0]

    def __rfloordiv__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "//", True)
        other = converted
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "%", False)
        other = converted
        context = context or _current[0]
        if not other._int:
            if not self._int:
                _signal(InvalidOperation, DivisionUndefined)
            _signal(InvalidOperation)
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "%", True)
        other = converted
        return other.__mod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise NotImplementedError("minipy's decimal has no three-argument pow")
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "**", False)
        other = converted
        n = int(other)
        if other._sign or Decimal(n) != other:
            raise NotImplementedError("minipy's decimal has only powers by non-negative integers")
        context = context or _current[0]
        if n == 0:
            if not self._int:
                _signal(InvalidOperation)
            return self._make(0, 1, 0)
        sign = self._sign if n % 2 else 0
        if not self._int:
            return self._make(sign, 0, 0)
        return self._make(sign, self._int ** n, self._exp * n)._fix(context)

    def __rpow__(self, other, context=None):
        converted = _convert(other)
        if converted is None:
            return _refuse(other, "**", True)
        other = converted
        return other.__pow__(self, context=context)

    def sqrt(self, context=None):
        raise NotImplementedError("minipy's decimal has no sqrt")

    # --- comparisons and hashing ------------------------------------------------------------

    def _ratio(self, other):
        if isinstance(other, (Decimal, int, float)):
            d = _convert(other, allow_float=True)
            return d.as_integer_ratio()
        num = getattr(other, "numerator", None)
        den = getattr(other, "denominator", None)
        if isinstance(num, int) and isinstance(den, int) and type(other).__name__ == "Fraction":
            return num, den
        return None

    def _cmp(self, other):
        # Decimals and ints compare by aligning exponents; the ratio path
        # below is for floats and Fractions.
        if isinstance(other, Decimal):
            b, other_exp = -other._int if other._sign else other._int, other._exp
        elif type(other) is int:
            b, other_exp = other, 0
        else:
            b = None
        if b is not None:
            a = -self._int if self._sign else self._int
            if self._exp > other_exp:
                a *= 10 ** (self._exp - other_exp)
            elif other_exp > self._exp:
                b *= 10 ** (other_exp - self._exp)
            return (a > b) - (a < b)
        theirs = self._ratio(other)
        if theirs is None:
            return None
        if isinstance(other, float) and other != other:
            return None
        a, b = self.as_integer_ratio()
        c, d = theirs
        left, right = a * d, c * b
        return (left > right) - (left < right)

    def __eq__(self, other):
        if type(other) is Decimal or type(other) is int:
            return self._cmp(other) == 0
        if isinstance(other, float) and other in (float("inf"), float("-inf")):
            return False
        c = self._cmp(other)
        if c is None:
            if isinstance(other, float):
                return False
            return NotImplemented
        return c == 0

    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0

    def compare(self, other, context=None):
        return Decimal(self._cmp(_convert(other)))

    def __hash__(self):
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _HASH_MODULUS)
        else:
            exp_hash = pow(_HASH_10INV, -self._exp, _HASH_MODULUS)
        h = self._int * exp_hash % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def max(self, other, context=None):
        other = _convert(other)
        return other if self._cmp(other) < 0 else self

    def min(self, other, context=None):
        other = _convert(other)
        return other if self._cmp(other) > 0 else self


Decimal.__module__ = "decimal"


def _plain(value):
    digits = _digits(value._int)
    if value._exp >= 0:
        return digits + "0" * value._exp
    places = -value._exp
    digits = digits.rjust(places + 1, "0")
    return digits[:-places] + "." + digits[-places:]


def _from_float(f):
    if f != f or f in (float("inf"), float("-inf")):
        raise NotImplementedError("minipy's decimal has no NaN or Infinity")
    sign = 1 if (f < 0 or (f == 0 and str(f).startswith("-"))) else 0
    num, den = abs(f).as_integer_ratio()
    k = den.bit_length() - 1  # den is a power of two
    return sign, num * 5 ** k, -k


_DIGITS = "0123456789"


def _parse(text):
    s = text.strip().replace("_", "") if "_" not in text.strip()[:1] + text.strip()[-1:] else None
    if s is None or "__" in text:
        _signal(InvalidOperation, ConversionSyntax)
    sign = 0
    if s[:1] in ("+", "-"):
        sign = 1 if s[0] == "-" else 0
        s = s[1:]
    if s.lower() in ("inf", "infinity", "nan", "snan") or s.lower().startswith(("nan", "snan")):
        raise NotImplementedError("minipy's decimal has no NaN or Infinity")
    mantissa, e, exponent = s.lower().partition("e")
    if e:
        digits = exponent[1:] if exponent[:1] in ("+", "-") else exponent
        if not digits or not all(c in _DIGITS for c in digits):
            _signal(InvalidOperation, ConversionSyntax)
        exp = int(exponent)
    else:
        exp = 0
    whole, dot, frac = mantissa.partition(".")
    if not (whole or frac) or not all(c in _DIGITS for c in whole + frac):
        _signal(InvalidOperation, ConversionSyntax)
    return sign, _digits_to_int(whole + frac), exp - len(frac)
