import sys
print(sys.get_int_max_str_digits())
for a in [100, -1, 'x', 640, 0]:
    try: sys.set_int_max_str_digits(a); print('ok', a, sys.get_int_max_str_digits())
    except Exception as e: print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
try: str(10**800)
except ValueError as e: print(e)
try: int('1'*701)
except ValueError as e: print(e)
print(len(str(10**699)), int('9'*700) > 0)
sys.set_int_max_str_digits(0); print(len(str(10**5000)), len(str(int('7' * 6000))))
try: sys.set_int_max_str_digits()
except TypeError as e: print(e)
sys.set_int_max_str_digits(4300)
try: str(10**4300)
except ValueError as e: print(e)
import decimal
decimal.getcontext().prec = 9000
d = decimal.Decimal('3' * 5000)
print(len(str(d)), d.adjusted(), str(d * 3)[:10], len(d.as_tuple().digits))
print(str(decimal.Decimal(10) ** 4500)[:20])
