//! Find time expressions in news text and normalize them against a
//! reference date.
//!
//! `dateline-temporal` is the second stage of dateline. Its [`Tagger`]
//! finds temporal expressions — "January 15, 2016", "Tuesday", "early
//! April", "last year's", "two days ago", "3 p.m.", "for three years",
//! "every Monday", "now" — and gives each a [`Timex`]: its byte span, its
//! TIMEX3 type and value, a `mod`, a granularity and the interval of
//! calendar days it denotes, so that later stages can sort and compare
//! dates of mixed precision.
//!
//! Underspecified expressions are anchored as a careful reader anchors
//! them: against the article's publication date (the *reference date*),
//! with the tense of the clause choosing the direction — "met on Tuesday"
//! is the last Tuesday, "talks that begin Wednesday" the next Wednesday —
//! and anaphoric ones ("the next day", "a year earlier") against the last
//! date mentioned. What cannot be anchored keeps `X`s instead of a guess:
//! "July" with no reference date is `XXXX-07`.
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use dateline_temporal::{Tagger, TaggerConfig};
//!
//! let tagger = Tagger::new(TaggerConfig::default());
//! let tuesday = NaiveDate::from_ymd_opt(2017, 5, 2);
//! let text = "The leaders spoke on Tuesday. Talks begin Wednesday and a summit follows in July.";
//! let found: Vec<(&str, String)> = tagger
//!     .tag_text(text, tuesday)
//!     .iter()
//!     .map(|t| (&text[t.span], t.value.to_string()))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [("Tuesday", "2017-05-02".to_string()), ("Wednesday", "2017-05-03".to_string()), ("July", "2017-07".to_string())]
//! );
//! ```

#![deny(missing_docs)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod calendars;
mod grammar;
pub mod render;
mod resolve;
mod sem;
mod tense;
pub mod timeml;
pub mod token;
mod value;

use chrono::NaiveDate;
use dateline_article::{Article, BlockKind, Span};

use crate::token::ArticleTokens;

pub use crate::resolve::{Anchor, TimexType};
pub use crate::sem::Mod;
pub use crate::value::{
    DateValue, DayPart, DurationValue, Granularity, Interval, Part, Reference, Season, Unit, Value,
    Zone,
};

/// One time expression: where it is and what it denotes.
#[derive(Clone, Debug, PartialEq)]
pub struct Timex {
    /// Where it is, in the text that was tagged.
    pub span: Span,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: Value,
    /// TIMEX3 `mod`.
    pub modifier: Option<Mod>,
    /// How fine the value is.
    pub granularity: Granularity,
    /// The calendar days it denotes, narrowed by the `mod` ("early April"
    /// is April 1–10); `None` for durations, sets, references and values
    /// with `X`s.
    pub interval: Option<Interval>,
    /// What the value was counted from.
    pub anchor: Anchor,
    /// The index of the sentence it is in, when an article was tagged.
    pub sentence: Option<usize>,
    /// For a length of time measured from an event ("days *after* the
    /// strikes"): which way and the signal word's span.
    pub relation: Option<Relation>,
}

/// A duration tied to an event by "after" or "before".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Relation {
    /// Whether the time is after the event ("days after") or before it.
    pub kind: RelationKind,
    /// The span of the signal word.
    pub signal: Span,
}

/// Which side of an event a time lies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// After the event.
    After,
    /// Before the event.
    Before,
}

/// How relative expressions are anchored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// News: "yesterday", "last week" and "two days ago" count from the
    /// reference (publication) date; only anaphoric expressions ("the next
    /// day", "a year earlier", "that month") count from the last date
    /// mentioned.
    #[default]
    News,
    /// Narrative (histories, profiles): relative expressions count from the
    /// last date mentioned, as HeidelTime's narrative mode does.
    Narrative,
}

/// How a [`Tagger`] works.
#[derive(Clone, Copy, Debug)]
pub struct TaggerConfig {
    /// News or narrative anchoring.
    pub mode: Mode,
    /// Tag "former" ("the former minister") as a reference to the past.
    /// The TimeML guidelines do not; a timeline of roles wants it.
    pub former: bool,
}

impl Default for TaggerConfig {
    fn default() -> TaggerConfig {
        TaggerConfig { mode: Mode::News, former: true }
    }
}

impl TaggerConfig {
    /// The TimeML annotation guidelines, as TimeBank and TempEval follow
    /// them: news anchoring, no "former".
    pub fn timeml() -> TaggerConfig {
        TaggerConfig { mode: Mode::News, former: false }
    }
}

/// Finds and normalizes time expressions. Build it once and share it: it
/// holds only its configuration (the grammar is code, not patterns compiled
/// at run time), so building one is free and tagging needs `&self` only.
#[derive(Clone, Debug)]
pub struct Tagger {
    config: TaggerConfig,
}

/// Verbs of saying, whose date is the day of the saying, not of what was
/// said.
const SAID: &[&str] = &["said", "says", "told", "announced", "reported", "warned"];

/// Verbs that put out a text: "figures published in February".
const PUBLISHED: &[&str] = &["issued", "published", "released"];

/// Adverbs of habit: in their sentence a bare month, season or feast is
/// any year's ("the season typically runs from June to September").
pub(crate) const HABITUAL: &[&str] =
    &["typically", "usually", "normally", "generally", "traditionally", "customarily"];

/// Words after an adverb "daily": "opens daily at 9am", "daily from noon".
const DAILY_AFTER: &[&str] = &["at", "from", "until", "between", "and", "or", "in", "on", "except"];

