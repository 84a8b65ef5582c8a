//! Extraction tests on small articles.

use chrono::NaiveDate;
use dateline_article::{Article, Meta};
use dateline_temporal::{Tagger, TaggerConfig};

use crate::{Event, Extractor, Lexicon};

fn extract(text: &str, reference: &str) -> Vec<Event> {
    let article = Article::from_text(text, Meta::default());
    let reference = NaiveDate::parse_from_str(reference, "%Y-%m-%d").ok();
    let timexes = Tagger::new(TaggerConfig::default()).tag(&article, reference);
    Extractor::new(&Lexicon::builtin()).extract(&article, &timexes, reference)
}

#[track_caller]
fn check(text: &str, reference: &str, expected: &[(&str, Option<&str>, &str)]) {
    let events = extract(text, reference);
    let got: Vec<(&str, Option<&str>, &str)> = events
        .iter()
        .map(|e| (e.kind.as_str(), e.when.as_ref().map(|w| w.value.as_str()), e.status.as_str()))
        .collect();
    assert_eq!(got, expected, "{events:#?}");
}

#[test]
fn meetings_and_calls() {
    check(
        "Leaders talk\n\nGerman Chancellor Angela Merkel met French President Emmanuel Macron on Tuesday. They will meet again in July.",
        "2017-05-02",
        &[("meeting", Some("2017-05-02"), "occurred"), ("meeting", Some("2017-07"), "planned")],
    );
}
