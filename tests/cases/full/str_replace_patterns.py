# str.replace: one- and many-character patterns, ASCII and not, empty patterns, counts -1/0/1/2, replacements shorter, equal and longer than the pattern.
cases = ["", "a", "aaa", "aaaa", "hello world", "héllo wörld ö", "abcabcabc", "ñññ", "x" * 50]
olds = ["a", "aa", "o", "ö", "l", "abc", "ñ", "", "xx", "world", "zz"]
news = ["", "b", "XYZ", "ü", "😀"]
out = []
for s in cases:
    for o in olds:
        for n in news:
            for c in (-1, 0, 1, 2):
                out.append(s.replace(o, n, c))
print(len(out), sum(len(x) for x in out))
print(out[:40])
print(out[-40:])
print([x for x in out if 'ü' in x][:30])
