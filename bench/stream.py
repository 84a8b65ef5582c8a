"""`just bench-stream`: a generated JSON Lines corpus streamed through
`dateline events - --format jsonl`, with one thread and with every core.

    python3 bench/stream.py [ARTICLES]

Generates the corpus first if it is not there (200,000 articles by
default, about 1 GB: the timeline crate's `corpus` example), then runs
dateline once per thread count, the corpus on standard input and the JSON
Lines on /dev/null, and prints throughput and peak memory (the process's
maximum resident set size). Expects `cargo build --release --locked` to
have built dateline (the recipe does).
"""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main():
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    dateline = target / "release" / "dateline"
    corpus = target / f"corpus-{articles}.jsonl"
    if not corpus.exists() or corpus.stat().st_size == 0:
        subprocess.run(
            ["cargo", "run", "--release", "--locked", "--quiet", "-p", "dateline-timeline",
             "--example", "corpus", "--", str(articles), str(corpus)],
            cwd=ROOT, check=True, stdout=sys.stderr,
        )
    size = corpus.stat().st_size
    cores = os.cpu_count() or 1
    print(f"{articles:,} articles, {size / 1e6:,.0f} MB; {cores} cores; "
          f"load average {os.getloadavg()[0]:.2f}", flush=True)
    rates = {}
    for jobs in sorted({1, cores}):
        with open(corpus, "rb") as stdin, open(os.devnull, "wb") as stdout:
            start = time.perf_counter()
            proc = subprocess.Popen(
                [dateline, "events", "-", "--format", "jsonl", "--jobs", str(jobs)],
                stdin=stdin, stdout=stdout,
            )
            _, status, usage = os.wait4(proc.pid, 0)
            seconds = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"bench-stream: dateline exited with {os.waitstatus_to_exitcode(status)}")
        rates[jobs] = size / seconds
        print(f"--jobs {jobs}: {seconds:.1f} s, {size / 1e6 / seconds:.1f} MB/s, "
              f"{articles / seconds:,.0f} articles/s, peak RSS {usage.ru_maxrss / 1024:.0f} MB",
              flush=True)
    if cores > 1:
        print(f"--jobs {cores} runs {rates[cores] / rates[1]:.2f}× as fast as --jobs 1")


if __name__ == "__main__":
    main()
