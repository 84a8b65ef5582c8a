//! Word-level edits inside a changed sentence.
//!
//! Both sides are cut into Unicode word-boundary tokens (UAX #29: words,
//! numbers such as "1,200" and "4.3", punctuation), each carrying the
//! whitespace before it but compared without it, and diffed with
//! similar's Myers: spacing and re-flowed text are never changes. Changes
//! separated only by spacing and a little punctuation are merged into
//! one, so that "Mr Carter." → "Ms Ferris." is one replaced name rather
//! than two replaced words. Each change is
//! then marked cosmetic or not: cosmetic when the two sides fold to the
//! same text (case, punctuation, quote marks, dashes, spacing) or the
//! change is one misspelt word put right.

use std::ops::Range;
use std::time::Instant;

use dateline_article::Span;
use similar::{Algorithm, DiffOp};
use unicode_segmentation::UnicodeSegmentation;

use crate::{WordChange, WordOp, fold};

/// At most this many glue tokens (punctuation, no word) between two
/// changes merge them into one.
const GLUE: usize = 3;

/// A token: its byte range in the text it was cut from, with the
/// whitespace before it, and what it is compared as (the token without
/// that whitespace, so that spacing and re-flow are never changes).
struct Token<'a> {
    range: Range<usize>,
    key: &'a str,
    word: bool,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out: Vec<Token<'_>> = Vec::with_capacity(text.len() / 4 + 1);
    let mut space: Option<usize> = None;
    let mut at = 0;
    while at < bytes.len() {
        if is_ascii_space(bytes[at]) {
            space = space.or(Some(at));
            at += 1;
            continue;
        }
        // A run without ASCII whitespace: UAX #29 always breaks before and
        // after whitespace, so the run can be cut on its own.
        let end =
            bytes[at..].iter().position(|&b| is_ascii_space(b)).map_or(bytes.len(), |k| at + k);
        if bytes[at..end].is_ascii() {
            ascii_tokens(text, at..end, &mut space, &mut out);
        } else {
            // Other characters go through UAX #29 proper, with the
            // whitespace before them (a combining mark joins a space).
            let from = space.unwrap_or(at);
            for (offset, piece) in text[from..end].split_word_bound_indices() {
                let piece_at = from + offset;
                if piece.chars().all(char::is_whitespace) {
                    space = space.or(Some(piece_at));
                    continue;
                }
                let start = space.take().unwrap_or(piece_at);
                let word = piece.chars().any(char::is_alphanumeric);
                out.push(Token { range: start..piece_at + piece.len(), key: piece, word });
            }
        }
        at = end;
    }
    if let Some(at) = space {
        out.push(Token { range: at..text.len(), key: " ", word: false });
    }
    out
}

/// ASCII whitespace: UAX #29's spaces, tabs and line breaks.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// The UAX #29 word-boundary tokens of an ASCII run without whitespace, as
/// `split_word_bound_indices` cuts it, without its table lookups: letters,
/// digits and `_` hold together (WB5, WB8–WB10, WB13a–b); `:` `.` `'`
/// between two letters (WB6–WB7) and `,` `;` `.` `'` between two digits
/// (WB11–WB12) join them; anything else stands alone.
fn ascii_tokens<'a>(
    text: &'a str,
    run: Range<usize>,
    space: &mut Option<usize>,
    out: &mut Vec<Token<'a>>,
) {
    let b = text.as_bytes();
    let joins = |j: usize| {
        let (before, mid, after) = (b[j - 1], b[j], b[j + 1]);
        let letters = before.is_ascii_alphabetic() && after.is_ascii_alphabetic();
        let digits = before.is_ascii_digit() && after.is_ascii_digit();
        (letters && matches!(mid, b':' | b'.' | b'\''))
            || (digits && matches!(mid, b',' | b';' | b'.' | b'\''))
    };
    let in_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = run.start;
    while i < run.end {
        let mut j = i + 1;
        if in_word(b[i]) {
            loop {
                if j < run.end && in_word(b[j]) {
                    j += 1;
                } else if j + 1 < run.end && joins(j) {
                    j += 2;
                } else {
                    break;
                }
            }
        }
        let start = space.take().unwrap_or(i);
        let word = b[i..j].iter().any(u8::is_ascii_alphanumeric);
        out.push(Token { range: start..j, key: &text[i..j], word });
        i = j;
    }
}

/// Up to this many items on both sides together, a diff runs without its
/// deadline: Myers's worst case is then a quarter of a million steps, well
/// under a millisecond, and similar's deadline checks (a clock read each)
/// cost more than they could save.
const SMALL: usize = 512;

/// The deadline a diff of `items` items runs under.
pub(crate) fn deadline_for(items: usize, deadline: Option<Instant>) -> Option<Instant> {
    if items <= SMALL { None } else { deadline }
}

