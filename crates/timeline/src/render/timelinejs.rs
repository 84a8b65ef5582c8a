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
