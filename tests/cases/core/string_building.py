# Building strings: concatenation in loops, join, repetition, and simple
# text layout (tables, bars and boxes) without format specs.
parts = []
for i in range(5):
    parts.append(str(i * i))
print(",".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    if s:
        s += " | "
    s += word.upper()
print(s)
print("=" * 20)
data = {"apples": 7, "kiwis": 3, "cherries": 12}
longest = max([len(k) for k in data])
for name, count in data.items():
    print(name.ljust(longest), "#" * count, count)
print("=" * 20)


def box(lines):
    width = max([len(line) for line in lines])
    out = ["+" + "-" * (width + 2) + "+"]
    for line in lines:
        out.append("| " + line.ljust(width) + " |")
    out.append(out[0])
    return "\n".join(out)


print(box(["minipy", "a small Python", "in Rust"]))
digits = ""
n = 2 ** 40
while n > 0:
    digits = str(n % 10) + digits
    n //= 10
print(digits, digits == str(2 ** 40))


def with_commas(n):
    text = str(n)
    groups = []
    while len(text) > 3:
        groups.insert(0, text[-3:])
        text = text[:-3]
    groups.insert(0, text)
    return ",".join(groups)


print(with_commas(1), with_commas(1234), with_commas(1234567), with_commas(10 ** 20))


def to_binary(n):
    if n == 0:
        return "0"
    bits = ""
    while n:
        bits = str(n & 1) + bits
        n >>= 1
    return bits


print([to_binary(n) for n in [0, 1, 5, 255, 256]], to_binary(2 ** 70) == bin(2 ** 70)[2:])
row = ""
for i in range(1, 6):
    row += str(i) * i + " "
print(row.strip())
print("\n".join([" " * (4 - i) + "*" * (2 * i + 1) for i in range(5)]))
