//! A self-contained HTML page: a facts panel, then the old and new text
//! side by side with deleted and inserted words highlighted. The page
//! needs nothing from the network, and every piece of text from the
//! articles is escaped.

use std::io;

use super::{
    Hidden, Mark, Show, Side, ViewOptions, collapse, fact_place, numbers, pieces, summary_line,
    unread_note,
};
use crate::{History, Op, Revision};

const STYLE: &str = "\
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:90em;padding:0 1em;color:#222}
h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.5em}
.summary{color:#555}
table{border-collapse:collapse;width:100%}
td,th{border-top:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
.facts td.kind,.text td.op{font-weight:600;white-space:nowrap}
.text td.num{color:#888;white-space:nowrap;text-align:right}
.text td.old,.text td.new{width:45%}
.text tr.unchanged td{color:#888;font-style:italic}
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
del.cosmetic,ins.cosmetic{background:#ffd;color:#665}
.changed{color:#555}";

/// Writes the revisions between `sides` (oldest first) as one HTML page,
/// with the fact history for three or more versions.
pub fn write_html<W: io::Write + ?Sized>(
    w: &mut W,
    sides: &[Side],
    revisions: &[Revision],
    history: Option<&History>,
    view: ViewOptions,
) -> io::Result<()> {
    let title = match (sides.first(), sides.last()) {
        (Some(a), Some(b)) => format!("dateline diff: {} → {}", a.name(), b.name()),
        _ => "dateline diff".to_string(),
    };
    writeln!(w, "<!DOCTYPE html>")?;
    writeln!(w, "<html lang=\"en\">")?;
    writeln!(w, "<head>")?;
    writeln!(w, "<meta charset=\"utf-8\">")?;
    writeln!(w, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")?;
    writeln!(w, "<title>{}</title>", escape(&title))?;
    writeln!(w, "<style>\n{STYLE}\n</style>")?;
    writeln!(w, "</head>")?;
    writeln!(w, "<body>")?;
    for (revision, pair) in revisions.iter().zip(sides.windows(2)) {
        write_revision(w, pair[0], pair[1], revision, view)?;
    }
    if let Some(history) = history.filter(|_| sides.len() > 2) {
        writeln!(w, "<section class=\"history\">")?;
        writeln!(w, "<h2>Fact history</h2>")?;
        writeln!(w, "<table>")?;
        write!(w, "<tr><th>kind</th><th>subject</th>")?;
        for side in sides {
            write!(w, "<th>{}</th>", escape(side.name()))?;
        }
        writeln!(w, "</tr>")?;
        for row in &history.rows {
            write!(
                w,
                "<tr><td class=\"kind\">{}</td><td>{}</td>",
                row.kind.as_str(),
                escape(row.subject.as_deref().unwrap_or_default())
            )?;
            for v in &row.values {
                write!(w, "<td>{}</td>", v.as_deref().map_or("—".to_string(), escape))?;
            }
            writeln!(w, "</tr>")?;
        }
        writeln!(w, "</table>")?;
        writeln!(w, "</section>")?;
    }
    writeln!(w, "</body>")?;
    writeln!(w, "</html>")
}

fn write_revision<W: io::Write + ?Sized>(
    w: &mut W,
    old: Side,
    new: Side,
    revision: &Revision,
    view: ViewOptions,
) -> io::Result<()> {
    writeln!(w, "<article>")?;
    writeln!(w, "<h1>{} → {}</h1>", escape(old.name()), escape(new.name()))?;
    writeln!(w, "<p class=\"summary\">{}</p>", escape(&summary_line(&revision.summary())))?;
    if let Some(note) = unread_note(old, new) {
        writeln!(w, "<p class=\"summary\">{}</p>", escape(&note))?;
    }
    writeln!(w, "<section class=\"facts\">")?;
    writeln!(w, "<h2>Facts</h2>")?;
    if revision.facts.is_empty() {
        writeln!(w, "<p>No fact changed.</p>")?;
    } else {
        writeln!(w, "<table>")?;
        writeln!(
            w,
            "<tr><th>kind</th><th>subject</th><th>old</th><th>new</th><th>where</th><th>event</th></tr>"
        )?;
        for f in &revision.facts {
            let cell = |s: Option<&str>| {
                s.map_or("<span class=\"changed\">(none)</span>".to_string(), escape)
            };
            let event = f.event.as_ref().map(|e| format!("{}: {}", e.kind, e.summary));
            writeln!(
                w,
                "<tr class=\"{}\"><td class=\"kind\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                f.change.as_str(),
                f.kind.as_str(),
                escape(f.subject.as_deref().unwrap_or_default()),
                cell(f.old.as_deref()),
                cell(f.new.as_deref()),
                escape(&fact_place(f)),
                escape(event.as_deref().unwrap_or_default()),
            )?;
        }
        writeln!(w, "</table>")?;
    }
    writeln!(w, "</section>")?;
    if !view.facts_only {
        let (oa, na) = (old.version.article(), new.version.article());
        writeln!(w, "<section class=\"text\">")?;
        writeln!(w, "<h2>Text</h2>")?;
        writeln!(w, "<table>")?;
        writeln!(
            w,
            "<tr><th></th><th></th><th>{}</th><th></th><th>{}</th></tr>",
            escape(old.name()),
            escape(new.name())
        )?;
        let mut hidden = Hidden::default();
        let flush = |w: &mut W, hidden: &mut Hidden| -> io::Result<()> {
            if let Some(what) = hidden.take() {
                writeln!(
                    w,
                    "<tr class=\"unchanged\"><td></td><td></td><td colspan=\"3\">⋯ {what}</td></tr>"
                )?;
            }
            Ok(())
        };
        for c in &revision.sentences {
            if !view.shows(c) {
                hidden.add(c);
                continue;
            }
            flush(w, &mut hidden)?;
            let op = match c.op {
                Op::Edit | Op::Move if c.cosmetic => "cosmetic",
                op => op.as_str(),
            };
            let side = |show: Show| -> String {
                pieces(c, oa, na, show).into_iter().map(|(t, m)| marked(t, m)).collect()
            };
            writeln!(
                w,
                "<tr class=\"{op}\"><td class=\"op\">{op}</td><td class=\"num\">{}</td><td class=\"old\">{}</td><td class=\"num\">{}</td><td class=\"new\">{}</td></tr>",
                numbers(&c.old),
                side(Show::Old),
                numbers(&c.new),
                side(Show::New),
            )?;
        }
        flush(w, &mut hidden)?;
        writeln!(w, "</table>")?;
        writeln!(w, "</section>")?;
    }
    writeln!(w, "</article>")
}

fn marked(text: &str, mark: Mark) -> String {
    let text = escape(text);
    match mark {
        Mark::Plain => text,
        Mark::Deleted { cosmetic: false } => format!("<del>{text}</del>"),
        Mark::Inserted { cosmetic: false } => format!("<ins>{text}</ins>"),
        Mark::Deleted { cosmetic: true } => format!("<del class=\"cosmetic\">{text}</del>"),
        Mark::Inserted { cosmetic: true } => format!("<ins class=\"cosmetic\">{text}</ins>"),
    }
}

/// Escapes text for HTML content and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in collapse(s).chars() {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything() {
        assert_eq!(
            escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
        assert_eq!(marked("<b>", Mark::Inserted { cosmetic: false }), "<ins>&lt;b&gt;</ins>");
    }
}
