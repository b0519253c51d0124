# Text processing with core features: anagram groups, vowels, acronyms,
# palindromes, word wrapping and a simple template substitution.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    if key not in groups:
        groups[key] = []
    groups[key].append(w)
for key in sorted(groups):
    print(key, groups[key])
sentence = "Portable Network Graphics is a raster format"
print("".join([w[0] for w in sentence.split() if w[0].isupper()]))
vowels = 0
for ch in sentence.lower():
    if ch in "aeiou":
        vowels += 1
print("vowels:", vowels)
for candidate in ["Was it a car or a cat I saw", "No lemon, no melon", "Not a palindrome"]:
    letters = [c.lower() for c in candidate if c.isalpha()]
    print(repr(candidate), letters == letters[::-1])


def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        elif line:
            line += " " + word
        else:
            line = word
    if line:
        lines.append(line)
    return lines


text = "the quick brown fox jumps over the lazy dog and keeps running far away"
for line in wrap(text, 16):
    print("|" + line.ljust(16) + "|")


def render(template, values):
    out = template
    for key, value in values.items():
        out = out.replace("{{" + key + "}}", str(value))
    return out


print(render("Dear {{name}}, you owe {{amount}} coins. Bye {{name}}!", {"name": "Ann", "amount": 2 ** 10}))
csv = "name,qty,price\napple,3,0.5\npear,10,0.25\nfig,1,2.0"
rows = [line.split(",") for line in csv.split("\n")]
header = rows[0]
total = 0.0
for row in rows[1:]:
    record = dict(zip(header, row))
    cost = int(record["qty"]) * float(record["price"])
    total += cost
    print(record["name"], cost)
print("total", total)
