//! Quotations and who said them.
//!
//! A quotation is the text between double quotation marks (straight or
//! curly) inside one block of the story; it may run over several
//! sentences. Its speaker is found the way news writes it: right after
//! the closing mark (`," said Mr Carter.`, `," Ms Ferris told reporters`,
//! `," Anna Kovacs, chair of …, told …`), else at the start of the
//! sentence that opens it (`He said that "…"`), else it carries on the
//! previous quotation of the same paragraph. A pronoun is resolved to the
//! nearest person named before it.

use dateline_article::{Article, BlockKind, Span};
use dateline_events::gazetteer::{Gazetteer, PlaceKind};
use dateline_temporal::token::{self, Shape};

use crate::facts::mentions::name_parts;
use crate::fold;

/// Verbs that introduce or close a quotation.
const SAY: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "wrote",
    "writes",
    "explained",
    "insisted",
    "warned",
    "declared",
    "tweeted",
    "posted",
    "stated",
    "continued",
    "according",
    "called",
    "calling",
    "calls",
    "described",
    "describing",
    "describes",
];

/// Courtesy titles.
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Prof"];

/// One quotation.
#[derive(Clone, Debug)]
pub(crate) struct Quote {
    /// The words inside the marks.
    pub(crate) span: Span,
    /// The quotation with its marks.
    pub(crate) outer: Span,
    /// The sentence the quotation opens in.
    pub(crate) sentence: usize,
    /// The sentence it closes in.
    pub(crate) last_sentence: usize,
    /// Who said it.
    pub(crate) speaker: Option<Speaker>,
    /// Its words, for matching across versions.
    pub(crate) words: Vec<u64>,
}

/// Who said a quotation.
#[derive(Clone, Debug)]
pub(crate) struct Speaker {
    /// Where the speaker is named near the quotation, if by name.
    pub(crate) span: Option<Span>,
    /// The speaker as named there ("Mr Carter"), or the name a pronoun
    /// stands for.
    pub(crate) name: String,
    /// The fullest form of the name in the article ("Liam Carter").
    pub(crate) full: Option<String>,
}

impl Speaker {
    /// "Mr Carter (Liam Carter)".
    pub(crate) fn display(&self) -> String {
        match &self.full {
            Some(full) if full != &self.name => format!("{} ({full})", self.name),
            _ => self.name.clone(),
        }
    }

    /// Whether two speakers are the same person: equal names, or one the
    /// end of the other once courtesy titles are dropped.
    pub(crate) fn same(&self, other: &Speaker) -> bool {
        let (a, b) = (name_parts(&self.name), name_parts(&other.name));
        crate::facts::mentions::same_name(&a, &b)
            || fold::folded(&self.name) == fold::folded(&other.name)
    }
}

/// The quotations of an article's story blocks, in text order.
pub(crate) fn quotes(article: &Article) -> Vec<Quote> {
    let text = article.text();
    let mut out: Vec<Quote> = Vec::new();
    for block in article.blocks() {
        if !matches!(block.kind, BlockKind::Paragraph | BlockKind::Quote) {
            continue;
        }
        let first_in_block = out.len();
        let mut open: Option<usize> = None;
        for (offset, c) in text[block.span].char_indices() {
            let at = block.span.start() + offset;
            match (c, open) {
                ('“', _) | ('"', None) => open = Some(at),
                ('”' | '"', Some(start)) => {
                    open = None;
                    let outer = Span::new(start, at + c.len_utf8());
                    let inner = Span::new(
                        start + text[start..].chars().next().map_or(1, char::len_utf8),
                        at,
                    );
                    let trimmed = text[inner].trim_end_matches([',', ' ', '\n']).trim_start();
                    if trimmed.is_empty() {
                        continue;
                    }
                    let lead = text[inner].len() - text[inner].trim_start().len();
                    let span =
                        Span::new(inner.start() + lead, inner.start() + lead + trimmed.len());
                    let (Some(sentence), Some(last_sentence)) =
                        (article.sentence_at(outer.start()), article.sentence_at(outer.end() - 1))
                    else {
                        continue;
                    };
                    out.push(Quote {
                        span,
                        outer,
                        sentence,
                        last_sentence,
                        speaker: None,
                        words: fold::word_set(&text[span]),
                    });
                }
                _ => {}
            }
        }
        for q in first_in_block..out.len() {
            let speaker = speaker_after(article, &out[q])
                .or_else(|| speaker_before(article, &out[q]))
                .or_else(|| (q > first_in_block).then(|| out[q - 1].speaker.clone()).flatten());
            out[q].speaker = speaker.map(|s| resolve(article, s, out[q].outer.start()));
        }
    }
    out
}

