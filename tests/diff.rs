//! `dateline diff`: every format for every version pair, the facts each
//! pair's README line promises, moves and splits, exit codes, JSON Lines
//! versions and bad input.

use std::fs;
use std::path::PathBuf;

use serde_json::Value;

use crate::util::{dateline, root, temp_dir};

/// The version pairs of `fixtures/versions`, as (label, paths, `--date`):
/// each consecutive pair of a story, and a story's three versions at once.
fn version_sets() -> Vec<(String, Vec<String>, Option<String>)> {
    let dir = root().join("fixtures/versions");
    let readme = fs::read_to_string(dir.join("README.md")).expect("the versions README");
    let mut stories: Vec<String> = fs::read_dir(&dir)
        .expect("fixtures/versions")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".v1.txt").map(str::to_string))
        .collect();
    stories.sort();
    let mut sets = Vec::new();
    for story in stories {
        let date = readme
            .lines()
            .find(|l| l.contains(&format!("`{story}`")))
            .and_then(|l| l.split("--date ").nth(1))
            .and_then(|d| d.get(..10))
            .map(str::to_string);
        let mut versions = Vec::new();
        for v in 1.. {
            let path = format!("fixtures/versions/{story}.v{v}.txt");
            if !root().join(&path).exists() {
                break;
            }
            versions.push(path);
        }
        for pair in versions.windows(2) {
            let label = if versions.len() == 2 {
                story.clone()
            } else {
                let v = |p: &str| p.rsplit('.').nth(1).unwrap_or_default().to_string();
                format!("{story}.{}-{}", v(&pair[0]), v(&pair[1]))
            };
            sets.push((label, pair.to_vec(), date.clone()));
        }
        if versions.len() > 2 {
            sets.push((format!("{story}.all"), versions.clone(), date.clone()));
        }
    }
    sets
}

fn args<'a>(paths: &'a [String], date: &'a Option<String>, more: &[&'a str]) -> Vec<&'a str> {
    let mut out = vec!["diff"];
    out.extend(paths.iter().map(String::as_str));
    if let Some(d) = date {
        out.extend(["--date", d.as_str()]);
    }
    out.extend(more);
    out
}

/// Every version pair in every format, against reviewed snapshots.
#[test]
fn fixture_snapshots() {
    let sets = version_sets();
    assert!(sets.len() >= 17, "{} version pairs", sets.len());
    for (label, paths, date) in &sets {
        let json = dateline(&args(paths, date, &["--format", "json"]));
        assert!(json.code == 0, "{label}: {}", json.stderr);
        insta::assert_json_snapshot!(format!("diff-json-{label}"), json.json());
        for format in ["text", "markdown", "html"] {
            let run = dateline(&args(paths, date, &["--format", format]));
            assert!(run.code == 0, "{label} {format}: {}", run.stderr);
            assert!(run.stderr.is_empty(), "{label} {format}: {}", run.stderr);
            insta::assert_snapshot!(format!("diff-{format}-{label}"), run.stdout);
        }
    }
}

/// Side by side, with everything shown, for the pairs with moves, a
/// split, a merge and cosmetic edits.
#[test]
fn side_by_side_snapshots() {
    for story in
        ["11-moved-paragraph", "12-split-sentence", "13-merged-sentences", "14-cosmetic-only"]
    {
        let paths = [
            format!("fixtures/versions/{story}.v1.txt"),
            format!("fixtures/versions/{story}.v2.txt"),
        ];
        let run = dateline(&args(&paths, &None, &["--side-by-side", "--all"]));
        assert_eq!(run.code, 0, "{story}: {}", run.stderr);
        for line in run.stdout.lines() {
            assert!(line.chars().count() <= 120, "{story}: a line wider than 120: {line:?}");
        }
        insta::assert_snapshot!(format!("diff-side-by-side-{story}"), run.stdout);
    }
}

/// A fact a README line promises: its kind, and words its subject, old
/// and new values contain ("" for not checked).
struct Promise {
    kind: &'static str,
    subject: &'static str,
    old: &'static str,
    new: &'static str,
}

const fn p(kind: &'static str, old: &'static str, new: &'static str) -> Promise {
    Promise { kind, subject: "", old, new }
}

const fn about(
    kind: &'static str,
    subject: &'static str,
    old: &'static str,
    new: &'static str,
) -> Promise {
    Promise { kind, subject, old, new }
}

