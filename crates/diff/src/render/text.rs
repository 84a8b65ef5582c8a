//! The text view: the changed facts first, then the aligned text with the
//! changed words marked inline, or side by side in two columns as wide as
//! the terminal allows.
//!
//! With colour, deleted words are red and struck through, inserted ones
//! green; without it they are marked as `git diff --word-diff` marks them,
//! `[-old-]{+new+}`, and cosmetic edits (shown with `--all`) as
//! `[~old~]{~new~}`.

use std::io;

use anstyle::{AnsiColor, Effects, Style};

use super::{
    Hidden, Mark, Show, Side, ViewOptions, fact_change, fact_place, numbers, one_line, pieces,
    summary_line, unread_note,
};
use crate::{History, Op, Revision, SentenceChange};

/// How the text view looks.
#[derive(Clone, Copy, Debug)]
pub struct TextOptions {
    /// Colour with ANSI escapes.
    pub color: bool,
    /// Old and new text side by side instead of inline.
    pub side_by_side: bool,
    /// The width of the terminal, for the side-by-side columns.
    pub width: usize,
    /// What to show.
    pub view: ViewOptions,
}

impl Default for TextOptions {
    fn default() -> TextOptions {
        TextOptions { color: false, side_by_side: false, width: 120, view: ViewOptions::default() }
    }
}

struct Styles {
    color: bool,
    bold: Style,
    dim: Style,
    kind: Style,
    deleted: Style,
    inserted: Style,
    cosmetic: Style,
}

impl Styles {
    fn new(color: bool) -> Styles {
        let paint = |s: Style| if color { s } else { Style::new() };
        Styles {
            color,
            bold: paint(Style::new().bold()),
            dim: paint(Style::new().dimmed()),
            kind: paint(AnsiColor::Cyan.on_default()),
            deleted: paint(AnsiColor::Red.on_default().effects(Effects::STRIKETHROUGH)),
            inserted: paint(AnsiColor::Green.on_default().bold()),
            cosmetic: paint(AnsiColor::Yellow.on_default().dimmed()),
        }
    }

    /// A piece as styled text: its style, and the text with its markers
    /// when there is no colour to mark it.
    fn piece(&self, text: &str, mark: Mark) -> (Style, String) {
        let text = text.replace(['\n', '\t'], " ");
        let (style, open, close) = match mark {
            Mark::Plain => return (Style::new(), text),
            Mark::Deleted { cosmetic: false } => (self.deleted, "[-", "-]"),
            Mark::Inserted { cosmetic: false } => (self.inserted, "{+", "+}"),
            Mark::Deleted { cosmetic: true } => (self.cosmetic, "[~", "~]"),
            Mark::Inserted { cosmetic: true } => (self.cosmetic, "{~", "~}"),
        };
        if self.color { (style, text) } else { (Style::new(), format!("{open}{text}{close}")) }
    }
}

/// Writes the revisions between `sides` (oldest first; `revisions[k]`
/// goes from `sides[k]` to `sides[k + 1]`) and, for three or more
/// versions, the history of every fact that changed.
pub fn write_text<W: io::Write + ?Sized>(
    w: &mut W,
    sides: &[Side],
    revisions: &[Revision],
    history: Option<&History>,
    options: TextOptions,
) -> io::Result<()> {
    let st = Styles::new(options.color);
    for (k, (revision, pair)) in revisions.iter().zip(sides.windows(2)).enumerate() {
        if k > 0 {
            writeln!(w)?;
        }
        write_revision(w, pair[0], pair[1], revision, options, &st)?;
    }
    if let Some(history) = history.filter(|_| sides.len() > 2) {
        writeln!(w)?;
        write_history(w, sides, history, &st)?;
    }
    Ok(())
}

