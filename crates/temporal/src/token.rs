//! Tokens of a sentence and the words dateline knows about time.
//!
//! The event extractor cuts sentences with the same tokenizer, so that
//! both stages agree on what a word is.
//!
//! The tokenizer keeps what time expressions are made of together:
//! hyphenated compounds ("mid-July", "third-quarter", "five-year"), clock
//! times ("10:30"), dotted abbreviations ("a.m.", "U.S."), numbers with
//! separators ("1,000", "2016-01-15", "1/15/2016") and decades ("1990s",
//! "'90s"). A possessive "'s" is a token of its own, as TimeML leaves it
//! out of the expression.

use std::borrow::Cow;

use chrono::Weekday;

use crate::value::{DayPart, Season, Unit};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Starts with a letter.
    Word,
    /// Starts with a digit (or an apostrophe and digits: "'90s").
    Number,
    /// A possessive "'s".
    Possessive,
    /// Anything else, one character.
    Punct,
}

/// One token, with its byte span in the text it was cut from.
#[derive(Clone, Debug)]
pub struct Token<'a> {
    /// The token as written.
    pub text: &'a str,
    /// Its first byte in the text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// What it is made of.
    pub shape: Shape,
    /// The text in lowercase (ASCII case folded; other letters as they are).
    pub lower: Cow<'a, str>,
    /// Whether an expression can start at this token: a number or a word
    /// the grammar knows. Most tokens are not, and the grammar skips them.
    pub(crate) trigger: bool,
}

impl Token<'_> {
    /// Whether the token is `word` (given in lowercase).
    pub fn is(&self, word: &str) -> bool {
        &*self.lower == word
    }

    /// Whether the token is one of `words` (given in lowercase).
    pub fn is_any(&self, words: &[&str]) -> bool {
        // Compared inline, a byte at a time after the length: the words are
        // short and most differ early, where a library call would cost more
        // than the comparison.
        let lower = self.lower.as_bytes();
        words.iter().any(|w| {
            let w = w.as_bytes();
            w.len() == lower.len() && w.iter().zip(lower).all(|(a, b)| a == b)
        })
    }

    /// Whether it starts with a capital letter.
    pub fn capitalized(&self) -> bool {
        self.text.starts_with(|c: char| c.is_uppercase())
    }

    /// Whether it is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.shape == Shape::Punct && self.text.starts_with(c)
    }
}

/// Cuts `text` into tokens; spans are offset by `base`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    tokenize_with(text, base, true)
}

/// Like [`tokenize`], without marking the tokens that may start a time
/// expression: for callers that only want the words (every `trigger` is
/// false).
pub fn tokenize_words(text: &str, base: usize) -> Vec<Token<'_>> {
    tokenize_with(text, base, false)
}

fn tokenize_with(text: &str, base: usize, triggers: bool) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let c = text[i..].chars().next().expect("i is on a char boundary");
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let shape;
        if c.is_alphabetic() {
            i = scan_word(text, i);
            shape = Shape::Word;
        } else if c.is_ascii_digit() {
            i = scan_number(text, i);
            shape = Shape::Number;
        } else if (c == '\'' || c == '’')
            && text[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
        {
            // '90s, ’98
            i = scan_number(text, i + c.len_utf8());
            shape = Shape::Number;
        } else if (c == '\'' || c == '’') && is_possessive_s(text, i + c.len_utf8()) {
            i += c.len_utf8() + 1;
            shape = Shape::Possessive;
        } else {
            i += c.len_utf8();
            shape = Shape::Punct;
        }
        let piece = &text[start..i];
        let lower = fold(piece);
        let trigger =
            triggers && (shape == Shape::Number || (shape == Shape::Word && is_trigger(&lower)));
        out.push(Token { text: piece, start: base + start, end: base + i, shape, lower, trigger });
    }
    out
}