/// What `fixtures/versions/README.md` promises for each pair, written from
/// the README, and the promises the extraction is known to miss, each
/// with the reason. A known miss that starts being found fails the test,
/// so that it moves to the kept promises.
#[allow(clippy::type_complexity)]
fn promises() -> Vec<(&'static str, Vec<Promise>, Vec<(Promise, &'static str)>)> {
    vec![
        (
            "01-death-toll-rises",
            vec![
                about("number", "killed", "at least 70", "at least 86"),
                about("number", "injured", "160", "212"),
            ],
            vec![],
        ),
        ("02-date-corrected", vec![p("date", "2023-09-12", "2023-09-13")], vec![]),
        ("03-same-date-rewritten", vec![], vec![]),
        (
            "04-actor-replaced",
            vec![
                p("actor", "Anna Kovacs", "Maria Kovacs"),
                p("actor", "police spokesman", "Peter Lindqvist"),
            ],
            vec![],
        ),
        (
            "05-place-changed",
            vec![
                p("place", "BRUSSELS", "ANTWERP"),
                p("place", "south of the city", "east of the city"),
            ],
            vec![],
        ),
        (
            "06-quote-changed",
            vec![
                about(
                    "quote",
                    "Ferris",
                    "patient for a very long time",
                    "more than patient with this company",
                ),
                about("quote", "Nobody wants to leave people stranded", "Mr Carter", "Ms Ferris"),
            ],
            vec![],
        ),
        (
            "07-attribution-changed",
            vec![
                p("attribution", "witnesses", "interior ministry"),
                p("attribution", "Officials", "Police"),
            ],
            vec![],
        ),
        (
            "08-status-planned-occurred",
            vec![
                about("status", "meet", "planned", "occurred"),
                about("status", "accord", "planned", "occurred"),
            ],
            vec![],
        ),
        (
            "09-event-added-removed",
            vec![
                about("event", "arrest", "", "arrested a 38-year-old man"),
                about("event", "protest", "protest", ""),
            ],
            vec![],
        ),
        (
            "10-headline-lead-rewrite",
            vec![p("headline", "Vello Motors to cut", "Slovak car plant to lose")],
            vec![],
        ),
        ("11-moved-paragraph", vec![about("number", "firefighters", "400", "450")], vec![]),
        ("12-split-sentence", vec![about("number", "full", "91%", "89%")], vec![]),
        ("13-merged-sentences", vec![p("place", "Kufstein", "Schwaz")], vec![]),
        ("14-cosmetic-only", vec![], vec![]),
        (
            "15-multiple-facts",
            vec![
                about("number", "killed", "at least 23", "at least 31"),
                p("date", "2024-03-03", "2024-03-04"),
                about("event", "deny", "", "denied it had shelled the market"),
            ],
            vec![],
        ),
        (
            "16-syria-call",
            vec![
                p("headline", "hold first call", "make plans to meet face to face"),
                about("status", "meet", "hypothetical", "planned"),
                p("attribution", "Kremlin", ""),
                about("event", "agree", "", "work together"),
                about("event", "talks", "", "talks on Syria"),
                about(
                    "quote",
                    "White House",
                    "",
                    "the suffering in Syria has gone on for far too long",
                ),
                p("quote", "", "The conversation was a very good one"),
                about("event", "criticize", "", "Rex Tillerson and Nikki Haley"),
                about("quote", "Trump", "", "things will work out fine"),
                about("quote", "Trump", "", "everyone will come to their senses"),
                about(
                    "event",
                    "investigate",
                    "",
                    "The FBI and congressional committees are investigating",
                ),
                about("event", "deny", "", "denied any nefarious ties to Moscow"),
                about("quote", "Trump", "", "hoax"),
                p("event", "", "no mention of safe zones"),
                p("event", "", "stronger relationship with Russia"),
            ],
            vec![],
        ),
        ("17-flood.v1-v2", vec![about("number", "killed", "at least 12", "at least 19")], vec![]),
        (
            "17-flood.v2-v3",
            vec![
                about("number", "killed", "at least 19", "at least 23"),
                about("status", "displaced", "planned", "ongoing"),
            ],
            vec![],
        ),
    ]
}

fn found(facts: &[Value], promise: &Promise) -> bool {
    let has =
        |v: &Value, want: &str| want.is_empty() || v.as_str().is_some_and(|s| s.contains(want));
    facts.iter().any(|f| {
        f["kind"] == promise.kind
            && has(&f["subject"], promise.subject)
            && has(&f["old"], promise.old)
            && has(&f["new"], promise.new)
    })
}

