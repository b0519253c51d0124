# CPython 3.11 refuses to convert ints with more than 4300 digits to str.
# expect-error: line 5: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
big = 10 ** 4299
print(len(str(big)))
print(len(str(big * 10)))
