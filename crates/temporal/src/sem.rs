//! What a recognized expression means, before it is placed on the calendar.

use chrono::{NaiveDate, Weekday};

use crate::value::{DateValue, DayPart, Reference, Season, Unit, Zone};

/// Which occurrence of a named day, month or season is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shift {
    /// The context decides: the tense of the clause, else the nearest.
    Context,
    /// "this Tuesday", "this spring".
    This,
    /// "last Tuesday".
    Last,
    /// "Tuesday last week": the one of the week before the reference's,
    /// said at the weekend too.
    LastWeek,
    /// "next Tuesday": a weekday of next week.
    Next,
    /// "this coming Tuesday", "the upcoming Tuesday": the first one ahead;
    /// otherwise as `Next`.
    Coming,
    /// "on a Friday afternoon": some one, which the text does not say.
    Indefinite,
}

/// The year a quarter, half or season belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearRef {
    /// Written out: "the third quarter of 2016".
    Absolute(i32),
    /// Relative to the reference year: "last year's fourth quarter" is -1.
    Deictic(i32),
    /// Left to the context.
    Context,
}

/// A fixed or movable feast.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// Easter Sunday plus a number of days.
    Easter(i64),
    /// The Orthodox churches' Easter Sunday, by the Julian reckoning.
    OrthodoxEaster,
    /// The n-th weekday of a month (n = 5 for the last one).
    NthWeekday(u32, Weekday, u32),
    /// The United States' Election Day: the Tuesday after the first Monday
    /// of November.
    ElectionDay,
    /// Days after the United States' Thanksgiving: Black Friday (1), Cyber
    /// Monday (4).
    AfterThanksgiving(i64),
    /// A holiday of the Hebrew calendar.
    Hebrew(crate::calendars::HebrewHoliday),
    /// A holiday of the Islamic calendar.
    Islamic(crate::calendars::IslamicHoliday),
    /// The Lunar New Year.
    LunarNewYear,
}

/// The meaning of a time expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Sem {
    /// Fully written out: "January 15, 2016", "2016", "the 1990s".
    Absolute(DateValue),
    /// A date in figures that reads both ways, "10/07/2022": the American
    /// reading (month first) and the European one, which wins only when
    /// it is the week of the reference date and the other is not.
    EitherOrder { month_first: NaiveDate, day_first: NaiveDate },
    /// A month and a day, the year left to context: "May 17", "Monday,
    /// Oct. 26" (the weekday picks the year), "last Oct. 23".
    MonthDay { month: u32, day: u32, weekday: Option<Weekday>, shift: Shift },
    /// A month, the year left to context: "July", "last March".
    Month { month: u32, shift: Shift },
    /// A month, or a day of it, in a deictic year: "July last year",
    /// "3rd March last year".
    MonthOfYear { month: u32, day: Option<u32>, shift: Shift },
    /// A day of the current month: "the 15th".
    DayOfMonth(u32),
    /// A weekday: "Tuesday", "last Friday".
    Weekday { day: Weekday, shift: Shift },
    /// A weekday counted from the last date mentioned: "the previous
    /// Friday".
    AnaphoricWeekday { day: Weekday, shift: Shift },
    /// The week, weekend or quarter containing a date: "the week of March
    /// 6", "the weekend of June 21", "the quarter ended Sept. 30" (there
    /// the date is an expression of its own).
    UnitOf { unit: Unit, date: Box<Sem> },
    /// The first or last day of a period: "the last day of the month",
    /// "the first day of the new year".
    EdgeDay { last: bool, period: Box<Sem> },
    /// A week of a month, counted from its start or, with `nth` -1, its
    /// end: "the first week of June", "the last week of March"; or a
    /// weekend, counted by its Saturday: "the last weekend of March";
    /// `full` when every day of the week must be in the month ("the first
    /// full week of December").
    WeekOfMonth { month: Box<Sem>, nth: i8, weekend: bool, full: bool },
    /// A season of the year last mentioned, or of one so many years after
    /// it: "that spring" (0), "the following spring" (1).
    SeasonThen(Season, i32),
    /// A day of the month before, this or after the reference's: "the
    /// 28th of last month".
    DayOfShiftedMonth { day: u32, shift: i32 },
    /// The nth weekday (5: the last) of the month before, this or after the
    /// reference's: "the last Friday of the month", "the first Monday of
    /// next month".
    WeekdayOfShiftedMonth { weekday: Weekday, nth: u32, shift: i32 },
    /// A month of the year last mentioned: "August of that year" (0); or
    /// the first such month after the date last mentioned, or the last
    /// before it: "the following January" (1), "the previous May" (-1).
    MonthThen(u32, i32),
    /// A season: "this spring", "last fall".
    Season { season: Season, shift: Shift },
    /// A season of a written or deictic year.
    SeasonOf { season: Season, year: YearRef },
    /// A quarter: "the third quarter", "last year's fourth quarter".
    Quarter { quarter: u8, year: YearRef },
    /// A half year: "the first half".
    Half { half: u8, year: YearRef },
    /// A holiday: "Christmas", "Thanksgiving Day", "last Thanksgiving".
    Holiday { holiday: Holiday, year: YearRef, shift: Shift },
    /// A calendar unit counted from the reference date: "today" (Day, 0),
    /// "last week" (Week, -1), "next year" (Year, 1).
    Deictic { unit: Unit, shift: i32 },
    /// The reference day a calendar unit before or after: "this time last
    /// year" (Year, -1), "this time next week" (Week, 1).
    ThisTime { unit: Unit, shift: i32 },
    /// The week or month holding the reference day so many years back:
    /// "fifty years ago this week".
    UnitYearsAgo { unit: Unit, years: i32 },
    /// "the new year": the year about to begin, or just begun.
    NewYear,
    /// A calendar unit counted from the last date mentioned: "the next day"
    /// (Day, 1), "that year" (Year, 0).
    Anaphoric { unit: Unit, shift: i32 },
    /// The period last mentioned, or the same period `years` earlier: "the
    /// latest period" (0), "the year-earlier quarter" (-1), "the same month
    /// a year ago" (-1).
    Same { years: i32, period: Period },
    /// The period last mentioned, in another year: "the 1988 period".
    SameIn { year: i32 },
    /// An amount of time before or after a point: "two days ago" (from the
    /// reference date), "a year earlier" (from the last date mentioned).
    Offset { amount: Option<f64>, unit: Unit, sign: i32, anaphoric: bool },
    /// A part of a day: "Tuesday night", "this morning".
    DayPart { base: Box<Sem>, part: DayPart },
    /// "tonight": the night of the reference day, which a past clause
    /// does not move as it moves "overnight".
    Tonight,
    /// A clock time, on a given day or the reference day: "3 p.m. Tuesday".
    Clock { base: Option<Box<Sem>>, hour: u32, minute: u32, zone: Zone },
    /// The day under discussion, as a market report ends it: "ended the
    /// day at 8,017".
    TheDay,
    /// The reference day's date in another year: "on this day in 1989",
    /// "a year ago today", "this day last year".
    ThisDay { year: YearRef },
    /// Any day: the day of a habit, which no calendar date names ("trains
    /// usually leave at 7.30am", "opens at 9am every day").
    AnyDay,
    /// Whole units after a date: "two weeks from Friday", "a month from
    /// today", "Friday week" (a week after Friday).
    From { amount: i32, unit: Unit, date: Box<Sem> },
    /// The day before or after a day, or the first weekday of a name
    /// before or after it: "the day after Christmas" (`None`), "the
    /// Sunday after Thanksgiving".
    Beside { weekday: Option<Weekday>, after: bool, date: Box<Sem> },
    /// "in five years": a point that far ahead in a clause that looks
    /// ahead, else a length of time.
    InFuture { amount: Option<f64>, unit: Unit },
    /// A length of time: "three years", "several weeks".
    Duration { amount: Option<f64>, unit: Unit },
    /// A recurring time, already in TIMEX3 form: "P1D", "XXXX-WXX-1".
    Set(String),
    /// The present, the past or the future.
    Reference(Reference),
}

