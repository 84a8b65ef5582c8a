//! TIMEX3 values: what a time expression denotes, how TimeML writes it, and
//! the interval of calendar dates it covers.

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// A season of the year, as TimeML writes it (`SP`, `SU`, `FA`, `WI`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    /// Spring: March to May.
    Spring,
    /// Summer: June to August.
    Summer,
    /// Autumn: September to November.
    Fall,
    /// Winter: December to February (of the next year).
    Winter,
}

impl Season {
    fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The first month of the season.
    fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// A part of the day, as TimeML writes it (`MO`, `AF`, `EV`, `NI`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayPart {
    /// Morning.
    Morning,
    /// Midday: "lunchtime".
    Midday,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
}

impl DayPart {
    /// The TIMEX3 code: "MO", "AF"…
    pub(crate) fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Midday => "MI",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// The zone of a clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zone {
    /// The clock of the place the text speaks of, or one it names other
    /// than UTC ("5 p.m. EST"): written without a zone, as TimeBank does.
    Local,
    /// UTC or GMT ("18:00 UTC"): written with ISO 8601's `Z`.
    Utc,
}

/// A point or period on the calendar, at some granularity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// A century, by its first two digits: `19` is 1900–1999.
    Century(i32),
    /// A decade, by its first three digits: `199` is the 1990s.
    Decade(i32),
    /// A year.
    Year(i32),
    /// A half year (1 or 2).
    Half(i32, u8),
    /// A quarter (1 to 4).
    Quarter(i32, u8),
    /// A season of a year (winter runs into the next year).
    Season(i32, Season),
    /// A month of a year.
    Month(i32, u32),
    /// An ISO 8601 week of an ISO week-year.
    Week(i32, u32),
    /// The weekend of an ISO week.
    Weekend(i32, u32),
    /// A day.
    Day(NaiveDate),
    /// A part of a day.
    DayPart(NaiveDate, DayPart),
    /// A time of day, to the minute, in the zone the text gives.
    Time(NaiveDate, u32, u32, Zone),
    /// A value that cannot be placed on the calendar, written as TimeML
    /// writes it with `X` for the unknown digits: `XXXX-07`, `XXXX-WXX-1`.
    Unanchored(String),
}

impl DateValue {
    /// The granularity of the value.
    pub fn granularity(&self) -> Granularity {
        match self {
            DateValue::Century(_) => Granularity::Century,
            DateValue::Decade(_) => Granularity::Decade,
            DateValue::Year(_) => Granularity::Year,
            DateValue::Half(..) => Granularity::Half,
            DateValue::Quarter(..) => Granularity::Quarter,
            DateValue::Season(..) => Granularity::Season,
            DateValue::Month(..) => Granularity::Month,
            DateValue::Week(..) | DateValue::Weekend(..) => Granularity::Week,
            DateValue::Day(_) => Granularity::Day,
            DateValue::DayPart(..) => Granularity::PartOfDay,
            DateValue::Time(..) => Granularity::Minute,
            DateValue::Unanchored(_) => Granularity::Unknown,
        }
    }

    /// The first and last calendar day the value covers, if it is anchored.
    pub fn interval(&self) -> Option<Interval> {
        let ymd = NaiveDate::from_ymd_opt;
        let (start, end) = match *self {
            DateValue::Century(c) => (ymd(c * 100, 1, 1)?, ymd(c * 100 + 99, 12, 31)?),
            DateValue::Decade(d) => (ymd(d * 10, 1, 1)?, ymd(d * 10 + 9, 12, 31)?),
            DateValue::Year(y) => (ymd(y, 1, 1)?, ymd(y, 12, 31)?),
            DateValue::Half(y, h) => {
                let m = if h == 1 { 1 } else { 7 };
                (ymd(y, m, 1)?, month_end(y, m + 5)?)
            }
            DateValue::Quarter(y, q) => {
                let m = u32::from(q) * 3 - 2;
                (ymd(y, m, 1)?, month_end(y, m + 2)?)
            }
            DateValue::Season(y, s) => {
                let start = ymd(y, s.first_month(), 1)?;
                let end = if s == Season::Winter {
                    month_end(y + 1, 2)?
                } else {
                    month_end(y, s.first_month() + 2)?
                };
                (start, end)
            }
            DateValue::Month(y, m) => (ymd(y, m, 1)?, month_end(y, m)?),
            DateValue::Week(y, w) => {
                let monday = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
                (monday, monday.checked_add_signed(Duration::days(6))?)
            }
            DateValue::Weekend(y, w) => {
                let saturday = NaiveDate::from_isoywd_opt(y, w, Weekday::Sat)?;
                (saturday, saturday.checked_add_signed(Duration::days(1))?)
            }
            DateValue::Day(d) | DateValue::DayPart(d, _) | DateValue::Time(d, ..) => (d, d),
            DateValue::Unanchored(_) => return None,
        };
        Some(Interval { start, end })
    }
}

