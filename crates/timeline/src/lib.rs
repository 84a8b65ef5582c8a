//! Ordered timelines of news events, from one article or thousands.
//!
//! `dateline-timeline` is the fourth stage of dateline. A [`Builder`] takes
//! the events [`dateline_events`] found in each article, each with its
//! source, and [`Builder::build`]s a [`Timeline`]: the same event reported
//! by several articles becomes one [`Entry`] with every source as
//! provenance (and the [`Conflict`]s where sources disagree on its date or
//! status); entries are ordered by the intervals their dates denote, ties
//! broken by the `before`/`after` relations the text gives and then by text
//! order; undated entries are placed by their relations, or listed at the
//! end — never given a made-up date. A [`Filter`] keeps what a user asks
//! for, and [`Timeline::top`] the most salient dates.
//!
//! The [`render`] module writes a timeline in every format journalists use:
//! text, JSON (`dateline.timeline/1`), JSON Lines, Markdown, CSV for the
//! TimelineJS spreadsheet, TimelineJS JSON, iCalendar and a self-contained
//! HTML page.
//!
//! # Example
//!
//! ```
//! use dateline_article::{Article, Meta};
//! use dateline_events::{Extractor, Lexicon};
//! use dateline_temporal::{Tagger, TaggerConfig};
//! use dateline_timeline::{ArticleEvents, Builder, Filter, SourceInfo};
//!
//! let reference = chrono::NaiveDate::from_ymd_opt(2017, 5, 2);
//! let article = Article::from_text(
//!     "Leaders to meet\n\nThe two presidents will meet in Paris in July. \
//!      They spoke by phone on Tuesday.",
//!     Meta { published: reference, ..Meta::default() },
//! );
//! let timexes = Tagger::new(TaggerConfig::default()).tag(&article, reference);
//! let events = Extractor::new(&Lexicon::builtin()).extract(&article, &timexes, reference);
//! let source = SourceInfo::new("s1", Some("story.txt"), &article);
//! let mut builder = Builder::new();
//! builder.add(ArticleEvents::new(source, &article, &events));
//! let timeline = builder.build(&Filter::default());
//! let kinds: Vec<&str> = timeline.entries.iter().map(|e| e.kind.as_ref()).collect();
//! assert_eq!(kinds, ["call", "meeting"]);
//! ```

#![deny(missing_docs)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod merge;
mod order;
pub mod render;

use std::sync::Arc;

use chrono::NaiveDate;
use dateline_article::{Article, BlockKind};
use dateline_events::{ActorKind, Event, RelationKind, Role, Status};
use dateline_temporal::{Granularity, Mod};
use serde::Serialize;

/// An article a timeline draws on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SourceInfo {
    /// A short id, unique within one run: `s1`.
    pub id: String,
    /// The path it was read from, if any.
    pub path: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// Its publication date (or the `--date` given for it).
    pub published: Option<NaiveDate>,
}

impl SourceInfo {
    /// The source for `article`, read from `path`.
    pub fn new(id: &str, path: Option<&str>, article: &Article) -> SourceInfo {
        SourceInfo {
            id: id.to_string(),
            path: path.map(str::to_string),
            title: article.meta().title.clone(),
            published: article.meta().published,
        }
    }
}

/// Someone or something taking part in an entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Participant {
    /// The name: "Vladimir Putin", "Russia".
    pub name: Arc<str>,
    /// What it is.
    pub kind: ActorKind,
    /// Its role.
    pub role: Role,
}

/// Where an entry happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The place as the text names it: "Hamburg".
    pub name: Arc<str>,
    /// Its country, when known.
    pub country: Option<Arc<str>>,
}

/// When an entry happened: a TIMEX3 value and the interval it denotes (as
/// [`dateline_events::When`], with shared texts).
#[derive(Clone, Debug, PartialEq)]
pub struct When {
    /// TIMEX3 value: `2017-05-02`, `2017-04`, `PRESENT_REF`.
    pub value: Arc<str>,
    /// The first day of the interval, if it is anchored.
    pub start: Option<NaiveDate>,
    /// The last day of the interval.
    pub end: Option<NaiveDate>,
    /// How fine the value is.
    pub granularity: Granularity,
    /// TIMEX3 `mod`.
    pub modifier: Option<Mod>,
    /// The words the date came from ("Tuesday"), if any.
    pub text: Option<Arc<str>>,
    /// Whether the date is inferred rather than said.
    pub approximate: bool,
    /// How sure dateline is of the date, 0 to 1.
    pub confidence: f32,
}

