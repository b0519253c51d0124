# math: values of every function over fixed and pseudo-random inputs (same bits as CPython).
import math
vals = [0.0, -0.0, 0.1, 0.5, 0.7, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0, 100.0, 1e-10, 1e-300, 1e300, 123.456, -0.3, -1.0, -2.5, -7.25, 0.9999999, 1.0000001, 5e-324, 2.2250738585072014e-308, 30.0, 170.5, 171.5, -170.5, 1e15, 4.5, 5.0000001, 6.5, 0.001, 700.0, 710.0, float('inf'), float('-inf'), float('nan'), 2**28+0.5, 2.000001, 1.9, 26.0, 5.524, 140.5, 141.5, 199.9, -199.9, -50.5]
class G:
    def __init__(self): self.s = 12345
    def r(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 11) / 2**53
    def uniform(self, a, b): return a + (b - a) * self.r()
    def expovariate(self, l): return -math.log(1.0 - self.r()) / l
    def randrange(self, a, b): return a + int(self.r() * (b - a))
g = G()
for i in range(150):
    vals.append(g.uniform(-20, 20))
    vals.append(g.uniform(0, 3))
    vals.append(g.expovariate(0.01))
for name in ['acos','acosh','asin','asinh','atan','atanh','cbrt','cos','cosh','exp','exp2','expm1','fabs','log1p','sin','sinh','sqrt','tan','tanh','erf','erfc','gamma','lgamma','log','log2','log10','degrees','radians','ulp','frexp','modf','isfinite','isinf','isnan']:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
pairs = [(a, b) for a in vals[:50:3] for b in vals[:50:4]]
for name in ['atan2','copysign','remainder','fmod','pow','nextafter','hypot','log','dist2','isclose']:
    out = []
    for a, b in pairs:
        try:
            if name == 'dist2':
                r = math.dist((a, b, 1.5), (b, 0.25, a))
            else:
                r = getattr(math, name)(a, b)
            out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))
for i in range(200):
    xs = [g.uniform(-1e3, 1e3) for _ in range(g.randrange(1, 8))]
    print(math.hypot(*xs), math.fsum(xs), math.fsum(xs * 3 + [1e16, -1e16]), math.prod(xs))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([0.1]*10), math.fsum([]), math.fsum([float('inf'), 1]), math.fsum([float('nan')]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308))
print([math.log(2**k) for k in (1000, 1023, 1024, 1025, 5000, 100000)], math.log(10**400, 10), math.log2(2**3000), math.log10(10**500))
print(math.log(3**2000 + 1), math.log(7**900))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18, 27), math.gcd(2**200, 6**90), math.lcm(), math.lcm(-4), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**70, 3**50))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**100), math.isqrt(2**201 - 1), math.factorial(0), math.factorial(20), math.factorial(25), math.factorial(3000).bit_length(), math.factorial(3000) % 10**40)
print(math.comb(10, 3), math.comb(3, 10), math.comb(100, 50), math.comb(2**70, 2), math.perm(5), math.perm(5, 2), math.perm(5, None), math.perm(3, 5), math.comb(0, 0))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9), math.floor(1e300) == 10**300, type(math.floor(3)), math.floor(True), math.ceil(2**100), math.floor(-0.0))
class F:
    def __floor__(self): return 'floored'
    def __ceil__(self): return 'ceiled'
    def __trunc__(self): return 'trunced'
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()))
class I:
    def __index__(self): return 7
print(math.sqrt(I()), math.gcd(I(), 21), math.factorial(I()), math.floor(I()))
print(math.ldexp(1.5, 10), math.ldexp(1.0, -1080), math.ldexp(5.0, -2**70), math.ldexp(0.0, 2**80), math.ldexp(3, True))
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.isclose(1.0, 1.0000000001), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
print(math.prod([]), math.prod(range(1, 10)), math.prod([1.5, 2, 3]), math.prod([2]*70), math.prod(['ab'], start=3), math.prod([2, 3], start=0.5))
