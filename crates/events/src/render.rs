//! Writing events out: the `dateline.events/1` JSON document and the text
//! list a journalist would write.

use std::io;

use anstyle::{AnsiColor, Style};
use chrono::NaiveDate;
use dateline_article::{Article, BlockKind, Source};
use dateline_temporal::Granularity;
use serde::Serialize;

use crate::{Event, Participant, Place, Relation, Status};

/// The schema name of the JSON events document.
pub const EVENTS_SCHEMA: &str = "dateline.events/1";

/// The `dateline.events/1` document: an article's events, before any
/// merging across articles.
#[derive(Debug, Serialize)]
pub struct EventsDocument<'a> {
    schema: &'static str,
    source: &'a Source,
    reference_date: Option<NaiveDate>,
    events: Vec<EventView<'a>>,
}

/// One event as JSON, with its evidence resolved to sentences.
#[derive(Debug, Serialize)]
pub struct EventView<'a> {
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
    evidence: Vec<EvidenceView<'a>>,
    confidence: f32,
}

/// An event's date as JSON.
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

/// One mention as JSON.
#[derive(Debug, Serialize)]
pub struct EvidenceView<'a> {
    source: &'a str,
    block: BlockKind,
    sentence: &'a str,
    start: usize,
    end: usize,
    trigger: &'a str,
}

impl<'a> EventView<'a> {
    /// The view of `event`, found in `article` read from `source`.
    pub fn new(article: &'a Article, source: &'a Source, event: &'a Event) -> EventView<'a> {
        EventView {
            id: &event.id,
            kind: &event.kind,
            subkind: event.subkind.as_deref(),
            summary: &event.summary,
            when: event.when.as_ref().map(|w| WhenView {
                value: &w.value,
                start: w.start,
                end: w.end,
                granularity: w.granularity,
                modifier: w.modifier.map(|m| m.as_str()),
                text: w.text.as_deref(),
                approximate: w.approximate,
                confidence: w.confidence,
            }),
            status: event.status,
            participants: &event.participants,
            place: event.place.as_ref(),
            relations: &event.relations,
            quantity: event.quantity.as_deref(),
            evidence: event
                .evidence
                .iter()
                .map(|e| EvidenceView {
                    source: &source.id,
                    block: e.block,
                    sentence: article.slice(e.span),
                    start: e.span.start(),
                    end: e.span.end(),
                    trigger: article.slice(e.trigger),
                })
                .collect(),
            confidence: event.confidence,
        }
    }
}

impl<'a> EventsDocument<'a> {
    /// The document for the events of `article`.
    pub fn new(
        article: &'a Article,
        source: &'a Source,
        reference: Option<NaiveDate>,
        events: &'a [Event],
    ) -> EventsDocument<'a> {
        EventsDocument {
            schema: EVENTS_SCHEMA,
            source,
            reference_date: reference,
            events: events.iter().map(|e| EventView::new(article, source, e)).collect(),
        }
    }
}

/// How the text list looks.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextOptions {
    /// Colour with ANSI escapes.
    pub color: bool,
    /// Show events found only in photo captions and credits.
    pub include_captions: bool,
}

/// Writes the events as a list: date, kind, summary, status, then the
/// sentence that says so.
pub fn write_text<W: io::Write + ?Sized>(
    w: &mut W,
    article: &Article,
    source: &Source,
    reference: Option<NaiveDate>,
    events: &[Event],
    options: TextOptions,
) -> io::Result<()> {
    let paint = |s: Style| if options.color { s } else { Style::new() };
    let bold = paint(Style::new().bold());
    let dim = paint(Style::new().dimmed());
    let kind_style = paint(AnsiColor::Cyan.on_default());
    let name = source.path.as_deref().unwrap_or(&source.id);
    let reference = reference.map_or_else(|| "none".to_string(), |d| d.to_string());
    let shown: Vec<&Event> =
        events.iter().filter(|e| options.include_captions || !e.only_in_captions()).collect();
    writeln!(
        w,
        "{bold}{name}{bold:#}  {dim}reference date {reference}, {} events{dim:#}",
        shown.len()
    )?;
    for e in shown {
        let date = e.when.as_ref().map_or_else(
            || "undated".to_string(),
            |w| {
                let mut d = w.value.clone();
                if let Some(m) = w.modifier {
                    d.push_str(&format!(" {}", m.as_str()));
                }
                if w.approximate {
                    d.push_str(" ~");
                }
                d
            },
        );
        let kind = match &e.subkind {
            Some(s) => format!("{}/{s}", e.kind),
            None => e.kind.clone(),
        };
        let status = match e.status {
            Status::Occurred => String::new(),
            s => format!(" ({})", s.as_str()),
        };
        writeln!(w)?;
        writeln!(
            w,
            "  {bold}{date:<16}{bold:#} {kind_style}{kind:<22}{kind_style:#} {}{status}",
            e.summary
        )?;
        let who: Vec<String> =
            e.participants.iter().map(|p| format!("{} ({})", p.name, p.role.as_str())).collect();
        if !who.is_empty() || e.place.is_some() {
            let place = e.place.as_ref().map(|p| format!("  at {}", p.name)).unwrap_or_default();
            writeln!(w, "  {:<16} {dim}{}{place}{dim:#}", "", who.join(", "))?;
        }
        if let Some(ev) = e.evidence.first() {
            let sentence = article.slice(ev.span).split_whitespace().collect::<Vec<_>>().join(" ");
            let block = if ev.block == BlockKind::Paragraph {
                String::new()
            } else {
                format!("[{}] ", ev.block)
            };
            writeln!(w, "  {:<16} {dim}{block}“{sentence}”{dim:#}", "")?;
        }
    }
    Ok(())
}
