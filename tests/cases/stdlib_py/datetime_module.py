# datetime: dates, times, datetimes, timedeltas and fixed-offset time zones;
# arithmetic, comparisons, text in (fromisoformat, strptime) and out
# (str, repr, isoformat, strftime, ctime), and the errors.
from datetime import date, time, datetime, timedelta, timezone
import datetime as dt

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday())
print(d.toordinal(), date.fromordinal(738944), d.isocalendar(), date(2021, 1, 1).isocalendar(), d.replace(day=1))
print(d.ctime(), d.strftime("%Y/%m/%d %A %B %j"), f"{d:%d.%m.%Y}", format(d), d.timetuple()[:8])
print(date.fromisoformat("1999-12-31"), date(2000, 3, 1) - timedelta(days=1), date.min, date.max, date(1, 1, 1).weekday())
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), len({date(2024, 1, 1), date(2024, 1, 1)}))

t = time(9, 5)
print(t, repr(t), time(23, 59, 59, 1500), repr(time(1, 2, 3, 4)), t.isoformat("minutes"), time(12).strftime("%H:%M %p"))
print(time.fromisoformat("10:20:30.123456"), time(1) < time(2), time(10, tzinfo=timezone.utc))

td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds)
print(timedelta(0), repr(timedelta(0)), timedelta(seconds=-1), repr(timedelta(seconds=-1)), timedelta(weeks=2), timedelta(hours=1.5))
print(timedelta(days=0.1), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(microseconds=-1), abs(timedelta(days=-2)))
print(td * 2, 2 * td, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1), -td)
print(divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(hours=1) * 0.5, timedelta(1) > timedelta(0), bool(timedelta(0)))
print(timedelta.max, timedelta.min, timedelta.resolution, str(timedelta(days=-1, seconds=5)))

moment = datetime(2024, 3, 10, 14, 30, 5, 250000)
print(moment, repr(moment), repr(datetime(2024, 1, 1)), moment.date(), moment.time(), moment.isoformat(), moment.isoformat(" ", "seconds"))
print(moment + timedelta(hours=12), moment - timedelta(days=70), moment - datetime(2024, 1, 1), moment.weekday())
print(moment.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %d %I%p %y"), moment.ctime(), f"{moment:%H:%M}", moment.timetuple()[:9])
print(datetime.combine(date(2020, 5, 17), time(8, 0)), moment.replace(year=2020, microsecond=0), isinstance(moment, date))
print(datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("2011-11-04 00:05:23.283+00:00"), datetime.fromisoformat("2011-11-04"))
print(datetime.strptime("2023-07-04 09:15:00", "%Y-%m-%d %H:%M:%S"), datetime.strptime("04/Jul/23 9:15 PM", "%d/%b/%y %I:%M %p"))
print(datetime.strptime("2023-07-04T09:15:00.5+0200", "%Y-%m-%dT%H:%M:%S.%f%z"), datetime.strptime("Tuesday 2023 185", "%A %Y %j"))
print(datetime(2024, 1, 1) < datetime(2024, 1, 1, 0, 0, 1), datetime(2024, 1, 1) == datetime(2024, 1, 1), datetime(2024, 1, 1) == date(2024, 1, 1))

utc = timezone.utc
plus2 = timezone(timedelta(hours=2))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.isoformat(), aware.utcoffset(), aware.tzname(), plus2, repr(plus2), timezone(timedelta(hours=-5), "EST"))
print(aware.astimezone(plus2), aware.astimezone(plus2) == aware, aware.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1.5, tz=utc))
print(datetime(2024, 6, 1, 14, 0, tzinfo=plus2) - aware, aware.strftime("%H:%M %z %Z"), datetime.utcfromtimestamp(86400 * 365.25))
print(datetime.fromtimestamp(1700000000, timezone(timedelta(hours=5, minutes=30))), timezone.utc.utcoffset(None), timezone(timedelta(0)) == utc)
now = datetime.now()
print(type(now).__name__, now.year >= 2024, abs(datetime.now() - now) < timedelta(seconds=5), type(date.today()).__name__, type(datetime.utcnow()).__name__)
print(dt.MINYEAR, dt.MAXYEAR, dt.datetime is datetime, dt.timezone.utc is utc)

for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: time(24), lambda: datetime(2024, 1, 1, 0, 60),
            lambda: date.fromisoformat("2024-1-1"), lambda: datetime.strptime("2024", "%Y-%m"), lambda: datetime.strptime("2024-01-01x", "%Y-%m-%d"),
            lambda: date(2024.0, 1, 1), lambda: aware - datetime(2024, 1, 1), lambda: aware < datetime(2024, 1, 1), lambda: timedelta(days=10**9),
            lambda: date.max + timedelta(days=1), lambda: timezone(timedelta(hours=24))]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
