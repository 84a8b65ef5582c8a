//! Normalization: placing a recognized meaning on the calendar against the
//! reference date, the last date mentioned, and the clause's tense.

use chrono::{Datelike, Duration, Months, NaiveDate, Timelike, Weekday};

use crate::sem::{Holiday, Period, Sem, Shift, YearRef};
use crate::tense::Direction;
use crate::value::{DateValue, DayPart, DurationValue, Reference, Season, Unit, Value, Zone};

/// TIMEX3's four types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period.
    Date,
    /// A time of day.
    Time,
    /// A length of time.
    Duration,
    /// A recurring time.
    Set,
}

impl TimexType {
    /// The TIMEX3 name: `DATE`, `TIME`, `DURATION`, `SET`.
    pub fn as_str(self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// What a value was computed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// Written out in full: needs no anchor.
    Absolute,
    /// Counted from the reference (publication) date.
    Reference,
    /// Counted from the last date mentioned before it.
    Previous,
    /// Not anchored: a duration, a set, or a value left with `X`s.
    None,
}

pub(crate) struct Resolved {
    pub(crate) kind: TimexType,
    pub(crate) value: Value,
    pub(crate) anchor: Anchor,
}

/// Where relative expressions are counted from.
#[derive(Default)]
pub(crate) struct Resolver {
    pub(crate) reference: Option<NaiveDate>,
    /// The last anchored date mentioned, for "the next day", "that year".
    pub(crate) last: Option<DateValue>,
    /// Whether `last` was a bound ("the highest since 1989"), not a time
    /// the story moved to.
    pub(crate) last_since: bool,
    /// Narrative mode: deictic expressions count from the last date
    /// mentioned, as in a history rather than a news report.
    pub(crate) narrative: bool,
    /// The year a deictic expression named earlier in the sentence ("last
    /// year's hottest day was on 17 June"), which a yearless date after it
    /// belongs to.
    pub(crate) sentence_year: Option<i32>,
    /// Whether that year opened the sentence ("In 2020, the deadline was
    /// moved to July 15"): then a date the sentence looks ahead to is
    /// ahead of that year's telling, in it.
    pub(crate) sentence_year_fronted: bool,
    /// Whether that year stands right before the expression: "this year
    /// through August".
    pub(crate) sentence_year_close: bool,
    /// The day named right before the expression: "on March 14 at 8pm".
    pub(crate) sentence_day: Option<NaiveDate>,
    /// The day the expression before named, when it named one in this
    /// sentence: "born on 4 July 1990 and died on the 12th".
    pub(crate) previous_day: Option<NaiveDate>,
    /// The last day mentioned, which a bare clock time is on even when a
    /// year or a month was named since: "The race was on Sunday … the
    /// fastest since 2020 … crossed the line at 10:05 a.m."
    pub(crate) last_day: Option<NaiveDate>,
    /// The last day mentioned before `last_day`, for the span the two
    /// make: "from 31 October to 3 November … on the Tuesday".
    pub(crate) day_before_last: Option<NaiveDate>,
    /// The last day mentioned, when a sentence opened on it: "On August
    /// 12, 2019, crowds gathered. The television was switched on at
    /// 9pm." A scene set for what follows, however long ago.
    pub(crate) scene_day: Option<NaiveDate>,
    /// The day each weekday name (Monday first) was last read as: "Mr.
    /// Gerstner said Friday … Nestle's share before Friday's purchases is
    /// far below" names one Friday twice, and the present tense of the
    /// second clause is not a schedule.
    pub(crate) weekdays: [Option<NaiveDate>; 7],
    /// Whether the last day mentioned was told as its night ("overnight",
    /// "Monday night"), whose small hours are the next day's.
    pub(crate) last_night: bool,
    /// A live blog's last timestamp: its day and minutes past midnight.
    pub(crate) blog: Option<(NaiveDate, u32)>,
}

impl Resolver {
    pub(crate) fn resolve(&self, sem: &Sem, dir: Direction) -> Resolved {
        let reference = match (self.narrative, self.last.as_ref().and_then(DateValue::interval)) {
            (true, Some(last)) if !matches!(sem, Sem::Reference(_)) => Some(last.start),
            _ => self.reference,
        };
        let date = |v: Option<DateValue>, anchor: Anchor| match v {
            Some(v) => {
                let kind = if matches!(v, DateValue::DayPart(..) | DateValue::Time(..)) {
                    TimexType::Time
                } else {
                    TimexType::Date
                };
                Resolved { kind, value: Value::Date(v), anchor }
            }
            // "that night" with no day before it: a time of some day.
            None => Resolved {
                kind: if matches!(sem, Sem::DayPart { .. } | Sem::Clock { .. } | Sem::Tonight) {
                    TimexType::Time
                } else {
                    TimexType::Date
                },
                value: Value::Date(DateValue::Unanchored(unanchored(sem))),
                anchor: Anchor::None,
            },
        };
        match sem {
            Sem::Absolute(v) => Resolved {
                kind: TimexType::Date,
                value: Value::Date(v.clone()),
                anchor: Anchor::Absolute,
            },
            Sem::EitherOrder { month_first, day_first } => Resolved {
                kind: TimexType::Date,
                value: Value::Date(DateValue::Day(self.either_order(
                    *month_first,
                    *day_first,
                    dir,
                ))),
                anchor: Anchor::Absolute,
            },
            Sem::InFuture { amount, unit } => {
                let ahead = Sem::Offset { amount: *amount, unit: *unit, sign: 1, anaphoric: false };
                if dir == Direction::Future
                    && reference.is_some()
                    && !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour)
                {
                    return self.resolve(&ahead, dir);
                }
                Resolved {
                    kind: TimexType::Duration,
                    value: Value::Duration(duration(*amount, *unit)),
                    anchor: Anchor::None,
                }
            }
            Sem::Duration { amount, unit } => Resolved {
                kind: TimexType::Duration,
                value: Value::Duration(duration(*amount, *unit)),
                anchor: Anchor::None,
            },
            Sem::Set(s) => Resolved {
                kind: TimexType::Set,
                value: Value::Set(s.clone()),
                anchor: Anchor::None,
            },
            Sem::Reference(r) => Resolved {
                kind: TimexType::Date,
                value: Value::Reference(*r),
                anchor: Anchor::None,
            },
            // "weeks later", "a few days earlier": some time from a date
            // the text has in mind, which no value names; what is known
            // is the length, as TimeML annotates it.
            Sem::Offset { amount: None, unit, anaphoric: true, .. } => Resolved {
                kind: TimexType::Duration,
                value: Value::Duration(duration(None, *unit)),
                anchor: Anchor::None,
            },
            Sem::Offset { amount: None, sign, .. } => {
                let r = if *sign < 0 { Reference::Past } else { Reference::Future };
                Resolved { kind: TimexType::Date, value: Value::Reference(r), anchor: Anchor::None }
            }
            _ if matches!(sem, Sem::DayPart { base, .. } | Sem::Clock { base: Some(base), .. }
                if matches!(**base, Sem::Anaphoric { .. })) =>
            {
                // After a year or a decade, the last day the text named
                // within a year of it, if any; else no day can be told
                // ("between 2016 and 2020 … I went home that night").
                // A clause looking back counts from no day still to come:
                // "must leave by March 15. Residents said the previous night
                // had been the worst".
                let last = match &self.last {
                    Some(l) if l.granularity() > crate::value::Granularity::Day => self
                        .last_day
                        .filter(|d| within_a_year(l, *d))
                        .map(DateValue::Day)
                        .or(Some(l.clone())),
                    l => l.clone(),
                }
                .filter(|l| !ahead_of(l, reference, dir));
                let anchor = if last.is_some() { Anchor::Previous } else { Anchor::Reference };
                let mut base = last.or_else(|| reference.map(DateValue::Day));
                // "15,000 people spent the night in tents", told on the day
                // itself: a night that is over is the one before it.
                let on_the_day = base
                    .as_ref()
                    .and_then(DateValue::interval)
                    .zip(reference)
                    .is_some_and(|(i, r)| i.start == r && i.end == r);
                let tonight = on_the_day
                    && matches!(sem, Sem::DayPart { part: DayPart::Night, base: b }
                        if matches!(**b, Sem::Anaphoric { shift: 0, .. }));
                if tonight && dir == Direction::Past {
                    base = reference.and_then(|r| r.pred_opt()).map(DateValue::Day);
                }
                date(base.and_then(|b| self.relative(sem, &b, reference, dir)), anchor)
            }
            Sem::Anaphoric { .. }
            | Sem::AnaphoricWeekday { .. }
            | Sem::SeasonThen(..)
            | Sem::MonthThen(..)
            | Sem::Offset { anaphoric: true, .. }
            | Sem::Same { .. }
            | Sem::SameIn { .. } => {
                let mut base = self.last.clone().filter(|l| !ahead_of(l, reference, dir));
                // "the end of the month" after a year names no month; "will
                // double by the end of the year" after "born in 1970" is
                // this year.
                if let Sem::Anaphoric { unit: unit @ (Unit::Month | Unit::Year), shift: 0 } = sem {
                    base = base.filter(|l| {
                        l.granularity() <= unit.granularity() && !behind_of(l, reference, dir)
                    });
                }
                // "landed on Tuesday. A report is due next year. The crew
                // had flown eight hours that day": past a date still to
                // come, the last day named.
                if let (None, Some(_), Sem::Anaphoric { unit, .. }, Some(day)) =
                    (&base, &self.last, sem, self.last_day)
                {
                    let day = DateValue::Day(day);
                    if unit.granularity() <= crate::value::Granularity::Week
                        && !ahead_of(&day, reference, dir)
                    {
                        base = Some(day);
                    }
                }
                // "a week earlier" after "since 1989", "the day before"
                // after "last summer" count from the last day named, not
                // from a season or a year.
                if let (
                    Sem::Offset { unit, .. } | Sem::Anaphoric { unit, .. },
                    Some(last),
                    Some(day),
                ) = (sem, &base, self.last_day)
                {
                    // Not a day of another time: "The war ended in 1945.
                    // The next day" is not the day after a 2009 date told
                    // paragraphs before; but "the highest since 1989" is
                    // only a bound.
                    let near = self.last_since || within_a_year(last, day);
                    if unit.granularity() <= crate::value::Granularity::Week
                        && last.granularity() >= crate::value::Granularity::Season
                        && near
                    {
                        base = Some(DateValue::Day(day));
                    }
                }
                // "the same point last year" after "the spring of next
                // year": a day, not the start of a season.
                if let (Sem::Same { period: Period::Unit(unit), .. }, Some(last)) = (sem, &base) {
                    if last.granularity() > unit.granularity() {
                        base = self.last_day.or(reference).map(DateValue::Day);
                    }
                }
                let anchor = if base.is_some() { Anchor::Previous } else { Anchor::Reference };
                // With nothing mentioned yet, "the quarter" and "the
                // latest period" are the last quarter completed; looking
                // ahead ("will finish by the end of the quarter"), the one
                // under way.
                let ahead = dir == Direction::Future
                    && matches!(sem, Sem::Anaphoric { unit: Unit::Quarter, shift: 0 });
                let base = base.or_else(|| {
                    let r = reference?;
                    if !ahead
                        && matches!(
                            sem,
                            Sem::Same {
                                period: Period::Named(_) | Period::Reported | Period::Quarter,
                                ..
                            } | Sem::SameIn { .. }
                                | Sem::Anaphoric { unit: Unit::Quarter, .. }
                        )
                    {
                        shift_unit(&DateValue::Day(r), Unit::Quarter, -1, true)
                    } else {
                        Some(DateValue::Day(r))
                    }
                });
                // "go to bed 15 minutes earlier each night", after "in
                // 2022": minutes or hours from no day or time are a length.
                if let (Sem::Offset { amount, unit, .. }, Some(b)) = (sem, &base) {
                    if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour)
                        && b.granularity() > crate::value::Granularity::Day
                    {
                        return Resolved {
                            kind: TimexType::Duration,
                            value: Value::Duration(duration(*amount, *unit)),
                            anchor: Anchor::None,
                        };
                    }
                }
                let value = base.and_then(|b| self.relative(sem, &b, reference, dir));
                // "the 1760s … A century later, it worked": told in the
                // past, a time after no day it can count from, which would
                // lie ahead of the reference date, is known only by its
                // length, as TimeML annotates it.
                if let (Sem::Offset { amount, unit, sign: 1.., .. }, Some(v), Some(r)) =
                    (sem, &value, reference)
                {
                    if dir == Direction::Past && v.interval().is_some_and(|i| i.start > r) {
                        return Resolved {
                            kind: TimexType::Duration,
                            value: Value::Duration(duration(*amount, *unit)),
                            anchor: Anchor::None,
                        };
                    }
                }
                date(value, anchor)
            }
            _ => {
                let Some(r) = reference else { return date(None, Anchor::None) };
                let anchor = if self.narrative && self.last.is_some() {
                    Anchor::Previous
                } else {
                    Anchor::Reference
                };
                date(self.relative(sem, &DateValue::Day(r), Some(r), dir), anchor)
            }
        }
    }

    /// The day the weekday `day` was last read as, if that is within a week
    /// of `r`.
    fn named(&self, day: Weekday, r: NaiveDate) -> Option<NaiveDate> {
        self.weekdays[day.num_days_from_monday() as usize].filter(|d| (*d - r).num_days().abs() < 7)
    }

    /// The day under discussion: the day named just before in the
    /// sentence, or the last day named when that is a day of the news
    /// (within a week of the reference, on the side the clause looks to),
    /// or else the reference day.
    fn day_under_discussion(&self, r: NaiveDate, dir: Direction) -> NaiveDate {
        if let Some(d) = self.sentence_day {
            return d;
        }
        // A story told of a day further back, within a month, keeps to it
        // while the day is the last date named: "left home at 7.15pm on
        // Friday 21 February. She was seen on a bus at 7.32pm." (Not a
        // birthday decades ago.)
        let told_last = |d: NaiveDate| self.last_told_day() == Some(d);
        match self.last_day {
            Some(d) if (d - r).num_days().abs() <= 7 && (d <= r) == (dir != Direction::Future) => d,
            Some(d)
                if dir == Direction::Past
                    && d <= r
                    && ((r - d).num_days() <= STORY_CLOCK_DAYS || self.scene_day == Some(d))
                    && told_last(d) =>
            {
                d
            }
            // "on the evening of Saturday 24 August. The procession begins
            // at 8:30pm": a programme for a day ahead, within the year.
            Some(d)
                if dir == Direction::Future
                    && d >= r
                    && (d - r).num_days() <= 366
                    && told_last(d) =>
            {
                d
            }
            _ => r,
        }
    }

    /// The year of a story told of a past year, for a yearless day or
    /// month (`span` of it in a year) in a clause that does not look
    /// ahead: "The flood hit on 3 March 2023. Crews worked until March
    /// 20"; "Troops landed on June 6, 1944. Paris was liberated in
    /// August". Only close to the day told last, and where this year's
    /// has not yet come.
    fn story_year(
        &self,
        r: NaiveDate,
        dir: Direction,
        shift: Shift,
        span: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
    ) -> Option<i32> {
        let l = self.last_told_day()?;
        if l.year() >= r.year() || dir == Direction::Future || shift != Shift::Context {
            return None;
        }
        if span(r.year()).is_some_and(|(start, _)| start <= r) {
            return None;
        }
        let (start, end) = span(l.year())?;
        let near = |d: NaiveDate| (d - l).num_days().abs() <= STORY_DAYS;
        (near(start) || near(end)).then_some(l.year())
    }

    /// Where the days the text told last begin: the day before the last
    /// one, when the two are a span of at most two weeks ("arrive on
    /// August 2 and stay until August 6"), else the last day told.
    fn told_days_start(&self) -> Option<NaiveDate> {
        let last = self.last_day?;
        Some(match self.day_before_last {
            Some(d) if d < last && (last - d).num_days() <= TOLD_SPAN_DAYS => d,
            _ => last,
        })
    }

    /// The day of the last date named, when that date is a day, a part
    /// of one or a time on one.
    fn last_told_day(&self) -> Option<NaiveDate> {
        match &self.last {
            Some(DateValue::Day(d) | DateValue::DayPart(d, _) | DateValue::Time(d, ..)) => Some(*d),
            _ => None,
        }
    }

    /// Like [`Resolver::resolve`], counting from `day` instead of the
    /// reference date: "would vote on Thursday" from the day it was said.
    pub(crate) fn resolve_from(&mut self, day: NaiveDate, sem: &Sem, dir: Direction) -> Resolved {
        let reference = self.reference.replace(day);
        let resolved = self.resolve(sem, dir);
        self.reference = reference;
        resolved
    }

    /// The day of a live blog's entry at `minutes` past midnight, which
    /// the clock alone put on `day`. The entries run in order, oldest or
    /// newest first: a jump of more than half a day crosses midnight, and
    /// past it "this morning" and "overnight" are the entry's day's.
    pub(crate) fn blog_entry(&mut self, day: NaiveDate, minutes: u32) -> Option<NaiveDate> {
        let day = match self.blog {
            Some((day, before)) if minutes + 720 < before => day.succ_opt()?,
            Some((day, before)) if before + 720 < minutes => day.pred_opt()?,
            Some((day, _)) => day,
            None => day,
        };
        if self.blog.is_some() && self.reference.is_some() {
            self.reference = Some(day);
        }
        self.blog = Some((day, minutes));
        Some(day)
    }

    /// The value of `sem` counted from `base`.
    fn relative(
        &self,
        sem: &Sem,
        base: &DateValue,
        reference: Option<NaiveDate>,
        dir: Direction,
    ) -> Option<DateValue> {
        let base_day = base.interval()?.start;
        let r = reference.unwrap_or(base_day);
        Some(match sem {
            Sem::MonthDay { month, day, weekday: Some(wd), .. } => {
                // "Monday, Oct. 26": the year in which that day is a Monday,
                // nearest the reference, on the side the clause looks to; a
                // weekday that fits no such year is a slip, and the tense
                // decides ("finished on Sunday, August 31", told in October
                // of a year where it was a Saturday, is not next year's).
                let fits = (r.year() - 6..=r.year() + 6)
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, *month, *day))
                    .filter(|d| d.weekday() == *wd)
                    .filter(|d| match dir {
                        // Within a few weeks either way, as a date without
                        // a year is read ("said in an editorial on Monday,
                        // Oct. 26", told the day before).
                        Direction::Past => (*d - r).num_days() <= SOON_DAYS,
                        Direction::Future => (r - *d).num_days() <= SOON_DAYS,
                        Direction::Present | Direction::Unknown => true,
                    })
                    .min_by_key(|d| (*d - r).num_days().abs());
                match fits {
                    Some(d) => DateValue::Day(d),
                    None => DateValue::Day(
                        pick_year(r, dir, |y| {
                            NaiveDate::from_ymd_opt(y, *month, *day).map(|d| (d, d))
                        })?
                        .0,
                    ),
                }
            }
            Sem::MonthDay { month, day, shift: Shift::Context, .. }
                if let Some(y) = self.year_of_sentence(r, dir, |y| {
                    NaiveDate::from_ymd_opt(y, *month, *day).map(|d| (d, d))
                }) =>
            {
                DateValue::Day(NaiveDate::from_ymd_opt(y, *month, *day)?)
            }
            Sem::Month { month, shift: Shift::Context }
                if let Some(y) = self.year_of_sentence(r, dir, |y| month_span(y, *month)) =>
            {
                DateValue::Month(y, *month)
            }
            Sem::MonthDay { month, day, shift, .. } => {
                let dir = match shift {
                    Shift::Last | Shift::LastWeek => Direction::Past,
                    Shift::Next | Shift::Coming => Direction::Future,
                    _ => dir,
                };
                // News style gives the year of any date outside the
                // current one, so a bare "Nov. 10" a few weeks ahead is
                // this year's even in a past clause ("has set Nov. 10 as
                // the deadline"), not the one eleven months back.
                // "The flood hit on 3 March 2023. Crews worked until March
                // 20": a story told of a past year stays in it for a date
                // close to the day it named last, where this year's would
                // be ahead of a clause that looks back.
                let on = |y: i32| NaiveDate::from_ymd_opt(y, *month, *day).map(|d| (d, d));
                if let Some(y) = self.story_year(r, dir, *shift, on) {
                    return Some(DateValue::Day(NaiveDate::from_ymd_opt(y, *month, *day)?));
                }
                let soon = NaiveDate::from_ymd_opt(r.year(), *month, *day)
                    .filter(|d| *d > r && (*d - r).num_days() <= SOON_DAYS);
                if let (Some(d), Direction::Past, Shift::Context) = (soon, dir, shift) {
                    return Some(DateValue::Day(d));
                }
                DateValue::Day(
                    pick_year(r, dir, |y| {
                        NaiveDate::from_ymd_opt(y, *month, *day).map(|d| (d, d))
                    })?
                    .0,
                )
            }
            Sem::Month { month, shift } => {
                // "Troops landed on June 6, 1944 … Paris was liberated in
                // August": a story told of a past year stays in it for a
                // month close to the day it named last, as a day does.
                let told_of = self.story_year(r, dir, *shift, |y| month_span(y, *month));
                let y = match shift {
                    Shift::Indefinite => return None,
                    Shift::Context if told_of.is_some() => told_of?,
                    Shift::Context => pick_year(r, dir, |y| month_span(y, *month))?.0.year(),
                    Shift::This => r.year(),
                    // "last March" said in May is March a year before:
                    // a month this year so recent would be "in March".
                    Shift::Last | Shift::LastWeek => {
                        if *month + 3 <= r.month() {
                            r.year()
                        } else {
                            r.year() - 1
                        }
                    }
                    Shift::Next | Shift::Coming => {
                        if *month > r.month() {
                            r.year()
                        } else {
                            r.year() + 1
                        }
                    }
                };
                DateValue::Month(y, *month)
            }
            Sem::MonthOfYear { month, day, shift } => {
                let y = match shift {
                    Shift::Last => r.year() - 1,
                    Shift::Next => r.year() + 1,
                    _ => r.year(),
                };
                match day {
                    Some(d) => DateValue::Day(NaiveDate::from_ymd_opt(y, *month, *d)?),
                    None => DateValue::Month(y, *month),
                }
            }
            Sem::DayOfShiftedMonth { day, shift } => {
                DateValue::Day(shifted_month(r, *shift)?.with_day(*day)?)
            }
            Sem::WeekdayOfShiftedMonth { weekday, nth, shift } => {
                let month = shifted_month(r, *shift)?;
                let nth = Holiday::NthWeekday(month.month(), *weekday, *nth);
                DateValue::Day(holiday_date(nth, month.year())?)
            }
            Sem::DayOfMonth(d) => {
                // "born on 4 July 1990 and died on the 12th": later in the
                // month the sentence just named.
                if let Some(day) =
                    self.previous_day.filter(|p| *d > p.day()).and_then(|p| p.with_day(*d))
                {
                    return Some(DateValue::Day(day));
                }
                // "on March 3, and again on the 10th": the month just named,
                // when it is one of the news.
                let named = match self.last {
                    Some(DateValue::Month(y, m)) => NaiveDate::from_ymd_opt(y, m, 1),
                    Some(
                        DateValue::Day(day) | DateValue::DayPart(day, _) | DateValue::Time(day, ..),
                    ) => Some(day),
                    _ => None,
                };
                if let Some(m) = named.filter(|m| (*m - r).num_days().abs() <= 92) {
                    // Not against the tense: "it was passed on the 28th",
                    // after "takes effect on 1 January", is not January's.
                    let fits = |day: &NaiveDate| match dir {
                        Direction::Past => *day <= r,
                        Direction::Future => *day >= r,
                        Direction::Present | Direction::Unknown => true,
                    };
                    if let Some(day) = NaiveDate::from_ymd_opt(m.year(), m.month(), *d).filter(fits)
                    {
                        return Some(DateValue::Day(day));
                    }
                }
                let this = NaiveDate::from_ymd_opt(r.year(), r.month(), *d);
                let prev = r
                    .checked_sub_months(Months::new(1))
                    .and_then(|p| NaiveDate::from_ymd_opt(p.year(), p.month(), *d));
                let next = r
                    .checked_add_months(Months::new(1))
                    .and_then(|n| NaiveDate::from_ymd_opt(n.year(), n.month(), *d));
                let chosen = match dir {
                    Direction::Past => this.filter(|t| *t <= r).or(prev),
                    Direction::Future => this.filter(|t| *t >= r).or(next),
                    // "The deadline is the 30th", said on the 10th: this
                    // month's day still to come; one gone by is the nearest.
                    Direction::Present => this
                        .filter(|t| *t >= r)
                        .or_else(|| nearest(r, [prev, this, next].into_iter().flatten())),
                    Direction::Unknown => nearest(r, [prev, this, next].into_iter().flatten()),
                };
                DateValue::Day(chosen?)
            }
            // Without a tense of its own, a weekday named again is the day
            // it named before.
            Sem::Weekday { day, shift } => DateValue::Day(
                match (shift, dir) {
                    (Shift::Context, Direction::Present | Direction::Unknown) => {
                        self.named(*day, r)
                    }
                    _ => None,
                }
                .or_else(|| weekday(r, *day, *shift, dir, true))?,
            ),
            // "the following Saturday" after a Wednesday is three days on,
            // "the previous Wednesday" before a Friday two days back; a day
            // next to the one told would be "the next day" or "the day
            // before", so the weekday is the week's after or before.
            Sem::AnaphoricWeekday { day, shift } => DateValue::Day(match shift {
                Shift::Next => {
                    weekday_on_or_after(base_day.checked_add_signed(Duration::days(2))?, *day)
                }
                Shift::Last => {
                    weekday_on_or_after(base_day.checked_sub_signed(Duration::days(8))?, *day)
                }
                // "on the Saturday": the first one from the start of
                // the days just told, or else as a weekday of the news.
                Shift::Context => match self.told_days_start() {
                    Some(start) => weekday_on_or_after(start, *day),
                    None => weekday(r, *day, Shift::Context, dir, true)?,
                },
                _ => weekday(base_day, *day, *shift, dir, false)?,
            }),
            Sem::UnitOf { unit, date } => {
                let day = self.relative(date, base, reference, dir)?.interval()?.start;
                // The weekend of a Monday holiday is the one it ends; of a
                // Tuesday one ("the July Fourth weekend" in 2023), the one
                // just before, which is nearer than the next.
                let day = match (*unit, day.weekday()) {
                    (Unit::Weekend, Weekday::Mon) => day.pred_opt()?,
                    (Unit::Weekend, Weekday::Tue) => day.pred_opt()?.pred_opt()?,
                    _ => day,
                };
                at_unit(day, *unit)
            }
            Sem::EdgeDay { last, period } => {
                let span = self.relative(period, base, reference, dir)?.interval()?;
                DateValue::Day(if *last { span.end } else { span.start })
            }
            // A week belongs to the month that holds its Thursday, as ISO
            // 8601 gives a week to the year that holds its Thursday; a
            // weekend to the month that holds its Saturday.
            Sem::WeekOfMonth { month, nth, weekend, full } => {
                let span = self.relative(month, base, reference, dir)?.interval()?;
                // A week is the month's that has its Thursday in it; a full
                // week ("the first full week of December") has all seven
                // days in it, counted by its Monday.
                let day = match (*weekend, *full) {
                    (true, _) => Weekday::Sat,
                    (false, false) => Weekday::Thu,
                    (false, true) => Weekday::Mon,
                };
                let back = if *full && !*weekend { 12 } else { 6 };
                let counted = if *nth > 0 {
                    let first = weekday_on_or_after(span.start, day);
                    first + Duration::weeks(i64::from(*nth) - 1)
                } else {
                    let last = weekday_on_or_after(span.end - Duration::days(back), day);
                    last + Duration::weeks(i64::from(*nth) + 1)
                };
                if counted < span.start || counted > span.end {
                    return None;
                }
                let w = counted.iso_week();
                if *weekend {
                    DateValue::Weekend(w.year(), w.week())
                } else {
                    DateValue::Week(w.year(), w.week())
                }
            }
            Sem::Season { season, shift } => {
                let y = match shift {
                    Shift::Indefinite => return None,
                    Shift::Context => pick_year(r, dir, |y| season_span(y, *season))?.0.year(),
                    Shift::This => season_year_containing(r, *season),
                    // "last spring" is the latest spring over; "next
                    // spring" the first one to come.
                    Shift::Last | Shift::LastWeek => (r.year() - 2..=r.year())
                        .rev()
                        .find(|y| season_span(*y, *season).is_some_and(|(_, e)| e < r))?,
                    Shift::Next | Shift::Coming => (r.year() - 1..=r.year() + 1)
                        .find(|y| season_span(*y, *season).is_some_and(|(s, _)| s > r))?,
                };
                DateValue::Season(y, *season)
            }
            Sem::SeasonOf { season, year } => DateValue::Season(
                self.year_of(*year, r, dir, |y| season_span(y, *season))?,
                *season,
            ),
            Sem::Quarter { quarter, year } => {
                let q = *quarter;
                let span = |y: i32| DateValue::Quarter(y, q).interval().map(|i| (i.start, i.end));
                // Results are reported weeks after a quarter ends: "expects
                // to report a third-quarter loss" in November is this
                // year's third quarter. A quarter is the latest one begun,
                // unless the clause looks ahead to one ended long ago.
                let y = match year {
                    YearRef::Context => {
                        let begun = (r.year() - 1..=r.year())
                            .rev()
                            .find(|y| span(*y).is_some_and(|(s, _)| s <= r))?;
                        let (ended_ago, starts_in) = match (span(begun), span(begun + 1)) {
                            (Some((_, e)), Some((s, _))) => {
                                ((r - e).num_days(), (s - r).num_days())
                            }
                            _ => (0, i64::MAX),
                        };
                        match dir {
                            Direction::Past => begun,
                            Direction::Future if ended_ago > 90 => begun + 1,
                            Direction::Future => begun,
                            _ if ended_ago > starts_in => begun + 1,
                            _ => begun,
                        }
                    }
                    other => self.year_of(*other, r, dir, span)?,
                };
                DateValue::Quarter(y, q)
            }
            Sem::Half { half, year } => {
                let h = *half;
                DateValue::Half(
                    self.year_of(*year, r, dir, |y| {
                        DateValue::Half(y, h).interval().map(|i| (i.start, i.end))
                    })?,
                    h,
                )
            }
            Sem::Holiday { holiday, year, shift } => {
                let at = |y: i32| holiday_date(*holiday, y).map(|d| (d, d));
                // "last Christmas" is the latest one before the reference,
                // "next Christmas" the first one after it.
                let y = match shift {
                    Shift::Indefinite => return None,
                    Shift::Last | Shift::LastWeek => (r.year() - 1..=r.year())
                        .rev()
                        .find(|y| holiday_date(*holiday, *y).is_some_and(|d| d < r))?,
                    Shift::Next | Shift::Coming => (r.year()..=r.year() + 1)
                        .find(|y| holiday_date(*holiday, *y).is_some_and(|d| d > r))?,
                    Shift::This => r.year(),
                    // "In 2021, Christmas fell on a Saturday", "Last year,
                    // Black Friday sales reached…": the sentence's year.
                    Shift::Context if *year == YearRef::Context => self
                        .year_of_sentence(r, dir, at)
                        .or_else(|| self.year_of(*year, r, dir, at))?,
                    Shift::Context => self.year_of(*year, r, dir, at)?,
                };
                DateValue::Day(holiday_date(*holiday, y)?)
            }
            // Said in the second half of a year, the one to come; in the
            // first, the one under way, unless looking ahead once the year
            // is well begun ("will reopen in the new year", said in April).
            Sem::NewYear => {
                let ahead = r.month() > 6 || (dir == Direction::Future && r.month() > 2);
                DateValue::Year(if ahead { r.year() + 1 } else { r.year() })
            }
            Sem::ThisTime { unit, shift } => shift_unit(&DateValue::Day(r), *unit, *shift, false)?,
            Sem::UnitYearsAgo { unit, years } => {
                let DateValue::Day(d) = shift_unit(&DateValue::Day(r), Unit::Year, *years, false)?
                else {
                    return None;
                };
                at_unit(d, *unit)
            }
            // "Thursday week", "two weeks from Friday": counted from the
            // coming day, whatever the clause's tense.
            Sem::From { amount, unit, date } => {
                let day = self.relative(date, base, reference, Direction::Future)?;
                shift_unit(&day, *unit, *amount, false)?
            }
            // "the Sunday after Thanksgiving": the day named is placed as
            // the clause's tense says, the day beside it follows.
            Sem::Beside { weekday, after, date } => {
                let DateValue::Day(day) = self.relative(date, base, reference, dir)? else {
                    return None;
                };
                let next = |d: NaiveDate| if *after { d.succ_opt() } else { d.pred_opt() };
                let mut d = next(day)?;
                if let Some(w) = weekday {
                    while d.weekday() != *w {
                        d = next(d)?;
                    }
                }
                DateValue::Day(d)
            }
            Sem::Deictic { unit, shift } => {
                let mut shift = *shift;
                // "the weekend" in the past tense is the one just gone.
                if *unit == Unit::Weekend
                    && shift == 0
                    && dir == Direction::Past
                    && r.weekday().num_days_from_monday() < 5
                {
                    shift = -1;
                }
                // Looking ahead on a Sunday, it is the next one: "not
                // expected to improve until the weekend".
                if *unit == Unit::Weekend
                    && shift == 0
                    && dir == Direction::Future
                    && r.weekday() == Weekday::Sun
                {
                    shift = 1;
                }
                shift_unit(&DateValue::Day(r), *unit, shift, true)?
            }
            Sem::MonthThen(month, 0) => DateValue::Month(base.interval()?.start.year(), *month),
            Sem::MonthThen(month, shift) => {
                let span = base.interval()?;
                if *shift > 0 {
                    let y = span.end.year();
                    DateValue::Month(if *month > span.end.month() { y } else { y + 1 }, *month)
                } else {
                    let y = span.start.year();
                    DateValue::Month(if *month < span.start.month() { y } else { y - 1 }, *month)
                }
            }
            Sem::SeasonThen(season, shift) => {
                let start = base.interval()?.start;
                // January and February belong to the winter before.
                let y = if *season == Season::Winter && start.month() <= 2 {
                    start.year() - 1
                } else {
                    start.year()
                };
                DateValue::Season(y.checked_add(*shift)?, *season)
            }
            Sem::Anaphoric { unit, shift } => match (base, unit) {
                // "the quarter" after a quarter is that quarter.
                (DateValue::Quarter(..), Unit::Quarter) if *shift == 0 => reported(base, r, dir)?,
                (DateValue::Quarter(..), Unit::Quarter) | (DateValue::Year(_), Unit::Year) => {
                    shift_unit(base, *unit, *shift, false)?
                }
                // After anything else it is the last quarter completed:
                // reports are about quarters that have ended. Looking ahead
                // ("will finish by the end of the quarter"), the one under
                // way.
                (_, Unit::Quarter) if *shift == 0 && dir == Direction::Future => {
                    shift_unit(&DateValue::Day(r), Unit::Quarter, 0, true)?
                }
                (_, Unit::Quarter) => {
                    shift_unit(&DateValue::Day(r), Unit::Quarter, *shift - 1, true)?
                }
                // "that day" after "in 1987" cannot be more precise than
                // the year.
                _ if unit.granularity() < base.granularity()
                    && base.granularity() >= crate::value::Granularity::Month =>
                {
                    if *shift == 0 {
                        base.clone()
                    } else {
                        shift_unit(base, *unit, *shift, false)?
                    }
                }
                // "the following weekend" after a weekday is that week's.
                (DateValue::Day(d), Unit::Weekend)
                    if *shift == 1 && d.weekday().number_from_monday() < 6 =>
                {
                    shift_unit(base, *unit, 0, true)?
                }
                _ => shift_unit(base, *unit, *shift, true)?,
            },
            Sem::Same { years, period } => {
                let same = match (period, base) {
                    (Period::Unit(unit), _) => at_unit(base.interval()?.start, *unit),
                    // Monthly figures compare months: "rose 43% in
                    // February compared to the same period last year".
                    (Period::Reported, DateValue::Month(..)) => base.clone(),
                    _ => reporting_period(base),
                };
                let same = if *years == 0 { reported(&same, r, dir)? } else { same };
                let same = shift_unit(&same, Unit::Year, *years, false)?;
                match period {
                    Period::Named(q) => DateValue::Quarter(same.interval()?.start.year(), *q),
                    _ => same,
                }
            }
            Sem::SameIn { year } => {
                let period = reporting_period(base);
                let years = year - period.interval()?.start.year();
                shift_unit(&period, Unit::Year, years, false)?
            }
            Sem::Offset { amount: Some(a), unit, sign, anaphoric } => {
                // "three and a half years ago" is 42 months back, "half a
                // century later" 50 years on, "half an hour later" 30
                // minutes.
                let (a, unit) = match (a.fract() != 0.0, unit) {
                    (true, Unit::Hour) => (a * 60.0, &Unit::Minute),
                    (true, Unit::Minute) => (a * 60.0, &Unit::Second),
                    (true, Unit::Year) => (a * 12.0, &Unit::Month),
                    (true, Unit::Decade) => (a * 10.0, &Unit::Year),
                    (true, Unit::Century) => (a * 100.0, &Unit::Year),
                    (true, Unit::Millennium) => (a * 1000.0, &Unit::Year),
                    (true, Unit::Week) => (a * 7.0, &Unit::Day),
                    _ => (*a, unit),
                };
                let steps = (a * f64::from(*sign)).round() as i32;
                if *anaphoric {
                    shift_unit(base, *unit, steps, false)?
                } else if *unit == Unit::Year
                    && matches!(self.last, Some(DateValue::Quarter(..) | DateValue::Half(..)))
                {
                    // "net income rose from $3 million a year ago", after a
                    // quarter's results: the same quarter a year before.
                    shift_unit(self.last.as_ref()?, Unit::Year, steps, false)?
                } else {
                    // "Two days ago" is a day, "two weeks ago" a week, and
                    // "two decades ago" a year, not a decade.
                    let day =
                        shift_unit(&DateValue::Day(r), *unit, steps, false)?.interval()?.start;
                    let unit = if matches!(unit, Unit::Decade | Unit::Century | Unit::Millennium) {
                        Unit::Year
                    } else {
                        *unit
                    };
                    at_unit(day, unit)
                }
            }
            Sem::DayPart { base: inner, part } => {
                let day = self.relative(inner, base, reference, dir)?;
                let DateValue::Day(d) = day else { return None };
                // "overnight" in a past clause ("rivers burst their banks
                // overnight") is the night just gone, which belongs to the
                // day before.
                let overnight = *part == DayPart::Night
                    && matches!(**inner, Sem::Deictic { unit: Unit::Day, shift: 0 });
                if overnight && dir == Direction::Past {
                    return Some(DateValue::DayPart(d.pred_opt()?, *part));
                }
                // "spent the night in a school gym … shortly before dawn",
                // "closed at 10pm; by morning": the morning after a night
                // told is the next day's, as its small hours are.
                let after_night = *part == DayPart::Morning
                    && matches!(**inner, Sem::Anaphoric { unit: Unit::Day, shift: 0 })
                    && self.sentence_day.is_none()
                    && self.last_night
                    && self.last_day == Some(d);
                if after_night {
                    return Some(DateValue::DayPart(d.succ_opt()?, *part));
                }
                DateValue::DayPart(d, *part)
            }
            Sem::Clock { base: inner, hour, minute, zone } => {
                let d = match inner {
                    Some(inner) => match self.relative(inner, base, reference, dir)? {
                        DateValue::Day(d) => d,
                        // "until 2am on Saturday night": the small hours
                        // of the night are the next day's.
                        DateValue::DayPart(d, DayPart::Night) if *hour < 6 => d.succ_opt()?,
                        _ => return None,
                    },
                    // A bare clock time is on the day under discussion
                    // ("talks ended on Friday … at 10 p.m."), when that
                    // is a day of the news, within a week of the
                    // reference, on the side the clause looks to: a past
                    // clause does not take a day ahead, nor an undated
                    // line of a live blog. Else it is on the reference day.
                    // "On Nov. 9, 1989, crowds poured through … shortly
                    // before midnight": the day the sentence named just
                    // before, however long ago; "pushed back to Sunday,
                    // with a window opening at 2.13am", however far ahead;
                    // not against the clause's tense.
                    None if self.sentence_day.is_none()
                        && self.previous_day.is_some_and(|d| match dir {
                            Direction::Past => d <= r,
                            Direction::Future => d >= r,
                            Direction::Present | Direction::Unknown => true,
                        }) =>
                    {
                        self.previous_day?
                    }
                    None => self.day_under_discussion(r, dir),
                };
                // "Floods swept through overnight … struck shortly after 1
                // a.m.", "Polls closed at 8 p.m. on Sunday and results came
                // just after midnight": the small hours after a night told
                // are the next day's.
                let d = if inner.is_none()
                    && self.sentence_day.is_none()
                    && self.last_night
                    && *hour < 6
                    && self.last_day == Some(d)
                {
                    d.succ_opt()?
                } else {
                    d
                };
                // "The tariffs took effect at midnight", told that day: the
                // midnight that began it, the end of the day before.
                if *hour == 24 && inner.is_none() && dir == Direction::Past && d == r {
                    return Some(DateValue::Time(d.pred_opt()?, *hour, *minute, *zone));
                }
                DateValue::Time(d, *hour, *minute, *zone)
            }
            Sem::TheDay => DateValue::Day(self.day_under_discussion(r, dir)),
            Sem::ThisDay { year } => {
                let y = match year {
                    YearRef::Absolute(y) => *y,
                    YearRef::Deictic(k) => r.year().checked_add(*k)?,
                    YearRef::Context => r.year(),
                };
                // 29 February in a common year: the 28th.
                let day = NaiveDate::from_ymd_opt(y, r.month(), r.day())
                    .or_else(|| NaiveDate::from_ymd_opt(y, r.month(), r.day() - 1))?;
                DateValue::Day(day)
            }
            Sem::Tonight => DateValue::DayPart(r, DayPart::Night),
            Sem::Absolute(v) => v.clone(),
            Sem::EitherOrder { month_first, day_first } => {
                DateValue::Day(self.either_order(*month_first, *day_first, dir))
            }
            Sem::AnyDay
            | Sem::Duration { .. }
            | Sem::InFuture { .. }
            | Sem::Set(_)
            | Sem::Reference(_)
            | Sem::Offset { amount: None, .. } => return None,
        })
    }

    /// "10/07/2022" read day first only when that is the week of the
    /// reference date and month first is not, or when only that reading
    /// lies on the side of the reference date the clause looks to.
    fn either_order(
        &self,
        month_first: NaiveDate,
        day_first: NaiveDate,
        dir: Direction,
    ) -> NaiveDate {
        let near = |d: NaiveDate| self.reference.is_some_and(|r| (d - r).num_days().abs() <= 7);
        // "was opened on 12/03/2024", said in October: the reading on the
        // side the clause looks to, when only one is.
        let agrees = |d: NaiveDate| {
            self.reference.is_some_and(|r| match dir {
                Direction::Past => d <= r,
                Direction::Future => d >= r,
                Direction::Present | Direction::Unknown => true,
            })
        };
        if (near(day_first) && !near(month_first)) || (agrees(day_first) && !agrees(month_first)) {
            day_first
        } else {
            month_first
        }
    }

    /// The year named earlier in the sentence, when a yearless date after
    /// it looks the same way: "last year's hottest day was on 17 June",
    /// but not "talks, which stalled last year, will resume in September".
    /// `span` gives the date's span in a year: a clause that looks ahead
    /// does not take the named year for a date already past in it ("raised
    /// rates this year and is expected to hike again in February", said in
    /// December).
    fn year_of_sentence(
        &self,
        r: NaiveDate,
        dir: Direction,
        span: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
    ) -> Option<i32> {
        let y = self.sentence_year?;
        // "Also this year: … on December 4", said on 1 January: the year
        // the sentence named, unless the clause looks back from its start.
        let agrees = match dir {
            Direction::Past => y < r.year(),
            Direction::Future => {
                self.sentence_year_fronted
                    || (y >= r.year()
                        && (self.sentence_year_close || span(y).is_some_and(|s| s.1 >= r)))
            }
            // "Next year, Thanksgiving falls on November 28."
            Direction::Present | Direction::Unknown => y == r.year() || self.sentence_year_fronted,
        };
        agrees.then_some(y)
    }

    fn year_of(
        &self,
        year: YearRef,
        r: NaiveDate,
        dir: Direction,
        span: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
    ) -> Option<i32> {
        match year {
            YearRef::Absolute(y) => Some(y),
            YearRef::Deictic(k) => Some(r.year() + k),
            YearRef::Context => Some(pick_year(r, dir, span)?.0.year()),
        }
    }
}