/// A bare month, season or feast said of any year, a bare weekday of any
/// week, or a bare clock time of any day, under an adverb of habit or
/// beside a daily set.
fn generic(sem: &sem::Sem) -> Option<sem::Sem> {
    use sem::{Sem, Shift, YearRef};
    Some(match sem {
        Sem::Clock { base: None, hour, minute, zone } => Sem::Clock {
            base: Some(Box::new(Sem::AnyDay)),
            hour: *hour,
            minute: *minute,
            zone: *zone,
        },
        Sem::Month { month, shift: Shift::Context } => {
            Sem::Month { month: *month, shift: Shift::Indefinite }
        }
        Sem::Season { season, shift: Shift::Context } => {
            Sem::Season { season: *season, shift: Shift::Indefinite }
        }
        Sem::Holiday { holiday, year: YearRef::Context, shift: Shift::Context } => {
            Sem::Holiday { holiday: *holiday, year: YearRef::Context, shift: Shift::Indefinite }
        }
        // "Shops usually close on Sunday": every Sunday.
        Sem::Weekday { day, shift: Shift::Context } => {
            Sem::Set(format!("XXXX-WXX-{}", day.number_from_monday()))
        }
        _ => return None,
    })
}

/// Verbs of getting ready for something, whose "for" names a time ahead
/// of them: "bought tickets in January for the concert in September".
const PREPARED: &[&str] = &[
    "booked",
    "bought",
    "ordered",
    "planted",
    "pre-ordered",
    "prepared",
    "purchased",
    "reserved",
    "saved",
    "sowed",
    "sown",
    "stocked",
    "stockpiled",
    "trained",
];

/// Where a sentence stands, for a live blog's clock times.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Line {
    /// A timestamp block of its own ("12:31 —").
    Timestamp,
    /// The first sentence of a paragraph, which a clock time may lead
    /// ("10.14pm Paddy Ashdown says…").
    LeadsParagraph,
    /// Any other sentence.
    Other,
}

impl Tagger {
    /// A tagger with this configuration.
    pub fn new(config: TaggerConfig) -> Tagger {
        Tagger { config }
    }

    /// The configuration.
    pub fn config(&self) -> &TaggerConfig {
        &self.config
    }

    /// Tags every sentence of an article except site chrome and photo
    /// credits, anchoring against `reference`, or else the article's
    /// publication date. With neither, underspecified expressions keep `X`
    /// values.
    pub fn tag(&self, article: &Article, reference: Option<NaiveDate>) -> Vec<Timex> {
        self.tag_tokens(article, &ArticleTokens::new(article), reference)
    }

    /// Like [`Tagger::tag`], from the article's tokens cut beforehand, so
    /// that the event extractor can read the same tokens.
    pub fn tag_tokens(
        &self,
        article: &Article,
        tokens: &ArticleTokens<'_>,
        reference: Option<NaiveDate>,
    ) -> Vec<Timex> {
        let reference = reference.or(article.meta().published);
        let mut state = self.state(reference);
        let mut out = Vec::new();
        let sentences = article.sentences();
        for (index, sentence) in sentences.iter().enumerate() {
            let kind = article.blocks()[sentence.block].kind;
            // "10.14pm Paddy Ashdown says…": a paragraph led by a clock
            // time is a live blog's entry, as a timestamp of its own is.
            let leads_block = index == 0 || sentences[index - 1].block != sentence.block;
            let line = if kind == BlockKind::Timestamp {
                Line::Timestamp
            } else if leads_block && kind == BlockKind::Paragraph {
                Line::LeadsParagraph
            } else {
                Line::Other
            };
            self.tag_sentence(tokens.sentence(index), Some(index), line, &mut state, &mut out);
        }
        out
    }

    /// Tags plain text, splitting it into sentences first.
    pub fn tag_text(&self, text: &str, reference: Option<NaiveDate>) -> Vec<Timex> {
        let mut state = self.state(reference);
        let mut out = Vec::new();
        for (index, span) in dateline_article::split_sentences(text).into_iter().enumerate() {
            let toks = token::tokenize(&text[span], span.start());
            self.tag_sentence(&toks, Some(index), Line::Other, &mut state, &mut out);
        }
        out
    }

    fn state(&self, reference: Option<NaiveDate>) -> resolve::Resolver {
        resolve::Resolver {
            reference,
            narrative: self.config.mode == Mode::Narrative,
            ..resolve::Resolver::default()
        }
    }

