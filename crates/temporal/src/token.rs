//! Tokens of a sentence and the words dateline knows about time.
//!
//! The event extractor reads the same tokens ([`ArticleTokens`] cuts an
//! article's sentences once for both stages), so that they agree on what a
//! word is.
//!
//! The tokenizer keeps what time expressions are made of together:
//! hyphenated compounds ("mid-July", "third-quarter", "five-year"), clock
//! times ("10:30"), dotted abbreviations ("a.m.", "U.S."), numbers with
//! separators ("1,000", "2016-01-15", "1/15/2016") and decades ("1990s",
//! "'90s"). A possessive "'s" is a token of its own, as TimeML leaves it
//! out of the expression.

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use chrono::Weekday;
use dateline_article::{Article, BlockKind};
use rustc_hash::{FxHashMap, FxHashSet};

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
    /// What the tagger knows about the word (looked up once, as the token
    /// is cut).
    known: Option<&'static Known>,
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

    /// The month the token names ([`month`]).
    pub(crate) fn month(&self) -> Option<u32> {
        self.known?.month
    }

    /// The weekday the token names ([`weekday`]).
    pub(crate) fn weekday(&self) -> Option<Weekday> {
        self.known?.weekday
    }

    /// The season the token names ([`season`]).
    pub(crate) fn season(&self) -> Option<Season> {
        self.known?.season
    }

    /// The unit of time the token names ([`unit`]).
    pub(crate) fn unit(&self) -> Option<(Unit, bool)> {
        self.known?.unit
    }

    /// The number the token spells ([`number_word`]).
    pub(crate) fn number_word(&self) -> Option<f64> {
        compound_number(&self.lower).or_else(|| self.known?.number)
    }

    /// The ordinal the token is ([`ordinal`]).
    pub(crate) fn ordinal(&self) -> Option<u32> {
        // Every ordinal ends in -st, -nd, -rd or -th: most words are told
        // apart by their last two letters.
        let tail = self.lower.as_bytes().rchunks(2).next().unwrap_or(&[]);
        if !matches!(tail, b"st" | b"nd" | b"rd" | b"th") {
            return None;
        }
        compound_ordinal(&self.lower).or_else(|| self.known?.ordinal)
    }

    /// Whether the token is in `set`.
    pub fn is_in(&self, set: &WordSet) -> bool {
        set.contains(&self.lower)
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

/// A fixed list of lowercase words, looked up by hashing: for lists too
/// long to compare a word at a time. The set is built on first use.
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    /// A set of `words` (given in lowercase).
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet { words, set: OnceLock::new() }
    }

    /// Whether `word` is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(word)
    }

    /// The words, as given.
    pub fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// The tokens of each sentence of an article, cut once for every stage
/// that reads them: the tagger, then the event extractor. Sentences of site
/// chrome and photo credits, which no stage reads, have none.
#[derive(Clone, Debug)]
pub struct ArticleTokens<'a> {
    sentences: Vec<Vec<Token<'a>>>,
}

impl<'a> ArticleTokens<'a> {
    /// Tokenizes the sentences of `article`.
    pub fn new(article: &'a Article) -> ArticleTokens<'a> {
        let text = article.text();
        let sentences = article
            .sentences()
            .iter()
            .map(|s| match article.blocks()[s.block].kind {
                BlockKind::Boilerplate | BlockKind::Credit => Vec::new(),
                _ => tokenize(&text[s.span], s.span.start()),
            })
            .collect();
        ArticleTokens { sentences }
    }

    /// The tokens of sentence `index` (none for site chrome and credits, or
    /// past the last sentence).
    pub fn sentence(&self, index: usize) -> &[Token<'a>] {
        self.sentences.get(index).map_or(&[], Vec::as_slice)
    }
}

/// Cuts `text` into tokens; spans are offset by `base`.
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    while i < bytes.len() {
        // ASCII, nearly all of news text, is told apart by its byte;
        // anything else is decoded.
        let b = bytes[i];
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            text[i..].chars().next().expect("i is on a char boundary")
        };
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
        let (trigger, known) = match shape {
            Shape::Number => (true, None),
            Shape::Word => {
                let k = known(&lower);
                (is_trigger_known(&lower, k), k)
            }
            _ => (false, None),
        };
        out.push(Token {
            text: piece,
            start: base + start,
            end: base + i,
            shape,
            lower,
            trigger,
            known,
        });
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
    is_trigger_known(w, known(w))
}