/// How far ahead of the reference date a yearless day may lie and still
/// be read in the current year when the clause is in the past.
const SOON_DAYS: i64 = 60;

/// Whether `day` lies within a year either side of the period `last`.
fn within_a_year(last: &DateValue, day: NaiveDate) -> bool {
    last.interval().is_none_or(|i| {
        (i.start - Duration::days(366)..=i.end + Duration::days(366)).contains(&day)
    })
}

/// Whether `last` lies wholly after the reference date while the clause
/// looks back.
fn ahead_of(last: &DateValue, reference: Option<NaiveDate>, dir: Direction) -> bool {
    dir == Direction::Past && reference.zip(last.interval()).is_some_and(|(r, i)| i.start > r)
}

/// Whether the last date named is over before the reference date's year
/// began, for a clause that looks ahead.
fn behind_of(last: &DateValue, reference: Option<NaiveDate>, dir: Direction) -> bool {
    dir == Direction::Future
        && reference.zip(last.interval()).is_some_and(|(r, i)| i.end.year() < r.year())
}

/// How long a span two days told one after the other may make, for "on
/// the Saturday" within it.
const TOLD_SPAN_DAYS: i64 = 14;

/// How far back a day the story is told of may lie and still give its date
/// to a bare clock time in a later sentence.
const STORY_CLOCK_DAYS: i64 = 31;

