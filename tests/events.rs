//! `dateline events`: fixtures, the seed's acceptance table, user lexicons.

use serde_json::Value;

use crate::util::{dateline, fixture_articles, fixture_date};

/// Every fixture's events, as JSON and as text, against reviewed snapshots.
#[test]
fn fixture_snapshots() {
    for path in fixture_articles() {
        let path_str = path.to_str().unwrap();
        let mut args = vec!["events", path_str];
        let date = fixture_date(&path);
        if let Some(date) = &date {
            args.extend(["--date", date]);
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        let json = dateline(&[&args[..], &["--format", "json"]].concat());
        assert_eq!(json.code, 0, "{name}: {}", json.stderr);
        insta::assert_json_snapshot!(format!("events-json-{name}"), json.json());
        let text = dateline(&args);
        assert_eq!(text.code, 0, "{name}: {}", text.stderr);
        insta::assert_snapshot!(format!("events-text-{name}"), text.stdout);
    }
}

fn seed_events() -> Vec<Value> {
    let run = dateline(&[
        "events",
        "fixtures/articles/00-syria-call.txt",
        "--date",
        "2017-05-02",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert_eq!(doc["schema"], "dateline.events/1");
    assert_eq!(doc["reference_date"], "2017-05-02");
    doc["events"].as_array().unwrap().clone()
}

fn names(event: &Value, role: &str) -> Vec<String> {
    event["participants"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["role"] == role)
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

fn sentences(event: &Value) -> Vec<&str> {
    event["evidence"].as_array().unwrap().iter().map(|e| e["sentence"].as_str().unwrap()).collect()
}

/// The events of one kind whose evidence includes a sentence containing
/// `words`.
fn find<'a>(events: &'a [Value], kind: &str, words: &str) -> Vec<&'a Value> {
    events
        .iter()
        .filter(|e| e["kind"] == kind && sentences(e).iter().any(|s| s.contains(words)))
        .collect()
}

fn one<'a>(events: &'a [Value], kind: &str, words: &str) -> &'a Value {
    let found = find(events, kind, words);
    assert_eq!(found.len(), 1, "one {kind} event mentioned with {words:?}: {found:#?}");
    found[0]
}

