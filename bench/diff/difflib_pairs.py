"""difflib's half of `just bench-diff`: version pairs per second.

The same pairs as crates/diff/examples/bench_pairs.rs: every two
consecutive versions of a story in fixtures/versions/, read into memory
beforehand. The timed loop, for every pair, does what NewsDiffs-style tools
do at word level: split both texts into words (str.split) and compute
difflib.SequenceMatcher(None, old, new).get_opcodes() (difflib's defaults,
autojunk included). Each sample repeats the loop until at least
--min-seconds (default 0.5) have passed.

    python3 difflib_pairs.py VERSIONS_DIR [--samples N] [--min-seconds S]

Prints one JSON object: the pairs, their words and pairs per second of
every sample.
"""

import difflib
import json
import re
import sys
import time
from pathlib import Path


def pairs(folder):
    stories = {}
    for path in Path(folder).iterdir():
        m = re.fullmatch(r"(.+)\.v(\d+)\.txt", path.name)
        if m:
            stories.setdefault(m.group(1), []).append((int(m.group(2)), path))
    out = []
    for story in sorted(stories):
        versions = [p for _, p in sorted(stories[story])]
        for old, new in zip(versions, versions[1:]):
            out.append((f"{old.name} {new.name}", old.read_text("utf-8"), new.read_text("utf-8")))
    return out


def diff(old, new):
    return difflib.SequenceMatcher(None, old.split(), new.split()).get_opcodes()


def rate(texts, min_seconds):
    loops = 0
    start = time.perf_counter()
    while loops == 0 or time.perf_counter() - start < min_seconds:
        for old, new in texts:
            diff(old, new)
        loops += 1
    return loops * len(texts) / (time.perf_counter() - start)


def main(argv):
    if len(argv) < 2:
        print("usage: difflib_pairs.py VERSIONS_DIR [--samples N] [--min-seconds S]", file=sys.stderr)
        return 2
    opts = dict(zip(argv[2::2], argv[3::2]))
    samples = max(1, int(opts.get("--samples", 3)))
    min_seconds = float(opts.get("--min-seconds", 0.5))
    found = pairs(argv[1])
    texts = [(old, new) for _, old, new in found]
    rates = [rate(texts, min_seconds) for _ in range(samples)]
    json.dump(
        {
            "tool": "difflib",
            "version": f"Python {sys.version.split()[0]}",
            "pairs": [name for name, _, _ in found],
            "words": sum(len(old.split()) + len(new.split()) for old, new in texts),
            "pairs_per_second": {"text": rates},
        },
        sys.stdout,
    )
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