/// How far from the last day a story told of a past year a yearless day
/// may lie and still be read in that year.
const STORY_DAYS: i64 = 92;

/// How far across the new year an untensed month or season may lie and
/// still be preferred to the one in the reference's year.
const ACROSS_NEW_YEAR_DAYS: i64 = 62;

/// Picks the year for a yearless date or period: the latest one starting
/// on or before the reference date in a past clause, the earliest one
/// ending on or after it in a future clause, otherwise the nearest.
fn pick_year(
    r: NaiveDate,
    dir: Direction,
    span: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    let y = r.year();
    // At most three candidates, kept on the stack.
    let candidates = [span(y - 1), span(y), span(y + 1)];
    let options = || candidates.iter().flatten();
    // A date within a week of the reference is that one, whatever the
    // tense: a story written the day after a deadline, or the day before
    // an event.
    if let Some(near) =
        options().find(|(s, e)| (*s - r).num_days().abs() <= 7 && (*e - *s).num_days() == 0)
    {
        return Some(*near);
    }
    match dir {
        Direction::Past => options().rev().find(|(start, _)| *start <= r).copied(),
        Direction::Future => options().find(|(_, end)| *end >= r).copied(),
        Direction::Present | Direction::Unknown => {
            // How far an option lies from the reference; on a tie, the
            // past first: news reports more than it forecasts.
            let distance = |(s, e): &&(NaiveDate, NaiveDate)| {
                if *e < r { ((r - *e).num_days(), 0) } else { ((*s - r).num_days(), 1) }
            };
            // The one containing the reference date.
            let containing = options().find(|(s, e)| *s <= r && r <= *e);
            // With no tense at all, the one in the reference's year ("from
            // $29.75 in March", written in October), unless one across the
            // new year is only weeks away ("in December", written on Jan. 5).
            let same_year = options().find(|(s, e)| s.year() == y && e.year() == y);
            let across = options()
                .filter(|o| o.0.year() != y && distance(o).0 <= ACROSS_NEW_YEAR_DAYS)
                .min_by_key(distance);
            let untensed = (dir == Direction::Unknown).then(|| across.or(same_year)).flatten();
            containing.or(untensed).or_else(|| options().min_by_key(distance)).copied()
        }
    }
}

