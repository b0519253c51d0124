# Text in and out for the datetime module: strftime's datetime-only
# directives (%f, %z, %Z), ISO time parsing and strptime.

import time as _time
from datetime import (timedelta, timezone, _FULL_DAY_NAMES, _FULL_MONTH_NAMES, _format_offset,
                      _days_before_month)


def _strftime(moment, fmt):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    parts = []
    tt = moment.timetuple()
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%" or i + 1 == len(fmt):
            parts.append(c)
            i += 1
            continue
        code = fmt[i + 1]
        i += 2
        if code == "f":
            parts.append("%06d" % getattr(moment, "microsecond", 0))
        elif code == "z":
            offset = moment.utcoffset() if hasattr(moment, "utcoffset") else None
            parts.append(_format_offset(offset, ""))
        elif code == "Z":
            name = moment.tzname() if hasattr(moment, "tzname") else None
            parts.append(name or "")
        elif code == "%":
            parts.append("%")
        else:
            parts.append(_time.strftime("%" + code, tt))
    return "".join(parts)


def _parse_offset(text, whole):
    if text in ("Z", "z"):
        return timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    if text[0] not in "+-" or not digits[:4].isdigit() or len(digits) not in (4, 6):
        raise ValueError("Invalid isoformat string: %r" % (whole,))
    hours, minutes = int(digits[:2]), int(digits[2:4])
    seconds = int(digits[4:6]) if len(digits) == 6 else 0
    offset = timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return timezone(offset * sign) if offset else timezone.utc


def _parse_time(text, whole):
    """hour, minute, second, microsecond, tzinfo of an ISO time of day."""
    tz = None
    for marker in "+-Zz":
        at = text.find(marker)
        if at > 0:
            tz = _parse_offset(text[at:], whole)
            text = text[:at]
            break
    clock, _, fraction = text.replace(",", ".").partition(".")
    fields = clock.split(":") if ":" in clock else [clock[k:k + 2] for k in range(0, len(clock), 2)]
    if not 1 <= len(fields) <= 3 or not all(len(f) == 2 and f.isdigit() for f in fields):
        raise ValueError("Invalid isoformat string: %r" % (whole,))
    numbers = [int(f) for f in fields] + [0] * (3 - len(fields))
    micro = 0
    if fraction:
        if not fraction.isdigit() or len(fraction) not in (3, 6):
            raise ValueError("Invalid isoformat string: %r" % (whole,))
        micro = int(fraction.ljust(6, "0"))
    return numbers[0], numbers[1], numbers[2], micro, tz


_SHORT_DAYS = [name[:3].lower() for name in _FULL_DAY_NAMES]
_SHORT_MONTHS = [name[:3].lower() for name in _FULL_MONTH_NAMES]


def _strptime(text, fmt):
    """(year, month, day, hour, minute, second, microsecond, tzinfo) of
    `text` read by `fmt`."""
    if not isinstance(text, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(text).__name__)
    fields = {"year": 1900, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0, "micro": 0}
    tz = None
    pm = None
    yday = None
    pos = 0

    def mismatch():
        return ValueError("time data %r does not match format %r" % (text, fmt))

    def number(low_width, high_width):
        nonlocal pos
        end = pos
        while end < len(text) and end - pos < high_width and text[end].isdigit():
            end += 1
        if end - pos < low_width:
            raise mismatch()
        value = int(text[pos:end])
        pos = end
        return value

    def word(names):
        nonlocal pos
        rest = text[pos:].lower()
        for index, name in sorted(enumerate(names), key=lambda pair: -len(pair[1])):
            if rest.startswith(name.lower()):
                pos += len(name)
                return index
        raise mismatch()

    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            i += 1
            continue
        if c != "%":
            if pos >= len(text) or text[pos] != c:
                raise mismatch()
            pos += 1
            i += 1
            continue
        if i + 1 >= len(fmt):
            raise ValueError("stray %% in format %r" % (fmt,))
        code = fmt[i + 1]
        i += 2
        if code == "Y":
            fields["year"] = number(4, 4)
        elif code == "y":
            two = number(2, 2)
            fields["year"] = two + (2000 if two < 69 else 1900)
        elif code == "m":
            fields["month"] = number(1, 2)
        elif code == "d":
            fields["day"] = number(1, 2)
        elif code == "H":
            fields["hour"] = number(1, 2)
        elif code == "I":
            fields["hour"] = number(1, 2) % 12
            pm = pm if pm is not None else False
        elif code == "M":
            fields["minute"] = number(1, 2)
        elif code == "S":
            fields["second"] = number(1, 2)
        elif code == "f":
            start = pos
            value = number(1, 6)
            fields["micro"] = value * 10 ** (6 - (pos - start))
        elif code == "j":
            yday = number(1, 3)
        elif code == "p":
            pm = word(["AM", "PM"]) == 1
        elif code == "b":
            fields["month"] = word(_SHORT_MONTHS) + 1
        elif code == "B":
            fields["month"] = word(_FULL_MONTH_NAMES) + 1
        elif code == "a":
            word(_SHORT_DAYS)
        elif code == "A":
            word(_FULL_DAY_NAMES)
        elif code == "z":
            end = pos
            while end < len(text) and (text[end] in "+-:Zz" or text[end].isdigit()):
                end += 1
            try:
                tz = _parse_offset(text[pos:end], text)
            except ValueError:
                raise mismatch() from None
            pos = end
        elif code == "Z":
            end = pos
            while end < len(text) and text[end].isalpha():
                end += 1
            pos = end
        elif code == "%":
            if pos >= len(text) or text[pos] != "%":
                raise mismatch()
            pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (code, "%" + code))
    if pos != len(text):
        raise ValueError("unconverted data remains: %s" % text[pos:])
    if pm:
        fields["hour"] += 12
    if yday is not None:
        month = 1
        while month < 12 and _days_before_month(fields["year"], month + 1) < yday:
            month += 1
        fields["month"] = month
        fields["day"] = yday - _days_before_month(fields["year"], month)
    return (fields["year"], fields["month"], fields["day"], fields["hour"], fields["minute"], fields["second"],
            fields["micro"], tz)
