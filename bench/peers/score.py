"""Value F1 against the gold TIMEX3s, as `just eval-timex` counts it.

A gold TIMEX3 is matched by the first expression not yet matched whose span
overlaps it (the same greedy pairing as crates/temporal/examples/tempeval.rs);
the match counts for value F1 when the two values are equal strings.
Precision is over every expression the tool found, recall over the gold.

    python score.py CORPUS.jsonl RESULTS.json   # prints P, R, F1
"""

import json
import sys


def load_corpus(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(corpus, results):
    """(found, gold, overlapping, value-equal) counts over the corpus."""
    found = gold = relaxed = value = 0
    for doc in corpus:
        system = results.get(doc["id"], [])
        found += len(system)
        gold += len(doc["gold"])
        used = [False] * len(system)
        for gs, ge, gv in doc["gold"]:
            for k, (s, e, v) in enumerate(system):
                if used[k] or s is None or not (s < ge and gs < e):
                    continue
                used[k] = True
                relaxed += 1
                value += v == gv
                break
    return found, gold, relaxed, value


def prf(matched, found, gold):
    p = matched / found if found else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    corpus = load_corpus(argv[1])
    with open(argv[2], encoding="utf-8") as f:
        results = json.load(f)["results"]
    found, gold, relaxed, value = score(corpus, results)
    p, r, f = prf(value, found, gold)
    rp, rr, rf = prf(relaxed, found, gold)
    print(f"found {found}, gold {gold}")
    print(f"value    P {p:.1f}  R {r:.1f}  F1 {f:.1f}")
    print(f"relaxed  P {rp:.1f}  R {rr:.1f}  F1 {rf:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
