# str methods: case, whitespace and character stripping, searching,
# splitting and joining, replacing, predicates and padding.
s = "  The Quick brown fox  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcba".strip("ab")))
print(repr("  \t\n x \n".strip()), repr("www.example.com".lstrip("w.")), repr("file.txt...".rstrip(".")))
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hello world".capitalize(), "HELLO".capitalize())
print("banana".find("na"), "banana".find("na", 3), "banana".find("na", 5), "banana".find("x"), "banana".rfind("na"))
print("banana".index("a"), "banana".rindex("a"), "banana".count("a"), "banana".count("na"), "banana".count(""), "aaa".count("aa"))
print("a,b,c".split(","), "a,,b".split(","), "a b   c ".split(), " ".split(), "".split(), "".split(","), "a,b,c".split(",", 1))
print("a-b-c".rsplit("-", 1), "one two three".split(" ", 5), "line1\nline2\n".split("\n"), "x".split("x"))
print("a\nb\r\nc\n".splitlines(), "".splitlines(), "no newline".splitlines())
print(", ".join(["a", "b", "c"]), "".join([]), "-".join("abc"), " ".join(["one"]), "+".join([str(n) for n in [1, 2]]))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "hello".replace("", "-"), "aaa".replace("a", "aa"), "abc".replace("x", "y"))
print("abc".startswith("a"), "abc".startswith("bc"), "abc".endswith("bc"), "abc".startswith(("x", "a")), "abc".endswith(""))
print("123".isdigit(), "12.3".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "ab1".isalnum(), " \t".isspace(), "".isspace())
print("ABC".isupper(), "AbC".isupper(), "abc".islower(), "abc1".islower(), "123".isupper(), "Title Case".istitle())
print("hi".center(8), "|", "hi".center(7, "*"), "|", "hi".ljust(5), "|", "hi".rjust(5), "|", "hi".ljust(1), "|", "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
print("key=value=x".partition("="), "no sep".partition("="), "a.b.c".rpartition("."))
print("Hello".lower() == "hello", "ß".upper(), "İ".lower() == "i̇", "ǅ".lower())
print("x".join(["1", "2", "3"]).split("x"), "  padded  ".strip().upper().center(12, "."))
word = "Mississippi"
print(word.lower().count("ss"), word.replace("ss", "SS"), word.find("ss", 3), word[word.find("p"):])
