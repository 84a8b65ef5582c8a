//! Dated events with actors, places and status, from news articles.
//!
//! `dateline-events` is the third stage of dateline. Its [`Extractor`]
//! reads an [`Article`] and the time expressions the temporal tagger found
//! in it, and returns [`Event`]s: what happened or is planned (a kind from
//! the [`Lexicon`]: call, meeting, summit, talks, agreement, statement,
//! strike, attack…), who took part and in what role, where, when, how sure
//! the text is ([`Status`]: occurred, planned, ongoing, denied, negated,
//! reported, hypothetical), and the sentences that say so.
//!
//! Mentions of one event within an article become one event with all
//! their evidence: "their first call", "the conversation" and "Tuesday's
//! call" are the same call.
//!
//! # Example
//!
//! ```
//! use dateline_article::{Article, Meta};
//! use dateline_events::{Extractor, Lexicon, Status};
//! use dateline_temporal::{Tagger, TaggerConfig};
//!
//! let article = Article::from_text(
//!     "Leaders to meet\n\nGerman Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Tuesday. \
//!      They will meet again in July.",
//!     Meta::default(),
//! );
//! let reference = chrono::NaiveDate::from_ymd_opt(2017, 5, 2);
//! let timexes = Tagger::new(TaggerConfig::default()).tag(&article, reference);
//! let events = Extractor::new(&Lexicon::builtin()).extract(&article, &timexes, reference);
//! let met = events.iter().find(|e| e.kind == "meeting" && e.status == Status::Occurred).unwrap();
//! assert_eq!(met.when.as_ref().unwrap().value, "2017-05-02");
//! assert_eq!(met.place.as_ref().unwrap().name, "Paris");
//! ```

#![deny(missing_docs)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod actors;
mod coref;
mod extract;
pub mod gazetteer;
mod lexicon;
pub mod render;

use chrono::NaiveDate;
use dateline_article::{Article, BlockKind, Span};
use dateline_temporal::token::ArticleTokens;
use dateline_temporal::{Granularity, Mod, Timex};
use serde::Serialize;

pub use crate::actors::{Actor, ActorKind};
pub use crate::lexicon::{KindDef, Lexicon, LexiconError, TriggerDef};

/// One event: what, who, where, when, how sure, and the evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// An id unique within the article, in order of first mention: `e1`.
    pub id: String,
    /// The kind, from the lexicon: "call", "strike"…
    pub kind: String,
    /// A finer label: "deny" for a statement, "air" for a strike.
    pub subkind: Option<String>,
    /// A one-line summary: "Vladimir Putin and Donald Trump speak by phone".
    pub summary: String,
    /// When it happened or is to happen.
    pub when: Option<When>,
    /// How sure the text is that it happened.
    pub status: Status,
    /// Who took part, and how.
    pub participants: Vec<Participant>,
    /// Where.
    pub place: Option<Place>,
    /// Its order against other events of the article, where the text says.
    pub relations: Vec<Relation>,
    /// Every mention of it.
    pub evidence: Vec<Evidence>,
    /// A number the event is about: "at least 70" killed.
    pub quantity: Option<String>,
    /// How sure dateline is of the event as a whole, 0 to 1.
    pub confidence: f32,
}

impl Event {
    /// Whether every mention is in a photo caption or credit (timelines
    /// leave such events out unless asked).
    pub fn only_in_captions(&self) -> bool {
        self.evidence.iter().all(|e| matches!(e.block, BlockKind::Caption | BlockKind::Credit))
    }
}

/// When an event happened, as a TIMEX3 value and the interval it denotes.
#[derive(Clone, Debug, PartialEq)]
pub struct When {
    /// TIMEX3 value: `2017-05-02`, `2017-04`, `PRESENT_REF`.
    pub value: String,
    /// The first day of the interval, if it is anchored.
    pub start: Option<NaiveDate>,
    /// The last day of the interval.
    pub end: Option<NaiveDate>,
    /// How fine the value is.
    pub granularity: Granularity,
    /// TIMEX3 `mod`.
    pub modifier: Option<Mod>,
    /// The words the date came from ("Tuesday"), if any.
    pub text: Option<String>,
    /// Whether the date is inferred rather than said: a statement dated
    /// to its publication day, an event dated by another it follows.
    pub approximate: bool,
    /// How sure dateline is of the date, 0 to 1.
    pub confidence: f32,
}

/// How sure the text is that an event happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// It happened.
    Occurred,
    /// It is planned, scheduled, agreed or expected.
    Planned,
    /// It is going on.
    Ongoing,
    /// Someone denies it.
    Denied,
    /// The text says it did not happen.
    Negated,
    /// An attributed claim: someone says it happened.
    Reported,
    /// A possibility: "if talks fail", "could".
    Hypothetical,
}

