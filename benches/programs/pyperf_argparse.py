# Benchmark: pyperformance's "argparse": build argparse parsers (subparsers,
# groups, a thousand optionals) and parse command lines. Adapted for minipy.
# Origin: https://github.com/python/pyperformance, pyperformance/data-files/
# benchmarks/bm_argparse/ (MIT License, Copyright (c) 2017 Python Software
# Foundation; benchmark by Savannah Ostrowski).
# The pyperf.Runner harness is replaced by a fixed number of loops, and
# the program prints the parsed namespaces so its output can be compared
# with CPython's. Run with the argument `small`, it does the same work at a
# small size: that is how the CPython-diff tests (group `pyperf`) run it.

import argparse
import sys

SMALL = sys.argv[1:] == ["small"]
LOOPS = 2 if SMALL else 12
OPTIONALS = 100 if SMALL else 1000


def generate_arguments(count):
    arguments = ["input.txt", "output.txt"]
    for i in range(count):
        arguments.extend([f"--option{i}", f"value{i}"])
    return arguments


def bm_subparsers():
    parser = argparse.ArgumentParser(description="A version control system CLI")
    parser.add_argument("--version", action="version", version="1.0")
    subparsers = parser.add_subparsers(dest="command", required=True)

    add_parser = subparsers.add_parser("add", help="Add a file to the repository")
    add_parser.add_argument("files", nargs="+", help="List of files to add to staging")

    commit_parser = subparsers.add_parser("commit", help="Commit changes to the repository")
    commit_parser.add_argument("-m", "--message", required=True, help="Commit message")
    commit_group = commit_parser.add_mutually_exclusive_group(required=False)
    commit_group.add_argument("--amend", action="store_true", help="Amend the last commit")
    commit_group.add_argument("--no-edit", action="store_true", help="Reuse the last commit message")

    push_parser = subparsers.add_parser("push", help="Push changes to remote repository")
    network_group = push_parser.add_argument_group("Network options")
    network_group.add_argument("--dryrun", action="store_true", help="Simulate changes")
    network_group.add_argument("--timeout", type=int, default=30, help="Timeout in seconds")
    auth_group = push_parser.add_argument_group("Authentication options")
    auth_group.add_argument("--username", required=True, help="Username for authentication")
    auth_group.add_argument("--password", required=True, help="Password for authentication")

    global_group = parser.add_mutually_exclusive_group()
    global_group.add_argument("--verbose", action="store_true", help="Verbose output")
    global_group.add_argument("--quiet", action="store_true", help="Quiet output")

    argument_lists = [
        ["--verbose", "add", "file1.txt", "file2.txt"],
        ["add", "file1.txt", "file2.txt"],
        ["commit", "-m", "Initial commit"],
        ["commit", "-m", "Add new feature", "--amend"],
        ["push", "--dryrun", "--timeout", "60", "--username", "user", "--password", "pass"],
    ]
    return [parser.parse_args(arguments) for arguments in argument_lists]


def bm_many_optionals():
    parser = argparse.ArgumentParser()
    parser.add_argument("input_file", type=str, help="The input file")
    parser.add_argument("output_file", type=str, help="The output file")
    for i in range(OPTIONALS):
        parser.add_argument(f"--option{i}", type=str, help=f"Optional argument {i}")
    argument_lists = [generate_arguments(OPTIONALS // 2), generate_arguments(OPTIONALS)]
    return [parser.parse_args(args) for args in argument_lists]


if __name__ == "__main__":
    for _ in range(LOOPS):
        parsed = bm_subparsers()
        optionals = bm_many_optionals()
    for namespace in parsed:
        print(namespace)
    for namespace in optionals:
        values = vars(namespace)
        print(len(values), values["input_file"], values[f"option{OPTIONALS // 2 - 1}"], values[f"option{OPTIONALS - 1}"])
