//! `dateline timex`: fixtures, the seed's acceptance points, TimeML out.

use crate::util::{dateline, fixture_articles, fixture_date};

/// Every fixture's expressions, as JSON and as text, against reviewed
/// snapshots.
#[test]
fn fixture_snapshots() {
    for path in fixture_articles() {
        let path_str = path.to_str().unwrap();
        let mut args = vec!["timex", path_str];
        let date = fixture_date(&path);
        if let Some(date) = &date {
            args.extend(["--date", date]);
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        let json = dateline(&[&args[..], &["--format", "json"]].concat());
        assert_eq!(json.code, 0, "{name}: {}", json.stderr);
        insta::assert_json_snapshot!(format!("timex-json-{name}"), json.json());
        let text = dateline(&args);
        assert_eq!(text.code, 0, "{name}: {}", text.stderr);
        insta::assert_snapshot!(format!("timex-text-{name}"), text.stdout);
    }
}

#[test]
fn seed_acceptance() {
    let run = dateline(&[
        "timex",
        "fixtures/articles/00-syria-call.txt",
        "--date",
        "2017-05-02",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = run.json();
    assert_eq!(doc["schema"], "dateline.timex/1");
    assert_eq!(doc["reference_date"], "2017-05-02");
    let timexes = doc["timexes"].as_array().unwrap();
    let find = |text: &str| -> Vec<&serde_json::Value> {
        timexes.iter().filter(|t| t["text"] == text).collect()
    };
    let value = |text: &str| -> Vec<&str> {
        find(text).iter().map(|t| t["value"].as_str().unwrap()).collect()
    };
    assert_eq!(value("January 15, 2016"), ["2016-01-15"]);
    assert_eq!(value("May 17, 2016"), ["2016-05-17"]);
    // Every Tuesday is the reference date: "on Tuesday", "earlier Tuesday"
    // and "Tuesday's call".
    let tuesdays: Vec<&serde_json::Value> =
        timexes.iter().filter(|t| t["text"].as_str().unwrap().contains("Tuesday")).collect();
    assert_eq!(tuesdays.len(), 3);
    assert!(tuesdays.iter().all(|t| t["value"] == "2017-05-02"), "{tuesdays:?}");
    assert!(tuesdays.iter().any(|t| t["text"] == "earlier Tuesday"));
    // The talks that begin Wednesday: the next day.
    assert_eq!(value("Wednesday"), ["2017-05-03"]);
    assert_eq!(value("July"), ["2017-07"]);
    let april = find("early April");
    assert_eq!(april.len(), 1);
    assert_eq!(april[0]["value"], "2017-04");
    assert_eq!(april[0]["mod"], "START");
    assert_eq!(april[0]["interval"]["start"], "2017-04-01");
    // "last year's election"
    assert_eq!(value("last year"), ["2016"]);
    assert_eq!(value("January"), ["2017-01"]);
    // "days after the Syria strikes": a length of time tied to an event.
    let days = find("days");
    assert_eq!(days.len(), 1);
    assert_eq!(days[0]["relation"]["type"], "after");
    assert_eq!(days[0]["relation"]["text"], "days after");
}

#[test]
fn timeml_output_round_trips() {
    let run = dateline(&[
        "timex",
        "fixtures/articles/00-syria-call.txt",
        "--date",
        "2017-05-02",
        "--format",
        "timeml",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = dateline_article::timeml::parse(&run.stdout).expect("the output is TimeML");
    assert_eq!(doc.dct_value.as_deref(), Some("2017-05-02"));
    let tags: Vec<(&str, Option<&str>)> = doc
        .tags
        .iter()
        .filter(|t| t.name == "TIMEX3")
        .map(|t| (&doc.text[t.span], t.attr("value")))
        .collect();
    assert!(tags.contains(&("Wednesday", Some("2017-05-03"))), "{tags:?}");
    assert!(tags.contains(&("early April", Some("2017-04"))), "{tags:?}");
}

#[test]
fn without_a_date_values_keep_x() {
    let run = dateline(&["timex", "fixtures/articles/00-syria-call.txt", "--format", "json"]);
    assert_eq!(run.code, 0);
    let doc = run.json();
    assert!(doc["reference_date"].is_null());
    let july = doc["timexes"].as_array().unwrap().iter().find(|t| t["text"] == "July").unwrap();
    assert_eq!(july["value"], "XXXX-07");
    assert!(july["interval"].is_null());
}
