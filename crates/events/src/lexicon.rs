//! The event lexicon: kinds of event and the words that trigger them.
//!
//! The built-in lexicon (`data/lexicon.toml`, compiled into the binary) and
//! a user's own (`--lexicon FILE`) share one TOML format:
//!
//! ```toml
//! version = 1
//!
//! [[kind]]
//! name = "call"
//! description = "a phone or video call"
//! triggers = [
//!   { verb = "phone" },
//!   { verb = "speak", forms = ["spoke", "spoken"] },
//!   { phrase = "speak by phone" },
//!   { noun = "phone call" },
//!   { noun = "call", unless_next = ["for"] },
//! ]
//! ```
//!
//! Verbs are given as lemmas and inflected here ("meet" also matches
//! "meets", "meeting", and the irregular `forms`); a phrase's first word is
//! a verb, inflected the same way, and a `...` in a phrase stands for up to
//! four words, the object between a verb and its particle ("find ...
//! guilty" matches "found the former mayor guilty"); nouns are given in the
//! singular and matched in the plural too. A user's kinds are added to the built-in
//! ones; a kind of the same name gets the extra triggers.

use dateline_temporal::token::ShapeFilter;
use rustc_hash::FxHashMap;
use std::fmt;

use serde::Deserialize;

/// An event lexicon: kinds and their triggers.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    kinds: Vec<KindDef>,
}

/// One kind of event.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindDef {
    /// The kind's name, as outputs write it: "call", "strike".
    pub name: String,
    /// What the kind covers.
    #[serde(default)]
    pub description: String,
    /// The words that trigger it.
    #[serde(default)]
    pub triggers: Vec<TriggerDef>,
}

/// One trigger, as the lexicon file writes it.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriggerDef {
    /// A verb lemma.
    pub verb: Option<String>,
    /// A noun in the singular.
    pub noun: Option<String>,
    /// Several words, the first a verb lemma; `...` stands for an object of
    /// up to four words.
    pub phrase: Option<String>,
    /// Irregular past and participle of the verb (or the phrase's verb),
    /// and its -ing form when that is irregular too.
    #[serde(default)]
    pub forms: Vec<String>,
    /// An irregular plural of the noun.
    pub plural: Option<String>,
    /// A finer label: "deny" for a statement, "air" for a strike.
    pub subkind: Option<String>,
    /// Words that, right after the trigger or past a determiner ("meet
    /// the terms"), rule it out.
    #[serde(default)]
    pub unless_next: Vec<String>,
    /// Words that, right after the trigger and only there, make it the
    /// first half of a compound noun and rule it out: "fire chief", but
    /// "fired its chief executive" is still a dismissal.
    #[serde(default)]
    pub compound_next: Vec<String>,
    /// Words that, right before the trigger, rule it out; an entry of
    /// several words ("close to") rules it out when they come in a row.
    #[serde(default)]
    pub unless_prev: Vec<String>,
    /// Words one of which must come right before the trigger ("was"
    /// before "charged": the passive of a verb that is legal only there);
    /// entries may be several words, as in `unless_prev`.
    #[serde(default)]
    pub only_prev: Vec<String>,
    /// The verb matches only its inflected forms, not the bare lemma,
    /// which is another word too ("fined", "fines", "fining", not the
    /// adjective "fine").
    #[serde(default)]
    pub inflected: bool,
}

/// Whether `words` ends with the space-separated words of `phrase`.
fn ends_with_words(words: &[&str], phrase: &str) -> bool {
    let mut k = words.len();
    phrase.rsplit(' ').all(|part| {
        let hit = k > 0 && words[k - 1] == part;
        k = k.saturating_sub(1);
        hit
    })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    version: u32,
    #[serde(default)]
    kind: Vec<KindDef>,
}

