//! The holidays of other calendars, on the Gregorian calendar: the Hebrew
//! calendar's (Passover, Rosh Hashanah, Yom Kippur, Hanukkah), the
//! Islamic calendar's (the two Eids) and the Lunar New Year.
//!
//! The Hebrew calendar is arithmetic and exact. The Islamic calendar is
//! kept by sighting the new moon, which no arithmetic foretells: the
//! tabular calendar used here may be a day or two from the day a country
//! keeps. The Lunar New Year is the new moon, in China's time, that falls
//! from 21 January to 20 February, the new moon computed as in Jean Meeus,
//! *Astronomical Algorithms*, chapter 49 (to within minutes).
//!
//! Days are counted as in Reingold and Dershowitz's *Calendrical
//! Calculations*: day 1 is 1 January of the year 1, as chrono's
//! `num_days_from_ce` counts.

use chrono::{Datelike, NaiveDate};

/// A holiday of the Hebrew calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HebrewHoliday {
    /// 15 Nisan, the first day of Passover.
    Passover,
    /// 1 Tishrei, the new year.
    RoshHashanah,
    /// 10 Tishrei.
    YomKippur,
    /// 25 Kislev, the first day of Hanukkah.
    Hanukkah,
}

/// A holiday of the Islamic calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IslamicHoliday {
    /// 1 Shawwal, the end of Ramadan.
    EidAlFitr,
    /// 10 Dhu al-Hijjah.
    EidAlAdha,
}

fn date(day: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(day).ok()?)
}

/// Day 1 of the Hebrew calendar, 7 October 3761 BCE (Julian).
const HEBREW_EPOCH: i64 = -1_373_427;

/// Days from the Hebrew epoch to the molad of Tishrei of `year`, put off
/// a day when it would fall on a Sunday, Wednesday or Friday.
fn hebrew_elapsed_days(year: i64) -> i64 {
    let months = (235 * year - 234).div_euclid(19);
    let parts = 12_084 + 13_753 * months;
    let day = 29 * months + parts.div_euclid(25_920);
    if (3 * (day + 1)).rem_euclid(7) < 3 { day + 1 } else { day }
}

/// The delays that keep a year from being 356 or 382 days long.
fn hebrew_year_delay(year: i64) -> i64 {
    let (before, this, after) =
        (hebrew_elapsed_days(year - 1), hebrew_elapsed_days(year), hebrew_elapsed_days(year + 1));
    if after - this == 356 {
        2
    } else if this - before == 382 {
        1
    } else {
        0
    }
}

/// The day of 1 Tishrei of Hebrew `year`.
fn hebrew_new_year(year: i64) -> i64 {
    HEBREW_EPOCH + hebrew_elapsed_days(year) + hebrew_year_delay(year)
}

/// The holiday's date in the Gregorian year `y`, which each of them falls
/// in once.
pub(crate) fn hebrew(holiday: HebrewHoliday, y: i32) -> Option<NaiveDate> {
    if !(1..=9999).contains(&y) {
        return None;
    }
    // Tishrei in the Gregorian year `y` opens the Hebrew year y + 3761.
    let year = i64::from(y) + 3761;
    let new_year = hebrew_new_year(year);
    let day = match holiday {
        // 1 Tishrei comes 163 days after 15 Nisan of the year before.
        HebrewHoliday::Passover => new_year - 163,
        HebrewHoliday::RoshHashanah => new_year,
        HebrewHoliday::YomKippur => new_year + 9,
        HebrewHoliday::Hanukkah => {
            // Heshvan has 30 days in a "complete" year (355 or 385 days).
            let length = hebrew_new_year(year + 1) - new_year;
            let heshvan = if length % 10 == 5 { 30 } else { 29 };
            new_year + 30 + heshvan + 24
        }
    };
    date(day)
}

/// Day 1 of the Islamic calendar, 16 July 622 (Julian).
const ISLAMIC_EPOCH: i64 = 227_015;

/// The day of `day` `month` of Islamic `year` in the tabular calendar.
fn fixed_from_islamic(year: i64, month: i64, day: i64) -> i64 {
    ISLAMIC_EPOCH - 1
        + (year - 1) * 354
        + (3 + 11 * year).div_euclid(30)
        + 29 * (month - 1)
        + month.div_euclid(2)
        + day
}

/// The holiday's first date in the Gregorian year `y` (a lunar year is
/// eleven days short, so now and then one falls twice in a year).
pub(crate) fn islamic(holiday: IslamicHoliday, y: i32) -> Option<NaiveDate> {
    if !(623..=9999).contains(&y) {
        return None;
    }
    let (month, day) = match holiday {
        IslamicHoliday::EidAlFitr => (10, 1),
        IslamicHoliday::EidAlAdha => (12, 10),
    };
    // The Islamic year running at the start of `y`, roughly; the holiday
    // of that year or the next falls in `y`.
    let start = i64::from(NaiveDate::from_ymd_opt(y, 1, 1)?.num_days_from_ce());
    let year = ((start - ISLAMIC_EPOCH) * 30).div_euclid(10_631) + 1;
    (year - 1..=year + 1)
        .filter_map(|h| date(fixed_from_islamic(h, month, day)))
        .find(|d| d.year() == y)
}

