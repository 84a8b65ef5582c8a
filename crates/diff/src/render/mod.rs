//! Writing revisions out: the `dateline.diff/1` JSON document, the text
//! view for a terminal (inline or side by side), Markdown for a
//! pull-request comment or a corrections log, and a self-contained HTML
//! page.
//!
//! Every writer takes the two [`Side`]s of a revision (where each version
//! came from, and the version) and a [`ViewOptions`]: cosmetic edits and
//! unchanged sentences are left out unless [`ViewOptions::all`] asks for
//! them, and [`ViewOptions::facts_only`] leaves out the text altogether.
//! Sentence numbers are 0-based in JSON and 1-based in the views people
//! read, as in `dateline parse`.

mod html;
mod markdown;
mod text;

use chrono::NaiveDate;
use dateline_article::{Article, Source};
use serde::Serialize;

pub use self::html::write_html;
pub use self::markdown::write_markdown;
pub use self::text::{TextOptions, write_text};
use crate::{
    Change, EventChange, EventChangeKind, FactChange, FactKind, History, Op, Revision,
    SentenceChange, Summary, Version, WordOp,
};

/// The schema name of the JSON diff document.
pub const DIFF_SCHEMA: &str = "dateline.diff/1";

/// One side of a revision: where the version came from, and the version.
#[derive(Clone, Copy, Debug)]
pub struct Side<'a> {
    /// The source: its path, and an id (a JSON Lines version's label).
    pub source: &'a Source,
    /// The analysed version.
    pub version: &'a Version,
}

impl<'a> Side<'a> {
    /// The name views show: the path, else the id.
    pub fn name(&self) -> &'a str {
        self.source.path.as_deref().unwrap_or(&self.source.id)
    }

    fn article(&self) -> &'a Article {
        self.version.article()
    }

    fn title(&self) -> Option<&'a str> {
        self.article().meta().title.as_deref()
    }
}

/// What the views show.
#[derive(Clone, Copy, Debug, Default)]
pub struct ViewOptions {
    /// Show cosmetic edits and unchanged sentences too.
    pub all: bool,
    /// Show the changed facts only, not the text.
    pub facts_only: bool,
}

impl ViewOptions {
    /// Whether a sentence change is shown.
    fn shows(&self, c: &SentenceChange) -> bool {
        self.all || c.is_change()
    }
}

/// Text with its newlines and tabs made spaces, for one-line views.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with every run of whitespace made one space, edges kept: for the
/// pieces of a sentence, which are joined again.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// How a piece of a sentence is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Plain,
    Deleted { cosmetic: bool },
    Inserted { cosmetic: bool },
}

/// Which side's text a view of a sentence change shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Show {
    Old,
    New,
    Both,
}

/// The pieces of a sentence change as a view shows them: the old side
/// (equal and deleted words), the new side (equal and inserted), or both
/// interleaved.
fn pieces<'a>(
    c: &SentenceChange,
    old: &'a Article,
    new: &'a Article,
    show: Show,
) -> Vec<(&'a str, Mark)> {
    let span = |a: &'a Article, r: &std::ops::Range<usize>| {
        let s = a.sentences();
        (!r.is_empty()).then(|| a.slice(s[r.start].span.cover(s[r.end - 1].span)))
    };
    match c.op {
        Op::Insert => {
            let text = span(new, &c.new).unwrap_or_default();
            if show == Show::Old {
                vec![]
            } else {
                vec![(text, Mark::Inserted { cosmetic: false })]
            }
        }
        Op::Delete => {
            let text = span(old, &c.old).unwrap_or_default();
            if show == Show::New { vec![] } else { vec![(text, Mark::Deleted { cosmetic: false })] }
        }
        _ if c.words.is_empty() => {
            let text = if show == Show::Old { span(old, &c.old) } else { span(new, &c.new) };
            vec![(text.unwrap_or_default(), Mark::Plain)]
        }
        _ => c
            .words
            .iter()
            .filter_map(|w| match w.op {
                WordOp::Equal => Some((new.slice(w.span), Mark::Plain)),
                WordOp::Delete if show != Show::New => {
                    Some((old.slice(w.span), Mark::Deleted { cosmetic: w.cosmetic }))
                }
                WordOp::Insert if show != Show::Old => {
                    Some((new.slice(w.span), Mark::Inserted { cosmetic: w.cosmetic }))
                }
                _ => None,
            })
            .collect(),
    }
}

/// Sentences a view leaves out, counted for the line that stands for
/// them.
#[derive(Default)]
struct Hidden {
    unchanged: usize,
    cosmetic: usize,
}

impl Hidden {
    fn add(&mut self, c: &SentenceChange) {
        let n = c.new.len().max(c.old.len());
        if c.op == Op::Equal { self.unchanged += n } else { self.cosmetic += n }
    }

