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

A slow program does not hold the whole run hostage: each program and
interpreter gets a time budget (--budget; fewer timed runs are made when the
warm-up shows they would not fit, and the table says so), each run a time
limit (--timeout). The results file is rewritten after every program, so an
interrupted run (Ctrl-C, SIGTERM, a time limit around the harness) still
leaves the rows measured so far, marked partial, and prints them. The exit
status is 0 only when every program ran and matched CPython's output.

Timings are noisy on shared machines: compare medians from the same run,
and never turn them into pass/fail thresholds in `cargo test`.
"""

import argparse
import datetime
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shown_path(path):
    """A path as the results file shows it: relative to the repository, so
    that no machine's directory layout is written into the repository."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return Path(path).name
PROGRAMS = ROOT / "benches" / "programs"
DEFAULT_OUTPUT = ROOT / "benches" / "results.md"


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5, help="timed runs per program and interpreter (default 5)")
    p.add_argument("--modes", default="gil", help="comma-separated minipy modes to time (default gil)")
    p.add_argument("--filter", default="", help="only programs whose file name contains this text")
    p.add_argument("--python", default=None, help="CPython to compare with (default /usr/bin/python3.11)")
    p.add_argument("--minipy", default=None, help="minipy binary (default: the release build)")
    p.add_argument("--no-build", action="store_true", help="do not run `cargo build --release` first")
    p.add_argument("--output", default=str(DEFAULT_OUTPUT), help="Markdown results file (default benches/results.md)")
    p.add_argument("--timeout", type=float, default=300, help="seconds before one run is abandoned (default 300)")
    p.add_argument(
        "--budget",
        type=float,
        default=120,
        help="seconds of timed runs per program and interpreter; fewer runs are made when "
        "the warm-up shows --runs would not fit (default 120)",
    )
    args = p.parse_args()
    if args.runs < 1:
        p.error("--runs must be at least 1")
    if args.timeout <= 0 or args.budget <= 0:
        p.error("--timeout and --budget must be positive")
    return args


class Interrupted(Exception):
    """SIGTERM (e.g. from `timeout`) or SIGINT while measuring."""

    def __init__(self, signum):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def on_signal(signum, _frame):
    raise Interrupted(signum)


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


