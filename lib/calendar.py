"""Calendar printing functions, as CPython's calendar module: the month and
year tables of Calendar, their plain-text (TextCalendar, month, prcal, ...)
and HTML (HTMLCalendar) layouts, and the date helpers isleap, leapdays,
weekday, monthrange and timegm.

Weeks start on Monday unless setfirstweekday() says otherwise (0=Monday,
6=Sunday). Names are the C locale's English ones; the Locale* calendars
accept only that locale (minipy has no locale module)."""

import datetime
import sys
from itertools import repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


January = 1
February = 2

# Days in each month of a common year; index 0 is a placeholder.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class _NameTable:
    """A read-only sequence of names (the full ones or their first three
    letters). Indexing and slicing behave as on the list underneath, so a
    bad month number fails as CPython's does, with the list's IndexError."""

    def __init__(self, names, abbreviate):
        self._names = names
        self._abbreviate = abbreviate

    def _shape(self, name):
        return name[:3] if self._abbreviate else name

    def __getitem__(self, i):
        picked = self._names[i]
        if isinstance(i, slice):
            return [self._shape(name) for name in picked]
        return self._shape(picked)

    def __len__(self):
        return len(self._names)


class _localized_month(_NameTable):
    def __init__(self, format):
        self.format = format
        _NameTable.__init__(self, _MONTH_NAMES, format == "%b")


class _localized_day(_NameTable):
    def __init__(self, format):
        self.format = format
        _NameTable.__init__(self, _DAY_NAMES, format == "%a")


