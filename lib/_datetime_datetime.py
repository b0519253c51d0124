# The `datetime.datetime` class: a date and a time of day, optionally with a
# time zone. Kept apart from lib/datetime.py for size; that module imports
# it at its end, so the names used here are already defined there.

import time as _time
from datetime import (date, time, timedelta, timezone, _check_date, _check_time, _check_tzinfo, _to_ordinal,
                      _from_ordinal, _time_text, _format_offset, _DAY_NAMES, _MONTH_NAMES, _days_before_month,
                      _is_state, _state_bytes, _state_tzinfo)
from _datetime_parts import _strftime, _parse_time, _strptime

_EPOCH_ORDINAL = _to_ordinal(1970, 1, 1)


class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if _is_state(year, 10, 2, 1, 12):
            # A pickle's state: the bytes __reduce_ex__ gives.
            self = object.__new__(cls)
            yhi, ylo, m, d, hh, mm, ss, us1, us2, us3 = _state_bytes(year)
            self._fold, self._month = (1, m - 128) if m > 127 else (0, m)
            self._year, self._day, self._hour, self._minute, self._second = yhi * 256 + ylo, d, hh, mm, ss
            self._microsecond = (us1 << 16) | (us2 << 8) | us3
            self._tzinfo = _state_tzinfo(month)
            return self
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold = tzinfo, fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # ---- construction ----------------------------------------------------

    @classmethod
    def _from_seconds(cls, seconds, utc, tz=None):
        whole = int(seconds // 1)
        micro = round((seconds - whole) * 1000000)
        if micro >= 1000000:
            whole, micro = whole + 1, micro - 1000000
        tm = _time.gmtime(whole) if utc else _time.localtime(whole)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, micro, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_seconds(t, False)
        return tz.fromutc(cls._from_seconds(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_seconds(t, True)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if not isinstance(d, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(d).__name__)
        if not isinstance(t, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(t).__name__)
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond,
                   t.tzinfo if tzinfo is True else tzinfo, fold=t.fold)

    @classmethod
    def fromordinal(cls, n):
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        day_part, time_part = text[:10], text[11:]
        try:
            d = date.fromisoformat(day_part)
            if len(text) > 10:
                hour, minute, second, micro, tz = _parse_time(time_part, text)
            else:
                hour = minute = second = micro = 0
                tz = None
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (text,)) from None
        return cls(d.year, d.month, d.day, hour, minute, second, micro, tz)

    @classmethod
    def strptime(cls, text, fmt):
        return cls(*_strptime(text, fmt))

    # ---- parts -----------------------------------------------------------

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), _days_before_month(self._year, self._month) + self._day, flag))

    def utctimetuple(self):
        offset = self.utcoffset()
        moment = self - offset if offset else self
        return _time.struct_time((moment.year, moment.month, moment.day, moment.hour, moment.minute,
                                  moment.second, moment.weekday(),
                                  _days_before_month(moment.year, moment.month) + moment.day, 0))

    def _seconds_since_epoch(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        return days * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        if self._tzinfo is None:
            local = _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  0, 0, -1))
            return local + self._microsecond / 1e6
        offset = self.utcoffset()
        whole = self._seconds_since_epoch() - (offset.days * 86400 + offset.seconds)
        return (whole * 1000000 + self._microsecond - offset.microseconds) / 1e6

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone(timedelta(seconds=-_time.timezone if hasattr(_time, "timezone") else 0))
        offset = self.utcoffset()
        if offset is None:
            utc_moment = datetime.utcfromtimestamp(self.timestamp())
        else:
            utc_moment = (self - offset).replace(tzinfo=None)
        return tz.fromutc(utc_moment.replace(tzinfo=tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new  # noqa: E731
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    # ---- text ------------------------------------------------------------

    def isoformat(self, sep="T", timespec="auto"):
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) +
                _time_text(self._hour, self._minute, self._second, self._microsecond, timespec) +
                _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAY_NAMES[self.weekday()], _MONTH_NAMES[self._month - 1],
                                                  self._day, self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt)

    def __repr__(self):
        shown = [self._year, self._month, self._day, self._hour, self._minute]
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

    # ---- arithmetic and order ----------------------------------------------

    def _micros(self):
        return (self._seconds_since_epoch() * 1000000) + self._microsecond

    def _utc_micros(self):
        offset = self.utcoffset()
        if offset is None:
            return self._micros()
        return self._micros() - ((offset.days * 86400 + offset.seconds) * 1000000 + offset.microseconds)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._micros() + ((other.days * 86400 + other.seconds) * 1000000 + other.microseconds)
        seconds, micro = divmod(total, 1000000)
        days, seconds = divmod(seconds, 86400)
        ordinal = days + _EPOCH_ORDINAL
        if not 1 <= ordinal <= _to_ordinal(9999, 12, 31):
            raise OverflowError("date value out of range")
        year, month, day = _from_ordinal(ordinal)
        hour, rest = divmod(seconds, 3600)
        minute, second = divmod(rest, 60)
        return type(self)(year, month, day, hour, minute, second, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=self._utc_micros() - other._utc_micros())
        return NotImplemented

    def _comparable(self, other):
        if not isinstance(other, datetime):
            return False
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return True

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return NotImplemented if not isinstance(other, date) else False
        if (self._tzinfo is None) != (other._tzinfo is None):
            return False
        return self._utc_micros() == other._utc_micros()

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._utc_micros() < other._utc_micros()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._utc_micros() <= other._utc_micros()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._utc_micros() > other._utc_micros()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._utc_micros() >= other._utc_micros()

    def __hash__(self):
        return hash(self._utc_micros())

    def __reduce_ex__(self, protocol):
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        us = self._microsecond
        state = bytes([self._year // 256, self._year % 256, month, self._day, self._hour, self._minute,
                       self._second, us >> 16, (us >> 8) & 255, us & 255])
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
