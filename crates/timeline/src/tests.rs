//! Merging and ordering on small hand-made timelines.

use chrono::NaiveDate;
use dateline_article::BlockKind;
use dateline_events::{ActorKind, RelationKind, Role, Status};
use dateline_temporal::Granularity;

use crate::{
    ArticleEvents, Builder, ConflictField, Entry, Filter, Mention, Participant, Relation,
    SourceInfo, When,
};

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A date: `2017-05-02` (a day) or `2017-04` (a month).
fn when(value: &str) -> When {
    let (start, end, granularity) = if value.len() == 10 {
        (day(value), day(value), Granularity::Day)
    } else {
        let start = day(&format!("{value}-01"));
        let end = start.checked_add_months(chrono::Months::new(1)).unwrap().pred_opt().unwrap();
        (start, end, Granularity::Month)
    };
    When {
        value: value.into(),
        start: Some(start),
        end: Some(end),
        granularity,
        modifier: None,
        text: None,
        approximate: false,
        confidence: 0.8,
    }
}

fn entry(id: &str, kind: &str, date: Option<&str>, agents: &[&str], at: usize) -> Entry {
    Entry {
        id: id.to_string(),
        kind: kind.into(),
        subkind: None,
        summary: format!("{kind} {id}").into(),
        when: date.map(when),
        status: Status::Occurred,
        participants: agents
            .iter()
            .map(|a| Participant { name: (*a).into(), kind: ActorKind::Person, role: Role::Agent })
            .collect(),
        place: None,
        relations: Vec::new(),
        evidence: vec![Mention {
            source: "".into(),
            block: BlockKind::Paragraph,
            sentence: "".into(),
            start: at,
            end: at + 10,
            trigger: kind.into(),
        }],
        quantity: None,
        confidence: 0.7,
        conflicts: Vec::new(),
        sources: Vec::new(),
    }
}

fn article(id: &str, mut entries: Vec<Entry>) -> ArticleEvents {
    for e in &mut entries {
        e.sources = vec![id.into()];
        for m in &mut e.evidence {
            m.source = id.into();
        }
    }
    ArticleEvents {
        source: SourceInfo { id: id.to_string(), path: None, title: None, published: None },
        entries,
    }
}

fn summaries(builder: Builder) -> Vec<String> {
    builder.build(&Filter::default()).entries.into_iter().map(|e| e.summary.to_string()).collect()
}

#[test]
fn orders_by_interval_then_relations_then_text() {
    let mut strike = entry("e1", "strike", Some("2017-04"), &["US"], 10);
    let attack = entry("e2", "attack", Some("2017-04"), &["Syria"], 20);
    strike.relations.push(Relation { kind: RelationKind::After, event: "e2".into() });
    let call = entry("e3", "call", Some("2017-05-02"), &["Putin"], 0);
    let election = entry("e4", "election", Some("2016-11-08"), &[], 50);
    let undated = entry("e5", "statement", None, &["Haley"], 5);
    let mut after_call = entry("e6", "agreement", None, &["Putin"], 1);
    after_call.relations.push(Relation { kind: RelationKind::During, event: "e3".into() });
    let mut b = Builder::new();
    b.add(article("s1", vec![strike, attack, call, election, undated, after_call]));
    assert_eq!(
        summaries(b),
        ["election e4", "attack e2", "strike e1", "call e3", "agreement e6", "statement e5"]
    );
}

#[test]
fn a_day_comes_before_the_month_it_starts() {
    let month = entry("e1", "protest", Some("2017-04"), &["A"], 0);
    let first = entry("e2", "meeting", Some("2017-04-01"), &["B"], 10);
    let mut b = Builder::new();
    b.add(article("s1", vec![month, first]));
    assert_eq!(summaries(b), ["meeting e2", "protest e1"]);
}

#[test]
fn merges_the_same_event_across_articles_with_conflicts() {
    let mut b = Builder::new();
    b.add(article("s1", vec![entry("e1", "call", Some("2017-05-02"), &["Putin", "Trump"], 0)]));
    let mut planned = entry("e1", "call", Some("2017-05"), &["Trump"], 40);
    planned.status = Status::Planned;
    b.add(article("s2", vec![planned]));
    b.add(article("s3", vec![entry("e1", "call", Some("2017-05-03"), &["Trump"], 0)]));
    let timeline = b.build(&Filter::default());
    // s1 and s2 are one call; s3's is another day, so another call.
    assert_eq!(timeline.entries.len(), 2);
    let call = &timeline.entries[0];
    assert_eq!(call.sources, [std::sync::Arc::from("s1"), "s2".into()]);
    assert_eq!(&*call.when.as_ref().unwrap().value, "2017-05-02");
    assert_eq!(call.status, Status::Occurred);
    assert_eq!(call.evidence.len(), 2);
    // May and May 2 are one date told more or less finely; planned and
    // occurred disagree.
    let fields: Vec<ConflictField> = call.conflicts.iter().map(|c| c.field).collect();
    assert_eq!(fields, [ConflictField::Status]);
    assert_eq!(call.conflicts[0].claims[1].value, "planned");
    assert_eq!(call.conflicts[0].claims[1].sources, ["s2"]);
}

