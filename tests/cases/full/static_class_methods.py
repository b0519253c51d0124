# @staticmethod and @classmethod: alternative constructors, class-level
# counters, and classmethods that respect subclasses.
class Date:
    created = 0

    def __init__(self, year, month, day):
        self.year = year
        self.month = month
        self.day = day
        Date.created += 1

    @classmethod
    def from_string(cls, text):
        year, month, day = [int(part) for part in text.split("-")]
        return cls(year, month, day)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class EuropeanDate(Date):
    def __str__(self):
        return f"{self.day}/{self.month}/{self.year}"


d = Date.from_string("2024-02-29")
e = EuropeanDate.from_string("1999-12-31")
print(d, e, str(e), Date.created)
print(Date.is_leap(2024), Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2023))
print([y for y in range(1896, 1912) if Date.is_leap(y)])
print(type(e).__name__, isinstance(e, Date))