/// Why a lexicon file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LexiconError {
    /// The file is not TOML of the lexicon's shape.
    Toml {
        /// What the TOML parser said.
        message: String,
    },
    /// The file is of a version this program does not know.
    Version {
        /// The version the file gives.
        found: u32,
    },
    /// A trigger gives none or more than one of `verb`, `noun`, `phrase`.
    Trigger {
        /// The kind it belongs to.
        kind: String,
    },
    /// A verb or phrase puts a gap (`...`) anywhere but once between its
    /// first and last words.
    Gap {
        /// The kind it belongs to.
        kind: String,
        /// The verb or phrase as written.
        text: String,
    },
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LexiconError::Toml { message } => write!(f, "not a lexicon: {}", message.trim_end()),
            LexiconError::Version { found } => {
                write!(f, "lexicon version {found} is not supported (this program reads version 1)")
            }
            LexiconError::Trigger { kind } => {
                write!(
                    f,
                    "a trigger of kind {kind:?} must give exactly one of verb, noun or phrase"
                )
            }
            LexiconError::Gap { kind, text } => write!(
                f,
                "the trigger {text:?} of kind {kind:?} may hold one \"...\", between its first and last words"
            ),
        }
    }
}

impl std::error::Error for LexiconError {}

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Lexicon {
        Lexicon::from_toml(include_str!("../data/lexicon.toml"))
            .expect("the built-in lexicon is valid")
    }

    /// Parses a lexicon file.
    pub fn from_toml(source: &str) -> Result<Lexicon, LexiconError> {
        let file: LexiconFile =
            toml::from_str(source).map_err(|e| LexiconError::Toml { message: e.to_string() })?;
        if file.version != 1 {
            return Err(LexiconError::Version { found: file.version });
        }
        for kind in &file.kind {
            for t in &kind.triggers {
                let given = [&t.verb, &t.noun, &t.phrase].iter().filter(|x| x.is_some()).count();
                if given != 1 {
                    return Err(LexiconError::Trigger { kind: kind.name.clone() });
                }
                // "find ... guilty": a gap stands between a verb and a word
                // after it, once; nouns have none.
                if let Some(text) = t.verb.as_ref().or(t.phrase.as_ref()) {
                    let words: Vec<&str> = text.split_whitespace().collect();
                    let gaps: Vec<usize> =
                        (0..words.len()).filter(|&k| words[k] == "...").collect();
                    let placed = gaps.iter().all(|&k| k > 0 && k + 1 < words.len());
                    if gaps.len() > 1 || !placed || (t.verb.is_some() && !gaps.is_empty()) {
                        return Err(LexiconError::Gap {
                            kind: kind.name.clone(),
                            text: text.clone(),
                        });
                    }
                }
            }
        }
        Ok(Lexicon { kinds: file.kind })
    }

    /// Adds another lexicon's kinds and triggers to this one.
    pub fn extend(&mut self, other: Lexicon) {
        for kind in other.kinds {
            match self.kinds.iter_mut().find(|k| k.name == kind.name) {
                Some(existing) => existing.triggers.extend(kind.triggers),
                None => self.kinds.push(kind),
            }
        }
    }

    /// The kinds, in the order they were defined.
    pub fn kinds(&self) -> &[KindDef] {
        &self.kinds
    }
}

/// How a trigger was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TriggerPos {
    Verb,
    Noun,
    Phrase,
}

/// A trigger ready for matching: for each word position, the forms it may
/// take, in lowercase.
#[derive(Clone, Debug)]
pub(crate) struct Pattern {
    pub(crate) words: Vec<Vec<String>>,
    pub(crate) kind: usize,
    pub(crate) subkind: Option<String>,
    pub(crate) pos: TriggerPos,
    pub(crate) unless_next: Vec<String>,
    pub(crate) compound_next: Vec<String>,
    pub(crate) unless_prev: Vec<String>,
    pub(crate) only_prev: Vec<String>,
    /// Where a gap ("find ... guilty") stands among the words, if anywhere:
    /// the object the verb takes there.
    pub(crate) gap: Option<usize>,
}

/// The most words a phrase's gap ("find ... guilty") spans.
const MAX_GAP: usize = 4;

/// Words a gap never spans: a negation, and conjunctions and prepositions
/// that start something other than the object.
const GAP_STOPS: &[&str] = &[
    "not", "and", "or", "but", "despite", "as", "because", "while", "to", "from", "after",
    "before", "amid", "with", "in", "on", "at", "for", "by", "than",
];

