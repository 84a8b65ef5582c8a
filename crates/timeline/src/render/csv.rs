//! The timeline as CSV in the columns of the TimelineJS Google Sheets
//! template, to paste into a copy of it.

use std::io;

use dateline_events::Status;

use super::{
    DateParts, DocumentOptions, SourceIndex, conflict_note, date_parts, display_date, one_line,
};
use super::{escape_html_text as escape_html, place_label};
use crate::{Entry, Timeline};

/// The header row: the TimelineJS template's columns, in its order.
pub(crate) const COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// Writes the timeline as RFC 4180 CSV (CRLF line ends, fields quoted
/// where they need it) with the columns of the TimelineJS spreadsheet
/// template: a header row, a `title` row (the document's title), then one
/// row a dated entry in timeline order.
///
/// A date fills only the fields it is precise to: a day event has Year,
/// Month and Day, a month event ("Jul 2017", "early Apr 2017") Year and
/// Month, a year event Year alone; the End fields are filled when the
/// interval reaches past that (a week, a quarter, a decade). Display Date
/// says the date as a reader would ("early Apr 2017"), Headline is the
/// summary, Text the evidence sentences and their sources, and Group the
/// event kind.
///
/// **Undated entries are left out**: TimelineJS needs a year for every
/// event. TimelineJS reads Headline and Text as HTML, so article text in
/// them is HTML-escaped.
pub fn write_csv<W: io::Write + ?Sized>(
    w: &mut W,
    timeline: &Timeline,
    options: &DocumentOptions,
) -> io::Result<()> {
    write_row(w, &COLUMNS.map(String::from))?;
    let mut title: [String; 18] = Default::default();
    title[9] = escape_html(&options.title_for(timeline));
    title[10] = escape_html(&summary_line(timeline));
    title[15] = "title".to_string();
    write_row(w, &title)?;
    let sources = SourceIndex::new(timeline);
    for e in &timeline.entries {
        let Some(when) = &e.when else { continue };
        let Some((start, end)) = date_parts(when) else { continue };
        let mut row: [String; 18] = Default::default();
        fill_date(&mut row[0..4], start);
        if let Some(end) = end {
            fill_date(&mut row[4..8], end);
        }
        row[8] = escape_html(&display_date(when));
        row[9] = escape_html(&e.summary);
        row[10] = text_html(e, &sources);
        row[16] = escape_html(&e.kind);
        write_row(w, &row)?;
    }
    Ok(())
}

/// "29 events from 1 source", for a title slide.
pub(crate) fn summary_line(timeline: &Timeline) -> String {
    let (n, m) = (timeline.sources.len(), timeline.entries.len());
    format!(
        "{m} event{} from {n} source{}",
        if m == 1 { "" } else { "s" },
        if n == 1 { "" } else { "s" }
    )
}

fn fill_date(cells: &mut [String], d: DateParts) {
    cells[0] = d.year.to_string();
    cells[1] = d.month.map(|m| m.to_string()).unwrap_or_default();
    cells[2] = d.day.map(|m| m.to_string()).unwrap_or_default();
    cells[3] = d.time.map(|(h, m)| format!("{h:02}:{m:02}")).unwrap_or_default();
}

/// An entry's text as TimelineJS shows it: its status and place when they
/// matter, conflicts, each evidence sentence with its source; article text
/// escaped.
pub(crate) fn text_html(e: &Entry, sources: &SourceIndex<'_>) -> String {
    let mut html = String::new();
    let mut facts = Vec::new();
    if e.status != Status::Occurred {
        facts.push(format!("Status: {}", e.status.as_str()));
    }
    if let Some(place) = &e.place {
        facts.push(format!("Place: {}", place_label(place)));
    }
    for c in &e.conflicts {
        facts.push(conflict_note(c));
    }
    if !facts.is_empty() {
        html.push_str(&format!("<p><em>{}</em></p>", escape_html(&facts.join(" · "))));
    }
    // Each run of sentences from one source, then the source.
    let mut mentions = super::distinct_sentences(&e.evidence).peekable();
    while let Some(m) = mentions.next() {
        html.push_str(&format!("<blockquote>{}</blockquote>", escape_html(&one_line(&m.sentence))));
        if mentions.peek().is_none_or(|next| next.source != m.source) {
            html.push_str(&format!(
                "<p><small>{}</small></p>",
                escape_html(&sources.label(&m.source))
            ));
        }
    }
    html
}

/// Writes one record, each field quoted when it holds a comma, a quote, a
/// line break or edge spaces, and ended by CRLF.
fn write_row<W: io::Write + ?Sized>(w: &mut W, fields: &[String]) -> io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        let quote = f.contains([',', '"', '\r', '\n']) || f.starts_with(' ') || f.ends_with(' ');
        if quote {
            write!(w, "\"{}\"", f.replace('"', "\"\""))?;
        } else {
            w.write_all(f.as_bytes())?;
        }
    }
    w.write_all(b"\r\n")
}

#[cfg(test)]
mod tests {
    use super::write_row;

    #[track_caller]
    fn check(fields: &[&str], expected: &str) {
        let mut out = Vec::new();
        write_row(&mut out, &fields.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), expected);
    }

    #[test]
    fn quotes_only_what_needs_it() {
        check(&["2017", "", "Jul 2017"], "2017,,Jul 2017\r\n");
        check(
            &["a,b", "say \"hi\"", "two\nlines"],
            "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n",
        );
        check(&[" padded", "x"], "\" padded\",x\r\n");
    }
}