/// [`is_trigger`], given what the tagger knows about the word.
fn is_trigger_known(w: &str, known: Option<&Known>) -> bool {
    // "year-end", "mid-July", "end-June"; "prior-year" is listed whole.
    if let Some((head, _)) = split_hyphen(w) {
        return known.is_some_and(|k| k.trigger)
            || is_trigger(head)
            || matches!(head, "pre" | "post" | "year" | "decades" | "years" | "end")
            // "three-and-a-half years"
            || w.ends_with("-and-a-half");
    }
    known.is_some_and(|k| k.trigger) || weekday_plural(w).is_some() || fiscal_code(w)
}

/// "fy2023", "fy23": a fiscal year in one word.
fn fiscal_code(w: &str) -> bool {
    w.strip_prefix("fy")
        .is_some_and(|rest| matches!(rest.len(), 2 | 4) && rest.bytes().all(|b| b.is_ascii_digit()))
}

/// Words that start a time expression without naming a unit, a month or
/// a number: determiners, modifiers, deictic words, holidays.
const OTHER_TRIGGERS: &[&str] = &[
    "midweek",
    "weekdays",
    "morning",
    "afternoon",
    "evening",
    "dawn",
    "daybreak",
    "dusk",
    "nightfall",
    "midmonth",
    "midyear",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "last",
    "next",
    "past",
    "previous",
    "preceding",
    "following",
    "coming",
    "upcoming",
    "current",
    "present",
    "recent",
    "early",
    "earlier",
    "mid",
    "middle",
    "late",
    "later",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "circa",
    "ca",
    "over",
    "under",
    "within",
    "at",
    "more",
    "less",
    "fewer",
    "up",
    "no",
    "upwards",
    "several",
    "many",
    "few",
    "numerous",
    "couple",
    "half",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "now",
    "currently",
    "nowadays",
    "presently",
    "recently",
    "lately",
    "former",
    "every",
    "each",
    "per",
    "daily",
    "nightly",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "hourly",
    "quarterly",
    "noon",
    "midday",
    "midnight",
    "overnight",
    "fiscal",
    "christmas",
    "new",
    "thanksgiving",
    "easter",
    "orthodox",
    "good",
    "black",
    "cyber",
    "halloween",
    "another",
    "fortnightly",
    "mother",
    "mothers",
    "father",
    "fathers",
    "mothering",
    "once",
    "twice",
    "thrice",
    "juneteenth",
    "pentecost",
    "whit",
    "whitsun",
    "shrove",
    "holy",
    "hogmanay",
    "bonfire",
    "st",
    "martin",
    "ascension",
    "ash",
    "palm",
    "maundy",
    "bastille",
    "australia",
    "canada",
    "anzac",
    "veterans",
    "remembrance",
    "armistice",
    "presidents",
    "columbus",
    "boxing",
    "independence",
    "labor",
    "labour",
    "memorial",
    "election",
    "valentine",
    "passover",
    "pesach",
    "rosh",
    "yom",
    "hanukkah",
    "chanukah",
    "hanukah",
    "eid",
    "lunar",
    "chinese",
    "vietnamese",
    "korean",
    "year-end",
    "year-earlier",
    "year-ago",
    "prior-year",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "fy",
    "final",
    "latest",
    "same",
    "first",
];

