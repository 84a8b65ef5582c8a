//! `dateline.timeline/1`: the timeline as one JSON document, or one entry a
//! line.

use std::io;
use std::sync::Arc;

use chrono::NaiveDate;
use dateline_events::Status;

use crate::{Participant, Place};
use dateline_temporal::Granularity;
use serde::Serialize;

use crate::{Conflict, Entry, Mention, Relation, SourceInfo, Timeline};

/// The schema name of the JSON timeline document.
pub const TIMELINE_SCHEMA: &str = "dateline.timeline/1";

/// The `dateline.timeline/1` document.
#[derive(Debug, Serialize)]
pub struct TimelineDocument<'a> {
    schema: &'static str,
    sources: &'a [SourceInfo],
    events: Entries<'a>,
}

/// The entries, each viewed as JSON as it is written: a timeline of a big
/// corpus has hundreds of thousands, and their views are not all held at
/// once.
#[derive(Debug)]
struct Entries<'a>(&'a [Entry]);

impl Serialize for Entries<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(EntryView::new))
    }
}

/// One entry as JSON.
#[derive(Debug, Serialize)]
pub struct EntryView<'a> {
    id: &'a str,
    kind: &'a str,
    subkind: Option<&'a str>,
    summary: &'a str,
    when: Option<WhenView<'a>>,
    status: Status,
    participants: &'a [Participant],
    place: Option<&'a Place>,
    relations: &'a [Relation],
    quantity: Option<&'a str>,
    evidence: &'a [Mention],
    sources: &'a [Arc<str>],
    conflicts: &'a [Conflict],
    confidence: f32,
}

/// An entry's date as JSON.
#[derive(Debug, Serialize)]
pub struct WhenView<'a> {
    value: &'a str,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    granularity: Granularity,
    #[serde(rename = "mod")]
    modifier: Option<&'static str>,
    text: Option<&'a str>,
    approximate: bool,
    confidence: f32,
}

impl<'a> EntryView<'a> {
    /// The view of `entry`.
    pub fn new(entry: &'a Entry) -> EntryView<'a> {
        EntryView {
            id: &entry.id,
            kind: &entry.kind,
            subkind: entry.subkind.as_deref(),
            summary: &entry.summary,
            when: entry.when.as_ref().map(|w| WhenView {
                value: &w.value,
                start: w.start,
                end: w.end,
                granularity: w.granularity,
                modifier: w.modifier.map(|m| m.as_str()),
                text: w.text.as_deref(),
                approximate: w.approximate,
                confidence: w.confidence,
            }),
            status: entry.status,
            participants: &entry.participants,
            place: entry.place.as_ref(),
            relations: &entry.relations,
            quantity: entry.quantity.as_deref(),
            evidence: &entry.evidence,
            sources: &entry.sources,
            conflicts: &entry.conflicts,
            confidence: entry.confidence,
        }
    }
}

impl<'a> TimelineDocument<'a> {
    /// The document for `timeline`.
    pub fn new(timeline: &'a Timeline) -> TimelineDocument<'a> {
        TimelineDocument {
            schema: TIMELINE_SCHEMA,
            sources: &timeline.sources,
            events: Entries(&timeline.entries),
        }
    }
}

/// Writes the timeline as one pretty-printed JSON document.
pub fn write_json<W: io::Write + ?Sized>(w: &mut W, timeline: &Timeline) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, &TimelineDocument::new(timeline))?;
    writeln!(w)
}

/// Writes one JSON object per line: each entry, with the schema name.
pub fn write_jsonl<W: io::Write + ?Sized>(w: &mut W, timeline: &Timeline) -> io::Result<()> {
    #[derive(Serialize)]
    struct Line<'a> {
        schema: &'static str,
        #[serde(flatten)]
        entry: EntryView<'a>,
    }
    for e in &timeline.entries {
        serde_json::to_writer(
            &mut *w,
            &Line { schema: TIMELINE_SCHEMA, entry: EntryView::new(e) },
        )?;
        writeln!(w)?;
    }
    Ok(())
}
