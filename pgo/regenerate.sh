#!/usr/bin/env bash
# Records pgo/minipy.profdata, the profile optimised builds of minipy use
# (pgo/rustc-wrapper applies it; README.md, "How the release binary is
# built").
#
#   bash pgo/regenerate.sh
#
# Builds an instrumented minipy (target/pgo-instrumented), runs the training
# programs with it, and merges what they recorded. The training programs
# are the workloads in pgo/training (objects, numbers, text, generators and
# closures, each a few tenths of a second, so the interpreter's hot loops
# weigh in the profile) and the test cases (tests/cases), both in gil and
# free-threaded modes, and the example programs (programs/*.mpy): never the
# benchmark programs (benches/programs), so BENCHMARKS.md times programs
# the profile has not seen. Needs llvm-profdata of the same LLVM as rustc
# (`rustup component add llvm-tools`). Takes about five minutes: four for
# the instrumented build, one for the training runs.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
sysroot="$(rustc --print sysroot)"
host="$(rustc -vV | sed -n 's/^host: //p')"
profdata="$sysroot/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
    echo "llvm-profdata not found; run: rustup component add llvm-tools" >&2
    exit 1
fi
raw="$root/target/pgo-raw"
rm -rf "$raw"
mkdir -p "$raw"
RUSTFLAGS="-Cprofile-generate=$raw" CARGO_TARGET_DIR="$root/target/pgo-instrumented" \
    cargo build --release --bin minipy
minipy="$root/target/pgo-instrumented/release/minipy"
export MINIPY_CACHE_DIR="$root/target/pgo-cache"

# One training run; a program that fails or times out still trained.
train() {
    local dir="$1" file="$2"
    shift 2
    (cd "$dir" && timeout 60 "$minipy" run "$file" "$@" > /dev/null 2>&1 < /dev/null) || true
}
for mode in gil free-threaded; do
    for workload in pgo/training/*.py; do
        train pgo/training "$(basename "$workload")" --mode "$mode"
    done
    while IFS= read -r case; do
        train "$(dirname "$case")" "$(basename "$case")" --mode "$mode"
    done < <(find tests/cases -name '*.py' | sort)
done
for program in programs/*.mpy; do
    train programs "$(basename "$program")"
done

"$profdata" merge --sparse -o pgo/minipy.profdata "$raw"/*.profraw
rustc -V > pgo/rustc-version
echo "wrote pgo/minipy.profdata ($(du -h pgo/minipy.profdata | cut -f1)) for $(cat pgo/rustc-version)"