fn write_revision<W: io::Write + ?Sized>(
    w: &mut W,
    old: Side,
    new: Side,
    revision: &Revision,
    options: TextOptions,
    st: &Styles,
) -> io::Result<()> {
    let (bold, dim, kind) = (st.bold, st.dim, st.kind);
    writeln!(w, "{bold}{} → {}{bold:#}", old.name(), new.name())?;
    writeln!(w, "{dim}{}{dim:#}", summary_line(&revision.summary()))?;
    if let Some(note) = unread_note(old, new) {
        writeln!(w, "{dim}{note}{dim:#}")?;
    }
    if !revision.facts.is_empty() {
        writeln!(w)?;
        writeln!(w, "{bold}Facts{bold:#}")?;
        for f in &revision.facts {
            let subject = f.subject.as_deref().map(|s| format!("{s}: ")).unwrap_or_default();
            writeln!(w, "  {kind}{:<12}{kind:#}{subject}{}", f.kind.as_str(), fact_change(f))?;
            let mut detail = vec![f.change.as_str().to_string(), fact_place(f)];
            if let Some(e) = &f.event {
                let id = e.new.as_deref().or(e.old.as_deref()).unwrap_or_default();
                detail.push(format!("event {} {id}", e.kind));
            }
            detail.retain(|d| !d.is_empty());
            writeln!(w, "  {:<12}{dim}{}{dim:#}", "", detail.join(" · "))?;
        }
    }
    if options.view.facts_only {
        return Ok(());
    }
    writeln!(w)?;
    writeln!(w, "{bold}Text{bold:#}")?;
    let (oa, na) = (old.version.article(), new.version.article());
    let mut hidden = Hidden::default();
    let flush = |w: &mut W, hidden: &mut Hidden| -> io::Result<()> {
        if let Some(what) = hidden.take() {
            writeln!(w, "  {dim}⋮ {what}{dim:#}")?;
        }
        Ok(())
    };
    for c in &revision.sentences {
        if !options.view.shows(c) {
            hidden.add(c);
            continue;
        }
        flush(w, &mut hidden)?;
        if options.side_by_side {
            write_columns(w, c, old, new, options.width, st)?;
        } else {
            let label = label(c);
            let at = format!("{}→{}", numbers(&c.old), numbers(&c.new));
            let mut line = String::new();
            for (text, mark) in pieces(c, oa, na, Show::Both) {
                let (style, text) = st.piece(text, mark);
                line.push_str(&format!("{style}{text}{style:#}"));
            }
            writeln!(w, "  {kind}{label:<9}{kind:#}{dim}{at:<8}{dim:#} {line}")?;
        }
    }
    flush(w, &mut hidden)
}

/// The op as a view names it: "edit", "move", "cosmetic".
fn label(c: &SentenceChange) -> &'static str {
    match c.op {
        Op::Edit | Op::Move if c.cosmetic => "cosmetic",
        Op::Split if c.moved => "split+mv",
        Op::Merge if c.moved => "merge+mv",
        op => op.as_str(),
    }
}

/// One sentence change in two columns: old on the left, new on the right.
fn write_columns<W: io::Write + ?Sized>(
    w: &mut W,
    c: &SentenceChange,
    old: Side,
    new: Side,
    width: usize,
    st: &Styles,
) -> io::Result<()> {
    let (oa, na) = (old.version.article(), new.version.article());
    let column = (width.max(40) - 13) / 2;
    let style_all = |show: Show| -> Vec<(Style, String)> {
        pieces(c, oa, na, show).into_iter().map(|(t, m)| st.piece(t, m)).collect()
    };
    let left = wrap(&style_all(Show::Old), column);
    let right = wrap(&style_all(Show::New), column);
    let (dim, kind) = (st.dim, st.kind);
    let label = label(c);
    let at = format!("{}→{}", numbers(&c.old), numbers(&c.new));
    writeln!(w, "  {kind}{label}{kind:#} {dim}{at}{dim:#}")?;
    for k in 0..left.len().max(right.len()) {
        let cell = |lines: &[Vec<(Style, String)>]| -> (String, usize) {
            let Some(line) = lines.get(k) else { return (String::new(), 0) };
            let mut out = String::new();
            let mut n = 0;
            for (style, text) in line {
                n += text.chars().count();
                out.push_str(&format!("{style}{text}{style:#}"));
            }
            (out, n)
        };
        let (l, ln) = cell(&left);
        let (r, _) = cell(&right);
        let pad = " ".repeat(column.saturating_sub(ln));
        writeln!(w, "    {l}{pad} {dim}│{dim:#} {r}")?;
    }
    Ok(())
}

