//! From sentences to event mentions: triggers, their participants, place,
//! time, status and relations to other mentions.

use chrono::NaiveDate;
use dateline_article::{Article, BlockKind, Span};
use dateline_temporal::token::{self, Shape, Token};
use dateline_temporal::{Timex, TimexType, Value};

use crate::actors::{Mention, PlaceMention, Registry};
use crate::lexicon::TriggerPos;
use crate::{Extractor, RelationKind, Role, Status};

/// One mention of an event, before mentions are merged into events.
#[derive(Clone, Debug)]
pub(crate) struct EventMention {
    pub(crate) kind: usize,
    pub(crate) subkind: Option<String>,
    pub(crate) sentence: usize,
    pub(crate) block: BlockKind,
    pub(crate) sentence_span: Span,
    pub(crate) trigger: Span,
    pub(crate) noun: bool,
    /// A definite or possessive noun phrase that refers back: "the
    /// conversation", "Tuesday's call", "their call".
    pub(crate) definite: bool,
    pub(crate) participants: Vec<(usize, Role)>,
    /// A target named by a phrase rather than an actor: "a Syrian
    /// government airbase".
    pub(crate) target_text: Option<String>,
    pub(crate) place: Option<PlaceMention>,
    /// The index of the timex that dates it, in the article's timexes.
    pub(crate) timex: Option<usize>,
    pub(crate) status: Status,
    /// Relations to other mentions, by index.
    pub(crate) relations: Vec<(RelationKind, usize)>,
    pub(crate) quantity: Option<String>,
    /// The clause the mention stands in, for the summary.
    pub(crate) clause: String,
}

/// A sentence ready for analysis.
struct Sentence<'a> {
    toks: Vec<Token<'a>>,
    mentions: Vec<Mention>,
    places: Vec<PlaceMention>,
    /// Timexes in the sentence: token range and index in the article's list.
    timexes: Vec<(usize, usize, usize)>,
}

impl Sentence<'_> {
    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &*t.lower)
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.w(i))
    }

    /// Whether a token ends a clause for the purpose of finding a verb's
    /// subject or complement.
    fn is_break(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.shape == Shape::Punct && matches!(t.text, ";" | ":" | "—" | "–" | "(" | ")")
        })
    }

    fn token_at(&self, offset: usize) -> Option<usize> {
        self.toks.iter().position(|t| t.start <= offset && offset < t.end)
    }
}

/// Finds every event mention in the article.
pub(crate) fn mentions(
    x: &Extractor,
    article: &Article,
    timexes: &[Timex],
    reference: Option<NaiveDate>,
) -> (Vec<EventMention>, Registry) {
    let mut registry = Registry::default();
    let mut out: Vec<EventMention> = Vec::new();
    for (si, s) in article.sentences().iter().enumerate() {
        let block = article.blocks()[s.block].kind;
        if matches!(
            block,
            BlockKind::Boilerplate
                | BlockKind::Credit
                | BlockKind::Byline
                | BlockKind::Date
                | BlockKind::Timestamp
                | BlockKind::Dateline
        ) {
            continue;
        }
        let text = &article.text()[s.span];
        let toks = token::tokenize(text, s.span.start());
        let (mentions, places) = registry.sentence(x.gazetteer, text, &toks);
        let mut sent = Sentence { toks, mentions, places, timexes: Vec::new() };
        for (ti, t) in timexes.iter().enumerate().filter(|(_, t)| t.sentence == Some(si)) {
            if let (Some(a), Some(b)) =
                (sent.token_at(t.span.start()), sent.token_at(t.span.end() - 1))
            {
                sent.timexes.push((a, b + 1, ti));
            }
        }
        let words: Vec<&str> = sent.toks.iter().map(|t| &*t.lower).collect();
        // Triggers, longest first, not overlapping time expressions
        // ("the weekend" is a date, not an event).
        let mut triggers = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if sent.timexes.iter().any(|&(a, b, _)| a <= i && i < b) {
                i += 1;
                continue;
            }
            match x.index.at(&words, i) {
                Some(m) => {
                    i = m.end;
                    triggers.push(m);
                }
                None => i += 1,
            }
        }
        let first_new = out.len();
        for m in &triggers {
            let noun = m.pattern.pos == TriggerPos::Noun;
            let (first, end) = (m.first, m.end);
            let trigger = Span::new(sent.toks[first].start, sent.toks[end - 1].end);
            let definite = noun && is_definite(&sent, first);
            let participants = participants(&sent, first, end, noun, &registry);
            let target_text = target_phrase(&sent, end);
            let place = place_of(&sent, first, end);
            let status = status(&sent, first, end, noun);
            out.push(EventMention {
                kind: m.pattern.kind,
                subkind: m.pattern.subkind.clone(),
                sentence: si,
                block,
                sentence_span: s.span,
                trigger,
                noun,
                definite,
                participants,
                target_text,
                place,
                timex: None,
                status,
                relations: Vec::new(),
                quantity: quantity(&sent, first, end),
                clause: clause_text(&sent, first, end),
            });
        }
        attach_times(&sent, &triggers, &mut out[first_new..], timexes, reference);
        attach_relations(&sent, &triggers, &mut out, first_new, timexes);
    }
    (out, registry)
}

