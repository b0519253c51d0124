#!/usr/bin/env python3
"""Time minipy against CPython on the programs in benches/programs/.

Usage (from anywhere; only the Python standard library is needed):

    /usr/bin/python3.11 benches/run.py                 # build, 5 runs each, gil mode
    /usr/bin/python3.11 benches/run.py --runs 9 --modes gil,free-threaded
    /usr/bin/python3.11 benches/run.py --no-build --filter fib

It builds the release binary (`cargo build --release`), runs every program
under CPython and under minipy (once per mode) N times, checks that minipy's
output matches CPython's, and prints a table of median wall-clock times with
the ratio minipy/CPython (lower is better; 1.00 means as fast as CPython).
The same table, with details of the machine, goes to benches/results.md.

Timings are noisy on shared machines: compare medians from the same run,
and never turn them into pass/fail thresholds in `cargo test`.
"""

import argparse
import datetime
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benches" / "programs"
DEFAULT_OUTPUT = ROOT / "benches" / "results.md"
TIMEOUT = 600


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5, help="timed runs per program and interpreter (default 5)")
    p.add_argument("--modes", default="gil", help="comma-separated minipy modes to time (default gil)")
    p.add_argument("--filter", default="", help="only programs whose file name contains this text")
    p.add_argument("--python", default=None, help="CPython to compare with (default /usr/bin/python3.11)")
    p.add_argument("--minipy", default=None, help="minipy binary (default: the release build)")
    p.add_argument("--no-build", action="store_true", help="do not run `cargo build --release` first")
    p.add_argument("--output", default=str(DEFAULT_OUTPUT), help="Markdown results file (default benches/results.md)")
    args = p.parse_args()
    if args.runs < 1:
        p.error("--runs must be at least 1")
    return args


def find_python(explicit):
    if explicit:
        return explicit
    if Path("/usr/bin/python3.11").is_file():
        return "/usr/bin/python3.11"
    return sys.executable


def build_release():
    cmd = ["cargo", "build", "--release"]
    print("+ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)


def release_binary():
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    return target / "release" / "minipy"


def run_once(cmd):
    """Runs cmd, returning (seconds, exit code, stdout, stderr)."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return TIMEOUT, None, b"", b"timed out"
    return time.perf_counter() - start, proc.returncode, proc.stdout, proc.stderr


def measure(cmd, runs):
    """Median seconds over `runs` runs after one warm-up, plus the output of
    the first run; or None and the reason when the command fails."""
    _, code, out, err = run_once(cmd)
    if code != 0:
        reason = err.decode("utf-8", "replace").strip().splitlines()
        return None, out, (reason[-1] if reason else f"exit code {code}")
    times = []
    for _ in range(runs):
        seconds, code, _, err = run_once(cmd)
        if code != 0:
            return None, out, f"exit code {code} on a later run"
        times.append(seconds)
    return statistics.median(times), out, None


def version_of(cmd):
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (proc.stdout or proc.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "unknown"


def git_commit():
    try:
        proc = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True)
        return proc.stdout.strip() + (" (uncommitted changes)" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


def fmt_seconds(s):
    return "n/a" if s is None else f"{s:.3f}s"


def main():
    args = parse_args()
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    python = find_python(args.python)
    if not args.no_build and not args.minipy:
        build_release()
    minipy = args.minipy or str(release_binary())
    if not Path(minipy).is_file():
        sys.exit(f"minipy binary not found at {minipy}; build it with `cargo build --release`")

    programs = sorted(p for p in PROGRAMS.glob("*.py") if args.filter in p.name)
    if not programs:
        sys.exit(f"no benchmark programs in {PROGRAMS} match {args.filter!r}")

    headers = ["program", "CPython"]
    for mode in modes:
        headers += [f"minipy {mode}", f"ratio ({mode})"]
    rows = []
    notes = []
    print(f"timing {len(programs)} programs, median of {args.runs} runs (after one warm-up)", flush=True)
    for prog in programs:
        rel = str(prog.relative_to(ROOT))
        base, expected, problem = measure([python, rel], args.runs)
        row = [prog.stem, fmt_seconds(base)]
        if problem:
            notes.append(f"{prog.stem}: CPython failed: {problem}")
        for mode in modes:
            t, out, problem = measure([minipy, "run", rel, "--mode", mode], args.runs)
            if problem:
                notes.append(f"{prog.stem} [{mode}]: minipy failed: {problem}")
            elif out != expected:
                notes.append(f"{prog.stem} [{mode}]: output differs from CPython's")
            ratio = "n/a" if t is None or not base else f"{t / base:.2f}x"
            row += [fmt_seconds(t), ratio]
        rows.append(row)
        print("  " + " | ".join(row), flush=True)

    table = render_table(headers, rows)
    print()
    print(table)
    for note in notes:
        print("note: " + note)

    machine = [
        f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}",
        f"- commit: {git_commit()}",
        f"- machine: {platform.platform()}, {os.cpu_count()} logical CPUs",
        f"- CPython: {version_of([python, '--version'])} (`{python}`)",
        f"- minipy: {version_of([minipy, '--version'])} (`{minipy}`)",
        f"- method: median wall-clock time of {args.runs} runs after one warm-up run, "
        "including interpreter start-up; ratio = minipy / CPython (lower is better)",
    ]
    text = "# Benchmark results\n\nGenerated by `benches/run.py`; do not edit by hand.\n\n"
    text += "\n".join(machine) + "\n\n" + table + "\n"
    if notes:
        text += "\nNotes:\n\n" + "\n".join(f"- {n}" for n in notes) + "\n"
    Path(args.output).write_text(text)
    print(f"\nwrote {args.output}")


def render_table(headers, rows):
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]
    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), sep] + [line(r) for r in rows])


if __name__ == "__main__":
    main()