fn fold(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Whether a (lowercase) word can start a time expression.
/// Splits a word at its first hyphen: a byte scan, cheaper than a string
/// search on words this short.
fn split_hyphen(w: &str) -> Option<(&str, &str)> {
    let i = w.bytes().position(|b| b == b'-')?;
    Some((&w[..i], &w[i + 1..]))
}

fn is_trigger(w: &str) -> bool {
    if let Some((head, _)) = split_hyphen(w) {
        return is_trigger(head) || matches!(head, "pre" | "post" | "year" | "decades" | "years");
    }
    month(w).is_some()
        || weekday(w).is_some()
        || weekday_plural(w).is_some()
        || unit(w).is_some()
        || season(w).is_some()
        || number_word(w).is_some()
        || ordinal(w).is_some()
        || matches!(
            w,
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "these"
                | "last"
                | "next"
                | "past"
                | "previous"
                | "preceding"
                | "following"
                | "coming"
                | "upcoming"
                | "current"
                | "present"
                | "recent"
                | "early"
                | "earlier"
                | "mid"
                | "middle"
                | "late"
                | "later"
                | "about"
                | "around"
                | "approximately"
                | "roughly"
                | "some"
                | "nearly"
                | "almost"
                | "circa"
                | "ca"
                | "over"
                | "under"
                | "within"
                | "at"
                | "more"
                | "less"
                | "fewer"
                | "up"
                | "no"
                | "upwards"
                | "several"
                | "many"
                | "few"
                | "numerous"
                | "couple"
                | "today"
                | "tonight"
                | "yesterday"
                | "tomorrow"
                | "now"
                | "currently"
                | "nowadays"
                | "presently"
                | "recently"
                | "lately"
                | "former"
                | "every"
                | "each"
                | "per"
                | "daily"
                | "nightly"
                | "weekly"
                | "monthly"
                | "annually"
                | "yearly"
                | "hourly"
                | "noon"
                | "midday"
                | "midnight"
                | "overnight"
                | "fiscal"
                | "christmas"
                | "new"
                | "thanksgiving"
                | "easter"
                | "good"
                | "halloween"
                | "boxing"
                | "independence"
                | "labor"
                | "labour"
                | "memorial"
                | "election"
                | "valentine"
                | "year-end"
                | "year-earlier"
                | "year-ago"
                | "twenties"
                | "thirties"
                | "forties"
                | "fifties"
                | "sixties"
                | "seventies"
                | "eighties"
                | "nineties"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
                | "final"
                | "latest"
                | "same"
                | "first"
        )
}

fn is_possessive_s(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    (rest.starts_with('s') || rest.starts_with('S'))
        && !rest[1..].starts_with(|c: char| c.is_alphanumeric())
}

/// A word: letters and digits, with hyphens, apostrophes and periods inside
/// it when letters follow ("mid-July", "o'clock", "a.m.").
fn scan_word(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let word_start = i;
    while let Some(c) = text[i..].chars().next() {
        if c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let next = text[i + c.len_utf8()..].chars().next();
        match c {
            '-' if next.is_some_and(char::is_alphanumeric) => i += 1,
            '\'' | '’'
                if next.is_some_and(char::is_alphabetic)
                    && !is_possessive_s(text, i + c.len_utf8()) =>
            {
                i += c.len_utf8();
            }
            '.' => {
                // Dotted abbreviations: a.m., p.m., U.S. — single letters
                // between periods. The final period is kept too.
                let letters_since =
                    text[word_start..i].rsplit('.').next().map_or(0, |s| s.chars().count());
                let after_next = text[i + 1..].chars().nth(1);
                if letters_since == 1
                    && next.is_some_and(char::is_alphabetic)
                    && !after_next.is_some_and(char::is_alphanumeric)
                {
                    i += 1;
                } else if letters_since == 1 && text[word_start..i].contains('.') {
                    i += 1;
                    break;
                } else {
                    break;
                }
            }
            _ => break,
        }
        if i >= bytes.len() {
            break;
        }
    }
    i
}

/// A number: digits with separators between digits ("1,000", "10:30",
/// "2016-01-15", "1/15/2016", "3.5"), then letters stuck to it ("1990s",
/// "15th", "4pm") and hyphenated words ("52-week", "10-year").
fn scan_number(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit()
            || (matches!(b, b',' | b'.' | b':' | b'/' | b'-')
                && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            i += 1;
        } else {
            break;
        }
    }
    while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    if bytes.get(i) == Some(&b'-') && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
        i = scan_word(text, i + 1);
    }
    i
}

