//! The timeline as Markdown for a newsroom wiki: a table of dated entries
//! and the list of sources.

use std::io;

use dateline_events::Status;

use super::{DocumentOptions, conflict_note, display_date, source_label};
use crate::Timeline;

/// Writes the timeline as a Markdown document: the title, a table with one
/// row an entry (date as precisely as it is known, kind, summary, status
/// when it did not simply occur, source ids) in timeline order, undated
/// entries last, and the sources the ids stand for.
///
/// Disagreements between sources are noted in the entry's row. All text is
/// escaped, so that an article's pipes, asterisks or markup stay text and
/// every row stays one row of the table.
pub fn write_markdown<W: io::Write + ?Sized>(
    w: &mut W,
    timeline: &Timeline,
    options: &DocumentOptions,
) -> io::Result<()> {
    writeln!(w, "# {}", escape(&options.title_for(timeline)))?;
    writeln!(w)?;
    let (n, m) = (timeline.sources.len(), timeline.entries.len());
    writeln!(
        w,
        "{m} event{} from {n} source{}.",
        if m == 1 { "" } else { "s" },
        if n == 1 { "" } else { "s" },
    )?;
    if !timeline.entries.is_empty() {
        writeln!(w)?;
        writeln!(w, "| Date | Kind | Event | Status | Sources |")?;
        writeln!(w, "|---|---|---|---|---|")?;
    }
    for e in &timeline.entries {
        let date = e.when.as_ref().map_or_else(|| "undated".to_string(), display_date);
        let mut event = escape(&e.summary);
        // The place, unless the summary already names it.
        if let Some(place) = e.place.as_ref().filter(|p| !e.summary.contains(p.name.as_ref())) {
            event.push_str(&format!(" ({})", escape(&place.name)));
        }
        for c in &e.conflicts {
            event.push_str(&format!(" — *{}*", escape(&conflict_note(c))));
        }
        let status = if e.status == Status::Occurred { "" } else { e.status.as_str() };
        writeln!(
            w,
            "| {} | {} | {event} | {status} | {} |",
            escape(&date),
            escape(&e.kind),
            escape(&e.sources.join(", ")),
        )?;
    }
    if !timeline.sources.is_empty() {
        writeln!(w)?;
        writeln!(w, "## Sources")?;
        writeln!(w)?;
        for s in &timeline.sources {
            let mut line = format!("- **{}**: {}", escape(&s.id), escape(&source_label(s)));
            if let (Some(path), Some(_)) = (&s.path, &s.title) {
                line.push_str(&format!(" — {}", escape(path)));
            }
            writeln!(w, "{line}")?;
        }
    }
    Ok(())
}

/// `s` as literal text in a Markdown table cell: on one line, with every
/// character Markdown or HTML would read as syntax backslash-escaped.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in super::one_line(s).chars() {
        if matches!(c, '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '~' | '&' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[track_caller]
    fn check(input: &str, expected: &str) {
        assert_eq!(escape(input), expected);
    }

    #[test]
    fn escapes_table_syntax_and_markup() {
        check("a | b", r"a \| b");
        check("line one\nline two\r\nthree", "line one line two three");
        check("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>");
        check("*bold* _it_ `code` [link](x)", r"\*bold\* \_it\_ \`code\` \[link\](x)");
        check(r"back\slash", r"back\\slash");
        check("Mr Trump’s call", "Mr Trump’s call");
    }
}
