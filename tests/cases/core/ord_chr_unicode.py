# ord() and chr() across ASCII and beyond, len() counts code points, and
# string comparison orders by code point.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("\t"), ord("~"), ord("\x00"))
print(chr(97), chr(65), chr(48), repr(chr(32)), repr(chr(10)), repr(chr(0)), chr(126))
print(ord("é"), ord("ñ"), ord("€"), ord("中"), ord("😀"), chr(233), chr(8364), chr(20013), chr(128512))
print(len("héllo"), len("中文"), len("😀😀"), "héllo"[1], "中文"[-1], "😀x"[1], "a😀b"[::-1])
print("a" < "b" < "z" < "é" < "中" < "😀", sorted(["é", "e", "z", "E", "中"]), max("aé"), min("zé"))
alphabet = "".join([chr(ord("a") + i) for i in range(26)])
print(alphabet, alphabet.upper())
print([ord(c) - ord("0") for c in "2024"], "".join([chr(c) for c in [72, 105, 33]]))


def rot13(text):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - 97 + 13) % 26 + 97)
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - 65 + 13) % 26 + 65)
        else:
            out += ch
    return out


print(rot13("Hello, World!"), rot13(rot13("Hello, World!")))
print("ÉCOLE".lower(), "straße".upper(), "über".capitalize(), "ÀÉÎ".isupper(), "àéî".isalpha())
