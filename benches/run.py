#!/usr/bin/env python3
"""Time minipy against CPython 3.11 and regenerate BENCHMARKS.md.

Usage (from anywhere; only the Python standard library is needed):

    /usr/bin/python3.11 benches/run.py                      # build, 5 rounds, gil + free-threaded
    /usr/bin/python3.11 benches/run.py --runs 9 --modes gil,free-threaded,process
    /usr/bin/python3.11 benches/run.py --no-build --filter fib --no-system

Two parts:

* Programs (benches/programs/): every program runs under CPython and under
  minipy in each mode, alternating (CPython, gil, free-threaded, CPython,
  ...) so that a change in the machine's load hits every interpreter
  alike. One warm-up round, then --runs timed rounds; the table shows the
  median wall-clock time of each, the ratio minipy/CPython (lower is
  better; 1.00 is as fast as CPython) and, when both modes are timed,
  free-threaded/gil. The last row is the geometric mean of the ratios.
  minipy's output must equal CPython's, or the row is flagged.
* System (benches/system/): programs that measure one thing themselves and
  print `name value unit` lines (thread start+join, process start, queue
  rates, 2-thread/2-process CPU scaling); the harness reports the median
  of each line over the rounds. Start-up time and peak memory come from
  running an empty program (CPython: `python3.11 -c pass`).

A slow program does not hold the whole run hostage: each program gets a
time budget (--budget; fewer rounds are made when the warm-up shows --runs
would not fit, and the table says so) and each run a time limit
(--timeout). The results file is rewritten after every program, so an
interrupted run still leaves the rows measured so far, marked partial.
The exit status is 0 only when every program ran and matched CPython.

Timings are noisy on shared machines: compare medians and ratios from the
same run, and never turn them into pass/fail thresholds in `cargo test`.
"""

import argparse
import datetime
import math
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "benches" / "programs"
SYSTEM = ROOT / "benches" / "system"
DEFAULT_OUTPUT = ROOT / "BENCHMARKS.md"
GNU_TIME = "/usr/bin/time"


def shown_path(path):
    """A path as the results file shows it: relative to the repository, so
    that no machine's directory layout is written into the repository."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return Path(path).name


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5, help="timed rounds per program (default 5)")
    p.add_argument("--modes", default="gil,free-threaded", help="comma-separated minipy modes (default gil,free-threaded)")
    p.add_argument("--filter", default="", help="only programs whose file name contains this text")
    p.add_argument("--python", default=None, help="CPython to compare with (default /usr/bin/python3.11)")
    p.add_argument("--minipy", default=None, help="minipy binary (default: the release build)")
    p.add_argument("--no-build", action="store_true", help="do not run `cargo build --release` first")
    p.add_argument("--no-system", action="store_true", help="skip the system measurements")
    p.add_argument("--output", default=str(DEFAULT_OUTPUT), help="Markdown results file (default BENCHMARKS.md)")
    p.add_argument("--timeout", type=float, default=300, help="seconds before one run is abandoned (default 300)")
    p.add_argument("--budget", type=float, default=120, help="seconds of timed rounds per program (default 120)")
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


def release_binary():
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    return target / "release" / "minipy"


class Run:
    """One finished process: seconds, exit code (None on time-out) and
    output."""

    def __init__(self, seconds, code, stdout, stderr):
        self.seconds, self.code, self.stdout, self.stderr = seconds, code, stdout, stderr

    def problem(self):
        if self.code == 0:
            return None
        if self.code is None:
            return "timed out"
        lines = self.stderr.decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else f"exit code {self.code}"


def run_once(cmd, timeout):
    """Runs cmd, measuring its wall-clock time."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return Run(timeout, None, b"", b"")
    return Run(time.perf_counter() - start, proc.returncode, out, err)


