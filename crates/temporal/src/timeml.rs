//! TimeML in and out: gold TIMEX3 tags from a `.tml` file, and an article
//! written back with dateline's own TIMEX3 tags.

use std::io;

use chrono::NaiveDate;
use dateline_article::Span;
use dateline_article::timeml::TimemlDoc;

use crate::{Anchor, Timex};

/// A gold TIMEX3 annotation read from a TimeML document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    /// Where it is in the document's text.
    pub span: Span,
    /// TIMEX3 type as written (`DATE`, `TIME`, `DURATION`, `SET`).
    pub kind: String,
    /// TIMEX3 value as written.
    pub value: String,
    /// TIMEX3 `mod`, if any.
    pub modifier: Option<String>,
}

/// The TIMEX3 tags inside a TimeML document's `<TEXT>`.
pub fn gold_timexes(doc: &TimemlDoc) -> Vec<GoldTimex> {
    doc.tags
        .iter()
        .filter(|t| t.name == "TIMEX3")
        .map(|t| GoldTimex {
            span: t.span,
            kind: t.attr("type").unwrap_or("").to_string(),
            value: t.attr("value").unwrap_or("").to_string(),
            modifier: t.attr("mod").map(str::to_string),
        })
        .collect()
}

/// Writes `text` as a TimeML document with a TIMEX3 tag around each
/// expression and the reference date as the document creation time.
pub fn write_timeml<W: io::Write + ?Sized>(
    w: &mut W,
    doc_id: &str,
    text: &str,
    reference: Option<NaiveDate>,
    timexes: &[Timex],
) -> io::Result<()> {
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(w, "<TimeML>")?;
    writeln!(w, "<DOCID>{}</DOCID>", escape(doc_id))?;
    if let Some(d) = reference {
        writeln!(
            w,
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{d}\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">{d}</TIMEX3></DCT>"
        )?;
    }
    write!(w, "<TEXT>")?;
    let mut at = 0;
    for (n, t) in timexes.iter().enumerate() {
        if t.span.start() < at {
            continue;
        }
        w.write_all(escape(&text[at..t.span.start()]).as_bytes())?;
        let function = matches!(t.anchor, Anchor::Reference | Anchor::Previous);
        write!(
            w,
            "<TIMEX3 tid=\"t{}\" type=\"{}\" value=\"{}\"",
            n + 1,
            t.kind.as_str(),
            escape(&t.value.to_string())
        )?;
        if let Some(m) = t.modifier {
            write!(w, " mod=\"{}\"", m.as_str())?;
        }
        if function {
            write!(w, " temporalFunction=\"true\" anchorTimeID=\"t0\"")?;
        } else {
            write!(w, " temporalFunction=\"false\"")?;
        }
        write!(w, " functionInDocument=\"NONE\">{}</TIMEX3>", escape(&text[t.span]))?;
        at = t.span.end();
    }
    w.write_all(escape(&text[at..]).as_bytes())?;
    writeln!(w, "</TEXT>")?;
    writeln!(w, "</TimeML>")
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}
