//! What a sentence says, as far as fact comparison needs it: quantities
//! with what they count, names of people, organisations and places,
//! directions within a place ("in the south of the city"), and whom a
//! claim is attributed to.
//!
//! Each finder works on the temporal crate's tokens, so that "1,200",
//! "11:47" and "a.m." are single tokens as they are for the tagger and the
//! event extractor. Tokens inside time expressions and quotations are
//! masked: dates are compared by value, quotations as a whole.
//!
//! The word lists here are general English (number words, quantity
//! modifiers, reporting verbs, compass directions), never phrases taken
//! from the fixtures.

use std::collections::HashSet;

use dateline_article::Span;
use dateline_events::gazetteer::{Gazetteer, PlaceKind};
use dateline_temporal::token::{self, Shape, Token};

/// Number words that count things.
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "scores",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "half",
];

/// Words that scale or qualify the number before them.
const SCALES: &[&str] =
    &["hundred", "thousand", "million", "billion", "trillion", "%", "percent", "pct"];

/// Words before a number that are part of its value: "at least 70".
const MODIFIERS: &[&[&str]] = &[
    &["at", "least"],
    &["at", "most"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["up", "to"],
    &["as", "many", "as"],
    &["an", "additional"],
    &["a", "further"],
    &["an", "estimated"],
    &["about"],
    &["around"],
    &["approximately"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["over"],
    &["under"],
    &["roughly"],
    &["another"],
    &["only"],
    &["just"],
];

/// Words that cannot be what a number counts.
const FUNCTION_WORDS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "from", "with", "for", "as",
    "than", "per", "who", "which", "that", "were", "was", "are", "is", "had", "have", "has", "be",
    "been", "but", "into", "out", "up", "down", "over", "under", "after", "before", "since", "its",
    "their", "his", "her", "this", "these", "those", "it", "they", "he", "she", "we",
];

/// Verbs that attribute what precedes or follows them to a source.
const SAY: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "reported",
    "reports",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "claimed",
    "claims",
    "estimated",
    "estimates",
    "insisted",
    "acknowledged",
];

/// Courtesy titles, which do not tell people apart.
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "mx"];

/// Words that join the parts of a name.
const NAME_JOINERS: &[&str] =
    &["of", "de", "van", "von", "der", "den", "al", "bin", "da", "del", "la", "le", "du", "di"];

/// Capitalised words that begin sentences without being names.
const SENTENCE_STARTS: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "in",
    "on",
    "at",
    "as",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "after",
    "before",
    "when",
    "while",
    "if",
    "despite",
    "yet",
    "some",
    "most",
    "many",
    "no",
    "such",
    "there",
    "under",
    "for",
    "from",
    "with",
    "by",
    "during",
    "since",
    "until",
    "about",
    "all",
    "both",
    "each",
    "every",
    "other",
    "another",
    "only",
    "also",
    "however",
    "then",
    "meanwhile",
    "still",
    "so",
    "what",
    "who",
    "why",
    "how",
    "where",
];

/// Prepositions that put a name in a place: "a hospital in Schwaz".
const LOCATIVES: &[&str] = &[
    "in",
    "near",
    "at",
    "outside",
    "from",
    "to",
    "into",
    "off",
    "across",
    "towards",
    "toward",
    "around",
    "inside",
    "between",
    "through",
    "throughout",
];

/// Parts of a place: "the south of the city".
const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "centre",
    "center",
    "outskirts",
    "heart",
    "edge",
];

/// Adjectives of direction: "southern Slovakia".
const DIRECTION_ADJECTIVES: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
];

/// Nouns that name a kind of organisation or person and, after "the",
/// refer back to one already named: "the company said".
const BACK_REFERENCES: &[&str] = &[
    "company",
    "firm",
    "carmaker",
    "automaker",
    "airline",
    "carrier",
    "group",
    "bank",
    "insurer",
    "retailer",
    "operator",
    "manufacturer",
    "maker",
    "business",
    "corporation",
    "club",
    "team",
    "union",
    "party",
    "organisation",
    "organization",
    "charity",
    "museum",
    "hospital",
    "university",
    "school",
    "council",
    "agency",
    "ministry",
    "department",
    "office",
    "source",
    "sources",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "minister",
    "president",
    "government",
    "authority",
    "authorities",
    "army",
    "military",
    "police",
    "service",
    "court",
    "prosecutor",
    "board",
    "committee",
    "commission",
    "statement",
];

