//! Writing a timeline in the formats journalists use, each over
//! `io::Write`.

mod csv;
mod html;
mod ics;
mod json;
mod markdown;
mod text;
mod timelinejs;

pub use csv::write_csv;
pub use html::write_html;
pub use ics::write_ics;
pub use json::{TIMELINE_SCHEMA, TimelineDocument, write_json, write_jsonl};
pub use markdown::write_markdown;
pub use text::{TextOptions, write_text};
pub use timelinejs::write_timelinejs;

/// What the document formats (Markdown, TimelineJS, iCalendar, HTML) need
/// beyond the timeline.
#[derive(Clone, Debug, Default)]
pub struct DocumentOptions {
    /// The document's title; when `None`, the single source's title or
    /// "Timeline".
    pub title: Option<String>,
}

impl DocumentOptions {
    /// The title to show for `timeline`.
    pub fn title_for(&self, timeline: &crate::Timeline) -> String {
        self.title
            .clone()
            .or_else(|| match timeline.sources.as_slice() {
                [one] => one.title.clone(),
                _ => None,
            })
            .unwrap_or_else(|| "Timeline".to_string())
    }
}

use crate::{Mention, When};
use chrono::{Datelike, NaiveDate};
use dateline_temporal::{Granularity, Mod};

/// An entry's evidence with each sentence once: two mentions in one
/// sentence ("firing a missile … the missile strike") quote it once.
pub(crate) fn distinct_sentences(evidence: &[Mention]) -> impl Iterator<Item = &Mention> {
    evidence.iter().enumerate().filter_map(move |(i, m)| {
        let told = evidence[..i].iter().any(|p| p.source == m.source && p.start == m.start);
        (!told).then_some(m)
    })
}

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn month_year(d: NaiveDate) -> String {
    format!("{} {}", MONTHS[d.month0() as usize], d.year())
}

/// A date as a reader says it, no more precise than it is known: "2 May
/// 2017", "early Apr 2017", "Jul 2017", "2016", "Q2 2017", "now"; `~` marks
/// a date dateline inferred rather than read.
pub fn display_date(w: &When) -> String {
    let part = |m: Option<Mod>| match m {
        Some(Mod::Start) => "early ",
        Some(Mod::Mid) => "mid-",
        Some(Mod::End) => "late ",
        Some(Mod::Approx) => "about ",
        Some(Mod::Before) | Some(Mod::OnOrBefore) => "by ",
        Some(Mod::After) | Some(Mod::OnOrAfter) => "after ",
        _ => "",
    };
    let reference = match w.value.as_ref() {
        "PRESENT_REF" => Some("now"),
        "PAST_REF" => Some("in the past"),
        "FUTURE_REF" => Some("in the future"),
        _ => None,
    };
    let label = match (w.start, w.end) {
        _ if reference.is_some() => reference.unwrap_or_default().to_string(),
        (Some(s), Some(e)) => {
            let p = part(w.modifier);
            match w.granularity {
                Granularity::Second
                | Granularity::Minute
                | Granularity::Hour
                | Granularity::PartOfDay => {
                    let time = w.value.split_once('T').map_or("", |(_, t)| t);
                    let time = match time {
                        "MO" => "morning".into(),
                        "AF" => "afternoon".into(),
                        "EV" => "evening".into(),
                        "NI" => "night".into(),
                        t => match t.strip_suffix('Z') {
                            Some(utc) => format!("{utc} UTC"),
                            None => t.to_string(),
                        },
                    };
                    format!("{} {} {}, {time}", s.day(), MONTHS[s.month0() as usize], s.year())
                }
                Granularity::Day => {
                    format!("{p}{} {} {}", s.day(), MONTHS[s.month0() as usize], s.year())
                }
                Granularity::Week => format!("week of {} {}", s.day(), month_year(s)),
                Granularity::Month => format!("{p}{}", month_year(s)),
                Granularity::Year => format!("{p}{}", s.year()),
                Granularity::Decade => format!("{p}{}s", s.year()),
                Granularity::Century => format!("{p}{}s", s.year()),
                _ if w.value.contains('Q') || w.value.contains('H') || w.value.len() > 4 => {
                    // Quarters and halves as companies write them; seasons
                    // in words.
                    let (year, rest) = w.value.split_once('-').unwrap_or((&w.value, ""));
                    let rest = match rest {
                        "SP" => "spring",
                        "SU" => "summer",
                        "FA" => "autumn",
                        "WI" => "winter",
                        r => r,
                    };
                    format!("{p}{rest} {year}")
                }
                _ if s == e => format!("{} {}", s.day(), month_year(s)),
                _ => format!("{} – {}", month_year(s), month_year(e)),
            }
        }
        _ => unanchored(&w.value),
    };
    if w.approximate { format!("{label} ~") } else { label }
}

