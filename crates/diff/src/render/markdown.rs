//! Markdown, for a pull-request comment or a newsroom corrections log: a
//! table of the changed facts, then the changed sentences with deleted
//! words struck through and inserted ones in bold. Every piece of article
//! text is escaped, so a story cannot break the table or inject markup.

use std::io;

use super::{
    Mark, Show, Side, ViewOptions, collapse, fact_place, pieces, place, summary_line, unread_note,
};
use crate::{History, Op, Revision};

/// Writes the revisions between `sides` (oldest first) as Markdown, with
/// the fact history for three or more versions.
pub fn write_markdown<W: io::Write + ?Sized>(
    w: &mut W,
    sides: &[Side],
    revisions: &[Revision],
    history: Option<&History>,
    view: ViewOptions,
) -> io::Result<()> {
    for (k, (revision, pair)) in revisions.iter().zip(sides.windows(2)).enumerate() {
        if k > 0 {
            writeln!(w)?;
        }
        write_revision(w, pair[0], pair[1], revision, view)?;
    }
    if let Some(history) = history.filter(|_| sides.len() > 2) {
        writeln!(w)?;
        writeln!(w, "### Fact history")?;
        writeln!(w)?;
        for (k, side) in sides.iter().enumerate() {
            writeln!(w, "- v{}: `{}`", k + 1, code(side.name()))?;
        }
        writeln!(w)?;
        let versions: Vec<String> = (1..=history.versions).map(|v| format!("v{v}")).collect();
        writeln!(w, "| kind | subject | {} |", versions.join(" | "))?;
        writeln!(w, "|---|---|{}", "---|".repeat(history.versions))?;
        for row in &history.rows {
            let values: Vec<String> =
                row.values.iter().map(|v| v.as_deref().map_or("—".to_string(), escape)).collect();
            let subject = row.subject.as_deref().map(escape).unwrap_or_default();
            writeln!(w, "| {} | {subject} | {} |", row.kind.as_str(), values.join(" | "))?;
        }
    }
    Ok(())
}

fn write_revision<W: io::Write + ?Sized>(
    w: &mut W,
    old: Side,
    new: Side,
    revision: &Revision,
    view: ViewOptions,
) -> io::Result<()> {
    writeln!(w, "### `{}` → `{}`", code(old.name()), code(new.name()))?;
    writeln!(w)?;
    writeln!(w, "{}", summary_line(&revision.summary()))?;
    if let Some(note) = unread_note(old, new) {
        writeln!(w, "\n*{}*", escape(&note))?;
    }
    if !revision.facts.is_empty() {
        writeln!(w)?;
        writeln!(w, "| change | kind | subject | old | new | where |")?;
        writeln!(w, "|---|---|---|---|---|---|")?;
        for f in &revision.facts {
            let cell = |s: Option<&str>| s.map(escape).unwrap_or_else(|| "—".to_string());
            writeln!(
                w,
                "| {} | {} | {} | {} | {} | {} |",
                f.change.as_str(),
                f.kind.as_str(),
                cell(f.subject.as_deref()),
                cell(f.old.as_deref()),
                cell(f.new.as_deref()),
                fact_place(f),
            )?;
        }
    }
    if view.facts_only {
        return Ok(());
    }
    let (oa, na) = (old.version.article(), new.version.article());
    let shown: Vec<_> = revision.sentences.iter().filter(|c| view.shows(c)).collect();
    if shown.is_empty() {
        return Ok(());
    }
    writeln!(w)?;
    writeln!(w, "<details><summary>Text</summary>")?;
    writeln!(w)?;
    for c in shown {
        let op = match c.op {
            Op::Edit | Op::Move if c.cosmetic => "cosmetic",
            op => op.as_str(),
        };
        let mut line = String::new();
        for (text, mark) in pieces(c, oa, na, Show::Both) {
            line.push_str(&marked(text, mark));
        }
        writeln!(w, "- **{op}** {}: {line}", place(c))?;
    }
    writeln!(w)?;
    writeln!(w, "</details>")
}

/// A piece of text with its mark: `~~old~~`, `**new**`, the spaces kept
/// outside the markup so that it renders.
fn marked(text: &str, mark: Mark) -> String {
    let text = collapse(text);
    let (open, close) = match mark {
        Mark::Plain => return escape(&text),
        Mark::Deleted { .. } => ("~~", "~~"),
        Mark::Inserted { .. } => ("**", "**"),
    };
    let inner = text.trim();
    if inner.is_empty() {
        return text;
    }
    let lead = if text.starts_with(' ') { " " } else { "" };
    let trail = if text.ends_with(' ') { " " } else { "" };
    format!("{lead}{open}{}{close}{trail}", escape(inner))
}

/// Escapes what Markdown (and the HTML it allows) would read as markup.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in collapse(s).chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Text for inside backticks: backticks would end it.
fn code(s: &str) -> String {
    s.replace('`', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(escape("a | b *c* <script>"), "a \\| b \\*c\\* \\<script\\>");
        assert_eq!(marked(" 86 ", Mark::Inserted { cosmetic: false }), " **86** ");
        assert_eq!(marked("70", Mark::Deleted { cosmetic: false }), "~~70~~");
        assert_eq!(marked(" ", Mark::Inserted { cosmetic: true }), " ");
    }
}