/// A sentence cut into tokens, with the tokens masked that other facts
/// cover.
pub(crate) struct Sent<'a> {
    /// The sentence's index in its article.
    pub(crate) index: usize,
    pub(crate) toks: Vec<Token<'a>>,
    pub(crate) masked: Vec<bool>,
}

impl<'a> Sent<'a> {
    /// Tokens of the sentence at `span` of `text`, masking those inside
    /// any of `masks`.
    pub(crate) fn new(index: usize, text: &'a str, span: Span, masks: &[Span]) -> Sent<'a> {
        let toks = token::tokenize(&text[span], span.start());
        let masked = toks
            .iter()
            .map(|t| masks.iter().any(|m| m.overlaps(Span::new(t.start, t.end))))
            .collect();
        Sent { index, toks, masked }
    }

    /// Masks the tokens inside any of `spans` too.
    pub(crate) fn mask(&mut self, spans: &[Span]) {
        for (t, masked) in self.toks.iter().zip(&mut self.masked) {
            *masked |= spans.iter().any(|m| m.overlaps(Span::new(t.start, t.end)));
        }
    }

    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &*t.lower)
    }

    fn span(&self, first: usize, end: usize) -> Span {
        Span::new(self.toks[first].start, self.toks[end - 1].end)
    }

    /// The index of the first word token: where a capital says nothing.
    fn first_word(&self) -> Option<usize> {
        self.toks.iter().position(|t| t.shape != Shape::Punct)
    }

    fn is_token_punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.shape == Shape::Punct)
    }

    /// The token index at byte `offset`.
    pub(crate) fn token_at(&self, offset: usize) -> Option<usize> {
        self.toks.iter().position(|t| t.start <= offset && offset < t.end)
    }
}

/// Which capitalised words the two versions also write in lowercase, and
/// which they capitalise in mid-sentence: the evidence for whether a word
/// that opens a sentence is a name.
#[derive(Default)]
pub(crate) struct Vocabulary {
    lower: HashSet<String>,
    capitalised: HashSet<String>,
}

impl Vocabulary {
    /// Learns from the sentences of one text.
    pub(crate) fn learn(&mut self, sentences: &[Sent]) {
        for s in sentences {
            let first = s.first_word();
            for (i, t) in s.toks.iter().enumerate() {
                if t.shape != Shape::Word {
                    continue;
                }
                if t.capitalized() {
                    if Some(i) != first && !s.is_token_punct(i.wrapping_sub(1)) {
                        self.capitalised.insert(t.lower.to_string());
                    }
                } else {
                    self.lower.insert(t.lower.to_string());
                }
            }
        }
    }

    /// Whether a capitalised word at the start of a sentence is an
    /// ordinary word rather than (part of) a name.
    fn ordinary(&self, lower: &str) -> bool {
        SENTENCE_STARTS.contains(&lower) || self.lower.contains(lower)
    }
}

/// A quantity: its value with its modifier and what it counts.
#[derive(Clone, Debug)]
pub(crate) struct Quantity {
    pub(crate) sentence: usize,
    pub(crate) span: Span,
    /// "at least 70", "91%", "4.3 million".
    pub(crate) value: String,
    /// The event kind it is the count of ("killed"), else the counted
    /// noun ("firefighters").
    pub(crate) subject: Option<String>,
    /// The event it belongs to, by index, when a trigger is beside it.
    pub(crate) event: Option<usize>,
    /// After a determiner ("the two leaders", "its three shifts"): it
    /// refers to things already counted rather than counting them.
    pub(crate) definite: bool,
}

fn is_number(t: &Token) -> bool {
    match t.shape {
        Shape::Number => true,
        Shape::Word => {
            let first = t.lower.split('-').next().unwrap_or("");
            NUMBER_WORDS.contains(&first)
        }
        _ => false,
    }
}

