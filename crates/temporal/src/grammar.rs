//! Recognition: finding time expressions in a sentence's tokens and saying
//! what they mean ([`Sem`]), before any calendar arithmetic.
//!
//! The grammar is hand-written over tokens: at each token the rules that
//! can start there are tried and the longest match wins. Each rule is a
//! kind of expression ("a month and a day", "a number and a unit"), never
//! a phrase from a particular text. Extents follow the TimeML guidelines:
//! determiners and modifiers are inside ("the third quarter", "early
//! April", "at least 30 days"), prepositions and a possessive "'s" are
//! outside ("on Tuesday", "Tuesday's").

use chrono::{Datelike, NaiveDate, Weekday};

use crate::calendars::{HebrewHoliday, IslamicHoliday};
use crate::sem::{Holiday, Mod, Period, Sem, Shift, YearRef};
use crate::tense::MOVE_VERBS;
use crate::token::{self, Shape, Token, WordSet};
use crate::value::{DateValue, DayPart, DurationValue, Reference, Season, Unit, Zone};

/// A recognized expression: tokens `first..end`, its meaning and `mod`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Candidate {
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) sem: Sem,
    pub(crate) modifier: Option<Mod>,
    /// A signal after a duration that ties it to an event: "days *after*
    /// the strikes". The token index of the signal and whether it is
    /// "after" (true) or "before".
    pub(crate) relation: Option<(usize, bool)>,
}

/// Options that change what is recognized.
#[derive(Clone, Copy, Debug)]
pub(crate) struct GrammarOptions {
    /// Tag "former" as a reference to the past.
    pub(crate) former: bool,
    /// The sentence is a live blog's timestamp ("12:31 —"): a bare
    /// "hh:mm" is a clock time.
    pub(crate) timestamp: bool,
    /// The sentence opens a paragraph, which a live blog's entry time may
    /// lead ("08:05 Good morning and welcome…"): a bare "hh:mm" first is
    /// a clock time.
    pub(crate) leads: bool,
}

/// Day `d` of `month` in year `y`, or the month when there is no such day
/// ("February 30, 2016").
fn day_in(y: i32, month: u32, d: u32) -> Sem {
    match NaiveDate::from_ymd_opt(y, month, d) {
        Some(date) => Sem::Absolute(DateValue::Day(date)),
        None => Sem::Absolute(DateValue::Month(y, month)),
    }
}

/// Finds every expression in a sentence's tokens, left to right, longest
/// match first, without overlaps.
pub(crate) fn recognize(toks: &[Token<'_>], options: GrammarOptions) -> Vec<Candidate> {
    let p = Parser { t: toks, options };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].trigger {
            i += 1;
            continue;
        }
        match p.at(i) {
            // "for the third quarter running", "the second year in a row":
            // a count of periods, not one of them.
            Some(c) if c.end > i && p.counts_in_a_row(&c) => i = c.end,
            Some(c) if c.end > i => {
                i = c.end;
                out.push(c);
            }
            _ => i += 1,
        }
    }
    out
}

struct Parser<'t, 'a> {
    t: &'t [Token<'a>],
    options: GrammarOptions,
}

/// A core match: where it ends and what it means.
type Core = (usize, Sem);

impl Parser<'_, '_> {
    // ----- token helpers -----

    /// Whether a match is an ordinal period counted in a row: "the third
    /// quarter running", "a second year in a row".
    fn counts_in_a_row(&self, c: &Candidate) -> bool {
        let running = self.is(c.end, "running")
            || (self.is(c.end, "in") && self.is(c.end + 1, "a") && self.is(c.end + 2, "row"));
        running && (c.first..c.end).any(|k| self.tok(k).is_some_and(|t| t.ordinal().is_some()))
    }

