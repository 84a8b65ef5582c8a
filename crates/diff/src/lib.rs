//! What changed between versions of a news story: sentences, words and
//! facts.
//!
//! `dateline-diff` is the last stage of dateline's version pipeline. Given
//! two versions of one story, each read into an [`Article`], it
//!
//! 1. **aligns their sentences** ([`Differ::align`]): every sentence is
//!    [`Op::Equal`], [`Op::Edit`]ed, [`Op::Insert`]ed, [`Op::Delete`]d,
//!    [`Op::Move`]d to another place, [`Op::Split`] in two or
//!    [`Op::Merge`]d with its neighbour. Paragraph re-flow and whitespace
//!    are not changes at all; an edit that touches only punctuation, quote
//!    style, case, typography or a misspelt word is marked
//!    [`SentenceChange::cosmetic`];
//! 2. **diffs the words** of every edited sentence with [`similar`], merged
//!    so that a changed number, name or phrase is one change
//!    (`[-Anna-]{+Maria+}`, `[-70-]{+86+}`), not a scatter of fragments;
//! 3. **compares the facts** ([`Differ::compare`]) through the temporal
//!    tagger and the event extractor rather than as strings: numbers with
//!    what they count, dates by their TIMEX3 value ("on Tuesday" → "on May
//!    2" with the same value is no change), actors, places, quotations and
//!    their speakers, attributions, event status, events that appear or
//!    disappear, and the headline. Every [`FactChange`] names the old and
//!    new value, the sentences on both sides and the event it belongs to.
//!
//! With three or more versions, [`history`] lines up each fact's value
//! version by version. [`render`] writes a [`Revision`] as the
//! `dateline.diff/1` JSON document, a terminal view (inline or side by
//! side), Markdown or a self-contained HTML page.
//!
//! # Example
//!
//! ```
//! use dateline_article::{Article, Meta};
//! use dateline_diff::{Change, DiffConfig, Differ, FactKind, Op};
//!
//! let old = Article::from_text(
//!     "Quake kills dozens\n\nThe earthquake killed at least 70 people, officials said.\n\n\
//!      Rescuers searched the rubble overnight.",
//!     Meta::default(),
//! );
//! let new = Article::from_text(
//!     "Quake kills dozens\n\nRescuers searched the rubble overnight.\n\n\
//!      The earthquake killed at least 86 people, officials said.",
//!     Meta::default(),
//! );
//! let differ = Differ::new(DiffConfig::default());
//! let reference = chrono::NaiveDate::from_ymd_opt(2024, 3, 16);
//! let (old, new) = (differ.analyze(old, reference), differ.analyze(new, reference));
//! let revision = differ.compare(&old, &new);
//!
//! // The toll sentence moved below the rescue and its number changed.
//! let moved = revision.sentences.iter().find(|s| s.op == Op::Move).unwrap();
//! assert_eq!(new.article().slice(new.article().sentences()[moved.new.start].span),
//!            "The earthquake killed at least 86 people, officials said.");
//! let fact = &revision.facts[0];
//! assert_eq!((fact.kind, fact.change), (FactKind::Number, Change::Changed));
//! assert_eq!((fact.old.as_deref(), fact.new.as_deref()), (Some("at least 70"), Some("at least 86")));
//! ```
//!
//! # Cost
//!
//! Alignment is linear in the number of sentences apart from the sorting
//! it does: exact matches are found by hashing folded sentences, in-order
//! runs by similar's patience diff, and reworded sentences through an
//! inverted index of their words that skips the commonest ones, so two long
//! versions with nothing in common cost little. Word diffs run only inside
//! matched sentences and stop at [`DiffConfig::time_limit`] (similar's
//! deadline), falling back to replacing the whole sentence.

#![deny(missing_docs)]
// A library never writes to the terminal: it returns values.
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod align;
mod facts;
mod fold;
mod history;
pub mod render;
mod words;

use std::ops::Range;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dateline_article::{Article, Span};
use dateline_events::{Event, Extractor, Lexicon};
use dateline_temporal::token::ArticleTokens;
use dateline_temporal::{Tagger, TaggerConfig, Timex};
use serde::Serialize;

pub use crate::history::{History, HistoryRow, history};