/// The quantities of a sentence. `triggers` are the spans of the
/// non-statement events' triggers with the events' subjects.
pub(crate) fn quantities(
    s: &Sent,
    text: &str,
    triggers: &[(Span, String, usize)],
) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < s.toks.len() {
        let t = &s.toks[k];
        if s.masked[k] || !is_number(t) || is_pronoun_one(s, k) {
            k += 1;
            continue;
        }
        // The modifier before it.
        let mut start = k;
        for m in MODIFIERS {
            if m.len() <= k && m.iter().enumerate().all(|(n, w)| s.word(k - m.len() + n) == *w) {
                start = k - m.len();
                break;
            }
        }
        // Scales and further number words after it: "4.3 million", "91%".
        let mut end = k + 1;
        while end < s.toks.len()
            && !s.masked[end]
            && (SCALES.contains(&s.word(end))
                || (is_number(&s.toks[end]) && s.toks[end].shape == Shape::Word))
        {
            end += 1;
        }
        if s.word(end) == "per" && s.word(end + 1) == "cent" {
            end += 2;
        }
        // What it counts: the next word, or the word after "of".
        let mut noun_at = end;
        if s.word(noun_at) == "of" {
            noun_at += 1;
        }
        let noun = s
            .toks
            .get(noun_at)
            .filter(|t| t.shape == Shape::Word && !FUNCTION_WORDS.contains(&&*t.lower))
            .map(|t| t.lower.to_string());
        let after = if noun.is_some() { noun_at + 1 } else { end };
        let span = s.span(start, end);
        let trigger = nearest_trigger(s, start, after, triggers);
        let definite = matches!(
            s.word(start.wrapping_sub(1)),
            "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "both"
        );
        out.push(Quantity {
            sentence: s.index,
            span,
            value: text[span].to_string(),
            subject: trigger.map(|(_, subject, _)| subject.clone()).or(noun),
            event: trigger.map(|&(_, _, e)| e),
            definite,
        });
        k = end;
    }
    out
}

/// "no one", "one of the organisers": "one" that is not a count.
fn is_pronoun_one(s: &Sent, k: usize) -> bool {
    s.word(k) == "one"
        && (s.word(k + 1) == "of"
            || matches!(
                s.word(k.wrapping_sub(1)),
                "no" | "any" | "every" | "some" | "each" | "the"
            ))
}

/// The event trigger right before a quantity ("killing at least 70") or
/// right after it ("at least 23 people were killed"), before preferred.
fn nearest_trigger<'t>(
    s: &Sent,
    start: usize,
    after: usize,
    triggers: &'t [(Span, String, usize)],
) -> Option<&'t (Span, String, usize)> {
    let at = |t: &(Span, String, usize)| s.token_at(t.0.start());
    let before = triggers
        .iter()
        .filter_map(|t| at(t).map(|i| (i, t)))
        .filter(|&(i, _)| i < start && i + 3 >= start)
        .max_by_key(|&(i, _)| i);
    let following = || {
        triggers
            .iter()
            .filter_map(|t| at(t).map(|i| (i, t)))
            .filter(|&(i, _)| i >= after && i <= after + 2)
            .min_by_key(|&(i, _)| i)
    };
    before.or_else(following).map(|(_, t)| t)
}

/// A name: a person, an organisation or a place.
#[derive(Clone, Debug)]
pub(crate) struct Name {
    pub(crate) sentence: usize,
    pub(crate) span: Span,
    pub(crate) text: String,
    pub(crate) place: bool,
}

impl Name {
    /// The words that tell the name apart: lowercase, courtesy titles
    /// dropped.
    pub(crate) fn parts(&self) -> Vec<String> {
        name_parts(&self.text)
    }
}

/// The lowercase words of a name without courtesy titles.
pub(crate) fn name_parts(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| !w.is_empty() && !HONORIFICS.contains(&w.as_str()))
        .collect()
}

/// Whether two names are the same: equal, or one the end of the other
/// ("Kovacs" and "Anna Kovacs"; "Vello Motors" and "Carmaker Vello
/// Motors").
pub(crate) fn same_name(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && long.ends_with(short)
}

/// Whether two names share a surname but not a first name: "Anna Kovacs"
/// and "Maria Kovacs".
pub(crate) fn renamed(a: &[String], b: &[String]) -> bool {
    !same_name(a, b) && a.len() > 1 && b.len() > 1 && a.last() == b.last()
}

