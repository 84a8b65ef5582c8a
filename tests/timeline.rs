//! `dateline timeline`: the seed's order, merging across articles, filters,
//! threads, and text/JSON snapshots of every fixture.

use serde_json::Value;

use crate::util::{dateline, dateline_with_stdin, fixture_articles, fixture_date, temp_dir};

const SEED: &str = "fixtures/articles/00-syria-call.txt";

/// Every fixture's timeline, as JSON and as text, against reviewed
/// snapshots.
#[test]
fn fixture_snapshots() {
    for path in fixture_articles() {
        let path_str = path.to_str().unwrap();
        let mut args = vec!["timeline", path_str];
        let date = fixture_date(&path);
        if let Some(date) = &date {
            args.extend(["--date", date]);
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        let json = dateline(&[&args[..], &["--format", "json"]].concat());
        assert_eq!(json.code, 0, "{name}: {}", json.stderr);
        insta::assert_json_snapshot!(format!("timeline-json-{name}"), json.json());
        let text = dateline(&args);
        assert_eq!(text.code, 0, "{name}: {}", text.stderr);
        insta::assert_snapshot!(format!("timeline-text-{name}"), text.stdout);
    }
}

fn seed_timeline(extra: &[&str]) -> Vec<Value> {
    let run = dateline(
        &[&["timeline", SEED, "--date", "2017-05-02", "--format", "json"], extra].concat(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert_eq!(doc["schema"], "dateline.timeline/1");
    doc["events"].as_array().unwrap().clone()
}

/// The position of the first entry of `kind` whose evidence contains
/// `words`.
fn position(events: &[Value], kind: &str, words: &str) -> usize {
    events
        .iter()
        .position(|e| {
            e["kind"] == kind
                && e["evidence"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|m| m["sentence"].as_str().unwrap().contains(words))
        })
        .unwrap_or_else(|| panic!("no {kind} entry mentioned with {words:?}"))
}

/// Issue 5's order for the seed.
#[test]
fn seed_order() {
    let events = seed_timeline(&[]);
    let order = [
        ("election", "last year’s election"),
        ("appointment", "took office"),
        ("attack", "deadly attack on civilians"),
        ("strike", "US airstrike"),
        ("statement", "took to Twitter"),
        ("meeting", "Angela Merkel"),
        ("call", "Tuesday’s call"),
        ("statement", "The White House announced"),
        ("statement", "denied that Moscow"),
        ("talks", "Russian-led talks"),
        ("summit", "G20 summit"),
    ];
    let at: Vec<usize> = order.iter().map(|(k, w)| position(&events, k, w)).collect();
    for (pair, (names, _)) in at.windows(2).zip(order.windows(2).map(|w| (w, ()))) {
        assert!(pair[0] < pair[1], "{:?} comes before {:?}", names[0], names[1]);
    }
    let criticism = position(&events, "statement", "blistering criticism");
    assert!(criticism > at[2] && criticism < at[5], "the criticism is in April, after the attack");
    let meeting = position(&events, "meeting", "face-to- face meeting");
    assert!(meeting > at[9], "the planned meeting is in July");
    assert_eq!(events[meeting]["status"], "planned");
    assert_eq!(events[at[10]]["status"], "planned");
    let inquiry = &events[position(&events, "investigation", "are investigating")];
    assert_eq!(inquiry["status"], "ongoing");
    // Ids follow the order; relations point at ids that exist.
    for (i, e) in events.iter().enumerate() {
        assert_eq!(e["id"], format!("e{}", i + 1));
        for r in e["relations"].as_array().unwrap() {
            assert!(events.iter().any(|o| o["id"] == r["event"]), "{r}");
        }
    }
    // No caption date unless asked.
    let dates: Vec<&str> = events.iter().filter_map(|e| e["when"]["value"].as_str()).collect();
    assert!(
        !dates.iter().any(|d| d.starts_with("2016-01") || d.starts_with("2016-05")),
        "{dates:?}"
    );
}

#[test]
fn captions_when_asked() {
    let without = seed_timeline(&[]);
    let with = seed_timeline(&["--include-captions"]);
    assert!(with.len() > without.len());
    assert!(
        with.iter().any(|e| e["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .all(|m| m["block"] == "caption"))
    );
}

#[test]
fn filters_and_top() {
    let calls = seed_timeline(&["--kinds", "call,talks"]);
    assert!(!calls.is_empty());
    assert!(calls.iter().all(|e| e["kind"] == "call" || e["kind"] == "talks"));
    let planned = seed_timeline(&["--status", "planned"]);
    assert!(!planned.is_empty() && planned.iter().all(|e| e["status"] == "planned"));
    let may = seed_timeline(&["--since", "2017-05-01", "--until", "2017-05-31"]);
    assert!(
        may.iter()
            .all(|e| e["when"].is_null() || e["when"]["end"].as_str().unwrap() >= "2017-05-01")
    );
    assert!(!may.iter().any(|e| e["kind"] == "summit"));
    let merkel = seed_timeline(&["--actor", "merkel"]);
    assert_eq!(merkel.len(), 1);
    let top = seed_timeline(&["--top", "1"]);
    let values: Vec<&str> = top.iter().map(|e| e["when"]["value"].as_str().unwrap()).collect();
    assert!(values.iter().all(|v| *v == "2017-05-02"), "{values:?}");
    let bad = dateline(&["timeline", SEED, "--status", "maybe"]);
    assert_eq!(bad.code, 2);
    let bad = dateline(&["timeline", SEED, "--kinds", "call,bogus"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("unknown kind \"bogus\""), "{}", bad.stderr);
}

/// Two articles reporting the same call: one entry, both sources; the
/// article that dates it differently is a conflict. The output does not
/// depend on the number of threads.
#[test]
fn merges_articles_and_is_deterministic() {
    let dir = temp_dir();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    let c = dir.path().join("bad.bin");
    std::fs::write(&a, "Leaders speak\n\nRussian President Vladimir Putin and US President Donald Trump spoke by phone on Tuesday, the Kremlin said.\n").unwrap();
    std::fs::write(&b, "Call\n\nUS President Donald Trump held a phone call with Russian President Vladimir Putin on Tuesday, officials said.\n").unwrap();
    std::fs::write(&c, b"\x00\x01\x02\x03binary").unwrap();
    let (a, b, c) = (a.to_str().unwrap(), b.to_str().unwrap(), c.to_str().unwrap());
    let run = |jobs: &str| {
        dateline(&["timeline", a, c, b, "--date", "2017-05-02", "--format", "json", "--jobs", jobs])
    };
    let one = run("1");
    // The binary file is reported, the others are still read.
    assert_eq!(one.code, 2);
    assert_eq!(one.stderr.lines().count(), 1, "{}", one.stderr);
    assert!(one.stderr.contains("bad.bin"));
    let doc = one.json();
    assert_eq!(doc["sources"].as_array().unwrap().len(), 2);
    let calls: Vec<&Value> =
        doc["events"].as_array().unwrap().iter().filter(|e| e["kind"] == "call").collect();
    assert_eq!(calls.len(), 1, "{calls:#?}");
    assert_eq!(calls[0]["sources"].as_array().unwrap().len(), 2);
    assert_eq!(calls[0]["when"]["value"], "2017-05-02");
    assert_eq!(run("2").stdout, one.stdout);
}

#[test]
fn json_lines_in_and_out() {
    let corpus = concat!(
        r#"{"id": "a1", "title": "Talks", "date": "2017-05-02", "text": "Talks\n\nThe two sides will meet in Geneva on Friday."}"#,
        "\n",
        r#"{"id": "a2", "title": "Strike", "date": "2017-05-03", "text": "Strike\n\nJets struck a base in Idlib on Monday."}"#,
        "\n",
    );
    let run = dateline_with_stdin(
        &["timeline", "-", "--input-format", "jsonl", "--format", "jsonl"],
        Some(corpus.as_bytes()),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.len() >= 2, "{}", run.stdout);
    assert!(lines.iter().all(|l| l["schema"] == "dateline.timeline/1"));
    let kinds: Vec<&str> = lines.iter().map(|l| l["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds.first(),
        Some(&"strike"),
        "the strike (1 May) comes before the meeting (5 May): {kinds:?}"
    );
}