/// `," said Mr Carter.` / `," Ms Ferris told …` / `," Anna Kovacs, chair
/// of …, told …`.
fn speaker_after(article: &Article, q: &Quote) -> Option<Speaker> {
    let sentence = article.sentences()[q.last_sentence].span;
    let tail = Span::new(q.outer.end(), sentence.end().max(q.outer.end()));
    let toks = token::tokenize(article.slice(tail), tail.start());
    let words: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].shape != Shape::Punct).collect();
    let first = *words.first()?;
    // Only punctuation may stand between the mark and the attribution.
    if toks[..first].iter().any(|t| t.shape != Shape::Punct) {
        return None;
    }
    let is_say = |i: usize| toks.get(i).is_some_and(|t| SAY.contains(&&*t.lower));
    let stop = |i: usize| {
        toks.get(i).is_none_or(|t| {
            (t.shape == Shape::Punct && t.text != "'")
                || matches!(&*t.lower, "who" | "which" | "as")
        })
    };
    if is_say(first) {
        let start = first + 1;
        let mut end = start;
        while end < toks.len() && !stop(end) && end - start < 8 {
            end += 1;
        }
        return (end > start).then(|| speaker(article, toks[start].start, toks[end - 1].end));
    }
    // The speaker, then (after an aside between commas) the verb.
    let mut end = first;
    while end < toks.len() && !stop(end) && !is_say(end) {
        end += 1;
    }
    if end == first || end - first > 6 {
        return None;
    }
    let verb = (end..toks.len().min(end + 14)).find(|&i| is_say(i))?;
    // The aside may not itself be a quotation or a new clause.
    if toks[end..verb].iter().any(|t| t.text == "\"" || t.text == "“") {
        return None;
    }
    Some(speaker(article, toks[first].start, toks[end - 1].end))
}

/// `He said that "…"`, `Capital Bus Services said its offer was "…"`: the
/// name or pronoun opening the sentence, when a reporting verb follows it.
fn speaker_before(article: &Article, q: &Quote) -> Option<Speaker> {
    let sentence = article.sentences()[q.sentence].span;
    if sentence.start() >= q.outer.start() {
        return None;
    }
    let head = Span::new(sentence.start(), q.outer.start());
    let toks = token::tokenize(article.slice(head), head.start());
    if !toks.iter().any(|t| SAY.contains(&&*t.lower)) {
        return None;
    }
    let mut first = toks.iter().position(|t| t.shape != Shape::Punct)?;
    // "On Monday, Lindh said", "Later, she said": the subject comes after
    // an opening phrase and its comma.
    if toks[first].is_any(&[
        "on",
        "in",
        "at",
        "later",
        "earlier",
        "last",
        "after",
        "before",
        "yesterday",
        "today",
        "meanwhile",
        "however",
    ]) {
        let verb = toks.iter().position(|t| SAY.contains(&&*t.lower))?;
        if let Some(comma) = (first..verb).find(|&i| toks[i].is_punct(',')) {
            first = comma + 1;
        }
    }
    if matches!(&*toks[first].lower, "he" | "she" | "they") {
        return Some(speaker(article, toks[first].start, toks[first].end));
    }
    // A name, with the words of its title ("Council leader Priya
    // Nandakumar said"), up to the reporting verb right after it.
    if !toks[first].capitalized() {
        return None;
    }
    let verb = (first..toks.len()).find(|&i| SAY.contains(&&*toks[i].lower))?;
    let words = &toks[first..verb];
    let clean = !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|t| t.shape != Shape::Punct || t.text == "'")
        && words.last().is_some_and(|t| t.capitalized());
    if clean {
        return Some(speaker(article, toks[first].start, toks[verb - 1].end));
    }
    // Else the name the sentence opens with: "Novak has denied …,
    // calling the charges a "smear."".
    let end = (first..verb).find(|&i| !toks[i].capitalized() || toks[i].shape != Shape::Word)?;
    (end > first).then(|| speaker(article, toks[first].start, toks[end - 1].end))
}