fn nearest(r: NaiveDate, options: impl Iterator<Item = NaiveDate>) -> Option<NaiveDate> {
    options.min_by_key(|d| (*d - r).num_days().abs())
}

fn month_span(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    DateValue::Month(y, m).interval().map(|i| (i.start, i.end))
}

fn season_span(y: i32, s: Season) -> Option<(NaiveDate, NaiveDate)> {
    DateValue::Season(y, s).interval().map(|i| (i.start, i.end))
}

/// The year label of the season `s` that contains or is nearest to `r` in
/// the same calendar year (winter is labelled by the year it starts in).
fn season_year_containing(r: NaiveDate, s: Season) -> i32 {
    if s == Season::Winter && r.month() <= 2 { r.year() - 1 } else { r.year() }
}

/// The weekday `day` relative to `r`, the reference date when `deictic`,
/// else a date of the text ("the previous Friday").
fn weekday(
    r: NaiveDate,
    day: Weekday,
    shift: Shift,
    dir: Direction,
    deictic: bool,
) -> Option<NaiveDate> {
    let today = r.weekday().num_days_from_monday() as i64;
    let target = day.num_days_from_monday() as i64;
    let back = (today - target).rem_euclid(7); // days back to the previous (or same) one
    let ahead = (target - today).rem_euclid(7); // days ahead to the next (or same) one
    // "next Friday" is the Friday of next week, and "last Friday" the
    // Friday of last week: said on a Thursday, the Friday after tomorrow
    // would be just "Friday", and yesterday "yesterday". At the weekend
    // the working week just over is the one looked back on: "last
    // Tuesday", said on a Saturday, is four days before, though never
    // yesterday.
    let weekend = deictic && today >= 5;
    let offset = match shift {
        Shift::Last if weekend && back > 1 => -back,
        Shift::Last | Shift::LastWeek => -(today + 7 - target),
        Shift::Next => 7 - today + target,
        Shift::Coming if ahead == 0 => 7,
        Shift::Coming => ahead,
        Shift::Indefinite => return None,
        // "will resume this Monday", said on a Wednesday: the Monday to
        // come. Told in the past, the Monday of this week.
        Shift::This if target < today && matches!(dir, Direction::Future | Direction::Present) => {
            ahead
        }
        Shift::This => target - today,
        Shift::Context if back == 0 => 0,
        Shift::Context => match dir {
            Direction::Future | Direction::Present => ahead,
            Direction::Past | Direction::Unknown => -back,
        },
    };
    r.checked_add_signed(Duration::days(offset))
}