/// How a [`Differ`] aligns and compares.
#[derive(Clone, Debug)]
pub struct DiffConfig {
    /// The least word overlap (Dice coefficient of the two sentences'
    /// word sets, 0 to 1) for two different sentences to count as one
    /// sentence edited rather than one deleted and another inserted.
    pub min_similarity: f32,
    /// How long the word diffs of one comparison may take before they
    /// fall back to whole-sentence replacements (similar's deadline);
    /// `None` for no limit. Only pathological inputs come near it.
    pub time_limit: Option<Duration>,
    /// The longest sentence, in bytes, whose facts are read. Longer
    /// "sentences" are text that never had full stops (a page scraped
    /// whole, a table); they are aligned and diffed as text, but the event
    /// extractor is not run on an article that has one, and no facts are
    /// read from them.
    pub max_sentence_bytes: usize,
}

impl DiffConfig {
    /// The default [`DiffConfig::min_similarity`]: half the words shared.
    /// On the project's version fixtures it keeps every reworded lead and
    /// split sentence and pairs no unrelated sentences.
    pub const DEFAULT_MIN_SIMILARITY: f32 = 0.5;
    /// The default [`DiffConfig::time_limit`].
    pub const DEFAULT_TIME_LIMIT: Duration = Duration::from_millis(500);
    /// The default [`DiffConfig::max_sentence_bytes`]: 8 KB, ten times a
    /// long sentence of news.
    pub const DEFAULT_MAX_SENTENCE_BYTES: usize = 8 * 1024;
}

impl Default for DiffConfig {
    fn default() -> DiffConfig {
        DiffConfig {
            min_similarity: DiffConfig::DEFAULT_MIN_SIMILARITY,
            time_limit: Some(DiffConfig::DEFAULT_TIME_LIMIT),
            max_sentence_bytes: DiffConfig::DEFAULT_MAX_SENTENCE_BYTES,
        }
    }
}

/// One version of a story, analysed: the article, the reference date its
/// time expressions were anchored to, the expressions and the events.
#[derive(Clone, Debug)]
pub struct Version {
    article: Article,
    reference: Option<NaiveDate>,
    timexes: Vec<Timex>,
    events: Vec<Event>,
    events_read: bool,
}

impl Version {
    /// A version from an article and what the temporal tagger and the
    /// event extractor found in it, for callers that ran them already.
    pub fn from_parts(
        article: Article,
        reference: Option<NaiveDate>,
        timexes: Vec<Timex>,
        events: Vec<Event>,
    ) -> Version {
        Version { article, reference, timexes, events, events_read: true }
    }

    /// The article.
    pub fn article(&self) -> &Article {
        &self.article
    }

    /// The reference date time expressions were anchored to.
    pub fn reference(&self) -> Option<NaiveDate> {
        self.reference
    }

    /// The time expressions.
    pub fn timexes(&self) -> &[Timex] {
        &self.timexes
    }

    /// The events.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Whether the events were read: not when the article has a sentence
    /// longer than [`DiffConfig::max_sentence_bytes`].
    pub fn events_read(&self) -> bool {
        self.events_read
    }
}

/// What happened to a sentence (or two) between versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Op {
    /// The same sentence in the same place.
    Equal,
    /// The same sentence, reworded, in the same place.
    Edit,
    /// A sentence only the new version has.
    Insert,
    /// A sentence only the old version has.
    Delete,
    /// The same or an edited sentence in another place.
    Move,
    /// One old sentence became two.
    Split,
    /// Two old sentences became one.
    Merge,
}

impl Op {
    /// The name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Equal => "equal",
            Op::Edit => "edit",
            Op::Insert => "insert",
            Op::Delete => "delete",
            Op::Move => "move",
            Op::Split => "split",
            Op::Merge => "merge",
        }
    }
}

/// One step of the sentence alignment.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceChange {
    /// What happened.
    pub op: Op,
    /// The old sentences, by index into the old article's sentences:
    /// empty for an insert, two for a merge.
    pub old: Range<usize>,
    /// The new sentences: empty for a delete, two for a split.
    pub new: Range<usize>,
    /// Whether the sentence is out of order against the rest: always so
    /// for [`Op::Move`], and for a split or merge that also moved.
    pub moved: bool,
    /// Whether every edit in it is cosmetic: punctuation, quote style,
    /// case, typography, whitespace or a spelling fix. Equal, inserted and
    /// deleted sentences are not cosmetic.
    pub cosmetic: bool,
    /// How alike the two sides are: the Dice coefficient of their word
    /// sets, 1 for sentences equal once folded, 0 for inserts and deletes.
    pub similarity: f32,
    /// The word-level edits, for sentences whose text changed: runs of
    /// equal, deleted and inserted text covering both sides.
    pub words: Vec<WordChange>,
}

impl SentenceChange {
    /// Whether the sentence changed other than cosmetically.
    pub fn is_change(&self) -> bool {
        self.op != Op::Equal && !self.cosmetic
    }
}

