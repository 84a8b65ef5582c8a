"""`just bench-diff`: dateline's diff against Python's difflib, side by side.

Runs crates/diff/examples/bench_pairs.rs (built by the recipe) and
difflib_pairs.py over the same version pairs of fixtures/versions/ and
prints pairs per second for each, medians of `--samples` samples (default
3), with dateline's speed as a multiple of difflib's.

    python3 bench/diff/run.py [--samples N] [--min-seconds S]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def fail(message):
    print(f"bench-diff: error: {message}", file=sys.stderr)
    sys.exit(2)


def run(cmd):
    try:
        out = subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.PIPE)
    except (OSError, subprocess.CalledProcessError) as e:
        fail(f"{cmd[0]}: {e}")
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=3)
    parser.add_argument("--min-seconds", type=float, default=0.5)
    args = parser.parse_args()
    timing = ["--samples", str(args.samples), "--min-seconds", str(args.min_seconds)]

    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    binary = target / "release" / "examples" / "bench_pairs"
    if not binary.exists():
        fail(f"{binary} not built: cargo build --release --locked -p dateline-diff --example bench_pairs")
    load = os.getloadavg()[0]
    dateline = run([binary, *timing])
    difflib = run([sys.executable, HERE / "difflib_pairs.py", ROOT / "fixtures" / "versions", *timing])
    if dateline["pairs"] != difflib["pairs"]:
        fail("dateline and difflib read different pairs")

    med = statistics.median
    base = med(difflib["pairs_per_second"]["text"])
    rows = [
        (f"difflib ({difflib['version']}): words split, SequenceMatcher opcodes", base),
        ("dateline: versions read, sentences aligned, words diffed", med(dateline["pairs_per_second"]["text"])),
        ("dateline: alignment and word diffs alone (versions read beforehand)", med(dateline["pairs_per_second"]["align"])),
        ("dateline: the whole pipeline (read, tag, extract events, compare facts)", med(dateline["pairs_per_second"]["full"])),
    ]
    pairs, words = len(dateline["pairs"]), dateline["words"]
    print(
        f"{pairs} version pairs of fixtures/versions/ ({words / pairs / 2:.0f} words a version); "
        f"one core each, medians of {args.samples} samples; load average {load:.2f}"
    )
    print()
    print("| what is timed | pairs/s | × difflib |")
    print("|---|--:|--:|")
    for name, rate in rows:
        print(f"| {name} | {rate:,.0f} | {rate / base:.1f}× |")
    ratio = rows[1][1] / base
    print()
    print(
        f"Target, dateline's text diff at least 5× difflib: {ratio:.1f}× "
        f"({'met' if ratio >= 5 else 'not met'}). The whole pipeline is "
        f"{rows[3][1] / base:.1f}× difflib's speed, which reads no facts."
    )


if __name__ == "__main__":
    main()