/// The period a date left to the context repeats with, for the ends of a
/// range ("from Monday to Wednesday", "from March to November"), which
/// must come in order: a week for weekdays, a year for months, days of a
/// month and seasons.
pub(crate) fn range_period(sem: &Sem) -> Option<Unit> {
    match sem {
        Sem::Weekday { shift: Shift::Context, .. } => Some(Unit::Week),
        Sem::Month { shift: Shift::Context, .. }
        | Sem::MonthDay { shift: Shift::Context, weekday: None, .. }
        | Sem::Season { shift: Shift::Context, .. } => Some(Unit::Year),
        // "from 9am Monday to 5pm Friday": days of the week, in order.
        Sem::Clock { base: Some(base), .. } => {
            range_period(base).filter(|u| *u == Unit::Week).or(Some(Unit::Day))
        }
        // "from 10 p.m. to 6 a.m."
        Sem::Clock { .. } => Some(Unit::Day),
        _ => None,
    }
}

/// `value` moved by `steps` periods of `unit`, keeping its granularity.
pub(crate) fn shift_by(value: &DateValue, unit: Unit, steps: i32) -> Option<DateValue> {
    shift_unit(value, unit, steps, false)
}

/// `base` moved by `steps` of `unit`. With `to_unit`, the result has the
/// unit's granularity ("last week" is a week); without, it keeps the
/// base's ("a year earlier" than a quarter is a quarter).
fn shift_unit(base: &DateValue, unit: Unit, steps: i32, to_unit: bool) -> Option<DateValue> {
    let span = base.interval()?;
    // "A week earlier", after "signed in 1998": back from the year's end,
    // a finer step stays within it rather than falling into 1997.
    let finer = unit.granularity() < base.granularity();
    let day = if steps < 0 && finer && !to_unit { span.end } else { span.start };
    let months = |n: i32| -> Option<NaiveDate> {
        if n >= 0 {
            day.checked_add_months(Months::new(n as u32))
        } else {
            day.checked_sub_months(Months::new(n.unsigned_abs()))
        }
    };
    // "left 20 minutes later", after "at 11:40 p.m. Friday": a clock time,
    // past midnight if need be; "48 hours earlier" from a day, two days.
    let seconds = match unit {
        Unit::Second => 1,
        Unit::Minute => 60,
        Unit::Hour => 3600,
        _ => 0,
    };
    let delta = i64::from(steps) * seconds;
    if let (DateValue::Time(d, h, m, zone), false, true) = (base, to_unit, seconds > 0) {
        let start = d
            .and_hms_opt(0, 0, 0)?
            .checked_add_signed(Duration::minutes(i64::from(*h) * 60 + i64::from(*m)))?;
        let t = start.checked_add_signed(Duration::seconds(delta))?;
        return Some(DateValue::Time(t.date(), t.hour(), t.minute(), *zone));
    }
    let shifted_day = match unit {
        Unit::Second | Unit::Minute | Unit::Hour => {
            day.checked_add_signed(Duration::days(delta / 86_400))?
        }
        Unit::Day => day.checked_add_signed(Duration::days(i64::from(steps)))?,
        Unit::Week | Unit::Weekend => day.checked_add_signed(Duration::weeks(i64::from(steps)))?,
        Unit::Month => months(steps)?,
        Unit::Quarter => months(steps.checked_mul(3)?)?,
        Unit::Half | Unit::Season => {
            months(steps.checked_mul(if unit == Unit::Half { 6 } else { 3 })?)?
        }
        Unit::Year => months(steps.checked_mul(12)?)?,
        Unit::Decade => months(steps.checked_mul(120)?)?,
        Unit::Century => months(steps.checked_mul(1200)?)?,
        Unit::Millennium => months(steps.checked_mul(12000)?)?,
    };
    if to_unit {
        return Some(at_unit(shifted_day, unit));
    }
    // Keep the base's granularity.
    Some(match base {
        DateValue::Century(_) => DateValue::Century(shifted_day.year().div_euclid(100)),
        DateValue::Decade(_) => DateValue::Decade(shifted_day.year().div_euclid(10)),
        DateValue::Year(_) => DateValue::Year(shifted_day.year()),
        DateValue::Half(_, h) => DateValue::Half(
            shifted_day.year(),
            if unit == Unit::Half { half_of(shifted_day) } else { *h },
        ),
        DateValue::Quarter(..) => DateValue::Quarter(shifted_day.year(), quarter_of(shifted_day)),
        DateValue::Season(_, s) => DateValue::Season(shifted_day.year(), *s),
        DateValue::Month(..) => DateValue::Month(shifted_day.year(), shifted_day.month()),
        DateValue::Week(..) => {
            let w = shifted_day.iso_week();
            DateValue::Week(w.year(), w.week())
        }
        DateValue::Weekend(..) => {
            let w = shifted_day.iso_week();
            DateValue::Weekend(w.year(), w.week())
        }
        DateValue::Day(_) | DateValue::Time(..) => at_unit(shifted_day, unit.min(Unit::Day)),
        // "overnight … two days later": the night does not carry over days.
        DateValue::DayPart(_, p) if unit < Unit::Day => DateValue::DayPart(shifted_day, *p),
        DateValue::DayPart(..) => at_unit(shifted_day, unit.min(Unit::Day)),
        DateValue::Unanchored(_) => return None,
    })
}