    /// "4 unchanged sentences and 2 cosmetic edits", and forgets them.
    fn take(&mut self) -> Option<String> {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let parts: Vec<String> = [
            (self.unchanged, "unchanged sentence", "unchanged sentences"),
            (self.cosmetic, "cosmetic edit", "cosmetic edits"),
        ]
        .iter()
        .filter(|(n, ..)| *n > 0)
        .map(|&(n, one, many)| plural(n, one, many))
        .collect();
        *self = Hidden::default();
        (!parts.is_empty()).then(|| parts.join(" and "))
    }
}

/// "5" or "5–6", 1-based; "" for none.
fn numbers(r: &std::ops::Range<usize>) -> String {
    match r.len() {
        0 => String::new(),
        1 => (r.start + 1).to_string(),
        _ => format!("{}–{}", r.start + 1, r.end),
    }
}

/// Where a sentence change is, 1-based: "4 → 4–5", "→ 6", "11 →".
fn place(c: &SentenceChange) -> String {
    match (c.old.is_empty(), c.new.is_empty()) {
        (true, _) => format!("→ {}", numbers(&c.new)),
        (_, true) => format!("{} →", numbers(&c.old)),
        _ => format!("{} → {}", numbers(&c.old), numbers(&c.new)),
    }
}

/// The summary as one line: "2 facts changed · 1 sentence edited".
fn summary_line(s: &Summary) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = vec![if s.facts_changed == 0 {
        "no fact changed".to_string()
    } else {
        plural(s.facts_changed, "fact changed", "facts changed")
    }];
    for (n, one, many) in [
        (s.sentences_edited, "sentence edited", "sentences edited"),
        (s.sentences_added, "added", "added"),
        (s.sentences_removed, "removed", "removed"),
        (s.sentences_moved, "moved", "moved"),
        (s.sentences_cosmetic, "cosmetic edit", "cosmetic edits"),
    ] {
        if n > 0 {
            parts.push(plural(n, one, many));
        }
    }
    parts.join(" · ")
}

/// A note when events could not be read from a version, so that a reader
/// does not take "no fact changed" for more than it is.
fn unread_note(old: Side, new: Side) -> Option<String> {
    let unread: Vec<&str> =
        [old, new].iter().filter(|s| !s.version.events_read()).map(|s| s.name()).collect();
    (!unread.is_empty()).then(|| {
        format!(
            "events not read from {}: a sentence too long to be one; facts from the text only",
            unread.join(" and ")
        )
    })
}

/// A fact's change in words: "at least 70 → at least 86", "+ …", "− …".
fn fact_change(f: &FactChange) -> String {
    match (&f.old, &f.new) {
        (Some(a), Some(b)) => format!("{a} → {b}"),
        (None, Some(b)) => format!("(none) → {b}"),
        (Some(a), None) => format!("{a} → (none)"),
        (None, None) => String::new(),
    }
}

/// Where a fact is: "sentence 5 → 6", "sentence 5".
fn fact_place(f: &FactChange) -> String {
    match (f.old_sentence, f.new_sentence) {
        (Some(a), Some(b)) if a == b => format!("sentence {}", a + 1),
        (Some(a), Some(b)) => format!("sentence {} → {}", a + 1, b + 1),
        (Some(a), None) => format!("old sentence {}", a + 1),
        (None, Some(b)) => format!("sentence {}", b + 1),
        (None, None) => String::new(),
    }
}

/// The `dateline.diff/1` document of one revision.
#[derive(Debug, Serialize)]
pub struct DiffDocument<'a> {
    schema: &'static str,
    old: VersionView<'a>,
    new: VersionView<'a>,
    summary: Summary,
    sentences: Vec<SentenceView<'a>>,
    facts: Vec<FactView<'a>>,
    events: Vec<EventView<'a>>,
}

/// A version as JSON.
#[derive(Debug, Serialize)]
pub struct VersionView<'a> {
    id: &'a str,
    path: Option<&'a str>,
    title: Option<&'a str>,
    published: Option<NaiveDate>,
    reference_date: Option<NaiveDate>,
    /// Whether events were read (not from a version with a sentence too
    /// long to be one).
    events_read: bool,
}

impl<'a> VersionView<'a> {
    fn new(side: Side<'a>) -> VersionView<'a> {
        VersionView {
            id: &side.source.id,
            path: side.source.path.as_deref(),
            title: side.title(),
            published: side.article().meta().published,
            reference_date: side.version.reference(),
            events_read: side.version.events_read(),
        }
    }
}

#[derive(Debug, Serialize)]
struct SentenceView<'a> {
    op: Op,
    old_index: Option<usize>,
    new_index: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    old_indices: Option<Vec<usize>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    new_indices: Option<Vec<usize>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    moved: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    cosmetic: bool,
    similarity: f32,
    old: Option<&'a str>,
    new: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    words: Vec<WordView<'a>>,
}

#[derive(Debug, Serialize)]
struct WordView<'a> {
    op: WordOp,
    text: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    cosmetic: bool,
}

#[derive(Debug, Serialize)]
struct FactView<'a> {
    change: Change,
    kind: FactKind,
    subject: Option<&'a str>,
    old: Option<&'a str>,
    new: Option<&'a str>,
    old_sentence: Option<usize>,
    new_sentence: Option<usize>,
    event: Option<EventLinkView<'a>>,
}