/// The Julian day of the new moon of lunation `k` (0 is that of 6 January
/// 2000), in Terrestrial Time, after Meeus.
fn new_moon(k: f64) -> f64 {
    let t = k / 1236.85;
    let mut jde = 2_451_550.097_66 + 29.530_588_861 * k + 0.000_154_37 * t * t;
    let e = 1.0 - 0.002_516 * t - 0.000_007_4 * t * t;
    let rad = |deg: f64| deg.rem_euclid(360.0).to_radians();
    let m = rad(2.5534 + 29.105_356_70 * k);
    let mm = rad(201.5643 + 385.816_935_28 * k);
    let f = rad(160.7108 + 390.670_502_84 * k);
    let omega = rad(124.7746 - 1.563_755_88 * k);
    jde += -0.40720 * mm.sin()
        + 0.17241 * e * m.sin()
        + 0.01608 * (2.0 * mm).sin()
        + 0.01039 * (2.0 * f).sin()
        + 0.00739 * e * (mm - m).sin()
        - 0.00514 * e * (mm + m).sin()
        + 0.00208 * e * e * (2.0 * m).sin()
        - 0.00111 * (mm - 2.0 * f).sin()
        - 0.00057 * (mm + 2.0 * f).sin()
        + 0.00056 * e * (2.0 * mm + m).sin()
        - 0.00042 * (3.0 * mm).sin()
        + 0.00042 * e * (m + 2.0 * f).sin()
        + 0.00038 * e * (m - 2.0 * f).sin()
        - 0.00024 * e * (2.0 * mm - m).sin()
        - 0.00017 * omega.sin();
    jde
}

/// The Julian day number at noon of chrono's day 1 (1 January of the year
/// 1) is 1,721,426.
const JD_OF_DAY_ONE: f64 = 1_721_425.5;

/// The Lunar New Year of the Gregorian year `y`: the day, in China's
/// time, of the new moon from 21 January to 20 February.
pub(crate) fn lunar_new_year(y: i32) -> Option<NaiveDate> {
    if !(1..=9999).contains(&y) {
        return None;
    }
    let from = NaiveDate::from_ymd_opt(y, 1, 21)?;
    let to = NaiveDate::from_ymd_opt(y, 2, 20)?;
    // The lunation near 21 January of `y`.
    let k = ((f64::from(y) + 20.0 / 365.25 - 2000.0) * 12.3685).floor();
    (-1..=2).find_map(|dk| {
        // UTC+8, and Terrestrial Time taken for UTC: a minute at most
        // in the years news speaks of.
        let jd = new_moon(k + f64::from(dk)) + 8.0 / 24.0;
        let day = date((jd - JD_OF_DAY_ONE).floor() as i64 + 1)?;
        (from <= day && day <= to).then_some(day)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn hebrew_holidays() {
        // As published calendars give them.
        for (y, passover, rosh, kippur, hanukkah) in [
            (2023, "2023-04-06", "2023-09-16", "2023-09-25", "2023-12-08"),
            (2024, "2024-04-23", "2024-10-03", "2024-10-12", "2024-12-26"),
            (2025, "2025-04-13", "2025-09-23", "2025-10-02", "2025-12-15"),
            (1999, "1999-04-01", "1999-09-11", "1999-09-20", "1999-12-04"),
        ] {
            assert_eq!(hebrew(HebrewHoliday::Passover, y), Some(d(passover)), "{y}");
            assert_eq!(hebrew(HebrewHoliday::RoshHashanah, y), Some(d(rosh)), "{y}");
            assert_eq!(hebrew(HebrewHoliday::YomKippur, y), Some(d(kippur)), "{y}");
            assert_eq!(hebrew(HebrewHoliday::Hanukkah, y), Some(d(hanukkah)), "{y}");
        }
    }

    #[test]
    fn islamic_holidays_within_a_day_or_two() {
        // As kept in Saudi Arabia; the tabular calendar may be a day or
        // two off.
        for (y, fitr, adha) in [
            (2023, "2023-04-21", "2023-06-28"),
            (2024, "2024-04-10", "2024-06-16"),
            (2025, "2025-03-30", "2025-06-06"),
        ] {
            let near = |got: Option<NaiveDate>, kept: &str| {
                got.is_some_and(|g| (g - d(kept)).num_days().abs() <= 2)
            };
            assert!(near(islamic(IslamicHoliday::EidAlFitr, y), fitr), "{y}");
            assert!(near(islamic(IslamicHoliday::EidAlAdha, y), adha), "{y}");
        }
    }

    #[test]
    fn lunar_new_years() {
        for day in [
            "2020-01-25",
            "2021-02-12",
            "2022-02-01",
            "2023-01-22",
            "2024-02-10",
            "2025-01-29",
            "2026-02-17",
            "1998-01-28",
        ] {
            let day = d(day);
            assert_eq!(lunar_new_year(day.year()), Some(day));
        }
    }

    #[test]
    fn out_of_range_years_give_none() {
        assert_eq!(hebrew(HebrewHoliday::Passover, 0), None);
        assert_eq!(islamic(IslamicHoliday::EidAlFitr, 1), None);
        assert!(lunar_new_year(9999).is_some());
        assert!(hebrew(HebrewHoliday::Hanukkah, 9999).is_some());
    }
}