/// The names in a sentence, skipping masked tokens.
pub(crate) fn names(s: &Sent, text: &str, vocabulary: &Vocabulary) -> Vec<Name> {
    let gazetteer = Gazetteer::builtin();
    let first = s.first_word();
    let mut out = Vec::new();
    let mut k = 0;
    while k < s.toks.len() {
        let part = |i: usize| {
            s.toks.get(i).is_some_and(|t| t.shape == Shape::Word && t.capitalized() && !s.masked[i])
        };
        if !part(k) {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        loop {
            if part(end) {
                end += 1;
            } else if NAME_JOINERS.contains(&s.word(end)) && part(end + 1) {
                end += 2;
            } else {
                break;
            }
        }
        let mut start = k;
        // A capital at the start of a sentence is no evidence of a name.
        if Some(start) == first {
            while start < end && vocabulary.ordinary(s.word(start)) {
                start += 1;
            }
            if start + 1 == end
                && start == k
                && !vocabulary.capitalised.contains(s.word(start))
                && gazetteer.find(&text[s.span(start, end)]).is_empty()
            {
                start = end;
            }
        }
        if start < end {
            let span = s.span(start, end);
            let name = &text[span];
            let found = gazetteer.find(name);
            let whole = found.iter().find(|f| f.start == 0 && f.end == name.len());
            let place = match whole {
                Some(f) => f.entry.kind.is_place(),
                None => {
                    LOCATIVES.contains(&s.word(start.wrapping_sub(1)))
                        && !HONORIFICS.contains(&s.word(start))
                        && found.iter().all(|f| {
                            !matches!(
                                f.entry.kind,
                                PlaceKind::Institution | PlaceKind::Organization | PlaceKind::Title
                            )
                        })
                }
            };
            // Titles alone ("President") are not names.
            let title_only = whole.is_some_and(|f| f.entry.kind == PlaceKind::Title);
            if !title_only {
                out.push(Name { sentence: s.index, span, text: name.to_string(), place });
            }
        }
        k = end;
    }
    out
}

/// A part of a place: "the south of the city", "southern Slovakia".
pub(crate) fn directions(s: &Sent, text: &str) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for k in 0..s.toks.len() {
        if s.masked[k] {
            continue;
        }
        let w = s.word(k);
        if DIRECTIONS.contains(&w) && s.word(k.wrapping_sub(1)) == "the" && s.word(k + 1) == "of" {
            // "the south of the city": up to the noun after "of".
            let mut end = k + 2;
            if matches!(s.word(end), "the" | "a") {
                end += 1;
            }
            if s.toks.get(end).is_some_and(|t| t.shape == Shape::Word) {
                let span = s.span(k - 1, end + 1);
                out.push((span, text[span].to_string()));
            }
        } else if DIRECTION_ADJECTIVES.contains(&w)
            && s.toks.get(k + 1).is_some_and(|t| t.shape == Shape::Word && t.capitalized())
        {
            let span = s.span(k, k + 2);
            out.push((span, text[span].to_string()));
        }
    }
    out
}

/// Who a claim is attributed to.
#[derive(Clone, Debug)]
pub(crate) struct Source {
    pub(crate) sentence: usize,
    pub(crate) span: Span,
    /// The source as written, without a leading article: "police
    /// spokesman Peter Lindqvist".
    pub(crate) text: String,
    /// Refers back to a source named elsewhere ("the company", "he"): it
    /// cannot be compared without coreference.
    pub(crate) back_reference: bool,
}

impl Source {
    /// The source's words, lowercase.
    pub(crate) fn words(&self) -> Vec<String> {
        self.text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }
}

