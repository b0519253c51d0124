# One-character strings from iteration, indexing and chr(): those below
# U+0100 are shared objects, others are made each time; all print alike.

s = "héllo wörld ☃ x"
print([c for c in s], list(reversed(s)), s[1], s[-3], chr(65), chr(233), chr(9731))
print("".join(reversed("abc")), s[2:5], s[::-2])
for c in "aé☃":
    print(c, ord(c), len(c))
it = iter("ab"); print(next(it), next(it), next(it, "end"))
print(sorted("banana"), set("aab") == {"a", "b"}, "x" * 3, max("abc"))