impl Status {
    /// The name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Occurred => "occurred",
            Status::Planned => "planned",
            Status::Ongoing => "ongoing",
            Status::Denied => "denied",
            Status::Negated => "negated",
            Status::Reported => "reported",
            Status::Hypothetical => "hypothetical",
        }
    }
}

/// Someone or something taking part in an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Participant {
    /// The name: "Vladimir Putin", "Russia", "a Syrian government airbase".
    pub name: String,
    /// What it is.
    pub kind: ActorKind,
    /// Its role.
    pub role: Role,
}

/// A participant's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Who does it: the caller, the one who strikes, the speaker.
    Agent,
    /// Who it is done with: the other side of a call or meeting.
    Other,
    /// What it is done to: the target of a strike or an accusation.
    Target,
}

impl Role {
    /// The name used in outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Other => "other",
            Role::Target => "target",
        }
    }
}

/// Where an event happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The place as the text names it: "Hamburg".
    pub name: String,
    /// Its country, when known.
    pub country: Option<String>,
}

/// An event's order against another event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Relation {
    /// Before, after or during the other event.
    #[serde(rename = "type")]
    pub kind: RelationKind,
    /// The other event's id.
    pub event: String,
}

/// Which way a relation points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// This event comes before the other.
    Before,
    /// This event comes after the other.
    After,
    /// They happen at the same time.
    During,
}

/// One mention of an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The kind of block it is in (photo captions are told apart).
    pub block: BlockKind,
    /// The sentence's index in the article.
    pub sentence: usize,
    /// The sentence's span.
    pub span: Span,
    /// The trigger's span: "call", "met", "air strike".
    pub trigger: Span,
}

/// Extracts events. Build it once from a lexicon and reuse it.
#[derive(Debug)]
pub struct Extractor {
    index: lexicon::TriggerIndex,
    kinds: Vec<String>,
    gazetteer: &'static gazetteer::Gazetteer,
}

impl Extractor {
    /// An extractor for the kinds and triggers of `lexicon`.
    pub fn new(lexicon: &Lexicon) -> Extractor {
        Extractor {
            index: lexicon::TriggerIndex::new(lexicon),
            kinds: lexicon.kinds().iter().map(|k| k.name.clone()).collect(),
            gazetteer: gazetteer::Gazetteer::builtin(),
        }
    }

    /// Every event mention before merging, one line each: kind, trigger,
    /// participants, date and status. For debugging the extractor.
    #[doc(hidden)]
    pub fn explain(
        &self,
        article: &Article,
        timexes: &[Timex],
        reference: Option<NaiveDate>,
    ) -> Vec<String> {
        let _ = reference;
        let tokens = ArticleTokens::new(article);
        let (mentions, registry) = extract::mentions(self, article, &tokens, timexes);
        mentions
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let parts: Vec<String> = m
                    .participants
                    .iter()
                    .map(|p| {
                        let weak = if p.weak { "?" } else { "" };
                        format!("{}{weak}:{}", registry.actors[p.actor].name, p.role.as_str())
                    })
                    .collect();
                format!(
                    "m{i} s{} {}{} {:?} noun={} def={} [{}] when={:?} {:?} rel={:?} today={}",
                    m.sentence,
                    self.kinds[m.kind],
                    m.subkind.as_deref().map(|s| format!("/{s}")).unwrap_or_default(),
                    &article.text()[m.trigger],
                    m.noun,
                    m.definite,
                    parts.join(", "),
                    m.timex.map(|t| timexes[t].value.to_string()),
                    m.status,
                    m.relations,
                    m.said_today,
                )
            })
            .collect()
    }

    /// The events of `article`, given the time expressions found in it
    /// and the reference date they were anchored to.
    pub fn extract(
        &self,
        article: &Article,
        timexes: &[Timex],
        reference: Option<NaiveDate>,
    ) -> Vec<Event> {
        self.extract_tokens(article, &ArticleTokens::new(article), timexes, reference)
    }

    /// Like [`Extractor::extract`], from the article's tokens cut
    /// beforehand for the tagger ([`Tagger::tag_tokens`]), so that the
    /// article is tokenized once.
    ///
    /// [`Tagger::tag_tokens`]: dateline_temporal::Tagger::tag_tokens
    pub fn extract_tokens(
        &self,
        article: &Article,
        tokens: &ArticleTokens<'_>,
        timexes: &[Timex],
        reference: Option<NaiveDate>,
    ) -> Vec<Event> {
        let (mentions, registry) = extract::mentions(self, article, tokens, timexes);
        coref::events(self, article, timexes, reference, mentions, &registry)
    }
}

#[cfg(test)]
mod tests;