/// The last day of month `m` of year `y`.
pub(crate) fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y.checked_add(1)?, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

fn year4(f: &mut fmt::Formatter<'_>, y: i32) -> fmt::Result {
    if (0..=9999).contains(&y) { write!(f, "{y:04}") } else { write!(f, "{y}") }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Century(c) => write!(f, "{c:02}"),
            DateValue::Decade(d) => write!(f, "{d:03}"),
            DateValue::Year(y) => year4(f, *y),
            DateValue::Half(y, h) => {
                year4(f, *y)?;
                write!(f, "-H{h}")
            }
            DateValue::Quarter(y, q) => {
                year4(f, *y)?;
                write!(f, "-Q{q}")
            }
            DateValue::Season(y, s) => {
                year4(f, *y)?;
                write!(f, "-{}", s.code())
            }
            DateValue::Month(y, m) => {
                year4(f, *y)?;
                write!(f, "-{m:02}")
            }
            DateValue::Week(y, w) => {
                year4(f, *y)?;
                write!(f, "-W{w:02}")
            }
            DateValue::Weekend(y, w) => {
                year4(f, *y)?;
                write!(f, "-W{w:02}-WE")
            }
            DateValue::Day(d) => {
                year4(f, d.year())?;
                write!(f, "-{:02}-{:02}", d.month(), d.day())
            }
            DateValue::DayPart(d, p) => {
                year4(f, d.year())?;
                write!(f, "-{:02}-{:02}T{}", d.month(), d.day(), p.code())
            }
            DateValue::Time(d, h, m, zone) => {
                year4(f, d.year())?;
                write!(f, "-{:02}-{:02}T{h:02}:{m:02}", d.month(), d.day())?;
                match zone {
                    Zone::Utc => f.write_str("Z"),
                    Zone::Local => Ok(()),
                }
            }
            DateValue::Unanchored(s) => f.write_str(s),
        }
    }
}

/// A unit of time in a duration or a set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weekends.
    Weekend,
    /// Weeks.
    Week,
    /// Months.
    Month,
    /// Quarters (three months).
    Quarter,
    /// Half years.
    Half,
    /// Seasons.
    Season,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
    /// Millennia.
    Millennium,
}

impl Unit {
    /// The ISO 8601 duration designator: `D` in `P3D`, `H` in `PT5H`.
    fn designator(self) -> &'static str {
        match self {
            Unit::Second => "S",
            Unit::Minute => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Weekend => "WE",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Half => "H",
            Unit::Season => "S",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
            Unit::Millennium => "L",
        }
    }

    fn is_time(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }

    /// The calendar granularity the unit counts in.
    pub fn granularity(self) -> Granularity {
        match self {
            Unit::Second => Granularity::Second,
            Unit::Minute => Granularity::Minute,
            Unit::Hour => Granularity::Hour,
            Unit::Day => Granularity::Day,
            Unit::Weekend | Unit::Week => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Quarter => Granularity::Quarter,
            Unit::Half => Granularity::Half,
            Unit::Season => Granularity::Season,
            Unit::Year => Granularity::Year,
            Unit::Decade => Granularity::Decade,
            Unit::Century | Unit::Millennium => Granularity::Century,
        }
    }
}