/// Breaks styled text into lines of at most `width` characters, at
/// spaces where it can.
fn wrap(pieces: &[(Style, String)], width: usize) -> Vec<Vec<(Style, String)>> {
    let width = width.max(8);
    let mut lines: Vec<Vec<(Style, String)>> = vec![Vec::new()];
    let mut used = 0usize;
    for (style, text) in pieces {
        for word in text.split_inclusive(' ') {
            let mut word = word;
            loop {
                if used > 0 && used + word.trim_end().chars().count() > width {
                    lines.push(Vec::new());
                    used = 0;
                }
                if used == 0 {
                    word = word.trim_start();
                }
                if used + word.trim_end().chars().count() <= width {
                    push(&mut lines, *style, word);
                    used += word.chars().count();
                    break;
                }
                // A word longer than a line: cut it.
                let at = word
                    .char_indices()
                    .nth(width.saturating_sub(used))
                    .map_or(word.len(), |(i, _)| i);
                push(&mut lines, *style, &word[..at]);
                lines.push(Vec::new());
                used = 0;
                word = &word[at..];
                if word.is_empty() {
                    break;
                }
            }
        }
    }
    for line in &mut lines {
        if let Some((_, text)) = line.last_mut() {
            text.truncate(text.trim_end().len());
        }
        line.retain(|(_, t)| !t.is_empty());
    }
    lines.retain(|l| !l.is_empty());
    lines
}

fn push(lines: &mut [Vec<(Style, String)>], style: Style, text: &str) {
    if text.is_empty() {
        return;
    }
    let line = lines.last_mut().expect("there is always a line");
    match line.last_mut() {
        Some((s, t)) if *s == style => t.push_str(text),
        _ => line.push((style, text.to_string())),
    }
}

/// The history table: each fact's value in each version.
fn write_history<W: io::Write + ?Sized>(
    w: &mut W,
    sides: &[Side],
    history: &History,
    st: &Styles,
) -> io::Result<()> {
    let (bold, dim) = (st.bold, st.dim);
    writeln!(w, "{bold}Fact history{bold:#}")?;
    for (k, side) in sides.iter().enumerate() {
        writeln!(w, "  {dim}v{} = {}{dim:#}", k + 1, side.name())?;
    }
    writeln!(w)?;
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut header = vec!["kind".to_string(), "subject".to_string()];
    header.extend((1..=history.versions).map(|v| format!("v{v}")));
    table.push(header);
    for row in &history.rows {
        let mut cells =
            vec![row.kind.as_str().to_string(), row.subject.clone().unwrap_or_default()];
        cells.extend(row.values.iter().map(|v| v.as_deref().map_or("—".to_string(), shorten)));
        table.push(cells);
    }
    let columns = table[0].len();
    let widths: Vec<usize> = (0..columns)
        .map(|c| table.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for (n, row) in table.iter().enumerate() {
        let mut line = String::from("  ");
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c] - cell.chars().count();
            if c + 1 == columns {
                line.push_str(cell);
            } else {
                line.push_str(&format!("{cell}{}  ", " ".repeat(pad)));
            }
        }
        if n == 0 {
            writeln!(w, "{bold}{}{bold:#}", line.trim_end())?;
        } else {
            writeln!(w, "{}", line.trim_end())?;
        }
    }
    Ok(())
}

/// A value short enough for a table cell.
fn shorten(s: &str) -> String {
    let s = one_line(s);
    if s.chars().count() <= 48 {
        return s;
    }
    let cut: String = s.chars().take(47).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_cuts_long_words() {
        let pieces = vec![
            (Style::new(), "killing at least ".to_string()),
            (Style::new().bold(), "86".to_string()),
            (Style::new(), " people and injuring many others".to_string()),
        ];
        let lines: Vec<String> = wrap(&pieces, 20)
            .iter()
            .map(|l| l.iter().map(|(_, t)| t.as_str()).collect::<String>())
            .collect();
        assert_eq!(lines, ["killing at least 86", "people and injuring", "many others"]);
        let long = vec![(Style::new(), "abcdefghijklmnopqrstuvwxyz".to_string())];
        let lines: Vec<usize> = wrap(&long, 10).iter().map(|l| l[0].1.chars().count()).collect();
        assert_eq!(lines, [10, 10, 6]);
    }
}