    fn tag_sentence(
        &self,
        toks: &[token::Token<'_>],
        sentence: Option<usize>,
        line: Line,
        resolver: &mut resolve::Resolver,
        out: &mut Vec<Timex>,
    ) {
        let timestamp = line == Line::Timestamp;
        let options = grammar::GrammarOptions {
            former: self.config.former,
            timestamp,
            leads: line == Line::LeadsParagraph,
        };
        // A live blog's timestamp is on the blog's day, not on a day an
        // entry below it named.
        if timestamp {
            resolver.last_day = None;
            resolver.day_before_last = None;
        }
        resolver.sentence_year = None;
        resolver.sentence_year_fronted = false;
        // The day just before, as in "on March 14 at 8pm": (where it ends,
        // the day).
        let mut day_before: Option<(usize, NaiveDate)> = None;
        // The expression before, for the ends of a range: (its first and
        // end token, the period it repeats with, where it is in `out`).
        let mut previous: Option<(usize, usize, Option<Unit>, usize)> = None;
        // The direction of a clock time with its day after it ("midnight on
        // Friday"), which the day, an expression of its own, shares.
        let mut clock_day: Option<(usize, sem::Sem, tense::Direction)> = None;
        let mut sentence_dir: Option<tense::Direction> = None;
        // When a saying in the sentence was made: (where it ends, the day
        // or the start of the period).
        let mut said_day: Option<(usize, NaiveDate)> = None;
        // The last day the sentence has named, for what starts after it.
        let mut told_day: Option<NaiveDate> = None;
        // Where the year the sentence named ends.
        let mut year_end: Option<usize> = None;
        // The last day the sentence has named other than a saying's.
        let mut unsaid_day: Option<NaiveDate> = None;
        // Where the first date the sentence names starts.
        let mut sentence_first: Option<NaiveDate> = None;
        // Whether token `k` is in another clause than the expression
        // `first..end`: across "; " or ", and/with/while/but".
        let apart = |first: usize, end: usize, k: usize| {
            let (lo, hi) = if k < first { (k, first) } else { (end, k) };
            (lo..hi).any(|j| {
                toks[j].is_punct(';')
                    || (toks[j].is_punct(',')
                        && toks
                            .get(j + 1)
                            .is_some_and(|n| n.is_any(&["and", "with", "while", "but"])))
            })
        };
        // An adverb of habit in the expression's clause: "usually opens in
        // June"; not "will peak in early December, and the colony usually
        // has its births in January".
        let habits: Vec<usize> = (0..toks.len())
            .filter(|&k| toks[k].lower.ends_with("ly") && toks[k].is_any(HABITUAL))
            .collect();
        let habitual = |first: usize, end: usize| habits.iter().any(|&k| !apart(first, end, k));
        // A daily round ("every day", "opens daily", "on most days", "on
        // weekdays", "every Friday", "twice a day"): its clock times are
        // of any day. Not "daily turnover", a noun's. Read only for a bare
        // clock time, which few sentences have. Not one in another clause:
        // "released at midnight, with new episodes every Friday".
        let daily = |first: usize, end: usize| {
            toks.iter().enumerate().filter(|&(k, _)| !apart(first, end, k)).any(|(k, t)| {
                let next = toks.get(k + 1);
                (t.is_any(&["daily", "nightly"])
                    && next.is_none_or(|n| n.shape != token::Shape::Word || n.is_any(DAILY_AFTER)))
                    || (t.is_any(&["every", "each", "most"])
                        && next.is_some_and(|n| {
                            n.is_any(&["day", "days", "night", "nights", "weekday", "weekdays"])
                                // "every evening until 9 p.m."
                                || n.is_any(&["morning", "afternoon", "evening"])
                                || token::weekday(&n.lower).is_some()
                        }))
                    // "twice a day, at 7am and 7pm"
                    || (t.is_any(&["a", "per"])
                        && next.is_some_and(|n| n.is("day"))
                        && k > 0
                        && toks[k - 1].is_any(&["once", "twice", "times"]))
                    || (t.is("weekdays") && k > 0 && toks[k - 1].is_any(&["on", "at"]))
                    // "until 10pm on Mondays and Tuesdays"
                    || (t.capitalized() && token::weekday_plural(&t.lower).is_some())
            })
        };
        // "next week" in the sentence: its ISO year and number.
        let mut next_week: Option<(i32, u32)> = None;
        // Where the last month made any year's ends: "in June and July".
        let mut generic_month_end: Option<usize> = None;
        // A clock time named before any day, or the ends of a range of
        // them: where the first and the last are in `out`, and where the
        // last ends. The day the sentence names after it may be its own.
        let mut early_clock: Option<(usize, usize, usize)> = None;
        for mut c in grammar::recognize(toks, options) {
            // "run annually in June", "held every year in May": the month
            // of any year.
            // "twice a year, in February and August" too.
            // "every year from mid-July to late August" too.
            let yearly = c.first >= 2 && toks[c.first - 1].is_any(&["in", "from", "between"]) && {
                let comma = usize::from(toks[c.first - 2].is_punct(','));
                let k = (c.first - 2).saturating_sub(comma);
                toks.get(k).is_some_and(|t| t.is_any(&["annually", "yearly"]))
                    || (k >= 1
                        && toks[k].is("year")
                        && toks[k - 1].is_any(&["every", "each", "a", "per"]))
            };
            let yearly = yearly
                || generic_month_end.is_some_and(|end| {
                    c.first == end + 1
                        && toks[end].is_any(&["and", "or", "to", "until", "till", "through"])
                });
            if let Some(sem) =
                (habitual(c.first, c.end) || yearly).then(|| generic(&c.sem)).flatten()
            {
                c.sem = sem;
                generic_month_end = Some(c.end);
            }
            // "each April and October": the second month is any year's too.
            if matches!(&c.sem, sem::Sem::Set(v) if v.len() == 7 && v.starts_with("XXXX-")
                && v[5..].bytes().all(|b| b.is_ascii_digit()))
            {
                generic_month_end = Some(c.end);
            }
            let (dir, clocks_day) = match clock_day.take() {
                Some((end, day, dir)) if c.first <= end + 1 && day == c.sem => (dir, true),
                _ => (tense::direction(toks, c.first, c.end), false),
            };
            // A clause with no tense of its own in a sentence that has one
            // goes with it: "will travel to Doha on Wednesday, …, before
            // ending the trip in Abu Dhabi on Friday".
            let dir = match (dir, sentence_dir) {
                (tense::Direction::Unknown, Some(d)) => d,
                (d, _) => d,
            };
            if dir != tense::Direction::Unknown {
                sentence_dir = Some(dir);
            }
            // A daily round told in the present ("opens at 9am every
            // day"), not a day's event beside one ("began shortly after
            // 9 a.m. and would continue every day").
            let bare_clock = matches!(c.sem, sem::Sem::Clock { base: None, .. });
            if bare_clock && !matches!(dir, tense::Direction::Past) && daily(c.first, c.end) {
                if let Some(sem) = generic(&c.sem) {
                    c.sem = sem;
                }
            }
            if let sem::Sem::Clock { base: Some(day), .. } = &c.sem {
                clock_day = Some((c.end, (**day).clone(), dir));
            }
            // "on March 14 at 8pm", "on Saturday is at 3pm": a clock time
            // a few words after a day, with no break between, is that day's.
            resolver.previous_day = day_before.map(|d| d.1);
            // "this year through August": the year right before is the
            // month's, whichever way the clause looks.
            resolver.sentence_year_close = year_end.is_some_and(|e| c.first <= e + 2);
            resolver.sentence_day = day_before
                .filter(|(end, _)| {
                    c.first <= end + 3
                        && toks[*end..c.first].iter().all(|t| {
                            t.shape != token::Shape::Punct && !t.is_any(&["and", "or", "but"])
                        })
                })
                .map(|d| d.1);
            // "said on Monday that it would vote on Thursday": what would
            // happen is counted from the day it was said.
            let would_from = said_day
                .filter(|(end, _)| {
                    // "said on Monday it would vote on Thursday", "warned in
                    // November that December would be difficult"
                    let after = &toks[c.end..(c.end + 2).min(toks.len())];
                    toks[*end..c.first].iter().chain(after).any(|t| t.is("would"))
                })
                .map(|(_, d)| d)
                .filter(|_| {
                    dir == tense::Direction::Future
                        && matches!(
                            c.sem,
                            sem::Sem::Weekday { shift: sem::Shift::Context, .. }
                                | sem::Sem::Month { shift: sem::Shift::Context, .. }
                                | sem::Sem::MonthDay { shift: sem::Shift::Context, .. }
                                | sem::Sem::Season { shift: sem::Shift::Context, .. }
                        )
                });
            // "struck on Monday evening, the agency said on Tuesday, as
            // rescuers worked through the night": a part of the day after
            // a saying is of the day the saying is about.
            let about_day = unsaid_day.filter(|_| {
                said_day.is_some_and(|(end, _)| day_before.is_some_and(|(e, _)| e == end))
                    && matches!(&c.sem, sem::Sem::DayPart { base, .. }
                        if matches!(**base, sem::Sem::Anaphoric { unit: Unit::Day, shift: 0 }))
            });
            // "Inflation was 4% last year, the bank said in April",
            // "according to figures published in February": a saying is
            // dated from the day of telling, not by a year the sentence
            // named in passing.
            let telling = !resolver.sentence_year_fronted
                && (c.first.saturating_sub(2)..c.first)
                    .any(|k| toks[k].is_any(SAID) || toks[k].is_any(PUBLISHED));
            let passing_year = if telling { resolver.sentence_year.take() } else { None };
            let mut resolved = match (would_from, about_day) {
                (Some(d), _) => resolver.resolve_from(d, &c.sem, dir),
                (None, Some(d)) => {
                    let last = resolver.last.replace(DateValue::Day(d));
                    let resolved = resolver.resolve(&c.sem, dir);
                    resolver.last = last;
                    resolved
                }
                (None, None) => resolver.resolve(&c.sem, dir),
            };
            if passing_year.is_some() {
                resolver.sentence_year = passing_year;
            }
            // "agreed on Sunday to a ceasefire starting on Tuesday": what
            // starts from a decision told with its day starts after it.
            if let (
                sem::Sem::Weekday { shift: sem::Shift::Context, .. },
                Some(day),
                Value::Date(DateValue::Day(got)),
            ) = (&c.sem, told_day, &resolved.value)
            {
                let starting = (c.first.saturating_sub(2)..c.first)
                    .any(|k| toks[k].is_any(&["starting", "beginning", "effective", "commencing"]));
                if *got < day && starting {
                    resolved = resolver.resolve_from(day, &c.sem, tense::Direction::Future);
                }
            }
            // "bought tickets in January for the concert in September",
            // "ordered stock in April for Christmas": what something done
            // then was for is not before it.
            if let (true, Some(first), Value::Date(got)) =
                (dir == tense::Direction::Past, sentence_first, &resolved.value)
            {
                let yearless = matches!(
                    c.sem,
                    sem::Sem::Month { shift: sem::Shift::Context, .. }
                        | sem::Sem::Season { shift: sem::Shift::Context, .. }
                        | sem::Sem::Holiday { shift: sem::Shift::Context, .. }
                );
                // "for" after a verb of getting ready, with only a few
                // lowercase words before the expression; not "was jailed in
                // May for the robbery in September", a reason.
                let purpose = (c.first.saturating_sub(4)..c.first).any(|k| {
                    toks[k].is("for")
                        && toks[k + 1..c.first]
                            .iter()
                            .all(|t| t.shape == token::Shape::Word && !t.capitalized())
                        && toks[k.saturating_sub(8)..k].iter().any(|t| t.is_any(PREPARED))
                });
                if yearless && purpose && got.interval().is_some_and(|i| i.end < first) {
                    resolved = resolver.resolve_from(first, &c.sem, tense::Direction::Future);
                }
            }
            // "will visit Berlin next week, where he is to hold talks on
            // Tuesday": a weekday looking ahead after "next week" in the
            // sentence is that week's. (After "last week", "on Tuesday" may
            // well be this week's.)
            if let (sem::Sem::Weekday { day, shift: sem::Shift::Context }, Some((y, w))) =
                (&c.sem, next_week)
            {
                if dir != tense::Direction::Past {
                    if let Some(d) = NaiveDate::from_isoywd_opt(y, w, *day) {
                        resolved.value = Value::Date(DateValue::Day(d));
                    }
                }
            }
            // "will reopen after the turn of the year", told in December:
            // the turn to come, the next year's start. (In the year's
            // first half, or told in the past, it is this year's.)
            if let (
                sem::Sem::Deictic { unit: Unit::Year, shift: 0 }
                | sem::Sem::Anaphoric { unit: Unit::Year, shift: 0 },
                Some(Mod::Start),
                Value::Date(DateValue::Year(y)),
                Some(r),
            ) = (&c.sem, c.modifier, &resolved.value, resolver.reference)
            {
                let turn = toks[c.first..c.end].iter().any(|t| t.is("turn"));
                let this_year = *y == chrono::Datelike::year(&r);
                if turn
                    && this_year
                    && dir != tense::Direction::Past
                    && chrono::Datelike::month(&r) >= 7
                {
                    resolved.value = Value::Date(DateValue::Year(y + 1));
                }
            }
            // "expected to ease by midweek" told on a Friday, "will visit
            // later this week" told on a Sunday: a part of this week
            // looking ahead that is over by the day of telling is next
            // week's.
            // Told in the past ("officials met midweek", told on a Monday),
            // a part of this week not yet begun is last week's.
            // So is "the end of the week" looking ahead from the day of
            // telling.
            let of_telling = |y: i32, w: u32, r: NaiveDate| {
                let week = chrono::Datelike::iso_week(&r);
                (week.year(), week.week()) == (y, w)
            };
            if let (
                sem::Sem::Deictic { unit: Unit::Week, shift: 0 }
                | sem::Sem::Anaphoric { unit: Unit::Week, shift: 0 },
                Value::Date(DateValue::Week(y, w)),
                tense::Direction::Future | tense::Direction::Past,
                Some(r),
            ) = (&c.sem, &resolved.value, dir, resolver.reference)
                // Not a week of the story, told before, nor one counted from
                // a day told in the past ("had warned Monday of rain through
                // the end of the week").
                && (matches!(c.sem, sem::Sem::Deictic { .. })
                    || dir == tense::Direction::Future && of_telling(*y, *w, r))
            {
                let part = match c
                    .modifier
                    .or_else(|| grammar::implicit_modifier(&toks[c.first..c.end]))
                {
                    Some(Mod::Mid) => Some(Part::Mid),
                    Some(Mod::End) => Some(Part::End),
                    Some(Mod::Start) => Some(Part::Start),
                    _ => None,
                };
                let this_week =
                    DateValue::Week(*y, *w).interval().map(|i| part.map_or(i, |p| i.part(p)));
                let monday = NaiveDate::from_isoywd_opt(*y, *w, chrono::Weekday::Mon);
                let moved = if dir == tense::Direction::Future {
                    let over = this_week.is_some_and(|i| i.end <= r);
                    monday.filter(|_| over).and_then(|d| d.checked_add_days(chrono::Days::new(7)))
                } else {
                    let ahead = part.is_some() && this_week.is_some_and(|i| i.start > r);
                    monday.filter(|_| ahead).and_then(|d| d.checked_sub_days(chrono::Days::new(7)))
                };
                if let Some(moved) = moved {
                    let week = chrono::Datelike::iso_week(&moved);
                    resolved.value = Value::Date(DateValue::Week(week.year(), week.week()));
                }
            }
            if let (
                sem::Sem::Deictic { unit: Unit::Week, shift: 1 },
                Value::Date(DateValue::Week(y, w)),
            ) = (&c.sem, &resolved.value)
            {
                next_week = Some((*y, *w));
            }
            // "Friday's jobs report next week", "Monday's meeting last
            // week": the weekday owning a noun dated by a week is that
            // week's.
            if let (
                Some((_, p_end, _, at)),
                sem::Sem::Deictic { unit: Unit::Week, .. },
                Value::Date(DateValue::Week(y, w)),
            ) = (previous, &c.sem, &resolved.value)
            {
                let owned = toks[p_end].shape == token::Shape::Possessive
                    && (2..=4).contains(&(c.first - p_end))
                    && toks[p_end + 1..c.first]
                        .iter()
                        .all(|t| t.shape == token::Shape::Word && !t.is_any(AUXILIARIES));
                if let (true, Some(before)) = (owned, out.get_mut(at)) {
                    if let (Some(day), Value::Date(DateValue::Day(_))) =
                        (token::weekday(&toks[p_end - 1].lower), &before.value)
                    {
                        if let Some(d) = NaiveDate::from_isoywd_opt(*y, *w, day) {
                            let moved = DateValue::Day(d);
                            before.interval = moved.interval();
                            before.value = Value::Date(moved);
                        }
                    }
                }
            }
            // The day of the expression just before, when this weekday
            // names it: "on March 23, a Saturday" (in apposition), "from
            // Monday until 11.59pm on Wednesday" (a clock time a range put
            // on that weekday).
            if let (Some((_, p_end, _, at)), sem::Sem::Weekday { day, shift }) = (previous, &c.sem)
            {
                let apposed = c.first >= 2
                    && p_end + 1 == c.first - 1
                    && toks[p_end].is_punct(',')
                    && toks[c.first - 1].is("a");
                let on_clock =
                    *shift == sem::Shift::Context && p_end + 1 == c.first && toks[p_end].is("on");
                let named = match out.get(at).map(|t| &t.value) {
                    Some(Value::Date(DateValue::Day(d))) if apposed => Some(*d),
                    Some(Value::Date(DateValue::Time(d, ..))) if on_clock => Some(*d),
                    _ => None,
                };
                if let Some(d) = named.filter(|d| chrono::Datelike::weekday(d) == *day) {
                    resolved.value = Value::Date(DateValue::Day(d));
                }
            }
            // Not a live blog's entry time leading its paragraph.
            if matches!(c.sem, sem::Sem::Clock { base: None, .. })
                && (line == Line::Other || c.first > 0)
                && day_before.is_none()
                && told_day.is_none()
            {
                // "from 9 p.m. to 5 a.m.": the ends of a range go together.
                let start = early_clock
                    .filter(|&(_, _, end)| range_link(toks, end, end, c.first))
                    .map_or(out.len(), |(start, ..)| start);
                early_clock = Some((start, out.len(), c.end));
            }
            let period = resolve::range_period(&c.sem);
            // "in June and November of last year", "from March to May
            // 2023": a bare month before one with its year is of that
            // year (a range's start later in the year, of the year
            // before: "from November to February 2023").
            if let (
                Some((_, p_end, Some(Unit::Year), at)),
                None,
                Value::Date(DateValue::Month(y, m)),
            ) = (previous, period, &resolved.value)
            {
                let joined = c.first == p_end + 1
                    && toks[p_end].is_any(&["and", "or", "to", "until", "through"]);
                if let (true, Some(before)) = (joined, out.get_mut(at)) {
                    if let Value::Date(DateValue::Month(_, first_month)) = before.value {
                        let range = !toks[p_end].is_any(&["and", "or"]);
                        let year = if range && first_month > *m { y - 1 } else { *y };
                        let moved = DateValue::Month(year, first_month);
                        before.interval = moved.interval();
                        before.value = Value::Date(moved);
                    }
                }
            }
            // "between Tuesday and Thursday", "from March to November": the
            // ends come in order. Told in the past, the range ends by its
            // end; otherwise it starts from its start.
            if let Some((p_first, p_end, p_period, at)) = previous.take() {
                let period = period.filter(|u| p_period == Some(*u));
                // "windows are open on Monday and Tuesday": days listed
                // ahead come in order ("statements made Friday and
                // Thursday" need not).
                let listed = period == Some(Unit::Week)
                    && dir != tense::Direction::Past
                    && c.first == p_end + 1
                    && toks[p_end].is_any(&["and", "or"]);
                let linked = listed || range_link(toks, p_first, p_end, c.first);
                // "moved the vote from Friday to Monday": a date moved
                // from, not a range.
                let moved_from = p_first >= 1
                    && toks[p_first - 1].is("from")
                    && (p_first.saturating_sub(9)..p_first - 1)
                        .any(|k| toks[k].is_in(&tense::MOVE_VERBS));
                // The day moved to may be of any kind ("from Friday to
                // December 10").
                let to_next = c.first == p_end + 1 && toks[p_end].is_any(&["to", "until", "till"]);
                if let (Some(unit), true, true, Some(before)) =
                    (p_period, to_next, moved_from, out.get_mut(at))
                {
                    let forward =
                        toks[p_first.saturating_sub(9)..p_first].iter().any(|t| t.is("forward"));
                    order_move(before, &resolved.value, unit, forward, resolver.reference);
                } else if let (Some(unit), true, Some(before)) = (period, linked, out.get_mut(at)) {
                    order_range(before, &mut resolved.value, unit, dir, resolver.reference);
                    if unit == Unit::Year && dir != tense::Direction::Past {
                        ongoing_range(before, &mut resolved.value, resolver.reference);
                    }
                    if let Value::Date(d) = &resolved.value {
                        resolver.last = Some(d.clone());
                    }
                }
            }
            // A live blog's entry time.
            if let (
                true,
                0,
                sem::Sem::Clock { base: None, .. },
                Value::Date(DateValue::Time(d, hour, minute, zone)),
            ) = (line != Line::Other, c.first, &c.sem, &resolved.value)
            {
                if let Some(day) = resolver.blog_entry(*d, hour * 60 + minute) {
                    resolved.value = Value::Date(DateValue::Time(day, *hour, *minute, *zone));
                }
            }
            previous = Some((c.first, c.end, period, out.len()));
            // "last year's hottest day was on 17 June", "In 2021, talks
            // dragged on into mid-December": the year a yearless date
            // after it in the sentence is in. A year in figures counts
            // only at the front of the sentence or apart between commas,
            // not in passing ("since its launch in 2003 and as of
            // February").
            // "Back in 2019, …" too.
            let fronted = c.first <= 1
                || (c.first == 2 && toks[0].is("back"))
                || (c.first >= 2
                    && toks[c.first - 2].is_punct(',')
                    && toks.get(c.end).is_some_and(|t| t.is_punct(',')));
            let year_told = match &c.sem {
                // Not "the fiscal year", a running year, which "before the
                // fiscal year starts on January 1" looks past.
                sem::Sem::Deictic { unit: Unit::Year, .. } => !toks[c.first].is("the"),
                sem::Sem::Absolute(DateValue::Year(_)) => fronted,
                // "Three years ago, the storm made landfall on Aug. 29"
                sem::Sem::Offset { unit: Unit::Year, anaphoric: false, .. } => c.first == 0,
                _ => false,
            };
            if let (true, Value::Date(DateValue::Year(y))) = (year_told, &resolved.value) {
                resolver.sentence_year = Some(*y);
                resolver.sentence_year_fronted = fronted;
                year_end = Some(c.end);
            }
            if let (
                Some(wd),
                Value::Date(DateValue::Day(d) | DateValue::DayPart(d, _) | DateValue::Time(d, ..)),
            ) = (c.sem.weekday(), &resolved.value)
            {
                resolver.weekdays[wd.num_days_from_monday() as usize] = Some(*d);
            }
            if let Some(i) = match &resolved.value {
                Value::Date(d) => d.interval(),
                _ => None,
            } {
                // "said on Monday", "had said in the spring"
                let saying = (c.first.saturating_sub(3)..c.first).any(|k| toks[k].is_any(SAID));
                if saying {
                    said_day = Some((c.end, i.start));
                } else if let Value::Date(DateValue::Day(d) | DateValue::DayPart(d, _)) =
                    &resolved.value
                {
                    unsaid_day = Some(*d);
                    // "Shortly after 2am, officers were called to a house
                    // on Sunday": a clock time before any day is of the day
                    // its clause goes on to name after "on". Not across
                    // clauses: "He arrived at 3pm and left on Thursday",
                    // "seen at 8pm in a bar that closed on Monday".
                    // "a curfew from 9 p.m. to 5 a.m. starting Saturday":
                    // a range of clock times, from the day it starts.
                    let on = c.first.checked_sub(1).is_some_and(|k| {
                        toks[k].is_any(&["on", "starting", "beginning", "from", "effective"])
                    });
                    let clause = early_clock
                        .take()
                        .filter(|&(.., end)| on && !toks[end..c.first].iter().any(joins_clauses));
                    let day = matches!(resolved.value, Value::Date(DateValue::Day(_)));
                    if let Some((start, last, _)) = clause.filter(|_| day) {
                        // The first clock time goes to the day; the others
                        // keep their distance from it.
                        let from = match out.get(start).map(|t| &t.value) {
                            Some(Value::Date(DateValue::Time(from, ..))) => Some(*from),
                            _ => None,
                        };
                        for clock in out.iter_mut().take(last + 1).skip(start) {
                            if let (
                                Value::Date(DateValue::Time(on_day, hour, minute, zone)),
                                Some(from),
                            ) = (&clock.value, from)
                            {
                                let Some(moved) = d.checked_add_signed(*on_day - from) else {
                                    continue;
                                };
                                let moved = DateValue::Time(moved, *hour, *minute, *zone);
                                clock.interval = moved.interval();
                                clock.value = Value::Date(moved);
                            }
                        }
                    }
                }
            }
            // A length or a set between names no other day: "to Sunday,
            // with a 47-minute window opening at 2.13am". A clock time on
            // the day just named keeps to it: "on 15 March 2019 from 4pm to
            // 5pm".
            day_before = match &resolved.value {
                Value::Date(DateValue::Day(d) | DateValue::DayPart(d, _)) => Some((c.end, *d)),
                Value::Date(DateValue::Time(d, ..)) if day_before.is_some_and(|(_, b)| b == *d) => {
                    Some((c.end, *d))
                }
                Value::Date(_) => None,
                _ => day_before,
            };
            told_day = day_before.map(|d| d.1).or(told_day);
            let modifier = c.modifier.or_else(|| grammar::implicit_modifier(&toks[c.first..c.end]));
            let (granularity, interval) = match &resolved.value {
                Value::Date(d) => {
                    // "earlier this year" is the year up to the reference
                    // date, "later this month" the month after it; "early
                    // April" the first third of April.
                    let comparative = toks[c.first].is_any(&["earlier", "later"]);
                    let r = resolver.reference.filter(|_| comparative);
                    let edge = modifier
                        .filter(|m| matches!(m, Mod::Start | Mod::End))
                        .and_then(|_| grammar::counted_edge(&toks[c.first..c.end]));
                    let interval = d.interval().map(|i| match (modifier, r) {
                        // "the last two weeks of August": the days counted.
                        _ if let Some((days, last)) = edge => {
                            let span = chrono::Days::new(days.unsigned_abs() - 1);
                            if last {
                                let start = i.end.checked_sub_days(span).unwrap_or(i.start);
                                Interval { start: start.max(i.start), end: i.end }
                            } else {
                                let end = i.start.checked_add_days(span).unwrap_or(i.end);
                                Interval { start: i.start, end: end.min(i.end) }
                            }
                        }
                        (Some(Mod::Start), Some(r)) if i.start < r && r <= i.end => {
                            Interval { start: i.start, end: r.pred_opt().unwrap_or(r) }
                        }
                        (Some(Mod::End), Some(r)) if i.start <= r && r < i.end => {
                            Interval { start: r.succ_opt().unwrap_or(r), end: i.end }
                        }
                        (Some(Mod::Start), _) => i.part(Part::Start),
                        (Some(Mod::Mid), _) => i.part(Part::Mid),
                        (Some(Mod::End), _) => i.part(Part::End),
                        // "Dec. 27-29", "1984-85": the days or years in a
                        // row.
                        _ => match grammar::range_end(&toks[c.first..c.end], d) {
                            Some(end) => Interval { start: i.start, end },
                            None => i,
                        },
                    });
                    (d.granularity(), interval)
                }
                Value::Duration(d) => (d.unit.granularity(), None),
                Value::Set(_) | Value::Reference(_) => (Granularity::Unknown, None),
            };
            // The last date mentioned anchors what follows, except a
            // comparison with a year before ("a year ago", "the
            // year-earlier period"), which the text returns from.
            //
            // A clock time that takes its day from the expression after it
            // ("9am the following day") leaves that expression to count
            // from the day before it.
            let leaves_its_day = matches!(&c.sem, sem::Sem::Clock { base: Some(b), .. }
                if matches!(**b, sem::Sem::Anaphoric { .. }));
            let comparison = leaves_its_day
                || matches!(c.sem, sem::Sem::Same { years, .. } if years != 0)
                || matches!(c.sem, sem::Sem::SameIn { .. })
                || matches!(c.sem, sem::Sem::Offset { unit: Unit::Year, .. })
                    && matches!(resolver.last, Some(DateValue::Quarter(..) | DateValue::Half(..)));
            if let Value::Date(d) = &resolved.value {
                if interval.is_some()
                    && !comparison
                    && !matches!(d, DateValue::Century(_) | DateValue::Decade(_))
                {
                    let since = c.first >= 1 && toks[c.first - 1].is("since");
                    // "at 4:17am on 6 February 2023, followed nine hours
                    // later": the clock time's own day keeps the clock
                    // time for what counts from it.
                    let own_day = clocks_day
                        && matches!((&resolver.last, d),
                            (Some(DateValue::Time(t, ..)), DateValue::Day(day)) if t == day);
                    if !own_day {
                        resolver.last = Some(d.clone());
                    }
                    resolver.last_since = since;
                    // The day of a saying ("officials said on Friday") is
                    // not the day the story is about, which a bare clock
                    // time after it keeps: "arrested on Thursday … said on
                    // Friday. He was detained around 3 a.m."
                    let saying = (c.first.saturating_sub(2)..c.first).any(|k| toks[k].is_any(SAID));
                    // Nor is a bound: "close to collapse as recently as
                    // Monday", "since Tuesday".
                    let bound = (c.first >= 3
                        && toks[c.first - 1].is("as")
                        && toks[c.first - 2].is("recently"))
                        || since;
                    let saying = saying || bound;
                    if let DateValue::Day(day)
                    | DateValue::DayPart(day, _)
                    | DateValue::Time(day, ..) = d
                    {
                        if !saying || resolver.last_day.is_none() {
                            // A late clock time is a night too: "polls
                            // closed at 10pm on Thursday … By 3am" is the
                            // next day; the clock time's day after it
                            // keeps it.
                            let night = matches!(
                                d,
                                DateValue::DayPart(_, DayPart::Night)
                                    | DateValue::Time(_, 20.., ..)
                            );
                            resolver.last_night = night || (clocks_day && resolver.last_night);
                            if resolver.last_day != Some(*day) {
                                resolver.day_before_last = resolver.last_day;
                            }
                            resolver.last_day = Some(*day);
                            let opens =
                                c.first <= 1 && toks.get(c.end).is_some_and(|t| t.is_punct(','));
                            resolver.scene_day = opens.then_some(*day);
                        }
                    }
                }
            }
            if sentence_first.is_none() {
                sentence_first = interval.map(|i| i.start);
            }
            let relation = c.relation.map(|(i, after)| Relation {
                kind: if after { RelationKind::After } else { RelationKind::Before },
                signal: Span::new(toks[i].start, toks[i].end),
            });
            out.push(Timex {
                span: Span::new(toks[c.first].start, toks[c.end - 1].end),
                kind: resolved.kind,
                value: resolved.value,
                modifier,
                granularity,
                interval,
                anchor: resolved.anchor,
                sentence,
                relation,
            });
        }
    }
}

/// Whether a clause may start at `t`: a semicolon, a conjunction or a
/// relative pronoun.
fn joins_clauses(t: &token::Token<'_>) -> bool {
    t.is_punct(';')
        || t.is_any(&[
            "and", "but", "or", "then", "that", "when", "where", "which", "while", "who", "whose",
        ])
}

/// Verbs that end a noun phrase: "Monday's meeting was…".
pub(crate) const AUXILIARIES: &[&str] =
    &["are", "be", "been", "had", "has", "have", "is", "was", "were", "will", "would"];

/// Whether the expressions at `first..end` and from `next` are the ends of
/// one range: "between Tuesday and Thursday", "from March to November",
/// "Monday to Friday", "Monday-Friday".
fn range_link(toks: &[token::Token<'_>], first: usize, end: usize, next: usize) -> bool {
    if next != end + 1 {
        return false;
    }
    let link = &toks[end];
    let opener = first.checked_sub(1).map(|k| &toks[k]);
    if link.is("and") {
        return opener.is_some_and(|o| o.is("between"));
    }
    link.is_any(&["to", "until", "till", "through", "thru"])
        || link.is_punct('-')
        || link.is_punct('–')
}

/// Puts the day a thing was moved from on the right side of the day it was
/// moved to. Put off ("postponed from Friday to Monday", "from Friday to
/// December 10"), it is the first one from the reference date on, or the
/// last before the day moved to if that comes first. Moved forward
/// ("brought forward from Friday to Monday"), it is the first one after
/// the day moved to.
fn order_move(
    from: &mut Timex,
    to: &Value,
    unit: Unit,
    forward: bool,
    reference: Option<NaiveDate>,
) {
    let (Value::Date(f), Value::Date(t)) = (&from.value, to) else { return };
    let Some(target) = t.interval().map(|i| i.start) else { return };
    let start = |v: &DateValue| v.interval().map(|i| i.start);
    // Steps of one period, a few at most: the dates were resolved near
    // each other.
    let walk = |mut v: DateValue, steps: i32, keep_going: &dyn Fn(NaiveDate) -> bool| {
        for _ in 0..4 {
            match (start(&v), resolve::shift_by(&v, unit, steps)) {
                (Some(s), Some(next)) if keep_going(s) => v = next,
                _ => break,
            }
        }
        v
    };
    let moved = if forward {
        let mut v = walk(f.clone(), 1, &|s| s <= target);
        // The first one after: back while the one before is still after.
        for _ in 0..4 {
            match resolve::shift_by(&v, unit, -1) {
                Some(prev) if start(&prev).is_some_and(|s| s > target) => v = prev,
                _ => break,
            }
        }
        v
    } else {
        let v = match reference {
            Some(r) => walk(f.clone(), 1, &|s| s < r),
            None => f.clone(),
        };
        walk(v, -1, &|s| s >= target)
    };
    if start(&moved).is_none_or(|s| if forward { s <= target } else { s >= target }) {
        return;
    }
    from.interval = moved.interval();
    from.value = Value::Date(moved);
}

/// Puts the ends of a range in order: when the end falls before the start,
/// a past range moves its start back a period, any other its end forward.
/// A past range of dates that began lately runs on across the new year:
/// "added trains from Dec. 19 through Jan. 4", said on December 22, ends
/// next month.
fn order_range(
    start: &mut Timex,
    end: &mut Value,
    unit: Unit,
    dir: tense::Direction,
    reference: Option<NaiveDate>,
) {
    let (Value::Date(s), Value::Date(e)) = (&start.value, &*end) else { return };
    let (Some(si), Some(ei)) = (s.interval(), e.interval()) else { return };
    // "from 10 p.m. to 6 a.m.": clock times on one day compare by the
    // clock. The end is the next morning's, or, told in the past of a
    // start that fell on the reference day, the start the evening before.
    // Clock times on two days of the week named are ordered by the days
    // ("from 9am Monday to 5pm Friday"), below.
    if let (Unit::Day, &DateValue::Time(sd, sh, sm, sz), &DateValue::Time(ed, eh, em, ez)) =
        (unit, s, e)
    {
        if sd != ed || eh * 60 + em >= sh * 60 + sm || start.modifier.is_some() {
            return;
        }
        if dir == tense::Direction::Past && Some(sd) == reference {
            if let Some(d) = sd.pred_opt() {
                let moved = DateValue::Time(d, sh, sm, sz);
                start.interval = moved.interval();
                start.value = Value::Date(moved);
            }
        } else if let Some(d) = ed.succ_opt() {
            *end = Value::Date(DateValue::Time(d, eh, em, ez));
        }
        return;
    }
    if ei.start >= si.start || start.modifier.is_some() {
        return;
    }
    // A clock time moved by weeks keeps its time of day.
    let shift = |v: &DateValue, steps: i64| match *v {
        DateValue::Time(d, h, m, zone) if unit == Unit::Week => d
            .checked_add_signed(chrono::Duration::weeks(steps))
            .map(|d| DateValue::Time(d, h, m, zone)),
        _ => resolve::shift_by(v, unit, steps as i32),
    };
    let forward = shift(e, 1);
    let runs_on = reference.is_some_and(|r| {
        unit == Unit::Year
            && si.start <= r
            && forward
                .as_ref()
                .and_then(DateValue::interval)
                .is_some_and(|f| (f.start - r).num_days() <= 60)
    });
    if dir == tense::Direction::Past && !runs_on {
        if let Some(moved) = shift(s, -1) {
            start.interval = moved.interval();
            start.value = Value::Date(moved);
        }
    } else if let Some(moved) = forward {
        *end = Value::Date(moved);
    }
}

/// "The season runs from April to early June", told in May: a yearly
/// range that looks ahead is the one under way, when the reference date
/// falls in it, not next year's.
fn ongoing_range(start: &mut Timex, end: &mut Value, reference: Option<NaiveDate>) {
    let (Value::Date(s), Value::Date(e), Some(r)) = (&start.value, &*end, reference) else {
        return;
    };
    let (Some(si), Some(back_s), Some(back_e)) =
        (s.interval(), resolve::shift_by(s, Unit::Year, -1), resolve::shift_by(e, Unit::Year, -1))
    else {
        return;
    };
    let under_way = back_s
        .interval()
        .zip(back_e.interval())
        .is_some_and(|(bs, be)| bs.start <= r && r <= be.end);
    if si.start > r && under_way {
        start.interval = back_s.interval();
        start.value = Value::Date(back_s);
        *end = Value::Date(back_e);
    }
}

#[cfg(test)]
mod tests;
