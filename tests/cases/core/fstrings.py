# f-strings with {expr} holes: arithmetic, calls, indexing, nested quotes,
# escaped braces, multiple holes, and values of every core type.
name = "world"
n = 42
xs = [1, 2, 3]
d = {"key": "value", 1: "one"}
print(f"hello {name}")
print(f"{n} {n + 1} {n * 2} {n // 5} {n / 5} {-n} {n ** 2} {n > 40}")
print(f"{xs} {xs[0]} {xs[-1]} {len(xs)} {sum(xs)} {xs[1:]}")
print(f"{d} {d['key']} {d[1]} {d.get('missing')}")
print(f"{name.upper()} {name[::-1]} {name * 2} {'-'.join(name)}")
print(f"{{}} {{name}} {{{name}}} {{{{")
print(f"{None} {True} {False} {0.1 + 0.2} {1e100} {2 ** 100} {()} {(1,)} {[]} {{}}")
print(f"{n}{n}{n}", f"", f"plain", f"{'nested' + ' quotes'}", f'{"double inside single"}')
print(f"{str(n)} {repr(name)} {repr(1.0)} {str('x')}")
print(F"upper F {n}", f"""triple {n}
second line {name}""")
print(f"{n}" + f"{n}", f"a" f"b{n}" "c", f"{[k * k for k in range(4)]}")
print(f"{min(3, 1, 2)} {max(xs)} {abs(-n)}")
items = {"apples": 3, "pears": 0}
for fruit, count in items.items():
    print(f"We have {count} {fruit}. Empty: {count == 0}.")
width = 6
print(f"{str(n).rjust(width)}|{name.ljust(width)}|{name.center(width + 3)}|")
print(f"tab\there", f"newline\\n escaped", rf"raw {name}\n", fr"also raw \t{n}")
