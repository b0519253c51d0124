# Strings: indexing (also negative), iteration, len, in, concatenation,
# repetition, comparison and immutability of the original.
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5], len(s), s[len(s) - 1])
print("World" in s, "world" in s, "" in s, "lo, W" in s, "x" not in s)
print(s + "!", s * 2, 3 * "ab", "" * 5, "a" * 0, "a" * -2)
for ch in "abc":
    print(ch, ord(ch))
print("apple" < "apricot", "Apple" < "apple", "a" < "aa", "" < "a", "b" > "abc", "abc" == "abc", "abc" != "abd")
print(sorted(["banana", "Cherry", "apple", "apple pie", "Apple", "123", "_x"]))
t = s
s = s + "?"
print(t, s)
print(max("hello"), min("hello"), sorted("hello"), list("hi"), "".join(sorted("hello")))
word = ""
for part in ["a", "b", "c"]:
    word += part
print(word, len(word))
print("x" + str(1) + str(2.5) + str(None) + str(True) + str([1]))
print("%" + "d", "{}", "{0}", "\\")