/// The acceptance test of the issue: a cosmetic-only pair exits 0 with
/// `--exit-code` and has no fact change; every other pair reports what its
/// README line promises, with the right kind, and exits 1.
#[test]
fn readme_promises() {
    let sets = version_sets();
    for (label, promised, misses) in promises() {
        let (_, paths, date) = sets.iter().find(|(l, ..)| l == label).expect("a fixture set");
        let run = dateline(&args(paths, date, &["--format", "json", "--exit-code"]));
        let doc = run.json();
        let facts = doc["facts"].as_array().expect("facts");
        if promised.is_empty() {
            assert_eq!(run.code, 0, "{label}: {facts:#?}");
            assert!(facts.is_empty(), "{label}: {facts:#?}");
            continue;
        }
        assert_eq!(run.code, 1, "{label}: {}", run.stderr);
        for promise in &promised {
            assert!(
                found(facts, promise),
                "{label}: no {} fact {:?} → {:?} in {facts:#?}",
                promise.kind,
                promise.old,
                promise.new
            );
        }
        for (miss, why) in &misses {
            assert!(!found(facts, miss), "{label}: the known miss is found now ({why})");
        }
    }
}

/// The cosmetic-only pair also exits 0 without `--exit-code`, and with
/// `--all` shows its cosmetic edits.
#[test]
fn cosmetic_edits_are_hidden_unless_asked() {
    let paths =
        ["fixtures/versions/14-cosmetic-only.v1.txt", "fixtures/versions/14-cosmetic-only.v2.txt"];
    let run = dateline(&["diff", paths[0], paths[1], "--format", "json"]);
    assert_eq!(run.code, 0);
    let doc = run.json();
    assert_eq!(doc["summary"]["facts_changed"], 0);
    assert!(doc["summary"]["sentences_cosmetic"].as_u64().unwrap() >= 8, "{}", doc["summary"]);
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 0, "cosmetic edits are hidden");
    let all = dateline(&["diff", paths[0], paths[1], "--format", "json", "--all"]).json();
    let sentences = all["sentences"].as_array().unwrap();
    assert!(sentences.iter().any(|s| s["cosmetic"] == true));
    let spelling = sentences
        .iter()
        .flat_map(|s| s["words"].as_array().cloned().unwrap_or_default())
        .any(|w| w["text"] == "received" && w["cosmetic"] == true);
    assert!(spelling, "the spelling fix is a cosmetic word edit");
}

/// A moved paragraph is a move, not a delete and an insert; a split is a
/// split and a merge a merge.
#[test]
fn moves_splits_and_merges() {
    let ops = |story: &str| -> Vec<Value> {
        let a = format!("fixtures/versions/{story}.v1.txt");
        let b = format!("fixtures/versions/{story}.v2.txt");
        let doc = dateline(&["diff", &a, &b, "--format", "json"]).json();
        doc["sentences"].as_array().unwrap().clone()
    };
    let moved = ops("11-moved-paragraph");
    let moves: Vec<(u64, u64)> = moved
        .iter()
        .filter(|s| s["op"] == "move")
        .map(|s| (s["old_index"].as_u64().unwrap(), s["new_index"].as_u64().unwrap()))
        .collect();
    assert_eq!(moves, [(12, 4), (13, 5)], "{moved:#?}");
    assert!(moved.iter().all(|s| s["op"] != "delete" && s["op"] != "insert"));

    let split = ops("12-split-sentence");
    let s = split.iter().find(|s| s["op"] == "split").expect("a split");
    assert_eq!(s["new_indices"], serde_json::json!([3, 4]));
    assert!(split.iter().all(|s| s["op"] != "insert"));

    let merged = ops("13-merged-sentences");
    let m = merged.iter().find(|s| s["op"] == "merge").expect("a merge");
    assert_eq!(m["old_indices"], serde_json::json!([4, 5]));
    assert!(merged.iter().all(|s| s["op"] != "delete"));
}

#[test]
fn word_edits_are_whole_numbers_and_names() {
    let doc = dateline(&[
        "diff",
        "fixtures/versions/04-actor-replaced.v1.txt",
        "fixtures/versions/04-actor-replaced.v2.txt",
        "--format",
        "json",
    ])
    .json();
    let words: Vec<(String, String)> = doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["words"].as_array().cloned().unwrap_or_default())
        .filter(|w| w["op"] != "equal")
        .map(|w| (w["op"].as_str().unwrap().to_string(), w["text"].as_str().unwrap().to_string()))
        .collect();
    let pair = |op: &str, text: &str| (op.to_string(), text.to_string());
    assert!(
        words.contains(&pair("delete", "Anna")) && words.contains(&pair("insert", "Maria")),
        "{words:?}"
    );
    assert!(words.contains(&pair("insert", "Peter Lindqvist")), "{words:?}");
}