    fn w(&self, i: usize) -> &str {
        self.t.get(i).map_or("", |t| &*t.lower)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.w(i) == word
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.w(i))
    }

    fn tok(&self, i: usize) -> Option<&Token<'_>> {
        self.t.get(i)
    }

    fn cap(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Token::capitalized)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }

    /// Skips an optional period right after an abbreviation ("Jan.",
    /// "Tues."), not after a full word, where it ends the sentence.
    fn dot(&self, i: usize) -> usize {
        let abbreviation = self.tok(i.wrapping_sub(1)).is_some_and(|t| {
            t.end == self.t.get(i).map_or(usize::MAX, |d| d.start)
                && t.lower.len() <= 4
                && !matches!(&*t.lower, "may" | "june" | "july")
        });
        if abbreviation && self.punct(i, '.') { i + 1 } else { i }
    }

    /// A number at `i`: digits, number words ("twenty-five", "two
    /// hundred"), returning its value and the token after it.
    fn number(&self, i: usize) -> Option<(f64, usize)> {
        let t = self.tok(i)?;
        // "three-and-a-half", "2-and-a-half" in one word.
        if let Some(whole) = t.lower.strip_suffix("-and-a-half") {
            let whole = token::number_word(whole).or_else(|| token::digits(whole))?;
            return (whole.fract() == 0.0).then_some((whole + 0.5, i + 1));
        }
        let (mut value, mut j) = if t.shape == Shape::Number {
            (token::digits(&t.lower)?, i + 1)
        } else {
            let mut value = t.number_word()?;
            let mut j = i + 1;
            // "twenty four", as transcripts write "twenty-four"
            if (20.0..100.0).contains(&value) && value % 10.0 == 0.0 {
                if let Some(units) = self.tok(j).and_then(|u| u.number_word()) {
                    if (1.0..=9.0).contains(&units) {
                        value += units;
                        j += 1;
                    }
                }
            }
            if value < 100.0 && self.is_any(j, &["hundred", "thousand"]) {
                value *= if self.is(j, "hundred") { 100.0 } else { 1000.0 };
                j += 1;
            }
            (value, j)
        };
        // "2 1/2", "two and a half"
        if value.fract() == 0.0 {
            if let Some(f) = self.tok(j).and_then(|t| fraction(&t.lower)) {
                value += f;
                j += 1;
            } else if self.and_a_half(j) {
                value += 0.5;
                j += 3;
            }
        }
        Some((value, j))
    }

    /// "and a half" at `i`.
    fn and_a_half(&self, i: usize) -> bool {
        self.is(i, "and") && self.is_any(i + 1, &["a", "one"]) && self.is(i + 2, "half")
    }

    /// The quarters at `i` that add to a whole unit, and the token after
    /// them: "and a quarter" (0.25), "and three quarters" (0.75).
    fn and_quarters(&self, i: usize) -> Option<(f64, usize)> {
        if !self.is(i, "and") {
            return None;
        }
        if self.is_any(i + 1, &["a", "one"]) && self.is(i + 2, "quarter") {
            Some((0.25, i + 3))
        } else if self.is(i + 1, "three") && self.is(i + 2, "quarters") {
            Some((0.75, i + 3))
        } else {
            None
        }
    }

    /// The part of a larger unit a smaller one adds at `i`, as a fraction
    /// of the larger, and the token after it: "18 minutes" after "2 hours",
    /// "and six months" after "three years"; "38 minutes and 47 seconds"
    /// after "4 hours" too. Only the unit next below counts, and only
    /// less than one of the larger unit.
    fn smaller_part(&self, unit: Unit, i: usize) -> Option<(f64, usize)> {
        let (smaller, per) = match unit {
            Unit::Year => (Unit::Month, 12.0),
            Unit::Week => (Unit::Day, 7.0),
            Unit::Day => (Unit::Hour, 24.0),
            Unit::Hour => (Unit::Minute, 60.0),
            Unit::Minute => (Unit::Second, 60.0),
            _ => return None,
        };
        let start = if self.is(i, "and") || self.punct(i, ',') { i + 1 } else { i };
        let (n, k) = self.number(start)?;
        let (u, _) = self.tok(k)?.unit()?;
        if !(u == smaller && n > 0.0 && n < per && n.fract() == 0.0) {
            return None;
        }
        Some(match self.smaller_part(smaller, k + 1) {
            Some((part, end)) => ((n + part) / per, end),
            None => (n / per, k + 1),
        })
    }

    /// A vague amount: "several", "a few", "many", "some", "a couple of".
    /// Returns the amount (`None` for unspecified), whether it is
    /// approximate, and the token after it.
    fn amount(&self, i: usize) -> Option<(Option<f64>, bool, usize)> {
        // "a quarter of an hour", "three quarters of an hour"
        if self.is_any(i, &["a", "three"])
            && self.is_any(i + 1, &["quarter", "quarters"])
            && self.is(i + 2, "of")
            && self.is_any(i + 3, &["a", "an"])
        {
            let quarters = if self.is(i, "a") { 0.25 } else { 0.75 };
            return Some((Some(quarters), false, i + 4));
        }
        if let Some((v, j)) = self.number(i) {
            return Some((Some(v), false, j));
        }
        match self.w(i) {
            // "the second defeat in as many days", "three wins in as many
            // weeks": as many as were just counted.
            "many" if i > 0 && self.is(i - 1, "as") => {
                let counted = (i.saturating_sub(9)..i - 1).rev().find_map(|k| {
                    self.number(k)
                        .map(|(n, _)| n)
                        .or_else(|| self.tok(k)?.ordinal().map(f64::from))
                        .filter(|n| *n >= 2.0 && *n < 100.0)
                });
                Some((counted, false, i + 1))
            }
            "several" | "many" | "few" | "numerous" | "some" => Some((None, false, i + 1)),
            "a" | "an" if self.is(i + 1, "few") => Some((None, false, i + 2)),
            "a" if self.is(i + 1, "couple") && self.is(i + 2, "of") => {
                Some((Some(2.0), true, i + 3))
            }
            "couple" if self.is(i + 1, "of") => Some((Some(2.0), true, i + 2)),
            // "half an hour", "a half hour", "half a century"
            "half" if self.is_any(i + 1, &["a", "an"]) => Some((Some(0.5), false, i + 2)),
            "a" if self.is(i + 1, "half") => Some((Some(0.5), false, i + 2)),
            // "in a single day", "one single year"
            "a" | "one" if self.is(i + 1, "single") => Some((Some(1.0), false, i + 2)),
            "a" | "an" | "one" => Some((Some(1.0), false, i + 1)),
            // "another fortnight", "another three weeks"
            "another" => match self.number(i + 1) {
                Some((v, j)) => Some((Some(v), false, j)),
                None => Some((Some(1.0), false, i + 1)),
            },
            _ => None,
        }
    }

    fn month_at(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        let m = t.month()?;
        let full = t.lower.len() > 3 || t.lower.as_ref() == "may";
        // Abbreviations and the months that are also common words count
        // only when capitalized.
        let needs_cap = !full || matches!(&*t.lower, "may" | "march" | "august");
        (!needs_cap || t.capitalized()).then_some(m)
    }

    fn weekday_at(&self, i: usize) -> Option<Weekday> {
        let t = self.tok(i)?;
        let d = t.weekday()?;
        // "the Good Friday Agreement": a holiday's weekday in a name.
        if i > 0 && self.cap(i - 1) && self.names_a_thing(i + 1) {
            return None;
        }
        // "Sun", "Sat", "Wed" are words too: abbreviations need a period,
        // or, capitalized, a word that asks for a day before them ("last
        // Tues and Wed", "on Sat"); "Tues" and "Thurs" are no other word.
        let abbreviated = t.lower.len() <= 5 && !t.lower.ends_with("day");
        let asked_for = |k: usize| {
            self.is_any(k, &["on", "last", "next", "this", "by", "until", "till", "from"])
        };
        let in_place = i > 0
            && (asked_for(i - 1)
                || (i > 1
                    && self.is_any(i - 1, &["and", "or", "to"])
                    && self.tok(i - 2).and_then(Token::weekday).is_some()));
        let no_other_word = matches!(&*t.lower, "tues" | "thurs" | "thur");
        // Not a sentence's full stop ("to study the Sun."), nor after an
        // article ("the Sun. 5 May" is no day).
        let dotted = self.punct(i + 1, '.')
            && i + 2 < self.t.len()
            && !(i > 0 && self.is_any(i - 1, &["the", "a"]));
        (!abbreviated || t.capitalized() && (dotted || no_other_word || in_place)).then_some(d)
    }

    /// Whether the word at `i` is a capitalized head of a name that a
    /// holiday or a day before it opens: "the Good Friday Agreement", "the
    /// New Year Honours".
    fn names_a_thing(&self, i: usize) -> bool {
        self.cap(i) && self.tok(i).is_some_and(|t| t.is_in(&NAME_HEADS))
    }

    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.shape != Shape::Number {
            return None;
        }
        four_digit_year(&t.lower)
    }

    /// Two years in a row written as one: "2008-09", "2010/11",
    /// "2019–2020"; the first of them.
    fn year_pair_at(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        let (first, second) = t.text.split_once(['-', '/', '–'])?;
        let y = four_digit_year(first)?;
        let next: i32 = match second.len() {
            2 | 4 if second.bytes().all(|b| b.is_ascii_digit()) => second.parse().ok()?,
            _ => return None,
        };
        let follows = if second.len() == 2 { next == (y + 1) % 100 } else { next == y + 1 };
        follows.then_some(y)
    }

    /// A range of days, "5-7" or "3 – 5": the first day, the last, and
    /// where the range ends.
    fn day_range_at(&self, i: usize) -> Option<(u32, u32, usize)> {
        let t = self.tok(i)?;
        let days = |a: &str, b: &str| {
            let (a, b) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
            ((1..b).contains(&a) && b <= 31).then_some((a, b))
        };
        if t.shape == Shape::Number {
            if let Some((a, b)) = t.text.split_once(['-', '–']) {
                return days(a, b).map(|(a, b)| (a, b, i + 1));
            }
        }
        let dash = self.punct(i + 1, '-') || self.punct(i + 1, '–');
        let second = self.tok(i + 2).filter(|t| t.shape == Shape::Number)?;
        if dash && t.shape == Shape::Number && t.text.len() <= 2 && second.text.len() <= 2 {
            return days(t.text, second.text).map(|(a, b)| (a, b, i + 3));
        }
        None
    }

    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        let d: u32 = if t.shape == Shape::Number
            && t.lower.len() <= 2
            && t.lower.bytes().all(|b| b.is_ascii_digit())
        {
            t.lower.parse().ok()?
        } else {
            t.ordinal()?
        };
        (1..=31).contains(&d).then_some((d, i + 1))
    }

    // ----- the entry point -----

    fn at(&self, i: usize) -> Option<Candidate> {
        // "due to last 72 hours", "will last a week": the verb, not the
        // determiner; the expression starts after it. "back to last
        // summer" and "compared to last year" are the determiner.
        let time_word = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.season().is_some()
                    || t.unit().is_some_and(|(_, plural)| !plural)
                    || self.month_at(k).is_some()
                    || self.weekday_at(k).is_some()
                    || t.is_any(&["night", "weekend", "spring", "autumn"])
            })
        };
        if self.is(i, "last")
            && !time_word(i + 1)
            && i.checked_sub(1).is_some_and(|p| {
                self.is_any(
                    p,
                    &[
                        "to", "will", "would", "could", "can", "may", "might", "should", "must",
                        "not",
                    ],
                )
            })
        {
            return None;
        }
        let mut best: Option<Candidate> = None;
        let mut consider = |c: Option<Candidate>| {
            if let Some(c) = c {
                if best.as_ref().is_none_or(|b| c.end > b.end) {
                    best = Some(c);
                }
            }
        };
        consider(self.modified(i));
        consider(self.core(i).map(|(end, sem)| Candidate {
            first: i,
            end,
            sem,
            modifier: None,
            relation: None,
        }));
        let mut c = best?;
        // "scored a century", "made his first century": a hundred runs.
        let runs = self.is_any(c.end - 1, &["century", "centuries"])
            && (c.first.saturating_sub(3)..c.first).any(|k| {
                self.is_any(
                    k,
                    &[
                        "scored", "scores", "score", "scoring", "made", "makes", "hit", "hits",
                        "notched",
                    ],
                ) && (k + 1..c.first).all(|j| {
                    self.is_any(
                        j,
                        &[
                            "a", "an", "his", "her", "their", "another", "maiden", "double",
                            "unbeaten",
                        ],
                    )
                })
            });
        // "in 2000 BC", "the 3rd century BCE": before the common era,
        // which the calendar here does not reach; no date rather than a
        // wrong one.
        let before_our_era = matches!(
            c.sem,
            Sem::Absolute(DateValue::Year(_) | DateValue::Decade(_) | DateValue::Century(_))
        ) && self
            .is_any(c.end, &["bc", "bce", "b.c.", "b.c", "b.c.e.", "b.c.e"]);
        if runs || before_our_era {
            return None;
        }
        self.post_modify(&mut c);
        self.attach_relation(&mut c);
        Some(c)
    }

    /// Every core rule at `i`, longest first.
    fn core(&self, i: usize) -> Option<Core> {
        let rules: [fn(&Self, usize) -> Option<Core>; 20] = [
            Self::week_of,
            Self::beside,
            Self::nth_weekday_of,
            Self::the_period,
            Self::spelled_year,
            Self::clock,
            Self::day_word,
            Self::weekday_expr,
            Self::month_date,
            Self::numeric_date,
            Self::year_expr,
            Self::quarter,
            Self::season,
            Self::relational,
            Self::quantity,
            Self::reference,
            Self::set,
            Self::holiday,
            Self::anaphoric,
            Self::day_of_month,
        ];
        let mut best: Option<Core> = None;
        for rule in rules {
            if let Some(core) = rule(self, i) {
                if best.as_ref().is_none_or(|b| core.0 > b.0) {
                    best = Some(core);
                }
            }
        }
        best
    }

    // ----- modifiers -----

    /// A modifier before a core: "early April", "the end of the month",
    /// "at least 30 days", "earlier in the year".
    fn modified(&self, i: usize) -> Option<Candidate> {
        // "the end of …" starts with its own "the"; "the early 1980s" has
        // one before the modifier.
        let (the, (modifier, k, kind)) = match self.pre_modifier(i) {
            Some(found) => (0, found),
            None if self.is(i, "the") => (1, self.pre_modifier(i + 1)?),
            None => return None,
        };
        // "earlier in the year", "late in the day"
        if kind == ModKind::Part && self.is(k, "in") && self.is(k + 1, "the") {
            if let Some((unit, false)) = self.tok(k + 2).and_then(|t| t.unit()) {
                if !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                    return Some(Candidate {
                        first: i,
                        end: k + 3,
                        sem: Sem::Deictic { unit, shift: 0 },
                        modifier: Some(modifier),
                        relation: None,
                    });
                }
            }
        }
        // "the end of the month", "the middle of the week"
        let the_unit = || self.the_current(k).filter(|_| kind == ModKind::Part);
        let (end, sem) = self.core(k).or_else(the_unit)?;
        // "Prices rose in 2019. By the end of the year they had doubled",
        // "a dry September, with showers in the second half of the month":
        // a part of the month or year under discussion.
        let sem = match sem {
            Sem::Deictic { unit: unit @ (Unit::Month | Unit::Year), shift: 0 }
                if kind == ModKind::Part && self.is(k, "the") && end == k + 2 =>
            {
                Sem::Anaphoric { unit, shift: 0 }
            }
            // "the end of 2025-26", "late 1984-85": the end of two years
            // in a row is in the second.
            Sem::Absolute(DateValue::Year(y))
                if modifier == Mod::End && end == k + 1 && self.year_pair_at(k) == Some(y) =>
            {
                Sem::Absolute(DateValue::Year(y.checked_add(1)?))
            }
            sem => sem,
        };
        let fits = match kind {
            ModKind::Part => !matches!(
                sem,
                Sem::Duration { .. }
                    | Sem::InFuture { .. }
                    | Sem::Set(_)
                    | Sem::Offset { .. }
                    | Sem::Reference(_)
            ),
            ModKind::Amount => matches!(
                sem,
                Sem::Duration { .. }
                    | Sem::InFuture { .. }
                    | Sem::Offset { .. }
                    | Sem::Clock { .. }
            ),
            ModKind::Approx => true,
        };
        if !fits || (the == 1 && kind != ModKind::Part) {
            return None;
        }
        // Prepositions and loose quantifiers stay outside the expression,
        // as TimeML annotators mostly leave them: "within 18 months", "over
        // the past decade", "about five hours"; the `mod` is kept.
        let first = if the == 0 && self.is_any(i, &["within", "over", "about", "almost", "under"]) {
            k
        } else {
            i
        };
        // "earlier Tuesday", "later today": a time of that day, not its
        // start or end.
        let time_of_day = self.is_any(i, &["earlier", "later"])
            && self
                .tok(k)
                .is_some_and(|t| t.weekday().is_some() || t.is_any(&["today", "tonight"]));
        let modifier = (!time_of_day).then_some(modifier);
        Some(Candidate { first, end, sem, modifier, relation: None })
    }

    /// Whether "over" at `i` means "more than": at the start of a clause,
    /// or after a preposition, a copula or a verb of lasting ("for over a
    /// week", "it has been over a year", "took over an hour").
    /// Whether "the future" at `i` is an adjective: "the future king", not
    /// "in the future", "the future of the euro".
    fn future_as_adjective(&self, i: usize) -> bool {
        let before_noun = self.tok(i + 2).is_some_and(|t| {
            t.shape == Shape::Word && !t.capitalized() && !t.is_any(AFTER_THE_FUTURE)
        });
        let after_preposition = i.checked_sub(1).is_some_and(|p| {
            self.is_any(p, &["in", "into", "for", "about", "of", "to", "toward", "towards", "on"])
        });
        before_noun && !after_preposition
    }

    fn over_means_more_than(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|p| self.tok(p)) else { return true };
        // "took over three years ago": took control, when it did.
        let taken = prev.is_any(&["took", "take", "takes", "taking", "taken"])
            && self.amount(i + 1).is_some_and(|(_, _, k)| {
                self.tok(k).is_some_and(|t| t.unit().is_some()) && self.is(k + 1, "ago")
            });
        // "cut the risk by 20% over three years", "rose 10 points over
        // six months": a change over the span it took.
        let change = prev.shape == Shape::Number
            || prev.text.ends_with('%')
            || prev.is_any(&["percent", "cent", "points", "pct"]);
        if taken || change {
            return false;
        }
        prev.shape == Shape::Punct
            || prev.is_any(&[
                "for", "in", "of", "after", "than", "by", "within", "since", "just", "well",
                "took", "take", "takes", "taking", "taken", "lasted", "last", "lasts", "lasting",
                "been", "be", "is", "was", "are", "were", "'s", "spanning", "and", "or", "ago",
            ])
    }

    fn pre_modifier(&self, i: usize) -> Option<(Mod, usize, ModKind)> {
        use ModKind::*;
        let two = |a: &str, b: &str| self.is(i, a) && self.is(i + 1, b);
        let three =
            |a: &str, b: &str, c: &str| self.is(i, a) && self.is(i + 1, b) && self.is(i + 2, c);
        // "arrived three hours late on Tuesday", "20 minutes early": how
        // late, not which part of the day.
        // Not "a markets day early next year", where a time follows.
        let time_after = || {
            self.is_any(i + 1, &["next", "this", "last"])
                || self.month_at(i + 1).is_some()
                || self.weekday_at(i + 1).is_some()
        };
        if self.is_any(i, &["late", "early"])
            && i.checked_sub(1).is_some_and(|p| self.tok(p).is_some_and(|t| t.unit().is_some()))
            && !time_after()
        {
            return None;
        }
        // "Markets will close early on Friday", "the train left late on
        // Sunday": how the thing was done, not the day's start or end.
        if self.is_any(i, &["late", "early"])
            && self.is(i + 1, "on")
            && i.checked_sub(1).is_some_and(|p| self.is_any(p, DONE_EARLY_OR_LATE))
        {
            return None;
        }
        if let Some(found) = ["beginning", "start", "outset", "dawn"]
            .iter()
            .find(|w| three("the", w, "of"))
            .map(|_| (Mod::Start, i + 3, Part))
        {
            return Some(found);
        }
        if three("the", "middle", "of") {
            return Some((Mod::Mid, i + 3, Part));
        }
        // "the first days of July", "the final weeks of the year", "the
        // last two weeks of August": its start or its end. Not "the first
        // nine months of 1997", a length of time reported on.
        let edge = self.is(i, "the")
            && self.is_any(i + 1, &["first", "last", "final", "closing", "opening", "early"]);
        let counted = match edge.then(|| self.number(i + 2)).flatten() {
            Some((_, k)) if self.is_any(k, &["days", "weeks"]) => k,
            _ => i + 2,
        };
        if edge
            && self.is_any(counted, &["days", "weeks", "months"])
            && self.is(counted + 1, "of")
            && (self.month_at(counted + 2).is_some()
                || self.year_at(counted + 2).is_some()
                || (self.is(counted + 2, "the") && self.is_any(counted + 3, &["month", "year"])))
        {
            let m = if self.is_any(i + 1, &["first", "opening", "early"]) {
                Mod::Start
            } else {
                Mod::End
            };
            return Some((m, counted + 2, Part));
        }
        // "the second half of July", "the first half of the month": a
        // half of a month is its start or its end (of a year, it is H1 or
        // H2).
        // Of a decade or a century, likewise: "the first half of the 20th
        // century", "the second half of the 1990s".
        let decade_or_century = || {
            self.is(i + 4, "the")
                && matches!(
                    self.core(i + 4),
                    Some((_, Sem::Absolute(DateValue::Decade(_) | DateValue::Century(_))))
                )
        };
        if self.is(i, "the")
            && self.is_any(i + 1, &["first", "second", "latter"])
            && self.is(i + 2, "half")
            && self.is(i + 3, "of")
            && (self.month_at(i + 4).is_some()
                || (self.is(i + 4, "the") && self.is(i + 5, "month"))
                || decade_or_century())
        {
            let m = if self.is(i + 1, "first") { Mod::Start } else { Mod::End };
            return Some((m, i + 4, Part));
        }
        // "the turn of the century", "the turn of the 20th century": its
        // start, as near as "turn" tells.
        if three("the", "turn", "of") {
            return Some((Mod::Start, i + 3, Part));
        }
        if three("the", "end", "of") || three("the", "close", "of") {
            return Some((Mod::End, i + 3, Part));
        }
        if two("at", "least") {
            return Some((Mod::EqualOrMore, i + 2, Amount));
        }
        if two("more", "than") || two("upwards", "of") {
            return Some((Mod::MoreThan, i + 2, Amount));
        }
        if two("less", "than") || two("fewer", "than") {
            return Some((Mod::LessThan, i + 2, Amount));
        }
        if two("up", "to") || (two("no", "more") && self.is(i + 2, "than")) || two("at", "most") {
            let n = if self.is(i, "no") { 3 } else { 2 };
            return Some((Mod::EqualOrLess, i + n, Amount));
        }
        // "late on Wednesday", "early on Saturday": the preposition is
        // part of the phrase.
        // "early in March", "late in 2021" likewise.
        let edge_of = self.is_any(i, &["late", "early"])
            && ((self.is(i + 1, "on") && self.weekday_at(i + 2).is_some())
                || (self.is(i + 1, "in")
                    && (self.month_at(i + 2).is_some() || self.year_at(i + 2).is_some())));
        if edge_of {
            let m = if self.is(i, "late") { Mod::End } else { Mod::Start };
            return Some((m, i + 2, Part));
        }
        Some(match self.w(i) {
            "early" | "earlier" => (Mod::Start, i + 1, Part),
            "mid" | "middle" => (Mod::Mid, i + 1, Part),
            "late" | "later" => (Mod::End, i + 1, Part),
            "about" | "around" | "approximately" | "roughly" | "some" | "circa" | "ca" => {
                (Mod::Approx, i + 1, Approx)
            }
            // "nearly two weeks", like "almost", falls short of the amount.
            "almost" | "nearly" => (Mod::LessThan, i + 1, Amount),
            // "over" bounds an amount ("for over a week", "took over an
            // hour"), not a phrase ("over the past decade"); after a verb
            // or a noun it is the span something happens in ("spent over
            // five years", "a fund to be paid over three years").
            "over" if !self.is(i + 1, "the") && self.over_means_more_than(i) => {
                (Mod::MoreThan, i + 1, Amount)
            }
            "under" => (Mod::LessThan, i + 1, Amount),
            "within" => (Mod::EqualOrLess, i + 1, Amount),
            _ => return None,
        })
    }

    /// "or so", "and beyond", "or later", "or earlier" after a match.
    fn post_modify(&self, c: &mut Candidate) {
        let e = c.end;
        // "six months at most", "two years or more": a bound after a length.
        let bound = match (self.w(e), self.w(e + 1)) {
            ("at", "most") | ("or", "less" | "fewer") => Some(Mod::EqualOrLess),
            ("at", "least") | ("or", "more" | "longer") => Some(Mod::EqualOrMore),
            _ => None,
        };
        if let (Some(m), Sem::Duration { amount: Some(_), .. }) = (bound, &c.sem) {
            if c.modifier.is_none() {
                c.modifier = Some(m);
                c.end += 2;
            }
            return;
        }
        if self.is(e, "or") && self.is(e + 1, "so") {
            c.modifier = c.modifier.or(Some(Mod::Approx));
            c.end += 2;
            // "a week or so ago": the approximate length is counted back.
            if let (Sem::Duration { amount, unit }, true) = (&c.sem, self.is(c.end, "ago")) {
                c.sem = Sem::Offset { amount: *amount, unit: *unit, sign: -1, anaphoric: false };
                c.end += 1;
            }
        } else if (self.is(e, "and") && self.is(e + 1, "beyond"))
            || (self.is(e, "or") && self.is(e + 1, "later"))
            // Not "in the 1980s and later as U.N. envoy": an adverb of
            // what follows.
            || (self.is(e, "and")
                && self.is(e + 1, "later")
                && self.tok(e + 2).is_none_or(|t| t.shape == Shape::Punct))
        {
            if matches!(c.sem, Sem::Absolute(_) | Sem::Deictic { .. }) {
                c.modifier = c.modifier.or(Some(Mod::OnOrAfter));
                c.end += 2;
            }
        } else if self.is(e, "or")
            && self.is_any(e + 1, &["earlier", "before"])
            && matches!(c.sem, Sem::Absolute(_))
        {
            c.modifier = c.modifier.or(Some(Mod::OnOrBefore));
            c.end += 2;
        }
    }

    /// "days after the strikes": a duration followed by "after" or
    /// "before" and what it is measured from.
    fn attach_relation(&self, c: &mut Candidate) {
        if !matches!(c.sem, Sem::Duration { .. } | Sem::InFuture { .. }) {
            return;
        }
        // Nor "the 48 hours before the fire": a stretch of time named,
        // the preposition its own.
        if (c.first > 0 && self.is(c.first - 1, "for")) || self.is(c.first, "the") {
            return;
        }
        let e = c.end;
        if self.is_any(e, &["after", "before"])
            && self.tok(e + 1).is_some_and(|t| t.shape != Shape::Punct)
        {
            c.relation = Some((e, self.is(e, "after")));
        }
    }

    // ----- core rules -----

    /// Clock times: "3 p.m.", "10:30 GMT", "noon", "4 in the morning",
    /// with an optional day after them: "9 a.m. EST Tuesday".
    fn clock(&self, i: usize) -> Option<Core> {
        self.clock_in_range(i, true)
    }

    /// A clock time in words: "half past three", "a quarter to nine",
    /// "ten o'clock", "at nine in the morning". Hours, minutes and where
    /// it ends.
    fn clock_in_words(&self, i: usize) -> Option<(u32, u32, usize)> {
        let hour_at = |k: usize| {
            let t = self.tok(k)?;
            let h = if t.shape == Shape::Number {
                t.lower.parse::<u32>().ok()?
            } else {
                t.number_word().filter(|n| n.fract() == 0.0)? as u32
            };
            (1..=12).contains(&h).then_some(h)
        };
        // Most tokens start none: the words around decide before the
        // number is read.
        let t = self.tok(i)?;
        let word = t.shape == Shape::Word;
        let q = if self.is(i, "a") { i + 1 } else { i };
        let part_of_day = |k: usize| {
            self.is(k, "in")
                && self.is(k + 1, "the")
                && self.is_any(k + 2, &["morning", "afternoon", "evening"])
        };
        let (mut h, m, mut j) = if self.is(i, "half") && self.is(i + 1, "past") {
            (hour_at(i + 2)?, 30, i + 3)
        } else if self.is(q, "quarter") && self.is_any(q + 1, &["past", "to"]) {
            let h = hour_at(q + 2)?;
            if self.is(q + 1, "past") {
                (h, 15, q + 3)
            } else {
                (if h == 1 { 12 } else { h - 1 }, 45, q + 3)
            }
        } else if word && self.is_any(i + 1, &["o'clock", "o’clock"]) {
            (hour_at(i)?, 0, i + 2)
        } else if word && i > 0 && self.is(i - 1, "at") && part_of_day(i + 1) {
            (hour_at(i)?, 0, i + 1)
        } else {
            return None;
        };
        if part_of_day(j) {
            if !self.is(j + 2, "morning") && h < 12 {
                h += 12;
            }
            j += 3;
        }
        Some((h, m, j))
    }

    /// Whether four digits after a preposition of time are hours and
    /// minutes by what follows: "at 0600", "at 1430 local time", "from
    /// 2200 on Friday". (A year has no leading zero, and no day after it.)
    fn hhmm(&self, i: usize, clock: &str) -> bool {
        let after_preposition = i.checked_sub(1).is_some_and(|p| {
            self.is_any(p, &["at", "from", "by", "until", "till", "before", "after", "starting"])
        });
        let day_after = |k: usize| {
            self.weekday_at(k).is_some()
                || self.is_any(k, &["today", "tonight", "tomorrow", "yesterday"])
        };
        after_preposition
            && (clock.starts_with('0')
                || (self.is(i + 1, "local") && self.is(i + 2, "time"))
                || day_after(i + 1)
                || (self.is(i + 1, "on") && day_after(i + 2))
                // "on Saturday at 1930"
                || i.checked_sub(2).is_some_and(day_after))
    }

    /// A clock time; with `first_of_range`, one that may start a range
    /// whose other end names the day.
    fn clock_in_range(&self, i: usize, first_of_range: bool) -> Option<Core> {
        let t = self.tok(i)?;
        // "at 1030 hrs", "from 00.00 hours": a clock time as armies and
        // police write it.
        let military = |i: usize| {
            self.is_any(i + 1, &["hrs", "hours"])
                && i.checked_sub(1).is_some_and(|p| {
                    self.is_any(p, &["at", "from", "by", "until", "till", "before", "after"])
                })
        };
        let (hour, minute, mut j) = match &*t.lower {
            "noon" | "midday" => (12, 0, i + 1),
            // "since midnight", "from midnight on Friday": the start of the
            // day; otherwise the end of it, as "from midnight tonight".
            "midnight"
                if !self.is(i + 1, "tonight")
                    && i.checked_sub(1).is_some_and(|p| {
                        self.is_any(p, &["since", "from", "after", "starting", "beginning"])
                    }) =>
            {
                (0, 0, i + 1)
            }
            "midnight" => (24, 0, i + 1),
            _ if let Some(found) = self.clock_in_words(i) => found,
            _ if t.shape == Shape::Number => {
                let text = &*t.lower;
                let digits_end = text.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(text.len());
                let (clock, suffix) = text.split_at(digits_end);
                // "0800": four digits, hours and minutes.
                let four_digits = clock.len() == 4 && clock.bytes().all(|b| b.is_ascii_digit());
                let (h, m) = match clock.split_once([':', '.']) {
                    Some((h, m)) if m.len() == 2 => {
                        (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?)
                    }
                    Some(_) => return None,
                    // "0800 UTC", "at 1030 hrs": four digits are hours and
                    // minutes when a zone follows, or hours after a
                    // preposition of time.
                    None if four_digits
                        && suffix.is_empty()
                        && (self.zone_at(i + 1) || military(i) || self.hhmm(i, clock)) =>
                    {
                        (clock[..2].parse::<u32>().ok()?, clock[2..].parse::<u32>().ok()?)
                    }
                    None => (clock.parse::<u32>().ok()?, 0),
                };
                if h > 24 || m > 59 || clock.len() > 5 {
                    return None;
                }
                // "19.30", and "7.30 tonight", which no price is.
                let tonight = self.is(i + 1, "tonight");
                let dotted_form = suffix.is_empty()
                    && ((clock.len() == 5 && clock.as_bytes()[2] == b'.')
                        || (clock.len() == 4 && clock.as_bytes()[1] == b'.' && tonight));
                let mut j = i + 1;
                if (four_digits || dotted_form) && military(i) {
                    j += 1;
                }
                let meridiem = if !suffix.is_empty() {
                    // "8p" alone is eight pence; "8p ET" a time.
                    let zone = self.zone_at(i + 1);
                    match suffix {
                        "am" => Some(false),
                        "pm" => Some(true),
                        "a" if zone => Some(false),
                        "p" if zone => Some(true),
                        _ => return None,
                    }
                } else {
                    match self.w(j) {
                        "a.m." | "a.m" | "am" => {
                            j += 1;
                            Some(false)
                        }
                        "p.m." | "p.m" | "pm" => {
                            j += 1;
                            Some(true)
                        }
                        "o'clock" | "o’clock" => {
                            j += 1;
                            None
                        }
                        _ => None,
                    }
                };
                // "00.01 on Saturday", "23.59 GMT": British clock times,
                // told from prices by a leading zero, a zone or a day.
                let dotted = dotted_form
                    && (clock.starts_with('0')
                        || military(i)
                        || self.zone_at(j)
                        || self.weekday_at(j).is_some()
                        || (self.is(j, "on") && self.weekday_at(j + 1).is_some())
                        || self.is_any(j, &["today", "tonight", "tomorrow", "yesterday"]));
                let has_colon = clock.contains(':') || four_digits || dotted;
                // "from 6 to 10 p.m.", "between 9 and 5pm": a bare hour
                // starting a range takes the other end's half of the day,
                // or the other half when that would put it after the end.
                let meridiem = meridiem.or_else(|| {
                    let opens =
                        i.checked_sub(1).is_some_and(|p| self.is_any(p, &["from", "between"]));
                    if !first_of_range
                        || !opens
                        || !(1..=12).contains(&h)
                        || clock.contains([':', '.'])
                        || !suffix.is_empty()
                        || !self.is_any(j, &["to", "and", "until", "till"])
                    {
                        return None;
                    }
                    let next = self.tok(j + 1)?;
                    let told = next.lower.ends_with(['m', 'p', 'a'])
                        || self.is_any(j + 2, &["a.m.", "a.m", "am", "p.m.", "p.m", "pm"]);
                    let (_, Sem::Clock { hour: end, .. }) = self.clock_in_range(j + 1, false)?
                    else {
                        return None;
                    };
                    if !told || next.shape != Shape::Number {
                        return None;
                    }
                    let pm = (12..24).contains(&end);
                    let same = h % 12 + if pm { 12 } else { 0 };
                    Some(if same < end { pm } else { !pm })
                });
                let explicit = meridiem.is_some() || j > i + 1;
                let in_the = self.is(j, "in")
                    && self.is(j + 1, "the")
                    && self.is_any(j + 2, &["morning", "afternoon", "evening"]);
                // "Updated 14:35", "Posted 09:12": a page's own stamp.
                // "at about 19:00", "Last modified: 12 Jan 2025 14:02" too.
                let after_date = i >= 2
                    && self.year_at(i - 1).is_some()
                    && self.tok(i - 2).is_some_and(|t| t.month().is_some());
                let at = after_date
                    || self.is_any(
                        i.wrapping_sub(1),
                        &[
                            "at",
                            "by",
                            "until",
                            "from",
                            "before",
                            "after",
                            "around",
                            "about",
                            "approximately",
                            "updated",
                            "posted",
                        ],
                    );
                // "at 09:00, 13:00 and 17:00": a list of clock times goes on
                // after the first; "the 08:30 departure", "the 15:30
                // sailing": a timetable's time, told by its leading zero or
                // its afternoon hour.
                let colon = clock.contains(':') && suffix.is_empty();
                let listed = i >= 2
                    && (self.punct(i - 1, ',') || self.is_any(i - 1, &["and", "or"]))
                    && self.tok(i - 2).is_some_and(|p| {
                        p.shape == Shape::Number && p.lower.len() == 5 && p.lower.contains(':')
                    });
                let timetable = i >= 1
                    && self.is(i - 1, "the")
                    && clock.len() == 5
                    && (clock.starts_with('0') || h >= 13);
                let at = at || (colon && (listed || timetable));
                // A bare hour is a time only when something says so: a
                // meridiem or minutes, "in the morning", "tonight" after it
                // and "at" before, or a colon with a zone or "at".
                let told = explicit
                    || in_the
                    || (tonight && at)
                    || (has_colon
                        && (self.zone_at(j)
                            || ((self.options.timestamp || self.options.leads) && i == 0)
                            || at));
                if !told {
                    return None;
                }
                let mut h = h;
                // "at 8 tonight", "7.30 tonight": the evening's.
                let meridiem = meridiem.or((tonight && (1..12).contains(&h)).then_some(true));
                match meridiem {
                    Some(true) if h < 12 => h += 12,
                    Some(false) if h == 12 => h = 0,
                    Some(_) if h > 12 => return None,
                    _ => {}
                }
                if in_the {
                    if (self.is(j + 2, "afternoon") || self.is(j + 2, "evening")) && h < 12 {
                        h += 12;
                    }
                    j += 3;
                }
                (h, m, j)
            }
            _ => return None,
        };
        let mut zone = Zone::Local;
        if self.zone_at(j) {
            if self.is_any(j, &["gmt", "utc"]) {
                zone = Zone::Utc;
            }
            j += 1;
            if self.is(j, "time") {
                j += 1;
            }
        } else if (self.is_any(j, &["local", "eastern", "central", "mountain", "pacific"])
            || (self.cap(j) && self.weekday_at(j).is_none() && self.month_at(j).is_none()))
            && self.is(j + 1, "time")
        {
            // "9 a.m. Pacific time", "noon local time", "3:17 p.m. Houston
            // time"
            j += 2;
        } else if self.cap(j) && self.cap(j + 1) && self.is(j + 2, "time") {
            // "8:30 a.m. New York time"
            j += 3;
        } else if self.cap(j)
            && self.is_any(j, &["eastern", "central", "mountain", "pacific"])
            && !self.cap(j + 1)
        {
            // "noon Eastern on July 4"; not "5pm Eastern Europe time".
            j += 1;
        }
        // "noon each Wednesday", "9am every Monday": a set, as "every
        // Monday at 9am" is.
        if self.is_any(j, &["every", "each"]) {
            if let Some(day) = self.weekday_at(j + 1) {
                let value = format!("XXXX-WXX-{}T{hour:02}:{minute:02}", day.number_from_monday());
                return Some((self.dot(j + 2), Sem::Set(value)));
            }
        }
        // A day right after: "9 a.m. Tuesday", "5 p.m. EST, Nov. 9".
        let after_comma = if self.punct(j, ',') { j + 1 } else { j };
        let base = [j, after_comma].into_iter().find_map(|k| {
            self.weekday_expr(k)
                .or_else(|| self.month_date(k))
                // "10am next Tuesday", "5pm this Friday"
                .or_else(|| self.relational(k).filter(|(_, s)| matches!(s, Sem::Weekday { .. })))
                .or_else(|| {
                    self.day_word(k).filter(|(_, s)| match s {
                        Sem::Tonight => k == j,
                        Sem::DayPart { base, .. } => {
                            k == j && matches!(**base, Sem::Deictic { .. })
                        }
                        _ => matches!(s, Sem::Deictic { .. }),
                    })
                })
                .filter(|(_, s)| !matches!(s, Sem::Month { .. }))
                // "open from 10am to 5pm, Wednesday to Sunday": days of a
                // week's round, not the clock time's day.
                .filter(|&(end, _)| {
                    k == j
                        || !(self.is_any(end, &["to", "through", "until", "till"])
                            || self.punct(end, '-')
                            || self.punct(end, '–'))
                        || self.weekday_at(end + 1).is_none()
                })
                // "10.30pm last night", "9 p.m. Tuesday night": the clock
                // time says more than the part of the day.
                .map(|(end, s)| match s {
                    Sem::DayPart { base, .. } => (end, *base),
                    Sem::Tonight => (end, Sem::Deictic { unit: Unit::Day, shift: 0 }),
                    s => (end, s),
                })
        });
        // "noon on Wednesday": the day after "on" is the clock time's, but
        // an expression of its own, as the preposition stands between.
        // An aside in brackets may stand between: "at 7 a.m. (0500 GMT) on
        // Thursday", and "(0500 GMT) on Thursday" from within it.
        // "at 4pm, on Christmas Eve" over a comma too.
        let on = if self.punct(j, '(') {
            (j + 1..j + 8).find(|&k| self.punct(k, ')')).map_or(j, |k| k + 1)
        } else if self.punct(j, ')') || (self.punct(j, ',') && self.is(j + 1, "on")) {
            j + 1
        } else {
            j
        };
        // The day after "on" at `on`.
        let day_on = |on: usize| {
            self.is(on, "on")
                .then(|| self.weekday_expr(on + 1).or_else(|| self.month_date(on + 1)))
                .flatten()
                .or_else(|| self.feast(on + 1))
                // "19:00 BST on Tuesday evening": the day of the part; but
                // "until 2am on Saturday night", the night, whose small
                // hours are the next day's.
                .map(|(end, s)| match s {
                    Sem::DayPart { base, part }
                        if matches!(*base, Sem::Weekday { .. })
                            && !(part == DayPart::Night && hour < 6) =>
                    {
                        (end, *base)
                    }
                    s => (end, s),
                })
                .filter(|(_, s)| {
                    matches!(
                        s,
                        Sem::Weekday { .. }
                            | Sem::MonthDay { .. }
                            | Sem::Holiday { .. }
                            | Sem::Absolute(DateValue::Day(_))
                            | Sem::DayPart { part: DayPart::Night, .. }
                    )
                })
                .map(|(_, sem)| (j, sem))
        };
        // "at 3pm on the outskirts of Kyiv on Wednesday", "at 10:40 at
        // the airport on Monday": over a place in between, of words only,
        // none that opens another clause or brings another time.
        let over_place = || {
            if !self.is_any(on, PLACE_PREPOSITIONS) {
                return None;
            }
            let k = (on + 2..on + 9).find(|&k| self.is(k, "on"))?;
            let words = (on + 1..k).all(|m| {
                self.tok(m).is_some_and(|t| t.shape == Shape::Word && !t.is_in(&CLAUSE_OPENERS))
            });
            words.then(|| day_on(k)).flatten()
        };
        let on_day = || day_on(on).or_else(over_place);
        // "9am the following day": the day counted from the last one
        // mentioned, also an expression of its own.
        // "at 6 a.m. the following morning" too: the clock time says more
        // than the part of the day.
        let anaphoric_day = || {
            self.relational(j)
                .map(|(_, sem)| match sem {
                    Sem::DayPart { base, .. } => *base,
                    sem => sem,
                })
                .filter(|s| matches!(s, Sem::Anaphoric { unit: Unit::Day, .. }))
                .map(|sem| (j, sem))
        };
        // "between 11pm and midnight on Sunday", "from 9am to 5pm on
        // Saturday": the first end of a range is on the day of the other.
        let other_end = || {
            let linked = self.is_any(j, &["and", "to", "until", "till", "through"])
                || self.punct(j, '-')
                || self.punct(j, '–');
            if !first_of_range || !linked {
                return None;
            }
            match self.clock_in_range(j + 1, false)? {
                (_, Sem::Clock { base: Some(day), .. }) => Some((j, *day)),
                _ => None,
            }
        };
        match base.or_else(on_day).or_else(anaphoric_day).or_else(other_end) {
            Some((end, sem)) => {
                Some((end, Sem::Clock { base: Some(Box::new(sem)), hour, minute, zone }))
            }
            None => Some((j, Sem::Clock { base: None, hour, minute, zone })),
        }
    }

    fn zone_at(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| dateline_article::TIME_ZONES.contains(&t.text))
    }

    /// today, tonight, yesterday, tomorrow, last night, this morning, the
    /// day before yesterday; with a part of the day after them.
    fn day_word(&self, i: usize) -> Option<Core> {
        let (base, mut j) = match self.w(i) {
            "today" => (Sem::Deictic { unit: Unit::Day, shift: 0 }, i + 1),
            "tonight" => return Some((i + 1, Sem::Tonight)),
            "yesterday" => (Sem::Deictic { unit: Unit::Day, shift: -1 }, i + 1),
            "tomorrow" => (Sem::Deictic { unit: Unit::Day, shift: 1 }, i + 1),
            "the"
                if self.is(i + 1, "day")
                    && self.is_any(i + 2, &["before", "after"])
                    && self.is_any(i + 3, &["yesterday", "tomorrow"]) =>
            {
                let shift = if self.is(i + 3, "yesterday") { -2 } else { 2 };
                (Sem::Deictic { unit: Unit::Day, shift }, i + 4)
            }
            "last" if self.is_any(i + 1, &["night", "evening"]) => {
                let part = if self.is(i + 1, "night") { DayPart::Night } else { DayPart::Evening };
                let base = Sem::Deictic { unit: Unit::Day, shift: -1 };
                return Some((i + 2, Sem::DayPart { base: Box::new(base), part }));
            }
            // "on this day in 1989", "this day last year": the reference
            // day's date in that year.
            "this" if self.is(i + 1, "day") => {
                let in_year = self.is(i + 2, "in").then(|| self.year_at(i + 3)).flatten();
                let year = match (in_year, self.year_shift_at(i + 2)) {
                    (Some(y), _) => YearRef::Absolute(y),
                    (None, Some(shift @ (-1 | 1))) => YearRef::Deictic(shift),
                    _ => return None,
                };
                return Some((i + 4, Sem::ThisDay { year }));
            }
            "this" => {
                let part = token::day_part(self.w(i + 1)).filter(|p| *p != DayPart::Night)?;
                let base = Sem::Deictic { unit: Unit::Day, shift: 0 };
                return Some((i + 2, Sem::DayPart { base: Box::new(base), part }));
            }
            // "an overnight success", "the overnight rate", "an overnight
            // bag": a figure of speech, a market's term, a kind of thing.
            "overnight" if self.is_any(i + 1, NOT_A_NIGHT) => return None,
            "overnight" => {
                // "overnight on Monday", "overnight Monday": that day's
                // night; the day stays an expression of its own.
                // "overnight into Tuesday": the night before it.
                if self.is_any(i + 1, &["into", "to"]) {
                    if let Some((_, day @ Sem::Weekday { .. })) = self.weekday_expr(i + 2) {
                        let base = Sem::Beside { weekday: None, after: false, date: Box::new(day) };
                        return Some((
                            i + 1,
                            Sem::DayPart { base: Box::new(base), part: DayPart::Night },
                        ));
                    }
                }
                let k = if self.is(i + 1, "on") { i + 2 } else { i + 1 };
                if let Some((_, day @ Sem::Weekday { .. })) = self.weekday_expr(k) {
                    return Some((
                        i + 1,
                        Sem::DayPart { base: Box::new(day), part: DayPart::Night },
                    ));
                }
                let base = Sem::Deictic { unit: Unit::Day, shift: 0 };
                return Some((i + 1, Sem::DayPart { base: Box::new(base), part: DayPart::Night }));
            }
            // "mid-afternoon", "by mid afternoon", "mid-morning Tuesday": the
            // middle of a part of the day given after it, or of the day
            // under discussion.
            w if w.starts_with("mid") => {
                let (part, j) = match w.strip_prefix("mid-") {
                    Some(rest) => (token::day_part(rest)?, i + 1),
                    None if w == "mid" => (token::day_part(self.w(i + 1))?, i + 2),
                    None => return None,
                };
                let (base, end) = match self.day_word(j).or_else(|| self.weekday_expr(j)) {
                    Some((end, base @ (Sem::Deictic { .. } | Sem::Weekday { .. }))) => (base, end),
                    _ => (Sem::Anaphoric { unit: Unit::Day, shift: 0 }, j),
                };
                return Some((end, Sem::DayPart { base: Box::new(base), part }));
            }
            _ => return None,
        };
        if let Some(part) = token::day_part(self.w(j)) {
            j += 1;
            return Some((j, Sem::DayPart { base: Box::new(base), part }));
        }
        Some((j, base))
    }

    /// A weekday: "Tuesday", "Tuesday night", "Tuesday, May 2", "Tues."
    fn weekday_expr(&self, i: usize) -> Option<Core> {
        let day = self.weekday_at(i)?;
        // "every Tuesday and Friday", "Tuesday and Friday nights": a set
        // ([`Parser::set`]).
        if self.after_every_weekday(i)
            || self.shared_plural_part(i).is_some()
            || self.before_each_week(i)
        {
            return None;
        }
        // "Black Monday", "Blue Monday": a day of history or a nickname,
        // not this week's (Black Friday is a holiday of its own).
        if i > 0 && self.cap(i - 1) && self.is_any(i - 1, &["black", "blue"]) {
            return None;
        }
        // "the Sunday Times", "The Monday Club": a name, the weekday after
        // "the" and before another capitalized word that is no month or
        // part of the day.
        let name_after = self.tok(i + 1).is_some_and(|n| {
            n.shape == Shape::Word
                && n.capitalized()
                && n.month().is_none()
                && token::day_part(&n.lower).is_none()
                && !n.is_any(&["next", "last", "this", "and", "or", "at", "on", "in"])
        });
        if i > 0 && self.is(i - 1, "the") && name_after {
            return None;
        }
        let day_name = day;
        let j = self.dot(i + 1);
        // "the Thursday after next": a week after the coming one.
        if self.is(j, "after") && self.is(j + 1, "next") {
            let coming = Sem::Weekday { day, shift: Shift::Coming };
            return Some((
                j + 2,
                Sem::From { amount: 1, unit: Unit::Week, date: Box::new(coming) },
            ));
        }
        // "Tuesday, May 2, 2017": the date decides.
        let after_comma = if self.punct(j, ',') { j + 1 } else { j };
        match self.month_date(after_comma) {
            // "Saturday 21 December last year" too.
            Some((
                end,
                sem @ (Sem::Absolute(DateValue::Day(_)) | Sem::MonthOfYear { day: Some(_), .. }),
            )) => {
                return Some((end, sem));
            }
            Some((end, Sem::MonthDay { month, day, .. })) => {
                return Some((
                    end,
                    Sem::MonthDay { month, day, weekday: Some(day_name), shift: Shift::Context },
                ));
            }
            _ => {}
        }
        // "on a Friday afternoon", "on a Sunday.": some Friday, unless the
        // weekday qualifies a noun ("a Sunday night memorial service").
        let part = token::day_part(self.w(j));
        let after = j + usize::from(part.is_some());
        // "on a wet Tuesday in November" too.
        let adjective = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.shape == Shape::Word && !t.capitalized() && t.unit().is_none() && !t.is("a")
            })
        };
        // Not a noun before a day after a preposition: "in a statement
        // Monday", "at a meeting Friday".
        let noun_before = i > 2
            && self.is_any(
                i - 3,
                &["in", "at", "during", "after", "before", "from", "with", "by", "for", "to"],
            );
        // "on March 23, a Saturday": the date's own weekday, in apposition.
        let apposition = i > 1 && self.is(i - 1, "a") && self.punct(i - 2, ',');
        let indefinite = i > 0
            && !apposition
            && (self.is(i - 1, "a")
                || (i > 1 && self.is(i - 2, "a") && adjective(i - 1) && !noun_before))
            && self.tok(after).is_none_or(|t| {
                t.shape == Shape::Punct
                    || t.is_any(&[
                        "in", "of", "at", "when", "and", "or", "before", "after", "during",
                    ])
                    // "will run a Sunday timetable", "a Sunday service on
                    // Christmas Day": a kind of day, not one; "attended a
                    // Sunday night service" was on one. "a Saturday job",
                    // "a Sunday paper" likewise.
                    || t.is_any(&[
                        "timetable",
                        "schedule",
                        "hours",
                        "trading",
                        "job",
                        "shift",
                        "school",
                        "paper",
                        "newspaper",
                        "market",
                        "league",
                    ])
                    || t.is("service") && self.is(after + 1, "on")
            });
        // "on Wednesday next week", "Tuesday and Wednesday last week":
        // the weekday of that week.
        let of_week = |k: usize| {
            let (end, shift) = self.deictic_unit(k, "week")?;
            Some((if shift == Shift::Last { Shift::LastWeek } else { shift }, end))
        };
        if part.is_none() {
            if let Some((shift, end)) = of_week(j) {
                return Some((end, Sem::Weekday { day, shift }));
            }
            // "from Friday to Sunday next week" too; not "moved the vote
            // from Friday to Tuesday next week", which leaves a day.
            let moved = || {
                (i.saturating_sub(8)..i).any(|k| self.tok(k).is_some_and(|t| t.is_in(&MOVE_VERBS)))
            };
            let listed = (self.is_any(j, &["and", "or"])
                || (self.is_any(j, &["to", "through", "until", "till"])
                    && self.is(i.wrapping_sub(1), "from")
                    && !moved()))
                && self.weekday_at(j + 1).is_some();
            if let Some((shift, _)) = of_week(j + 2).filter(|_| listed) {
                return Some((j, Sem::Weekday { day, shift }));
            }
        }
        // "next Thursday and Friday", "last Monday or Tuesday": the second
        // day is of the first one's week.
        let listed_after =
            (i > 2 && self.is_any(i - 1, &["and", "or"]) && self.weekday_at(i - 2).is_some())
                .then(|| match self.w(i - 3) {
                    "next" => Some(Shift::Next),
                    "last" => Some(Shift::Last),
                    "this" => Some(Shift::This),
                    _ => None,
                })
                .flatten();
        let shift = match listed_after {
            Some(shift) => shift,
            None if indefinite => Shift::Indefinite,
            None => Shift::Context,
        };
        // "will arrive on August 2 and stay until August 6 … a vigil on
        // the Saturday": with "the", a weekday of the days just told, not
        // of the reference's week. Not "on the Tuesday deadline" (a noun
        // after it) nor "on the Tuesday before" (a day counted back).
        let told = shift == Shift::Context
            && i > 1
            && self.is(i - 1, "the")
            && self.is_any(i - 2, &["on", "by", "until", "till"])
            && (part.is_some()
                || self.tok(j).is_none_or(|t| {
                    t.shape == Shape::Punct
                        || t.is_any(&[
                            "of", "at", "in", "and", "when", "to", "the", "a", "he", "she", "it",
                            "they", "we", "i", "you", "there", "his", "her", "their", "its",
                        ])
                }));
        let base = if told {
            Sem::AnaphoricWeekday { day, shift: Shift::Context }
        } else {
            Sem::Weekday { day, shift }
        };
        if let Some(part) = part {
            return Some((after, Sem::DayPart { base: Box::new(base), part }));
        }
        if self.is(j, "nights") || self.is(j, "mornings") || self.is(j, "evenings") {
            return None;
        }
        // "Friday week", as British news writes a week after Friday; not
        // "a Friday week of protests".
        if self.is(j, "week")
            && !i
                .checked_sub(1)
                .is_some_and(|p| self.is_any(p, &["a", "the", "that", "this", "each", "every"]))
            && !self.tok(j + 1).is_some_and(|t| {
                t.shape == Shape::Word
                    && !t.capitalized()
                    && !self.is_any(j + 1, &["and", "or", "to", "at", "in", "on", "for", "when"])
            })
        {
            return Some((j + 1, Sem::From { amount: 1, unit: Unit::Week, date: Box::new(base) }));
        }
        Some((j, base))
    }

    /// Dates with a month name: "January 15, 2016", "15 January 2016",
    /// "Jan. 15", "July 2016", "July", "the 15th of May", "mid-July".
    fn month_date(&self, i: usize) -> Option<Core> {
        // "mid-July", "early-March", "end-June", "mid-1996", "mid-1990s" as
        // one token.
        if let Some(t) = self.tok(i) {
            if let Some((prefix, rest)) = t.lower.split_once('-') {
                if matches!(prefix, "mid" | "early" | "late" | "end") {
                    if let Some(m) = token::month(rest).filter(|_| rest.len() > 3 || rest == "may")
                    {
                        // The modifier is carried by the token; the caller
                        // reads it with `token_modifier`.
                        return match self.year_at(i + 1) {
                            Some(y) => Some((i + 2, Sem::Absolute(DateValue::Month(y, m)))),
                            None => Some((i + 1, Sem::Month { month: m, shift: Shift::Context })),
                        };
                    }
                }
            }
        }
        // "the 15th of May"
        if self.is(i, "the") {
            let (d, j) = self.day_at(i + 1)?;
            if !self.tok(i + 1).is_some_and(|t| t.shape == Shape::Number || t.ordinal().is_some())
                || !self.is(j, "of")
            {
                return None;
            }
            let m = self.month_at(j + 1)?;
            let k = self.dot(j + 2);
            return Some(self.with_year(k, m, Some(d)));
        }
        // "12-14 March", "3–5 May 2026": days in a row, dated by the first.
        if let Some((d, _, j)) = self.day_range_at(i) {
            if let Some(m) = self.month_at(j) {
                return Some(self.with_year(self.dot(j + 1), m, Some(d)));
            }
        }
        // "15 January 2016", "2nd May"
        if let Some((d, j)) = self.day_at(i) {
            if self.tok(i).is_some_and(|t| {
                t.shape == Shape::Number || t.lower.ends_with(|c: char| c.is_ascii_alphabetic())
            }) {
                let of = self.is(j, "of");
                let j = if of { j + 1 } else { j };
                // "the first July election", "his first December in
                // charge": an ordinal in words before a month and a
                // word of the sentence counts months, not days.
                let spelled = self.tok(i).is_some_and(|t| t.shape == Shape::Word);
                let counts_months = spelled
                    && !of
                    && self.tok(j + 1).is_some_and(|n| {
                        n.shape == Shape::Word
                            && !n.is_any(&["and", "or", "to", "through", "until", "till", "at"])
                    });
                if let Some(m) = self.month_at(j).filter(|_| !counts_months) {
                    let k = self.dot(j + 1);
                    return Some(self.with_year(k, m, Some(d)));
                }
            }
            return None;
        }
        let m = self.month_at(i)?;
        let j = self.dot(i + 1);
        // "the first July election", "his first December in charge": after
        // an ordinal in words and before a word of the sentence, a month
        // of any year, which the reader counts; no date.
        // "the last July general election" likewise.
        let counted = i.checked_sub(1).is_some_and(|p| {
            self.tok(p).is_some_and(|t| t.shape == Shape::Word && t.ordinal().is_some())
                || (self.is_any(p, &["last", "final"])
                    && p.checked_sub(1).is_some_and(|d| self.is_any(d, ONE_OF_MANY)))
        }) && self.tok(j).is_some_and(|n| {
            n.shape == Shape::Word
                && !n.is_any(&["and", "or", "to", "through", "until", "till", "at", "of"])
        });
        if counted {
            return None;
        }
        // "March the 3rd", as British speech has it (in figures: "in March
        // the first results" is not a day).
        if self.is(j, "the")
            && self.tok(j + 1).is_some_and(|t| t.shape == Shape::Number && t.ordinal().is_some())
        {
            if let Some((d, k)) = self.day_at(j + 1) {
                return Some(self.with_year(k, m, Some(d)));
            }
        }
        // "Jan. 5-7", "May 3–5, 2026": days in a row, dated by the first.
        if let Some((d, _, k)) = self.day_range_at(j) {
            return Some(self.with_year(k, m, Some(d)));
        }
        // "May 17", "Sept. 30", "May 17th, 2016"
        if let Some((d, k)) = self.day_at(j) {
            // "the July 4 weekend", "over July Fourth weekend": the
            // weekend of that day.
            if self.is(k, "weekend") {
                let (_, date) = self.with_year(k, m, Some(d));
                return Some((k + 1, Sem::UnitOf { unit: Unit::Weekend, date: Box::new(date) }));
            }
            if !self.is(k, "percent")
                && !self.punct(k, '%')
                && self.tok(k).is_none_or(|t| t.unit().is_none())
            {
                return Some(self.with_year(k, m, Some(d)));
            }
        }
        // "July 2016", "July, 2016", "July of 2016", "January nineteen
        // ninety-seven"
        let k = if self.punct(j, ',') || self.is(j, "of") { j + 1 } else { j };
        if let Some(y) = self.year_at(k) {
            return Some((k + 1, Sem::Absolute(DateValue::Month(y, m))));
        }
        if let Some((end, Sem::Absolute(DateValue::Year(y)))) = self.spelled_year(k) {
            return Some((end, Sem::Absolute(DateValue::Month(y, m))));
        }
        // "in August of that year": the month of the year under discussion.
        if self.is(j, "of") && self.is_any(j + 1, &["that", "the"]) {
            let k = if self.is(j + 2, "same") { j + 3 } else { j + 2 };
            if self.is(k, "year") && (self.is(j + 1, "that") || k == j + 3) {
                return Some((k + 1, Sem::MonthThen(m, 0)));
            }
        }
        // "July last year", "January this year", "October of next year"
        if let Some((end, shift)) = self.deictic_year(j) {
            return Some((end, Sem::MonthOfYear { month: m, day: None, shift }));
        }
        if let Some(y) = self.range_end_year(j, m) {
            return Some((j, Sem::Absolute(DateValue::Month(y, m))));
        }
        // A bare month needs a capital or a context that makes it a date:
        // "in May", not "Theresa May".
        let prev = i.checked_sub(1).map_or("", |p| self.w(p));
        let ambiguous = matches!(
            self.w(i),
            "may"
                | "march"
                | "august"
                | "jan"
                | "mar"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "oct"
                | "nov"
                | "dec"
                | "feb"
                | "apr"
                | "sept"
        );
        if ambiguous {
            let date_context = matches!(
                prev,
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "during"
                    | "from"
                    | "to"
                    | "through"
                    | "of"
                    | "early"
                    | "mid"
                    | "late"
                    | "last"
                    | "next"
                    | "this"
                    | "before"
                    | "after"
                    | "between"
                    | "and"
                    | "or"
                    | "end"
                    | "beginning"
                    | "start"
                    | "middle"
                    | "throughout"
                    | "each"
                    | "every"
                    | "as"
                    | "for"
            ) || i == 0 && self.tok(j).is_some_and(|t| t.is_punct(','))
                // "until at least March", "no later than March", "since
                // about August"; not "more popular than May".
                || (matches!(prev, "least" | "than" | "about" | "around") && !self.is(i, "may"))
                // "the August training camp", "the March decision", "the
                // Bank's March forecast", "its May meeting": a month as a
                // modifier (not "the March of Dimes", nor Theresa May's
                // anything).
                || ((matches!(prev, "the" | "its" | "his" | "her" | "their" | "our")
                    || i.checked_sub(1)
                        .and_then(|p| self.tok(p))
                        .is_some_and(|t| t.shape == Shape::Possessive))
                    && self.cap(i)
                    && !self.is(i, "may")
                    && self.tok(j).is_some_and(|t| {
                        t.shape == Shape::Word && !t.capitalized() && !t.is_any(&["of", "on", "to"])
                    }));
            if !date_context {
                return None;
            }
        }
        // "Jan Kavan", "June Carter": a month name before a capitalized
        // word is a first name.
        if self.tok(j).is_some_and(|t| {
            t.shape == Shape::Word
                && t.capitalized()
                && t.month().is_none()
                && t.weekday().is_none()
        }) {
            return None;
        }
        Some((j, Sem::Month { month: m, shift: Shift::Context }))
    }

    /// "last year", "of next year", "this year" at `i`: where it ends and
    /// which year.
    fn deictic_year(&self, i: usize) -> Option<(usize, Shift)> {
        self.deictic_unit(i, "year")
    }

    /// "last week", "of next year", "this month" at `i`, of the unit
    /// written `unit`: where it ends and which one.
    fn deictic_unit(&self, i: usize, unit: &str) -> Option<(usize, Shift)> {
        let k = if self.is(i, "of") { i + 1 } else { i };
        let shift = match self.w(k) {
            "last" => Shift::Last,
            "next" => Shift::Next,
            "this" => Shift::This,
            _ => return None,
        };
        self.is(k + 1, unit).then_some((k + 2, shift))
    }

    /// The year of a range's first month, taken from its last: "from
    /// January to March 2017", "February–March 2017", "December to
    /// February 2018" (December 2017).
    fn range_end_year(&self, k: usize, month: u32) -> Option<i32> {
        if !(self.punct(k, '-')
            || self.punct(k, '–')
            || self.is_any(k, &["to", "through", "until", "till", "and", "or"]))
        {
            return None;
        }
        let (y, m) = match self.month_date(k + 1)?.1 {
            Sem::Absolute(DateValue::Month(y, m)) => (y, m),
            Sem::Absolute(DateValue::Day(d)) => (d.year(), d.month()),
            _ => return None,
        };
        Some(if month <= m { y } else { y - 1 })
    }

    /// Completes a month (and day) with an optional ", 2016" or "2016", or
    /// a deictic year ("3rd March last year").
    fn with_year(&self, k: usize, month: u32, day: Option<u32>) -> Core {
        let Some(d) = day else {
            let after_comma = if self.punct(k, ',') { k + 1 } else { k };
            let year = [k, after_comma].into_iter().find_map(|at| self.year_at(at));
            return match year.or_else(|| self.range_end_year(k, month)) {
                Some(y) => {
                    let end = if year.is_some() { after_comma + 1 } else { k };
                    (end, Sem::Absolute(DateValue::Month(y, month)))
                }
                None => (k, Sem::Month { month, shift: Shift::Context }),
            };
        };
        // "May 17, 2016", "3rd March last year", "May 17 this year"
        self.year_after(k, month, d)
            .or_else(|| self.range_end_year(k, month).map(|y| (k, day_in(y, month, d))))
            // "June 3 and 4 last year": the second day's year.
            .or_else(|| self.second_day_year(k, month, d).map(|(_, sem)| (k, sem)))
            .unwrap_or((k, Sem::MonthDay { month, day: d, weekday: None, shift: Shift::Context }))
    }

    /// Day `d` of `month` in the year written after a second day of the
    /// month at `k`: "(June 3) and 4 last year", "(June 3) and 4, 2021".
    fn second_day_year(&self, k: usize, month: u32, d: u32) -> Option<Core> {
        if !self.is_any(k, &["and", "or", "to", "through", "until", "till"])
            || self.tok(k + 1)?.shape != Shape::Number
        {
            return None;
        }
        let (_, end) = self.day_at(k + 1)?;
        self.year_after(end, month, d)
    }

    /// Day `d` of `month` in the year written at `k`, and where the year
    /// ends: "last year", "this year", ", 2021".
    fn year_after(&self, k: usize, month: u32, d: u32) -> Option<Core> {
        if let Some((end, shift)) = self.deictic_year(k) {
            return Some((end, Sem::MonthOfYear { month, day: Some(d), shift }));
        }
        let at = if self.punct(k, ',') { k + 1 } else { k };
        Some((at + 1, day_in(self.year_at(at)?, month, d)))
    }

    /// Numeric dates: "2016-01-15", "1/15/2016", "15.01.2016".
    fn numeric_date(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        if t.shape != Shape::Number {
            return None;
        }
        let text = &*t.lower;
        let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
        if parts.len() != 3
            || !parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let n = |s: &str| s.parse::<u32>().ok();
        let date = if parts[0].len() == 4 && text.contains('-') {
            NaiveDate::from_ymd_opt(parts[0].parse().ok()?, n(parts[1])?, n(parts[2])?)
        } else if parts[2].len() == 4 || parts[2].len() == 2 {
            let y: i32 = parts[2].parse().ok()?;
            let y = if parts[2].len() == 2 { if y < 50 { 2000 + y } else { 1900 + y } } else { y };
            let (a, b) = (n(parts[0])?, n(parts[1])?);
            // American order unless the first part cannot be a month; dots
            // are the European convention. Read both ways, the reference
            // date decides.
            if text.contains('.') || a > 12 {
                NaiveDate::from_ymd_opt(y, b, a)
            } else if a != b && b <= 12 {
                let month_first = NaiveDate::from_ymd_opt(y, a, b)?;
                let day_first = NaiveDate::from_ymd_opt(y, b, a)?;
                return Some((i + 1, Sem::EitherOrder { month_first, day_first }));
            } else {
                NaiveDate::from_ymd_opt(y, a, b)
            }
        } else {
            None
        }?;
        Some((i + 1, Sem::Absolute(DateValue::Day(date))))
    }

    /// "year end", "year's end", "year-end": the end of the current year,
    /// read by [`Parser::year_expr`].
    fn year_end(&self, i: usize) -> Option<usize> {
        if self.is(i, "year-end") {
            return Some(i + 1);
        }
        if !self.is(i, "year") {
            return None;
        }
        if self.is(i + 1, "end") {
            return Some(i + 2);
        }
        (self.tok(i + 1).is_some_and(|t| t.shape == Shape::Possessive) && self.is(i + 2, "end"))
            .then_some(i + 3)
    }

    /// Years and longer: "2016", "fiscal 1989", "the 1990s", "the '90s",
    /// "the 20th century", "the year 2000", "mid-1996".
    fn year_expr(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        // "AD 43", "in 79 AD": a year of the era named; the era's mark
        // stays outside, as a preposition does.
        let era = |k: usize| self.tok(k).is_some_and(|e| matches!(e.text, "AD" | "A.D." | "CE"));
        if t.shape == Shape::Number
            && (1..=4).contains(&t.text.len())
            && t.text.bytes().all(|b| b.is_ascii_digit())
            && (i.checked_sub(1).is_some_and(|p| era(p) && !self.is(p, "ce"))
                // Not "300 AD slots", a noun's modifier.
                || (era(i + 1)
                    && !self.tok(i + 2).is_some_and(|n| {
                        n.shape == Shape::Word && !n.capitalized() && n.unit().is_none()
                            && !n.is_any(&["and", "or", "to", "when", "until", "after", "before"])
                    })))
        {
            let y: i32 = t.text.parse().ok()?;
            return (1..=2100).contains(&y).then_some((i + 1, Sem::Absolute(DateValue::Year(y))));
        }
        if let Some(end) = self.year_end(i) {
            return Some((end, Sem::Deictic { unit: Unit::Year, shift: 0 }));
        }
        // "up 8 percent year to date", "year-to-date sales": this year so
        // far.
        if t.is("year-to-date") || (t.is("year") && self.is(i + 1, "to") && self.is(i + 2, "date"))
        {
            let end = if t.is("year") { i + 3 } else { i + 1 };
            return Some((end, Sem::Deictic { unit: Unit::Year, shift: 0 }));
        }
        // "in '98", "the class of ’02": a year in two digits after a
        // preposition, in the 1900s from '30 on (a guess, as for "the
        // '90s").
        if let Some(digits) = t.text.strip_prefix(['\'', '’']) {
            let after = i.checked_sub(1).is_some_and(|p| {
                self.is_any(p, &["in", "of", "since", "until", "by", "from", "and", "to"])
            });
            if let (true, 2, Ok(n)) = (after, digits.len(), digits.parse::<i32>()) {
                let y = if n >= 30 { 1900 + n } else { 2000 + n };
                return Some((i + 1, Sem::Absolute(DateValue::Year(y))));
            }
        }
        // "the strike of 1984-85", "the 2025-26 season": two years in a
        // row, dated by the first, spanning both.
        if let Some(y) = self.year_pair_at(i) {
            return Some((i + 1, Sem::Absolute(DateValue::Year(y))));
        }
        // "1914-18", "2010–14": the last year of a range, in its century
        // ("2010–11", one season, is dated by its first year alone).
        if t.shape == Shape::Number && t.text.len() == 2 && i >= 2 {
            let dash = self.punct(i - 1, '-') || self.punct(i - 1, '–');
            if let (true, Some(first), Ok(n)) = (dash, self.year_at(i - 2), t.text.parse::<i32>()) {
                if n > first % 100 + 1 {
                    return Some((i + 1, Sem::Absolute(DateValue::Year(first - first % 100 + n))));
                }
            }
        }
        // "by mid-month", "mid-week", "midweek", "mid-year": the middle of
        // the current one (the modifier comes from the word).
        if let Some(rest) = t.lower.strip_prefix("mid").filter(|r| !r.contains('-')) {
            if let Some((unit @ (Unit::Week | Unit::Month | Unit::Year), false)) = token::unit(rest)
            {
                return Some((i + 1, Sem::Deictic { unit, shift: 0 }));
            }
        }
        if let Some(("mid", rest)) = t.lower.split_once('-') {
            if let Some((unit @ (Unit::Week | Unit::Month | Unit::Year), false)) = token::unit(rest)
            {
                return Some((i + 1, Sem::Deictic { unit, shift: 0 }));
            }
        }
        // "mid-1996", "mid-1990s", "pre-1990", "post-1959", "end-2026"
        if let Some((prefix, rest)) = t.lower.split_once('-') {
            // Not "in her mid-20s", an age, nor "lows in the mid-20s".
            let age = i.checked_sub(1).is_some_and(|p| self.is_any(p, OWNERS));
            if matches!(prefix, "mid" | "early" | "late" | "pre" | "post" | "end")
                && !age
                && !self.measure_in_tens(i, rest)
            {
                if let Some(v) = year_or_decade(rest) {
                    return Some((i + 1, Sem::Absolute(v)));
                }
            }
        }
        // "FY2023", "FY23", "FY 2023": a fiscal year, as "fiscal 2023".
        if let Some(rest) = t.lower.strip_prefix("fy") {
            let rest = rest.trim_start_matches('-');
            let y = if rest.is_empty() {
                self.year_at(i + 1).map(|y| (y, i + 2))
            } else {
                four_digit_year(rest).or_else(|| two_digit_year(rest)).map(|y| (y, i + 1))
            };
            if let Some((y, end)) = y {
                return Some((end, Sem::Absolute(DateValue::Year(y))));
            }
        }
        if self.is(i, "fiscal") {
            let j = if self.is(i + 1, "year") { i + 2 } else { i + 1 };
            let y =
                self.year_at(j).or_else(|| self.tok(j).and_then(|t| two_digit_year(&t.lower)))?;
            return Some((j + 1, Sem::Absolute(DateValue::Year(y))));
        }
        if self.is(i, "the") {
            // "the year 2000", "the year two thousand"
            if self.is(i + 1, "year") {
                if let Some(y) = self.year_at(i + 2) {
                    return Some((i + 3, Sem::Absolute(DateValue::Year(y))));
                }
                if let Some((end, sem)) = self.spelled_year(i + 2) {
                    return Some((end, sem));
                }
                if self.is(i + 2, "two") && self.is(i + 3, "thousand") {
                    let (y, end) = match self.number(i + 4) {
                        Some((n, end)) if n < 100.0 && !self.is(i + 4, "and") => {
                            (2000 + n as i32, end)
                        }
                        _ => (2000, i + 4),
                    };
                    return Some((end, Sem::Absolute(DateValue::Year(y))));
                }
            }
            // "the 1990s", "the '90s", "the mid-1990s"
            if let Some(v) = self.tok(i + 1).and_then(|t| {
                let word = match t.lower.split_once('-') {
                    Some(("mid" | "early" | "late", rest)) => rest,
                    _ => &t.lower,
                };
                decade_token(word).filter(|_| !self.measure_in_tens(i + 1, word))
            }) {
                return Some((i + 2, Sem::Absolute(v)));
            }
            // "the twentieth century", "the 20th century", "the 1800s",
            // "the mid-19th century"
            if let Some(n) =
                self.tok(i + 1).and_then(|t| t.ordinal().or_else(|| prefixed_ordinal(t)))
            {
                if self.is(i + 2, "century") && (1..=30).contains(&n) {
                    return Some((i + 3, Sem::Absolute(DateValue::Century(n as i32 - 1))));
                }
            }
            // "the 1989 fiscal year", "the 2016 season"
            if let Some(y) = self.year_at(i + 1) {
                if self.is(i + 2, "fiscal") && self.is(i + 3, "year") {
                    return Some((i + 4, Sem::Absolute(DateValue::Year(y))));
                }
            }
            return None;
        }
        if let Some(v) = decade_token(&t.lower) {
            // "in his 30s", "her late eighties" are ages.
            let modifier = i
                .checked_sub(1)
                .is_some_and(|p| self.is_any(p, &["early", "mid", "late", "mid-to-late"]));
            let owner =
                i.checked_sub(1 + usize::from(modifier)).is_some_and(|p| self.is_any(p, OWNERS));
            return (!owner && !self.measure_in_tens(i, &t.lower))
                .then_some((i + 1, Sem::Absolute(v)));
        }
        // "20th century", "20th-century", "mid-19th century"
        if let Some((n, end)) = match t.lower.split_once('-') {
            Some((ord, "century")) => token::ordinal(ord).map(|n| (n, i + 1)),
            _ => t
                .ordinal()
                .or_else(|| prefixed_ordinal(t))
                .filter(|_| self.is(i + 1, "century"))
                .map(|n| (n, i + 2)),
        } {
            if (1..=30).contains(&n) {
                return Some((end, Sem::Absolute(DateValue::Century(n as i32 - 1))));
            }
        }
        let y = self.year_at(i)?;
        // "1989 fiscal year"
        if self.is(i + 1, "fiscal") && self.is(i + 2, "year") {
            return Some((i + 3, Sem::Absolute(DateValue::Year(y))));
        }
        if !self.plausible_year(i, y) {
            return None;
        }
        Some((i + 1, Sem::Absolute(DateValue::Year(y))))
    }

    /// Whether "90s" at `i` (`word`, without "mid-") counts degrees or a
    /// price in tens, not a decade: "highs in the upper 90s", "lows in the
    /// mid-20s", "shares rose into the high 80s". Two figures only, after
    /// "low", "upper" or "high", or with a word for temperature near.
    fn measure_in_tens(&self, i: usize, word: &str) -> bool {
        if !(word.len() == 3 && word.ends_with('s') && word.as_bytes()[0].is_ascii_digit()) {
            return false;
        }
        let graded = i
            .checked_sub(1)
            .is_some_and(|p| self.is_any(p, &["low", "lower", "upper", "high", "higher"]));
        const TEMPERATURE: &[&str] = &[
            "celsius",
            "degrees",
            "fahrenheit",
            "highs",
            "lows",
            "mercury",
            "temperature",
            "temperatures",
            "temps",
            "thermometer",
            "thermometers",
        ];
        graded
            || (i.saturating_sub(8)..i + 8)
                .any(|k| self.tok(k).is_some_and(|t| t.is_any(TEMPERATURE)))
    }

    /// Whether a four-digit number reads as a year here rather than a
    /// quantity ("1,000 people" has a comma; "2000 people" is a count).
    fn plausible_year(&self, i: usize, y: i32) -> bool {
        let prev = i.checked_sub(1).map(|p| self.w(p)).unwrap_or("");
        if matches!(
            prev,
            "$" | "€"
                | "£"
                | "no"
                | "no."
                | "number"
                | "#"
                | "route"
                | "flight"
                | "highway"
                | "page"
                | "room"
                | "model"
                | "rs"
                | "p"
        ) {
            return false;
        }
        if self
            .tok(i.wrapping_sub(1))
            .is_some_and(|t| t.text == "$" || t.text == "€" || t.text == "£")
        {
            return false;
        }
        let next = self.w(i + 1);
        if self.punct(i + 1, '%') || self.tok(i + 1).is_some_and(|t| t.shape == Shape::Number) {
            return false;
        }
        if matches!(
            next,
            "percent"
                | "per"
                | "people"
                | "persons"
                | "votes"
                | "troops"
                | "soldiers"
                | "police"
                | "officers"
                | "feet"
                | "foot"
                | "meters"
                | "metres"
                | "km"
                | "kilometers"
                | "kilometres"
                | "miles"
                | "tons"
                | "tonnes"
                | "barrels"
                | "shares"
                | "points"
                | "units"
                | "cars"
                | "homes"
                | "houses"
                | "jobs"
                | "acres"
                | "hectares"
                | "deaths"
                | "cases"
                | "workers"
                | "employees"
                | "members"
                | "residents"
                | "refugees"
                | "students"
                | "children"
                | "families"
                | "patients"
                | "pounds"
                | "dollars"
                | "euros"
                | "rubles"
                | "yen"
                | "kg"
                | "lbs"
                | "calories"
                | "degrees"
                | "copies"
                | "words"
                | "pages"
                | "rooms"
                | "beds"
                | "seats"
                | "signatures"
                | "protesters"
                | "civilians"
                | "vehicles"
                | "buildings"
                | "flights"
                | "passengers"
                | "tanks"
                | "aircraft"
                | "mm"
                | "cm"
                | "ft"
                | "m"
                | "mph"
                | "hp"
                | "times"
                | "x"
        ) {
            return false;
        }
        (1700..=2100).contains(&y)
            || matches!(prev, "in" | "since" | "of" | "by" | "until" | "from" | "year")
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the
    /// first quarter of 1990", "Q3 2016", "the second half", "last year's
    /// fourth quarter", "fiscal 1989's first quarter".
    fn quarter(&self, i: usize) -> Option<Core> {
        if let Some(found) = self.months_quarter(i) {
            return Some(found);
        }
        // A year or deictic year in front: "1988's", "last year's", "this year's"
        let (year_in_front, j) = if let Some(y) = self
            .year_at(i)
            .filter(|_| self.tok(i + 1).is_some_and(|t| t.shape == Shape::Possessive))
        {
            (Some(YearRef::Absolute(y)), i + 2)
        } else if let Some(y) = self.is(i, "the").then(|| self.year_at(i + 1)).flatten() {
            // "the 1988 third quarter", "the 1988 quarter"
            if self.is_any(i + 2, &["quarter", "period"]) {
                return Some((i + 3, Sem::SameIn { year: y }));
            }
            (Some(YearRef::Absolute(y)), i + 2)
        } else if self.is_any(i, &["last", "this", "next"])
            && self.is(i + 1, "year")
            && self.tok(i + 2).is_some_and(|t| t.shape == Shape::Possessive)
        {
            let shift = match self.w(i) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            (Some(YearRef::Deictic(shift)), i + 3)
        } else if self.is(i, "fiscal")
            && self.tok(i + 2).is_some_and(|t| t.shape == Shape::Possessive)
        {
            (self.year_at(i + 1).map(YearRef::Absolute), i + 3)
        } else {
            (None, i)
        };
        if year_in_front.is_none() && j != i {
            return None;
        }
        let the = usize::from(year_in_front.is_none() && self.is(j, "the"));
        // "the fiscal first quarter", "fiscal second-quarter": the
        // adjective is part of the expression.
        let fiscal = usize::from(year_in_front.is_none() && self.is(j + the, "fiscal"));
        let k = j + the + fiscal;
        let t = self.tok(k)?;
        // "the fiscal-first quarter" as one token.
        let joined = t.lower.strip_prefix("fiscal-").filter(|_| year_in_front.is_none());
        // "the third-quarter results": the adjective is the expression,
        // the article belongs to the noun.
        if the == 1 && t.lower.contains('-') && joined.is_none() {
            return None;
        }
        // "H1 2024", "in H2": a half year, written as companies write it,
        // with a year after it or a preposition before it ("H1N1" is one
        // word).
        // "H1 of next year", "Q3 this year": a year named after the code.
        let deictic = || {
            let (end, shift) = self.deictic_year(k + 1).filter(|_| year_in_front.is_none())?;
            let shift = match shift {
                Shift::Last => -1,
                Shift::Next => 1,
                _ => 0,
            };
            Some((end, YearRef::Deictic(shift)))
        };
        if let Some(h) = half_code(&t.lower) {
            if let Some((end, year)) = deictic() {
                return Some((end, Sem::Half { half: h, year }));
            }
            match self.year_at(k + 1) {
                Some(y) => return Some((k + 2, Sem::Half { half: h, year: YearRef::Absolute(y) })),
                None if k > 0 && self.is_any(k - 1, &["in", "for", "during", "the", "of"]) => {
                    let year = year_in_front.unwrap_or(YearRef::Context);
                    return Some((k + 1, Sem::Half { half: h, year }));
                }
                None => {}
            }
        }
        // "Q3", "Q3 2016", "2Q"
        if let Some(q) = quarter_code(&t.lower) {
            let (year, end) = match (self.year_at(k + 1), deictic()) {
                (Some(y), _) => (YearRef::Absolute(y), k + 2),
                (None, Some((end, year))) => (year, end),
                (None, None) => (year_in_front.unwrap_or(YearRef::Context), k + 1),
            };
            return Some((end, Sem::Quarter { quarter: q, year }));
        }
        // "third-quarter", "first-half", "fourth quarter", "first half"
        let (n, part, mut end) = if let Some(ord) = joined {
            (token::ordinal(ord)?, self.w(k + 1).to_string(), k + 2)
        } else if let Some((ord, rest)) = t.lower.split_once('-') {
            (token::ordinal(ord)?, rest.to_string(), k + 1)
        } else {
            let n = t
                .ordinal()
                .or_else(|| self.is(k, "final").then_some(4))
                // "the last quarter (of 2023)" is the fourth; "last quarter"
                // alone is the one before this, which `relational` reads.
                .or_else(|| {
                    (self.is(k, "last") && (the == 1 || year_in_front.is_some())).then_some(0)
                })?;
            (n, self.w(k + 1).to_string(), k + 2)
        };
        let (is_quarter, limit) = match part.as_str() {
            "quarter" | "quarters" => (true, 4),
            "half" => (false, 2),
            _ => return None,
        };
        let n = if n == 0 { limit } else { n };
        if n < 1 || n > limit {
            return None;
        }
        let mut year = year_in_front.unwrap_or(YearRef::Context);
        // "of 1990", "of this year", "of next year", ", 1990"
        if year_in_front.is_none() {
            if self.is(end, "of") || self.punct(end, ',') {
                if let Some(y) = self.year_at(end + 1) {
                    year = YearRef::Absolute(y);
                    end += 2;
                } else if self.is(end, "of") && self.is(end + 1, "fiscal") {
                    if let Some(y) = self.year_at(end + 2) {
                        year = YearRef::Absolute(y);
                        end += 3;
                    }
                } else {
                    (year, end) = self.of_year(end);
                }
            } else if let Some(y) = self.year_at(end) {
                year = YearRef::Absolute(y);
                end += 1;
            }
        }
        // "scored twice in the first half", "20 points in the fourth
        // quarter": a half or quarter of a game, when no year is given.
        if year == YearRef::Context && self.about_a_game() {
            return None;
        }
        // "the second half of the visit", "the first quarter of the
        // century": a part of something else.
        if year == YearRef::Context
            && self.is(end, "of")
            && self
                .is_any(end + 1, &["the", "a", "an", "his", "her", "its", "their", "this", "that"])
            && self.tok(end + 2).is_some_and(|t| {
                (t.shape == Shape::Word
                    && t.unit().is_none()
                    && !t.is_any(&["fiscal", "financial"]))
                    // "the first half of the decade": not this year's.
                    || t.is_any(&["decade", "century"])
            })
        {
            return None;
        }
        let n = n as u8;
        Some((
            end,
            if is_quarter {
                Sem::Quarter { quarter: n, year }
            } else {
                Sem::Half { half: n, year }
            },
        ))
    }

    /// Seasons: "summer 2016", "the summer", "spring" after a preposition.
    fn season(&self, i: usize) -> Option<Core> {
        let the = usize::from(self.is(i, "the"));
        let j = i + the;
        let s = token::season(self.w(j))?;
        if let Some(y) = self.year_at(j + 1).or_else(|| {
            (self.is(j + 1, "of") || self.punct(j + 1, ',')).then(|| self.year_at(j + 2)).flatten()
        }) {
            let end = if self.year_at(j + 1).is_some() { j + 2 } else { j + 3 };
            return Some((end, Sem::SeasonOf { season: s, year: YearRef::Absolute(y) }));
        }
        // "the winter of 2008-09", "winter 2010/11": the winter that begins
        // in the first year.
        if s == Season::Winter {
            let k = if self.is(j + 1, "of") { j + 2 } else { j + 1 };
            if let Some(y) = self.year_pair_at(k) {
                return Some((k + 1, Sem::SeasonOf { season: s, year: YearRef::Absolute(y) }));
            }
        }
        if self.is(j + 1, "of") {
            if let Some((end, Sem::Absolute(DateValue::Year(y)))) = self.spelled_year(j + 2) {
                return Some((end, Sem::SeasonOf { season: s, year: YearRef::Absolute(y) }));
            }
            // "the spring of next year", "the summer of last year"
            if let Some(shift) = self.year_shift_at(j + 2) {
                return Some((j + 4, Sem::SeasonOf { season: s, year: YearRef::Deictic(shift) }));
            }
            // "the autumn of that year", "the spring of the following
            // year": a season of the year under discussion.
            let then = match (self.w(j + 2), self.w(j + 3)) {
                ("that", "year") => Some((j + 4, 0)),
                ("the", "same") if self.is(j + 4, "year") => Some((j + 5, 0)),
                ("the", "following" | "next") if self.is(j + 4, "year") => Some((j + 5, 1)),
                ("the", "previous" | "preceding") if self.is(j + 4, "year") => Some((j + 5, -1)),
                _ => None,
            };
            if let Some((end, shift)) = then {
                return Some((end, Sem::SeasonThen(s, shift)));
            }
        }
        // "fall" and "spring" are verbs and nouns too: a bare season needs
        // a determiner or a preposition of time before it. "summer",
        // "winter" and "autumn" are seasons anywhere: "summer crowds", "the
        // busiest summer on record".
        let prev = if the == 1 { "the" } else { j.checked_sub(1).map_or("", |p| self.w(p)) };
        let unambiguous = !self.is(j, "fall") && !self.is(j, "spring");
        // "the Summer Olympics", "the Autumn Statement": a name.
        let named = self.cap(j)
            && self.tok(j + 1).is_some_and(|n| n.shape == Shape::Word && n.capitalized());
        if named {
            return None;
        }
        // "since the fall of the Berlin Wall", "a fall in prices", "the
        // spring of discontent": nouns, unless a year follows ("the fall of
        // that year"; "the fall of 1989" is read above). "in the spring in
        // Paris" is a season.
        let before = i.checked_sub(1).map_or("", |p| self.w(p));
        let noun_after = if self.is(j + 1, "of") {
            !self.is_any(j + 2, &["last", "this", "next", "that"])
        } else {
            self.is_any(j + 1, &["in", "from"]) && !TIME_PREPOSITIONS.contains(&before)
        };
        if !unambiguous && noun_after {
            return None;
        }
        // "winter wheat", "summer squash", "winter tyres": a kind of thing.
        if self.is_any(j + 1, KINDS_BY_SEASON) {
            return None;
        }
        // "as summer time begins", "stayed on summer time": the clocks'
        // daylight-saving time, not the season ("in the summer time" is).
        let clocks = self.is(j, "summer")
            && self.is(j + 1, "time")
            && (self.is_any(j + 2, &["begins", "began", "starts", "started", "ends", "ended"])
                || (the == 0 && matches!(before, "on" | "to" | "onto" | "of")));
        if clocks {
            return None;
        }
        let context = unambiguous
            || matches!(
                prev,
                "the"
                    | "in"
                    | "this"
                    | "last"
                    | "next"
                    | "during"
                    | "since"
                    | "until"
                    | "by"
                    | "early"
                    | "late"
                    | "mid"
                    | "through"
                    | "throughout"
                    | "each"
                    | "every"
                    | "past"
                    | "coming"
            );
        if !context || (the == 0 && prev == "the") {
            return None;
        }
        if the == 0
            && matches!(prev, "this" | "last" | "next" | "past" | "coming" | "each" | "every")
        {
            // The relational and set rules read these.
            return None;
        }
        Some((j + 1, Sem::Season { season: s, shift: Shift::Context }))
    }

    /// "last week", "next month", "this year", "the past two years", "the
    /// coming weeks", "last Tuesday", "next March", "this spring".
    fn relational(&self, i: usize) -> Option<Core> {
        let the = usize::from(self.is(i, "the"));
        // "the week before last", "the weekend after next": two back or
        // two ahead.
        let two_away = if self.is(i + 2, "before") && self.is(i + 3, "last") {
            Some(-2)
        } else if self.is(i + 2, "after") && self.is(i + 3, "next") {
            Some(2)
        } else {
            None
        };
        if let Some(shift) = two_away.filter(|_| the == 1) {
            if let Some((unit @ (Unit::Weekend | Unit::Week | Unit::Month | Unit::Year), false)) =
                self.tok(i + 1).and_then(|t| t.unit())
            {
                return Some((i + 4, Sem::Deictic { unit, shift }));
            }
        }
        // "a week on Friday", "a week today", "a fortnight tomorrow": as
        // British news writes a week (or two) after the day.
        if self.is_any(i, &["a", "one"]) && self.is_any(i + 1, &["week", "fortnight"]) {
            let amount = if self.is(i + 1, "fortnight") { 2 } else { 1 };
            let day = match self.w(i + 2) {
                "today" => Some((i + 3, Sem::Deictic { unit: Unit::Day, shift: 0 })),
                "tomorrow" => Some((i + 3, Sem::Deictic { unit: Unit::Day, shift: 1 })),
                "on" => self
                    .weekday_at(i + 3)
                    .map(|day| (self.dot(i + 4), Sem::Weekday { day, shift: Shift::Context })),
                _ => None,
            };
            if let Some((end, date)) = day {
                return Some((end, Sem::From { amount, unit: Unit::Week, date: Box::new(date) }));
            }
        }
        // "this year and next", "last month or this": the unit of the
        // expression just before, shifted; not "this year and next
        // year's", which names the unit itself.
        if self.is_any(i, &["next", "last", "this"])
            && i >= 3
            && self.is_any(i - 1, &["and", "or"])
            && self.is_any(i - 3, &["this", "last", "next"])
            && !self.is(i - 3, self.w(i))
            && !self.tok(i + 1).is_some_and(|t| t.shape == Shape::Word || t.shape == Shape::Number)
        {
            if let Some((unit @ (Unit::Week | Unit::Month | Unit::Year), false)) =
                self.tok(i - 2).and_then(|t| t.unit())
            {
                let shift = match self.w(i) {
                    "next" => 1,
                    "last" => -1,
                    _ => 0,
                };
                return Some((i + 1, Sem::Deictic { unit, shift }));
            }
        }
        // "this time last year", "this time next week": the same day then.
        if self.is(i, "this") && self.is(i + 1, "time") {
            let shift = match self.w(i + 2) {
                "last" => -1,
                "next" => 1,
                _ => return None,
            };
            let (unit @ (Unit::Week | Unit::Month | Unit::Year), false) =
                self.tok(i + 3)?.unit()?
            else {
                return None;
            };
            return Some((i + 4, Sem::ThisTime { unit, shift }));
        }
        // "the new year", not "the New Year's Eve party".
        if the == 1
            && self.is(i + 1, "new")
            && self.is(i + 2, "year")
            && !self.tok(i + 3).is_some_and(|t| t.shape == Shape::Possessive)
            && !self.names_a_thing(i + 3)
        {
            return Some((i + 3, Sem::NewYear));
        }
        // "this past spring" is the last one.
        let this_past = !self.is(i, "the") && self.is(i, "this") && self.is(i + 1, "past");
        // "this coming Sunday" is the next one.
        let this_coming = self.is(i, "this") && self.is(i + 1, "coming");
        let j = i + the + usize::from(this_past || this_coming);
        let word = self.w(j);
        let shift = match word {
            "last" | "past" | "previous" | "preceding" => -1,
            "next" | "coming" | "following" | "upcoming" => 1,
            "this" | "current" | "present" => 0,
            "recent" => -1,
            "first" | "final" | "latest" | "same" if the == 1 => 0,
            _ => return None,
        };
        let k = j + 1;
        // "last fiscal year", "the next financial year": the year as the
        // books count it, named by the calendar year, as "fiscal 2017" is.
        if self.is_any(k, &["fiscal", "financial"])
            && self.is(k + 1, "year")
            && matches!(word, "last" | "this" | "next" | "coming")
        {
            return Some((k + 2, Sem::Deictic { unit: Unit::Year, shift }));
        }
        // "the past two years", "the next few weeks", "the first nine
        // months", "recent years"
        if let Some((amount, approx, m)) = self.amount(k).filter(|(_, _, m)| *m > k) {
            if let Some((unit, plural)) = self.tok(m).and_then(|t| t.unit()) {
                if (plural || amount == Some(1.0))
                    && !matches!(self.w(k), "a" | "an" | "some")
                    && (the == 1 || word != "this")
                {
                    let _ = approx;
                    return Some((m + 1, Sem::Duration { amount, unit }));
                }
            }
        }
        let t = self.tok(k)?;
        // "the following spring", "the previous winter": a season of the
        // year after or before the one under discussion.
        // "the next spring" too; "the following January", "the previous
        // May": the month after or before that date.
        if the == 1 && matches!(word, "following" | "previous" | "preceding" | "next") {
            if let Some(season) = t.season() {
                return Some((k + 1, Sem::SeasonThen(season, shift)));
            }
            if let Some(month) = t.month().filter(|_| t.capitalized()) {
                return Some((k + 1, Sem::MonthThen(month, shift)));
            }
        }
        // "the past fortnight", "the next fortnight": two weeks' length.
        if t.is("fortnight") {
            return Some((k + 1, Sem::Duration { amount: Some(2.0), unit: Unit::Week }));
        }
        // "within the next half hour", "the past half century".
        if t.is("half") && matches!(word, "next" | "past" | "last" | "coming") {
            if let Some((unit, false)) = self.tok(k + 1).and_then(|u| u.unit()) {
                return Some((k + 2, Sem::Duration { amount: Some(0.5), unit }));
            }
        }
        if let Some((unit, plural)) = t.unit() {
            if plural {
                // "recent years", "the coming weeks", "the past months"
                if matches!(word, "recent" | "coming" | "past" | "last" | "next" | "upcoming") {
                    return Some((k + 1, Sem::Duration { amount: None, unit }));
                }
                return None;
            }
            if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                // "over the next hour", "in the past hour": an hour's
                // length; not "at the last minute".
                let span = the == 1
                    && matches!(word, "next" | "past" | "last" | "coming")
                    && i.checked_sub(1).is_some_and(|p| {
                        self.is_any(p, &["over", "in", "within", "during", "for", "throughout"])
                    });
                return span.then_some((k + 1, Sem::Duration { amount: Some(1.0), unit }));
            }
            // "this past weekend", "this past week": the last one.
            if this_past && matches!(unit, Unit::Weekend | Unit::Week | Unit::Month) {
                return Some((k + 1, Sem::Deictic { unit, shift: -1 }));
            }
            // "the past year", "the last decade": a length of time; "the
            // last day of school", "the last year of his term" are the
            // end of something else.
            let of_something = self.is(k + 1, "of")
                && self.tok(k + 2).is_some_and(|t| {
                    // Not an amount: "the last year of US$ 2.7 billion".
                    t.shape == Shape::Word && !t.is_any(&["us", "about", "around"])
                });
            let determined = the == 1
                || i.checked_sub(1)
                    .is_some_and(|p| self.is_any(p, &["the", "its", "his", "her", "their"]));
            if matches!(word, "past" | "last") && of_something && determined {
                return None;
            }
            if the == 1 && matches!(word, "past" | "last") {
                return Some((k + 1, Sem::Duration { amount: Some(1.0), unit }));
            }
            if word == "past" && the == 0 {
                return Some((k + 1, Sem::Duration { amount: Some(1.0), unit }));
            }
            // "the previous day", "the following week", "the same day",
            // "the next day", "the next year" (not "over the next year",
            // a span from now): counted from the last date mentioned.
            let span_from_now = i > 0
                && self
                    .is_any(i - 1, &["over", "in", "within", "during", "for", "through", "into"]);
            // "over the next decade": its length from now.
            if span_from_now
                && matches!(word, "next" | "coming")
                && matches!(unit, Unit::Decade | Unit::Century)
            {
                return Some((k + 1, Sem::Duration { amount: Some(1.0), unit }));
            }
            if the == 1
                && (matches!(word, "previous" | "preceding" | "following" | "same")
                    || (word == "next" && (unit == Unit::Day || !span_from_now)))
            {
                return Some((k + 1, Sem::Anaphoric { unit, shift }));
            }
            if word == "latest"
                && matches!(unit, Unit::Quarter | Unit::Year | Unit::Month | Unit::Week)
            {
                return Some((k + 1, Sem::Anaphoric { unit, shift: 0 }));
            }
            if matches!(word, "first" | "final" | "latest" | "recent" | "present") {
                return None;
            }
            // "over the coming weekend": the next one to come, this week's.
            if unit == Unit::Weekend && matches!(word, "coming" | "upcoming") {
                return Some((k + 1, Sem::Deictic { unit, shift: 0 }));
            }
            return Some((k + 1, Sem::Deictic { unit, shift }));
        }
        // "the next morning", "the previous night": a part of the day
        // after or before the last one mentioned; "the same afternoon" of
        // that day.
        if the == 1 && matches!(word, "next" | "following" | "previous" | "preceding" | "same") {
            if let Some(part) = token::day_part(&t.lower) {
                let base = Sem::Anaphoric { unit: Unit::Day, shift };
                return Some((k + 1, Sem::DayPart { base: Box::new(base), part }));
            }
        }
        // "the previous Friday", "the following Monday": counted from the
        // last date mentioned.
        if the == 1 && matches!(word, "previous" | "preceding" | "following") {
            if let Some(day) = self.weekday_at(k) {
                // "the following Monday, 6 November": the date decides.
                if let Some(dated @ (_, Sem::MonthDay { .. } | Sem::Absolute(_))) =
                    self.weekday_expr(k)
                {
                    return Some(dated);
                }
                let back = if shift < 0 { Shift::Last } else { Shift::Next };
                return Some((self.dot(k + 1), Sem::AnaphoricWeekday { day, shift: back }));
            }
        }
        if the == 1
            || matches!(
                word,
                "recent" | "current" | "present" | "following" | "preceding" | "previous"
            )
        {
            return None;
        }
        let rel = match shift {
            -1 => Shift::Last,
            1 if this_coming || matches!(word, "coming" | "upcoming") => Shift::Coming,
            1 => Shift::Next,
            _ => Shift::This,
        };
        if let Some(day) = self.weekday_at(k) {
            let mut end = self.dot(k + 1);
            let base = Sem::Weekday { day, shift: rel };
            if let Some(part) = token::day_part(self.w(end)) {
                end += 1;
                return Some((end, Sem::DayPart { base: Box::new(base), part }));
            }
            return Some((end, base));
        }
        if let Some(m) = t.month().filter(|_| {
            t.capitalized() || t.lower.len() > 3 && !matches!(&*t.lower, "march" | "august")
        }) {
            // "the last July general election": after a determiner, the
            // last of Julys, no date.
            let counted = k >= 2
                && self.is_any(k - 2, ONE_OF_MANY)
                && self.tok(self.dot(k + 1)).is_some_and(|n| {
                    n.shape == Shape::Word && !n.capitalized() && !n.is_any(&["of", "and", "or"])
                });
            if counted {
                return None;
            }
            // "last Oct. 23"
            if let Some((end, Sem::MonthDay { month, day, .. })) = self.month_date(k) {
                return Some((end, Sem::MonthDay { month, day, weekday: None, shift: rel }));
            }
            return Some((self.dot(k + 1), Sem::Month { month: m, shift: rel }));
        }
        if let Some(s) = t.season() {
            return Some((k + 1, Sem::Season { season: s, shift: rel }));
        }
        // "last Thanksgiving", "next Christmas"
        if let Some((end, Sem::Holiday { holiday, year: YearRef::Context, .. })) = self.holiday(k) {
            return Some((end, Sem::Holiday { holiday, year: YearRef::Context, shift: rel }));
        }
        None
    }

    /// An amount and a unit: "three years", "48 hours", "a decade",
    /// "five-year", "two days ago", "a year earlier", "weeks".
    fn quantity(&self, i: usize) -> Option<Core> {
        let t = self.tok(i)?;
        // "a quarter point", "a quarter percentage point": a size, not a
        // time.
        if (i..i + 3).any(|k| {
            self.is(k, "quarter") && self.is_any(k + 1, &["point", "points", "percentage"])
        }) {
            return None;
        }
        // "could one day be used", "will one day return": some time ahead.
        if self.is(i, "one")
            && self.is(i + 1, "day")
            && i.checked_sub(1).is_some_and(|p| {
                self.is_any(p, &["could", "would", "might", "may", "will", "can", "should"])
            })
        {
            return Some((i + 2, Sem::Reference(Reference::Future)));
        }
        // "a three-year period", "its one-year term": a noun that is itself
        // a length of time belongs to the expression, and so does an
        // article before it.
        let period = |k: usize| self.is_any(k, &["period", "term", "span", "stretch"]);
        if self.is_any(i, &["a", "an", "the"]) && period(i + 2) {
            if let Some((_, sem @ Sem::Duration { .. })) =
                self.quantity(i + 1).filter(|(end, _)| *end == i + 3)
            {
                return Some((i + 3, sem));
            }
        }
        // Hyphenated: "two-year", "10-year", "52-week", "twenty-five-year";
        // not ages ("58-year-old"). "twenty-five" is a number, read below.
        if t.lower.contains('-') && t.number_word().is_none() && !t.lower.ends_with("-and-a-half") {
            let parts: Vec<&str> = match t.lower.rsplit_once('-') {
                Some((head, tail)) if !tail.is_empty() => vec![head, tail],
                _ => Vec::new(),
            };
            if parts.len() == 2 {
                // "10-12 hours": a range of lengths, read as "10 to 12
                // hours" is, from its lower end.
                if let (Some(a), Some(b)) = (token::digits(parts[0]), token::digits(parts[1])) {
                    let unit = self.tok(i + 1).and_then(|t| t.unit());
                    if let (true, Some((unit, true))) = (a < b, unit) {
                        // "3-5 years ago": that far back, from the nearer end.
                        if self.is(i + 2, "ago") {
                            let sem =
                                Sem::Offset { amount: Some(a), unit, sign: -1, anaphoric: false };
                            return Some((i + 3, sem));
                        }
                        return Some((i + 2, Sem::Duration { amount: Some(a), unit }));
                    }
                }
                let amount = token::number_word(parts[0]).or_else(|| token::digits(parts[0]));
                if let (Some(a), Some((unit, _))) = (amount, token::unit(parts[1])) {
                    // Not ages ("58-year-old") nor fractions
                    // ("three-quarters of the vote").
                    if !(self.punct(i + 1, '-') || self.is(i + 1, "old") || self.is(i + 1, "of")) {
                        let end = if period(i + 1) { i + 2 } else { i + 1 };
                        let a = a * fortnight_weeks(parts[1]);
                        return Some((end, Sem::Duration { amount: Some(a), unit }));
                    }
                }
                // "several-year", "many-month": a vague amount.
                if matches!(parts[0], "several" | "many" | "few") {
                    if let Some((unit, false)) = token::unit(parts[1]) {
                        if !(self.punct(i + 1, '-') || self.is(i + 1, "old")) {
                            return Some((i + 1, Sem::Duration { amount: None, unit }));
                        }
                    }
                }
                // "decades-long", "years-long"; "day-long" is one day.
                if parts[1] == "long" {
                    match token::unit(parts[0]) {
                        Some((unit, true)) => {
                            return Some((i + 1, Sem::Duration { amount: None, unit }));
                        }
                        Some((unit, false)) => {
                            let a = fortnight_weeks(parts[0]);
                            return Some((i + 1, Sem::Duration { amount: Some(a), unit }));
                        }
                        None => {}
                    }
                }
            }
            return None;
        }
        // "the nine months", "the four days": a length of time with its
        // determiner.
        if self.is(i, "the") {
            let (a, k) = self.number(i + 1)?;
            let (unit, true) = self.tok(k).and_then(|t| t.unit())? else {
                return None;
            };
            if self.is(k + 1, "ago") || self.is_any(k + 1, &["old", "earlier", "later"]) {
                return None;
            }
            return Some((k + 1, Sem::Duration { amount: Some(a), unit }));
        }
        let (amount, _approx, j) = match self.amount(i) {
            Some(a) => a,
            None => {
                // A bare plural unit: "years", "weeks ago".
                let (unit, true) = t.unit()? else { return None };
                // "pupils in years 11 and 13": school years, numbered.
                if self.tok(i + 1).is_some_and(|n| n.shape == Shape::Number) {
                    return None;
                }
                let prev = i.checked_sub(1).map_or("", |p| self.w(p));
                // "in the early hours after the raid": a part of the night,
                // no length of time.
                if unit == Unit::Hour && matches!(prev, "early" | "small" | "wee") {
                    return None;
                }
                // "in the days that followed", "in the weeks since": some
                // days or weeks after what the text told.
                let followed = self.is_any(i + 1, &["that", "which"])
                    && self.is_any(i + 2, &["followed", "ensued", "came"]);
                let since = self.is(i + 1, "since")
                    || self.is(i + 1, "after")
                        && self.tok(i + 2).is_none_or(|t| t.shape == Shape::Punct);
                if prev == "the" && (followed || since) {
                    return Some((i + 1, Sem::Duration { amount: None, unit }));
                }
                // "within minutes", "in seconds", "minutes after the bell";
                // not a meeting's minutes.
                if matches!(unit, Unit::Second | Unit::Minute)
                    && !matches!(prev, "within" | "in" | "for" | "after" | "took" | "lasted")
                    && !self.is_any(i + 1, &["after", "before", "later", "earlier", "ago"])
                {
                    return None;
                }
                if self.is(i + 1, "ago") {
                    return Some((
                        i + 2,
                        Sem::Offset { amount: None, unit, sign: -1, anaphoric: false },
                    ));
                }
                // "days after the strikes", "weeks later"
                if self.is_any(i + 1, &["after", "before", "later", "earlier"]) {
                    if self.is_any(i + 1, &["later", "earlier"]) || !self.starts_noun_phrase(i + 2)
                    {
                        let sign = if self.is_any(i + 1, &["after", "later"]) { 1 } else { -1 };
                        return Some((
                            i + 2,
                            Sem::Offset { amount: None, unit, sign, anaphoric: true },
                        ));
                    }
                    return Some((i + 1, Sem::Duration { amount: None, unit }));
                }
                if matches!(
                    prev,
                    "for"
                        | "within"
                        | "over"
                        | "in"
                        | "after"
                        | "took"
                        | "take"
                        | "lasted"
                        | "last"
                        | "spent"
                        | "spend"
                ) || self.is(i + 1, "or") && token::unit(self.w(i + 2)).is_some()
                {
                    let end = if self.is(i + 1, "or") && token::unit(self.w(i + 2)).is_some() {
                        i + 3
                    } else {
                        i + 1
                    };
                    return Some((end, Sem::Duration { amount: None, unit }));
                }
                return None;
            }
        };
        // "two to three weeks", "two or three days"; not "sentenced in 2023
        // to four years", where the first number is a year.
        // "between 60 and 90 days" is two lengths, the first taking the
        // unit of the second.
        let between = self.is(j, "and") && i.checked_sub(1).is_some_and(|p| self.is(p, "between"));
        let (j, range) = if self.is_any(j, &["to", "or", "-"]) || between {
            match self.number(j + 1) {
                Some((to, k))
                    if self.tok(k).is_some_and(|t| t.unit().is_some_and(|(_, p)| p))
                        && amount.is_none_or(|from| from < to) =>
                {
                    if let (true, Some((unit, _))) = (between, self.tok(k).and_then(|t| t.unit())) {
                        return Some((j, Sem::Duration { amount, unit }));
                    }
                    (k, true)
                }
                _ => (j, false),
            }
        } else {
            (j, false)
        };
        // "20 more years", "two full days", "eight trading days"
        let j = if self.is_any(
            j,
            &[
                "more",
                "full",
                "whole",
                "straight",
                "consecutive",
                "trading",
                "business",
                "working",
                "calendar",
                "additional",
                "further",
                "long",
            ],
        ) {
            j + 1
        } else {
            j
        };
        let (unit, plural) = self.tok(j).and_then(|t| t.unit())?;
        // A fortnight is two weeks.
        let amount = if self.is_any(j, &["fortnight", "fortnights"]) {
            amount.map(|a| a * 2.0)
        } else {
            amount
        };
        let mut unit_end = j + 1;
        // "a year and a half", "one hour and a half"
        let amount = match amount {
            Some(a) if a.fract() == 0.0 && !plural && self.and_a_half(unit_end) => {
                unit_end += 3;
                Some(a + 0.5)
            }
            // "an hour and a quarter", "two hours and three quarters"
            Some(a) if a.fract() == 0.0 => match self.and_quarters(unit_end) {
                Some((part, end)) => {
                    unit_end = end;
                    Some(a + part)
                }
                None => Some(a),
            },
            _ => amount,
        };
        // "2 hours 18 minutes", "three years and six months": the smaller
        // unit is a fraction of the larger.
        let amount = match (amount, self.smaller_part(unit, unit_end)) {
            (Some(a), Some((part, end))) if a.fract() == 0.0 => {
                unit_end = end;
                Some(a + part)
            }
            _ => amount,
        };
        // "a second person", "a second 48-hour walkout": an ordinal, not a
        // length of time.
        // "A second, weaker storm" opening a sentence is one too.
        let opens =
            i.checked_sub(1).is_none_or(|p| self.tok(p).is_some_and(|t| t.shape == Shape::Punct));
        if unit == Unit::Second
            && !plural
            && self.tok(unit_end).is_some_and(|t| {
                (t.shape != Shape::Punct
                    && !t.is_any(&["ago", "later", "earlier", "or", "and", "before", "after"]))
                    || (opens && t.is_punct(','))
            })
        {
            return None;
        }
        // Ages are not times: "37 years old", "aged 12 years of age".
        if self.is(unit_end, "old") || (self.is(unit_end, "of") && self.is(unit_end + 1, "age")) {
            return None;
        }
        // A fraction, not three months: "a quarter of the market", "three
        // quarters of its sales"; but "several quarters of losses" is time.
        if unit == Unit::Quarter
            && amount.is_some()
            && self.is(unit_end, "of")
            && self.is_any(
                unit_end + 1,
                &["the", "a", "an", "all", "its", "their", "his", "her", "our", "those", "these"],
            )
        {
            return None;
        }
        let is_article = matches!(self.w(i), "a" | "an");
        if amount == Some(1.0) && plural && !range {
            return None;
        }
        // A singular unit after a number other than one is a compound
        // ("a 10 day trip"), still a length of time; after a year-like
        // number it is not a length at all ("1988 second quarter").
        if !plural
            && amount.is_some_and(|a| a != 1.0)
            && (amount.is_some_and(|a| a >= 100.0) || matches!(unit, Unit::Second))
        {
            return None;
        }
        // "a year" after an amount of money or "times" is a frequency:
        // "$5 million a year", "twice a day", "$40 a fortnight from 20
        // September".
        let per_amount = is_article && !plural && {
            let prev = i.checked_sub(1).map_or("", |p| self.w(p));
            matches!(
                prev,
                "times"
                    | "once"
                    | "twice"
                    | "thrice"
                    | "million"
                    | "billion"
                    | "trillion"
                    | "thousand"
                    | "hundred"
                    | "percent"
            ) || self.punct(i.wrapping_sub(1), '%')
                || self.tok(i.wrapping_sub(1)).is_some_and(|t| t.shape == Shape::Number)
                || self.counted_noun_before(i)
                || self.shorter_length_before(i, unit)
        };
        // "ago", "earlier", "later", "from now", "hence"
        let next = self.w(unit_end);
        let offset = |sign: i32, anaphoric: bool, end: usize| {
            Some((end, Sem::Offset { amount, unit, sign, anaphoric }))
        };
        // "in two weeks' time", "in a fortnight's time": that far from now.
        let possessive = self.tok(unit_end).is_some_and(|t| {
            t.shape == Shape::Possessive || (plural && (t.is_punct('\'') || t.is_punct('’')))
        });
        if i > 0 && self.is(i - 1, "in") && possessive && self.is(unit_end + 1, "time") {
            return offset(1, false, unit_end + 2);
        }
        // After "for", over a loose quantifier: "for about a month".
        let after_for = i > 0
            && (self.is(i - 1, "for")
                || (i > 1
                    && self.is(i - 2, "for")
                    && self.is_any(
                        i - 1,
                        &["about", "around", "nearly", "almost", "roughly", "some", "over"],
                    )));
        // "is set for a week from Tuesday": a day fixed, not a length.
        let scheduled_for = i > 1
            && self.is(i - 1, "for")
            && self.is_any(i - 2, &["set", "scheduled", "slated", "planned", "fixed", "booked"]);
        // "a year ago today", "ten years ago today": the day, that many
        // years back.
        let years = match unit {
            Unit::Year => Some(1.0),
            Unit::Decade => Some(10.0),
            Unit::Century => Some(100.0),
            _ => None,
        };
        if let (Some(k), Some(a), "ago") = (years, amount.or(is_article.then_some(1.0)), next) {
            if self.is(unit_end + 1, "today") && a.fract() == 0.0 && a <= 1000.0 {
                let year = YearRef::Deictic(-((a * k) as i32));
                return Some((unit_end + 2, Sem::ThisDay { year }));
            }
            // "fifty years ago this week", "ten years ago this summer": the
            // week, month or season, that many years back.
            if self.is(unit_end + 1, "this") && a.fract() == 0.0 && a <= 1000.0 {
                let years = -((a * k) as i32);
                let after = self.tok(unit_end + 2);
                if let Some(season) = after.and_then(|t| t.season()) {
                    let year = YearRef::Deictic(years);
                    return Some((unit_end + 3, Sem::SeasonOf { season, year }));
                }
                if let Some((unit @ (Unit::Week | Unit::Month), false)) =
                    after.and_then(|t| t.unit())
                {
                    return Some((unit_end + 3, Sem::UnitYearsAgo { unit, years }));
                }
            }
        }
        match next {
            "ago" => return offset(-1, false, unit_end + 1),
            "hence" => return offset(1, false, unit_end + 1),
            "from" if self.is(unit_end + 1, "now") => return offset(1, false, unit_end + 2),
            // "two weeks from Friday", "a month from today": whole units
            // after a day.
            // Not "over four days from Thursday", a length starting then.
            "from"
                if amount.is_some_and(|a| a.fract() == 0.0 && (1.0..=100.0).contains(&a))
                    && (!after_for || scheduled_for)
                    && !per_amount
                    && !i.checked_sub(1).is_some_and(|p| self.is_any(p, &["over", "across"])) =>
            {
                if let Some((end, date)) = self.day_after_from(unit_end + 1) {
                    let amount = amount.unwrap_or(1.0) as i32;
                    return Some((end, Sem::From { amount, unit, date: Box::new(date) }));
                }
            }
            // "earlier" and "later" are adverbs; "before" and "after" are
            // prepositions when a noun phrase follows ("days after the
            // strikes"), which makes the expression a length of time.
            // "two years later than planned": a delay, a length of time.
            "earlier" | "later" if self.is(unit_end + 1, "than") => {}
            // "their first tour in ten years later this month": "later"
            // opens the next expression.
            "earlier" | "later" if self.is_any(unit_end + 1, &["this", "today", "tonight"]) => {}
            // "for about a month afterwards": how long, not when.
            "afterwards" | "afterward" if after_for => {}
            "earlier" | "previously" => return offset(-1, true, unit_end + 1),
            "later" | "afterwards" | "afterward" => return offset(1, true, unit_end + 1),
            // "banned for four years after testing positive": after "for"
            // the amount is a length, whatever follows.
            _ if after_for => {}
            "before" | "prior" if !self.starts_noun_phrase(unit_end + 1) => {
                return offset(-1, true, unit_end + 1);
            }
            "after" if !self.starts_noun_phrase(unit_end + 1) => {
                return offset(1, true, unit_end + 1);
            }
            _ => {}
        }
        if matches!(unit, Unit::Weekend) {
            return None;
        }
        // "in five years", "in two weeks": a point that far ahead when the
        // clause looks ahead; the caller decides with the tense.
        // Not when a relative clause follows: "in a quarter that produced a
        // loss" is some quarter, not one from now.
        // Nor after a superlative: "the lowest level in six years", "the
        // first time in a decade" reach back over that span.
        let superlative = (i.saturating_sub(5)..i.saturating_sub(1)).any(|k| {
            let w = self.w(k);
            (w.len() > 5 && w.ends_with("est") && !matches!(w, "interest" | "request" | "protest"))
                || matches!(w, "best" | "worst" | "first" | "most" | "least")
        });
        // Nor after a count: "climbs it twice in one day", "three times
        // in a week" say how often within that span.
        let counted = i >= 2 && self.is_any(i - 2, &["once", "twice", "thrice", "times"]);
        if i > 0
            && self.is(i - 1, "in")
            && amount.is_some()
            && !superlative
            && !counted
            && !self.is_any(unit_end, &["of", "that", "which", "when", "where"])
        {
            return Some((unit_end, Sem::InFuture { amount, unit }));
        }
        // Not "cut the rate to 19p a year earlier than planned".
        let offset = self.is_any(unit_end, &["earlier", "later", "before", "after", "ago"]);
        if per_amount && !offset {
            return Some((unit_end, Sem::Set(self.each(unit_end - 1, unit, false))));
        }
        Some((unit_end, Sem::Duration { amount, unit }))
    }

    /// A day next to a named one: "the day after Christmas", "the Sunday
    /// after Thanksgiving", "the Friday before Easter", "the day before
    /// March 3".
    fn beside(&self, i: usize) -> Option<Core> {
        if !self.is(i, "the") || !self.is_any(i + 2, &["before", "after"]) {
            return None;
        }
        let weekday = if self.is(i + 1, "day") { None } else { Some(self.weekday_at(i + 1)?) };
        let (end, date) = self.day_after_from(i + 3).or_else(|| self.feast(i + 3))?;
        let after = self.is(i + 2, "after");
        Some((end, Sem::Beside { weekday, after, date: Box::new(date) }))
    }

    /// The day "two weeks from …" counts from: a weekday, "today",
    /// "tomorrow" or a date with its day.
    fn day_after_from(&self, i: usize) -> Option<Core> {
        let (end, sem) =
            self.weekday_expr(i).or_else(|| self.month_date(i)).or_else(|| self.day_word(i))?;
        let a_day = match &sem {
            Sem::Weekday { .. } | Sem::MonthDay { .. } => true,
            Sem::Absolute(v) => matches!(v, DateValue::Day(_)),
            Sem::Deictic { unit: Unit::Day, .. } => true,
            _ => false,
        };
        a_day.then_some((end, sem))
    }

    /// A holiday as a whole day, not a part of it ("Good Friday morning").
    fn feast(&self, i: usize) -> Option<Core> {
        self.holiday(i).filter(|(_, s)| matches!(s, Sem::Holiday { .. }))
    }

    /// Whether the sentence reports a game: its halves and quarters are
    /// the game's, not the year's.
    fn about_a_game(&self) -> bool {
        self.t.iter().any(|t| t.is_in(&GAME_WORDS))
    }

    /// Whether a counted plural noun ends right before `i`: "30,000
    /// vehicles a day", "two meals a day", "five new cases a week".
    /// Whether a length in a smaller unit comes just before: "12 hours a
    /// day", "six days a week" are rates.
    fn shorter_length_before(&self, i: usize, unit: Unit) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|k| self.tok(k)) else { return false };
        let counted = i >= 2
            && self.tok(i - 2).is_some_and(|t| {
                (t.shape == Shape::Number && !t.text.contains(':')) || t.number_word().is_some()
            });
        counted && prev.unit().is_some_and(|(shorter, _)| shorter < unit)
    }

    fn counted_noun_before(&self, i: usize) -> bool {
        let Some(noun) = i.checked_sub(1).and_then(|k| self.tok(k)) else { return false };
        let plural = noun.shape == Shape::Word
            && ((noun.lower.len() > 3
                && noun.lower.ends_with('s')
                && !noun.lower.ends_with("ss")
                && noun.unit().is_none())
                || noun.is_any(&["people", "children", "men", "women", "staff", "police"]));
        // "one major fiscal event a year", "a single meeting a month": one
        // of something, over up to two adjectives.
        let one = noun.shape == Shape::Word
            && !plural
            && noun.unit().is_none()
            && (i.saturating_sub(4)..i - 1).any(|k| self.is_any(k, &["one", "single"]));
        one || plural
            && (i.saturating_sub(4)..i - 1).any(|k| {
                self.tok(k).is_some_and(|t| {
                    (t.shape == Shape::Number && !t.text.contains(':'))
                        || t.number_word().is_some_and(|n| n >= 2.0)
                })
            })
    }

    /// Whether a noun phrase or a clause starts at `i` ("the strikes",
    /// "his arrest", "he was killed"), which makes "after" a preposition
    /// or a conjunction rather than an adverb.
    fn starts_noun_phrase(&self, i: usize) -> bool {
        match self.tok(i) {
            None => false,
            Some(t) if t.shape == Shape::Punct => false,
            Some(t) => !matches!(
                &*t.lower,
                "and"
                    | "but"
                    | "or"
                    | "when"
                    | "that"
                    | "which"
                    | "as"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "had"
                    | "has"
                    | "have"
                    | "will"
                    | "would"
                    | "could"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "by"
                    | "for"
                    | "with"
                    | "from"
            ),
        }
    }

    /// References to the present, past and future: "now", "currently",
    /// "current" before a noun, "recently", "the past", "the future",
    /// "former".
    fn reference(&self, i: usize) -> Option<Core> {
        // "Now, the question is …": opening a sentence with a comma after
        // it, "now" turns the discourse rather than naming a time.
        if self.is(i, "now")
            && self.punct(i + 1, ',')
            && self.t[..i].iter().all(|t| t.shape == Shape::Punct)
        {
            return None;
        }
        let r = match self.w(i) {
            "now" | "currently" | "nowadays" | "presently" => Reference::Present,
            // "as recently as January": the date says when.
            "recently" if i > 0 && self.is(i - 1, "as") && self.is(i + 1, "as") => return None,
            "recently" | "lately" => Reference::Past,
            "current"
                if self.tok(i + 1).is_some_and(|t| {
                    t.shape == Shape::Word && !t.is_any(&["account", "accounts", "affairs"])
                }) && !self.is(i + 1, "and") =>
            {
                Reference::Present
            }
            "former" if self.options.former => Reference::Past,
            // Not "the future king", "the future site of the stadium": an
            // adjective, before a noun and after no preposition.
            "the" if self.is(i + 1, "future") && !self.future_as_adjective(i) => {
                return Some((i + 2, Sem::Reference(Reference::Future)));
            }
            "the"
                if self.is(i + 1, "past")
                    && !self.tok(i + 2).is_some_and(|t| {
                        t.unit().is_some()
                            || t.shape == Shape::Number
                            || t.number_word().is_some()
                            || matches!(&*t.lower, "few" | "several")
                    }) =>
            {
                return Some((i + 2, Sem::Reference(Reference::Past)));
            }
            "the"
                if self.is(i + 1, "present")
                    && !self.tok(i + 2).is_some_and(|t| {
                        t.shape == Shape::Word && !t.is_any(&["and", "or", "but"])
                    }) =>
            {
                return Some((i + 2, Sem::Reference(Reference::Present)));
            }
            "these" if self.is(i + 1, "days") => {
                return Some((i + 2, Sem::Reference(Reference::Present)));
            }
            // "the near future", "the near term", "the short term"
            "the"
                if self.is_any(i + 1, &["near", "short", "foreseeable"])
                    && self.is_any(i + 2, &["future", "term"]) =>
            {
                return Some((i + 3, Sem::Reference(Reference::Future)));
            }
            // "the weeks ahead", "the months ahead"
            "the"
                if self.tok(i + 1).and_then(|t| t.unit()).is_some_and(|(_, plural)| plural)
                    && self.is(i + 2, "ahead") =>
            {
                return Some((i + 3, Sem::Reference(Reference::Future)));
            }
            "a" if self.is(i + 1, "later") && self.is(i + 2, "date") => {
                return Some((i + 3, Sem::Reference(Reference::Future)));
            }
            "recent"
                if self.is(i + 1, "weeks") && self.is(i + 2, "and") && self.is(i + 3, "months") =>
            {
                return Some((i + 4, Sem::Reference(Reference::Past)));
            }
            _ => return None,
        };
        // "right now", "just now": the adverb stays out.
        Some((i + 1, Sem::Reference(r)))
    }

    /// Sets: "every Monday", "each year", "daily", "annually", "Mondays".
    fn set(&self, i: usize) -> Option<Core> {
        if let Some(often) = self.how_often(i) {
            return Some(often);
        }
        let t = self.tok(i)?;
        let period = |unit| Some((i + 1, Sem::Set(set_period(unit))));
        // "twice-weekly", "once-yearly": the period, as "twice a week" is.
        let often = match t.lower.split_once('-') {
            Some(("once" | "twice" | "thrice", tail)) => tail,
            _ => &*t.lower,
        };
        match often {
            "daily" | "nightly" => return period(Unit::Day),
            "weekly" => return period(Unit::Week),
            "fortnightly" => return Some((i + 1, Sem::Set(set_every(Some(2.0), Unit::Week)))),
            "monthly" => return period(Unit::Month),
            "annually" | "yearly" => return period(Unit::Year),
            "hourly" => return period(Unit::Hour),
            // "the board meets quarterly", not "quarterly results", which
            // names a report, not how often anything happens.
            "quarterly"
                if self.tok(i + 1).is_none_or(|n| {
                    n.shape != Shape::Word || n.is_any(&["and", "or", "in", "on", "at", "since"])
                }) =>
            {
                return period(Unit::Quarter);
            }
            _ => {}
        }
        // "open on weekends", "at weekends", "most weekends": each one;
        // "on weekdays" likewise.
        if t.is_any(&["weekends", "weekdays"])
            && i.checked_sub(1).is_some_and(|p| {
                self.is_any(p, &["on", "at", "during", "over", "most", "some", "all", "alternate"])
            })
        {
            let code = if t.is("weekends") { "WE" } else { "WD" };
            return Some((i + 1, Sem::Set(format!("XXXX-WXX-{code}"))));
        }
        if let Some(d) = token::weekday_plural(&t.lower).filter(|_| t.capitalized()) {
            let mut end = i + 1;
            let mut value = format!("XXXX-WXX-{}", d.number_from_monday());
            if let Some(p) = self.w(end).strip_suffix('s').and_then(token::day_part) {
                value.push('T');
                value.push_str(p.code());
                end += 1;
            }
            let end = self.set_clock(end, &mut value);
            return Some((end, Sem::Set(value)));
        }
        // "every Tuesday and Friday", "each Monday and Thursday morning":
        // the second day recurs too.
        if let Some(d) = self.weekday_at(i).filter(|_| self.after_every_weekday(i)) {
            return Some(self.weekday_set(d, i + 1));
        }
        // "on Tues., Wed. and Thurs. each week", "Monday to Thursday every
        // week": days of every week.
        if let Some(d) = self.weekday_at(i).filter(|_| self.before_each_week(i)) {
            return Some(self.weekday_set(d, self.dot(i + 1)));
        }
        // "Tuesday and Friday nights": the first day recurs on those
        // nights too.
        if let (Some(d), Some(p)) = (self.weekday_at(i), self.shared_plural_part(i)) {
            let value = format!("XXXX-WXX-{}T{}", d.number_from_monday(), p.code());
            return Some((i + 1, Sem::Set(value)));
        }
        // "Tuesday nights": a weekday and a part of the day, both recurring.
        if let Some(d) = self.weekday_at(i) {
            let p = self.w(self.dot(i + 1)).strip_suffix('s').and_then(token::day_part)?;
            let value = format!("XXXX-WXX-{}T{}", d.number_from_monday(), p.code());
            return Some((self.dot(i + 1) + 1, Sem::Set(value)));
        }
        if !matches!(&*t.lower, "every" | "each" | "per") {
            return None;
        }
        // "each of the past three years": every one of them.
        if self.is(i, "each") && self.is(i + 1, "of") {
            if let Some((end, Sem::Duration { unit, .. })) = self.relational(i + 2) {
                return Some((end, Sem::Set(set_period(unit))));
            }
        }
        // "every second week", "every third year": one in so many; "every
        // second Tuesday": that weekday, not a second of time ("a car is
        // sold every second" still is).
        if self.is(i, "every") {
            let nth = match self.w(i + 1) {
                "second" => Some(2.0),
                "third" => Some(3.0),
                "fourth" => Some(4.0),
                _ => None,
            };
            if let Some(n) = nth {
                if let Some((unit, false)) = self.tok(i + 2).and_then(|t| t.unit()) {
                    return Some((i + 3, Sem::Set(set_every(Some(n), unit))));
                }
                if let Some(d) = self.weekday_at(i + 2) {
                    return Some(self.weekday_set(d, i + 3));
                }
            }
        }
        let other = self.is(i + 1, "other");
        let j = if other { i + 2 } else { i + 1 };
        // "every half hour", "every half-hour", "every quarter of an
        // hour", "every quarter-hour": so many minutes.
        if !other {
            let (minutes, end) = match self.w(j) {
                "half-hour" => (30.0, j + 1),
                "quarter-hour" => (15.0, j + 1),
                "half" | "quarter" if self.is(j + 1, "hour") => {
                    (if self.is(j, "half") { 30.0 } else { 15.0 }, j + 2)
                }
                "half" | "quarter"
                    if self.is(j + 1, "of") && self.is(j + 2, "an") && self.is(j + 3, "hour") =>
                {
                    (if self.is(j, "half") { 30.0 } else { 15.0 }, j + 4)
                }
                _ => (0.0, j),
            };
            if end > j {
                return Some((end, Sem::Set(set_every(Some(minutes), Unit::Minute))));
            }
        }
        // "every year on November 11": that day of any year.
        if self.is(j, "year") && self.is(j + 1, "on") {
            if let Some(day) = self.month_day_set(j + 2) {
                return Some(day);
            }
        }
        if let Some((unit, false)) = self.tok(j).and_then(|t| t.unit()) {
            // "every other week", "every fortnight"
            return Some((j + 1, Sem::Set(self.each(j, unit, other))));
        }
        if self.is(i, "per") {
            return None;
        }
        // "every six months", "every 15 minutes", "every few years".
        if self.is(i, "every") {
            if let Some((amount, _, k)) = self.amount(j).filter(|(_, _, k)| *k > j) {
                // "every two or three weeks": as often as the first says.
                let k = match self.number(k + 1) {
                    Some((_, after)) if self.is_any(k, &["or", "to"]) => after,
                    _ => k,
                };
                if let Some((unit, true)) = self.tok(k).and_then(|t| t.unit()) {
                    return Some((k + 1, Sem::Set(set_every(amount, unit))));
                }
            }
        }
        if let Some(d) = self.weekday_at(j) {
            return Some(self.weekday_set(d, j + 1));
        }
        // "every weekday from 7.45am"
        if self.is(j, "weekday") {
            let mut value = "XXXX-WXX-WD".to_string();
            let end = self.set_clock(j + 1, &mut value);
            return Some((end, Sem::Set(value)));
        }
        // "every November 11", "every 11 November"
        if let Some(day) = self.month_day_set(j) {
            return Some(day);
        }
        if let Some(m) = self.month_at(j) {
            return Some((self.dot(j + 1), Sem::Set(format!("XXXX-{m:02}"))));
        }
        // "every Christmas", "each Boxing Day": a feast of a fixed day.
        if let Some((
            end,
            Sem::Holiday { holiday: Holiday::Fixed(m, d), year: YearRef::Context, .. },
        )) = self.holiday(j)
        {
            return Some((end, Sem::Set(format!("XXXX-{m:02}-{d:02}"))));
        }
        if let Some(s) = token::season(self.w(j)) {
            let code = match s {
                Season::Spring => "SP",
                Season::Summer => "SU",
                Season::Fall => "FA",
                Season::Winter => "WI",
            };
            return Some((j + 1, Sem::Set(format!("XXXX-{code}"))));
        }
        if let Some(p) = token::day_part(self.w(j)) {
            return Some((j + 1, Sem::Set(format!("XXXX-XX-XXT{}", p.code()))));
        }
        None
    }

    /// "November 11" or "11 November" at `i`, with no year, as a day of
    /// every year.
    fn month_day_set(&self, i: usize) -> Option<Core> {
        let (m, d, end) = if let Some(m) = self.month_at(i) {
            let (d, end) = self.day_at(self.dot(i + 1))?;
            (m, d, end)
        } else {
            let (d, k) = self.day_at(i)?;
            let k = if self.is(k, "of") { k + 1 } else { k };
            (self.month_at(k)?, d, self.dot(k + 1))
        };
        if self.year_at(end).is_some()
            || self.tok(i).is_some_and(|t| t.shape == Shape::Word && t.ordinal().is_some())
        {
            return None;
        }
        Some((end, Sem::Set(format!("XXXX-{m:02}-{d:02}"))))
    }

    /// How often, over its count: "twice a week", "three times a year",
    /// "three days a week", "once per month". The period recurs; the
    /// count is how many times in it.
    fn how_often(&self, i: usize) -> Option<Core> {
        let k = if self.is_any(i, &["once", "twice", "thrice"]) {
            i + 1
        } else {
            let (_, _, k) = self.amount(i).filter(|&(a, _, k)| k > i && a.is_some())?;
            match self.tok(k).and_then(|t| t.unit()) {
                Some((_, true)) => k + 1,
                _ if self.is(k, "times") => k + 1,
                _ => return None,
            }
        };
        if !self.is_any(k, &["a", "an", "per", "each", "every"]) {
            return None;
        }
        let (unit, false) = self.tok(k + 1).and_then(|t| t.unit())? else { return None };
        Some((k + 2, Sem::Set(self.each(k + 1, unit, false))))
    }

    /// The period a set recurs with, its unit word at `j`: every one, or
    /// every two for "every other week" and a fortnight, two weeks.
    fn each(&self, j: usize, unit: Unit, other: bool) -> String {
        if other || self.is(j, "fortnight") { set_every(Some(2.0), unit) } else { set_period(unit) }
    }

    /// "the month", "the week" after a part of it ("the end of the month",
    /// "the last day of the month"): the current one.
    fn the_current(&self, k: usize) -> Option<Core> {
        let (unit, false) = self.tok(k + 1).and_then(|t| t.unit())? else { return None };
        (self.is(k, "the") && !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour))
            .then_some((k + 2, Sem::Deictic { unit, shift: 0 }))
    }

    /// A weekday recurring, its name ending before `after`: with a part of
    /// the day ("every Monday morning") and a clock time ("every Friday at
    /// 10:00") when they follow.
    fn weekday_set(&self, day: Weekday, after: usize) -> Core {
        let mut end = self.dot(after);
        let mut value = format!("XXXX-WXX-{}", day.number_from_monday());
        if let Some(p) = token::day_part(self.w(end)) {
            value.push('T');
            value.push_str(p.code());
            end += 1;
        }
        let end = self.set_clock(end, &mut value);
        (end, Sem::Set(value))
    }

    /// "every Friday at 10:00": the clock time the set keeps, written into
    /// its value (XXXX-WXX-5T10:00), and where the set then ends.
    fn set_clock(&self, end: usize, value: &mut String) -> usize {
        if !self.is(end, "at") || value.contains('T') {
            return end;
        }
        match self.clock(end + 1) {
            Some((after, Sem::Clock { base: None, hour, minute, .. })) if hour < 24 => {
                value.push_str(&format!("T{hour:02}:{minute:02}"));
                after
            }
            _ => end,
        }
    }

    /// The recurring part of the day a weekday at `i` shares with the next
    /// one: "(Tuesday) and Friday nights".
    fn shared_plural_part(&self, i: usize) -> Option<DayPart> {
        if !(self.is_any(i + 1, &["and", "or"]) && self.weekday_at(i + 2).is_some()) {
            return None;
        }
        self.w(i + 3).strip_suffix('s').and_then(token::day_part)
    }

    /// Whether the weekday at `i`, or the list or range of weekdays it
    /// opens, is followed by "each week" or "every week".
    fn before_each_week(&self, i: usize) -> bool {
        let mut k = i;
        while self.weekday_at(k).is_some()
            || self.punct(k, '.')
            || self.punct(k, ',')
            || self.punct(k, '-')
            || self.punct(k, '–')
            || self.is_any(k, &["and", "or", "to", "through"])
        {
            k += 1;
            if k > i + 12 {
                return false;
            }
        }
        k > i && self.is_any(k, &["each", "every"]) && self.is(k + 1, "week")
    }

    /// Whether the weekday at `i` is joined by "and", "or" or a comma to
    /// one after "every" or "each".
    fn after_every_weekday(&self, i: usize) -> bool {
        if i < 3 || !(self.is_any(i - 1, &["and", "or"]) || self.punct(i - 1, ',')) {
            return false;
        }
        // The weekday before, with a part of the day or not.
        let k = if token::day_part(self.w(i - 2)).is_some() { i - 3 } else { i - 2 };
        let k = if self.punct(k, '.') && k > 0 { k - 1 } else { k };
        // "every Tuesday, Thursday and Saturday": down the list.
        k > 0
            && self.weekday_at(k).is_some()
            && (self.is_any(k - 1, &["every", "each"]) || self.after_every_weekday(k))
    }

    /// Holidays: "Christmas", "Christmas Eve", "New Year's Day",
    /// "Thanksgiving", "Easter", "Labor Day".
    fn holiday(&self, i: usize) -> Option<Core> {
        if !self.cap(i) {
            return None;
        }
        let day = |j: usize| if self.is(j, "day") { j + 1 } else { j };
        let (holiday, end) = match self.w(i) {
            "christmas" if self.is(i + 1, "eve") => (Holiday::Fixed(12, 24), i + 2),
            "christmas" => (Holiday::Fixed(12, 25), day(i + 1)),
            "new"
                if self.is(i + 1, "year")
                    && self.tok(i + 2).is_some_and(|t| t.shape == Shape::Possessive) =>
            {
                if self.is(i + 3, "eve") {
                    (Holiday::Fixed(12, 31), i + 4)
                } else if self.is(i + 3, "day") {
                    (Holiday::Fixed(1, 1), i + 4)
                } else {
                    return None;
                }
            }
            // "over Christmas and New Year", "at New Year": the day, in
            // capitals and with no article ("the new year" is the year).
            "new"
                if self.cap(i)
                    && self.is(i + 1, "year")
                    && self.cap(i + 1)
                    && !self.tok(i + 2).is_some_and(|t| {
                        t.shape == Shape::Possessive
                            // "the New Year sales period": a noun's modifier
                            || (t.shape == Shape::Word
                                && !t.capitalized()
                                && !t.is_any(AFTER_A_HOLIDAY))
                    })
                    && !i.checked_sub(1).is_some_and(|p| {
                        self.is_any(p, &["the", "a", "this", "next", "last", "happy", "lunar"])
                            || self.cap(p)
                    }) =>
            {
                (Holiday::Fixed(1, 1), i + 2)
            }
            "thanksgiving" => (Holiday::NthWeekday(11, Weekday::Thu, 4), day(i + 1)),
            // "Orthodox Easter", "Orthodox Christmas" (January 7).
            "orthodox" if self.is(i + 1, "easter") => {
                let end = if self.is(i + 2, "sunday") { i + 3 } else { i + 2 };
                (Holiday::OrthodoxEaster, end)
            }
            "orthodox" if self.is(i + 1, "christmas") => {
                if self.is(i + 2, "eve") {
                    (Holiday::Fixed(1, 6), i + 3)
                } else {
                    (Holiday::Fixed(1, 7), day(i + 2))
                }
            }
            "easter" if self.is(i + 1, "monday") => (Holiday::Easter(1), i + 2),
            "easter" if self.is(i + 1, "sunday") => (Holiday::Easter(0), i + 2),
            "easter" => (Holiday::Easter(0), i + 1),
            "good" if self.is(i + 1, "friday") => (Holiday::Easter(-2), i + 2),
            "black" if self.is(i + 1, "friday") => (Holiday::AfterThanksgiving(1), i + 2),
            "cyber" if self.is(i + 1, "monday") => (Holiday::AfterThanksgiving(4), i + 2),
            "halloween" => (Holiday::Fixed(10, 31), i + 1),
            "juneteenth" => (Holiday::Fixed(6, 19), i + 1),
            "pentecost" | "whitsun" => (Holiday::Easter(49), i + 1),
            "whit" if self.is(i + 1, "sunday") => (Holiday::Easter(49), i + 2),
            "shrove" if self.is(i + 1, "tuesday") => (Holiday::Easter(-47), i + 2),
            "holy" if self.is(i + 1, "saturday") => (Holiday::Easter(-1), i + 2),
            "hogmanay" => (Holiday::Fixed(12, 31), i + 1),
            "may" if self.is(i + 1, "day") && self.cap(i + 1) => (Holiday::Fixed(5, 1), i + 2),
            "bonfire" if self.is(i + 1, "night") && self.cap(i + 1) => {
                (Holiday::Fixed(11, 5), i + 2)
            }
            // "St Patrick's Day", "St. Patrick's Day"
            "st" => {
                let j = self.dot(i + 1);
                if self.is(j, "patrick")
                    && self.tok(j + 1).is_some_and(|t| t.shape == Shape::Possessive)
                    && self.is(j + 2, "day")
                {
                    (Holiday::Fixed(3, 17), j + 3)
                } else {
                    return None;
                }
            }
            // "Martin Luther King Day", "Martin Luther King Jr. Day"
            "martin" if self.is(i + 1, "luther") && self.is(i + 2, "king") => {
                let day = if self.is(i + 3, "jr") { self.dot(i + 4) } else { i + 3 };
                if !self.is(day, "day") {
                    return None;
                }
                (Holiday::NthWeekday(1, Weekday::Mon, 3), day + 1)
            }
            "whit" if self.is(i + 1, "monday") => (Holiday::Easter(50), i + 2),
            "ascension" if self.is(i + 1, "day") => (Holiday::Easter(39), i + 2),
            "ash" if self.is(i + 1, "wednesday") => (Holiday::Easter(-46), i + 2),
            "palm" if self.is(i + 1, "sunday") => (Holiday::Easter(-7), i + 2),
            "maundy" if self.is(i + 1, "thursday") => (Holiday::Easter(-3), i + 2),
            "bastille" if self.is(i + 1, "day") => (Holiday::Fixed(7, 14), i + 2),
            "australia" if self.is(i + 1, "day") => (Holiday::Fixed(1, 26), i + 2),
            "canada" if self.is(i + 1, "day") => (Holiday::Fixed(7, 1), i + 2),
            "anzac" if self.is(i + 1, "day") => (Holiday::Fixed(4, 25), i + 2),
            "veterans" | "remembrance" | "armistice" if self.is(i + 1, "day") => {
                (Holiday::Fixed(11, 11), i + 2)
            }
            "remembrance" if self.is(i + 1, "sunday") => {
                (Holiday::NthWeekday(11, Weekday::Sun, 2), i + 2)
            }
            "presidents" if self.is(i + 1, "day") => {
                (Holiday::NthWeekday(2, Weekday::Mon, 3), i + 2)
            }
            "columbus" if self.is(i + 1, "day") => {
                (Holiday::NthWeekday(10, Weekday::Mon, 2), i + 2)
            }
            "boxing" if self.is(i + 1, "day") => (Holiday::Fixed(12, 26), i + 2),
            // "Mother's Day" as most countries keep it, the second Sunday
            // of May; Britain's "Mothering Sunday" is three weeks before
            // Easter.
            "mother" | "mothers" | "father" | "fathers"
                if self.tok(i + 1).is_some_and(|t| t.shape == Shape::Possessive)
                    && self.is(i + 2, "day")
                    && self.cap(i + 2) =>
            {
                let holiday = if self.w(i).starts_with('m') {
                    Holiday::NthWeekday(5, Weekday::Sun, 2)
                } else {
                    Holiday::NthWeekday(6, Weekday::Sun, 3)
                };
                (holiday, i + 3)
            }
            "mothering" if self.is(i + 1, "sunday") => (Holiday::Easter(-21), i + 2),
            // Britain's bank holidays: "the August bank holiday" is the last
            // Monday of August, "the May bank holiday" the first of May.
            "august" | "may" | "spring" | "summer"
                if self.is(i + 1, "bank") && self.is(i + 2, "holiday") =>
            {
                let holiday = match self.w(i) {
                    "may" => Holiday::NthWeekday(5, Weekday::Mon, 1),
                    "spring" => Holiday::NthWeekday(5, Weekday::Mon, 5),
                    _ => Holiday::NthWeekday(8, Weekday::Mon, 5),
                };
                (holiday, i + 3)
            }
            "independence" if self.is(i + 1, "day") => (Holiday::Fixed(7, 4), i + 2),
            "labor" | "labour" if self.is(i + 1, "day") => {
                (Holiday::NthWeekday(9, Weekday::Mon, 1), i + 2)
            }
            "memorial" if self.is(i + 1, "day") => (Holiday::NthWeekday(5, Weekday::Mon, 5), i + 2),
            "election" if self.is(i + 1, "day") && self.cap(i + 1) => (Holiday::ElectionDay, i + 2),
            "valentine"
                if self.tok(i + 1).is_some_and(|t| t.shape == Shape::Possessive)
                    && self.is(i + 2, "day") =>
            {
                (Holiday::Fixed(2, 14), i + 3)
            }
            "passover" | "pesach" => (Holiday::Hebrew(HebrewHoliday::Passover), i + 1),
            "rosh" if self.is_any(i + 1, &["hashanah", "hashana"]) => {
                (Holiday::Hebrew(HebrewHoliday::RoshHashanah), i + 2)
            }
            "yom" if self.is(i + 1, "kippur") => (Holiday::Hebrew(HebrewHoliday::YomKippur), i + 2),
            "hanukkah" | "chanukah" | "hanukah" => {
                (Holiday::Hebrew(HebrewHoliday::Hanukkah), i + 1)
            }
            // "Eid al-Fitr", "Eid ul-Adha", "Eid al Fitr"; "Eid" alone may
            // be either.
            "eid" => {
                let (name, end) = match self.w(i + 1) {
                    "al" | "ul" | "el" => (self.w(i + 2), i + 3),
                    joined => (joined.split_once('-').map_or("", |(_, name)| name), i + 2),
                };
                match name {
                    "fitr" => (Holiday::Islamic(IslamicHoliday::EidAlFitr), end),
                    "adha" => (Holiday::Islamic(IslamicHoliday::EidAlAdha), end),
                    _ => return None,
                }
            }
            // "Lunar New Year", "Chinese New Year", "the Spring Festival";
            // not "New Year's Day", read above.
            "lunar" | "chinese" | "vietnamese" | "korean"
                if self.is(i + 1, "new") && self.is(i + 2, "year") && self.cap(i + 1) =>
            {
                (Holiday::LunarNewYear, i + 3)
            }
            "spring" if self.is(i + 1, "festival") && self.cap(i + 1) => {
                (Holiday::LunarNewYear, i + 2)
            }
            _ => return None,
        };
        // "the Easter Rising", "the Boxing Day Tsunami", "Christmas
        // Island": a holiday opening the name of a thing is no date.
        if self.names_a_thing(end) {
            return None;
        }
        // "Christmas 2016", "Eid al-Fitr last year".
        let (year, end) = match self.year_at(end) {
            Some(y) => (YearRef::Absolute(y), end + 1),
            None => match self.year_shift_at(end) {
                Some(shift) => (YearRef::Deictic(shift), end + 2),
                None => (YearRef::Context, end),
            },
        };
        let sem = Sem::Holiday { holiday, year, shift: Shift::Context };
        // "Good Friday morning", "Christmas Eve night"
        if let Some(part) = token::day_part(self.w(end)) {
            return Some((end + 1, Sem::DayPart { base: Box::new(sem), part }));
        }
        // "Labor Day weekend", "the Easter weekend": the weekend of the
        // holiday, or before a Monday one.
        if self.is(end, "weekend") {
            return Some((end + 1, Sem::UnitOf { unit: Unit::Weekend, date: Box::new(sem) }));
        }
        Some((end, sem))
    }

    /// "that day", "that year", "the day before", "the night before".
    fn anaphoric(&self, i: usize) -> Option<Core> {
        // "warned that winter temperatures would fall": after a verb of
        // saying or thinking, "that" opens a clause.
        let conjunction = || {
            i > 0
                && self.is_any(
                    i - 1,
                    &[
                        "said",
                        "says",
                        "say",
                        "warned",
                        "warns",
                        "warn",
                        "told",
                        "tells",
                        "believe",
                        "believes",
                        "believed",
                        "fear",
                        "fears",
                        "feared",
                        "hope",
                        "hopes",
                        "hoped",
                        "expect",
                        "expects",
                        "expected",
                        "predicted",
                        "predicts",
                        "noted",
                        "added",
                        "claimed",
                        "insisted",
                        "argued",
                        "announced",
                        "reported",
                        "stressed",
                    ],
                )
        };
        if self.is(i, "that") && !conjunction() {
            // "that spring": the season of the year under discussion ("that
            // fall" is as often a fall in prices).
            if let Some(season) = self.tok(i + 1).filter(|t| !t.is("fall")).and_then(|t| t.season())
            {
                return Some((i + 2, Sem::SeasonThen(season, 0)));
            }
            // "that October": the month of the year under discussion; not
            // "warned that December would be difficult", where "that" is a
            // conjunction and a verb follows the month.
            let verb_after = self.is_any(
                i + 2,
                &["would", "will", "was", "is", "has", "had", "could", "might", "should", "saw"],
            );
            if let Some(m) = self.month_at(i + 1).filter(|_| self.cap(i + 1) && !verb_after) {
                return Some((i + 2, Sem::MonthThen(m, 0)));
            }
            // "that same day", "that very week"
            let k = if self.is_any(i + 1, &["same", "very"]) { i + 2 } else { i + 1 };
            // "that afternoon", "that same night": a part of the day under
            // discussion.
            if let Some(part) = token::day_part(self.w(k)) {
                let base = Sem::Anaphoric { unit: Unit::Day, shift: 0 };
                return Some((k + 1, Sem::DayPart { base: Box::new(base), part }));
            }
            let (unit, false) = self.tok(k).and_then(|t| t.unit())? else {
                return None;
            };
            if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                return None;
            }
            return Some((k + 1, Sem::Anaphoric { unit, shift: 0 }));
        }
        // "ended the day at 8,017", "to close the day higher", "For the
        // day, the Nikkei fell": a market's day, the one under discussion.
        let for_the_day =
            self.punct(i + 2, ',') && i.checked_sub(1).is_some_and(|p| self.is(p, "for"));
        if self.is(i, "the")
            && self.is(i + 1, "day")
            && (for_the_day
                || i.checked_sub(1).is_some_and(|p| {
                    self.is_any(
                        p,
                        &[
                            "end",
                            "ends",
                            "ended",
                            "ending",
                            "close",
                            "closes",
                            "closed",
                            "closing",
                            "finish",
                            "finishes",
                            "finished",
                            "finishing",
                        ],
                    )
                }))
        {
            return Some((i + 2, Sem::TheDay));
        }
        if let Some(found) = self.part_of_the_day(i) {
            return Some(found);
        }
        // "the day before", "the week after", "a rise the year before",
        // "down from the year previous": the unit next to the one under
        // discussion. "the day before the vote" is a preposition's.
        let unit = match self.w(i + 1) {
            "day" | "night" => Some(Unit::Day),
            "week" => Some(Unit::Week),
            "month" => Some(Unit::Month),
            "year" => Some(Unit::Year),
            _ => None,
        };
        if let Some(unit) = unit.filter(|_| self.is(i, "the")) {
            let shift = match self.w(i + 2) {
                "before" | "previous" | "prior" => -1,
                "after" => 1,
                _ => return None,
            };
            if self.starts_noun_phrase(i + 3) || self.is_any(i + 3, &["to", "that", "which"]) {
                return None;
            }
            let base = Sem::Anaphoric { unit, shift };
            if self.is(i + 1, "night") {
                return Some((i + 3, Sem::DayPart { base: Box::new(base), part: DayPart::Night }));
            }
            return Some((i + 3, base));
        }
        None
    }

    /// "In the afternoon she visited a hospital", "fell back in the
    /// afternoon", "during the night", "spent the afternoon drinking": a
    /// part of the day under discussion.
    /// Not "4 in the morning" (a clock time), "in the morning sun" (a kind
    /// of thing), "the morning of the vote" (another expression's), nor a
    /// habit ("usually swims in the morning").
    fn part_of_the_day(&self, i: usize) -> Option<Core> {
        if !self.is(i, "the") {
            return self.bare_part_of_the_day(i);
        }
        let part = token::day_part(self.w(i + 1))?;
        let p = i.checked_sub(1)?;
        // "had spent the afternoon drinking"
        let spent = self.is_any(p, &["spent", "spend", "spends", "spending"]);
        // "talks went on late into the night"
        let preposition = (self.is_any(p, TIME_PREPOSITIONS) || self.is(p, "into"))
            && !self.is_any(p, &["since", "for"]);
        if !(spent || preposition) {
            return None;
        }
        let clock_before = i >= 2 && self.tok(i - 2).is_some_and(|t| t.shape == Shape::Number);
        let doing = |t: &Token<'_>| spent && t.lower.ends_with("ing");
        let kind_of_thing = self.tok(i + 2).is_some_and(|t| {
            t.shape == Shape::Word
                && !t.capitalized()
                && !self.is_any(i + 2, AFTER_A_TIME)
                && !doing(t)
        });
        let habit = || {
            self.t.iter().any(|t| {
                t.lower.ends_with("ly") && t.is_any(crate::HABITUAL)
                    || t.is_any(&["every", "each", "daily", "nightly"])
            })
        };
        if clock_before || kind_of_thing || part == DayPart::Midday || habit() {
            return None;
        }
        let base = self.day_of_part(i + 2);
        Some((i + 2, Sem::DayPart { base: Box::new(base), part }))
    }

    /// The day a part of the day at `on` belongs to: "in the afternoon on
    /// Thursday", "before dawn on Tuesday" are that day's, which is an
    /// expression of its own, as a clock time's day is; else the day
    /// under discussion.
    fn day_of_part(&self, on: usize) -> Sem {
        let day = self.is(on, "on").then(|| {
            self.weekday_expr(on + 1)
                .or_else(|| self.month_date(on + 1))
                .map(|(_, day)| day)
                .filter(|s| matches!(s, Sem::Weekday { .. } | Sem::MonthDay { .. }))
        });
        day.flatten().unwrap_or(Sem::Anaphoric { unit: Unit::Day, shift: 0 })
    }

    /// A part of the day with no "the" of its own before it: "expected to
    /// weaken by morning", "danced until evening", which end what the
    /// clause tells; "escaped in the early morning", "in the late
    /// evening", its start or end. Of the day under discussion.
    fn bare_part_of_the_day(&self, i: usize) -> Option<Core> {
        let part = token::day_part(self.w(i)).filter(|p| *p != DayPart::Midday)?;
        let by = i > 0
            && part != DayPart::Night
            && self.is_any(i - 1, &["by", "until", "till"])
            && self.tok(i + 1).is_none_or(|t| t.shape == Shape::Punct || t.is_any(&["and", "or"]));
        // "at dawn", "before dawn on Tuesday", "from dusk to dawn": the
        // day's edges after any preposition of time; not "a dawn raid".
        let edge = i > 0
            && self.is_any(i, &["dawn", "daybreak", "dusk", "nightfall"])
            && self.is_any(
                i - 1,
                &["at", "before", "after", "by", "until", "till", "from", "to", "around", "since"],
            )
            && self.tok(i + 1).is_none_or(|t| {
                t.shape != Shape::Word || t.capitalized() || t.is_any(AFTER_A_TIME)
            });
        if edge {
            let base = self.day_of_part(i + 1);
            return Some((i + 1, Sem::DayPart { base: Box::new(base), part }));
        }
        let early = i >= 3
            && self.is_any(i - 1, &["early", "late"])
            && self.is(i - 2, "the")
            && self.is_any(i - 3, TIME_PREPOSITIONS)
            && self.tok(i + 1).is_none_or(|t| {
                t.shape != Shape::Word || t.capitalized() || t.is_any(AFTER_A_TIME)
            });
        if !(by || early) {
            return None;
        }
        let base = Sem::Anaphoric { unit: Unit::Day, shift: 0 };
        Some((i + 1, Sem::DayPart { base: Box::new(base), part }))
    }

    /// The end of "last year", "a year ago", "a year earlier", "the
    /// previous year", "of last year" or "of the previous year" at `i`: a
    /// comparison with the same time a year before.
    fn a_year_before(&self, i: usize) -> Option<usize> {
        let i = if self.is(i, "of") { i + 1 } else { i };
        if self.is(i, "last") && self.is(i + 1, "year") {
            return Some(i + 2);
        }
        if self.is(i, "a")
            && self.is(i + 1, "year")
            && self.is_any(i + 2, &["ago", "earlier", "before"])
        {
            return Some(i + 3);
        }
        if self.is(i, "the")
            && self.is_any(i + 1, &["previous", "prior", "preceding"])
            && self.is(i + 2, "year")
        {
            return Some(i + 3);
        }
        None
    }

    /// The period under discussion: "the quarter", "the year", "the
    /// weekend", "the fiscal year", "the latest period", "the year-earlier
    /// quarter", "year-ago".
    fn the_period(&self, i: usize) -> Option<Core> {
        // "the week ahead", "the year ahead": the coming one; not "the
        // week ahead of the vote".
        if self.is(i, "the") && self.is(i + 2, "ahead") && !self.is(i + 3, "of") {
            if let Some((
                unit @ (Unit::Week | Unit::Weekend | Unit::Month | Unit::Quarter | Unit::Year),
                false,
            )) = self.tok(i + 1).and_then(|t| t.unit())
            {
                return Some((i + 3, Sem::Deictic { unit, shift: 1 }));
            }
        }
        // "for the rest of the quarter": the current one.
        if self.is(i, "the") && i >= 2 && self.is(i - 1, "of") && self.is(i - 2, "rest") {
            if let Some((unit @ (Unit::Week | Unit::Month | Unit::Quarter | Unit::Year), false)) =
                self.tok(i + 1).and_then(|t| t.unit())
            {
                return Some((i + 2, Sem::Deictic { unit, shift: 0 }));
            }
        }
        // "the year-ago quarter" is a quarter; "the year-ago period" the
        // reporting period under discussion, whatever its length.
        let same = |years: i32, noun: usize| {
            let quarterly = self.is_any(noun, &["quarter", "quarters"]);
            Sem::Same { years, period: if quarterly { Period::Quarter } else { Period::Reported } }
        };
        // "year-earlier", "year-ago" as adjectives: the same period a year
        // before.
        let year_before = |k: usize| self.is_any(k, &["year-earlier", "year-ago", "prior-year"]);
        // "the year-ago third quarter": the quarter named is the one under
        // discussion, a year before.
        let named_quarter = |k: usize| match self.quarter(k) {
            Some((end, Sem::Quarter { quarter, year: YearRef::Context })) if !self.is(k, "the") => {
                Some((end, Sem::Same { years: -1, period: Period::Named(quarter) }))
            }
            _ => None,
        };
        // "last year's quarter": the quarter under discussion, a year
        // before.
        if self.is(i, "last")
            && self.is(i + 1, "year")
            && self.tok(i + 2).is_some_and(|t| t.shape == Shape::Possessive)
            && self.is_any(i + 3, &["period", "quarter"])
        {
            return Some((i + 4, same(-1, i + 3)));
        }
        if year_before(i) {
            if self.is_any(i + 1, &["period", "quarter", "periods", "quarters"]) {
                return Some((i + 2, same(-1, i + 1)));
            }
            return named_quarter(i + 1).or(Some((i + 1, same(-1, i + 1))));
        }
        if !self.is(i, "the") {
            return None;
        }
        let j = i + 1;
        if year_before(j) {
            if self.is_any(j + 1, &["period", "quarter"]) {
                return Some((j + 2, same(-1, j + 1)));
            }
            return named_quarter(j + 1);
        }
        // "the corresponding period last year", "the quarter a year ago",
        // "the comparable year-ago quarter"
        let comparison_word = |k: usize| {
            self.is_any(
                k,
                &["same", "corresponding", "comparable", "year-ago", "year-earlier", "prior-year"],
            )
        };
        let mut k = j;
        while comparison_word(k) {
            k += 1;
        }
        if self.is_any(k, &["period", "quarter"]) {
            let after = k + 1;
            if let Some(end) = self.a_year_before(after) {
                return Some((end, same(-1, k)));
            }
            // "the same quarter of 2022", "the same period in 2021": the
            // period under discussion, in the year named.
            if k > j && self.is_any(after, &["of", "in"]) {
                if let Some(year) = self.year_at(after + 1) {
                    return Some((after + 2, Sem::SameIn { year }));
                }
            }
            if k > j && (k > j + 1 || self.is_any(j, &["year-ago", "year-earlier", "prior-year"])) {
                return Some((after, same(-1, k)));
            }
        }
        // "the same month a year ago", "the same week last year": the unit
        // holding the date under discussion, a year before.
        // "the same point last year", "the same time a year earlier": the
        // day under discussion, a year before.
        if k > j && self.is_any(k, &["point", "time", "date"]) {
            if let Some(end) = self.a_year_before(k + 1) {
                return Some((end, Sem::Same { years: -1, period: Period::Unit(Unit::Day) }));
            }
        }
        if k > j {
            if let Some((unit @ (Unit::Day | Unit::Week | Unit::Month), false)) =
                self.tok(k).and_then(|t| t.unit())
            {
                if let Some(end) = self.a_year_before(k + 1) {
                    return Some((end, Sem::Same { years: -1, period: Period::Unit(unit) }));
                }
            }
        }
        // "the latest period", "the same period", "the 1989 period"
        if self.is(j + 1, "period") {
            if let Some(year) = self.year_at(j) {
                return Some((j + 2, Sem::SameIn { year }));
            }
            if self.is_any(j, &["latest", "same", "comparable", "current"]) {
                return Some((j + 2, same(0, j + 1)));
            }
        }
        let (k, latest) = if self.is_any(j, &["latest", "current", "fiscal", "full", "calendar"]) {
            (j + 1, true)
        } else {
            (j, false)
        };
        // "the current fiscal year", "the latest fiscal quarter"
        let k =
            if self.is_any(j, &["current", "latest"]) && self.is(k, "fiscal") { k + 1 } else { k };
        let (unit, false) = self.tok(k).and_then(|t| t.unit())? else { return None };
        if self.is(j, "current") {
            return Some((k + 1, Sem::Deictic { unit, shift: 0 }));
        }
        if self.is(j, "latest") && k == j + 2 {
            return Some((k + 1, Sem::Anaphoric { unit, shift: 0 }));
        }
        // "the full year 2019", "the calendar year 2023": that year.
        if let Some(y) = self.year_at(k + 1).filter(|_| unit == Unit::Year && latest) {
            return Some((k + 2, Sem::Absolute(DateValue::Year(y))));
        }
        // "the year ended March 31", "the fiscal year ending June 30": twelve
        // months told by their last day, not a calendar year, so a length
        // of time (TimeBank's P1Y). A quarter so told is still a calendar
        // quarter.
        // British papers say "the year to 31 December", "the year to March".
        if unit == Unit::Year
            && (self.is_any(k + 1, &["ended", "ending"])
                || self.is_any(k + 1, &["to", "through"]) && self.month_date(k + 2).is_some())
        {
            return Some((k + 1, Sem::Duration { amount: Some(1.0), unit }));
        }
        // "the week to Sunday", "the week ending Friday": the week that day
        // closes.
        // "the week to 14 September" likewise, and "the week beginning
        // January 8", the week that day opens.
        if unit == Unit::Week
            && self.is_any(k + 1, &["to", "ended", "ending", "beginning", "starting", "commencing"])
        {
            if let Some((_, date @ Sem::Weekday { .. })) = self.weekday_expr(k + 2) {
                return Some((k + 1, Sem::UnitOf { unit, date: Box::new(date) }));
            }
            if let Some((_, date @ (Sem::MonthDay { .. } | Sem::Absolute(DateValue::Day(_))))) =
                self.month_date(k + 2)
            {
                return Some((k + 1, Sem::UnitOf { unit, date: Box::new(date) }));
            }
        }
        // "up 5% for the quarter so far", "the quarter to date": the one
        // under way.
        if unit == Unit::Quarter
            && ((self.is(k + 1, "so") && self.is(k + 2, "far"))
                || (self.is(k + 1, "to") && self.is(k + 2, "date")))
        {
            return Some((k + 1, Sem::Deictic { unit, shift: 0 }));
        }
        if unit == Unit::Quarter && self.is_any(k + 1, &["ended", "ending"]) {
            if let Some((_, date @ (Sem::MonthDay { .. } | Sem::Absolute(DateValue::Day(_))))) =
                self.month_date(k + 2)
            {
                return Some((k + 1, Sem::UnitOf { unit, date: Box::new(date) }));
            }
        }
        // "Player of the Year", "the Year of the Horse": a capital the
        // article does not give "the" makes a name.
        if self.cap(k) && !self.cap(i) {
            return None;
        }
        // "the year" (and "the full year", "the fiscal year") is the
        // current year; "the quarter" the one under discussion, else the
        // last one completed; "the weekend" the nearest, as the tense says.
        // "born in the summer of 1933, the year Hitler came to power": the
        // year just named, in apposition.
        let apposed = unit == Unit::Year
            && k == i + 1
            && i >= 2
            && self.punct(i - 1, ',')
            && self.year_at(i - 2).is_some();
        match unit {
            Unit::Weekend => Some((k + 1, Sem::Deictic { unit, shift: 0 })),
            Unit::Year if apposed => Some((k + 1, Sem::Anaphoric { unit, shift: 0 })),
            Unit::Year => Some((k + 1, Sem::Deictic { unit, shift: 0 })),
            Unit::Quarter => Some((k + 1, Sem::Anaphoric { unit, shift: 0 })),
            // "throughout the fortnight": the two weeks under discussion,
            // which no week names.
            Unit::Week if self.is(k, "fortnight") => {
                Some((k + 1, Sem::Duration { amount: Some(2.0), unit }))
            }
            Unit::Week if !latest => Some((k + 1, Sem::Anaphoric { unit, shift: 0 })),
            _ => None,
        }
    }

    /// "the week of March 6": the week containing a date; "the first week
    /// of June", "the last week of March 2009": a week of a month.
    fn week_of(&self, i: usize) -> Option<Core> {
        // "week 12 of 2024", "in Week 30 of 2019": an ISO week numbered;
        // only with its year, as a season's weeks ("Week 12 of the NFL
        // season") are counted otherwise.
        // "between week 12 and week 30 of 2024": the first takes the
        // second's year.
        let week_number = |k: usize| {
            self.tok(k)
                .filter(|t| t.shape == Shape::Number && t.text.len() <= 2)
                .and_then(|t| t.text.parse::<u32>().ok())
                .filter(|n| (1..=53).contains(n))
        };
        if let Some(n) = week_number(i + 1).filter(|_| self.is(i, "week")) {
            // Where the expression ends and where its year is.
            let ends = if self.is(i + 2, "of") {
                Some((i + 4, i + 3))
            } else if self.is_any(i + 2, &["and", "to", "through"])
                && self.is(i + 3, "week")
                && week_number(i + 4).is_some()
                && self.is(i + 5, "of")
            {
                Some((i + 2, i + 6))
            } else {
                None
            };
            let dated = ends.and_then(|(end, of)| {
                let y = self.year_at(of)?;
                Some((end, NaiveDate::from_isoywd_opt(y, n, Weekday::Mon)?))
            });
            if let Some((end, week)) = dated {
                let iso = week.iso_week();
                return Some((end, Sem::Absolute(DateValue::Week(iso.year(), iso.week()))));
            }
        }
        let nth = match self.w(i + 1) {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "last" | "final" => -1,
            _ => 0,
        };
        // "the last day of the month", "the first day of the new year"
        if self.is(i, "the")
            && self.is_any(i + 1, &["first", "last", "final", "opening", "closing"])
            && self.is(i + 2, "day")
            && self.is(i + 3, "of")
        {
            let (end, period) = self.core(i + 4).or_else(|| self.the_current(i + 4))?;
            let a_period = match &period {
                Sem::Month { .. } | Sem::MonthOfYear { day: None, .. } | Sem::NewYear => true,
                Sem::Quarter { .. } | Sem::Half { .. } => true,
                Sem::Absolute(v) => !matches!(v, DateValue::Day(_)),
                Sem::Deictic { unit, .. } | Sem::Anaphoric { unit, .. } => {
                    matches!(unit, Unit::Week | Unit::Month | Unit::Quarter | Unit::Year)
                }
                _ => false,
            };
            let last = !self.is_any(i + 1, &["first", "opening"]);
            return a_period.then(|| (end, Sem::EdgeDay { last, period: Box::new(period) }));
        }
        // "the first week of June", "the last weekend of March", "the
        // first full week of December" (the first week is the first whole
        // one in the month).
        let full = usize::from(self.is(i + 2, "full"));
        if nth != 0
            && self.is(i, "the")
            && self.is_any(i + 2 + full, &["week", "weekend"])
            && self.is(i + 3 + full, "of")
        {
            let weekend = self.is(i + 2 + full, "weekend");
            let (end, month) = self.month_date(i + 4 + full)?;
            return matches!(
                month,
                Sem::Month { .. } | Sem::MonthOfYear { .. } | Sem::Absolute(DateValue::Month(..))
            )
            .then(|| {
                (end, Sem::WeekOfMonth { month: Box::new(month), nth, weekend, full: full == 1 })
            });
        }
        // "the weekend of June 21-22", "the week of March 6": the weekend
        // or week of that date; "the weekend of 20 and 21 April", "the
        // weekend of the 23rd" too.
        if !(self.is(i, "the") && self.is_any(i + 1, &["week", "weekend"]) && self.is(i + 2, "of"))
        {
            return None;
        }
        let unit = if self.is(i + 1, "weekend") { Unit::Weekend } else { Unit::Week };
        let (end, sem) = self
            .month_date(i + 3)
            .or_else(|| self.second_day(i + 3))
            .or_else(|| self.day_of_month(i + 3))?;
        // The second day of "20 and 21 April" belongs to the expression.
        let end = match self.month_date(end + 1) {
            Some((after, _)) if end == i + 4 && self.is_any(end, &["and", "or"]) => after,
            _ => end,
        };
        matches!(sem, Sem::MonthDay { .. } | Sem::DayOfMonth(_) | Sem::Absolute(DateValue::Day(_)))
            .then(|| (end, Sem::UnitOf { unit, date: Box::new(sem) }))
    }

    /// "the April-June quarter", "the July-September period of 2022": a
    /// calendar quarter named by its months.
    fn months_quarter(&self, i: usize) -> Option<Core> {
        if !self.is(i, "the") {
            return None;
        }
        // "the December quarter", "the March quarter", "the June half",
        // as Australian statistics name a period by its last month.
        let dash = |k: usize| self.punct(k, '-') || self.punct(k, '–');
        let months = match self.w(i + 1).split_once('-') {
            Some((first, last)) => Some((token::month(first), token::month(last), i + 2)),
            None if dash(i + 2) => Some((self.month_at(i + 1), self.month_at(i + 3), i + 4)),
            None => None,
        };
        let (quarter, j) = match months {
            Some((m1, m2, j)) => {
                let (m1, m2) = (m1?, m2?);
                if m2 != m1 + 2 || m1 % 3 != 1 || !self.is_any(j, &["quarter", "period"]) {
                    return None;
                }
                ((m1 / 3 + 1) as u8, j)
            }
            None => {
                let m = self.month_at(i + 1).filter(|m| m % 3 == 0 && self.cap(i + 1))?;
                // "the December half": the half year ending in December.
                if self.is(i + 2, "half") && m % 6 == 0 {
                    let (year, end) = self.of_year(i + 3);
                    return Some((end, Sem::Half { half: (m / 6) as u8, year }));
                }
                if !self.is(i + 2, "quarter") {
                    return None;
                }
                ((m / 3) as u8, i + 2)
            }
        };
        let (year, end) = self.of_year(j + 1);
        Some((end, Sem::Quarter { quarter, year }))
    }

    /// "of 2024" at `i`, or no year: the year and where the expression
    /// ends.
    fn of_year(&self, i: usize) -> (YearRef, usize) {
        if !self.is(i, "of") {
            return (YearRef::Context, i);
        }
        if let Some(y) = self.year_at(i + 1) {
            return (YearRef::Absolute(y), i + 2);
        }
        // "of the year": this year's, as "the year" alone is.
        if self.is(i + 1, "the") && self.is(i + 2, "year") {
            return (YearRef::Deictic(0), i + 3);
        }
        match self.year_shift_at(i + 1) {
            Some(shift) => (YearRef::Deictic(shift), i + 3),
            None => (YearRef::Context, i),
        }
    }

    /// "last year", "this year", "next year" at `i`: how many years from
    /// the reference's.
    fn year_shift_at(&self, i: usize) -> Option<i32> {
        let shift = match self.w(i) {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        self.is(i + 1, "year").then_some(shift)
    }

    /// "the last Thursday of February", "the first Monday in October
    /// 2025": a weekday counted in a month, as some holidays are; "the
    /// first Friday of every month", a monthly set.
    fn nth_weekday_of(&self, i: usize) -> Option<Core> {
        if !self.is(i, "the") {
            return None;
        }
        let n = match self.w(i + 1) {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "last" | "final" => 5,
            _ => return None,
        };
        let day = self.weekday_at(i + 2)?;
        if !self.is_any(i + 3, &["of", "in"]) {
            return None;
        }
        // "the first Friday of every month": a monthly set.
        if self.is_any(i + 4, &["every", "each"]) && self.is(i + 5, "month") {
            return Some((i + 6, Sem::Set(set_period(Unit::Month))));
        }
        // "the last Friday of the month", "the first Monday of next month"
        if self.is(i + 5, "month") {
            let shift = match self.w(i + 4) {
                "last" | "previous" => -1,
                "this" | "the" => 0,
                "next" => 1,
                _ => return None,
            };
            return Some((i + 6, Sem::WeekdayOfShiftedMonth { weekday: day, nth: n, shift }));
        }
        let month = self.month_at(i + 4)?;
        let holiday = Holiday::NthWeekday(month, day, n);
        let (year, end) = match self.year_at(i + 5) {
            Some(y) => (YearRef::Absolute(y), i + 6),
            None => (YearRef::Context, i + 5),
        };
        Some((end, Sem::Holiday { holiday, year, shift: Shift::Context }))
    }

    /// Whether the sentence counts things with ordinals other than the one
    /// at `at`, which then names one of them: "The 12th miner emerged
    /// shortly after the 11th", "the 21st such accident this year, and the
    /// 5th in the province", "finished 4th, behind the 2nd". Not a time
    /// counted ("the 20th anniversary … on the 3rd").
    fn counts_with_ordinals(&self, at: usize) -> bool {
        (0..self.t.len()).any(|k| {
            let Some(t) = self.tok(k).filter(|t| k != at && t.shape == Shape::Number) else {
                return false;
            };
            if t.ordinal().is_none() {
                return false;
            }
            let ranked = k > 0 && self.is_any(k - 1, &["finished", "placed", "came", "ranked"]);
            let counted = self.tok(k + 1).is_some_and(|n| {
                n.shape == Shape::Word
                    && !n.capitalized()
                    && n.month().is_none()
                    && n.unit().is_none()
                    && !n.is_any(&[
                        "and",
                        "or",
                        "to",
                        "of",
                        "at",
                        "in",
                        "on",
                        "anniversary",
                        "birthday",
                        "century",
                        "centuries",
                        "millennium",
                    ])
            });
            ranked || counted
        })
    }

    /// Years in words, as transcripts write them: "nineteen ninety-six".
    fn spelled_year(&self, i: usize) -> Option<Core> {
        let century = token::number_word(self.w(i)).filter(|c| (10.0..=20.0).contains(c))?;
        let rest = token::number_word(self.w(i + 1)).filter(|r| (10.0..=99.0).contains(r))?;
        let y = (century * 100.0 + rest) as i32;
        Some((i + 2, Sem::Absolute(DateValue::Year(y))))
    }

    /// "the 15th", "on the 20th": a day of the month; "25" in "April 24
    /// and 25": a second day of the month just named.
    fn day_of_month(&self, i: usize) -> Option<Core> {
        if !self.is(i, "the") {
            return self.second_day(i);
        }
        let t = self.tok(i + 1)?;
        let d = t.ordinal().filter(|_| t.shape == Shape::Number)?;
        if !(1..=31).contains(&d) {
            return None;
        }
        // "the 15th of each month", "on the 1st and the 15th of every
        // month": a day of every month.
        let of_each_month = |k: usize| {
            self.is(k, "of") && self.is_any(k + 1, &["each", "every"]) && self.is(k + 2, "month")
        };
        let second = if self.is(i + 3, "the") { i + 4 } else { i + 3 };
        let listed = self.is_any(i + 2, &["and", "or"])
            && self.tok(second).is_some_and(|t| t.shape == Shape::Number && t.ordinal().is_some())
            && of_each_month(second + 1);
        if of_each_month(i + 2) || listed {
            let end = if listed { i + 2 } else { i + 5 };
            return Some((end, Sem::Set(format!("XXXX-XX-{d:02}"))));
        }
        // "the 28th of last month", "the 3rd of next month"
        if self.is(i + 2, "of") && self.is(i + 4, "month") {
            let shift = match self.w(i + 3) {
                "last" | "previous" => -1,
                "this" => 0,
                "next" => 1,
                _ => return None,
            };
            return Some((i + 5, Sem::DayOfShiftedMonth { day: d, shift }));
        }
        // The first of two ordinals takes what the second names: "the 12th
        // or 13th century" is a century, "the 12th or 13th of May" a day
        // of May.
        if self.is_any(i + 2, &["or", "and", "to"])
            && self.tok(i + 3).and_then(|t| t.ordinal()).is_some()
        {
            if self.is_any(i + 4, &["century", "centuries"]) {
                return (d <= 30).then(|| (i + 2, Sem::Absolute(DateValue::Century(d as i32 - 1))));
            }
            if let Some(month) = self.month_at(i + 5).filter(|_| self.is(i + 4, "of")) {
                let sem = Sem::MonthDay { month, day: d, weekday: None, shift: Shift::Context };
                return Some((i + 2, sem));
            }
        }
        // "the 15th century", "the 20th anniversary": not a day. After a
        // preposition of time, a word that is no noun leaves it one: "on
        // the 22nd for two days of talks", "the vote on the 19th will be
        // close" (not "on the 19th hole").
        if self.counts_with_ordinals(i + 1) {
            return None;
        }
        let after_on = i > 0 && self.is_any(i - 1, &["on", "by", "until", "till", "from", "since"]);
        match self.tok(i + 2) {
            Some(next)
                if next.shape == Shape::Word
                    && !next.is_any(&["and", "or", "but", "of", "at", "when", "in", "to"])
                    && !(after_on && next.is_in(&AFTER_A_DAY_OF_MONTH)) =>
            {
                None
            }
            _ => Some((i + 2, Sem::DayOfMonth(d))),
        }
    }

    /// "April 24 and 25", "on May 3 or 4": the day after the conjunction
    /// is in the month before it, when nothing counted follows it.
    fn second_day(&self, i: usize) -> Option<Core> {
        let digits =
            |k: usize| self.tok(k).is_some_and(|t| t.shape == Shape::Number && t.lower.len() <= 2);
        // "3rd and 4th November": the first of two days before their month.
        let link = |k: usize| self.is_any(k, &["and", "or", "to", "through", "until", "till"]);
        // Two numbers that are no two days leave the search for a later
        // day of the month just named: "from December 23 to 26 and from
        // December 28".
        let two_days = (self.tok(i).is_some_and(|t| t.shape == Shape::Number) && link(i + 1))
            .then(|| self.day_at(i).zip(self.day_at(i + 2)))
            .flatten();
        if let Some(((first, _), (second, k))) = two_days {
            let next_is_number = self.tok(i + 2).is_some_and(|t| t.shape == Shape::Number);
            if next_is_number && second > first {
                let at = if self.is(k, "of") { k + 1 } else { self.dot(k) };
                if let Some(month) = self.month_at(at) {
                    // "from 3 to 5 June last year": the year is both days'.
                    let sem = match self.year_after(self.dot(at + 1), month, first) {
                        Some((_, sem)) => sem,
                        None => Sem::MonthDay {
                            month,
                            day: first,
                            weekday: None,
                            shift: Shift::Context,
                        },
                    };
                    return Some((i + 1, sem));
                }
            }
        }
        // "April 24 and 25", "from February 7 to 9": a later day of the
        // month just named.
        if i < 3 || !digits(i) || !digits(i - 2) || !link(i - 1) {
            return None;
        }
        let (d, end) = self.day_at(i)?;
        let month =
            self.month_at(self.t[..i - 2].iter().rposition(|t| t.shape != Shape::Punct)?)?;
        // "June 3 and 4 last year": the year is both days'.
        if let Some(dated) = self.year_after(end, month, d) {
            return Some(dated);
        }
        // "from December 24 to 26 inclusive": a word closing the range.
        if self.tok(end).is_some_and(|t| {
            (t.shape == Shape::Word && !t.is_any(&["and", "or", "inclusive"])) || t.is_punct('%')
        }) {
            return None;
        }
        if !self.is_any(i - 1, &["and", "or"])
            && self.day_at(i - 2).is_none_or(|(before, _)| before >= d)
        {
            return None;
        }
        Some((end, Sem::MonthDay { month, day: d, weekday: None, shift: Shift::Context }))
    }
}

