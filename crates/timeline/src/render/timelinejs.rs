//! The timeline as TimelineJS3 JSON, for a TimelineJS embed.

use std::io;

use serde::Serialize;

use super::csv::{summary_line, text_html};
use super::escape_html_text as escape_html;
use super::{DateParts, DocumentOptions, SourceIndex, date_parts, display_date};
use crate::Timeline;

#[derive(Serialize)]
struct Document {
    title: Slide,
    events: Vec<Event>,
}

#[derive(Serialize)]
struct Slide {
    text: Text,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

#[derive(Serialize)]
struct Event {
    start_date: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    text: Text,
    group: String,
    display_date: String,
    unique_id: String,
}

/// A TimelineJS date: numbers, as precise as the date is known.
#[derive(Serialize)]
struct Date {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hour: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    minute: Option<u32>,
}

impl From<DateParts> for Date {
    fn from(d: DateParts) -> Date {
        Date {
            year: d.year,
            month: d.month,
            day: d.day,
            hour: d.time.map(|t| t.0),
            minute: d.time.map(|t| t.1),
        }
    }
}

/// Writes the timeline as a TimelineJS3 JSON document (pretty-printed):
/// a `title` slide and one event a dated entry, in timeline order.
///
/// Each event has a `start_date` with `year`, `month` and `day` only as
/// precise as the entry's date (a month event has no `day`), as JSON
/// numbers; an `end_date` when the interval reaches past that precision
/// (a week, a quarter); `text` with the summary as `headline` and the
/// evidence sentences and sources as `text`; the event kind as `group`;
/// the date as a reader would say it as `display_date` ("early Apr 2017");
/// and the entry id as `unique_id`.
///
/// **Undated entries are left out**: TimelineJS needs a year for every
/// event. TimelineJS reads `headline` and `text` as HTML, so article text
/// in them is HTML-escaped.
pub fn write_timelinejs<W: io::Write + ?Sized>(
    w: &mut W,
    timeline: &Timeline,
    options: &DocumentOptions,
) -> io::Result<()> {
    let sources = SourceIndex::new(timeline);
    let events = timeline
        .entries
        .iter()
        .filter_map(|e| {
            let when = e.when.as_ref()?;
            let (start, end) = date_parts(when)?;
            Some(Event {
                start_date: start.into(),
                end_date: end.map(Date::from),
                text: Text { headline: escape_html(&e.summary), text: text_html(e, &sources) },
                group: escape_html(&e.kind),
                display_date: escape_html(&display_date(when)),
                unique_id: e.id.clone(),
            })
        })
        .collect();
    let title = Slide {
        text: Text {
            headline: escape_html(&options.title_for(timeline)),
            text: escape_html(&summary_line(timeline)),
        },
    };
    serde_json::to_writer_pretty(&mut *w, &Document { title, events })?;
    writeln!(w)
}

#[cfg(test)]
mod tests {
    use crate::When;
    use chrono::NaiveDate;
    use dateline_temporal::Granularity;

    use super::Date;
    use crate::render::date_parts;

    /// The TimelineJS start and end dates of a date with this value,
    /// interval and granularity, as JSON.
    #[track_caller]
    fn check(value: &str, interval: (&str, &str), granularity: Granularity, expected: &str) {
        let day = |s: &str| s.parse::<NaiveDate>().ok();
        let when = When {
            value: value.into(),
            start: day(interval.0),
            end: day(interval.1),
            granularity,
            modifier: None,
            text: None,
            approximate: false,
            confidence: 0.8,
        };
        let got = date_parts(&when).map(|(start, end)| {
            let end = end.map(Date::from);
            serde_json::json!({"start": Date::from(start), "end": end})
        });
        let got = got.map_or_else(|| "undated".to_string(), |v| v.to_string());
        assert_eq!(got, expected);
    }

    #[test]
    fn dates_are_as_precise_as_they_are_known() {
        check(
            "2017-05-02",
            ("2017-05-02", "2017-05-02"),
            Granularity::Day,
            r#"{"end":null,"start":{"day":2,"month":5,"year":2017}}"#,
        );
        // "early April": the month, not the days the interval narrows to.
        check(
            "2017-04",
            ("2017-04-01", "2017-04-10"),
            Granularity::Month,
            r#"{"end":null,"start":{"month":4,"year":2017}}"#,
        );
        check(
            "2016",
            ("2016-01-01", "2016-12-31"),
            Granularity::Year,
            r#"{"end":null,"start":{"year":2016}}"#,
        );
        check(
            "2018-Q2",
            ("2018-04-01", "2018-06-30"),
            Granularity::Quarter,
            r#"{"end":{"month":6,"year":2018},"start":{"month":4,"year":2018}}"#,
        );
        check(
            "2018-W36",
            ("2018-09-03", "2018-09-09"),
            Granularity::Week,
            r#"{"end":{"day":9,"month":9,"year":2018},"start":{"day":3,"month":9,"year":2018}}"#,
        );
        check(
            "2022-06-14T13:30",
            ("2022-06-14", "2022-06-14"),
            Granularity::Minute,
            r#"{"end":null,"start":{"day":14,"hour":13,"minute":30,"month":6,"year":2022}}"#,
        );
        // Midnight at the end of a day is no time TimelineJS takes.
        check(
            "2019-03-14T24:00",
            ("2019-03-14", "2019-03-14"),
            Granularity::Minute,
            r#"{"end":null,"start":{"day":14,"month":3,"year":2019}}"#,
        );
        check("PAST_REF", ("", ""), Granularity::Unknown, "undated");
    }
}