/// The quarter under discussion as a past clause reports on it: one not
/// over at the reference date has no results yet, so "profit fell in the
/// latest quarter" after a mention of the current quarter is the last one
/// completed.
fn reported(period: &DateValue, r: NaiveDate, dir: Direction) -> Option<DateValue> {
    match period {
        DateValue::Quarter(..) if dir == Direction::Past && period.interval()?.end >= r => {
            shift_unit(&DateValue::Day(r), Unit::Quarter, -1, true)
        }
        other => Some(other.clone()),
    }
}

/// The period a report is about, from the last date mentioned: a day or
/// a month stands for the quarter it falls in ("the quarter ended Sept.
/// 30"); quarters, halves and years are periods already.
fn reporting_period(base: &DateValue) -> DateValue {
    match base {
        DateValue::Day(d) | DateValue::DayPart(d, _) | DateValue::Time(d, ..) => {
            at_unit(*d, Unit::Quarter)
        }
        DateValue::Month(y, m) => DateValue::Quarter(*y, ((m - 1) / 3 + 1) as u8),
        DateValue::Week(..) | DateValue::Weekend(..) => {
            base.interval().map_or_else(|| base.clone(), |i| at_unit(i.start, Unit::Quarter))
        }
        other => other.clone(),
    }
}

fn at_unit(d: NaiveDate, unit: Unit) -> DateValue {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => DateValue::Day(d),
        Unit::Week => {
            let w = d.iso_week();
            DateValue::Week(w.year(), w.week())
        }
        Unit::Weekend => {
            let w = d.iso_week();
            DateValue::Weekend(w.year(), w.week())
        }
        Unit::Month => DateValue::Month(d.year(), d.month()),
        Unit::Quarter => DateValue::Quarter(d.year(), quarter_of(d)),
        Unit::Half => DateValue::Half(d.year(), half_of(d)),
        Unit::Season => DateValue::Season(d.year(), season_of(d)),
        Unit::Year => DateValue::Year(d.year()),
        Unit::Decade => DateValue::Decade(d.year().div_euclid(10)),
        Unit::Century | Unit::Millennium => DateValue::Century(d.year().div_euclid(100)),
    }
}

