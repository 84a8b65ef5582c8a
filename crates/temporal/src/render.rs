//! Writing time expressions out: the `dateline.timex/1` JSON document and
//! the text view that underlines each expression in its sentence.

use std::io;

use anstyle::{AnsiColor, Style};
use chrono::NaiveDate;
use dateline_article::{Article, Source};
use serde::Serialize;

use crate::{Anchor, Granularity, RelationKind, Timex, TimexType};

/// The schema name of the JSON timex document.
pub const TIMEX_SCHEMA: &str = "dateline.timex/1";

/// The `dateline.timex/1` document: an article's time expressions with
/// their values and spans.
#[derive(Debug, Serialize)]
pub struct TimexDocument<'a> {
    schema: &'static str,
    source: &'a Source,
    reference_date: Option<NaiveDate>,
    timexes: Vec<TimexView<'a>>,
}

/// One time expression as JSON.
#[derive(Debug, Serialize)]
pub struct TimexView<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: TimexType,
    value: String,
    #[serde(rename = "mod")]
    modifier: Option<&'static str>,
    granularity: Granularity,
    interval: Option<IntervalView>,
    anchor: Anchor,
    sentence: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    relation: Option<RelationView<'a>>,
}

#[derive(Debug, Serialize)]
struct IntervalView {
    start: NaiveDate,
    end: NaiveDate,
}

#[derive(Debug, Serialize)]
struct RelationView<'a> {
    #[serde(rename = "type")]
    kind: RelationKind,
    signal: &'a str,
    /// The expression with its signal: "days after".
    text: &'a str,
}

impl<'a> TimexView<'a> {
    /// The JSON view of one expression found in `text`.
    pub fn new(text: &'a str, t: &Timex) -> TimexView<'a> {
        TimexView {
            start: t.span.start(),
            end: t.span.end(),
            text: &text[t.span],
            kind: t.kind,
            value: t.value.to_string(),
            modifier: t.modifier.map(|m| m.as_str()),
            granularity: t.granularity,
            interval: t.interval.map(|i| IntervalView { start: i.start, end: i.end }),
            anchor: t.anchor,
            sentence: t.sentence,
            relation: t.relation.map(|r| RelationView {
                kind: r.kind,
                signal: &text[r.signal],
                text: &text[t.span.cover(r.signal)],
            }),
        }
    }
}

impl<'a> TimexDocument<'a> {
    /// The document for the expressions found in `article`.
    pub fn new(
        article: &'a Article,
        source: &'a Source,
        reference: Option<NaiveDate>,
        timexes: &[Timex],
    ) -> TimexDocument<'a> {
        TimexDocument {
            schema: TIMEX_SCHEMA,
            source,
            reference_date: reference,
            timexes: timexes.iter().map(|t| TimexView::new(article.text(), t)).collect(),
        }
    }
}

/// How the text view looks.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextOptions {
    /// Colour with ANSI escapes.
    pub color: bool,
}

/// Writes each sentence that has time expressions, with the expressions
/// underlined and their values listed beneath.
pub fn write_text<W: io::Write + ?Sized>(
    w: &mut W,
    article: &Article,
    source: &Source,
    reference: Option<NaiveDate>,
    timexes: &[Timex],
    options: TextOptions,
) -> io::Result<()> {
    let paint = |s: Style| if options.color { s } else { Style::new() };
    let bold = paint(Style::new().bold());
    let dim = paint(Style::new().dimmed());
    let mark = paint(AnsiColor::Green.on_default().bold());
    let name = source.path.as_deref().unwrap_or(&source.id);
    let reference = reference.map_or_else(|| "none (values keep X)".to_string(), |d| d.to_string());
    writeln!(
        w,
        "{bold}{name}{bold:#}  {dim}reference date {reference}, {} expressions{dim:#}",
        timexes.len()
    )?;
    let text = article.text();
    let mut i = 0;
    while i < timexes.len() {
        let sentence = timexes[i].sentence;
        let mut j = i + 1;
        while j < timexes.len() && timexes[j].sentence == sentence && sentence.is_some() {
            j += 1;
        }
        let group = &timexes[i..j];
        let span = match sentence.and_then(|s| article.sentences().get(s)) {
            Some(s) => s.span,
            None => group[0].span.cover(group[group.len() - 1].span),
        };
        // The sentence on one line: newlines become spaces, so byte columns
        // stay put.
        let line: String =
            text[span].chars().map(|c| if c == '\n' || c == '\t' { ' ' } else { c }).collect();
        writeln!(w)?;
        writeln!(w, "  {line}")?;
        let mut underline = String::new();
        for t in group {
            let from = text[span.start()..t.span.start()].chars().count();
            let width = text[t.span].chars().count();
            while underline.chars().count() < from {
                underline.push(' ');
            }
            underline.extend(std::iter::repeat_n('^', width.max(1)));
        }
        writeln!(w, "  {mark}{underline}{mark:#}")?;
        for t in group {
            let mut detail = format!("{} {}", t.kind.as_str(), t.value);
            if let Some(m) = t.modifier {
                detail.push_str(&format!(" mod {}", m.as_str()));
            }
            if let Some(i) = t.interval {
                if i.start == i.end {
                    detail.push_str(&format!("  ({})", i.start));
                } else {
                    detail.push_str(&format!("  ({} to {})", i.start, i.end));
                }
            }
            let shown = match t.relation {
                Some(r) => &text[t.span.cover(r.signal)],
                None => &text[t.span],
            };
            writeln!(w, "  {mark}{shown}{mark:#} {dim}→{dim:#} {detail}")?;
        }
        i = j;
    }
    Ok(())
}
