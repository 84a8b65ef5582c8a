//! Tense: does the clause around an expression look back or ahead?
//!
//! "Met on Tuesday" is the last Tuesday; "will meet on Tuesday" and "talks
//! that begin Wednesday" the next one. Without a part-of-speech tagger, the
//! clause's auxiliaries and verb forms decide: modals and "going to",
//! "plans to", "expected to" look ahead; past forms ("met", "was",
//! regular "-ed" verbs) look back; a present verb next to a weekday, as in
//! news schedules, looks ahead.

use crate::token::{Shape, Token};

/// The direction the clause points in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    /// The clause is in the past.
    Past,
    /// The clause is about the future (or a schedule).
    Future,
    /// The clause is in the present tense.
    Present,
    /// No tense found.
    Unknown,
}

/// The direction for the expression on tokens `first..end`, looking first
/// left then right of it within its clause.
pub(crate) fn direction(toks: &[Token<'_>], first: usize, end: usize) -> Direction {
    const WINDOW: usize = 14;
    // Leftwards: the nearest marker wins, but a modal before a verb
    // ("would send", "will meet") outranks the verb itself.
    let mut found = Direction::Unknown;
    let mut steps = 0;
    let mut i = first;
    while i > 0 && steps < WINDOW {
        i -= 1;
        steps += 1;
        let t = &toks[i];
        if is_clause_break(t) {
            break;
        }
        let d = marker(toks, i);
        if d != Direction::Unknown {
            // Look one or two tokens further for a modal governing this
            // verb: "will soon meet", "would send".
            if d != Direction::Future {
                for k in i.saturating_sub(3)..i {
                    if marker(toks, k) == Direction::Future && !toks[k + 1..i].iter().any(is_clause_break) {
                        return Direction::Future;
                    }
                }
            }
            found = d;
            break;
        }
    }
    if found != Direction::Unknown {
        return found;
    }
    // Rightwards: "Tuesday's call marked", "on Friday, officials said".
    for (steps, i) in (end..toks.len()).enumerate() {
        if steps >= WINDOW || is_clause_break(&toks[i]) && steps > 0 && toks[i].text != "," {
            break;
        }
        let d = marker(toks, i);
        if d != Direction::Unknown {
            return d;
        }
    }
    Direction::Unknown
}

fn is_clause_break(t: &Token<'_>) -> bool {
    t.shape == Shape::Punct && matches!(t.text, ";" | ":" | "—" | "–" | "(" | ")" | "\"" | "“" | "”")
}

/// The direction a single token signals, if any.
fn marker(toks: &[Token<'_>], i: usize) -> Direction {
    let t = &toks[i];
    if t.shape != Shape::Word {
        return Direction::Unknown;
    }
    let w = &*t.lower;
    let next = toks.get(i + 1).map_or("", |t| &*t.lower);
    match w {
        "will" | "'ll" | "shall" | "won't" | "wo" | "would" | "upcoming" | "scheduled" | "slated" | "tomorrow" => {
            return Direction::Future;
        }
        "going" if next == "to" => return Direction::Future,
        "plans" | "plan" | "planning" | "planned" | "expected" | "expects" | "expect" | "set" | "due" | "intends"
        | "intend" | "hopes" | "hope" | "aims" | "agreed" | "promised" | "pledged" | "vowed" | "threatened"
            if next == "to" =>
        {
            return Direction::Future;
        }
        "was" | "were" | "had" | "did" | "been" | "ago" | "yesterday" | "wasn't" | "weren't" | "hadn't" | "didn't" => {
            return Direction::Past;
        }
        "is" | "are" | "am" | "has" | "have" | "does" | "do" | "isn't" | "aren't" | "hasn't" | "haven't" | "doesn't" => {
            return Direction::Present;
        }
        _ => {}
    }
    if IRREGULAR_PAST.binary_search(&w).is_ok() {
        return Direction::Past;
    }
    if SCHEDULE_VERBS.binary_search(&w).is_ok() {
        return Direction::Present;
    }
    if w.len() > 4 && w.ends_with("ed") && !NOT_PAST_ED.contains(&w) {
        // "the proposed law", "an armed group": a participle before a noun
        // is an adjective, not a verb in the past.
        let before_noun = toks.get(i + 1).is_some_and(|n| n.shape == Shape::Word && !n.capitalized() && NOT_NOUNS.binary_search(&&*n.lower).is_err());
        let after_determiner = i > 0 && matches!(&*toks[i - 1].lower, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our");
        if !(before_noun && after_determiner) {
            return Direction::Past;
        }
    }
    Direction::Unknown
}

/// Common irregular past-tense forms, sorted for binary search.
const IRREGULAR_PAST: &[&str] = &[
    "ate", "beat", "became", "began", "bit", "bled", "blew", "bought", "broke", "brought", "built",
    "burnt", "came", "caught", "chose", "cost", "crept", "cut", "dealt", "drank", "drew", "drove",
    "dug", "fed", "fell", "felt", "fled", "flew", "forbade", "forgave", "forgot", "fought",
    "found", "froze", "gave", "got", "grew", "heard", "held", "hid", "hit", "hung", "kept", "knew",
    "laid", "led", "left", "lent", "let", "lost", "made", "meant", "met", "overcame", "overtook",
    "paid", "put", "quit", "ran", "rang", "rode", "rose", "said", "sang", "sat", "saw", "sent",
    "shook", "shot", "shut", "slept", "slid", "sold", "sought", "spent", "spoke", "spread",
    "stole", "stood", "struck", "swam", "swept", "swore", "taught", "thought", "threw", "told",
    "took", "tore", "understood", "undertook", "upheld", "voted", "went", "withdrew", "woke",
    "won", "wore", "wrote",
];

/// Present-tense verbs that, with a day, usually announce a schedule: "talks
/// begin Wednesday". Sorted for binary search.
const SCHEDULE_VERBS: &[&str] = &[
    "arrive", "arrives", "begin", "begins", "close", "closes", "come", "comes", "convene",
    "convenes", "end", "ends", "face", "faces", "go", "goes", "hold", "holds", "kick", "kicks",
    "land", "lands", "launch", "launches", "leave", "leaves", "meet", "meets", "open", "opens",
    "resume", "resumes", "return", "returns", "start", "starts", "take", "takes", "travel",
    "travels", "visit", "visits", "vote", "votes",
];

/// Words ending in "ed" that are not past-tense verbs.
const NOT_PAST_ED: &[&str] = &[
    "hundred", "indeed", "united", "naked", "sacred", "wicked", "speed", "breed", "creed", "greed",
    "proceed", "succeed", "exceed", "embed", "shred", "bred", "biased", "based", "related", "limited",
    "armed", "alleged", "so-called", "unprecedented", "detailed", "advanced", "supposed", "need",
    "feed", "weed", "seed", "bleed", "steed", "tweed",
];

/// Words that may follow a participle without making it an adjective.
/// Sorted for binary search.
const NOT_NOUNS: &[&str] = &[
    "a", "after", "against", "an", "and", "as", "at", "before", "by", "for", "from", "her", "him",
    "his", "in", "into", "it", "its", "of", "on", "over", "that", "the", "their", "them", "this",
    "to", "under", "up", "with",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[track_caller]
    fn check(sentence: &str, expression: &str, expected: Direction) {
        let toks = tokenize(sentence, 0);
        let at = sentence.find(expression).unwrap();
        let first = toks.iter().position(|t| t.start == at).unwrap();
        let end = toks.iter().position(|t| t.end == at + expression.len()).unwrap() + 1;
        assert_eq!(direction(&toks, first, end), expected, "{sentence}");
    }

    #[test]
    fn lists_are_sorted() {
        for list in [IRREGULAR_PAST, SCHEDULE_VERBS, NOT_NOUNS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    #[test]
    fn directions() {
        check("The talks that begin Wednesday in Kazakhstan", "Wednesday", Direction::Present);
        check("Mr Putin, who met earlier Tuesday with Ms Merkel", "Tuesday", Direction::Past);
        check("The minister will travel to Paris on Friday", "Friday", Direction::Future);
        check("It announced it would send an official on Monday", "Monday", Direction::Future);
        check("Mr Trump ordered the strikes in early April", "April", Direction::Past);
        check("On Friday, officials said the road was closed", "Friday", Direction::Past);
        check("They plan to vote in July", "July", Direction::Future);
        check("the proposed law comes into force in June", "June", Direction::Present);
    }
}
