//! Publication dates as pages and feeds write them.
//!
//! This is not the temporal tagger (that is `dateline-temporal`): it reads
//! the handful of forms that metadata uses for a publication date — ISO
//! 8601 timestamps, RFC 2822 dates, "May 2, 2017", "2 May 2017",
//! "20170502", URL paths — and nothing relative.

use chrono::NaiveDate;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a name or abbreviation denotes: "Sept" and "september" are 9.
fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTHS.iter().position(|m| *m == w || (w.len() == 3 && m.starts_with(&w))).map(|i| i as u32 + 1)
}

/// A token of a date: a run of digits or of letters, with its position.
#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    text: &'a str,
    end: usize,
}

fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut digits = false;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        let kind = if c.is_ascii_digit() {
            Some(true)
        } else if c.is_alphabetic() {
            Some(false)
        } else {
            None
        };
        match (start, kind) {
            (Some(st), Some(d)) if d == digits => {
                let _ = st;
            }
            (Some(st), _) => {
                out.push(Token { text: &s[st..i], end: i });
                start = kind.map(|_| i);
                digits = kind.unwrap_or(false);
            }
            (None, Some(d)) => {
                start = Some(i);
                digits = d;
            }
            (None, None) => {}
        }
    }
    out
}

fn number(token: &str, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    (digits.contains(&token.len()) && token.bytes().all(|b| b.is_ascii_digit()))
        .then(|| token.parse().ok())?
}

fn day_of(token: &str) -> Option<u32> {
    number(token, 1..=2).filter(|d| (1..=31).contains(d))
}

fn year_of(token: &str) -> Option<i32> {
    number(token, 4..=4).map(|y| y as i32).filter(|y| (1000..=2999).contains(y))
}

/// The first calendar date written in `s`, in any of the forms metadata
/// uses: `2017-05-02T14:00:00Z`, `2017/05/02`, `Tue, 02 May 2017 …`,
/// `May 2, 2017`, `2 May 2017`, `20170502`, and `25/03/2024` when only one
/// order of day and month makes a date.
///
/// ```
/// use chrono::NaiveDate;
/// use dateline_article::parse_date;
///
/// let may2 = NaiveDate::from_ymd_opt(2017, 5, 2);
/// assert_eq!(parse_date("2017-05-02T09:30:00+03:00"), may2);
/// assert_eq!(parse_date("Updated 10:42 AM ET, Tue May 2, 2017"), may2);
/// assert_eq!(parse_date("Published: 2 May 2017"), may2);
/// assert_eq!(parse_date("Updated 25/03/2024 14:05"), NaiveDate::from_ymd_opt(2024, 3, 25));
/// assert_eq!(parse_date("Updated 12/03/2024"), None); // December 3 or 12 March
/// assert_eq!(parse_date("two hours ago"), None);
/// ```
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let toks = tokens(s);
    for (i, t) in toks.iter().enumerate() {
        let next = |k: usize| toks.get(i + k).map(|t| t.text);
        let sep = |k: usize| -> &str {
            // The text between token i+k-1 and token i+k.
            match (toks.get(i + k - 1), toks.get(i + k)) {
                (Some(a), Some(b)) => &s[a.end..b.end - b.text.len()],
                _ => "",
            }
        };
        if let Some(year) = year_of(t.text) {
            // 2017-05-02, 2017/05/02, 2017.05.02
            let s1 = sep(1);
            if matches!(s1, "-" | "/" | ".") && sep(2) == s1 {
                if let (Some(m), Some(d)) =
                    (next(1).and_then(|m| number(m, 1..=2)), next(2).and_then(day_of))
                {
                    if let Some(date) = NaiveDate::from_ymd_opt(year, m, d) {
                        return Some(date);
                    }
                }
            }
            continue;
        }
        if t.text.len() == 8 && t.text.bytes().all(|b| b.is_ascii_digit()) {
            let (y, m, d) = (&t.text[..4], &t.text[4..6], &t.text[6..]);
            if let (Some(y), Ok(m), Ok(d)) = (year_of(y), m.parse(), d.parse()) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    return Some(date);
                }
            }
            continue;
        }
        if let Some(month) = month_number(t.text) {
            // May 2, 2017 / May 2nd 2017
            let mut k = 1;
            if let Some(day) = next(k).and_then(day_of) {
                k += 1;
                if next(k).is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th")) {
                    k += 1;
                }
                if let Some(year) = next(k).and_then(year_of) {
                    if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                        return Some(date);
                    }
                }
            }
            continue;
        }
        if let Some(day) = day_of(t.text) {
            // 25/03/2024 or 03/25/2024, when only one order makes a date
            // (12/03/2024 could be either, and is left alone).
            let s1 = sep(1);
            if matches!(s1, "/" | "." | "-") && sep(2) == s1 {
                if let (Some(second), Some(year)) =
                    (next(1).and_then(|m| number(m, 1..=2)), next(2).and_then(year_of))
                {
                    let day_first = NaiveDate::from_ymd_opt(year, second, day);
                    let month_first = NaiveDate::from_ymd_opt(year, day, second);
                    match (day_first, month_first) {
                        (Some(a), Some(b)) if a == b => return Some(a),
                        (Some(a), None) | (None, Some(a)) => return Some(a),
                        _ => {}
                    }
                }
            }
            // 2 May 2017 / 2nd of May, 2017
            let mut k = 1;
            if next(k).is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th")) {
                k += 1;
            }
            if next(k) == Some("of") {
                k += 1;
            }
            if let Some(month) = next(k).and_then(month_number) {
                if let Some(year) = next(k + 1).and_then(year_of) {
                    if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                        return Some(date);
                    }
                }
            }
        }
    }
    None
}

/// The date in a URL path such as `/2017/05/02/` or `/2017-05-02/`.
pub(crate) fn date_from_url(url: &str) -> Option<NaiveDate> {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let parts: Vec<&str> = path.split('/').collect();
    for w in parts.windows(3) {
        if let (Some(y), Some(m), Some(d)) =
            (year_of(w[0]), number(w[1], 2..=2), number(w[2], 2..=2))
        {
            if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                return Some(date);
            }
        }
    }
    parts.iter().find_map(|part| {
        let p = part.get(..10)?;
        let date = NaiveDate::parse_from_str(p, "%Y-%m-%d").ok()?;
        (part.len() == 10 || !part.as_bytes()[10].is_ascii_digit()).then_some(date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn forms() {
        assert_eq!(parse_date("2021-03-09T14:20:00Z"), d(2021, 3, 9));
        assert_eq!(parse_date("Tue, 09 Mar 2021 14:20:00 +0000"), d(2021, 3, 9));
        assert_eq!(parse_date("Sept. 11, 2001"), d(2001, 9, 11));
        assert_eq!(parse_date("the 2nd of May, 2017"), d(2017, 5, 2));
        assert_eq!(parse_date("19980108"), d(1998, 1, 8));
        assert_eq!(parse_date("2017-02-30"), None);
        assert_eq!(parse_date("May 2017"), None);
        assert_eq!(parse_date("10:42 GMT"), None);
    }

    #[test]
    fn urls() {
        assert_eq!(
            date_from_url("https://example.com/world/2017/05/02/putin-trump-call/"),
            d(2017, 5, 2)
        );
        assert_eq!(date_from_url("https://example.com/2019-11-04-vote.html"), d(2019, 11, 4));
        assert_eq!(date_from_url("https://example.com/news/12345"), None);
    }
}
