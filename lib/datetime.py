# datetime: dates, times, durations and fixed-offset time zones.
#
# Dates count days from 0001-01-01 (day 1, a Monday) in the proleptic
# Gregorian calendar; durations are kept as (days, seconds, microseconds)
# with the last two normalised to one day and one second. Local time comes
# from the `time` module.

import time as _time

__all__ = ["date", "time", "datetime", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FULL_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FULL_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    return 29 if month == 2 and _is_leap(year) else _MONTH_DAYS[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return sum(_MONTH_DAYS[1:month]) + (1 if month > 2 and _is_leap(year) else 0)


def _to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _from_ordinal(n):
    # Guess the year from the mean year length, then correct the guess.
    year = max(1, int((n - 1) / 365.2425) + 1)
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    rest = n - _days_before_year(year)
    month = 1
    while rest > _month_length(year, month):
        rest -= _month_length(year, month)
        month += 1
    return year, month, rest


def _check_int(value, name=None):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


def _check_date(year, month, day):
    for v in (year, month, day):
        _check_int(v)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond, fold=0):
    for v in (hour, minute, second, microsecond):
        _check_int(v)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


def _cmp(a, b):
    return (a > b) - (a < b)


# ---- timedelta -------------------------------------------------------------

class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = ((days, 86400000000), (seconds, 1000000), (microseconds, 1), (milliseconds, 1000),
                 (minutes, 60000000), (hours, 3600000000), (weeks, 604800000000))
        whole = 0
        inexact = None
        for amount, scale in parts:
            if isinstance(amount, int):
                whole += amount * scale
            elif isinstance(amount, float):
                from fractions import Fraction
                exact = Fraction(amount) * scale
                inexact = exact if inexact is None else inexact + exact
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (("days", "seconds", "microseconds", "milliseconds", "minutes", "hours",
                                    "weeks")[parts.index((amount, scale))], type(amount).__name__))
        if inexact is not None:
            whole += round(inexact)  # half to even, as CPython rounds
        return cls._from_microseconds(whole)

    @classmethod
    def _from_microseconds(cls, total):
        self = object.__new__(cls)
        days, rest = divmod(total, 86400000000)
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, 1000000)
        self._hashcode = -1
        return self

    def _total_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def total_seconds(self):
        return self._total_microseconds() / 10 ** 6

    def __repr__(self):
        fields = []
        if self._days:
            fields.append("days=%d" % self._days)
        if self._seconds:
            fields.append("seconds=%d" % self._seconds)
        if self._microseconds:
            fields.append("microseconds=%d" % self._microseconds)
        return "datetime.timedelta(%s)" % (", ".join(fields) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            text = "%d day%s, %s" % (self._days, "" if abs(self._days) == 1 else "s", text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total_microseconds() + other._total_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total_microseconds() - other._total_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._total_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total_microseconds() * other)
        if isinstance(other, float):
            from fractions import Fraction
            return timedelta._from_microseconds(round(Fraction(other) * self._total_microseconds()))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total_microseconds() // other._total_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._total_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total_microseconds() / other._total_microseconds()
        if isinstance(other, (int, float)):
            from fractions import Fraction
            return timedelta._from_microseconds(round(Fraction(self._total_microseconds()) / Fraction(other)))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total_microseconds() % other._total_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total_microseconds(), other._total_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _compare(self, other, test):
        if isinstance(other, timedelta):
            return test(self._total_microseconds(), other._total_microseconds())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total_microseconds() == other._total_microseconds()
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (timedelta, (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# ---- time zones ------------------------------------------------------------

class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        return dt + self.utcoffset(dt)


def _format_offset(offset, sep=":"):
    if offset is None:
        return ""
    sign = "-" if offset.days < 0 else "+"
    offset = abs(offset)
    hours, rest = divmod(offset.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    text = "%s%02d%s%02d" % (sign, hours + offset.days * 24, sep, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


class timezone(tzinfo):
    __slots__ = ("_offset", "_name")

    def __reduce__(self):
        return (type(self), (self._offset,) if self._name is None else (self._offset, self._name))

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not timedelta(hours=-24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and "utc" in cls.__dict__:
            return cls.utc  # as CPython: a zero offset without a name is the one UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# ---- date ------------------------------------------------------------------

def _is_state(value, size, at, low, high, mask=0x7F):
    """Whether a constructor's first argument is a pickle's state: bytes
    (or a latin-1 str) of the size, with the byte at `at` (less its fold
    bit, for time and datetime) in range, as CPython's datetime checks it."""
    if not isinstance(value, (bytes, str)) or len(value) != size:
        return False
    return low <= ord(value[at:at + 1]) & mask <= high


def _state_bytes(value):
    return value.encode("latin1") if isinstance(value, str) else value


def _state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("bad tzinfo state arg")
    return tz


class date:
    __slots__ = ("_year", "_month", "_day")

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, 2, 1, 12, mask=0xFF):
            # A pickle's state: the bytes __reduce__ gives.
            self = object.__new__(cls)
            state = _state_bytes(year)
            self._year, self._month, self._day = state[0] * 256 + state[1], state[2], state[3]
            return self
        _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _to_ordinal(MAXYEAR, 12, 31):
            raise ValueError("ordinal must be >= 1")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        parts = text.split("-")
        if len(text) != 10 or len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError("Invalid isoformat string: %r" % (text,))
        return cls(int(parts[0]), int(parts[1]), int(parts[2]))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        jan4 = _to_ordinal(year, 1, 4)
        week1_monday = jan4 - (jan4 + 6) % 7
        return cls.fromordinal(week1_monday + (week - 1) * 7 + day - 1)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        year = self._year
        ordinal = self.toordinal()

        def week1_monday(y):
            jan4 = _to_ordinal(y, 1, 4)
            return jan4 - (jan4 + 6) % 7

        start = week1_monday(year)
        if ordinal < start:
            year -= 1
            start = week1_monday(year)
        elif ordinal >= week1_monday(year + 1):
            year += 1
            start = week1_monday(year)
        return _IsoCalendarDate(year, (ordinal - start) // 7 + 1, (ordinal - start) % 7 + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month - 1],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def __repr__(self):
        return "datetime.%s(%d, %d, %d)" % (type(self).__name__, self._year, self._month, self._day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def _order(self, other, test):
        if isinstance(other, date) and not isinstance(other, datetime):
            return test(self._key(), other._key())
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._order(other, lambda a, b: a >= b)

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if not 1 <= ordinal <= _to_ordinal(MAXYEAR, 12, 31):
                raise OverflowError("date value out of range")
            return type(self).fromordinal(ordinal)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        # CPython's state, so that pickles go both ways between the two.
        return (type(self), (bytes([self._year // 256, self._year % 256, self._month, self._day]),))


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- time ------------------------------------------------------------------

def _time_text(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)


class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6, 0, 0, 23):
            self = object.__new__(cls)
            h, m, s, us1, us2, us3 = _state_bytes(hour)
            self._fold, self._hour = (1, h - 128) if h > 127 else (0, h)
            self._minute, self._second, self._microsecond = m, s, (us1 << 16) | (us2 << 8) | us3
            self._tzinfo = _state_tzinfo(minute or None)
            return self
        _check_time(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold = tzinfo, fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def __reduce_ex__(self, protocol):
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        us = self._microsecond
        state = bytes([hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255])
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec="auto"):
        return _time_text(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, text):
        hour, minute, second, micro, tz = _parse_time(text, text)
        return cls(hour, minute, second, micro, tz)

    def strftime(self, fmt):
        return _strftime(datetime(1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                                  self._tzinfo), fmt)

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def __repr__(self):
        shown = [self._hour, self._minute]
        if self._second or self._microsecond:
            shown.append(self._second)
        if self._microsecond:
            shown.append(self._microsecond)
        text = "datetime.%s(%s" % (type(self).__name__, ", ".join(str(v) for v in shown))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key() and self.utcoffset() == other.utcoffset()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


from _datetime_parts import _strftime, _parse_time, _strptime  # noqa: E402
from _datetime_datetime import datetime  # noqa: E402
# Pickles name the class by its module: CPython's `datetime`, not this file's helper.
datetime.__module__ = __name__