/// What the tagger knows about one (lowercase) word.
#[derive(Clone, Copy, Debug, Default)]
struct Known {
    month: Option<u32>,
    weekday: Option<Weekday>,
    season: Option<Season>,
    day_part: Option<DayPart>,
    unit: Option<(Unit, bool)>,
    number: Option<f64>,
    ordinal: Option<u32>,
    /// Whether an expression can start with it.
    trigger: bool,
}

/// Looks a word up in the tables below, gathered once into one hash map:
/// a token costs one lookup whatever it is asked about.
fn known(word: &str) -> Option<&'static Known> {
    // The words, and a filter of their shapes.
    type Table = (FxHashMap<&'static str, Known>, ShapeFilter);
    static WORDS: LazyLock<Table> = LazyLock::new(|| {
        let mut map: FxHashMap<&'static str, Known> = FxHashMap::default();
        for &(w, m) in MONTHS {
            map.entry(w).or_default().month = Some(m);
        }
        for &(w, d) in WEEKDAYS {
            map.entry(w).or_default().weekday = Some(d);
        }
        for &(w, v) in SEASONS {
            map.entry(w).or_default().season = Some(v);
        }
        for &(w, v) in DAY_PARTS {
            map.entry(w).or_default().day_part = Some(v);
        }
        for &(w, u, plural) in UNITS {
            map.entry(w).or_default().unit = Some((u, plural));
        }
        for &(w, n) in NUMBERS {
            map.entry(w).or_default().number = Some(n);
        }
        for &(w, n) in ORDINALS {
            map.entry(w).or_default().ordinal = Some(n);
        }
        for &w in OTHER_TRIGGERS {
            map.entry(w).or_default().trigger = true;
        }
        // A part of the day starts no expression on its own ("morning"
        // follows a day or "this") but after "by" or "until" ("by
        // morning"); every other known word does.
        for k in map.values_mut() {
            k.trigger |= k.month.is_some()
                || k.weekday.is_some()
                || k.season.is_some()
                || k.unit.is_some()
                || k.number.is_some()
                || k.ordinal.is_some();
        }
        let shapes = ShapeFilter::new(map.keys().map(|w| w.as_bytes()));
        (map, shapes)
    });
    let (words, shapes) = &*WORDS;
    // Most words of a text are none of these: one bit test, no hashing.
    if !shapes.may_hold(word.as_bytes()) {
        return None;
    }
    words.get(word)
}

/// The shapes (length, first and last byte) of a word list's words, one
/// bit each: a word whose shape is not among them is not in the list, and
/// is passed over without hashing. Most words of a text are.
#[derive(Clone)]
pub struct ShapeFilter(Box<[u64]>);

impl ShapeFilter {
    /// The filter of these lowercase words.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w [u8]>) -> ShapeFilter {
        let mut bits = vec![0u64; (64 << 10) / 64].into_boxed_slice();
        for w in words {
            let bit = Self::bit(w);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        ShapeFilter(bits)
    }

    /// Whether a lowercase word may be in the list: false means it is not.
    pub fn may_hold(&self, word: &[u8]) -> bool {
        let bit = Self::bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }

    fn bit(word: &[u8]) -> usize {
        let (first, last) = (word.first().copied().unwrap_or(0), word.last().copied().unwrap_or(0));
        ((word.len() & 63) << 10) | (usize::from(first & 31) << 5) | usize::from(last & 31)
    }
}