fn speaker(article: &Article, start: usize, end: usize) -> Speaker {
    let span = Span::new(start, end);
    let name = article.slice(span);
    let name = name.strip_prefix("the ").or_else(|| name.strip_prefix("The ")).unwrap_or(name);
    Speaker { span: Some(span), name: name.to_string(), full: None }
}

/// Resolves a pronoun to the person named last before `at`, and finds the
/// fullest form of a name.
fn resolve(article: &Article, mut s: Speaker, at: usize) -> Speaker {
    let text = article.text();
    if matches!(s.name.as_str(), "he" | "He" | "she" | "She") {
        if let Some(name) = last_person(&text[..at]) {
            s.name = name;
        }
    }
    // A courtesy title or a surname alone: the article may say more.
    let words: Vec<&str> = s.name.split_whitespace().collect();
    if words.len() == 1 || words.len() == 2 && HONORIFICS.contains(&words[0]) {
        s.full = full_name(text, &s.name);
    }
    s
}

/// The last name before the end of `text` that looks like a person's: a
/// courtesy title and a name, or two capitalised words after lowercase
/// text.
fn last_person(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for i in (0..words.len()).rev() {
        let w = words[i].trim_matches(|c: char| !c.is_alphanumeric());
        if HONORIFICS.contains(&w) {
            if let Some(next) = words.get(i + 1) {
                let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
                if next.starts_with(char::is_uppercase) {
                    return Some(format!("{w} {next}"));
                }
            }
        }
    }
    None
}

/// "Liam Carter" for "Mr Carter" or "Carter": capitalised words written
/// right before the surname elsewhere in the article.
fn full_name(text: &str, name: &str) -> Option<String> {
    let surname = name.split_whitespace().last()?;
    if surname.len() < 2 || !surname.starts_with(char::is_uppercase) {
        return None;
    }
    let mut best: Option<String> = None;
    for (at, _) in text.match_indices(surname) {
        let after = text[at + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let before: Vec<&str> = text[..at].split(' ').rev().take(3).collect();
        let mut given: Vec<&str> = Vec::new();
        for w in before.iter().skip(usize::from(before.first() == Some(&""))) {
            // A title ("President Donald Trump") is not part of the name.
            let title =
                Gazetteer::builtin().find(w).iter().any(|f| f.entry.kind == PlaceKind::Title);
            let ok = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !HONORIFICS.contains(w)
                && !title;
            if !ok {
                break;
            }
            given.push(w);
        }
        if given.is_empty() {
            continue;
        }
        given.reverse();
        let full = format!("{} {surname}", given.join(" "));
        if best.as_ref().is_none_or(|b| full.len() > b.len()) {
            best = Some(full);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use dateline_article::Meta;

    use super::*;

    fn quoted(text: &str) -> Vec<(String, Option<String>)> {
        let article = Article::from_text(text, Meta::default());
        quotes(&article)
            .into_iter()
            .map(|q| (article.slice(q.span).to_string(), q.speaker.map(|s| s.display())))
            .collect()
    }

    #[test]
    fn speakers() {
        let text = "Strike called\n\n\
            Its deputy, Liam Carter, led the talks.\n\n\
            \"Our members have been patient. That patience has now run out,\" Ms Ferris told reporters.\n\n\
            \"Nobody wants this,\" said Mr Carter.\n\n\
            \"We have taken every tram out of service,\" Anna Kovacs, chair of the committee, told a news conference. \"Safety comes first.\"\n\n\
            He later said that \"the deal will hold\".";
        assert_eq!(
            quoted(text),
            [
                (
                    "Our members have been patient. That patience has now run out".to_string(),
                    Some("Ms Ferris".to_string())
                ),
                ("Nobody wants this".to_string(), Some("Mr Carter (Liam Carter)".to_string())),
                (
                    "We have taken every tram out of service".to_string(),
                    Some("Anna Kovacs".to_string())
                ),
                ("Safety comes first.".to_string(), Some("Anna Kovacs".to_string())),
                ("the deal will hold".to_string(), Some("Mr Carter (Liam Carter)".to_string())),
            ]
        );
        // An opening phrase before the speaker.
        let text = "Talks

On Monday, Lindh said he was \"cautiously optimistic.\"";
        assert_eq!(
            quoted(text),
            [("cautiously optimistic.".to_string(), Some("Lindh".to_string()))]
        );
    }
}