impl Pattern {
    /// How many words the pattern covers at `i`, if it matches there. A
    /// gap (an empty word list) takes up to [`MAX_GAP`] words, not
    /// punctuation nor [`GAP_STOPS`] ("found him not guilty" is not "find
    /// … guilty"), and as few as it can.
    fn match_len(&self, words: &[&str], i: usize) -> Option<usize> {
        let fits = |forms: &Vec<String>, at: usize| {
            words.get(at).is_some_and(|w| forms.iter().any(|f| f == w))
        };
        let gap = self.gap.unwrap_or(self.words.len());
        let (head, rest) = self.words.split_at(gap);
        if !head.iter().enumerate().all(|(k, forms)| fits(forms, i + k)) {
            return None;
        }
        let Some((_, tail)) = rest.split_first() else { return Some(gap) };
        let from = i + gap;
        // An object's words: no punctuation, no "not", and none that would
        // open another phrase ("cut costs despite higher interest rates").
        // A count is no other phrase: "forced more than 70,000 from their
        // homes"; nor is a rate's percent sign: "imposed 25% tariffs".
        let spanned = |k: usize| {
            let w = words[k];
            let count = w == "than" && k > 0 && matches!(words[k - 1], "more" | "fewer" | "less");
            let percent =
                w == "%" && k > from && words[k - 1].starts_with(|c: char| c.is_ascii_digit());
            percent || (w.starts_with(char::is_alphanumeric) && (!GAP_STOPS.contains(&w) || count))
        };
        let most = (from.min(words.len())..words.len().min(from + MAX_GAP))
            .take_while(|&k| spanned(k))
            .count();
        (0..=most).find_map(|g| {
            tail.iter()
                .enumerate()
                .all(|(k, forms)| fits(forms, from + g + k))
                .then_some(gap + g + tail.len())
        })
    }
}

/// The triggers of a lexicon, indexed by their first word.
#[derive(Clone, Debug)]
pub(crate) struct TriggerIndex {
    patterns: Vec<Pattern>,
    by_first: FxHashMap<String, Vec<usize>>,
    /// The shapes of the first words: most words of a text start no
    /// trigger and are passed over without hashing.
    first_shapes: ShapeFilter,
}

/// A trigger found in a sentence: tokens `first..end`.
#[derive(Clone, Debug)]
pub(crate) struct TriggerMatch<'p> {
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) pattern: &'p Pattern,
}