/// The month a word names: "January", "Jan", "Sept". "May" and "March"
/// count only when capitalized; the caller checks that.
pub(crate) fn month(word: &str) -> Option<u32> {
    Some(match word {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// The weekday a word names: "Tuesday", "Tues", "Tue".
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// The plural of a weekday names a recurring day: "Mondays".
pub(crate) fn weekday_plural(word: &str) -> Option<Weekday> {
    word.strip_suffix('s').filter(|w| w.len() > 5).and_then(weekday)
}

pub(crate) fn season(word: &str) -> Option<Season> {
    Some(match word {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        "winter" => Season::Winter,
        _ => return None,
    })
}

pub(crate) fn day_part(word: &str) -> Option<DayPart> {
    Some(match word {
        "morning" => DayPart::Morning,
        "afternoon" => DayPart::Afternoon,
        "evening" => DayPart::Evening,
        "night" => DayPart::Night,
        _ => return None,
    })
}

/// A unit of time and whether the word is plural: "days" is (Day, true).
pub(crate) fn unit(word: &str) -> Option<(Unit, bool)> {
    Some(match word {
        "second" => (Unit::Second, false),
        "seconds" => (Unit::Second, true),
        "minute" | "min" => (Unit::Minute, false),
        "minutes" | "mins" => (Unit::Minute, true),
        "hour" | "hr" => (Unit::Hour, false),
        "hours" | "hrs" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "weekend" => (Unit::Weekend, false),
        "weekends" => (Unit::Weekend, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "fortnight" => (Unit::Week, false),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" | "yr" => (Unit::Year, false),
        "years" | "yrs" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        "millennium" => (Unit::Millennium, false),
        "millennia" | "millenniums" => (Unit::Millennium, true),
        _ => return None,
    })
}

/// A cardinal number word: "one" to "ninety-nine", "hundred", "dozen".
pub(crate) fn number_word(word: &str) -> Option<f64> {
    if let Some((tens, ones)) = split_hyphen(word) {
        let (t, o) = (number_word(tens)?, number_word(ones)?);
        return (t >= 20.0 && t % 10.0 == 0.0 && o < 10.0).then_some(t + o);
    }
    Some(match word {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "hundred" => 100.0,
        "thousand" => 1000.0,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// An ordinal: "first", "third", "21st", "twenty-first".
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    if let Some(digits) = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
    {
        if !digits.is_empty() && digits.len() <= 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
            return digits.parse().ok();
        }
    }
    if let Some((tens, ones)) = split_hyphen(word) {
        let t = number_word(tens)? as u32;
        return (t >= 20 && t % 10 == 0)
            .then(|| ordinal(ones).filter(|o| *o < 10).map(|o| t + o))
            .flatten();
    }
    Some(match word {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "last" => return None,
        _ => return None,
    })
}

/// A plain number in digits: "12", "1,000", "3.5".
pub(crate) fn digits(word: &str) -> Option<f64> {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.') {
        return None;
    }
    if !word.as_bytes()[0].is_ascii_digit() {
        return None;
    }
    word.replace(',', "").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn tokens() {
        assert_eq!(texts("Tuesday's call"), ["Tuesday", "'s", "call"]);
        assert_eq!(
            texts("in mid-July, the third-quarter"),
            ["in", "mid-July", ",", "the", "third-quarter"]
        );
        assert_eq!(
            texts("at 10:30 a.m. on Jan. 15, 2016"),
            ["at", "10:30", "a.m.", "on", "Jan", ".", "15", ",", "2016"]
        );
        assert_eq!(texts("the '90s and 1980s"), ["the", "'90s", "and", "1980s"]);
        assert_eq!(
            texts("a 52-week high, 2016-01-15 or 1/15/2016"),
            ["a", "52-week", "high", ",", "2016-01-15", "or", "1/15/2016"]
        );
        assert_eq!(texts("U.S. forces at 9 p.m"), ["U.S.", "forces", "at", "9", "p.m"]);
        assert_eq!(texts("o'clock years’ end"), ["o'clock", "years", "’", "end"]);
    }

    #[test]
    fn words() {
        assert_eq!(ordinal("21st"), Some(21));
        assert_eq!(ordinal("twenty-first"), Some(21));
        assert_eq!(number_word("twenty-five"), Some(25.0));
        assert_eq!(digits("1,000"), Some(1000.0));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(weekday_plural("mondays"), Some(Weekday::Mon));
    }

    #[test]
    fn is_any_matches_whole_lowercased_words() {
        let toks = tokenize("Said say says", 0);
        assert!(toks[0].is_any(&["told", "said"]));
        assert!(!toks[1].is_any(&["says", "sa", "sayy", ""]));
        assert!(toks[2].is_any(&["says"]));
        assert!(!toks[0].is_any(&[]));
    }
}