impl std::fmt::Debug for ShapeFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShapeFilter").finish_non_exhaustive()
    }
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
    loop {
        // Runs of ASCII letters and digits first, a byte at a time.
        while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        let Some(c) = text[i..].chars().next() else { break };
        if c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let next = text[i + c.len_utf8()..].chars().next();
        match c {
            // "January-March", "Monday-Friday": two dates, not one word.
            '-' if next.is_some_and(char::is_alphanumeric)
                && !names_pair(&text[word_start..i], &text[i + 1..])
                && !(next.is_some_and(|c| c.is_ascii_digit())
                    && is_month_name(&text[word_start..i])) =>
            {
                i += 1
            }
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

/// Whether `before` and the word starting `after` (a hyphen between them)
/// are both capitalized month or weekday names: "January-March".
fn names_pair(before: &str, after: &str) -> bool {
    let name = |w: &str| capitalized_name(w, |k| k.month.is_some() || k.weekday.is_some());
    name(before) && name(leading_letters(after))
}

/// Whether `w` is a capitalized month name: "June" in "28 June-7 July",
/// "Dec" in "Oct. 3-Dec. 14", each a date's end of a range.
fn is_month_name(w: &str) -> bool {
    capitalized_name(w, |k| k.month.is_some())
}

/// Whether `w` is capitalized and a word the table knows as `what`.
fn capitalized_name(w: &str, what: impl Fn(&Known) -> bool) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.len() <= 9
        && known(&w.to_ascii_lowercase()).is_some_and(what)
}

fn leading_letters(s: &str) -> &str {
    &s[..s.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(s.len())]
}

/// Where a year range written with a hyphen splits: "2010-2014" and
/// "1914-18" are two years, while "1998-99", the two halves of one season
/// or budget year, stays one token.
fn year_range_split(digits: &str, rest: &[u8]) -> bool {
    if digits.len() != 4 {
        return false;
    }
    let Ok(first) = digits.parse::<u32>() else { return false };
    let second_len = rest.iter().skip(1).take_while(|b| b.is_ascii_digit()).count();
    let ends = !rest.get(1 + second_len).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-');
    if !((1000..2200).contains(&first) && ends) {
        return false;
    }
    let Ok(second) = std::str::from_utf8(&rest[1..1 + second_len]).unwrap_or("").parse::<u32>()
    else {
        return false;
    };
    match second_len {
        4 => second > first + 1 && second - first <= 200,
        2 => second > first % 100 + 1,
        _ => false,
    }
}

/// A number: digits with separators between digits ("1,000", "10:30",
/// "2016-01-15", "1/15/2016", "3.5"), then letters stuck to it ("1990s",
/// "15th", "4pm") and hyphenated words ("52-week", "10-year").
fn scan_number(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    let start = i;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'-' && year_range_split(&text[start..i], &bytes[i..]) {
            return i;
        }
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
    // "Nov. 28-Dec. 2": a day, then the range's end in another month.
    let day = i - start <= 2;
    if bytes.get(i) == Some(&b'-')
        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic)
        && !(day && is_month_name(leading_letters(&text[i + 1..])))
    {
        i = scan_word(text, i + 1);
    }
    i
}

/// The month a word names: "January", "Jan", "Sept". "May" and "March"
/// count only when capitalized; the caller checks that.
pub(crate) fn month(word: &str) -> Option<u32> {
    known(word)?.month
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// The weekday a word names: "Tuesday", "Tues", "Tue".
pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    known(word)?.weekday
}