/// A length of time: `P3D`, `PT48H`, `PXY` ("years").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DurationValue {
    /// How many units; `None` for an unspecified number ("several years").
    pub amount: Option<f64>,
    /// The unit.
    pub unit: Unit,
}

impl fmt::Display for DurationValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A fraction is written in the next smaller unit, as TimeML does:
        // "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M, "1 1/2 weeks" P10DT12H.
        if let Some(a) = self.amount.filter(|a| a.fract() != 0.0 && *a > 0.0 && *a < 1e9) {
            let whole = a.trunc() as i64;
            let smaller = |per: f64| {
                // "2 hours 18 minutes" was added up as 2.3 hours, which
                // binary fractions cannot hold exactly.
                let p = a.fract() * per;
                ((p - p.round()).abs() < 1e-6).then_some(p.round() as i64)
            };
            // "4 hours, 38 minutes and 47 seconds": hours, minutes and
            // seconds.
            if let (Unit::Hour, None, Some(s)) = (self.unit, smaller(60.0), smaller(3600.0)) {
                f.write_str("PT")?;
                if whole > 0 {
                    write!(f, "{whole}H")?;
                }
                if s >= 60 {
                    write!(f, "{}M", s / 60)?;
                }
                return write!(f, "{}S", s % 60);
            }
            let split = match self.unit {
                Unit::Year => smaller(12.0).map(|m| ("P", "Y", "", m, "M")),
                Unit::Day => smaller(24.0).map(|h| ("P", "D", "T", h, "H")),
                Unit::Hour => smaller(60.0).map(|m| ("PT", "H", "", m, "M")),
                Unit::Minute => smaller(60.0).map(|s| ("PT", "M", "", s, "S")),
                Unit::Week => {
                    return DurationValue { amount: Some(a * 7.0), unit: Unit::Day }.fmt(f);
                }
                _ => None,
            };
            if let Some((prefix, big, separator, small, small_designator)) = split {
                f.write_str(prefix)?;
                if whole > 0 {
                    write!(f, "{whole}{big}")?;
                }
                return write!(f, "{separator}{small}{small_designator}");
            }
        }
        f.write_str(if self.unit.is_time() { "PT" } else { "P" })?;
        match self.amount {
            Some(a) if a.fract() == 0.0 && a.abs() < 1e15 => write!(f, "{}", a as i64)?,
            Some(a) => write!(f, "{a}")?,
            None => f.write_str("X")?,
        }
        f.write_str(self.unit.designator())
    }
}

/// A reference to the present, the past or the future as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reference {
    /// `PRESENT_REF`: "now", "currently".
    Present,
    /// `PAST_REF`: "recently", "the past".
    Past,
    /// `FUTURE_REF`: "the future", "soon".
    Future,
}

/// The value of a time expression, in any of TIMEX3's four types.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A calendar date or period (TIMEX3 `DATE`, or `TIME` for times of
    /// day).
    Date(DateValue),
    /// A length of time (`DURATION`).
    Duration(DurationValue),
    /// A recurring time (`SET`): written as its period (`P1D` for "daily")
    /// or its pattern (`XXXX-WXX-1` for "every Monday").
    Set(String),
    /// The present, the past or the future.
    Reference(Reference),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => d.fmt(f),
            Value::Duration(d) => d.fmt(f),
            Value::Set(s) => f.write_str(s),
            Value::Reference(Reference::Present) => f.write_str("PRESENT_REF"),
            Value::Reference(Reference::Past) => f.write_str("PAST_REF"),
            Value::Reference(Reference::Future) => f.write_str("FUTURE_REF"),
        }
    }
}

/// How fine a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// Seconds.
    Second,
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Morning, afternoon, evening or night.
    PartOfDay,
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A season.
    Season,
    /// A quarter.
    Quarter,
    /// A half year.
    Half,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
    /// Not placed on the calendar.
    Unknown,
}