impl From<&dateline_events::When> for When {
    fn from(w: &dateline_events::When) -> When {
        When {
            value: Arc::from(w.value.as_ref()),
            start: w.start,
            end: w.end,
            granularity: w.granularity,
            modifier: w.modifier,
            text: w.text.as_deref().map(Arc::from),
            approximate: w.approximate,
            confidence: w.confidence,
        }
    }
}

/// One mention of an entry in one article.
///
/// Texts are shared (`Arc<str>`): a timeline over thousands of articles
/// holds each distinct sentence once, however many wire copies repeat it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// The source's id.
    pub source: Arc<str>,
    /// The kind of block it is in: photo captions are told apart.
    pub block: BlockKind,
    /// The sentence that says so.
    pub sentence: Arc<str>,
    /// The sentence's byte span in the article's text.
    pub start: usize,
    /// One past the sentence's last byte.
    pub end: usize,
    /// The words that name the event: "call", "air strike".
    pub trigger: Arc<str>,
}

/// A relation from one entry to another, by entry id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Relation {
    /// Before, after or during.
    #[serde(rename = "type")]
    pub kind: RelationKind,
    /// The other entry's id.
    pub event: String,
}

/// What sources disagree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictField {
    /// The date.
    Date,
    /// The status: one says it happened, another that it is planned.
    Status,
}

/// Sources that disagree about an entry.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// What they disagree on.
    pub field: ConflictField,
    /// Each value, with the sources that give it.
    pub claims: Vec<Claim>,
}

/// One side of a conflict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// The value: a TIMEX3 value or a status.
    pub value: String,
    /// The ids of the sources that give it.
    pub sources: Vec<String>,
}

/// One entry of a timeline: an event, merged across the articles that
/// report it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Its id in the timeline, in timeline order: `e1`.
    pub id: String,
    /// The kind: "call", "strike"…
    pub kind: Arc<str>,
    /// A finer label: "deny", "air".
    pub subkind: Option<Arc<str>>,
    /// A one-line summary.
    pub summary: Arc<str>,
    /// When, as the best-dated source gives it.
    pub when: Option<When>,
    /// How sure the sources are that it happened.
    pub status: Status,
    /// Who took part.
    pub participants: Vec<Participant>,
    /// Where.
    pub place: Option<Place>,
    /// Its order against other entries, where the text says.
    pub relations: Vec<Relation>,
    /// Every mention, in every source.
    pub evidence: Vec<Mention>,
    /// A number the event is about.
    pub quantity: Option<Arc<str>>,
    /// How sure dateline is, 0 to 1.
    pub confidence: f32,
    /// Where sources disagree.
    pub conflicts: Vec<Conflict>,
    /// The ids of the sources that report it, in order.
    pub sources: Vec<Arc<str>>,
}

impl Entry {
    /// Whether every mention is in a photo caption or credit.
    pub fn only_in_captions(&self) -> bool {
        self.evidence.iter().all(|e| matches!(e.block, BlockKind::Caption | BlockKind::Credit))
    }

    /// The first day of its interval, if it is dated.
    pub fn start(&self) -> Option<NaiveDate> {
        self.when.as_ref().and_then(|w| w.start)
    }

    /// The last day of its interval, if it is dated.
    pub fn end(&self) -> Option<NaiveDate> {
        self.when.as_ref().and_then(|w| w.end)
    }
}

/// The events of one article, detached from it: what a [`Builder`] needs,
/// owned, so that the article can be dropped (and articles processed in
/// parallel).
#[derive(Clone, Debug)]
pub struct ArticleEvents {
    /// The article.
    pub source: SourceInfo,
    /// Its events as entries of their own (ids local to the article).
    pub entries: Vec<Entry>,
}

impl ArticleEvents {
    /// The events `dateline_events` found in `article`.
    pub fn new(source: SourceInfo, article: &Article, events: &[Event]) -> ArticleEvents {
        let entries = events
            .iter()
            .map(|e| Entry {
                id: e.id.clone(),
                kind: Arc::from(e.kind.as_ref()),
                subkind: e.subkind.as_deref().map(Arc::from),
                summary: Arc::from(e.summary.as_str()),
                when: e.when.as_ref().map(When::from),
                status: e.status,
                participants: e
                    .participants
                    .iter()
                    .map(|p| Participant {
                        name: Arc::from(p.name.as_ref()),
                        kind: p.kind,
                        role: p.role,
                    })
                    .collect(),
                place: e.place.as_ref().map(|p| Place {
                    name: Arc::from(p.name.as_ref()),
                    country: p.country.as_deref().map(Arc::from),
                }),
                relations: e
                    .relations
                    .iter()
                    .map(|r| Relation { kind: r.kind, event: r.event.clone() })
                    .collect(),
                evidence: e
                    .evidence
                    .iter()
                    .map(|m| Mention {
                        source: Arc::from(source.id.as_str()),
                        block: m.block,
                        sentence: Arc::from(article.slice(m.span)),
                        start: m.span.start(),
                        end: m.span.end(),
                        trigger: Arc::from(article.slice(m.trigger)),
                    })
                    .collect(),
                quantity: e.quantity.as_deref().map(Arc::from),
                confidence: e.confidence,
                conflicts: Vec::new(),
                sources: vec![Arc::from(source.id.as_str())],
            })
            .collect();
        ArticleEvents { source, entries }
    }
}