const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("mon", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("wed", Weekday::Wed),
    ("weds", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("fri", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sat", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("sun", Weekday::Sun),
];

/// The plural of a weekday names a recurring day: "Mondays".
pub(crate) fn weekday_plural(word: &str) -> Option<Weekday> {
    word.strip_suffix('s').filter(|w| w.len() > 5).and_then(weekday)
}

pub(crate) fn season(word: &str) -> Option<Season> {
    known(word)?.season
}

const SEASONS: &[(&str, Season)] = &[
    ("spring", Season::Spring),
    ("summer", Season::Summer),
    ("fall", Season::Fall),
    ("autumn", Season::Fall),
    ("winter", Season::Winter),
];

pub(crate) fn day_part(word: &str) -> Option<DayPart> {
    known(word)?.day_part
}

const DAY_PARTS: &[(&str, DayPart)] = &[
    ("morning", DayPart::Morning),
    ("lunchtime", DayPart::Midday),
    ("afternoon", DayPart::Afternoon),
    ("evening", DayPart::Evening),
    ("night", DayPart::Night),
    // The edges of the day, as parts of it: "at dawn", "after dusk".
    ("dawn", DayPart::Morning),
    ("daybreak", DayPart::Morning),
    ("dusk", DayPart::Evening),
    ("nightfall", DayPart::Evening),
];

/// A unit of time and whether the word is plural: "days" is (Day, true).
pub(crate) fn unit(word: &str) -> Option<(Unit, bool)> {
    known(word)?.unit
}

const UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("min", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("mins", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hr", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("hrs", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("weekend", Unit::Weekend, false),
    ("weekends", Unit::Weekend, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("fortnight", Unit::Week, false),
    ("fortnights", Unit::Week, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("year", Unit::Year, false),
    ("yr", Unit::Year, false),
    ("years", Unit::Year, true),
    ("yrs", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
    ("millennium", Unit::Millennium, false),
    ("millennia", Unit::Millennium, true),
    ("millenniums", Unit::Millennium, true),
];

/// A cardinal number word: "one" to "ninety-nine", "hundred", "dozen".
pub(crate) fn number_word(word: &str) -> Option<f64> {
    compound_number(word).or_else(|| known(word)?.number)
}

/// "twenty-five": tens and units joined by a hyphen.
fn compound_number(word: &str) -> Option<f64> {
    let (tens, ones) = split_hyphen(word)?;
    let (t, o) = (number_word(tens)?, number_word(ones)?);
    (t >= 20.0 && t % 10.0 == 0.0 && o < 10.0).then_some(t + o)
}

const NUMBERS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("thousand", 1000.0),
    ("dozen", 12.0),
];

/// An ordinal: "first", "third", "21st", "twenty-first".
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    compound_ordinal(word).or_else(|| known(word)?.ordinal)
}

/// An ordinal in digits ("21st") or tens and a hyphenated ordinal
/// ("twenty-first").
fn compound_ordinal(word: &str) -> Option<u32> {
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
    let (tens, ones) = split_hyphen(word)?;
    let t = number_word(tens)? as u32;
    (t >= 20 && t % 10 == 0).then(|| ordinal(ones).filter(|o| *o < 10).map(|o| t + o)).flatten()
}

const ORDINALS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

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
        // A range across months, written with a hyphen and no spaces.
        assert_eq!(
            texts("Nov. 28-Dec. 2, 28 June-7 July"),
            ["Nov", ".", "28", "-", "Dec", ".", "2", ",", "28", "June", "-", "7", "July"]
        );
        assert_eq!(
            texts("a 3-May deadline, Covid-19"),
            ["a", "3", "-", "May", "deadline", ",", "Covid-19"]
        );
        assert_eq!(texts("o'clock years’ end"), ["o'clock", "years", "’", "end"]);
        assert_eq!(
            texts("Zürich\u{a0}café-owners’ naïve Ångström"),
            ["Zürich", "café-owners", "’", "naïve", "Ångström"]
        );
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
    fn one_table_answers_every_question_about_a_word() {
        assert_eq!(unit("second"), Some((Unit::Second, false)));
        assert_eq!(ordinal("second"), Some(2));
        assert_eq!(day_part("night"), Some(DayPart::Night));
        assert!(!is_trigger("night") && is_trigger("second") && is_trigger("tonight"));
        assert!(is_trigger("mondays") && is_trigger("mid-july") && is_trigger("year-long"));
        assert!(!is_trigger("market") && !is_trigger("bi-annual"));
        assert_eq!(month("last"), None);
    }

    #[test]
    fn word_sets_hold_their_words() {
        static SET: WordSet = WordSet::new(&["told", "said"]);
        let toks = tokenize("Said say", 0);
        assert!(toks[0].is_in(&SET) && !toks[1].is_in(&SET));
        assert_eq!(SET.words(), ["told", "said"]);
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