/// A date the article's day did not place, as a reader says it: "a
/// Tuesday", "Jul, year unknown"; other values as they are.
fn unanchored(value: &str) -> String {
    const WEEKDAYS: [&str; 7] =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let Some(rest) = value.strip_prefix("XXXX-") else { return value.to_string() };
    if let Some(d) = rest.strip_prefix("WXX-").and_then(|d| d.get(..1)?.parse::<usize>().ok()) {
        if let Some(day) = d.checked_sub(1).and_then(|d| WEEKDAYS.get(d)) {
            return format!("a {day}");
        }
    }
    match rest.get(..2).and_then(|m| m.parse::<usize>().ok()).filter(|m| (1..=12).contains(m)) {
        Some(m) if rest.len() == 2 => format!("{}, year unknown", MONTHS[m - 1]),
        _ => value.to_string(),
    }
}

// What the document renderers share: escaping, dates split into fields,
// and the words that name sources and conflicts.

/// `s` with `&`, `<` and `>` as HTML character references: safe as the
/// text of an HTML element (not in an attribute), and readable where it
/// is not read as HTML (a spreadsheet cell).
pub(crate) fn escape_html_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` with `&`, `<`, `>`, `"` and `'` as HTML character references: safe
/// in HTML text and in quoted attribute values.
pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A date as the year, month and day fields of a spreadsheet or a
/// TimelineJS date: only as many fields as the date is precise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateParts {
    pub(crate) year: i32,
    pub(crate) month: Option<u32>,
    pub(crate) day: Option<u32>,
    /// Hour and minute, for dates with a time of day.
    pub(crate) time: Option<(u32, u32)>,
}

impl DateParts {
    fn of(d: NaiveDate, granularity: Granularity) -> DateParts {
        let (month, day) = match granularity {
            Granularity::Year | Granularity::Decade | Granularity::Century => (None, None),
            Granularity::Month | Granularity::Season | Granularity::Quarter | Granularity::Half => {
                (Some(d.month()), None)
            }
            _ => (Some(d.month()), Some(d.day())),
        };
        DateParts { year: d.year(), month, day, time: None }
    }
}

/// The start of `w` as fields, and its end when the interval reaches past
/// the start's last field (a week, a quarter, a decade; not a month or a
/// day); `None` for a date not on the calendar.
pub(crate) fn date_parts(w: &When) -> Option<(DateParts, Option<DateParts>)> {
    let start = w.start?;
    let end = w.end.unwrap_or(start).max(start);
    let mut first = DateParts::of(start, w.granularity);
    let last = DateParts::of(end, w.granularity);
    if matches!(w.granularity, Granularity::Second | Granularity::Minute | Granularity::Hour) {
        first.time = time_of(&w.value);
    }
    Some((first, (last != DateParts { time: None, ..first }).then_some(last)))
}

/// The hour and minute of a TIMEX3 value such as `2017-05-02T15:30`.
fn time_of(value: &str) -> Option<(u32, u32)> {
    let (_, time) = value.split_once('T')?;
    let mut parts = time.split(':');
    let hour: u32 = parts.next()?.parse().ok()?;
    let minute: u32 = parts.next().map_or(Some(0), |m| m.get(..2)?.parse().ok())?;
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// The sources of a timeline by id.
pub(crate) struct SourceIndex<'a> {
    by_id: rustc_hash::FxHashMap<&'a str, &'a crate::SourceInfo>,
}

impl<'a> SourceIndex<'a> {
    pub(crate) fn new(timeline: &'a crate::Timeline) -> SourceIndex<'a> {
        SourceIndex { by_id: timeline.sources.iter().map(|s| (s.id.as_str(), s)).collect() }
    }

    /// How a reader knows the source `id`: its title (or path, or id) and
    /// its publication date.
    pub(crate) fn label(&self, id: &str) -> String {
        match self.by_id.get(id) {
            Some(s) => source_label(s),
            None => id.to_string(),
        }
    }
}

/// A source's title (or path, or id) and its publication date.
pub(crate) fn source_label(s: &crate::SourceInfo) -> String {
    let name = s.title.as_deref().or(s.path.as_deref()).unwrap_or(&s.id);
    match s.published {
        Some(d) => format!("{name}, {} {}", d.day(), month_year(d)),
        None => name.to_string(),
    }
}

/// What the sources of a conflict say: "sources disagree on the date:
/// 2017-05-02 (s1) vs 2017-05-03 (s2)".
pub(crate) fn conflict_note(c: &crate::Conflict) -> String {
    let field = match c.field {
        crate::ConflictField::Date => "date",
        crate::ConflictField::Status => "status",
    };
    let said: Vec<String> =
        c.claims.iter().map(|cl| format!("{} ({})", cl.value, cl.sources.join(", "))).collect();
    format!("sources disagree on the {field}: {}", said.join(" vs "))
}

/// A place as one line: "Hamburg, Germany".
pub(crate) fn place_label(p: &crate::Place) -> String {
    match &p.country {
        Some(c) if *c != p.name => format!("{}, {c}", p.name),
        _ => p.name.to_string(),
    }
}

/// `s` on one line: line and paragraph breaks become spaces.
pub(crate) fn one_line(s: &str) -> String {
    s.split(['\r', '\n', '\u{2028}', '\u{2029}'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
