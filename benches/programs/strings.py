# Benchmark: strings. Building text by concatenation and join, splitting,
# replacing, slicing, f-strings and str methods.
parts = []
for i in range(100000):
    parts.append(f"item{i}")
text = ",".join(parts)
fields = text.split(",")
total = 0
for f in fields:
    if f.endswith("7"):
        total += len(f.upper())
s = ""
for i in range(50000):
    s += str(i % 10)
replaced = text.replace("item", "x")
words = 0
for k in range(0, len(replaced), 1000):
    chunk = replaced[k:k + 1000]
    words += chunk.count(",")
print(len(text), len(fields), total, len(s), s[-10:], len(replaced), words)