/// What a run of words did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WordOp {
    /// In both versions.
    Equal,
    /// Only in the old version.
    Delete,
    /// Only in the new version.
    Insert,
}

/// A run of words in an edited sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WordChange {
    /// What the run did.
    pub op: WordOp,
    /// Where it is: in the old article's text for [`WordOp::Delete`], in
    /// the new article's text otherwise.
    pub span: Span,
    /// Whether the change it is part of is cosmetic.
    pub cosmetic: bool,
}

/// Whether a fact was added, removed or changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// Only the new version has it.
    Added,
    /// Only the old version has it.
    Removed,
    /// Both have it, with different values.
    Changed,
}

impl Change {
    /// The name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Changed => "changed",
        }
    }
}

/// What kind of fact changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// The title.
    Headline,
    /// A quantity and what it counts: "at least 70" killed.
    Number,
    /// A time expression's TIMEX3 value.
    Date,
    /// A person or organisation.
    Actor,
    /// A place: a dateline, a town, "in the south of the city".
    Place,
    /// The words inside quotation marks, or who said them.
    Quote,
    /// Who a claim is attributed to: "officials say" → "police say".
    Attribution,
    /// An event's status: planned → occurred.
    Status,
    /// An event that appears or disappears.
    Event,
}

impl FactKind {
    /// The name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Headline => "headline",
            FactKind::Number => "number",
            FactKind::Date => "date",
            FactKind::Actor => "actor",
            FactKind::Place => "place",
            FactKind::Quote => "quote",
            FactKind::Attribution => "attribution",
            FactKind::Status => "status",
            FactKind::Event => "event",
        }
    }
}

/// One fact that changed between two versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactChange {
    /// Added, removed or changed.
    pub change: Change,
    /// What kind of fact.
    pub kind: FactKind,
    /// What the value is about: what a number counts ("killed"), the
    /// speaker of a quotation, the quotation whose speaker changed, the
    /// kind of an event.
    pub subject: Option<String>,
    /// The old value; `None` when added.
    pub old: Option<String>,
    /// The new value; `None` when removed.
    pub new: Option<String>,
    /// The old sentence it is in, by index.
    pub old_sentence: Option<usize>,
    /// The new sentence it is in, by index.
    pub new_sentence: Option<usize>,
    /// The event it belongs to, where one was found.
    pub event: Option<EventLink>,
}

/// The event a fact belongs to, in either version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventLink {
    /// The event's kind, with its subkind: "casualties/killed".
    pub kind: String,
    /// The event's summary, from the newer version that has it.
    pub summary: String,
    /// The event's id in the old version.
    pub old: Option<String>,
    /// The event's id in the new version.
    pub new: Option<String>,
}

/// What happened to an event between versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventChangeKind {
    /// Only the new version has it.
    Added,
    /// Only the old version has it.
    Removed,
    /// Its status changed.
    Status,
}

/// One event that appeared, disappeared or changed status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventChange {
    /// What happened to it.
    pub change: EventChangeKind,
    /// Its kind, with its subkind: "meeting/meet".
    pub kind: String,
    /// Its summary, from the newer version that has it.
    pub summary: String,
    /// Its id in the old version.
    pub old_id: Option<String>,
    /// Its id in the new version.
    pub new_id: Option<String>,
    /// The old status, for a status change.
    pub old: Option<String>,
    /// The new status, for a status change.
    pub new: Option<String>,
}

/// Everything that changed between two versions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Revision {
    /// The sentence alignment, in reading order: each new sentence in
    /// turn, with deleted ones where they stood.
    pub sentences: Vec<SentenceChange>,
    /// The facts that changed: the headline first, then sentence by
    /// sentence in reading order, and within a sentence by kind.
    pub facts: Vec<FactChange>,
    /// The events that appeared, disappeared or changed status.
    pub events: Vec<EventChange>,
}

/// Counts of what changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Sentences only the new version has.
    pub sentences_added: usize,
    /// Sentences only the old version has.
    pub sentences_removed: usize,
    /// Sentences reworded in place (split and merged ones included).
    pub sentences_edited: usize,
    /// Sentences moved.
    pub sentences_moved: usize,
    /// Sentences whose only edits are cosmetic.
    pub sentences_cosmetic: usize,
    /// Facts that changed.
    pub facts_changed: usize,
}

impl Revision {
    /// Counts what changed.
    pub fn summary(&self) -> Summary {
        let mut s = Summary { facts_changed: self.facts.len(), ..Summary::default() };
        for c in &self.sentences {
            match c.op {
                Op::Equal => {}
                _ if c.cosmetic => s.sentences_cosmetic += c.new.len().max(c.old.len()),
                Op::Insert => s.sentences_added += c.new.len(),
                Op::Delete => s.sentences_removed += c.old.len(),
                Op::Move => s.sentences_moved += 1,
                Op::Edit | Op::Split | Op::Merge => s.sentences_edited += 1,
            }
        }
        s
    }

