//! The timeline for a terminal: one aligned line an entry, its date shown
//! as precisely as it is known.

use std::io;

use anstyle::{AnsiColor, Style};
use dateline_events::Status;

use super::display_date;
use crate::Timeline;

/// How the text timeline looks.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextOptions {
    /// Colour with ANSI escapes.
    pub color: bool,
    /// Show the sentence each entry comes from.
    pub evidence: bool,
}

/// Writes the timeline: date, kind, summary, status, and how many sources
/// report it.
pub fn write_text<W: io::Write + ?Sized>(
    w: &mut W,
    timeline: &Timeline,
    options: TextOptions,
) -> io::Result<()> {
    let paint = |s: Style| if options.color { s } else { Style::new() };
    let bold = paint(Style::new().bold());
    let dim = paint(Style::new().dimmed());
    let kind_style = paint(AnsiColor::Cyan.on_default());
    let planned = paint(AnsiColor::Yellow.on_default());
    let negative = paint(AnsiColor::Red.on_default());
    let n = timeline.sources.len();
    writeln!(
        w,
        "{bold}timeline{bold:#}  {n} source{}, {} event{}",
        if n == 1 { "" } else { "s" },
        timeline.entries.len(),
        if timeline.entries.len() == 1 { "" } else { "s" },
    )?;
    let dates: Vec<String> = timeline
        .entries
        .iter()
        .map(|e| e.when.as_ref().map_or_else(|| "undated".to_string(), display_date))
        .collect();
    let width = dates.iter().map(|d| d.chars().count()).max().unwrap_or(0);
    let kind_width = timeline.entries.iter().map(|e| e.kind.len()).max().unwrap_or(0);
    if !options.evidence {
        writeln!(w)?;
    }
    for (e, date) in timeline.entries.iter().zip(&dates) {
        if options.evidence {
            writeln!(w)?;
        }
        let pad = width - date.chars().count();
        let status_style = match e.status {
            Status::Planned | Status::Hypothetical => planned,
            Status::Denied | Status::Negated => negative,
            _ => dim,
        };
        let status = if e.status == Status::Occurred {
            String::new()
        } else {
            format!("  {status_style}({}){status_style:#}", e.status.as_str())
        };
        let sources = if e.sources.len() > 1 {
            format!("  {dim}[{} sources]{dim:#}", e.sources.len())
        } else {
            String::new()
        };
        writeln!(
            w,
            "  {bold}{date}{bold:#}{:pad$}  {kind_style}{:kind_width$}{kind_style:#}  {}{status}{sources}",
            "", e.kind, e.summary,
        )?;
        let indent = width + kind_width + 6;
        for c in &e.conflicts {
            let said: Vec<String> = c
                .claims
                .iter()
                .map(|cl| format!("{} ({})", cl.value, cl.sources.join(", ")))
                .collect();
            let field = match c.field {
                crate::ConflictField::Date => "date",
                crate::ConflictField::Status => "status",
            };
            writeln!(
                w,
                "{:indent$}{negative}sources disagree on the {field}:{negative:#} {}",
                "",
                said.join(" vs ")
            )?;
        }
        if options.evidence {
            if let Some(m) = e.evidence.first() {
                writeln!(w, "{:indent$}{dim}“{}” ({}){dim:#}", "", m.sentence, m.source)?;
            }
        }
    }
    Ok(())
}