def run_once(cmd, timeout):
    """Runs cmd, returning (seconds, exit code, stdout, stderr); the exit
    code is None when the run took longer than `timeout` seconds."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return timeout, None, b"", f"timed out after {timeout:g}s".encode()
    return time.perf_counter() - start, proc.returncode, proc.stdout, proc.stderr


class Measurement:
    """The median of the timed runs (None when the program failed), the
    output of the warm-up run, how many runs were timed, and what went wrong."""

    def __init__(self, median=None, output=b"", runs=0, problem=None):
        self.median, self.output, self.runs, self.problem = median, output, runs, problem


def measure(cmd, args):
    """One warm-up run, then up to `args.runs` timed runs: as many as fit in
    `args.budget` seconds judging by the warm-up, but at least one."""
    warm, code, out, err = run_once(cmd, args.timeout)
    if code != 0:
        reason = err.decode("utf-8", "replace").strip().splitlines()
        return Measurement(output=out, problem=reason[-1] if reason else f"exit code {code}")
    runs = max(1, min(args.runs, int(args.budget // max(warm, 1e-9))))
    times = []
    for _ in range(runs):
        seconds, code, _, err = run_once(cmd, args.timeout)
        if code != 0:
            reason = "timed out" if code is None else f"exit code {code}"
            return Measurement(output=out, problem=f"{reason} on a later run")
        times.append(seconds)
    return Measurement(statistics.median(times), out, runs)


def version_of(cmd):
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (proc.stdout or proc.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "unknown"


def git_commit(output):
    """HEAD, flagged when the tree has changes other than the results file."""
    status = ["git", "status", "--porcelain", "--", "."]
    out = Path(output).resolve()
    if out.is_relative_to(ROOT):
        status += [f":(exclude){out.relative_to(ROOT)}", f":(exclude){out.relative_to(ROOT)}.tmp"]
    try:
        proc = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(status, cwd=ROOT, capture_output=True, text=True)
        return proc.stdout.strip() + (" (uncommitted changes)" if dirty.stdout.strip() else "")
    except OSError:
        return "unknown"


def fmt_seconds(m, wanted):
    if m.median is None:
        return "n/a"
    return f"{m.median:.3f}s" + ("" if m.runs == wanted else f" (n={m.runs})")


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
    report = Report(args, python, minipy, headers, len(programs))
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    print(f"timing {len(programs)} programs, median of {args.runs} runs (after one warm-up)", flush=True)
    status = 0
    try:
        for prog in programs:
            report.add(measure_program(args, python, minipy, modes, prog))
    except Interrupted as stop:
        report.interrupted = str(stop)
        status = 128 + stop.signum
    report.finish()
    if status == 0 and report.notes:
        status = 1
    sys.exit(status)


def measure_program(args, python, minipy, modes, prog):
    """One table row and its notes."""
    rel = str(prog.relative_to(ROOT))
    notes = []
    base = measure([python, rel], args)
    row = [prog.stem, fmt_seconds(base, args.runs)]
    if base.problem:
        notes.append(f"{prog.stem}: CPython failed: {base.problem}")
    for mode in modes:
        m = measure([minipy, "run", rel, "--mode", mode], args)
        if m.problem:
            notes.append(f"{prog.stem} [{mode}]: minipy failed: {m.problem}")
        elif base.problem is None and m.output != base.output:
            notes.append(f"{prog.stem} [{mode}]: output differs from CPython's")
        ratio = "n/a" if m.median is None or not base.median else f"{m.median / base.median:.2f}x"
        row += [fmt_seconds(m, args.runs), ratio]
    print("  " + " | ".join(row), flush=True)
    return row, notes


class Report:
    """The rows measured so far; the results file is rewritten after each."""

    def __init__(self, args, python, minipy, headers, total):
        self.args, self.python, self.minipy = args, python, minipy
        self.headers, self.total = headers, total
        self.rows, self.notes = [], []
        self.interrupted = None
        self.machine = [
            f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}",
            f"- commit: {git_commit(args.output)}",
            f"- machine: {platform.platform()}, {os.cpu_count()} logical CPUs",
            f"- CPython: {version_of([python, '--version'])} (`{python}`)",
            f"- minipy: {version_of([minipy, '--version'])} (`{shown_path(minipy)}`)",
            f"- method: median wall-clock time of {args.runs} runs after one warm-up run "
            f"(fewer, shown as n=..., where they would exceed the {args.budget:g}s budget per "
            "program and interpreter), including interpreter start-up; ratio = minipy / CPython "
            "(lower is better)",
        ]

    def add(self, measured):
        row, notes = measured
        self.rows.append(row)
        self.notes += notes
        self.write()

    def status(self):
        if self.interrupted:
            return f"PARTIAL: interrupted by {self.interrupted} after {len(self.rows)} of {self.total} programs"
        if len(self.rows) < self.total:
            return f"PARTIAL: in progress, {len(self.rows)} of {self.total} programs so far"
        return None

    def write(self):
        text = "# Benchmark results\n\nGenerated by `benches/run.py`; do not edit by hand.\n\n"
        status = self.status()
        if status:
            text += f"**{status}**\n\n"
        text += "\n".join(self.machine) + "\n\n" + render_table(self.headers, self.rows) + "\n"
        if self.notes:
            text += "\nNotes:\n\n" + "\n".join(f"- {n}" for n in self.notes) + "\n"
        out = Path(self.args.output)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(text)
        os.replace(tmp, out)

    def finish(self):
        # Ignore further signals while the summary is written.
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_IGN)
        self.write()
        print()
        status = self.status()
        if status:
            print(status)
        print(render_table(self.headers, self.rows))
        for note in self.notes:
            print("note: " + note)
        print(f"\nwrote {self.args.output}", flush=True)


def render_table(headers, rows):
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]
    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), sep] + [line(r) for r in rows])


if __name__ == "__main__":
    main()
