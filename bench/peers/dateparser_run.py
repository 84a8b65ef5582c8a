"""dateparser's half of `just bench-peers`.

Searches every document of the corpus that `peers export` wrote for dates,
timed inside this process, and prints the timings and every expression
found, with a TIMEX3-like value, as JSON.

    python dateparser_run.py CORPUS.jsonl [--passes N] [--show NAME]

Timed, per pass: `dateparser.search.search_dates(text, languages=["en"],
settings=...)` on every document, with the document creation time (at
noon) as RELATIVE_BASE and dateparser's other settings left at their
defaults (PREFER_DATES_FROM "past" scores lower here: value F1 26.2
against 31.8).
Everything after the clock stops is not timed: search_dates gives no
offsets, so each substring is looked for in the text after the previous
one; and it gives no precision, so each substring is parsed again with
`DateDataParser.get_date_data`, whose `period` gives the value's precision
(every value a full date instead scores 19.5 rather than 31.8):

    time     YYYY-MM-DDTHH:MM
    day      YYYY-MM-DD
    week     YYYY-Www (ISO week)
    month    YYYY-MM
    year     YYYY

A substring that cannot be found in the text still counts as an
expression found (it lowers precision), with no span.
"""

import datetime
import json
import sys
import time

import dateparser
from dateparser.date import DateDataParser
from dateparser.search import search_dates


def settings(dct):
    return {
        "RELATIVE_BASE": dct,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def reference(dct):
    if not dct:
        return datetime.datetime(2000, 1, 1, 12)
    y, m, d = (int(x) for x in dct.split("-"))
    return datetime.datetime(y, m, d, 12)


def value(when, period):
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if period == "month":
        return when.strftime("%Y-%m")
    if period == "year":
        return f"{when.year:04d}"
    return when.strftime("%Y-%m-%d")


def main(argv):
    if len(argv) < 2:
        print("usage: dateparser_run.py CORPUS.jsonl [--passes N] [--show NAME]", file=sys.stderr)
        return 2
    opts = dict(zip(argv[2::2], argv[3::2]))
    passes = max(1, int(opts.get("--passes", 1)))
    show = opts.get("--show")
    with open(argv[1], encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    refs = [reference(d["published"]) for d in docs]

    seconds = []
    first = None
    for _ in range(passes):
        found = []
        start = time.perf_counter()
        for doc, ref in zip(docs, refs):
            found.append(search_dates(doc["text"], languages=["en"], settings=settings(ref)) or [])
        seconds.append(time.perf_counter() - start)
        if first is None:
            first = found

    results = {}
    for doc, ref, found in zip(docs, refs, first):
        text = doc["text"]
        parser = DateDataParser(
            languages=["en"], settings={**settings(ref), "RETURN_TIME_AS_PERIOD": True}
        )
        out = []
        cursor = 0
        for substring, when in found:
            at = text.find(substring, cursor)
            if at < 0:
                at = text.find(substring)
            period = parser.get_date_data(substring).period or "day"
            v = value(when, period)
            if at < 0:
                out.append([None, None, v])
            else:
                out.append([at, at + len(substring), v])
                cursor = at + len(substring)
            if doc["id"] == show:
                print(json.dumps(substring), v, period, file=sys.stderr)
        results[doc["id"]] = out

    json.dump(
        {
            "tool": "dateparser",
            "version": dateparser.__version__,
            "chars": sum(len(d["text"]) for d in docs),
            "pass_seconds": seconds,
            "results": results,
        },
        sys.stdout,
    )
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