/// "the conversation", "Tuesday's call", "their first call", "this
/// agreement": a noun phrase that refers to something known.
fn is_definite(s: &Sentence<'_>, first: usize) -> bool {
    let mut k = first;
    // Skip adjectives and modifiers back to the determiner.
    for _ in 0..4 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let t = &s.toks[k];
        if t.shape == Shape::Possessive {
            return true;
        }
        if t.is_any(&["the", "this", "that", "these", "those", "their", "his", "her", "its", "our"])
        {
            return true;
        }
        if t.is_any(&["a", "an", "another", "new", "any", "no"]) || t.shape == Shape::Punct {
            return false;
        }
    }
    false
}

/// Who takes part: agents before a verb (or the possessor or modifier of a
/// noun), the other side after "with" or "to", targets after "on" or
/// "against".
fn participants(
    s: &Sentence<'_>,
    first: usize,
    end: usize,
    noun: bool,
    registry: &Registry,
) -> Vec<(usize, Role)> {
    let mut out: Vec<(usize, Role)> = Vec::new();
    let push = |out: &mut Vec<(usize, Role)>, actor: usize, role: Role| {
        if !out.iter().any(|(a, _)| *a == actor) {
            out.push((actor, role));
        }
    };
    // A noun's own modifiers and possessor: "the US airstrike",
    // "Russian-led talks", "Trump's tweet", "their call".
    if noun {
        let mut k = first;
        while k > 0 && first - k < 5 {
            k -= 1;
            if s.is_break(k)
                || s.toks[k].is_punct(',')
                || s.toks[k].shape == Shape::Word
                    && s.toks[k]
                        .is_any(&["of", "in", "on", "with", "for", "by", "and", "that", "which"])
            {
                break;
            }
        }
        for m in s.mentions.iter().filter(|m| m.first >= k && m.end <= first) {
            push(&mut out, m.actor, Role::Agent);
        }
        // "talks between the Russian and US leaders"
        if s.is_any(end, &["between", "among"]) {
            for m in s.mentions.iter().filter(|m| m.first > end && m.first <= end + 8) {
                push(&mut out, m.actor, Role::Agent);
            }
        }
    }
    // The subject before a verb (or before a noun that has no modifier):
    // the nearest actors left of the trigger in the clause, skipping
    // ", who …," clauses and possessors ("Mr Trump's advisers").
    if !noun || out.is_empty() {
        let mut skip_to: Option<usize> = None;
        let mut chosen: Vec<usize> = Vec::new();
        let mut k = first;
        while k > 0 {
            k -= 1;
            if s.is_break(k) {
                break;
            }
            if let Some(stop) = skip_to {
                if k > stop {
                    continue;
                }
                skip_to = None;
            }
            // ", who met …," ends here: skip back to its opening comma.
            if s.toks[k].is_punct(',') {
                if let Some(open) = (0..k).rev().find(|&j| s.toks[j].is_punct(',') || s.is_break(j))
                {
                    if s.is_any(
                        open + 1,
                        &["who", "which", "whose", "whom", "including", "according"],
                    ) && !s.is_any(open + 1, &["including"])
                    {
                        skip_to = Some(open);
                        continue;
                    }
                }
            }
            if let Some(m) = s.mentions.iter().find(|m| m.end == k + 1 && !m.possessive) {
                if noun && m.modifier {
                    continue;
                }
                chosen.push(m.actor);
                // Coordinated subjects: "Putin and Trump", "X, Y and Z".
                let mut j = m.first;
                while j >= 2 && s.is_any(j - 1, &["and", ","]) {
                    match s.mentions.iter().find(|n| n.end == j - 1 && !n.possessive) {
                        Some(n) => {
                            chosen.push(n.actor);
                            j = n.first;
                        }
                        None => break,
                    }
                }
                // Stop at the nearest subject, unless only a pronoun or a
                // verb of speech separates it ("He said …").
                break;
            }
            // A verb of its own between the subject and this trigger: the
            // subject belongs to that verb ("X said Y met Z") — unless this
            // trigger is in its complement and has no subject of its own.
            if s.toks[k].is("that") {
                break;
            }
        }
        // "advisers, including X and Y, criticized": the people included.
        if chosen.is_empty() {
            if let Some(inc) = (0..first).rev().find(|&j| s.toks[j].is("including")) {
                for m in
                    s.mentions.iter().filter(|m| m.first > inc && m.end <= first && !m.possessive)
                {
                    chosen.push(m.actor);
                }
            }
        }
        // A passive: "was killed by X".
        if chosen.is_empty() && s.is_any(end, &["by"]) {
            if let Some(m) = s
                .mentions
                .iter()
                .find(|m| m.first == end + 1 || (m.first == end + 2 && s.is_any(end + 1, &["the"])))
            {
                chosen.push(m.actor);
            }
        }
        chosen.reverse();
        for a in chosen {
            push(&mut out, a, Role::Agent);
        }
    }
    // The other side and the target, after the trigger within the clause.
    let mut k = end;
    let mut role = if noun { None } else { Some(Role::Target) };
    while k < s.toks.len() && k < end + 12 {
        if s.is_break(k)
            || s.toks[k].is_any(&["that", "which", "who", "after", "before", "since", "following"])
        {
            break;
        }
        if s.toks[k].is_punct(',') && role.is_some() {
            break;
        }
        match s.w(k) {
            "with" | "to" | "and" => role = Some(Role::Other),
            "on" | "against" | "at" => role = Some(Role::Target),
            "of" | "for" | "in" | "from" | "by" | "about" | "over" => role = None,
            _ => {}
        }
        if let Some(m) = s.mentions.iter().find(|m| m.first == k && !m.possessive) {
            if let Some(r) = role {
                if !(m.pronoun && r == Role::Target) {
                    push(&mut out, m.actor, r);
                }
            }
            k = m.end;
            continue;
        }
        k += 1;
    }
    let _ = registry;
    out
}