day_name = _localized_day("%A")
day_abbr = _localized_day("%a")
month_name = _localized_month("%B")
month_abbr = _localized_month("%b")

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def isleap(year):
    """Return True for leap years, False for non-leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """Return number of leap years in range [y1, y2).
       Assume y1 <= y2."""
    # Leap years up to and including y: y//4 - y//100 + y//400.
    def upto(y):
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def weekday(year, month, day):
    """Return weekday (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def monthrange(year, month):
    """Return weekday (0-6 ~ Mon-Sun) and number of days (28-31) for
       year, month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _weeks(items):
    return [items[i:i + 7] for i in range(0, len(items), 7)]


class Calendar(object):
    """
    Base calendar class. This class doesn't do any formatting. It simply
    provides data to subclasses.
    """

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """Return an iterator for one week of weekday numbers starting with
        the configured first one."""
        first = self.firstweekday
        for i in range(first, first + 7):
            yield i % 7

    def _padding(self, year, month):
        # Days shown from the previous and next months to fill whole weeks.
        day1, ndays = monthrange(year, month)
        first = self.firstweekday
        return (day1 - first) % 7, ndays, (first - day1 - ndays) % 7

    def itermonthdates(self, year, month):
        """Iterate over the datetime.date values of one month, in whole
        weeks, so including days of the months around it."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Like itermonthdates(), but day numbers, 0 outside the month."""
        before, ndays, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, ndays + 1)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        """Like itermonthdates(), but (day number, weekday number) tuples."""
        for i, d in enumerate(self.itermonthdays(year, month), self.firstweekday):
            yield d, i % 7

    def itermonthdays3(self, year, month):
        """Like itermonthdates(), but (year, month, day) tuples; works
        outside datetime.date's range."""
        before, ndays, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        end = _monthlen(py, pm) + 1
        for d in range(end - before, end):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """Like itermonthdates(), but (year, month, day, day_of_week) tuples."""
        first = self.firstweekday
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (first + i) % 7

    def monthdatescalendar(self, year, month):
        """A month as a list of weeks of datetime.date values."""
        return _weeks(list(self.itermonthdates(year, month)))

    def monthdays2calendar(self, year, month):
        """A month as a list of weeks of (day number, weekday) tuples."""
        return _weeks(list(self.itermonthdays2(year, month)))

    def monthdayscalendar(self, year, month):
        """A month as a list of weeks of day numbers (0 outside the month)."""
        return _weeks(list(self.itermonthdays(year, month)))

    def _year_rows(self, one_month, year, width):
        months = [one_month(year, m) for m in range(January, January + 12)]
        return [months[i:i + width] for i in range(0, len(months), width)]

    def yeardatescalendar(self, year, width=3):
        """A year as rows of `width` months of monthdatescalendar()."""
        return self._year_rows(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        """A year as rows of `width` months of monthdays2calendar()."""
        return self._year_rows(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        """A year as rows of `width` months of monthdayscalendar()."""
        return self._year_rows(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """
    Subclass of Calendar that outputs a calendar as a simple plain text
    similar to the UNIX program cal.
    """

    def prweek(self, theweek, width):
        """Print a single week (no newline)."""
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        """Returns a formatted day."""
        text = "" if day == 0 else "%2i" % day
        return text.center(width)

    def formatweek(self, theweek, width):
        """Returns a single week in a string (no newline)."""
        return " ".join(self.formatday(d, wd, width) for (d, wd) in theweek)

    def formatweekday(self, day, width):
        """Returns a formatted week day name."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """Return a header for a week."""
        return " ".join(self.formatweekday(i, width) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """Return a formatted month name."""
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print a month's calendar."""
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """Return a month's calendar string (multi-line)."""
        w = max(2, w)
        gap = "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines.extend(self.formatweek(week, w)
                     for week in self.monthdays2calendar(theyear, themonth))
        return "".join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """Returns a year's calendar as a multi-line string."""
        w = max(2, w)
        gap = "\n" * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            out.append(gap)
            names = (self.formatmonthname(theyear, k, colwidth, False) for k in months)
            out += [formatstring(names, colwidth, c).rstrip(), gap]
            out += [formatstring((header for k in months), colwidth, c).rstrip(), gap]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                out += [formatstring(weeks, colwidth, c).rstrip(), gap]
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print a year's calendar."""
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """
    This calendar returns complete HTML pages.
    """

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """Return a day as a table cell."""
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """Return a complete week as a table row."""
        return "<tr>%s</tr>" % "".join(self.formatday(d, wd) for (d, wd) in theweek)

    def formatweekday(self, day):
        """Return a weekday name as a table header."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """Return a header for a week as a table row."""
        return "<tr>%s</tr>" % "".join(self.formatweekday(i) for i in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        """Return a month name as a table row."""
        if withyear:
            text = "%s %s" % (month_name[themonth], theyear)
        else:
            text = "%s" % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, text)

    def formatmonth(self, theyear, themonth, withyear=True):
        """Return a formatted month as a table."""
        parts = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">'
                 % self.cssclass_month,
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        parts.extend(self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth))
        parts.append("</table>")
        return "".join(part + "\n" for part in parts)

    def formatyear(self, theyear, width=3):
        """Return a formatted year as a table of tables."""
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year,
               "\n",
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for i in range(January, January + 12, width):
            out.append("<tr>")
            for m in range(i, min(i + width, 13)):
                out += ["<td>", self.formatmonth(theyear, m, withyear=False), "</td>"]
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        """Return a formatted year as a complete HTML page (bytes)."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        out = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
               '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
               "<html>\n", "<head>\n",
               '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            out.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        out += ["<title>Calendar for %d</title>\n" % theyear, "</head>\n", "<body>\n",
                self.formatyear(theyear, width), "</body>\n", "</html>\n"]
        return "".join(out).encode(encoding, "xmlcharrefreplace")


_C_LOCALES = (None, "", "C", "POSIX", "C.UTF-8", "en_US", "en_US.UTF-8",
              ("C", None), ("en_US", "UTF-8"), ("en_US", "utf-8"))


def _check_locale(kind, locale):
    if locale not in _C_LOCALES:
        raise NotImplementedError("calendar.%s: only the C (English) locale is supported, not %r"
                                  % (kind, locale))
    return locale


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar for a named locale; minipy knows only the C locale."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _check_locale("LocaleTextCalendar", locale)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar for a named locale; minipy knows only the C locale."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _check_locale("LocaleHTMLCalendar", locale)


# The module-level interface is one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1  # the width prweek() prints
_spacing = 6           # spaces between month columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Prints multi-column formatting for year calendars"""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Returns a string formatted from n strings, centered within n columns."""
    return (spacing * " ").join(col.center(colwidth) for col in cols)


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Unrelated but handy function to calculate Unix timestamp from GMT."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
