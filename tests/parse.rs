//! `dateline parse`: fixtures, the seed's acceptance points, and bad input.

use std::fs;

use crate::util::{dateline, dateline_with_stdin, fixture_articles, fixture_date, temp_dir};

/// Every fixture, as JSON and as text, against its reviewed snapshot.
#[test]
fn fixture_snapshots() {
    for path in fixture_articles() {
        let path_str = path.to_str().unwrap();
        let mut args = vec!["parse", path_str];
        let date = fixture_date(&path);
        if let Some(date) = &date {
            args.extend(["--date", date]);
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        let json = dateline(&[&args[..], &["--format", "json"]].concat());
        assert_eq!(json.code, 0, "{name}: {}", json.stderr);
        insta::assert_json_snapshot!(format!("parse-json-{name}"), json.json());
        let text = dateline(&args);
        assert_eq!(text.code, 0, "{name}: {}", text.stderr);
        insta::assert_snapshot!(format!("parse-text-{name}"), text.stdout);
    }
}

#[test]
fn seed_acceptance() {
    let run = dateline(&["parse", "fixtures/articles/00-syria-call.txt", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert_eq!(doc["schema"], "dateline.article/1");
    let blocks = doc["blocks"].as_array().unwrap();
    let kind_of = |needle: &str| -> Vec<&str> {
        blocks
            .iter()
            .filter(|b| b["text"].as_str().unwrap().contains(needle))
            .map(|b| b["kind"].as_str().unwrap())
            .collect()
    };
    assert_eq!(
        doc["meta"]["title"],
        "Donald Trump and Vladimir Putin make plans to meet face to face and agree to greater cooperation in Syria"
    );
    assert_eq!(kind_of("Donald Trump and Vladimir Putin make plans"), ["headline"]);
    assert_eq!(kind_of("Sign in / Join"), ["boilerplate"]);
    assert_eq!(kind_of("A combination of file photos showing"), ["caption"]);
    assert_eq!(kind_of("Undated handout photo issued by"), ["caption"]);
    let credit: Vec<&str> = blocks
        .iter()
        .filter(|b| b["kind"] == "credit")
        .map(|b| b["text"].as_str().unwrap())
        .collect();
    assert_eq!(credit, ["Credit: Seaman Ford Williams/US Navy/PA"]);

    // Every body paragraph of the seed is a paragraph: the 19 blocks after
    // the first caption, less the second caption and its credit.
    let paragraphs: Vec<&str> = blocks
        .iter()
        .filter(|b| b["kind"] == "paragraph")
        .map(|b| b["text"].as_str().unwrap())
        .collect();
    assert_eq!(paragraphs.len(), 17);
    assert!(paragraphs[0].starts_with("Vladimir Putin and Donald Trump have agreed"));
    assert!(paragraphs[16].starts_with("Tuesday’s call marked the third time"));

    // No sentence ends after "Mr" or inside "U.S.", and spans index the text.
    let sentences = doc["sentences"].as_array().unwrap();
    for s in sentences {
        let text = s["text"].as_str().unwrap();
        assert!(!text.ends_with(" Mr") && !text.ends_with(" Mrs"), "{text}");
        assert!(!text.ends_with(" U.") && !text.ends_with(" U.S."), "{text}");
        assert!(
            !text.starts_with("S.")
                && !text.starts_with("Putin")
                && !text.starts_with("Trump ordered"),
            "{text}"
        );
    }
    let split: Vec<&str> = sentences.iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert!(split.contains(&"Russia said the US strikes violated international law."));
    assert!(split.iter().any(|s| s.starts_with(
        "Despite having previously warned against US intervention in Syria,Mr Trump ordered"
    )));
}

#[test]
fn spans_index_the_text() {
    for path in fixture_articles() {
        let run = dateline(&["parse", path.to_str().unwrap(), "--format", "json"]);
        let doc = run.json();
        let blocks = doc["blocks"].as_array().unwrap();
        // Rebuild the text from the blocks: each block's text must sit at its
        // span, blocks in order and not overlapping.
        let mut last_end = 0;
        for b in blocks {
            let (start, end) = (b["start"].as_u64().unwrap(), b["end"].as_u64().unwrap());
            assert!(start >= last_end && end > start, "{path:?}: {b}");
            assert_eq!(b["text"].as_str().unwrap().len() as u64, end - start);
            last_end = end;
        }
        for s in doc["sentences"].as_array().unwrap() {
            let block = &blocks[s["block"].as_u64().unwrap() as usize];
            assert!(
                s["start"].as_u64() >= block["start"].as_u64()
                    && s["end"].as_u64() <= block["end"].as_u64()
            );
            let offset = (s["start"].as_u64().unwrap() - block["start"].as_u64().unwrap()) as usize;
            let block_text = block["text"].as_str().unwrap();
            assert!(block_text[offset..].starts_with(s["text"].as_str().unwrap()));
        }
    }
}

#[test]
fn formats_and_metadata() {
    let doc = |path: &str| dateline(&["parse", path, "--format", "json"]).json();
    let jsonld = doc("fixtures/articles/02-jsonld.html");
    assert_eq!(jsonld["meta"]["published"], "2021-03-09");
    assert_eq!(jsonld["meta"]["published_from"], "json_ld");
    let meta_only = doc("fixtures/articles/03-meta-only.html");
    assert_eq!(meta_only["meta"]["published"], "2019-06-20");
    assert_eq!(meta_only["meta"]["published_from"], "meta_tag");
    let markdown = doc("fixtures/articles/04-front-matter.md");
    assert_eq!(markdown["format"], "markdown");
    assert_eq!(markdown["meta"]["published"], "2020-11-04");
    let legacy = dateline(&["parse", "fixtures/articles/08-windows-1252.txt", "--format", "json"]);
    assert_eq!(legacy.code, 0);
    assert!(
        legacy.stderr.contains(
            "warning: fixtures/articles/08-windows-1252.txt: not UTF-8: decoded as windows-1252"
        ),
        "{}",
        legacy.stderr
    );
    assert!(legacy.json()["meta"]["title"].as_str().unwrap().starts_with("Zürich café"));
}

#[test]
fn stdin_and_directories() {
    let run = dateline_with_stdin(
        &["parse", "-", "--format", "json"],
        Some(b"Talks begin\n\nTalks begin on Wednesday in Kazakhstan."),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["source"]["path"], "-");
    let dir = dateline(&["parse", "fixtures/articles", "--format", "json"]);
    assert_eq!(dir.code, 0, "{}", dir.stderr);
    assert_eq!(dir.json().as_array().unwrap().len(), fixture_articles().len());
}

#[test]
fn json_lines_corpus_streams_and_reports_bad_lines() {
    let dir = temp_dir();
    let corpus = dir.path().join("corpus.jsonl");
    fs::write(
        &corpus,
        "{\"id\": \"a\", \"published\": \"2017-05-02\", \"title\": \"Leaders speak\", \"text\": \"The leaders spoke on Tuesday.\"}\n\
         {\"id\": \"b\", \"text\": broken}\n\
         \n\
         {\"id\": \"c\", \"html\": \"<html><body><p>Talks begin on Wednesday in the capital, officials said, after weeks of delay and argument.</p></body></html>\"}\n",
    )
    .unwrap();
    let run = dateline(&["parse", corpus.to_str().unwrap(), "--format", "jsonl"]);
    assert_eq!(run.code, 2);
    let lines: Vec<serde_json::Value> =
        run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["source"]["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(lines[0]["meta"]["published"], "2017-05-02");
    let errors: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(
        errors[0].starts_with("dateline: error: ")
            && errors[0].contains("corpus.jsonl:2: not a JSON article record: expected value"),
        "{}",
        errors[0]
    );
}

/// Runs `parse` on one bad input beside a good one: the bad one gets one
/// error line naming it, the good one is still printed, and the exit code
/// is 2.
#[track_caller]
fn check_bad_input(name: &str, bytes: &[u8], expected: &str) {
    let dir = temp_dir();
    let bad = dir.path().join(name);
    fs::write(&bad, bytes).unwrap();
    let run = dateline(&[
        "parse",
        bad.to_str().unwrap(),
        "fixtures/articles/00-syria-call.txt",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{}", run.stderr);
    assert_eq!(lines[0], format!("dateline: error: {}: {expected}", bad.display()));
    let docs = run.json();
    assert_eq!(docs.as_array().map(Vec::len), Some(1), "the good file is still read");
}

#[test]
fn bad_inputs() {
    check_bad_input("empty.txt", b"", "the file is empty");
    check_bad_input("blank.txt", b" \n\n \t\n", "no article text found");
    check_bad_input(
        "image.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        "binary file (a PNG image), not text",
    );
    check_bad_input("nul.txt", b"text\0with\0nul bytes", "binary file (NUL bytes), not text");
    check_bad_input(
        "damaged.txt",
        "Zürich café: the talks – “begin” \u{2026}"
            .as_bytes()
            .iter()
            .copied()
            .chain([0xff, b' ', b'x'])
            .collect::<Vec<u8>>()
            .as_slice(),
        "invalid UTF-8 at byte 44",
    );
    check_bad_input(
        "deep.html",
        "<div>".repeat(100_000).as_bytes(),
        "HTML nested more than 1024 elements deep; refusing to parse it",
    );
    check_bad_input("scripts.html", b"<html><head><script>a()</script></head><body><script>b()</script><style>p{}</style></body></html>", "no article text found");
    check_bad_input("bomb.tml", br#"<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><TimeML><TEXT>&b;</TEXT></TimeML>"#, "not valid TimeML: entity &b; is not one of XML's own; custom entities are not expanded");
}

#[test]
fn huge_single_line_is_refused_before_reading() {
    let dir = temp_dir();
    let path = dir.path().join("line.txt");
    fs::write(&path, vec![b'a'; 100 * 1024 * 1024]).unwrap();
    let run = dateline(&["parse", path.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim_end(),
        format!(
            "dateline: error: {}: 100 MB is larger than the 32 MB limit (raise it with --max-bytes)",
            path.display()
        )
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn unreadable_paths() {
    let run = dateline(&["parse", "no/such/file.txt", "fixtures/articles/01-wire-dateline.txt"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr.trim_end(),
        "dateline: error: no/such/file.txt: no such file or directory"
    );
    assert!(run.stdout.contains("Rival Libyan delegations agree prisoner swap"));
}

#[test]
fn malformed_html_is_read_with_best_effort() {
    let dir = temp_dir();
    let path = dir.path().join("broken.html");
    fs::write(&path, "<html><body><div><p>Rescuers searched through the night for survivors of the landslide, officials said on <b>Monday<p>The road remains closed.</div></span></table><p>Unclosed <i>tags everywhere").unwrap();
    let run = dateline(&["parse", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    let texts: Vec<&str> =
        doc["sentences"].as_array().unwrap().iter().map(|s| s["text"].as_str().unwrap()).collect();
    assert!(texts.iter().any(|t| t.contains("The road remains closed.")), "{texts:?}");
}

#[test]
fn usage_errors_exit_2() {
    let run = dateline(&["parse", "fixtures/articles/00-syria-call.txt", "--date", "May 2"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("\"May 2\" is not a date in the form YYYY-MM-DD"),
        "{}",
        run.stderr
    );
    assert_eq!(dateline(&["parse"]).code, 2);
    let run = dateline(&["parse", "fixtures/articles/00-syria-call.txt", "--date", "2025-02-30"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("\"2025-02-30\" is not a day of the calendar"), "{}", run.stderr);
}

#[test]
fn help_and_completions() {
    let help = dateline(&["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("Examples:"));
    let bash = dateline(&["completions", "bash"]);
    assert_eq!(bash.code, 0);
    assert!(bash.stdout.contains("_dateline()"));
}
