# The calendar half of the `time` module: struct_time, localtime, gmtime,
# mktime, strftime, asctime and ctime. The native `time` module forwards
# these names here; the clock readings and the broken-down times come from
# its `_tm`/`_mktime` primitives (chrono underneath).

import time as _time

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._zone = seq[9] if len(seq) > 9 else zone
        self._gmtoff = seq[10] if len(seq) > 10 else gmtoff
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)

    def __repr__(self):
        parts = [name + "=" + repr(value) for name, value in zip(_FIELDS, self)]
        return "time.struct_time(" + ", ".join(parts) + ")"

    __str__ = __repr__


def _seconds(secs):
    if secs is None:
        return _time.time()
    if not isinstance(secs, (int, float)):
        raise TypeError("'" + type(secs).__name__ + "' object cannot be interpreted as an integer")
    return secs


def localtime(secs=None):
    fields = _time._tm(_seconds(secs), True)
    return struct_time(fields[:9], fields[9], fields[10])


def gmtime(secs=None):
    fields = _time._tm(_seconds(secs), False)
    return struct_time(fields[:9], fields[9], fields[10])


def _as_struct(t, name):
    if t is None:
        return localtime()
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(name + "(): illegal time tuple argument")
    return struct_time(t)


def mktime(t):
    t = _as_struct(t, "mktime")
    return _time._mktime(t[0], t[1], t[2], t[3], t[4], t[5])


def asctime(t=None):
    t = _as_struct(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _offset(t):
    off = t.tm_gmtoff or 0
    sign = "+" if off >= 0 else "-"
    off = abs(off) // 60
    return "%s%02d%02d" % (sign, off // 60, off % 60)


def _directive(t, c):
    year, mon, mday, hour, minute, sec, wday, yday = t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
    if c == "Y":
        return str(year)
    if c == "y":
        return "%02d" % (year % 100)
    if c == "m":
        return "%02d" % mon
    if c == "d":
        return "%02d" % mday
    if c == "e":
        return "%2d" % mday
    if c == "H":
        return "%02d" % hour
    if c == "I":
        return "%02d" % ((hour + 11) % 12 + 1)
    if c == "M":
        return "%02d" % minute
    if c == "S":
        return "%02d" % sec
    if c == "p":
        return "AM" if hour < 12 else "PM"
    if c == "a":
        return _DAYS[wday][:3]
    if c == "A":
        return _DAYS[wday]
    if c in "bh":
        return _MONTHS[mon - 1][:3]
    if c == "B":
        return _MONTHS[mon - 1]
    if c == "j":
        return "%03d" % yday
    if c == "w":
        return str((wday + 1) % 7)
    if c == "u":
        return str(wday + 1)
    if c == "U":
        return "%02d" % ((yday - 1 + 7 - (wday + 1) % 7) // 7)
    if c == "W":
        return "%02d" % ((yday - 1 + 7 - wday) // 7)
    if c == "c":
        return asctime(t)
    if c == "x":
        return "%02d/%02d/%02d" % (mon, mday, year % 100)
    if c == "X" or c == "T":
        return "%02d:%02d:%02d" % (hour, minute, sec)
    if c == "D":
        return "%02d/%02d/%02d" % (mon, mday, year % 100)
    if c == "F":
        return "%d-%02d-%02d" % (year, mon, mday)
    if c == "R":
        return "%02d:%02d" % (hour, minute)
    if c == "z":
        return _offset(t)
    if c == "Z":
        return t.tm_zone or ""
    if c == "n":
        return "\n"
    if c == "t":
        return "\t"
    if c == "%":
        return "%"
    return None


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
    t = _as_struct(t, "strftime")
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == "%" and i + 1 < n:
            text = _directive(t, format[i + 1])
            out.append(format[i:i + 2] if text is None else text)
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)