impl TriggerIndex {
    pub(crate) fn new(lexicon: &Lexicon) -> TriggerIndex {
        let mut patterns = Vec::new();
        for (kind, def) in lexicon.kinds.iter().enumerate() {
            for t in &def.triggers {
                let (pos, words) = if let Some(v) = &t.verb {
                    let mut words = phrase_words(v, &t.forms);
                    if let Some(first) = words.first_mut().filter(|_| t.inflected) {
                        let lemma = v.to_lowercase();
                        first.retain(|f| *f != lemma);
                    }
                    (TriggerPos::Verb, words)
                } else if let Some(n) = &t.noun {
                    (TriggerPos::Noun, noun_words(n, t.plural.as_deref()))
                } else if let Some(p) = &t.phrase {
                    (TriggerPos::Phrase, phrase_words(p, &t.forms))
                } else {
                    continue;
                };
                if words.is_empty() {
                    continue;
                }
                patterns.push(Pattern {
                    gap: words.iter().position(Vec::is_empty),
                    words,
                    kind,
                    subkind: t.subkind.clone(),
                    pos,
                    unless_next: t.unless_next.iter().map(|w| w.to_lowercase()).collect(),
                    compound_next: t.compound_next.iter().map(|w| w.to_lowercase()).collect(),
                    unless_prev: t.unless_prev.iter().map(|w| w.to_lowercase()).collect(),
                    only_prev: t.only_prev.iter().map(|w| w.to_lowercase()).collect(),
                });
            }
        }
        let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, p) in patterns.iter().enumerate() {
            for form in &p.words[0] {
                by_first.entry(form.clone()).or_default().push(i);
            }
        }
        let first_shapes = ShapeFilter::new(by_first.keys().map(|w| w.as_bytes()));
        TriggerIndex { patterns, by_first, first_shapes }
    }

    /// The longest trigger starting at token `i` of `words` (lowercase
    /// token texts), if any.
    pub(crate) fn at<'s>(&'s self, words: &[&str], i: usize) -> Option<TriggerMatch<'s>> {
        if !self.first_shapes.may_hold(words[i].as_bytes()) {
            return None;
        }
        let candidates = self.by_first.get(words[i])?;
        let mut best: Option<TriggerMatch<'s>> = None;
        for &c in candidates {
            let p = &self.patterns[c];
            let Some(n) = p.match_len(words, i) else {
                continue;
            };
            // "meet demands", and past a determiner "meet the terms",
            // "met all their targets".
            if !p.unless_next.is_empty() {
                let after = (i + n..words.len())
                    .find(|&k| !OBJECT_DETERMINERS.contains(&words[k]))
                    .filter(|&k| k <= i + n + 2);
                let blocked = |k: Option<usize>| {
                    k.and_then(|k| words.get(k))
                        .is_some_and(|w| p.unless_next.iter().any(|u| u == w))
                };
                if blocked(Some(i + n)) || blocked(after) {
                    continue;
                }
            }
            if words.get(i + n).is_some_and(|w| p.compound_next.iter().any(|u| u == w)) {
                continue;
            }
            if p.unless_prev.iter().any(|u| ends_with_words(&words[..i], u)) {
                continue;
            }
            // Over an adverb: "a dam partially collapsed".
            let before = || match i.checked_sub(1).map(|k| words[k]) {
                Some(w) if w.len() > 4 && w.ends_with("ly") => &words[..i - 1],
                _ => &words[..i],
            };
            // Over a place after the subject of a verb: "a road bridge over
            // the Guaiba River collapsed".
            let before_place = || {
                let at = (i.saturating_sub(6)..i.saturating_sub(1)).rev().find(|&k| {
                    matches!(words[k], "over" | "in" | "at" | "near" | "across" | "outside")
                })?;
                let place = &words[at + 1..i];
                let words_only = place.iter().all(|w| {
                    w.bytes().all(|b| b.is_ascii_alphabetic())
                        && !matches!(*w, "and" | "or" | "was" | "were" | "is" | "are" | "has")
                });
                (p.pos == TriggerPos::Verb && words_only).then(|| &words[..at])
            };
            if !p.only_prev.is_empty()
                && !p.only_prev.iter().any(|u| {
                    ends_with_words(&words[..i], u)
                        || ends_with_words(before(), u)
                        || before_place().is_some_and(|b| ends_with_words(b, u))
                })
            {
                continue;
            }
            if best.as_ref().is_none_or(|b| n > b.end - b.first) {
                best = Some(TriggerMatch { first: i, end: i + n, pattern: p });
            }
        }
        best
    }
}

/// Words that may stand between a trigger and the word its `unless_next`
/// names: "meet the terms", "met all their targets".
const OBJECT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "all", "every", "each", "any", "its", "their", "his", "her", "our", "your",
    "these", "those",
];

/// The words of a verb phrase: the first inflected, the rest as written.
fn phrase_words(phrase: &str, forms: &[String]) -> Vec<Vec<String>> {
    let mut words: Vec<Vec<String>> = phrase
        .split_whitespace()
        .map(|w| if w == "..." { Vec::new() } else { vec![w.to_lowercase()] })
        .collect();
    if let Some(first) = words.first_mut() {
        *first = verb_forms(&first[0], forms);
    }
    words
}