impl Sem {
    /// The weekday this expression names, on its own or with a part of
    /// the day or a clock time: "Friday", "Friday night", "9 a.m. Friday".
    pub(crate) fn weekday(&self) -> Option<Weekday> {
        match self {
            Sem::Weekday { day, .. } | Sem::AnaphoricWeekday { day, .. } => Some(*day),
            Sem::DayPart { base, .. } | Sem::Clock { base: Some(base), .. } => base.weekday(),
            _ => None,
        }
    }
}

/// Which period "the same …" names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Period {
    /// "the same period", "the latest period": the reporting period under
    /// discussion — the month of monthly figures, the quarter of a date.
    Reported,
    /// "the year-ago quarter": the quarter under discussion.
    Quarter,
    /// "the year-ago third quarter": that quarter of the year under
    /// discussion.
    Named(u8),
    /// "the same month a year ago": the unit that holds the date under
    /// discussion.
    Unit(Unit),
}

/// TIMEX3's `mod`: how the value is narrowed or bounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mod {
    /// The start of the period: "early April".
    Start,
    /// The middle: "mid-July".
    Mid,
    /// The end: "late 2016", "the end of the month".
    End,
    /// About: "around 3 p.m.", "nearly two years".
    Approx,
    /// Before the point: "before 1990" is not a timex, but "pre-1990" is.
    Before,
    /// After the point: "post-1959".
    After,
    /// The point or before it: "1994 or earlier".
    OnOrBefore,
    /// The point or after it: "1990 and beyond".
    OnOrAfter,
    /// Less than: "less than a week", "almost a hundred years".
    LessThan,
    /// More than: "more than four hours".
    MoreThan,
    /// At most: "up to 180 days", "within 18 months".
    EqualOrLess,
    /// At least: "at least 30 days".
    EqualOrMore,
}

impl Mod {
    /// The TIMEX3 name: `START`, `EQUAL_OR_MORE`…
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
            Mod::Before => "BEFORE",
            Mod::After => "AFTER",
            Mod::OnOrBefore => "ON_OR_BEFORE",
            Mod::OnOrAfter => "ON_OR_AFTER",
            Mod::LessThan => "LESS_THAN",
            Mod::MoreThan => "MORE_THAN",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
        }
    }
}