#[test]
fn different_people_are_different_events() {
    let mut b = Builder::new();
    b.add(article("s1", vec![entry("e1", "meeting", Some("2017-05-02"), &["Merkel"], 0)]));
    b.add(article("s2", vec![entry("e1", "meeting", Some("2017-05-02"), &["Macron"], 0)]));
    assert_eq!(b.build(&Filter::default()).entries.len(), 2);
}

#[test]
fn filters() {
    let mut caption = entry("e3", "attack", Some("2016-01-15"), &[], 0);
    caption.evidence[0].block = BlockKind::Caption;
    let events = vec![
        entry("e1", "call", Some("2017-05-02"), &["Vladimir Putin"], 0),
        entry("e2", "strike", Some("2017-04"), &["United States"], 10),
        caption,
    ];
    let run = |filter: Filter| -> Vec<String> {
        let mut b = Builder::new();
        b.add(article("s1", events.clone()));
        b.build(&filter).entries.into_iter().map(|e| e.kind.to_string()).collect()
    };
    assert_eq!(run(Filter::default()), ["strike", "call"]);
    assert_eq!(
        run(Filter { include_captions: true, ..Filter::default() }),
        ["attack", "strike", "call"]
    );
    assert_eq!(run(Filter { kinds: vec!["call".into()], ..Filter::default() }), ["call"]);
    assert_eq!(run(Filter { actors: vec!["putin".into()], ..Filter::default() }), ["call"]);
    assert_eq!(run(Filter { since: Some(day("2017-05-01")), ..Filter::default() }), ["call"]);
    assert_eq!(run(Filter { until: Some(day("2017-04-30")), ..Filter::default() }), ["strike"]);
    assert_eq!(
        run(Filter { statuses: vec![Status::Planned], ..Filter::default() }),
        Vec::<String>::new()
    );
}

#[test]
fn top_keeps_the_most_reported_dates() {
    let mut b = Builder::new();
    for s in ["s1", "s2", "s3"] {
        b.add(article(s, vec![entry("e1", "call", Some("2017-05-02"), &["Putin"], 0)]));
    }
    b.add(article("s4", vec![entry("e1", "strike", Some("2017-04-07"), &["US"], 0)]));
    b.add(article("s5", vec![entry("e1", "summit", Some("2017-07"), &["G20"], 0)]));
    let top = b.build(&Filter::default()).top(1);
    assert_eq!(top.entries.len(), 1);
    assert_eq!(&*top.entries[0].kind, "call");
}

#[test]
fn a_days_entries_follow_their_times() {
    let timed = |id: &str, value: &str, at: usize| {
        let mut e = entry(id, "strike", Some("2021-03-08"), &[id], at);
        if let Some(w) = e.when.as_mut() {
            w.value = value.into();
        }
        e
    };
    let night = timed("e1", "2021-03-08TNI", 0);
    let dawn = timed("e2", "2021-03-08T04:00", 10);
    let day = timed("e3", "2021-03-08", 20);
    let evening = timed("e4", "2021-03-08TEV", 30);
    let mut b = Builder::new();
    b.add(article("s1", vec![night, dawn, day, evening]));
    assert_eq!(summaries(b), ["strike e3", "strike e2", "strike e4", "strike e1"]);
}

#[test]
fn seasons_and_unplaced_dates_in_words() {
    let show = |value: &str, start: Option<&str>, granularity: Granularity| {
        crate::render::display_date(&When {
            value: value.into(),
            start: start.map(day),
            end: start.map(day),
            granularity,
            modifier: None,
            text: None,
            approximate: false,
            confidence: 0.8,
        })
    };
    assert_eq!(show("2023-SP", Some("2023-03-01"), Granularity::Season), "spring 2023");
    assert_eq!(show("XXXX-WXX-2", None, Granularity::Day), "a Tuesday");
    assert_eq!(show("XXXX-07", None, Granularity::Month), "Jul, year unknown");
}

