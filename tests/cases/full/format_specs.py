# Format specs in f-strings and format(): width, alignment, fill, sign,
# precision, thousands separators, percentages, bases and nested specs.
pi = 3.141592653589793
n = 1234567
print(f"[{pi:.2f}] [{pi:10.3f}] [{pi:<10.1f}] [{pi:^10.4f}] [{pi:+.2f}] [{-pi:.0f}] [{pi:e}] [{pi:.3e}] [{pi:g}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:012}] [{n:+}] [{-n:,}] [{n:x}] [{n:X}] [{n:o}] [{n:b}] [{n:#x}] [{n:#b}]")
print(f"[{'left':<10}] [{'right':>10}] [{'mid':^10}] [{'fill':*^10}] [{'trunc':.3}] [{'x':-<5}]")
print(f"[{0.5:%}] [{0.256:.1%}] [{1e10:g}] [{1e-10:g}] [{123.0:g}] [{0.0001234:.2g}] [{2.5:.0f}] [{3.5:.0f}]")
print(f"[{42:5d}] [{42:<5d}] [{42:^5}] [{-42:05d}] [{42:=+6}] [{7:3}] [{True}] [{None!r}] [{'q'!r}]")
width = 8
precision = 3
print(f"[{pi:{width}.{precision}f}] [{'nested':>{width}}]")
print(format(pi, ".3f"), format(255, "x"), format(0.5, ".0%"), format("s", ">3"), format(12345.678, ",.1f"))
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.125)]
print(f"{'item':<8}|{'qty':>5}|{'price':>8}")
for item, qty, price in rows:
    print(f"{item:<8}|{qty:>5}|{price:>8.2f}")
x = 10
print(f"{x=}", f"{x * 2=}", f"{pi=:.2f}")
print(f"{1e16:.0f} {2**70:,} {-0.0:.1f} {float('inf'):f} {float('nan'):.2f} {1.0:.10g}")
