# math: bit-for-bit results (as hex) of the libm-style functions, hypot and dist over 6000 inputs.
import math, hashlib
class G:
    def __init__(self): self.s = 987654321
    def r(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.s >> 11) / 2**53
g = G()
vals = []
for i in range(3000):
    e = int(g.r() * 40) - 20
    vals.append((g.r() * 2 - 1) * 2.0 ** e)
    vals.append((g.r() * 2 - 1) * 30)
for name in ['cbrt','erf','erfc','asinh','acosh','atanh','gamma','lgamma','expm1','log1p','sinh','tanh','exp','sin','tan','log','atan']:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(f(v).hex())
        except Exception as e:
            out.append(type(e).__name__)
    print(name, hashlib.md5(' '.join(out).encode()).hexdigest(), ' '.join(out[:3]))
for k in range(2, 6):
    out = []
    for i in range(0, 1500, k):
        out.append(math.hypot(*vals[i:i+k]).hex())
        out.append(math.dist(vals[i:i+k], vals[i+k:i+2*k]).hex())
    print('hypot', k, hashlib.md5(' '.join(out).encode()).hexdigest())
