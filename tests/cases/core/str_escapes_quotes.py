# String literals: every quote form, escape sequences, raw strings, implicit
# concatenation, and how repr chooses quotes and escapes.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes" and \'apostrophes\'', "it's")
print("tab:\t|", "newline:\n|", "backslash:\\|", "bell-free:\x41\x42", "\u00e9\u20ac", "\101\102\7"[0:2])
print(repr("\0"), repr("\x7f"), repr("\x1b[0m"), repr("\r\n"), repr("\a\b\f\v"), repr("é€ü"), repr("\u2028"))
print(repr('a"b'), repr("a'b"), repr("a'b\"c"), repr(''), repr("\\n"), repr('\t'))
print(r"raw \n stays", r'C:\new\table', len(r"\n"), len("\n"), R"\d+", r"\"")
print("implicit " 'concatenation ' """of three""", "and" "more")
multi = """line one
line two\
 continued
    indented line"""
print(multi)
print(repr(multi))
print('''He said "it's fine"''', """'quoted' "both\"""")
print("\u2022 bullet")
long = ("a very long string "
        "split over "
        "three lines")
print(long, len(long))
print("unicode:", "naïve café", len("naïve café"), "日本語", len("日本語"), "😀", len("😀"))
print(repr("😀"), repr("\U0001F600"), "\U0001F600" == "😀", ord("😀"))