/// The sources a sentence attributes its claims to: "according to X",
/// "X said", "…, X said.", "…, said X."
pub(crate) fn sources(s: &Sent, text: &str) -> Vec<Source> {
    let n = s.toks.len();
    let mut out: Vec<Source> = Vec::new();
    let stop = |i: usize| {
        s.toks.get(i).is_none_or(|t| {
            t.shape == Shape::Punct
                && matches!(t.text, "," | "." | ";" | ":" | "(" | ")" | "—" | "–")
        }) || matches!(s.word(i), "who" | "which" | "that" | "and" | "but")
    };
    let mut push = |first: usize, end: usize| {
        let (mut first, end) = (first, end.min(n));
        while first < end && s.masked[first] {
            first += 1;
        }
        if first >= end || end - first > 8 || (first..end).any(|i| s.masked[i]) {
            return;
        }
        let article = matches!(s.word(first), "the" | "a" | "an");
        let definite = s.word(first) == "the";
        let from = if article { first + 1 } else { first };
        if from >= end {
            return;
        }
        let span = s.span(from, end);
        let words: Vec<&Token> = s.toks[from..end].iter().collect();
        let named = words.iter().enumerate().any(|(i, t)| t.capitalized() && (i > 0 || from > 0))
            || !Gazetteer::builtin().find(&text[span]).is_empty();
        let pronoun =
            end - from == 1 && matches!(s.word(from), "he" | "she" | "they" | "it" | "we");
        let head = s.word(end - 1);
        let back = pronoun || (definite && !named && BACK_REFERENCES.contains(&head));
        out.push(Source {
            sentence: s.index,
            span,
            text: text[span].to_string(),
            back_reference: back,
        });
    };
    for k in 0..n {
        if s.masked[k] {
            continue;
        }
        if s.word(k) == "according" && s.word(k + 1) == "to" {
            let mut end = k + 2;
            while end < n && !stop(end) {
                end += 1;
            }
            push(k + 2, end);
            continue;
        }
        if !SAY.contains(&s.word(k)) {
            continue;
        }
        // "…, X said." / "…, X said on Monday, …": nothing but a date or
        // "in a statement" between the verb and the end of the clause.
        let rest_is_tail = (k + 1..n).take_while(|&i| s.toks[i].text != ",").all(|i| {
            s.is_token_punct(i)
                || s.masked[i]
                || matches!(s.word(i), "on" | "in" | "a" | "statement" | "late" | "earlier")
        });
        let mut first = k;
        while first > 0 && !stop(first - 1) && k - first < 9 {
            first -= 1;
        }
        let leads = first == 0 || s.first_word() == Some(first);
        let after_comma = first > 0 && s.toks[first - 1].text == ",";
        if (after_comma && rest_is_tail) || (leads && k - first <= 8 && k > first) {
            push(first, k);
            continue;
        }
        // "…, said X."
        if k > 0 && s.toks[k - 1].text == "," {
            let mut end = k + 1;
            while end < n && !stop(end) {
                end += 1;
            }
            push(k + 1, end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(text: &str) -> Sent<'_> {
        Sent::new(0, text, Span::new(0, text.len()), &[])
    }

    #[test]
    fn quantities_with_what_they_count() {
        let text = "A quake killed at least 70 people, and about 400 firefighters and 4.3 million euros; planes were 91% full.";
        let s = sent(text);
        let killing = text.find("killed").unwrap();
        let triggers = vec![(Span::new(killing, killing + 6), "killed".to_string(), 0)];
        let got: Vec<(String, Option<String>)> =
            quantities(&s, text, &triggers).into_iter().map(|q| (q.value, q.subject)).collect();
        assert_eq!(
            got,
            [
                ("at least 70".to_string(), Some("killed".to_string())),
                ("about 400".to_string(), Some("firefighters".to_string())),
                ("4.3 million".to_string(), Some("euros".to_string())),
                ("91%".to_string(), Some("full".to_string())),
            ]
        );
    }

    #[test]
    fn names_and_places() {
        let text = "Carmaker Vello Motors said Maria Kovacs was taken to a hospital in Schwaz.";
        let mut vocabulary = Vocabulary::default();
        let other = "the carmaker said";
        vocabulary.learn(&[sent(other)]);
        let got: Vec<(String, bool)> =
            names(&sent(text), text, &vocabulary).into_iter().map(|n| (n.text, n.place)).collect();
        assert_eq!(
            got,
            [
                ("Vello Motors".to_string(), false),
                ("Maria Kovacs".to_string(), false),
                ("Schwaz".to_string(), true)
            ]
        );
        let parts = |s: &str| name_parts(s);
        assert!(same_name(&parts("Kovacs"), &parts("Anna Kovacs")));
        assert!(same_name(&parts("Mr Carter"), &parts("Liam Carter")));
        assert!(renamed(&parts("Anna Kovacs"), &parts("Maria Kovacs")));
        assert!(!renamed(&parts("Mr Carter"), &parts("Ms Ferris")));
    }

    #[test]
    fn directions_in_places() {
        let text = "The blast hit a building in the south of the city, in southern Slovakia.";
        let got: Vec<String> = directions(&sent(text), text).into_iter().map(|d| d.1).collect();
        assert_eq!(got, ["the south of the city", "southern Slovakia"]);
    }

    #[test]
    fn attributions() {
        let check = |text: &str, expected: &[(&str, bool)]| {
            let got: Vec<(String, bool)> = sources(&sent(text), text)
                .into_iter()
                .map(|s| (s.text, s.back_reference))
                .collect();
            let expected: Vec<(String, bool)> =
                expected.iter().map(|(t, b)| (t.to_string(), *b)).collect();
            assert_eq!(got, expected, "{text}");
        };
        check(
            "About 5,000 people took part, according to the interior ministry, many of them families.",
            &[("interior ministry", false)],
        );
        check("Officials say 11 people were detained.", &[("Officials", false)]);
        check(
            "The driver was questioned, a police spokesman said.",
            &[("police spokesman", false)],
        );
        check(
            "The driver was questioned, police spokesman Peter Lindqvist said.",
            &[("police spokesman Peter Lindqvist", false)],
        );
        check("Revenue rose to 610 million euros, the company said.", &[("company", true)]);
        check("They spoke by phone on Tuesday, the Kremlin said.", &[("Kremlin", false)]);
        check("Police said on Thursday that they had arrested a man.", &[("Police", false)]);
    }
}