/// Three versions: the revisions between each pair and each fact's value
/// in every version.
#[test]
fn history_of_three_versions() {
    let doc = dateline(&[
        "diff",
        "fixtures/versions/17-flood.v1.txt",
        "fixtures/versions/17-flood.v2.txt",
        "fixtures/versions/17-flood.v3.txt",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(doc["schema"], "dateline.diff/1");
    assert_eq!(doc["revisions"].as_array().unwrap().len(), 2);
    let rows = doc["history"].as_array().unwrap();
    let toll = rows.iter().find(|r| r["kind"] == "number").expect("the toll's history");
    assert_eq!(toll["values"], serde_json::json!(["at least 12", "at least 19", "at least 23"]));
    let status = rows.iter().find(|r| r["kind"] == "status").expect("the evacuation's history");
    assert_eq!(status["values"][0], status["values"][1]);
    assert_ne!(status["values"][1], status["values"][2]);
}

/// A JSON Lines file of versions, oldest first, labelled by `version`.
#[test]
fn json_lines_versions() {
    let dir = temp_dir();
    let mut lines = String::new();
    for (v, label) in [(1, "09:00"), (2, "11:30"), (3, "15:45")] {
        let text = fs::read_to_string(root().join(format!("fixtures/versions/17-flood.v{v}.txt")))
            .unwrap();
        let record = serde_json::json!({"id": "flood", "version": label, "text": text});
        lines.push_str(&record.to_string());
        lines.push('\n');
    }
    let path: PathBuf = dir.path().join("flood.jsonl");
    fs::write(&path, lines).unwrap();
    let run = dateline(&["diff", path.to_str().unwrap(), "--format", "json", "--exit-code"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let doc = run.json();
    let ids: Vec<&str> =
        doc["versions"].as_array().unwrap().iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["09:00", "11:30", "15:45"]);
    assert_eq!(doc["revisions"][0]["facts"][0]["new"], "at least 19");
}

#[test]
fn exit_codes() {
    let v = |story: &str, n: u8| format!("fixtures/versions/{story}.v{n}.txt");
    let same = dateline(&[
        "diff",
        &v("01-death-toll-rises", 1),
        &v("01-death-toll-rises", 1),
        "--exit-code",
    ]);
    assert_eq!(same.code, 0, "{}", same.stderr);
    assert!(same.stdout.contains("no fact changed"), "{}", same.stdout);
    let changed = dateline(&["diff", &v("01-death-toll-rises", 1), &v("01-death-toll-rises", 2)]);
    assert_eq!(changed.code, 0, "without --exit-code a difference is success");
    let changed = dateline(&[
        "diff",
        &v("01-death-toll-rises", 1),
        &v("01-death-toll-rises", 2),
        "--exit-code",
    ]);
    assert_eq!(changed.code, 1);
}

/// Bad input: one line naming the file, exit 2, never a panic; the
/// versions that could be read are still compared.
#[test]
fn bad_input() {
    let dir = temp_dir();
    let binary = dir.path().join("scan.txt");
    fs::write(&binary, b"%PDF-1.7\n\x00\x01\x02binary").unwrap();
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, b"").unwrap();
    let good = "fixtures/versions/01-death-toll-rises.v1.txt";
    let cases: Vec<(Vec<String>, String)> = vec![
        (
            vec![good.into(), "no/such/file.txt".into()],
            "no/such/file.txt: no such file or directory".into(),
        ),
        (
            vec![good.into(), binary.display().to_string()],
            format!("{}: binary file", binary.display()),
        ),
        (
            vec![empty.display().to_string(), good.into()],
            format!("{}: the file is empty", empty.display()),
        ),
        (vec![good.into()], format!("{good}: only one version to compare")),
    ];
    for (paths, message) in cases {
        let mut a: Vec<&str> = vec!["diff"];
        a.extend(paths.iter().map(String::as_str));
        a.push("--exit-code");
        let run = dateline(&a);
        assert_eq!(run.code, 2, "{paths:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{paths:?}: no diff on bad input: {}", run.stdout);
        assert_eq!(run.stderr.lines().count(), 1, "{paths:?}: {}", run.stderr);
        assert!(run.stderr.starts_with("dateline: error: "), "{}", run.stderr);
        assert!(run.stderr.contains(&message), "{paths:?}: {}", run.stderr);
    }
    // A bad version among good ones is reported; the others are compared.
    let v2 = "fixtures/versions/01-death-toll-rises.v2.txt";
    let run = dateline(&["diff", good, binary.to_str().unwrap(), v2, "--facts-only"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stdout.contains(v2) && run.stdout.contains("toll"), "{}", run.stdout);
    let jsonl = dir.path().join("versions.jsonl");
    fs::write(&jsonl, "{\"version\": 1, \"text\": \"One.\"}\nnot json\n").unwrap();
    let run = dateline(&["diff", jsonl.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("versions.jsonl:2: not a JSON article record"), "{}", run.stderr);
}

/// Text from the articles cannot inject markup into HTML or Markdown.
#[test]
fn html_and_markdown_escape_the_text() {
    let dir = temp_dir();
    let old = dir.path().join("old.txt");
    let new = dir.path().join("new.txt");
    fs::write(&old, "Council votes\n\nThe council voted 9 to 2 on the <b>plan</b> | budget.\n")
        .unwrap();
    fs::write(
        &new,
        "Council votes\n\nThe council voted 8 to 3 on the <script>alert(1)</script> | budget.\n",
    )
    .unwrap();
    let html =
        dateline(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--format", "html"]);
    assert_eq!(html.code, 0, "{}", html.stderr);
    assert!(!html.stdout.contains("<script>"), "{}", html.stdout);
    assert!(html.stdout.contains("script&gt;alert(1)&lt;/script"), "{}", html.stdout);
    assert!(
        html.stdout.starts_with("<!DOCTYPE html>") && html.stdout.trim_end().ends_with("</html>")
    );
    assert!(!html.stdout.contains("http"), "the page needs nothing from the network");
    let md =
        dateline(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--format", "markdown"]);
    assert!(md.stdout.contains("script\\>alert(1)\\</script"), "{}", md.stdout);
    assert!(!md.stdout.contains("<b>") && !md.stdout.contains("<script>"), "{}", md.stdout);
}

#[test]
fn colour_only_when_asked() {
    let a = "fixtures/versions/01-death-toll-rises.v1.txt";
    let b = "fixtures/versions/01-death-toll-rises.v2.txt";
    let plain = dateline(&["diff", a, b]);
    assert!(!plain.stdout.contains('\x1b'));
    assert!(plain.stdout.contains("[-70-]{+86+}"), "{}", plain.stdout);
    let coloured = dateline(&["--color", "always", "diff", a, b]);
    assert!(coloured.stdout.contains('\x1b'));
    assert!(!coloured.stdout.contains("[-70-]"), "colour marks the words instead");
}

#[test]
fn facts_only() {
    let run = dateline(&[
        "diff",
        "fixtures/versions/15-multiple-facts.v1.txt",
        "fixtures/versions/15-multiple-facts.v2.txt",
        "--facts-only",
    ]);
    assert!(run.stdout.contains("Facts") && !run.stdout.contains("Text"), "{}", run.stdout);
    let doc = dateline(&[
        "diff",
        "fixtures/versions/15-multiple-facts.v1.txt",
        "fixtures/versions/15-multiple-facts.v2.txt",
        "--facts-only",
        "--format",
        "json",
    ])
    .json();
    assert!(doc["sentences"].as_array().unwrap().is_empty());
    assert_eq!(doc["facts"].as_array().unwrap().len(), 3);
}

/// Text that never had full stops is diffed as text: no event extraction
/// on a "sentence" of thousands of words, and a note that says so.
#[test]
fn overlong_sentences_are_compared_as_text() {
    let dir = temp_dir();
    let words = ["river", "council", "budget", "bridge", "vote", "market", "storm", "police"];
    let long = |seed: usize| -> String {
        (0..4000)
            .map(|k| words[(k * 7 + seed * 3 + k / 5) % words.len()])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (old, new) = (dir.path().join("old.txt"), dir.path().join("new.txt"));
    fs::write(&old, long(1)).unwrap();
    fs::write(&new, long(2)).unwrap();
    let run = dateline(&["diff", old.to_str().unwrap(), new.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert_eq!(doc["old"]["events_read"], false);
    assert!(doc["facts"].as_array().unwrap().is_empty());
    let text = dateline(&["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert!(text.stdout.contains("events not read"), "{}", text.stdout);
}
