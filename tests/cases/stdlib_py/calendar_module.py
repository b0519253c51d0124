# calendar: date helpers, month/day names, Calendar iterators, the text
# layouts of month/prmonth/calendar/prcal (byte for byte), HTMLCalendar,
# firstweekday, timegm, and CPython's errors.
import calendar
import datetime

print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024, 0, -4)])
print(calendar.leapdays(1900, 2025), calendar.leapdays(2000, 2000), calendar.leapdays(1, 10000))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(12000, 3, 1), calendar.weekday(0, 1, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(1999, 12))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), calendar.day_abbr[-1], calendar.month_name[1:4], len(calendar.month_name), len(calendar.day_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.mdays, calendar.EPOCH)
print(calendar.month(2024, 2), end="|\n")
print(repr(calendar.month(2023, 10, 3, 2)))
calendar.prmonth(2021, 8)
calendar.prmonth(2021, 8, w=4, l=1)
print(calendar.calendar(2024), end="|\n")
calendar.prcal(2023, w=3, l=1, c=2, m=4)
print(calendar.calendar(2022, 2, 2, 6, 2)[:400])
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6), calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(0)
for bad in (7, -1):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, isinstance(e, ValueError), e.weekday)
for f, args in [(calendar.monthrange, (2020, 13)), (calendar.monthrange, (2020, 0)),
                (calendar.monthcalendar, (2020, -1)), (calendar.weekday, (2020, 13, 1)),
                (calendar.weekday, (2020, 2, 30)), (calendar.month, (2020, 13)),
                (calendar.timegm, ((2020, 13, 1, 0, 0, 0),))]:
    try:
        print(f(*args))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
e = calendar.IllegalMonthError(0)
print(e.month, str(e), e.args, calendar.error is ValueError)

cal = calendar.Calendar(firstweekday=6)
print(cal.firstweekday, list(cal.iterweekdays()))
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays4(2023, 12))[-3:])
print(cal.monthdatescalendar(2024, 2)[0][:2], cal.monthdatescalendar(2024, 2)[-1][-1])
print(cal.monthdays2calendar(2024, 2)[-1])
print(len(cal.yeardatescalendar(2024)), len(cal.yeardays2calendar(2024, 4)), cal.yeardayscalendar(2024, 6)[1][5][0])
print(list(calendar.Calendar(9).iterweekdays()), calendar.Calendar(9).firstweekday)
print(list(calendar.Calendar().itermonthdays3(1, 1))[:2], list(calendar.Calendar().itermonthdays3(9999, 12))[-2:])
try:
    list(calendar.Calendar().itermonthdates(9999, 12))
except ValueError as e:
    print(type(e).__name__, e)
tc = calendar.TextCalendar(firstweekday=calendar.SUNDAY)
print(tc.formatmonth(2025, 1, w=3), end="")
print(repr(tc.formatmonthname(2025, 1, 20)), repr(tc.formatmonthname(2025, 1, 20, withyear=False)))
print(repr(tc.formatweekday(0, 2)), repr(tc.formatweekday(2, 10)), repr(tc.formatday(5, 0, 3)), repr(tc.formatday(0, 0, 3)))
tc.prweek([(1, 0), (2, 1)], 2)
print()
print(tc.formatyear(2025, m=6)[:300])
calendar.format(["a", "b"], 5, 2)
print(repr(calendar.formatstring(["x", "yy", "zzz"], 6, 1)))

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 3, withyear=False)[:120])
print(hc.formatyear(2024, width=4)[:300])
page = hc.formatyearpage(2024, css=None)
print(type(page).__name__, page[:200], len(page))
print(hc.formatday(0, 3), hc.formatweekday(6), hc.formatweekheader())

print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 0, 0, 0)))
print(calendar.timegm(datetime.datetime(2001, 9, 9, 1, 46, 40).timetuple()), calendar.timegm((2000, 1, 40, 25, 61, 61)))
print(calendar.timegm((1969, 12, 31, 23, 59, 59.5)))
print(calendar.LocaleTextCalendar(locale="C").formatmonth(2024, 1)[:20])
print(sorted(calendar.__all__))
