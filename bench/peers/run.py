"""`just bench-peers`: dateline, chrono-node and dateparser on the same text.

Runs each tool over the TBAQ documents (TimeBank and AQUAINT, TempEval-3)
in one run and prints, side by side, each tool's characters per second,
peak memory and value F1 against the gold TIMEX3s, and dateline's speed as
a multiple of each peer's.

    python3 bench/peers/run.py [--runs N] [--passes N] [--check-data]

Expects `install.sh` to have installed the peers into target/peers/ and
`cargo build --release --locked` to have built `dateline` and the `peers`
example of dateline-temporal (the justfile recipe does all three).

What is measured, for every tool alike:

- the text: the `<TEXT>` of every document, as `peers export` writes it
  (dateline's own normalized text of the TimeML, which is also what gold
  offsets index), with the document creation time as the reference date;
- characters per second, in-process: each tool's own process reads the
  corpus, then times its loop over every document (`Tagger::tag` on an
  Article made from the text; `chrono.parse`; `search_dates`). "One pass"
  is the first pass, cold (chrono-node's JIT still warming up); "warm" the
  median of the passes after it in the same process;
- characters per second, wall-clock: the process from start to exit,
  including start-up, reading the input and writing the results, for one
  pass (the extra warm passes' time is subtracted). For dateline this is
  the real command, twice: `dateline timex TBAQ/*.tml --format jsonl`,
  which also parses the TimeML (3.9 MB of XML), and `dateline timex
  CORPUS.jsonl --format jsonl`, which reads the same JSON Lines file as
  the peers' runners; with `--jobs 1` where dateline has that option, as
  the peers run on one thread;
- peak memory: the process's maximum resident set size (wait4's
  ru_maxrss); for dateline, that of `dateline timex`;
- value F1: see score.py. dateline's is scored on `dateline timex`'s output
  (both runs give the same expressions as the in-process run; the script
  says so if they do not).

Each tool runs `--runs` times (default 3), the tools in turn; the figures
are medians over the runs.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import score  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# The issue's figures for the same text (issue 7): characters per second
# and value F1. HeidelTime needs Java and TreeTagger and is not run here.
ISSUE = {
    "chrono-node": (1_884_068, 48.2),
    "dateparser": (108_858, 32.0),
    "HeidelTime": (7_127, 77.4),
}


def fail(message):
    print(f"bench-peers: error: {message}", file=sys.stderr)
    sys.exit(2)


def data_dir():
    env = os.environ.get("DATELINE_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def tml_paths():
    tbaq = data_dir() / "tempeval3" / "tbaq"
    paths = []
    for sub in ("TimeBank", "AQUAINT"):
        folder = tbaq / sub
        if not folder.is_dir():
            fail(
                f"{folder} not found: the TempEval-3 TBAQ data is expected under "
                f"{data_dir()} (set DATELINE_DATA to the folder holding tempeval3/)"
            )
        paths.extend(p for p in folder.iterdir() if p.suffix == ".tml")
    if not paths:
        fail(f"no .tml files under {tbaq}")
    return sorted(paths)


def measure(cmd, out_path, env=None):
    """Runs `cmd` with its output in `out_path`: wall seconds, peak RSS in KB."""
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(cmd, stdout=out, env=env, cwd=ROOT)
        except FileNotFoundError:
            fail(f"{cmd[0]} not found")
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)
    if code != 0:
        fail(f"{' '.join(str(c) for c in cmd[:3])} … exited with {code}")
    return wall, usage.ru_maxrss


def cli_results(path, corpus):
    """`dateline timex --format jsonl` output as results keyed by file name,
    its byte offsets turned into character offsets."""
    texts = {d["id"]: d["text"] for d in corpus}
    results = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            path = Path(doc["source"]["path"])
            name = path.name if path.suffix == ".tml" else doc["source"]["id"]
            text = texts[name]
            if text.isascii():
                at = lambda b: b  # noqa: E731
            else:
                at = lambda b, t=text.encode(): len(t[:b].decode())  # noqa: E731
            results[name] = [[at(t["start"]), at(t["end"]), t["value"]] for t in doc["timexes"]]
    return results


def human(rate):
    if rate >= 1e6:
        return f"{rate / 1e6:.2f} M"
    if rate >= 1e3:
        return f"{rate / 1e3:.1f} k"
    return f"{rate:.0f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each tool (default 3)")
    parser.add_argument(
        "--passes", type=int, default=3, help="passes over the corpus in each run (default 3)"
    )
    parser.add_argument(
        "--check-data", action="store_true", help="only check that the TBAQ data is there"
    )
    args = parser.parse_args()
    runs, passes = max(1, args.runs), max(2, args.passes)
    paths = tml_paths()
    if args.check_data:
        return

    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    dateline = target / "release" / "dateline"
    peers_bin = target / "release" / "examples" / "peers"
    peers = ROOT / "target" / "peers"
    for path in (dateline, peers_bin):
        if not path.exists():
            fail(f"{path} not built: run `just bench-peers` (or cargo build --release --locked)")
    node_dir, python = peers / "node", peers / "venv" / "bin" / "python"
    if not (node_dir / "node_modules" / "chrono-node").is_dir() or not python.exists():
        fail("the peers are not installed: run bench/peers/install.sh")

    corpus_path = peers / "corpus.jsonl"
    measure([peers_bin, "export", corpus_path], os.devnull)
    corpus = score.load_corpus(corpus_path)
    if len(corpus) != len(paths):
        fail(f"exported {len(corpus)} documents but found {len(paths)} .tml files")
    chars = sum(len(d["text"]) for d in corpus)
    gold = sum(len(d["gold"]) for d in corpus)

    utc = {**os.environ, "TZ": "UTC"}
    # The peers run on one thread: so does dateline, if it can use more.
    help_text = subprocess.run(
        [dateline, "timex", "--help"], capture_output=True, text=True, check=False
    ).stdout
    one_thread = ["--jobs", "1"] if "--jobs" in help_text else []
    tools = {
        # name: (command, environment, output is dateline timex JSON Lines)
        "dateline (in-process)": ([peers_bin, "run", "--passes", str(passes)], None),
        "dateline timex": ([dateline, "timex", *paths, "--format", "jsonl", *one_thread], None),
        "dateline timex jsonl": (
            [dateline, "timex", corpus_path, "--format", "jsonl", *one_thread],
            None,
        ),
        "chrono-node": (
            ["node", HERE / "chrono.mjs", node_dir, corpus_path, "--passes", str(passes)],
            utc,
        ),
        "dateparser": (
            [python, HERE / "dateparser_run.py", corpus_path, "--passes", str(passes)],
            None,
        ),
    }
    out_dir = peers / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()[0]
    print(
        f"TBAQ: {len(corpus)} documents, {chars:,} characters, {gold:,} gold TIMEX3; "
        f"{runs} runs of each tool, {passes} passes a run; load average {load_before:.2f}",
        flush=True,
    )

    timings = {name: {"cold": [], "warm": [], "wall": [], "rss": []} for name in tools}
    outputs = {}
    for run in range(runs):
        for name, (cmd, env) in tools.items():
            print(f"  run {run + 1}/{runs}: {name}", file=sys.stderr, flush=True)
            out_path = out_dir / (name.replace(" ", "-").strip("()") + ".json")
            wall, rss = measure(cmd, out_path, env)
            t = timings[name]
            t["rss"].append(rss)
            if name.startswith("dateline timex"):
                t["wall"].append(wall)
                if run == 0:
                    outputs[name] = cli_results(out_path, corpus)
                continue
            with open(out_path, encoding="utf-8") as f:
                report = json.load(f)
            if report["chars"] != chars:
                fail(f"{name} counted {report['chars']} characters, not {chars}")
            seconds = report["pass_seconds"]
            t["cold"].append(seconds[0])
            t["warm"].extend(seconds[1:])
            t["wall"].append(wall - sum(seconds[1:]))
            if run == 0:
                outputs[name] = report["results"]
                t["version"] = report["version"]
    load_after = os.getloadavg()[0]

    med = statistics.median
    rows = {}
    sources = {
        # row: (in-process timings, process timings and results)
        "dateline": ("dateline (in-process)", "dateline timex"),
        "dateline, JSON Lines in": ("dateline (in-process)", "dateline timex jsonl"),
        "chrono-node": ("chrono-node", "chrono-node"),
        "dateparser": ("dateparser", "dateparser"),
    }
    for name, (inproc, proc) in sources.items():
        found, _, _, value = score.score(corpus, outputs[proc])
        p, r, f1 = score.prf(value, found, gold)
        rows[name] = {
            "version": timings[inproc]["version"],
            "cold": chars / med(timings[inproc]["cold"]),
            "warm": chars / med(timings[inproc]["warm"]),
            "wall": chars / med(timings[proc]["wall"]),
            "rss_mb": med(timings[proc]["rss"]) / 1024,
            "found": found,
            "p": p,
            "r": r,
            "f1": f1,
        }

    print()
    print(
        "| tool | version | chars/s, one pass | chars/s, warm | chars/s, wall-clock "
        "| peak RSS | found | value P | value R | value F1 |"
    )
    print("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    for name, row in rows.items():
        cold, warm = human(row["cold"]), human(row["warm"])
        if name == "dateline, JSON Lines in":
            cold = warm = "(the same)"
        print(
            f"| {name} | {row['version']} | {cold} | {warm} "
            f"| {human(row['wall'])} | {row['rss_mb']:.0f} MB | {row['found']} "
            f"| {row['p']:.1f} | {row['r']:.1f} | {row['f1']:.1f} |"
        )
    speed, f1 = ISSUE["HeidelTime"]
    print(
        f"| HeidelTime (the issue's figures, not measured here) | | {human(speed)} | | | | "
        f"| | | {f1} |"
    )

    print()
    print("dateline's speed as a multiple of each peer's:")
    print()
    print(
        "| peer | one pass | warm | wall-clock, .tml in | wall-clock, JSON Lines in "
        "| the issue's figures for the peer |"
    )
    print("|---|--:|--:|--:|--:|---|")
    dl, dlj = rows["dateline"], rows["dateline, JSON Lines in"]
    for name in ("chrono-node", "dateparser"):
        row = rows[name]
        speed, f1 = ISSUE[name]
        print(
            f"| {name} | {dl['cold'] / row['cold']:.1f}× | {dl['warm'] / row['warm']:.1f}× "
            f"| {dl['wall'] / row['wall']:.1f}× | {dlj['wall'] / row['wall']:.1f}× "
            f"| {human(speed)} chars/s, value F1 {f1} |"
        )
    speed, f1 = ISSUE["HeidelTime"]
    print(
        f"| HeidelTime (the issue's figure) | {dl['cold'] / speed:,.0f}× | | | "
        f"| {human(speed)} chars/s, value F1 {f1} |"
    )

    same = (
        outputs["dateline timex"]
        == outputs["dateline timex jsonl"]
        == outputs["dateline (in-process)"]
    )
    chrono = rows["chrono-node"]
    best = all(dl["f1"] > rows[name]["f1"] for name in ("chrono-node", "dateparser"))
    best = best and dl["f1"] > ISSUE["HeidelTime"][1]
    print()
    print(
        f"Target, dateline at least 10× chrono-node: {dl['cold'] / chrono['cold']:.1f}× "
        f"one pass, {dl['warm'] / chrono['warm']:.1f}× warm, "
        f"{dl['wall'] / chrono['wall']:.1f}× to {dlj['wall'] / chrono['wall']:.1f}× wall-clock. "
        f"Best value F1 of all (HeidelTime's from the issue): {'yes' if best else 'no'}."
    )
    print(
        f"Load average {load_before:.2f} before, {load_after:.2f} after; "
        f"{os.cpu_count()} cores. "
        + (
            "dateline timex on .tml, on JSON Lines and in-process found the same expressions."
            if same
            else "Note: dateline timex on .tml, on JSON Lines and in-process did not all "
            "find the same expressions."
        )
    )
    with open(out_dir / "summary.json", "w", encoding="utf-8") as f:
        json.dump({"chars": chars, "gold": gold, "rows": rows, "timings": timings}, f, indent=1)


if __name__ == "__main__":
    main()