/// The weeks one of a unit's words counts when the unit is weeks: two for
/// a fortnight ("fortnight-long"), one for a week.
fn fortnight_weeks(unit_word: &str) -> f64 {
    if unit_word.starts_with("fortnight") { 2.0 } else { 1.0 }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ModKind {
    /// early/mid/late, the end of: narrows a date.
    Part,
    /// at least, more than, up to: bounds an amount.
    Amount,
    /// about, around: either.
    Approx,
}

/// Verbs that "early" or "late" may tell the manner of: "close early",
/// "arrived late".
const DONE_EARLY_OR_LATE: &[&str] = &[
    "arrive", "arrived", "arrives", "close", "closed", "closes", "finish", "finished", "finishes",
    "leave", "leaves", "left", "open", "opened", "opens", "shut", "shuts", "start", "started",
    "starts",
];

/// The ordinal after "mid-", "early-" or "late-" in one word: "mid-19th".
fn prefixed_ordinal(t: &Token<'_>) -> Option<u32> {
    match t.lower.split_once('-') {
        Some(("mid" | "early" | "late", rest)) => token::ordinal(rest),
        _ => None,
    }
}

/// The days a counted edge of a period names ("the last two weeks of
/// August", "the first three days of May"): how many, and whether they end
/// it.
pub(crate) fn counted_edge(toks: &[Token<'_>]) -> Option<(i64, bool)> {
    let p = Parser {
        t: toks,
        options: GrammarOptions { former: false, timestamp: false, leads: false },
    };
    if !p.is(0, "the") {
        return None;
    }
    let (n, k) = p.number(2)?;
    let days = match p.w(k) {
        "days" => n,
        "weeks" => n * 7.0,
        _ => return None,
    };
    let last = p.is_any(1, &["last", "final", "closing"]);
    ((1.0..=366.0).contains(&days)).then_some((days as i64, last))
}

/// The last day of an expression that names a run of days or years
/// ("Jan. 5-7", "May 3–5, 2026", "1984-85"), which its value, a day or a
/// year, dates by the first.
pub(crate) fn range_end(toks: &[Token<'_>], value: &DateValue) -> Option<NaiveDate> {
    let p = Parser {
        t: toks,
        options: GrammarOptions { former: false, timestamp: false, leads: false },
    };
    match value {
        DateValue::Day(first) => {
            let last = (0..toks.len()).find_map(|i| p.day_range_at(i)).map(|(_, last, _)| last)?;
            first.with_day(last).filter(|e| e > first)
        }
        DateValue::Year(y) if (0..toks.len()).find_map(|i| p.year_pair_at(i)) == Some(*y) => {
            NaiveDate::from_ymd_opt(y.checked_add(1)?, 12, 31)
        }
        _ => None,
    }
}

/// Nouns a season names a kind of: "winter wheat", "summer squash".
const KINDS_BY_SEASON: &[&str] = &[
    "wheat",
    "barley",
    "crop",
    "crops",
    "squash",
    "tyres",
    "tires",
    "coat",
    "coats",
    "jacket",
    "jackets",
    "clothing",
    "clothes",
    "fashion",
    "collection",
    "solstice",
    "equinox",
    "palace",
    "residence",
    "house",
    "home",
    "homes",
    // "the winter fuel payment", a benefit's name
    "fuel",
    // "handed out winter kits", "the charity's winter appeal": things
    // for the season, not the season.
    "kit",
    "kits",
    "blankets",
    "supplies",
    "gear",
    "boots",
    "uniform",
    "uniforms",
    "appeal",
    "camp",
    "camps",
    "job",
    "jobs",
    "internship",
    "internships",
];

/// Words after "the future" that leave it a noun: "the future of the
/// euro", "the future is uncertain".
const AFTER_THE_FUTURE: &[&str] = &[
    "and", "as", "at", "beyond", "but", "could", "for", "he", "holds", "i", "in", "is", "it",
    "lies", "looks", "may", "might", "of", "or", "remains", "seems", "she", "that", "there",
    "they", "to", "was", "we", "when", "where", "which", "will", "with", "would", "you",
];

/// Words after a holiday's name that leave it the day: "at New Year
/// when", "over New Year and Christmas".
const AFTER_A_HOLIDAY: &[&str] = &[
    "after", "and", "as", "at", "before", "but", "for", "from", "in", "is", "on", "or", "this",
    "to", "until", "was", "when", "will", "with",
];

/// Words after "on the 22nd" that leave it a day, none a noun: "on the
/// 22nd for two days", "on the 19th will". Kept sorted, to read.
static AFTER_A_DAY_OF_MONTH: WordSet = WordSet::new(&[
    "after", "as", "before", "by", "could", "for", "from", "had", "has", "he", "is", "it", "may",
    "might", "on", "or", "she", "should", "so", "that", "the", "they", "was", "we", "were",
    "which", "while", "will", "with", "would",
]);

/// Heads of the names of things a holiday or a day may open: "the Good
/// Friday Agreement", "the Easter Rising", "Christmas Island". Kept
/// sorted, to read.
static NAME_HEADS: WordSet = WordSet::new(&[
    "accord",
    "accords",
    "act",
    "agreement",
    "armistice",
    "bombing",
    "bombings",
    "declaration",
    "honors",
    "honours",
    "island",
    "islands",
    "massacre",
    "offensive",
    "proclamation",
    "rising",
    "treaty",
    "truce",
    "tsunami",
    "uprising",
]);

/// Possessive determiners: "in his 30s", "her mid-20s" are ages.
const OWNERS: &[&str] = &["his", "her", "their", "my", "your", "our", "its"];

/// Determiners before "the last July general election", "its first
/// December": one month of many, counted.
const ONE_OF_MANY: &[&str] = &["the", "a", "its", "their", "his", "her"];

/// Prepositions that put a clock time's event in a place: "at 3pm in the
/// centre of Kyiv on Wednesday".
const PLACE_PREPOSITIONS: &[&str] =
    &["aboard", "across", "along", "at", "in", "inside", "near", "off", "on", "outside"];

/// Words that open another clause or bring another time, which a clock
/// time does not reach its day over. Kept sorted, to read.
static CLAUSE_OPENERS: WordSet = WordSet::new(&[
    "after", "and", "are", "as", "before", "but", "by", "during", "for", "from", "had", "has",
    "have", "is", "or", "said", "says", "since", "that", "to", "until", "was", "were", "when",
    "where", "which", "while", "who", "will", "with", "would",
]);

/// Prepositions that put a season in time: "in the fall in Paris".
const TIME_PREPOSITIONS: &[&str] =
    &["in", "during", "by", "until", "till", "through", "throughout", "since", "for"];

/// Words that may follow a part of the day named as a time ("in the
/// afternoon she left", "during the night as shells fell"); another word
/// makes it a kind of thing ("in the morning sun", "the night shift").
const AFTER_A_TIME: &[&str] = &[
    "and",
    "but",
    "or",
    "as",
    "when",
    "while",
    "before",
    "after",
    "until",
    "to",
    "at",
    "on",
    "in",
    "into",
    "with",
    "from",
    "for",
    "near",
    "outside",
    "across",
    "over",
    "amid",
    "despite",
    "because",
    "since",
    "so",
    "then",
    "there",
    "here",
    "again",
    "too",
    "alone",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "the",
    "a",
    "an",
    "this",
    "that",
    "some",
    "many",
    "most",
    "several",
    "hundreds",
    "thousands",
    "dozens",
];

/// Nouns after which "overnight" names no night: figures of speech ("an
/// overnight success"), money markets ("the overnight rate") and things
/// ("an overnight bag").
const NOT_A_NIGHT: &[&str] = &[
    "success",
    "successes",
    "sensation",
    "star",
    "stardom",
    "celebrity",
    "fame",
    "hit",
    "millionaire",
    "millionaires",
    "phenomenon",
    "transformation",
    "rate",
    "rates",
    "lending",
    "repo",
    "index",
    "money",
    "loans",
    "bag",
    "bags",
    "oats",
    "frost",
    "frosts",
    "temperatures",
    "lows",
];

/// The modifier the words of an expression carry in themselves: "mid-July"
/// is `MID`, "year-end" and "year's end" are `END`.
pub(crate) fn implicit_modifier(toks: &[Token<'_>]) -> Option<Mod> {
    let last = toks.last()?;
    if last.is("end") || last.is("year-end") {
        return Some(Mod::End);
    }
    // "the mid-1990s": the article comes before the modified word.
    let first = match toks {
        [the, next, ..] if the.is("the") => next,
        _ => toks.first()?,
    };
    // "midweek", "midyear"
    if matches!(&*first.lower, "midweek" | "midmonth" | "midyear") {
        return Some(Mod::Mid);
    }
    let (prefix, _) = first.lower.split_once('-')?;
    Some(match prefix {
        "mid" => Mod::Mid,
        "early" => Mod::Start,
        "late" | "end" => Mod::End,
        "pre" => Mod::Before,
        "post" => Mod::After,
        _ => return None,
    })
}

fn set_period(unit: Unit) -> String {
    match unit {
        Unit::Second => "PT1S",
        Unit::Minute => "PT1M",
        Unit::Hour => "PT1H",
        Unit::Day => "P1D",
        Unit::Weekend => "P1WE",
        Unit::Week => "P1W",
        Unit::Month => "P1M",
        Unit::Quarter => "P1Q",
        Unit::Half => "P6M",
        Unit::Season => "P3M",
        Unit::Year => "P1Y",
        Unit::Decade => "P10Y",
        Unit::Century => "P100Y",
        Unit::Millennium => "P1000Y",
    }
    .to_string()
}

/// The period of a set that comes round every `amount` units: "P6M",
/// "PT15M", "PXY" for "every few years".
fn set_every(amount: Option<f64>, unit: Unit) -> String {
    match unit {
        Unit::Half => DurationValue { amount: amount.map(|a| a * 6.0), unit: Unit::Month },
        Unit::Season => DurationValue { amount: amount.map(|a| a * 3.0), unit: Unit::Month },
        // "every other weekend" comes round every two weeks.
        Unit::Weekend => DurationValue { amount, unit: Unit::Week },
        _ => crate::resolve::duration(amount, unit),
    }
    .to_string()
}

/// "1990s", "'90s", "1800s", "nineties".
fn decade_token(word: &str) -> Option<DateValue> {
    let named = [
        ("twenties", 2),
        ("thirties", 3),
        ("forties", 4),
        ("fifties", 5),
        ("sixties", 6),
        ("seventies", 7),
        ("eighties", 8),
        ("nineties", 9),
    ];
    if let Some((_, d)) = named.iter().find(|(w, _)| *w == word) {
        return Some(DateValue::Decade(190 + d));
    }
    let digits = word.strip_suffix("s").or_else(|| word.strip_suffix("'s"))?;
    let digits = digits.trim_start_matches(['\'', '’']);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match digits.len() {
        // "the early 2000s" is the decade the century began with; "the
        // 1900s" the century.
        4 if digits == "2000" => Some(DateValue::Decade(200)),
        4 if digits.ends_with("00") => {
            let c: i32 = digits[..2].parse().ok()?;
            Some(DateValue::Century(c))
        }
        4 if digits.ends_with('0') => Some(DateValue::Decade(digits[..3].parse().ok()?)),
        // '90s: the century is a guess — the 1900s for 20–99, the 2000s
        // below.
        2 if digits.ends_with('0') => {
            let d: i32 = digits[..1].parse().ok()?;
            Some(DateValue::Decade(if d >= 2 { 190 + d } else { 200 + d }))
        }
        _ => None,
    }
}

fn year_or_decade(word: &str) -> Option<DateValue> {
    if let Some(v) = decade_token(word) {
        return Some(v);
    }
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = word.parse().ok()?;
        return (1000..=2199).contains(&y).then_some(DateValue::Year(y));
    }
    None
}

/// A simple fraction written after a whole number: "1/2", "3/4", "½".
fn fraction(word: &str) -> Option<f64> {
    Some(match word {
        "1/2" | "½" => 0.5,
        "1/4" | "¼" => 0.25,
        "3/4" | "¾" => 0.75,
        _ => return None,
    })
}

/// Four digits that can be a year of the news: "1998", "2016".
fn four_digit_year(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = word.parse().ok()?;
    (1000..=2199).contains(&y).then_some(y)
}

fn two_digit_year(word: &str) -> Option<i32> {
    let d = word.trim_start_matches(['\'', '’']);
    if d.len() != 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = d.parse().ok()?;
    Some(if y < 50 { 2000 + y } else { 1900 + y })
}

/// Words of a game report. Kept sorted, to read.
static GAME_WORDS: WordSet = WordSet::new(&[
    "equalised",
    "equaliser",
    "equalising",
    "equalized",
    "equalizer",
    "equalizing",
    "free-kick",
    "goalkeeper",
    "half-time",
    "halftime",
    "hat-trick",
    "innings",
    "kick-off",
    "kickoff",
    "quarterback",
    "referee",
    "scored",
    "striker",
    "substitute",
    "touchdown",
    "touchdowns",
]);

fn half_code(word: &str) -> Option<u8> {
    match word {
        "h1" | "1h" => Some(1),
        "h2" | "2h" => Some(2),
        _ => None,
    }
}

fn quarter_code(word: &str) -> Option<u8> {
    let b = word.as_bytes();
    if b.len() == 2 {
        if b[0] == b'q' && (b'1'..=b'4').contains(&b[1]) {
            return Some(b[1] - b'0');
        }
        if b[1] == b'q' && (b'1'..=b'4').contains(&b[0]) {
            return Some(b[0] - b'0');
        }
    }
    None
}