fn quarter_of(d: NaiveDate) -> u8 {
    ((d.month() - 1) / 3 + 1) as u8
}

fn half_of(d: NaiveDate) -> u8 {
    if d.month() <= 6 { 1 } else { 2 }
}

fn season_of(d: NaiveDate) -> Season {
    match d.month() {
        3..=5 => Season::Spring,
        6..=8 => Season::Summer,
        9..=11 => Season::Fall,
        _ => Season::Winter,
    }
}

pub(crate) fn duration(amount: Option<f64>, unit: Unit) -> DurationValue {
    // Decades and centuries are written in years, as ISO 8601 has no
    // designator for them.
    match unit {
        Unit::Decade => DurationValue { amount: amount.map(|a| a * 10.0), unit: Unit::Year },
        Unit::Century => DurationValue { amount: amount.map(|a| a * 100.0), unit: Unit::Year },
        Unit::Weekend => {
            DurationValue { amount: amount.map(|a| a * 2.0).or(Some(2.0)), unit: Unit::Day }
        }
        _ => DurationValue { amount, unit },
    }
}

/// The first day of the month `shift` months from the reference's.
fn shifted_month(r: NaiveDate, shift: i32) -> Option<NaiveDate> {
    let first = r.with_day(1)?;
    if shift < 0 {
        first.checked_sub_months(Months::new(shift.unsigned_abs()))
    } else {
        first.checked_add_months(Months::new(shift as u32))
    }
}