/// The whitespace a token starts with.
fn leading_space(text: &str, t: &Token) -> usize {
    text[t.range.clone()].len() - text[t.range.clone()].trim_start().len()
}

/// A stretch of the diff, in tokens.
#[derive(Clone, Debug)]
enum Segment {
    Equal(Range<usize>, Range<usize>),
    Change(Range<usize>, Range<usize>),
}

/// The word edits turning `old` into `new`, with spans offset by the
/// texts' places in their articles, and whether every edit is cosmetic.
pub(crate) fn diff(
    old: &str,
    old_base: usize,
    new: &str,
    new_base: usize,
    deadline: Option<Instant>,
) -> (Vec<WordChange>, bool) {
    let (ot, nt) = (tokenize(old), tokenize(new));
    let ok: Vec<&str> = ot.iter().map(|t| t.key).collect();
    let nk: Vec<&str> = nt.iter().map(|t| t.key).collect();
    let deadline = deadline_for(ok.len() + nk.len(), deadline);
    let ops = similar::capture_diff_slices_deadline(Algorithm::Myers, &ok, &nk, deadline);

    let mut segments: Vec<Segment> = Vec::with_capacity(ops.len());
    for op in ops {
        let (o, n, equal) = match op {
            DiffOp::Equal { old_index, new_index, len } => {
                (old_index..old_index + len, new_index..new_index + len, true)
            }
            DiffOp::Delete { old_index, old_len, new_index } => {
                (old_index..old_index + old_len, new_index..new_index, false)
            }
            DiffOp::Insert { old_index, new_index, new_len } => {
                (old_index..old_index, new_index..new_index + new_len, false)
            }
            DiffOp::Replace { old_index, old_len, new_index, new_len } => {
                (old_index..old_index + old_len, new_index..new_index + new_len, false)
            }
        };
        match (segments.last_mut(), equal) {
            (Some(Segment::Change(po, pn)), false) => {
                po.end = o.end;
                pn.end = n.end;
            }
            (_, false) => segments.push(Segment::Change(o, n)),
            (_, true) => segments.push(Segment::Equal(o, n)),
        }
    }
    let segments = merge_glued(segments, &ot);

    let span = |tokens: &[Token], r: &Range<usize>, base: usize| -> Option<Span> {
        if r.is_empty() {
            return None;
        }
        Some(Span::new(base + tokens[r.start].range.start, base + tokens[r.end - 1].range.end))
    };
    let mut out = Vec::with_capacity(segments.len() * 2);
    let mut all_cosmetic = true;
    for segment in &segments {
        match segment {
            Segment::Equal(_, n) => {
                if let Some(span) = span(&nt, n, new_base) {
                    push_equal(&mut out, span);
                }
            }
            Segment::Change(o, n) => {
                let mut old_span = span(&ot, o, 0);
                let mut new_span = span(&nt, n, 0);
                // Whitespace both sides start with, or an insertion
                // starts with, is not part of the change: "spokesman
                // {+Peter Lindqvist+} said".
                if let Some(ns) = new_span {
                    let a = old_span.map(|_| leading_space(old, &ot[o.start]));
                    let b = leading_space(new, &nt[n.start]);
                    if b > 0 && a != Some(0) && ns.len() > b {
                        push_equal(
                            &mut out,
                            Span::new(ns.start(), ns.start() + b).offset(new_base),
                        );
                        old_span =
                            old_span.map(|os| Span::new(os.start() + a.unwrap_or(0), os.end()));
                        new_span = Some(Span::new(ns.start() + b, ns.end()));
                    }
                }
                let text = |s: Option<Span>, t: &str| s.map_or("", |s| &t[s]).to_string();
                let cosmetic = is_cosmetic(&text(old_span, old), &text(new_span, new));
                all_cosmetic &= cosmetic;
                if let Some(s) = old_span {
                    out.push(WordChange { op: WordOp::Delete, span: s.offset(old_base), cosmetic });
                }
                if let Some(s) = new_span {
                    out.push(WordChange { op: WordOp::Insert, span: s.offset(new_base), cosmetic });
                }
            }
        }
    }
    (out, all_cosmetic)
}

/// Adds an equal run, joined to the one before when they touch.
fn push_equal(out: &mut Vec<WordChange>, span: Span) {
    match out.last_mut() {
        Some(last) if last.op == WordOp::Equal && last.span.end() == span.start() => {
            last.span = last.span.cover(span);
        }
        _ => out.push(WordChange { op: WordOp::Equal, span, cosmetic: false }),
    }
}

/// Merges changes separated by a little punctuation.
fn merge_glued(segments: Vec<Segment>, old_tokens: &[Token]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    let mut iter = segments.into_iter().peekable();
    while let Some(segment) = iter.next() {
        if let Segment::Equal(o, n) = &segment {
            let glue = o.len() <= GLUE && old_tokens[o.clone()].iter().all(|t| !t.word);
            let between = matches!(out.last(), Some(Segment::Change(..)))
                && matches!(iter.peek(), Some(Segment::Change(..)));
            if glue && between {
                let Some(Segment::Change(next_o, next_n)) = iter.next() else { unreachable!() };
                if let Some(Segment::Change(po, pn)) = out.last_mut() {
                    po.end = next_o.end;
                    pn.end = next_n.end;
                }
                let _ = n;
                continue;
            }
        }
        out.push(segment);
    }
    out
}

