# argparse: long descriptions and help wrapped, required options, nargs='?' with
# const, '*' defaults, type conversion of string defaults, argument groups,
# usage lines wrapped between bracketed units.
import argparse
p = argparse.ArgumentParser(prog="long_program_name_here", description="A description that is long enough that it has to be wrapped onto more than one line by the formatter, which is what we check here.", epilog="Some epilog text.")
p.add_argument("--alpha-option-with-long-name", metavar="VALUE", help="This help text is long enough that it needs to wrap across several lines in the help output.")
p.add_argument("-r", "--required-thing", required=True, help="needed")
p.add_argument("--level", nargs="?", const=5, default=1, type=int)
p.add_argument("--items", nargs="*", default=["x"])
p.add_argument("--upper", type=str.upper, default="abc")
p.add_argument("--limit", type=int, default="7")
grp = p.add_argument_group("advanced", "Settings for experts.")
grp.add_argument("--workers", type=int, default=4, help="number of workers")
p.add_argument("files", nargs="*", help="input files")
p.print_help()
for words in [["-r", "x"], ["-r", "x", "--level"], ["-r", "x", "--level", "9", "--items"], ["--items", "a", "b", "-r", "y", "f1", "f2"], ["--upper", "hey", "-rz"], []]:
    try:
        print(p.parse_args(words))
    except SystemExit as e:
        print("exit", e.code)
w = argparse.ArgumentParser(prog="w")
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]:
    w.add_argument(name + "_positional_argument", nargs="+")
w.print_usage()