fn holiday_date(h: Holiday, y: i32) -> Option<NaiveDate> {
    match h {
        Holiday::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
        Holiday::Easter(offset) => easter(y)?.checked_add_signed(Duration::days(offset)),
        Holiday::OrthodoxEaster => orthodox_easter(y),
        Holiday::ElectionDay => NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Mon, 1)?
            .checked_add_signed(Duration::days(1)),
        Holiday::AfterThanksgiving(days) => {
            NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4)?
                .checked_add_signed(Duration::days(days))
        }
        Holiday::Hebrew(h) => crate::calendars::hebrew(h, y),
        Holiday::Islamic(h) => crate::calendars::islamic(h, y),
        Holiday::LunarNewYear => crate::calendars::lunar_new_year(y),
        Holiday::NthWeekday(m, wd, n) => {
            if n == 5 {
                // The last one of the month.
                let last = crate::value::month_end(y, m)?;
                let back = (last.weekday().num_days_from_monday() as i64
                    - wd.num_days_from_monday() as i64)
                    .rem_euclid(7);
                last.checked_sub_signed(Duration::days(back))
            } else {
                NaiveDate::from_weekday_of_month_opt(y, m, wd, n as u8)
            }
        }
    }
}

/// Easter Sunday (the Gregorian computus).
fn easter(y: i32) -> Option<NaiveDate> {
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

/// Orthodox Easter in year `y` of the Gregorian calendar: the Julian
/// calendar's Easter (Meeus' algorithm), moved by the days the two
/// calendars stand apart that century.
fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    if !(1583..=9999).contains(&y) {
        return None;
    }
    let a = y % 4;
    let b = y % 7;
    let c = y % 19;
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian = NaiveDate::from_ymd_opt(y, month as u32, day as u32)?;
    julian.checked_add_signed(Duration::days(i64::from(y / 100 - y / 400 - 2)))
}

/// The `X` form of an expression that could not be anchored: "July" with no
/// reference date is `XXXX-07`.
fn unanchored(sem: &Sem) -> String {
    match sem {
        Sem::MonthDay { month, day, .. }
        | Sem::Holiday { holiday: Holiday::Fixed(month, day), .. } => {
            format!("XXXX-{month:02}-{day:02}")
        }
        Sem::MonthOfYear { month, day: Some(d), .. } => format!("XXXX-{month:02}-{d:02}"),
        Sem::Month { month, .. } | Sem::MonthOfYear { month, .. } | Sem::MonthThen(month, _) => {
            format!("XXXX-{month:02}")
        }
        Sem::DayOfMonth(d) | Sem::DayOfShiftedMonth { day: d, .. } => format!("XXXX-XX-{d:02}"),
        Sem::WeekdayOfShiftedMonth { .. } => "XXXX-XX-XX".to_string(),
        Sem::UnitYearsAgo { unit: Unit::Week, .. } => "XXXX-WXX".to_string(),
        Sem::UnitYearsAgo { .. } => "XXXX-XX".to_string(),
        Sem::Weekday { day, .. } | Sem::AnaphoricWeekday { day, .. } => {
            format!("XXXX-WXX-{}", day.number_from_monday())
        }
        Sem::Season { season, .. } | Sem::SeasonOf { season, .. } | Sem::SeasonThen(season, _) => {
            format!(
                "XXXX-{}",
                DateValue::Season(0, *season).to_string().rsplit('-').next().unwrap_or("")
            )
        }
        Sem::Quarter { quarter, .. } => format!("XXXX-Q{quarter}"),
        Sem::Half { half, .. } => format!("XXXX-H{half}"),
        Sem::DayPart { base, part } => {
            let code = DateValue::DayPart(NaiveDate::MIN, *part).to_string();
            format!("{}{}", unanchored(base), &code[code.find('T').unwrap_or(0)..])
        }
        Sem::Tonight => "XXXX-XX-XXTNI".to_string(),
        Sem::Clock { hour, minute, zone, .. } => {
            let z = if *zone == Zone::Utc { "Z" } else { "" };
            format!("XXXX-XX-XXT{hour:02}:{minute:02}{z}")
        }
        _ => "XXXX-XX-XX".to_string(),
    }
}

/// The first `day` on or after `d`.
fn weekday_on_or_after(d: NaiveDate, day: Weekday) -> NaiveDate {
    let ahead = (7 + day.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    d + Duration::days(i64::from(ahead))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn resolver() -> Resolver {
        Resolver { reference: Some(d(2017, 5, 2)), ..Resolver::default() }
    }

    #[track_caller]
    fn check(sem: Sem, dir: Direction, expected: &str) {
        assert_eq!(resolver().resolve(&sem, dir).value.to_string(), expected);
    }

    #[test]
    fn weekdays_follow_tense() {
        let wd = |day| Sem::Weekday { day, shift: Shift::Context };
        check(wd(Weekday::Tue), Direction::Past, "2017-05-02");
        check(wd(Weekday::Wed), Direction::Present, "2017-05-03");
        check(wd(Weekday::Wed), Direction::Past, "2017-04-26");
        check(wd(Weekday::Fri), Direction::Future, "2017-05-05");
        check(
            Sem::Weekday { day: Weekday::Fri, shift: Shift::Last },
            Direction::Unknown,
            "2017-04-28",
        );
        check(
            Sem::Weekday { day: Weekday::Tue, shift: Shift::Next },
            Direction::Unknown,
            "2017-05-09",
        );
    }

    #[test]
    fn months_and_years() {
        let month = |m| Sem::Month { month: m, shift: Shift::Context };
        check(month(7), Direction::Unknown, "2017-07");
        check(month(1), Direction::Past, "2017-01");
        check(month(11), Direction::Past, "2016-11");
        check(month(1), Direction::Future, "2018-01");
        check(Sem::Deictic { unit: Unit::Year, shift: -1 }, Direction::Unknown, "2016");
        check(Sem::Deictic { unit: Unit::Week, shift: 0 }, Direction::Unknown, "2017-W18");
        check(Sem::Quarter { quarter: 3, year: YearRef::Context }, Direction::Past, "2016-Q3");
        check(
            Sem::Offset { amount: Some(2.0), unit: Unit::Day, sign: -1, anaphoric: false },
            Direction::Unknown,
            "2017-04-30",
        );
        check(
            Sem::Offset { amount: Some(2.0), unit: Unit::Decade, sign: -1, anaphoric: false },
            Direction::Unknown,
            "1997",
        );
    }

    #[test]
    fn holidays() {
        assert_eq!(easter(2017), Some(d(2017, 4, 16)));
        assert_eq!(
            holiday_date(Holiday::NthWeekday(11, Weekday::Thu, 4), 2017),
            Some(d(2017, 11, 23))
        );
        assert_eq!(
            holiday_date(Holiday::NthWeekday(5, Weekday::Mon, 5), 2017),
            Some(d(2017, 5, 29))
        );
        assert_eq!(holiday_date(Holiday::ElectionDay, 2016), Some(d(2016, 11, 8)));
        assert_eq!(holiday_date(Holiday::ElectionDay, 2022), Some(d(2022, 11, 8)));
        assert_eq!(holiday_date(Holiday::ElectionDay, 2020), Some(d(2020, 11, 3)));
    }

    #[test]
    fn anaphora_uses_the_last_date() {
        let r = Resolver {
            reference: Some(d(1989, 10, 26)),
            last: Some(DateValue::Quarter(1989, 3)),
            ..Resolver::default()
        };
        let year_earlier =
            Sem::Offset { amount: Some(1.0), unit: Unit::Year, sign: -1, anaphoric: true };
        assert_eq!(r.resolve(&year_earlier, Direction::Unknown).value.to_string(), "1988-Q3");
        let next_day = Sem::Anaphoric { unit: Unit::Day, shift: 1 };
        let r = Resolver {
            reference: Some(d(2017, 5, 2)),
            last: Some(DateValue::Day(d(2017, 3, 3))),
            ..Resolver::default()
        };
        assert_eq!(r.resolve(&next_day, Direction::Unknown).value.to_string(), "2017-03-04");
    }
}