def peak_memory_kib(cmd, timeout):
    """Peak resident memory of one run of cmd in KiB, or None.

    Measured by GNU time, not by wait4 from here: Linux carries a process's
    peak-memory figure across fork and exec, so any child this (larger)
    Python process starts would report at least this process's own size.
    GNU time is small, so the figure it reports is the program's."""
    if not Path(GNU_TIME).is_file():
        return None
    try:
        proc = subprocess.run([GNU_TIME, "-f", "%M"] + cmd, cwd=ROOT, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
        return int(proc.stderr.decode().strip().splitlines()[-1])
    except (subprocess.TimeoutExpired, ValueError, IndexError):
        return None


class Contender:
    """An interpreter under test: a label and how to run a file with it."""

    def __init__(self, label, prefix, suffix=()):
        self.label, self.prefix, self.suffix = label, list(prefix), list(suffix)

    def command(self, rel):
        return self.prefix + [rel] + self.suffix


def contenders(python, minipy, modes):
    result = [Contender("CPython", [python])]
    for mode in modes:
        result.append(Contender(f"minipy {mode}", [minipy, "run"], ["--mode", mode]))
    return result


def alternate(cmds, args):
    """One warm-up round, then up to args.runs timed rounds in which every
    command runs once, in turn. Returns (runs per command, warm-up runs,
    rounds made)."""
    warm = [run_once(cmd, args.timeout) for cmd in cmds]
    round_seconds = sum(r.seconds for r in warm)
    rounds = max(1, min(args.runs, int(args.budget // max(round_seconds, 1e-9))))
    runs = [[] for _ in cmds]
    for _ in range(rounds):
        for i, cmd in enumerate(cmds):
            if warm[i].code == 0:
                runs[i].append(run_once(cmd, args.timeout))
    return runs, warm, rounds


def median_seconds(runs):
    ok = [r.seconds for r in runs if r.code == 0]
    return statistics.median(ok) if ok and len(ok) == len(runs) else None


def fmt_seconds(seconds, rounds, wanted):
    if seconds is None:
        return "n/a"
    return f"{seconds:.3f}s" + ("" if rounds == wanted else f" (n={rounds})")


def fmt_ratio(x):
    return "n/a" if x is None else f"{x:.2f}x"


def geometric_mean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def measure_program(args, people, prog):
    """One table row (cells), its ratios per mode, and notes."""
    rel = str(prog.relative_to(ROOT))
    runs, warm, rounds = alternate([c.command(rel) for c in people], args)
    notes = []
    medians = [median_seconds(r) for r in runs]
    base = medians[0]
    if warm[0].problem():
        notes.append(f"{prog.stem}: CPython failed: {warm[0].problem()}")
    row = [prog.stem, fmt_seconds(base, rounds, args.runs)]
    ratios = {}
    for c, w, m in zip(people[1:], warm[1:], medians[1:]):
        if w.problem():
            notes.append(f"{prog.stem} [{c.label}]: failed: {w.problem()}")
        elif warm[0].code == 0 and w.stdout != warm[0].stdout:
            notes.append(f"{prog.stem} [{c.label}]: output differs from CPython's")
        ratio = m / base if m is not None and base else None
        ratios[c.label] = ratio
        row += [fmt_seconds(m, rounds, args.runs), fmt_ratio(ratio)]
    gil, ft = medians_by_mode(people, medians, "gil"), medians_by_mode(people, medians, "free-threaded")
    if gil is not None or ft is not None:
        ratios["ft/gil"] = ft / gil if ft and gil else None
        row.append(fmt_ratio(ratios["ft/gil"]))
    print("  " + " | ".join(row), flush=True)
    return row, ratios, notes


def medians_by_mode(people, medians, mode):
    for c, m in zip(people, medians):
        if c.label == f"minipy {mode}":
            return m
    return None


def parse_metrics(stdout):
    """`name value unit` lines: the value is the last-but-one word."""
    metrics = {}
    for line in stdout.decode("utf-8", "replace").splitlines():
        words = line.split()
        if len(words) >= 3:
            try:
                metrics[" ".join(words[:-2])] = (float(words[-2]), words[-1])
            except ValueError:
                pass
    return metrics


def measure_system(args, people):
    """Rows of (metric, value per contender) for the system programs, and
    the start-up/peak-memory rows."""
    rows = []
    empty = str((SYSTEM / "empty.py").relative_to(ROOT))
    startup_cmds = [[people[0].prefix[0], "-c", "pass"]] + [c.command(empty) for c in people[1:]]
    runs, _, _ = alternate(startup_cmds, args)
    rows.append(["start-up (empty program)"] + [fmt_ms(median_seconds(r)) for r in runs])
    peaks = [peak_memory_kib(cmd, args.timeout) for cmd in startup_cmds]
    rows.append(["peak memory (empty program)"] + [f"{p / 1024:.1f} MiB" if p else "n/a (needs GNU time)" for p in peaks])
    for prog in sorted(SYSTEM.glob("*.py")):
        if prog.name == "empty.py":
            continue
        rel = str(prog.relative_to(ROOT))
        runs, _, _ = alternate([c.command(rel) for c in people], args)
        per_contender = []
        for r in runs:
            samples = {}
            for run in r:
                if run.code == 0:
                    for name, (value, unit) in parse_metrics(run.stdout).items():
                        samples.setdefault(name, ([], unit))[0].append(value)
            per_contender.append(samples)
        names = []
        for samples in per_contender:
            names += [n for n in samples if n not in names]
        for name in names:
            cells = [name]
            for samples in per_contender:
                values, unit = samples.get(name, ([], ""))
                cells.append(f"{statistics.median(values):g} {unit}" if values else "n/a")
            rows.append(cells)
        print(f"  {prog.stem}: done", flush=True)
    return rows


def fmt_ms(seconds):
    return "n/a" if seconds is None else f"{seconds * 1000:.1f} ms"


def version_of(cmd):
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (proc.stdout or proc.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "unknown"


def build_kind():
    """How the release binary was optimised (README.md, "How the release
    binary is built"): pgo/rustc-wrapper applies the recorded profile only
    when the rustc that recorded it is the one building."""
    profile = ROOT / "pgo" / "minipy.profdata"
    recorded = ROOT / "pgo" / "rustc-version"
    if profile.exists() and recorded.exists() and version_of(["rustc", "-V"]) == recorded.read_text().strip():
        return "mimalloc, profile-guided (pgo/minipy.profdata, not trained on these programs)"
    return "mimalloc, no profile (pgo/minipy.profdata missing or recorded by another rustc)"


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


def render_table(headers, rows):
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]

    def line(cells):
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), sep] + [line(r) for r in rows])


class Report:
    """What has been measured so far; the results file is rewritten after
    every program."""

    def __init__(self, args, python, minipy, people, total):
        self.args, self.total = args, total
        self.headers = ["program", "CPython"]
        for c in people[1:]:
            self.headers += [c.label, f"ratio ({c.label.split(' ', 1)[1]})"]
        self.has_ft_gil = any(c.label == "minipy gil" for c in people) and any(
            c.label == "minipy free-threaded" for c in people
        )
        if self.has_ft_gil:
            self.headers.append("ft/gil")
        self.people = people
        self.rows, self.ratios, self.notes, self.system = [], [], [], []
        self.interrupted = None
        self.machine = [
            f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}",
            f"- commit: {git_commit(args.output)}",
            f"- machine: {platform.platform()}, {os.cpu_count()} logical CPUs, load average before the run "
            f"{os.getloadavg()[0]:.2f}",
            f"- CPython: {version_of([python, '--version'])} (`{python}`)",
            f"- minipy: {version_of([minipy, '--version'])} (`{shown_path(minipy)}`; {build_kind()})",
            f"- method: interpreters alternate within each round; median wall-clock time of {args.runs} rounds "
            f"after one warm-up round (fewer, shown as n=..., where they would exceed the {args.budget:g}s "
            "budget per program), including interpreter start-up and imports, each interpreter reading its "
            "library's compiled bytecode (CPython's `__pycache__`, minipy's `~/.cache/minipy`, filled by the "
            "warm-up round); ratio = minipy / CPython (lower is better); "
            "geometric mean over the programs in the last row",
        ]

    def add(self, measured):
        row, ratios, notes = measured
        self.rows.append(row)
        self.ratios.append(ratios)
        self.notes += notes
        self.write()

    def geomean_row(self):
        row = ["geometric mean", ""]
        for c in self.people[1:]:
            row += ["", fmt_ratio(geometric_mean([r.get(c.label) for r in self.ratios]))]
        if self.has_ft_gil:
            row.append(fmt_ratio(geometric_mean([r.get("ft/gil") for r in self.ratios])))
        return row

    def status(self):
        if self.interrupted:
            return f"PARTIAL: interrupted by {self.interrupted} after {len(self.rows)} of {self.total} programs"
        if len(self.rows) < self.total:
            return f"PARTIAL: in progress, {len(self.rows)} of {self.total} programs so far"
        return None

    def text(self):
        text = "# Benchmark results\n\nGenerated by `benches/run.py`; do not edit by hand.\n\n"
        status = self.status()
        if status:
            text += f"**{status}**\n\n"
        text += "\n".join(self.machine) + "\n\n## Programs\n\n"
        rows = self.rows + ([self.geomean_row()] if self.rows else [])
        text += render_table(self.headers, rows) + "\n"
        if self.system:
            headers = ["measurement"] + [c.label for c in self.people]
            text += "\n## System\n\n" + render_table(headers, self.system) + "\n"
        if self.notes:
            text += "\nNotes:\n\n" + "\n".join(f"- {n}" for n in self.notes) + "\n"
        return text

    def write(self):
        out = Path(self.args.output)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(self.text())
        os.replace(tmp, out)

    def finish(self):
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, signal.SIG_IGN)
        self.write()
        print()
        print(self.text())
        print(f"wrote {shown_path(self.args.output)}", flush=True)


def main():
    args = parse_args()
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    python = find_python(args.python)
    if not args.no_build and not args.minipy:
        print("+ cargo build --release", flush=True)
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    minipy = args.minipy or str(release_binary())
    if not Path(minipy).is_file():
        sys.exit(f"minipy binary not found at {minipy}; build it with `cargo build --release`")
    programs = sorted(p for p in PROGRAMS.glob("*.py") if args.filter in p.name)
    if not programs:
        sys.exit(f"no benchmark programs in {shown_path(PROGRAMS)} match {args.filter!r}")
    people = contenders(python, minipy, modes)
    report = Report(args, python, minipy, people, len(programs))
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    print(f"timing {len(programs)} programs, {args.runs} alternating rounds after one warm-up", flush=True)
    status = 0
    try:
        for prog in programs:
            report.add(measure_program(args, people, prog))
        if not args.no_system:
            print("system measurements", flush=True)
            report.system = measure_system(args, people)
    except Interrupted as stop:
        report.interrupted = str(stop)
        status = 128 + stop.signum
    report.finish()
    if status == 0 and report.notes:
        status = 1
    sys.exit(status)


if __name__ == "__main__":
    main()
