#!/usr/bin/env bash
# `just bench-diff`, without just: dateline's diff against Python's difflib
# on the version fixtures, then the divan benchmarks of the diff crate
# (alignment, the whole pipeline, the 1 MB worst cases).
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --locked --quiet -p dateline-diff --example bench_pairs
python3 bench/diff/run.py "$@"
cargo bench --locked -p dateline-diff --bench diff