/// The seed's events as issue 4's table lists them.
#[test]
fn seed_acceptance() {
    let events = seed_events();

    // The call: once, with every sentence that mentions it.
    let calls: Vec<&Value> = events.iter().filter(|e| e["kind"] == "call").collect();
    assert_eq!(calls.len(), 1, "{calls:#?}");
    let call = calls[0];
    assert_eq!(call["when"]["value"], "2017-05-02");
    assert_eq!(call["status"], "occurred");
    assert_eq!(names(call, "agent"), ["Vladimir Putin", "Donald Trump"]);
    let said = sentences(call);
    for words in ["their first call", "The conversation", "the talks between", "Tuesday’s call"] {
        assert!(said.iter().any(|s| s.contains(words)), "the call's evidence has {words:?}");
    }

    // The face-to-face meeting, around the G20 in Hamburg in July.
    let meeting = one(&events, "meeting", "face-to- face meeting");
    assert_eq!(meeting["when"]["value"], "2017-07");
    assert_eq!(meeting["status"], "planned");
    assert_eq!(meeting["place"]["name"], "Hamburg");
    let people = names(meeting, "agent");
    assert!(people.contains(&"Vladimir Putin".into()) && people.contains(&"Donald Trump".into()));
    let summit = one(&events, "summit", "G20 summit");
    assert_eq!(summit["when"]["value"], "2017-07");
    assert_eq!(summit["status"], "planned");
    assert_eq!(summit["place"]["name"], "Hamburg");

    // The air strike of early April on a Syrian government airbase.
    let strike = one(&events, "strike", "US airstrike");
    assert_eq!(strike["when"]["value"], "2017-04");
    assert_eq!(strike["when"]["mod"], "START");
    assert_eq!(strike["status"], "occurred");
    assert!(names(strike, "agent").contains(&"United States".into()));
    assert!(names(strike, "target").iter().any(|t| t.starts_with("Syria")));

    // The chemical attack: before the strike, the Syrian government
    // accused.
    let attack = one(&events, "attack", "deadly attack on civilians");
    assert!(matches!(attack["status"].as_str(), Some("occurred" | "reported")));
    assert_eq!(attack["when"]["value"], "2017-04");
    let before_strike = attack["relations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["type"] == "before" && r["event"] == strike["id"]);
    assert!(before_strike, "{attack:#?}");
    assert!(names(attack, "agent").iter().any(|a| a.starts_with("Syria")));

    // The talks in Kazakhstan that begin Wednesday.
    let talks = one(&events, "talks", "Russian-led talks");
    assert_eq!(talks["when"]["value"], "2017-05-03");
    assert_eq!(talks["status"], "planned");
    assert_eq!(talks["place"]["name"], "Kazakhstan");

    // The White House announces it will send an official.
    let announce = one(&events, "statement", "The White House announced");
    assert_eq!(announce["subkind"], "announce");
    assert_eq!(announce["when"]["value"], "2017-05-02");
    assert_eq!(announce["status"], "occurred");
    assert_eq!(names(announce, "agent"), ["United States (White House)"]);

    // Putin met Merkel earlier Tuesday, and denied interfering.
    let merkel = one(&events, "meeting", "Angela Merkel");
    assert_eq!(merkel["when"]["value"], "2017-05-02");
    assert_eq!(merkel["status"], "occurred");
    assert_eq!(names(merkel, "agent"), ["Vladimir Putin"]);
    assert_eq!(names(merkel, "other"), ["Angela Merkel"]);
    let denial = find(&events, "statement", "denied that Moscow");
    let denial = denial.iter().find(|e| e["subkind"] == "deny").expect("the denial");
    assert_eq!(denial["when"]["value"], "2017-05-02");
    assert_eq!(names(denial, "agent"), ["Vladimir Putin"]);

    // Trump's post on Twitter, days after the strikes.
    let post = one(&events, "statement", "took to Twitter");
    assert_eq!(post["subkind"], "post");
    assert_eq!(post["when"]["value"], "2017-04");
    assert_eq!(names(post, "agent"), ["Donald Trump"]);

    // Tillerson and Haley's criticism, after the chemical attack.
    let criticism = one(&events, "statement", "blistering criticism");
    assert_eq!(criticism["subkind"], "criticize");
    assert_eq!(criticism["when"]["value"], "2017-04");
    assert_eq!(names(criticism, "agent"), ["Rex Tillerson", "Nikki Haley"]);

    let election = one(&events, "election", "last year’s election");
    assert_eq!(election["when"]["value"], "2016");
    assert_eq!(election["status"], "occurred");

    let office = one(&events, "appointment", "took office");
    assert_eq!(office["when"]["value"], "2017-01");
    assert_eq!(names(office, "agent"), ["Donald Trump"]);

    let inquiry = one(&events, "investigation", "are investigating");
    assert_eq!(inquiry["when"]["value"], "PRESENT_REF");
    assert_eq!(inquiry["status"], "ongoing");
    assert_eq!(names(inquiry, "agent"), ["FBI", "United States (Congress)"]);
}

/// Photo captions and credits stay out of the text list unless asked for.
#[test]
fn captions_only_when_asked() {
    let args = ["events", "fixtures/articles/00-syria-call.txt", "--date", "2017-05-02"];
    let plain = dateline(&args);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    assert!(!plain.stdout.contains("[caption]"), "{}", plain.stdout);
    assert!(!plain.stdout.contains("2016-01-15"));
    let with = dateline(&[&args[..], &["--include-captions"]].concat());
    assert!(with.stdout.contains("[caption]"), "{}", with.stdout);
}

/// A user lexicon adds a kind without recompiling; a broken one is a
/// one-line error naming the file.
#[test]
fn user_lexicon() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("extra.toml");
    std::fs::write(
        &good,
        "version = 1\n\n[[kind]]\nname = \"ceasefire-violation\"\ndescription = \"a breach of a truce\"\n\
         triggers = [{ noun = \"shaky ceasefire\" }]\n",
    )
    .unwrap();
    let run = dateline(&[
        "events",
        "fixtures/articles/00-syria-call.txt",
        "--date",
        "2017-05-02",
        "--format",
        "json",
        "--lexicon",
        good.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert!(doc["events"].as_array().unwrap().iter().any(|e| e["kind"] == "ceasefire-violation"));

    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "version = 1\n[[kind]]\nname = \"x\"\ntriggers = [{ verb = \"a\", noun = \"b\" }]\n",
    )
    .unwrap();
    let run = dateline(&[
        "events",
        "fixtures/articles/00-syria-call.txt",
        "--lexicon",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("bad.toml"), "{}", run.stderr);
}
