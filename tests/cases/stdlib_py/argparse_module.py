# argparse: options and positionals of every common kind, defaults, types,
# choices, counts, appends, mutually exclusive groups, sub-commands, help
# and usage text, and the errors (which exit with status 2).
import argparse
import sys


def attempt(parser, words):
    try:
        print(parser.parse_args(words))
    except SystemExit as e:
        print("exit", e.code)


p = argparse.ArgumentParser(description="Process some integers.", prog="prog.py")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
               help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--mode", choices=["gil", "ft"], default="gil", help="which mode")
p.add_argument("-o", "--output", metavar="FILE")
p.add_argument("--tag", action="append", help="may repeat")
p.add_argument("--ratio", type=float, default=0.5, help="a float, default %(default)s")
p.add_argument("--dry-run", action="store_true")
p.print_help()
print(p.format_usage(), end="")
args = p.parse_args(["1", "2", "--sum", "-vv", "--tag", "a", "--tag=b", "--dry-run", "-o", "out.txt"])
print(args, args.accumulate(args.integers))
attempt(p, ["5", "--mode", "ft", "--ratio", "2.5", "-v", "7"])
attempt(p, ["3", "--verb", "--out=x"])
attempt(p, ["3", "--", "-4"])
attempt(p, [])
attempt(p, ["x"])
attempt(p, ["1", "--mode", "process"])
attempt(p, ["1", "--unknown"])
attempt(p, ["1", "--ratio"])
known, rest = p.parse_known_args(["1", "--unknown", "zz"])
print(known.integers, rest)

q = argparse.ArgumentParser(prog="copy")
q.add_argument("source")
q.add_argument("dest", nargs="?", default="here")
q.add_argument("extra", nargs="*")
q.add_argument("--count", "-n", type=int, default=3, help="how many (default: %(default)s)")
q.add_argument("--pair", nargs=2, metavar=("A", "B"))
g = q.add_mutually_exclusive_group()
g.add_argument("--fast", action="store_true")
g.add_argument("--safe", action="store_true")
q.add_argument("--no-color", dest="color", action="store_false")
q.add_argument("--version", action="version", version="%(prog)s 1.0")
q.print_help()
attempt(q, ["a"])
attempt(q, ["a", "b", "c", "d", "-n", "9", "--pair", "x", "y", "--no-color"])
attempt(q, ["a", "--fast", "--safe"])
attempt(q, ["a", "--pair", "x"])
attempt(q, ["--version"])
attempt(q, ["a", "-n5"])

tool = argparse.ArgumentParser(prog="tool")
tool.add_argument("--debug", action="store_true")
commands = tool.add_subparsers(dest="command", help="what to do")
run = commands.add_parser("run", help="run a script")
run.add_argument("script")
run.add_argument("--mode", default="gil")
run.set_defaults(handler="run-handler")
show = commands.add_parser("show", help="show a value")
show.add_argument("what", choices=["stats", "trace"])
tool.print_help()
attempt(tool, ["run", "x.py", "--mode", "free-threaded"])
attempt(tool, ["--debug", "show", "stats"])
attempt(tool, ["show", "nothing"])
attempt(tool, ["bogus"])
attempt(tool, [])

ns = argparse.Namespace(a=1, b="two")
print(ns, ns.a, "a" in ns, ns == argparse.Namespace(a=1, b="two"), vars(ns))
fmt = argparse.ArgumentParser(prog="fmt", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
fmt.add_argument("--size", type=int, default=10, help="the size")
fmt.add_argument("--name", default="x", help="the name")
fmt.print_help()
print(argparse.ArgumentParser(prog="empty").parse_args([]))