/// What a timeline keeps.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Only entries that may fall on or after this day.
    pub since: Option<NaiveDate>,
    /// Only entries that may fall on or before this day.
    pub until: Option<NaiveDate>,
    /// Only these kinds (all when empty).
    pub kinds: Vec<String>,
    /// Only entries with a participant whose name contains one of these,
    /// case-insensitively (all when empty).
    pub actors: Vec<String>,
    /// Only these statuses (all when empty).
    pub statuses: Vec<Status>,
    /// Keep entries found only in photo captions and credits.
    pub include_captions: bool,
}

impl Filter {
    /// Whether `entry` passes. Dates are checked against the entry's
    /// interval; undated entries pass date bounds.
    pub fn keeps(&self, entry: &Entry) -> bool {
        if !self.include_captions && entry.only_in_captions() {
            return false;
        }
        if !self.kinds.is_empty() && !self.kinds.iter().any(|k| **k == *entry.kind) {
            return false;
        }
        if !self.statuses.is_empty() && !self.statuses.contains(&entry.status) {
            return false;
        }
        if !self.actors.is_empty() {
            let named = |p: &Participant| {
                let name = p.name.to_lowercase();
                self.actors.iter().any(|a| name.contains(&a.to_lowercase()))
            };
            if !entry.participants.iter().any(named) {
                return false;
            }
        }
        if let (Some(since), Some(end)) = (self.since, entry.end()) {
            if end < since {
                return false;
            }
        }
        if let (Some(until), Some(start)) = (self.until, entry.start()) {
            if start > until {
                return false;
            }
        }
        true
    }
}

/// An ordered, merged timeline.
#[derive(Clone, Debug, Default)]
pub struct Timeline {
    /// The articles it draws on, in the order they were added.
    pub sources: Vec<SourceInfo>,
    /// The entries, in order; undated entries not placed by a relation
    /// come last.
    pub entries: Vec<Entry>,
}

impl Timeline {
    /// The `n` most salient dates — those the most entries and articles
    /// point at — with their entries, in order: the key dates of a pile of
    /// coverage. Undated entries are left out.
    pub fn top(&self, n: usize) -> Timeline {
        use rustc_hash::FxHashMap;
        // A date's salience: its entries, weighted by how many sources
        // report each, and by how precise the date is.
        let mut score: FxHashMap<&str, f32> = FxHashMap::default();
        for e in &self.entries {
            let Some(w) = e.when.as_ref().filter(|w| w.start.is_some()) else { continue };
            let precision = if w.start == w.end { 1.0 } else { 0.5 };
            *score.entry(w.value.as_ref()).or_default() += precision * e.sources.len() as f32;
        }
        let mut dates: Vec<(&str, f32)> = score.into_iter().collect();
        dates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
        let kept: Vec<&str> = dates.into_iter().take(n).map(|(d, _)| d).collect();
        let entries: Vec<Entry> = self
            .entries
            .iter()
            .filter(|e| e.when.as_ref().is_some_and(|w| kept.contains(&w.value.as_ref())))
            .cloned()
            .collect();
        Timeline { sources: self.sources.clone(), entries }
    }

    /// The undated entries (those with no date of their own or inherited).
    pub fn undated(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.when.is_none())
    }
}

/// Builds a timeline from the events of many articles.
#[derive(Debug, Default)]
pub struct Builder {
    sources: Vec<SourceInfo>,
    merger: merge::Merger,
}

impl Builder {
    /// An empty builder.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Adds the events of one article, merging each with what other
    /// articles reported of the same event.
    pub fn add(&mut self, mut article: ArticleEvents) {
        self.merger.intern(&mut article);
        self.merger.add(&article);
        self.sources.push(article.source);
    }

    /// How many articles were added.
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// Whether no article was added.
    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }

    /// The timeline: merged entries passing `filter`, in order, with ids
    /// `e1`, `e2`… in that order.
    pub fn build(self, filter: &Filter) -> Timeline {
        let entries = self.merger.finish();
        let kept: Vec<merge::Keyed> =
            entries.into_iter().filter(|k| filter.keeps(&k.entry)).collect();
        Timeline { sources: self.sources, entries: order::order(kept) }
    }
}

#[cfg(test)]
mod tests;
