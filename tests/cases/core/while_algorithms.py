# Classic while-loop algorithms: Euclid, digit reversal, Newton's square
# root in floats, integer log, fast exponentiation, and base conversion.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def reverse_digits(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r


def newton_sqrt(x):
    guess = x / 2
    steps = 0
    while abs(guess * guess - x) > 1e-12 * x:
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps


def int_log(n, base):
    k = 0
    while n >= base:
        n //= base
        k += 1
    return k


def fast_pow(b, e):
    result = 1
    while e:
        if e & 1:
            result *= b
        b *= b
        e >>= 1
    return result


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n:
        out = digits[n % base] + out
        n //= base
    return sign + out


print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 64, 2 ** 40 * 3))
print(reverse_digits(12345), reverse_digits(1200), reverse_digits(2 ** 70))
print(newton_sqrt(2.0), newton_sqrt(1e10), newton_sqrt(0.25))
print(int_log(1000, 10), int_log(1024, 2), int_log(10 ** 50, 7), int_log(5, 10))
print(fast_pow(3, 13), fast_pow(2, 200) == 2 ** 200, fast_pow(1.5, 3), fast_pow(-2, 5))
print(to_base(255, 16), to_base(255, 2), to_base(-42, 7), to_base(0, 3), to_base(2 ** 64, 36), int(to_base(2 ** 64, 36), 36) == 2 ** 64)
a, b = 0, 1
count = 0
while b < 10 ** 100:
    a, b = b, a + b
    count += 1
print("first Fibonacci number above a googol is F", count + 1, "with", len(str(b)), "digits")