/// The calendar days a value covers, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Interval {
    /// The first day.
    pub start: NaiveDate,
    /// The last day.
    pub end: NaiveDate,
}

impl Interval {
    /// Narrows the interval to its start, middle or end third, as TIMEX3's
    /// `START`, `MID` and `END` modifiers say ("early April" is the first
    /// third of April).
    pub fn part(self, which: Part) -> Interval {
        let days = (self.end - self.start).num_days() + 1;
        if days < 3 {
            return self;
        }
        let third = days / 3;
        let at = |n: i64| self.start.checked_add_signed(Duration::days(n)).unwrap_or(self.end);
        match which {
            Part::Start => Interval { start: self.start, end: at(third - 1) },
            Part::Mid => Interval { start: at(third), end: at(days - third - 1) },
            Part::End => Interval { start: at(days - third), end: self.end },
        }
    }
}

/// A third of an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The first third.
    Start,
    /// The middle third.
    Mid,
    /// The last third.
    End,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[track_caller]
    fn check(value: DateValue, text: &str, interval: Option<(NaiveDate, NaiveDate)>) {
        assert_eq!(value.to_string(), text);
        assert_eq!(value.interval().map(|i| (i.start, i.end)), interval);
    }

    #[test]
    fn dates() {
        check(DateValue::Day(d(2017, 5, 2)), "2017-05-02", Some((d(2017, 5, 2), d(2017, 5, 2))));
        check(DateValue::Month(2017, 2), "2017-02", Some((d(2017, 2, 1), d(2017, 2, 28))));
        check(DateValue::Quarter(2017, 3), "2017-Q3", Some((d(2017, 7, 1), d(2017, 9, 30))));
        check(DateValue::Week(2017, 18), "2017-W18", Some((d(2017, 5, 1), d(2017, 5, 7))));
        check(
            DateValue::Season(2016, Season::Winter),
            "2016-WI",
            Some((d(2016, 12, 1), d(2017, 2, 28))),
        );
        check(DateValue::Decade(199), "199", Some((d(1990, 1, 1), d(1999, 12, 31))));
        check(
            DateValue::Time(d(2017, 5, 2), 15, 0, Zone::Local),
            "2017-05-02T15:00",
            Some((d(2017, 5, 2), d(2017, 5, 2))),
        );
        check(
            DateValue::Time(d(2017, 5, 2), 10, 30, Zone::Utc),
            "2017-05-02T10:30Z",
            Some((d(2017, 5, 2), d(2017, 5, 2))),
        );
        check(DateValue::Unanchored("XXXX-07".into()), "XXXX-07", None);
    }

    #[test]
    fn durations() {
        let dur = |amount, unit| DurationValue { amount, unit }.to_string();
        assert_eq!(dur(Some(3.0), Unit::Day), "P3D");
        assert_eq!(dur(Some(48.0), Unit::Hour), "PT48H");
        assert_eq!(dur(None, Unit::Year), "PXY");
        // Fractions in the next smaller unit, as TimeML writes them.
        assert_eq!(dur(Some(1.5), Unit::Year), "P1Y6M");
        assert_eq!(dur(Some(0.5), Unit::Day), "PT12H");
        assert_eq!(dur(Some(1.25), Unit::Hour), "PT1H15M");
        assert_eq!(dur(Some(0.5), Unit::Week), "P3DT12H");
        assert_eq!(dur(Some(1.5), Unit::Month), "P1.5M");
        assert_eq!(dur(Some(1.0), Unit::Decade), "P1DE");
    }

    #[test]
    fn parts() {
        let april = DateValue::Month(2017, 4).interval().unwrap();
        assert_eq!(april.part(Part::Start), Interval { start: d(2017, 4, 1), end: d(2017, 4, 10) });
        assert_eq!(april.part(Part::Mid), Interval { start: d(2017, 4, 11), end: d(2017, 4, 20) });
        assert_eq!(april.part(Part::End), Interval { start: d(2017, 4, 21), end: d(2017, 4, 30) });
    }
}