#[test]
fn reports_sharing_only_a_day_or_the_police_share_a_name() {
    let said = |id: &str, kind: &str, agents: &[&str], sentence: &str| {
        let mut e = entry(id, kind, Some("2024-03-13"), agents, 0);
        e.evidence[0].sentence = sentence.into();
        e
    };
    let mut b = Builder::new();
    b.add(article("s1", vec![said("e1", "casualties", &[], "The strike on Karsa killed nine.")]));
    b.add(article("s2", vec![said("e1", "casualties", &[], "The fire in Lindau killed 13.")]));
    b.add(article(
        "s3",
        vec![said("e1", "casualties", &[], "At least 11 died in Karsa, medics said.")],
    ));
    b.add(article(
        "s4",
        vec![said(
            "e1",
            "investigation",
            &["Police"],
            "Police in Vellmar arrested a port director.",
        )],
    ));
    b.add(article(
        "s5",
        vec![said(
            "e1",
            "investigation",
            &["Police"],
            "Police said they had arrested 54 people in Merida.",
        )],
    ));
    let timeline = b.build(&Filter::default());
    let sources: Vec<Vec<String>> = timeline
        .entries
        .iter()
        .map(|e| e.sources.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(sources, [vec!["s1", "s3"], vec!["s2"], vec!["s4"], vec!["s5"]]);
}

#[test]
fn a_later_report_s_toll_replaces_an_earlier_one() {
    let toll = |q: &str| {
        let mut e = entry("e1", "casualties", Some("2024-03-05"), &[], 0);
        e.quantity = Some(q.into());
        e.place = Some(crate::Place { name: "Studenka".into(), country: None });
        e
    };
    let dated = |id: &str, published: &str, q: &str| {
        let mut a = article(id, vec![toll(q)]);
        a.source.published = Some(day(published));
        a
    };
    let mut b = Builder::new();
    // The latest report's toll wins, not the first or the last read.
    b.add(dated("s1", "2024-03-05", "at least four"));
    b.add(dated("s2", "2024-03-06", "six"));
    b.add(dated("s3", "2024-03-05", "five"));
    let timeline = b.build(&Filter::default());
    assert_eq!(timeline.entries.len(), 1);
    assert_eq!(timeline.entries[0].quantity.as_deref(), Some("six"));
}

#[test]
fn a_plan_that_later_happened_is_no_conflict() {
    let visit = |status: Status| {
        let mut e = entry("e1", "meeting", Some("2024-03-06"), &["Kupka"], 0);
        e.status = status;
        e
    };
    let dated = |id: &str, published: &str, status: Status| {
        let mut a = article(id, vec![visit(status)]);
        a.source.published = Some(day(published));
        a
    };
    let conflicts = |first: &str, second: &str| {
        let mut b = Builder::new();
        b.add(dated("s1", first, Status::Planned));
        b.add(dated("s2", second, Status::Occurred));
        let timeline = b.build(&Filter::default());
        assert_eq!(timeline.entries.len(), 1);
        timeline.entries[0].conflicts.len()
    };
    // Planned on the 5th, done on the 6th: news moving on.
    assert_eq!(conflicts("2024-03-05", "2024-03-06"), 0);
    // Still planned in a report after one saying it happened: a disagreement.
    assert_eq!(conflicts("2024-03-07", "2024-03-06"), 1);
}

#[test]
fn a_sentence_with_two_mentions_is_quoted_once() {
    let mut strike = entry("e1", "strike", Some("2017-04-07"), &[], 0);
    let sentence = "A destroyer firing a missile, as Britain backed the missile strike.";
    strike.evidence[0].sentence = sentence.into();
    let mut again = strike.evidence[0].clone();
    again.trigger = "missile strike".into();
    strike.evidence.push(again);
    let mut b = Builder::new();
    b.add(article("s1", vec![strike]));
    let timeline = b.build(&Filter::default());
    assert_eq!(timeline.entries[0].evidence.len(), 2, "both mentions are kept");
    let mut csv = Vec::new();
    crate::render::write_csv(&mut csv, &timeline, &Default::default()).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(csv.matches("A destroyer firing").count(), 1, "{csv}");
    let mut ics = Vec::new();
    crate::render::write_ics(&mut ics, &timeline, &Default::default()).unwrap();
    let ics = String::from_utf8(ics).unwrap();
    assert_eq!(ics.matches("A destroyer firing").count(), 1, "{ics}");
}