/// A target named by a phrase: "on a Syrian government airbase", "against
/// Syrian government targets".
fn target_phrase(s: &Sentence<'_>, end: usize) -> Option<String> {
    let mut k = end;
    // Skip a direct object's article: "ordered the strikes against …".
    if !s.is_any(k, &["on", "against"]) {
        return None;
    }
    k += 1;
    let start = k;
    while k < s.toks.len()
        && s.toks[k].shape != Shape::Punct
        && !s.is_any(
            k,
            &[
                "in",
                "on",
                "at",
                "from",
                "after",
                "before",
                "since",
                "following",
                "that",
                "which",
                "who",
                "and",
                "as",
                "to",
                "by",
                "for",
                "with",
            ],
        )
        && k - start < 8
    {
        k += 1;
    }
    (k > start).then(|| s.toks[start..k].iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}

/// Where: a place after "in", "at", "near", "outside", "from" in the
/// clause after the trigger, or before it at the clause's start.
fn place_of(s: &Sentence<'_>, first: usize, end: usize) -> Option<PlaceMention> {
    let after = s.places.iter().find(|p| {
        p.first >= end
            && p.first <= end + 10
            && p.first > 0
            && s.is_any(p.first - 1, &["in", "at", "near", "outside", "from", "to"])
            && !(s.toks[end..p.first]
                .iter()
                .any(|t| t.is_punct(',') || t.is_any(&["that", "which", "who"])))
    });
    after.cloned().or_else(|| {
        s.places
            .iter()
            .rev()
            .find(|p| {
                p.end <= first
                    && p.first > 0
                    && s.is_any(p.first - 1, &["in", "at"])
                    && first - p.end <= 6
            })
            .cloned()
    })
}

/// How sure the text is: denied, negated, hypothetical, planned, ongoing,
/// reported or occurred, from the words governing the trigger.
fn status(s: &Sentence<'_>, first: usize, end: usize, noun: bool) -> Status {
    // The clause before the trigger, nearest first.
    let mut left: Vec<usize> = Vec::new();
    let mut k = first;
    while k > 0 && left.len() < 14 {
        k -= 1;
        if s.is_break(k) {
            break;
        }
        left.push(k);
    }
    let near = |n: usize| left.iter().take(n).copied();
    // Denied: in the complement of "deny": "denied that Moscow interferes".
    if left
        .iter()
        .any(|&j| s.is_any(j, &["denied", "denies", "deny", "denying", "rejected", "dismissed"]))
        && !s.is_any(first, &["denied", "denies", "deny", "denying"])
    {
        return Status::Denied;
    }
    // Negated: "no", "not", "never", "without", "made no mention of".
    let negator = |j: usize| {
        s.is_any(
            j,
            &["no", "not", "never", "without", "n't", "didn't", "did", "nor", "neither", "cannot"],
        )
    };
    for j in near(4) {
        if s.toks[j].is_punct(',') {
            break;
        }
        if negator(j) && !s.is_any(j, &["did"])
            || (s.is_any(j, &["did", "does", "do"]) && s.is_any(j + 1, &["not"]))
        {
            return Status::Negated;
        }
        if s.is_any(j, &["failed", "refused", "declined"]) && s.is_any(j + 1, &["to"]) {
            return Status::Negated;
        }
    }
    if s.w(end) == "was" && s.is_any(end + 1, &["not", "never"]) {
        return Status::Negated;
    }
    // Hypothetical: "if", "could", "might", "would consider".
    for j in near(8) {
        if s.is_any(
            j,
            &[
                "if",
                "unless",
                "could",
                "might",
                "may",
                "possible",
                "potential",
                "threatened",
                "threatens",
                "threaten",
                "whether",
            ],
        ) && !s.toks[j].capitalized()
        {
            return Status::Hypothetical;
        }
        if s.is_any(j, &["if", "unless", "whether"]) {
            return Status::Hypothetical;
        }
    }
    // Planned: "will", "would", "plans to", "agreed to a meeting",
    // "expected to", "to meet".
    for (n, j) in near(10).enumerate() {
        let w = s.w(j);
        if matches!(
            w,
            "will"
                | "'ll"
                | "shall"
                | "would"
                | "upcoming"
                | "planned"
                | "proposed"
                | "scheduled"
                | "organizing"
                | "organising"
                | "preparing"
        ) {
            return Status::Planned;
        }
        if matches!(
            w,
            "plan"
                | "plans"
                | "planning"
                | "expected"
                | "expects"
                | "set"
                | "due"
                | "intends"
                | "hopes"
                | "agreed"
                | "agree"
                | "agrees"
                | "going"
                | "ready"
                | "aims"
        ) && s.is_any(j + 1, &["to", "for", "on"])
        {
            return Status::Planned;
        }
        if w == "to" && n == 0 && !noun {
            return Status::Planned;
        }
    }
    // Ongoing: "are investigating", "continues to", "is under way".
    if !noun
        && s.toks[first].lower.ends_with("ing")
        && first > 0
        && s.is_any(first - 1, &["is", "are", "am", "being", "still"])
    {
        return Status::Ongoing;
    }
    if near(3)
        .any(|j| s.is_any(j, &["continue", "continues", "continued", "continuing", "ongoing"]))
        || s.is_any(end, &["continues", "continued", "continue"])
    {
        return Status::Ongoing;
    }
    if s.is_any(end, &["is", "are"]) && s.is_any(end + 1, &["under", "continuing", "ongoing"]) {
        return Status::Ongoing;
    }
    // Reported: "accusing X of …", "allegedly", "reportedly", "claimed".
    if left.iter().any(|&j| {
        s.is_any(
            j,
            &[
                "accused",
                "accusing",
                "accuses",
                "accuse",
                "alleged",
                "allegedly",
                "reportedly",
                "claimed",
                "claims",
                "claiming",
                "suspected",
            ],
        )
    }) {
        return Status::Reported;
    }
    Status::Occurred
}

/// A number the event is about: "at least 70 people were killed", "killed
/// 23", "hundreds of thousands dead".
fn quantity(s: &Sentence<'_>, first: usize, end: usize) -> Option<String> {
    let is_number = |i: usize| {
        s.toks.get(i).is_some_and(|t| {
            t.shape == Shape::Number
                || t.is_any(&[
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
                    "twenty",
                    "thirty",
                    "forty",
                    "fifty",
                    "hundred",
                    "hundreds",
                    "thousand",
                    "thousands",
                    "million",
                    "millions",
                    "dozens",
                    "scores",
                    "dozen",
                ])
        })
    };
    // Before the trigger: "at least 70 people were killed".
    let mut k = first;
    while k > 0 && first - k < 6 {
        k -= 1;
        if is_number(k) {
            let mut start = k;
            while start > 0
                && (is_number(start - 1)
                    || s.is_any(
                        start - 1,
                        &[
                            "at", "least", "more", "than", "about", "nearly", "some", "over", "up",
                            "to", "of",
                        ],
                    ))
            {
                start -= 1;
            }
            let mut stop = k + 1;
            while stop < first
                && (is_number(stop) || s.is_any(stop, &["of", "more", "million", "thousand"]))
            {
                stop += 1;
            }
            return Some(s.toks[start..stop].iter().map(|t| t.text).collect::<Vec<_>>().join(" "));
        }
        if s.is_break(k) || s.toks[k].is_punct(',') {
            break;
        }
    }
    // After it: "killed 23 people", "killed scores of people".
    let mut k = end;
    while k < s.toks.len() && k < end + 4 {
        if is_number(k) {
            let mut stop = k + 1;
            while stop < s.toks.len()
                && (is_number(stop) || s.is_any(stop, &["of", "more"]))
                && stop < k + 4
            {
                stop += 1;
            }
            let start = if k >= 2 && s.is_any(k - 2, &["at"]) && s.is_any(k - 1, &["least"]) {
                k - 2
            } else {
                k
            };
            return Some(
                s.toks[start..stop]
                    .iter()
                    .map(|t| t.text)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .trim_end_matches(" of")
                    .to_string(),
            );
        }
        k += 1;
    }
    None
}

/// The clause around a trigger, for summaries: from the start of its
/// subject to the end of its clause, at most 20 words.
fn clause_text(s: &Sentence<'_>, first: usize, end: usize) -> String {
    let mut start = first;
    while start > 0
        && first - start < 12
        && !s.is_break(start - 1)
        && !s.toks[start - 1].is_punct(',')
        && !s.toks[start - 1].is("that")
    {
        start -= 1;
    }
    let mut stop = end;
    while stop < s.toks.len()
        && stop - start < 20
        && !s.is_break(stop)
        && !s.toks[stop].is_punct(',')
        && !s.toks[stop].is_punct('.')
    {
        stop += 1;
    }
    let mut out = String::new();
    for (i, t) in s.toks[start..stop].iter().enumerate() {
        let glue = i > 0
            && (t.shape == Shape::Possessive
                || t.text == ","
                || s.toks[start + i - 1].end == t.start && t.shape == Shape::Punct);
        if i > 0 && !glue {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}

/// Dates each mention with the nearest time expression of its clause: after
/// a verb ("met on Tuesday"), before a noun ("Tuesday's call", "last year's
/// election"). Each expression dates the mention nearest to it.
fn attach_times(
    s: &Sentence<'_>,
    triggers: &[crate::lexicon::TriggerMatch<'_>],
    mentions: &mut [EventMention],
    timexes: &[Timex],
    _reference: Option<NaiveDate>,
) {
    for &(a, b, ti) in &s.timexes {
        let t = &timexes[ti];
        let usable = matches!(t.kind, TimexType::Date | TimexType::Time)
            || matches!(t.value, Value::Reference(_));
        if !usable {
            continue;
        }
        // Distance in tokens, with clause breaks and commas counting extra.
        let cost = |m: &crate::lexicon::TriggerMatch<'_>| -> usize {
            let (lo, hi) = if b <= m.first { (b, m.first) } else { (m.end, a) };
            let breaks = (lo..hi).filter(|&k| s.is_break(k)).count();
            let commas = (lo..hi).filter(|&k| s.toks[k].is_punct(',')).count();
            let possessive_before_noun =
                b <= m.first && s.toks.get(b).is_some_and(|t| t.shape == Shape::Possessive);
            let base = hi.saturating_sub(lo);
            let before_penalty = if b <= m.first && !possessive_before_noun { 2 } else { 0 };
            base + before_penalty + 20 * breaks + 4 * commas
        };
        let best = triggers.iter().enumerate().min_by_key(|(_, m)| cost(m));
        if let Some((k, m)) = best {
            if cost(m) < 20 && mentions[k].timex.is_none() {
                mentions[k].timex = Some(ti);
            }
        }
    }
}

/// Relations signalled by "since", "after", "following", "before", "ahead
/// of", "around the time of", "during": the event governing the signal is
/// after (before, during) the event named after it.
fn attach_relations(
    s: &Sentence<'_>,
    triggers: &[crate::lexicon::TriggerMatch<'_>],
    all: &mut [EventMention],
    first_new: usize,
    timexes: &[Timex],
) {
    for (k, m) in triggers.iter().enumerate() {
        // The signal before this trigger, within its noun phrase.
        let mut j = m.first;
        let mut signal = None;
        while j > 0 && m.first - j < 8 {
            j -= 1;
            let w = s.w(j);
            let kind = match w {
                "since" | "after" | "following" | "afterwards" => Some(RelationKind::After),
                "before" | "ahead" | "prior" | "preceding" => Some(RelationKind::Before),
                "during" | "amid" => Some(RelationKind::During),
                "of" if s.is_any(j.wrapping_sub(1), &["time"])
                    && s.is_any(j.wrapping_sub(2), &["the"]) =>
                {
                    Some(RelationKind::During)
                }
                _ => None,
            };
            if let Some(kind) = kind {
                signal = Some((j, kind));
                break;
            }
            if s.is_break(j) || s.toks[j].is_punct(',') || triggers.iter().any(|t| t.end == j + 1) {
                break;
            }
        }
        let Some((at, kind)) = signal else { continue };
        // "days after the strikes": a duration between the governing event
        // and the signal is part of it.
        let governed =
            triggers[..k].iter().enumerate().rev().find(|(_, g)| g.end <= at).map(|(gi, _)| gi);
        let Some(gi) = governed else { continue };
        // A statement the signal follows ("after accusing the regime of …
        // attack") points on to the event it is about.
        let mut anchor = k;
        if all[first_new + k]
            .subkind
            .as_deref()
            .is_some_and(|sk| matches!(sk, "accuse" | "claim" | "allege"))
        {
            if let Some(next) = triggers
                .iter()
                .enumerate()
                .skip(k + 1)
                .find(|(_, t)| !s.toks[t.first..t.end].iter().any(|x| x.is_punct(',')))
                .map(|(i, _)| i)
            {
                anchor = next;
            }
        }
        let from = first_new + gi;
        let to = first_new + anchor;
        if from != to && !all[from].relations.contains(&(kind, to)) {
            all[from].relations.push((kind, to));
        }
        let _ = timexes;
    }
}
