//! The timeline as an RFC 5545 iCalendar file: one all-day event a dated
//! entry, for a newsroom calendar.

use std::io;

use chrono::{Datelike, Days, NaiveDate};
use dateline_events::Status;

use super::{DocumentOptions, SourceIndex, conflict_note, display_date, place_label};
use crate::{Entry, Timeline};

/// The longest a content line may be, in octets, before it is folded.
const LINE_OCTETS: usize = 75;

/// Writes the timeline as an iCalendar (RFC 5545) VCALENDAR with one
/// VEVENT a dated entry, in timeline order.
///
/// Each event is all-day: `DTSTART;VALUE=DATE` is the first day of the
/// entry's interval and `DTEND;VALUE=DATE` the day after its last (DTEND is
/// exclusive), so a month-precision event spans its month. SUMMARY is the
/// summary, DESCRIPTION the date as precisely as it is known, the status,
/// any disagreement between sources, and the evidence sentences with their
/// sources; LOCATION the place, CATEGORIES the kind, and STATUS `TENTATIVE`
/// for planned and hypothetical events, `CANCELLED` for denied and negated
/// ones, `CONFIRMED` for the rest.
///
/// The output depends on the timeline alone: the UID is the entry id and a
/// hash of its kind, summary and date (`e3-1f0c…@dateline`), and DTSTAMP,
/// which RFC 5545 requires, is midnight UTC of the latest publication date
/// among the sources (1970-01-01 when none has one), never the clock.
/// Undated entries, and dates outside years 0–9999, are left out. Text is
/// escaped, lines are folded at 75 octets and end in CRLF.
pub fn write_ics<W: io::Write + ?Sized>(
    w: &mut W,
    timeline: &Timeline,
    options: &DocumentOptions,
) -> io::Result<()> {
    let stamp = timeline
        .sources
        .iter()
        .filter_map(|s| s.published)
        .max()
        .map_or_else(|| "19700101T000000Z".to_string(), |d| format!("{}T000000Z", date(d)));
    let sources = SourceIndex::new(timeline);
    let mut out = Lines { w };
    out.line("BEGIN:VCALENDAR")?;
    out.line("VERSION:2.0")?;
    out.line("PRODID:-//dateline//dateline-timeline//EN")?;
    out.line("CALSCALE:GREGORIAN")?;
    out.line("METHOD:PUBLISH")?;
    out.line(&format!("X-WR-CALNAME:{}", escape(&options.title_for(timeline))))?;
    for e in &timeline.entries {
        let (Some(start), Some(end)) = (e.start(), e.end().or(e.start())) else { continue };
        let Some(after) = end.max(start).checked_add_days(Days::new(1)) else { continue };
        // A DATE value has four digits of year.
        if !(0..=9999).contains(&start.year()) || !(0..=9999).contains(&after.year()) {
            continue;
        }
        out.line("BEGIN:VEVENT")?;
        out.line(&format!("UID:{}-{:016x}@dateline", escape(&e.id), entry_hash(e)))?;
        out.line(&format!("DTSTAMP:{stamp}"))?;
        out.line(&format!("DTSTART;VALUE=DATE:{}", date(start)))?;
        out.line(&format!("DTEND;VALUE=DATE:{}", date(after)))?;
        out.line(&format!("SUMMARY:{}", escape(&e.summary)))?;
        out.line(&format!("DESCRIPTION:{}", escape(&description(e, &sources))))?;
        if let Some(place) = &e.place {
            out.line(&format!("LOCATION:{}", escape(&place_label(place))))?;
        }
        out.line(&format!("CATEGORIES:{}", escape(&e.kind)))?;
        out.line(&format!("STATUS:{}", status(e.status)))?;
        out.line("END:VEVENT")?;
    }
    out.line("END:VCALENDAR")
}

/// A DATE value: `20170502`.
fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Planned | Status::Hypothetical => "TENTATIVE",
        Status::Denied | Status::Negated => "CANCELLED",
        Status::Occurred | Status::Ongoing | Status::Reported => "CONFIRMED",
    }
}

/// What a calendar shows under the event: the date as precisely as it is
/// known (an all-day event spanning July says less than "Jul 2017"), the
/// status, the place, disagreements, and the evidence with its sources.
fn description(e: &Entry, sources: &SourceIndex<'_>) -> String {
    let mut lines = Vec::new();
    if let Some(w) = &e.when {
        lines.push(format!("Date: {}", display_date(w)));
    }
    lines.push(format!("Status: {}", e.status.as_str()));
    for c in &e.conflicts {
        lines.push(format!("Note: {}", conflict_note(c)));
    }
    for m in super::distinct_sentences(&e.evidence) {
        lines.push(String::new());
        lines.push(format!("“{}”", super::one_line(&m.sentence)));
        lines.push(format!("— {}", sources.label(&m.source)));
    }
    lines.join("\n")
}

/// A stable 64-bit FNV-1a hash of an entry's kind, summary and date, so
/// that a UID changes when the event it names does.
fn entry_hash(e: &Entry) -> u64 {
    let date = e.when.as_ref().map_or("", |w| w.value.as_ref());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [e.kind.as_ref(), &*e.summary, date] {
        for &b in part.as_bytes().iter().chain(&[0u8]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// `s` as an RFC 5545 TEXT value: backslash, semicolon, comma and line
/// breaks escaped; other control characters, which TEXT may not hold,
/// become spaces.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Writes content lines folded at 75 octets (RFC 5545 §3.1), never inside
/// a UTF-8 character, each ended by CRLF.
struct Lines<'w, W: io::Write + ?Sized> {
    w: &'w mut W,
}

impl<W: io::Write + ?Sized> Lines<'_, W> {
    fn line(&mut self, line: &str) -> io::Result<()> {
        self.w.write_all(fold(line).as_bytes())
    }
}

/// `line` folded: a CRLF and a space before any octet that would make a
/// physical line longer than 75 octets (the space counts).
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, fold};

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a, b; c\\d"), r"a\, b\; c\\d");
        assert_eq!(escape("one\r\ntwo\nthree"), r"one\ntwo\nthree");
        assert_eq!(escape("bell\u{7}"), "bell ");
    }

    #[test]
    fn folds_at_75_octets_on_character_boundaries() {
        let line = format!("SUMMARY:{}", "é".repeat(100));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        let physical: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 2);
        for (i, p) in physical.iter().enumerate() {
            assert!(p.len() <= 75, "line {i} has {} octets", p.len());
            assert_eq!(p.starts_with(' '), i > 0);
        }
        // Unfolding gives the line back.
        let unfolded: String =
            physical.iter().enumerate().map(|(i, p)| if i == 0 { *p } else { &p[1..] }).collect();
        assert_eq!(unfolded, line);
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
    }
}