#[derive(Debug, Serialize)]
struct EventLinkView<'a> {
    kind: &'a str,
    summary: &'a str,
    old_id: Option<&'a str>,
    new_id: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct EventView<'a> {
    change: EventChangeKind,
    kind: &'a str,
    summary: &'a str,
    old_id: Option<&'a str>,
    new_id: Option<&'a str>,
    old: Option<&'a str>,
    new: Option<&'a str>,
}

impl<'a> DiffDocument<'a> {
    /// The document of `revision` from `old` to `new`. Unchanged
    /// sentences and cosmetic edits are listed only with
    /// [`ViewOptions::all`]; no sentence is with
    /// [`ViewOptions::facts_only`]. The summary always counts them all.
    pub fn new(
        old: Side<'a>,
        new: Side<'a>,
        revision: &'a Revision,
        options: ViewOptions,
    ) -> DiffDocument<'a> {
        let (oa, na) = (old.article(), new.article());
        let text = |a: &'a Article, r: &std::ops::Range<usize>| {
            (!r.is_empty()).then(|| {
                let s = a.sentences();
                a.slice(s[r.start].span.cover(s[r.end - 1].span))
            })
        };
        let indices = |r: &std::ops::Range<usize>| (r.len() > 1).then(|| r.clone().collect());
        let sentences = revision
            .sentences
            .iter()
            .filter(|c| !options.facts_only && options.shows(c))
            .map(|c| SentenceView {
                op: c.op,
                old_index: (!c.old.is_empty()).then_some(c.old.start),
                new_index: (!c.new.is_empty()).then_some(c.new.start),
                old_indices: indices(&c.old),
                new_indices: indices(&c.new),
                moved: c.moved && c.op != Op::Move,
                cosmetic: c.cosmetic,
                similarity: (c.similarity * 1000.0).round() / 1000.0,
                old: text(oa, &c.old),
                new: text(na, &c.new),
                words: c
                    .words
                    .iter()
                    .map(|w| WordView {
                        op: w.op,
                        text: if w.op == WordOp::Delete {
                            oa.slice(w.span)
                        } else {
                            na.slice(w.span)
                        },
                        cosmetic: w.cosmetic,
                    })
                    .collect(),
            })
            .collect();
        DiffDocument {
            schema: DIFF_SCHEMA,
            old: VersionView::new(old),
            new: VersionView::new(new),
            summary: revision.summary(),
            sentences,
            facts: revision.facts.iter().map(FactView::new).collect(),
            events: revision.events.iter().map(EventView::new).collect(),
        }
    }
}

impl<'a> FactView<'a> {
    fn new(f: &'a FactChange) -> FactView<'a> {
        FactView {
            change: f.change,
            kind: f.kind,
            subject: f.subject.as_deref(),
            old: f.old.as_deref(),
            new: f.new.as_deref(),
            old_sentence: f.old_sentence,
            new_sentence: f.new_sentence,
            event: f.event.as_ref().map(|e| EventLinkView {
                kind: &e.kind,
                summary: &e.summary,
                old_id: e.old.as_deref(),
                new_id: e.new.as_deref(),
            }),
        }
    }
}

impl<'a> EventView<'a> {
    fn new(e: &'a EventChange) -> EventView<'a> {
        EventView {
            change: e.change,
            kind: &e.kind,
            summary: &e.summary,
            old_id: e.old_id.as_deref(),
            new_id: e.new_id.as_deref(),
            old: e.old.as_deref(),
            new: e.new.as_deref(),
        }
    }
}

/// The `dateline.diff/1` document of three or more versions: each version,
/// the revision between each consecutive pair, and the history of every
/// fact that changed.
#[derive(Debug, Serialize)]
pub struct HistoryDocument<'a> {
    schema: &'static str,
    versions: Vec<VersionView<'a>>,
    revisions: Vec<DiffDocument<'a>>,
    history: Vec<HistoryRowView<'a>>,
}

#[derive(Debug, Serialize)]
struct HistoryRowView<'a> {
    kind: FactKind,
    subject: Option<&'a str>,
    values: Vec<Option<&'a str>>,
}

impl<'a> HistoryDocument<'a> {
    /// The document of `sides`, oldest first, with `revisions[k]` the
    /// revision from `sides[k]` to `sides[k + 1]`.
    pub fn new(
        sides: &[Side<'a>],
        revisions: &'a [Revision],
        history: &'a History,
        options: ViewOptions,
    ) -> HistoryDocument<'a> {
        HistoryDocument {
            schema: DIFF_SCHEMA,
            versions: sides.iter().map(|&s| VersionView::new(s)).collect(),
            revisions: revisions
                .iter()
                .zip(sides.windows(2))
                .map(|(r, pair)| DiffDocument::new(pair[0], pair[1], r, options))
                .collect(),
            history: history
                .rows
                .iter()
                .map(|row| HistoryRowView {
                    kind: row.kind,
                    subject: row.subject.as_deref(),
                    values: row.values.iter().map(Option::as_deref).collect(),
                })
                .collect(),
        }
    }
}