/// The words of a noun compound: the last one in the singular and plural.
fn noun_words(noun: &str, plural: Option<&str>) -> Vec<Vec<String>> {
    let mut words: Vec<Vec<String>> =
        noun.split_whitespace().map(|w| vec![w.to_lowercase()]).collect();
    if let Some(last) = words.last_mut() {
        let singular = last[0].clone();
        let plural = match plural {
            Some(p) => p.split_whitespace().last().unwrap_or(p).to_lowercase(),
            None => plural_of(&singular),
        };
        if plural != singular {
            last.push(plural);
        }
    }
    words
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether the final consonant doubles before -ed and -ing: short words
/// ending consonant-vowel-consonant ("ban", "plan", "stop", "ship",
/// "quit"), but not those stressed on a first vowel ("open", "edit").
fn doubles(lemma: &str) -> bool {
    let c: Vec<char> = lemma.chars().collect();
    let n = c.len();
    // "qu" is a consonant: "quit", "quiz".
    let consonant_before = |k: usize| !is_vowel(c[k]) || (c[k] == 'u' && k > 0 && c[k - 1] == 'q');
    (3..=4).contains(&n)
        && !is_vowel(c[n - 1])
        && !matches!(c[n - 1], 'w' | 'x' | 'y')
        && is_vowel(c[n - 2])
        && consonant_before(n - 3)
        && !(n == 4 && is_vowel(c[0]))
}

/// A verb's forms: lemma, third person, past, participle, -ing.
pub(crate) fn verb_forms(lemma: &str, irregular: &[String]) -> Vec<String> {
    let l = lemma;
    let mut out = vec![l.to_string()];
    let third = if l.ends_with(['s', 'x', 'z'])
        || l.ends_with("ch")
        || l.ends_with("sh")
        || l.ends_with('o')
    {
        format!("{l}es")
    } else if l.ends_with('y') && !is_vowel(l.chars().rev().nth(1).unwrap_or('a')) {
        format!("{}ies", &l[..l.len() - 1])
    } else {
        format!("{l}s")
    };
    out.push(third);
    if irregular.is_empty() {
        let past = if l.ends_with('e') {
            format!("{l}d")
        } else if l.ends_with('y') && !is_vowel(l.chars().rev().nth(1).unwrap_or('a')) {
            format!("{}ied", &l[..l.len() - 1])
        } else if doubles(l) {
            format!("{l}{}ed", l.chars().last().unwrap_or_default())
        } else {
            format!("{l}ed")
        };
        out.push(past);
    } else {
        out.extend(irregular.iter().map(|f| f.to_lowercase()));
    }
    let ing = if let Some(ing) = irregular.get(2) {
        ing.to_lowercase()
    } else if let Some(stem) = l.strip_suffix("ie") {
        format!("{stem}ying")
    } else if l.ends_with('e')
        && !l.ends_with("ee")
        && !l.ends_with("ye")
        && !l.ends_with("oe")
        && l.len() > 2
    {
        format!("{}ing", &l[..l.len() - 1])
    } else if doubles(l) {
        format!("{l}{}ing", l.chars().last().unwrap_or_default())
    } else {
        format!("{l}ing")
    };
    out.push(ing);
    out.sort();
    out.dedup();
    out
}

/// A noun's regular plural.
pub(crate) fn plural_of(noun: &str) -> String {
    if noun.ends_with(['s', 'x', 'z']) || noun.ends_with("ch") || noun.ends_with("sh") {
        format!("{noun}es")
    } else if noun.ends_with('y') && !is_vowel(noun.chars().rev().nth(1).unwrap_or('a')) {
        format!("{}ies", &noun[..noun.len() - 1])
    } else {
        format!("{noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        assert_eq!(
            verb_forms("meet", &["met".into(), "met".into()]),
            ["meet", "meeting", "meets", "met"]
        );
        assert_eq!(verb_forms("deny", &[]), ["denied", "denies", "deny", "denying"]);
        assert_eq!(verb_forms("ban", &[]), ["ban", "banned", "banning", "bans"]);
        assert_eq!(verb_forms("agree", &[]), ["agree", "agreed", "agreeing", "agrees"]);
        assert_eq!(
            verb_forms("announce", &[]),
            ["announce", "announced", "announces", "announcing"]
        );
        assert_eq!(verb_forms("visit", &[]), ["visit", "visited", "visiting", "visits"]);
        assert_eq!(verb_forms("veto", &[]), ["veto", "vetoed", "vetoes", "vetoing"]);
        assert_eq!(verb_forms("play", &[]), ["play", "played", "playing", "plays"]);
        assert_eq!(verb_forms("open", &[]), ["open", "opened", "opening", "opens"]);
        assert_eq!(
            verb_forms("quit", &["quit".into(), "quit".into()]),
            ["quit", "quits", "quitting"]
        );
        assert_eq!(
            verb_forms("kidnap", &["kidnapped".into(), "kidnapped".into(), "kidnapping".into()]),
            ["kidnap", "kidnapped", "kidnapping", "kidnaps"]
        );
        assert_eq!(plural_of("strike"), "strikes");
        assert_eq!(plural_of("inquiry"), "inquiries");
        assert_eq!(plural_of("clash"), "clashes");
    }

    #[test]
    fn a_gap_takes_an_object_of_up_to_four_words_but_no_not() {
        let lexicon = Lexicon::from_toml(
            "version = 1\n[[kind]]\nname = \"x\"\ntriggers = [{ phrase = \"find ... guilty\", forms = [\"found\", \"found\"] }]",
        )
        .unwrap();
        let index = TriggerIndex::new(&lexicon);
        let len = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            index.at(&words, 0).map(|m| m.end - m.first)
        };
        assert_eq!(len("found guilty"), Some(2));
        assert_eq!(len("found the former mayor guilty"), Some(5));
        assert_eq!(len("found him not guilty"), None);
        assert_eq!(len("found a b c d e guilty"), None);
        assert_eq!(len("found him , guilty"), None);
        assert_eq!(len("found him despite guilty"), None);
        // A rate's percent sign is part of the object, a lone one is not.
        assert_eq!(len("found 25 % guilty"), Some(4));
        assert_eq!(len("found % guilty"), None);
    }

    #[test]
    fn bad_lexicons() {
        assert_eq!(
            Lexicon::from_toml("version = 2").unwrap_err().to_string(),
            "lexicon version 2 is not supported (this program reads version 1)"
        );
        let both =
            "version = 1\n[[kind]]\nname = \"x\"\ntriggers = [{ verb = \"a\", noun = \"b\" }]";
        assert_eq!(
            Lexicon::from_toml(both).unwrap_err().to_string(),
            "a trigger of kind \"x\" must give exactly one of verb, noun or phrase"
        );
        for text in ["... guilty", "find ...", "find ... the ... guilty", "..."] {
            let gap = format!(
                "version = 1\n[[kind]]\nname = \"x\"\ntriggers = [{{ phrase = \"{text}\" }}]"
            );
            assert_eq!(
                Lexicon::from_toml(&gap).unwrap_err().to_string(),
                format!(
                    "the trigger {text:?} of kind \"x\" may hold one \"...\", between its first and last words"
                )
            );
        }
        assert!(
            Lexicon::from_toml("[[kind]]\nname = 3")
                .unwrap_err()
                .to_string()
                .starts_with("not a lexicon:")
        );
    }

    #[test]
    fn matching_prefers_the_longest() {
        let lexicon = Lexicon::from_toml(
            "version = 1\n[[kind]]\nname = \"strike\"\ntriggers = [{ noun = \"strike\", unless_prev = [\"hunger\"] }, { noun = \"air strike\" }]",
        )
        .unwrap();
        let index = TriggerIndex::new(&lexicon);
        let words = ["the", "air", "strikes", "and", "a", "hunger", "strike"];
        let m = index.at(&words, 1).unwrap();
        assert_eq!((m.first, m.end), (1, 3));
        assert!(index.at(&words, 6).is_none());
    }

    #[test]
    fn words_in_a_row_before_rule_out() {
        let lexicon = Lexicon::from_toml(
            "version = 1\n[[kind]]\nname = \"call\"\ntriggers = [{ noun = \"call\", unless_prev = [\"close to\"] }]",
        )
        .unwrap();
        let index = TriggerIndex::new(&lexicon);
        let words = ["too", "close", "to", "call", "after", "a", "call", "to", "call"];
        assert!(index.at(&words, 3).is_none());
        assert!(index.at(&words, 6).is_some());
        assert!(index.at(&words, 8).is_some());
    }
}