/// Whether replacing `old` by `new` is cosmetic: the same words once
/// folded, or the same words but for misspellings put right.
pub(crate) fn is_cosmetic(old: &str, new: &str) -> bool {
    if fold::folded(old) == fold::folded(new) {
        return true;
    }
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (a, b) = (words(old), words(new));
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x.to_lowercase() == y.to_lowercase() || fold::is_spelling_fix(x, y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The tokens as UAX #29 cuts the whole text, for comparison.
    fn reference(text: &str) -> Vec<(Range<usize>, &str, bool)> {
        let mut out = Vec::new();
        let mut space: Option<usize> = None;
        for (at, piece) in text.split_word_bound_indices() {
            if piece.chars().all(char::is_whitespace) {
                space = space.or(Some(at));
                continue;
            }
            let start = space.take().unwrap_or(at);
            out.push((start..at + piece.len(), piece, piece.chars().any(char::is_alphanumeric)));
        }
        if let Some(at) = space {
            out.push((at..text.len(), " ", false));
        }
        out
    }

    fn tokens(text: &str) -> Vec<(Range<usize>, &str, bool)> {
        tokenize(text).into_iter().map(|t| (t.range, t.key, t.word)).collect()
    }

    proptest! {
        #[test]
        fn tokenize_cuts_as_uax29_does(
            text in "([a-cA-C0-2_:.,;'\"!?()\\- \t\n\r]|é|’|“|\u{301}|\u{200D}|\u{2009}|\u{3000}|🇫|🇷|👍){0,40}"
        ) {
            prop_assert_eq!(tokens(&text), reference(&text));
        }
    }

    #[test]
    fn tokenize_keeps_numbers_initialisms_and_names_whole() {
        let text = "U.S. troops, 1,200 of them, paid $4.5m at 10:30 in O'Neill's town.";
        assert_eq!(tokens(text), reference(text));
        let keys: Vec<&str> = tokenize(text).iter().map(|t| t.key).collect();
        assert!(keys.contains(&"U.S") && keys.contains(&"1,200") && keys.contains(&"4.5m"));
        assert!(keys.contains(&"O'Neill's") && keys.contains(&"10") && keys.contains(&"30"));
    }

    /// The edits as `[-old-]{+new+}` marks, cosmetic ones as `[~old~]{~new~}`.
    #[track_caller]
    fn check(old: &str, new: &str, expected: &str) {
        let (changes, _) = diff(old, 0, new, 0, None);
        let mut got = String::new();
        for c in changes {
            match (c.op, c.cosmetic) {
                (WordOp::Equal, _) => got.push_str(&new[c.span]),
                (WordOp::Delete, false) => got.push_str(&format!("[-{}-]", &old[c.span])),
                (WordOp::Insert, false) => got.push_str(&format!("{{+{}+}}", &new[c.span])),
                (WordOp::Delete, true) => got.push_str(&format!("[~{}~]", &old[c.span])),
                (WordOp::Insert, true) => got.push_str(&format!("{{~{}~}}", &new[c.span])),
            }
        }
        assert_eq!(got, expected);
    }

    #[test]
    fn numbers_and_names_are_one_change() {
        check(
            "killing at least 70 people and injuring 160 others",
            "killing at least 86 people and injuring 212 others",
            "killing at least [-70-]{+86+} people and injuring [-160-]{+212+} others",
        );
        check("said Mr Carter.", "said Ms Ferris.", "said [-Mr Carter-]{+Ms Ferris+}.");
        check("cut 1,200 jobs", "cut 1,500 jobs", "cut [-1,200-]{+1,500+} jobs");
    }

    #[test]
    fn phrases_merge_across_punctuation() {
        check(
            "patient for a very long time. That patience has now run out",
            "more than patient with this company. Today their patience has run out",
            "{+more than+} patient [-for a very long time. That-]{+with this company. Today their+} patience has[- now-] run out",
        );
    }

    #[test]
    fn cosmetic_changes() {
        check("the city Council", "the city council", "the city [~Council~]{~council~}");
        check(
            "and recieved support",
            "and received support",
            "and [~recieved~]{~received~} support",
        );
        check(
            "\"a living building\"",
            "“a living building”",
            "[~\"~]{~“~}a living building[~\"~]{~”~}",
        );
        check(
            "closed since 2021\nafter  inspectors",
            "closed since 2021 after inspectors",
            "closed since 2021 after inspectors",
        );
        check("will agree", "will agreed", "will [-agree-]{+agreed+}");
    }
}
