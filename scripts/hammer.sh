#!/usr/bin/env bash
# The concurrency hammer suite at full size (tests/hammer.rs): every program
# in tests/hammer/ with more work per thread, repeated 10 times in the
# free-threaded, racy-refcount and gil modes. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
MINIPY_HAMMER_SCALE=full exec cargo test --release --test hammer -- --nocapture "$@"
