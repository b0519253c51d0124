# getopt.getopt and gnu_getopt, with CPython's errors.
import getopt

print(getopt.getopt(["-a", "-bval", "-c", "x", "--", "-d", "rest"], "ab:c:"))
print(getopt.getopt(["-abfoo", "file", "-c"], "ab:c"))
print(getopt.getopt(["--verbose", "--out=f.txt", "--num", "3", "arg"], "v", ["verbose", "out=", "num="]))
print(getopt.getopt(["--verb", "--o", "x"], "", ["verbose", "output="]))
print(getopt.gnu_getopt(["a", "-v", "b", "--out", "o", "c"], "v", ["out="]))
print(getopt.gnu_getopt(["a", "-v"], "+v"))
print(getopt.getopt(["-", "-a"], "a"))
print(getopt.getopt(["-a"], "a", "alpha"))
for argv, short, longs in [
    (["-x"], "a", []),
    (["-b"], "b:", []),
    (["--nope"], "", ["yes"]),
    (["--out"], "", ["out="]),
    (["--flag=1"], "", ["flag"]),
    (["--ve"], "", ["verbose", "version"]),
]:
    try:
        getopt.getopt(argv, short, longs)
    except getopt.GetoptError as e:
        print(type(e).__name__, e, repr(e.opt), e.msg, e.args)
print(getopt.error is getopt.GetoptError)
