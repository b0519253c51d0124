# time's calendar functions: struct_time fields and repr, gmtime, strftime directives,
# asctime/ctime, mktime round trips and normalisation, argument errors.
import time
t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t[0], len(t), t.tm_zone, t.tm_gmtoff, isinstance(t, tuple))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y %U %W %w %u %x %X %c %D %F %T %R %e %% %Q", t))
print(time.asctime(t), time.asctime((2024, 2, 29, 1, 2, 3, 3, 60, 0)))
print(time.strftime("%H:%M", (2024, 1, 1, 9, 5, 0, 0, 1, 0)))
lt = time.localtime(1700000000.7)
print(time.mktime(lt) == 1700000000, time.mktime((2023, 13, 1, 0, 0, 0, 0, 0, -1)) == time.mktime((2024, 1, 1, 0, 0, 0, 0, 0, -1)))
print(time.ctime(0) == time.asctime(time.localtime(0)), type(time.localtime()).__name__)
for bad in [lambda: time.asctime((1, 2)), lambda: time.strftime(1), lambda: time.gmtime("x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