    /// Whether any fact changed: what `--exit-code` reports.
    pub fn facts_changed(&self) -> bool {
        !self.facts.is_empty()
    }
}

/// Aligns and compares versions of a story. Build it once and reuse it:
/// it holds the temporal tagger and the event extractor.
#[derive(Debug)]
pub struct Differ {
    config: DiffConfig,
    tagger: Tagger,
    extractor: Extractor,
}

impl Differ {
    /// A differ with the built-in event lexicon.
    pub fn new(config: DiffConfig) -> Differ {
        Differ::with_lexicon(config, &Lexicon::builtin())
    }

    /// A differ whose event extractor uses `lexicon`.
    pub fn with_lexicon(config: DiffConfig, lexicon: &Lexicon) -> Differ {
        Differ {
            config,
            tagger: Tagger::new(TaggerConfig::default()),
            extractor: Extractor::new(lexicon),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &DiffConfig {
        &self.config
    }

    /// Tags the time expressions and extracts the events of one version,
    /// anchored to `reference`, or else the article's publication date.
    /// Events are not extracted from an article with a sentence longer
    /// than [`DiffConfig::max_sentence_bytes`] (see
    /// [`Version::events_read`]).
    pub fn analyze(&self, article: Article, reference: Option<NaiveDate>) -> Version {
        let reference = reference.or(article.meta().published);
        let tokens = ArticleTokens::new(&article);
        let timexes = self.tagger.tag_tokens(&article, &tokens, reference);
        let events_read = self.readable(&article, 0..article.sentences().len());
        let events = if events_read {
            self.extractor.extract_tokens(&article, &tokens, &timexes, reference)
        } else {
            Vec::new()
        };
        Version { article, reference, timexes, events, events_read }
    }

    /// Whether the sentences `range` of `article` are short enough to read
    /// facts from.
    fn readable(&self, article: &Article, range: Range<usize>) -> bool {
        article.sentences()[range].iter().all(|s| s.span.len() <= self.config.max_sentence_bytes)
    }

    /// Aligns the sentences of two versions and diffs the words of those
    /// that changed: the text-level half of [`Differ::compare`], which
    /// needs no analysis.
    pub fn align(&self, old: &Article, new: &Article) -> Vec<SentenceChange> {
        let deadline = self.config.time_limit.and_then(|d| Instant::now().checked_add(d));
        align::align(old, new, &self.config, deadline)
    }

    /// Everything that changed from `old` to `new`: the aligned sentences
    /// with their word edits, the changed facts and events.
    pub fn compare(&self, old: &Version, new: &Version) -> Revision {
        let sentences = self.align(&old.article, &new.article);
        let (facts, events) = facts::compare(self, old, new, &sentences);
        Revision { sentences, facts, events }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use dateline_article::Meta;
    use proptest::prelude::*;

    use super::*;

    static DIFFER: LazyLock<Differ> = LazyLock::new(|| Differ::new(DiffConfig::default()));

    fn version(text: &str, published: &str) -> Version {
        let date = NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
        DIFFER.analyze(Article::from_text(text, Meta::default()), date)
    }

    /// The facts that changed from `old` to `new` (both published on
    /// `published`), as `kind: old → new` lines.
    #[track_caller]
    fn check(old: &str, new: &str, published: &str, expected: &[&str]) {
        let (old, new) = (version(old, published), version(new, published));
        let got: Vec<String> = DIFFER
            .compare(&old, &new)
            .facts
            .iter()
            .map(|f| {
                let side = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".to_string());
                format!("{}: {} → {}", f.kind.as_str(), side(&f.old), side(&f.new))
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn dates_compare_by_value() {
        let old = "Council votes\n\nThe council voted on Tuesday to close the old bridge to cars.";
        check(old, &old.replace("on Tuesday", "on May 2"), "2023-05-02", &[]);
        check(
            old,
            &old.replace("Tuesday", "Monday"),
            "2023-05-02",
            &["date: Tuesday (2023-05-02) → Monday (2023-05-01)"],
        );
    }

    #[test]
    fn numbers_places_and_sources() {
        let old = "Fire in the hills\n\nAbout 400 firefighters were fighting the blaze in the south of the \
                   province, officials said.";
        let new = "Fire in the hills\n\nAbout 450 firefighters were fighting the blaze in the east of the \
                   province, the fire brigade said.";
        check(
            old,
            new,
            "2024-07-21",
            &[
                "number: About 400 → About 450",
                "place: the south of the province → the east of the province",
                "attribution: officials → the fire brigade",
            ],
        );
    }

    #[test]
    fn quotations_and_speakers() {
        let old = "Strike called\n\nIts deputy, Liam Carter, led the talks.\n\n\
                   \"We have been patient for a long time,\" Ms Ferris said.\n\n\
                   \"Nobody wants this,\" said Mr Carter.";
        let new = "Strike called\n\nIts deputy, Liam Carter, led the talks.\n\n\
                   \"We have been more than patient,\" Ms Ferris said.\n\n\
                   \"Nobody wants this,\" said Ms Ferris.";
        check(
            old,
            new,
            "2023-06-07",
            &[
                "quote: We have been patient for a long time → We have been more than patient",
                "quote: Mr Carter (Liam Carter) → Ms Ferris",
            ],
        );
    }

    #[test]
    fn headline_and_nothing_cosmetic() {
        let old = "Library Reopens After Restoration\n\nThe library \"reopened\" on Friday.  It recieved a grant.";
        let cosmetic = "Library reopens after restoration\n\nThe library “reopened” on Friday. It received a grant.";
        check(old, cosmetic, "2024-03-15", &[]);
        check(
            old,
            "Readers return to the library\n\nThe library \"reopened\" on Friday.  It recieved a grant.",
            "2024-03-15",
            &["headline: Library Reopens After Restoration → Readers return to the library"],
        );
    }

    #[test]
    fn summary_counts() {
        let old = version(
            "Title\n\nOne stays here. Two goes away now.\n\nThree is reworded a little here.",
            "2024-01-01",
        );
        let new = version(
            "Title\n\nOne stays here.\n\nThree is reworded a lot here. Four arrives late.",
            "2024-01-01",
        );
        let s = DIFFER.compare(&old, &new).summary();
        assert_eq!(
            (s.sentences_added, s.sentences_removed, s.sentences_edited),
            (1, 1, 1),
            "{s:?}"
        );
    }

    mod properties {
        use super::*;

        fn text() -> impl Strategy<Value = String> {
            let pieces = prop::sample::select(vec![
                "Council votes",
                "\n\n",
                "\n",
                " ",
                ".",
                ",",
                "\"",
                "“",
                "”",
                "'",
                "The council",
                "voted",
                "on Tuesday",
                "at least 70",
                "people",
                "said",
                "Mr Carter",
                "according to",
                "witnesses",
                "in the south of the city",
                "—",
                "é",
                "1,200",
                "killed",
                "will meet",
                "met",
                "Police say",
                "(",
                ")",
                "?",
            ]);
            prop::collection::vec(pieces, 0..40).prop_map(|p| p.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]

            /// Any two texts compare without a panic, every word edit lies
            /// on character boundaries of its side, and the alignment
            /// covers every sentence of both versions once.
            #[test]
            fn any_two_texts_compare(a in text(), b in text()) {
                let (old, new) = (version(&a, "2017-05-02"), version(&b, "2017-05-02"));
                let revision = DIFFER.compare(&old, &new);
                let (ot, nt) = (old.article().text(), new.article().text());
                for c in &revision.sentences {
                    for w in &c.words {
                        let text = if w.op == WordOp::Delete { ot } else { nt };
                        prop_assert!(w.span.end() <= text.len());
                        prop_assert!(text.is_char_boundary(w.span.start()) && text.is_char_boundary(w.span.end()));
                    }
                }
                let mut olds: Vec<usize> = revision.sentences.iter().flat_map(|c| c.old.clone()).collect();
                let mut news: Vec<usize> = revision.sentences.iter().flat_map(|c| c.new.clone()).collect();
                olds.sort_unstable();
                news.sort_unstable();
                prop_assert_eq!(olds, (0..old.article().sentences().len()).collect::<Vec<_>>());
                prop_assert_eq!(news, (0..new.article().sentences().len()).collect::<Vec<_>>());
            }

            /// A text compared with itself: every sentence equal, no fact
            /// and no event changed.
            #[test]
            fn a_text_against_itself_reports_nothing(a in text()) {
                let (old, new) = (version(&a, "2017-05-02"), version(&a, "2017-05-02"));
                let revision = DIFFER.compare(&old, &new);
                prop_assert!(revision.sentences.iter().all(|c| c.op == Op::Equal), "{:?}", revision.sentences);
                prop_assert!(revision.facts.is_empty(), "{:?}", revision.facts);
                prop_assert!(revision.events.is_empty(), "{:?}", revision.events);
            }
        }
    }
}
