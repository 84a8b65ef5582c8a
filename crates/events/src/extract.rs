//! From sentences to event mentions: triggers, their participants, place,
//! time, status and relations to other mentions.

use dateline_article::{Article, BlockKind, Span};
use dateline_temporal::token::{ArticleTokens, Shape, Token, WordSet};
use dateline_temporal::{Granularity, Timex, TimexType, Value};

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::actors::{ActorKind, Mention, PlaceMention, Registry, join_name};
use crate::gazetteer::Found;
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
    /// An indefinite noun phrase introduces an event: "faces a fine",
    /// "a strike on Monday". It names no event told before.
    pub(crate) indefinite: bool,
    /// In a sentence that says it turns to other news ("Separately, …",
    /// "Elsewhere, …"): it names no event told before.
    pub(crate) separate: bool,
    pub(crate) participants: Vec<Part>,
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
    /// A statement made, as news reports it, on the day of publication:
    /// "the Kremlin said" (not "having warned", "has denied", "a
    /// statement").
    pub(crate) said_today: bool,
    /// Told to come a while after another event: "days after the
    /// strikes", "weeks after the vote".
    pub(crate) after_a_while: bool,
    /// Told in the present perfect, as news still unfolding: "a
    /// cyberattack has disrupted", "has attacked". It is not an event
    /// dated years before.
    pub(crate) perfect: bool,
    /// Told as happening once more: "would protest again", "struck
    /// again", "a fresh strike", "another round of talks". It is a new
    /// event, not one told before.
    pub(crate) again: bool,
    /// The mention this one only says where it was made, which it joins:
    /// "statement" in "said in a statement".
    pub(crate) medium_of: Option<usize>,
    /// A definite noun another event is about: "the deal" in "will vote
    /// on the deal next month". It names an event told before; the date
    /// and the tense around it are the other event's.
    pub(crate) topic: bool,
}

/// A sentence, or a piece of an over-long one, read for analysis.
struct Piece<'a> {
    sentence: usize,
    toks: &'a [Token<'a>],
    found: Vec<Found<'a>>,
    text: &'a str,
    /// Whether it is the whole sentence.
    whole: bool,
}

/// The most words analysed together: a real sentence is shorter.
const MAX_PIECE: usize = 160;

/// A sentence's tokens in pieces of at most [`MAX_PIECE`], cut after a
/// punctuation mark where one is near the limit.
fn pieces_of<'t, 'a>(toks: &'t [Token<'a>]) -> Vec<&'t [Token<'a>]> {
    let mut out = Vec::new();
    let mut rest = toks;
    while rest.len() > MAX_PIECE {
        let cut = (MAX_PIECE / 2..MAX_PIECE)
            .rev()
            .find(|&k| rest[k - 1].shape == Shape::Punct)
            .unwrap_or(MAX_PIECE);
        let (head, tail) = rest.split_at(cut);
        out.push(head);
        rest = tail;
    }
    out.push(rest);
    out
}

/// A sentence ready for analysis.
struct Sentence<'a> {
    /// The article's text, which token offsets point into.
    text: &'a str,
    toks: &'a [Token<'a>],
    mentions: Vec<Mention>,
    places: Vec<PlaceMention>,
    /// Timexes in the sentence: token range and index in the article's list.
    timexes: Vec<(usize, usize, usize)>,
    /// The status cues of each token ([`Cues`]), once the sentence is known
    /// to hold a trigger.
    cues: Vec<Cues>,
}

impl Sentence<'_> {
    fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &*t.lower)
    }

    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        self.toks.get(i).map_or(words.contains(&""), |t| t.is_any(words))
    }

    /// Whether token `i` carries one of the status cues `cues`.
    fn cue(&self, i: usize, cues: Cues) -> bool {
        self.cues.get(i).is_some_and(|c| c.0 & cues.0 != 0)
    }

    /// Whether a token ends a clause for the purpose of finding a verb's
    /// subject or complement.
    fn is_break(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.shape == Shape::Punct && matches!(t.text, ";" | ":" | "—" | "–" | "(" | ")")
        })
    }

    /// Whether token `i` is inside a time expression.
    fn in_timex(&self, i: usize) -> bool {
        self.timexes.iter().any(|&(a, b, _)| a <= i && i < b)
    }

    fn token_at(&self, offset: usize) -> Option<usize> {
        self.toks.iter().position(|t| t.start <= offset && offset < t.end)
    }
}

/// Verbs of saying, whose complement is words said: a date after it
/// belongs to them, and a determiner before it is the speaker's.
const SAYING: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "stated",
    "states", "claimed", "claims", "argued", "insisted", "warned", "warns", "noted", "wrote",
    "reported",
];

/// Whether the noun at `first` is the object of a verb of taking part that
/// is negated, or of one of staying away: "did not attend the talks", "had
/// no plans to attend Tuesday's rally", "refused to join the summit",
/// "skipped the meeting".
fn stays_away(s: &Sentence<'_>, first: usize) -> bool {
    // "skipped the meeting", "boycotted Tuesday's session".
    if support_verb(s, first).is_some_and(|v| s.toks[v].is_in(&STAYING_AWAY)) {
        return true;
    }
    let Some(v) = (first.saturating_sub(4)..first).rev().find(|&k| s.is_any(k, ATTENDING)) else {
        return false;
    };
    (v.saturating_sub(4)..v).any(|k| {
        s.cue(k, Cues::NEGATOR)
            || s.is_any(
                k,
                &["refused", "declined", "failed", "fails", "unable", "boycotted", "skipped"],
            )
    })
}

/// Nouns for the people who take part in a kind of event: the subject or
/// object of another event's verb, they are no mention of their own.
const PARTAKERS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "marchers",
    "strikers",
    "rioters",
    "protester",
    "protestor",
    "demonstrator",
    "marcher",
    "striker",
    "rioter",
    "gunman",
    "gunmen",
    "bomber",
    "bombers",
    "workers",
];

/// Words that end a verb's object before it reaches a noun: "detained 12
/// protesters" is the object, "detained 12 after protesters" is not; "at",
/// "on" and "against" lead to what a verb is aimed at ("fired tear gas at
/// protesters").
const OBJECT_BREAKS: &[&str] = &[
    "and", "or", "but", "as", "after", "before", "while", "when", "to", "by", "from", "for", "in",
    "who", "which", "that", "than", "into", "near",
];

/// Whether the noun at `first` is the object of the verb trigger `p` just
/// before it: at most three words between, no date and no conjunction or
/// preposition but "of" ("hundreds of protesters") or one of aim.
fn object_of(
    s: &Sentence<'_>,
    words: &[&str],
    p: &crate::lexicon::TriggerMatch<'_>,
    first: usize,
) -> bool {
    p.pattern.pos != TriggerPos::Noun
        && p.end <= first
        && first - p.end <= 3
        && (p.end..first).all(|j| {
            s.toks[j].shape != Shape::Punct && !OBJECT_BREAKS.contains(&words[j]) && !s.in_timex(j)
        })
}

/// Taking part in an event, which one party's not doing leaves standing.
/// Not "go": "did not go ahead with the strike" is the strike's not
/// happening.
const ATTENDING: &[&str] =
    &["attend", "attended", "attending", "join", "joined", "joining", "participate", "part"];

/// Verbs of staying away from an event: "skipped the meeting", "boycotted
/// the session", "snubbed the summit".
static STAYING_AWAY: WordSet = WordSet::new(&[
    "skip",
    "skips",
    "skipped",
    "skipping",
    "boycott",
    "boycotts",
    "boycotted",
    "boycotting",
    "snub",
    "snubs",
    "snubbed",
    "snubbing",
]);

/// Words after which "to" tells what was done: "managed to escape", "was
/// forced to resign".
const DONE_BEFORE_TO: &[&str] = &["managed", "forced", "compelled", "obliged", "able"];

/// What a vote does by being taken: "voted to reject the offer", "voted
/// to censure the minister"; not "voted to strike", a plan.
const DECIDED_BY_VOTE: &[&str] = &[
    "accept", "adopt", "approve", "back", "censure", "condemn", "endorse", "expel", "impeach",
    "ratify", "reject", "remove", "suspend",
];

/// Holders of a post, whom "dismissed" removes from it: "dismissed its
/// chief executive", "dismissed the coach".
const POSTS: &[&str] = &[
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "ambassador",
    "boss",
    "cabinet",
    "captain",
    "ceo",
    "chairman",
    "chairwoman",
    "chief",
    "coach",
    "commander",
    "commanders",
    "deputy",
    "director",
    "editor",
    "employees",
    "general",
    "generals",
    "governor",
    "head",
    "judge",
    "manager",
    "mayor",
    "minister",
    "ministers",
    "officer",
    "officers",
    "official",
    "officials",
    "premier",
    "president",
    "prosecutor",
    "secretary",
    "staff",
    "workers",
];

/// Who votes in a company, which is no election: "shareholders will vote
/// on the merger", "the board voted".
const COMPANY_VOTERS: &[&str] =
    &["shareholders", "shareholder", "stockholders", "investors", "board", "directors"];

/// What voters do to a proposal in a referendum: "voters rejected the plan".
const VOTERS_DECIDING: &[&str] = &[
    "rejected", "rejects", "reject", "approved", "approves", "approve", "backed", "backs",
    "endorsed", "endorses",
];

/// Whether voters are the subject of the verb at `first`: "voters
/// rejected", "Swiss voters on Sunday rejected", "voters have narrowly
/// approved"; a date, its preposition and auxiliaries may stand between.
fn voters_subject(s: &Sentence<'_>, words: &[&str], first: usize) -> bool {
    let mut k = first;
    while k > 0 && first - k < 6 {
        k -= 1;
        if matches!(words[k], "voters" | "electorate") {
            return true;
        }
        let between = s.in_timex(k)
            || (matches!(words[k], "on" | "in" | "last") && s.in_timex(k + 1))
            || matches!(
                words[k],
                "have" | "had" | "has" | "narrowly" | "overwhelmingly" | "also" | "again"
            );
        if !between {
            return false;
        }
    }
    false
}

/// Who votes in an election or a referendum, or in a parliament.
const ELECTORATE: &[&str] = &[
    "voters",
    "electorate",
    "electors",
    "citizens",
    "people",
    "residents",
    "parliament",
    "parliaments",
    "assembly",
    "chamber",
    "house",
    "senate",
    "congress",
    "legislature",
    "lawmakers",
    "legislators",
    "senators",
    "congressmen",
    "mps",
    "deputies",
    "representatives",
];

/// Heads of a named body that decides by vote without being a parliament:
/// "the Senate Judiciary Committee", "the Security Council".
const DECIDING_BODIES: &[&str] =
    &["committee", "committees", "council", "commission", "board", "court", "bank", "panel"];

/// Whether the verb "vote" at `first` has an electorate for its subject
/// ("voters on Sunday voted", "lawmakers voted 300-120", "Britain voted to
/// leave", "the Knesset voted"), or none in its clause ("and voted", "will
/// vote on Sunday" after a comma); a committee, a board or its members
/// voting are no election.
fn electorate_subject(s: &Sentence<'_>, words: &[&str], registry: &Registry, first: usize) -> bool {
    const BETWEEN: &[&str] = &[
        "will",
        "would",
        "could",
        "may",
        "might",
        "to",
        "have",
        "has",
        "had",
        "also",
        "again",
        "not",
        "narrowly",
        "overwhelmingly",
        "unanimously",
        "expected",
        "due",
        "set",
        "are",
        "is",
        "were",
        "was",
        "be",
        "'ll",
        "then",
        "later",
        "finally",
        "did",
        "do",
        "does",
    ];
    let mut k = first;
    while k > 0 && first - k < 8 && (s.in_timex(k - 1) || BETWEEN.contains(&words[k - 1])) {
        k -= 1;
    }
    if k == 0 {
        return true;
    }
    let head = k - 1;
    // Cues are not known yet where triggers are kept or dropped: the word
    // lists are read instead.
    if s.toks[head].shape != Shape::Word
        || PREPOSITIONS.contains(&words[head])
        || CLAUSE_OPENERS.contains(&words[head])
        || matches!(words[head], "and" | "or")
    {
        return true;
    }
    // The head or a noun before a phrase after it: "voters in the region",
    // "members of parliament"; not "two members of the committee".
    let phrase = (head.saturating_sub(7)..=head).rev().take_while(|&j| {
        s.toks[j].shape == Shape::Word
            && (!CLAUSE_OPENERS.contains(&words[j]) || PREPOSITIONS.contains(&words[j]))
            && !matches!(words[j], "and" | "or")
    });
    // A body's members voting as a whole ("Members will vote on the deal")
    // hold a ballot; some members of a committee are no electorate.
    phrase.into_iter().any(|j| ELECTORATE.contains(&words[j]))
        || words[head] == "members"
        || s.mentions.iter().any(|n| {
            (n.first..n.end).contains(&head)
                && match registry.actors[n.actor].kind {
                    ActorKind::Country => true,
                    ActorKind::Institution => !DECIDING_BODIES.contains(&words[head]),
                    _ => false,
                }
        })
}

/// Who or what a study tries a treatment on: "a trial of 1,800 patients",
/// "trials in mice".
const STUDY_SUBJECTS: &[&str] = &[
    "patients",
    "participants",
    "volunteers",
    "adults",
    "children",
    "subjects",
    "mice",
    "rats",
    "animals",
    "women",
    "men",
    "people",
];

/// What a legislature votes on.
const LEGISLATION: &[&str] = &[
    "bill",
    "bills",
    "law",
    "laws",
    "legislation",
    "amendment",
    "amendments",
    "motion",
    "resolution",
    "budget",
    "treaty",
    "constitution",
];

/// Whether a vote ending at `end` is on a bill, a law or a motion, as a
/// legislature's is, within the clause: "is expected to vote on Thursday on
/// a law extending …".
fn on_legislation(s: &Sentence<'_>, words: &[&str], end: usize) -> bool {
    (end..(end + 8).min(words.len()))
        .take_while(|&k| s.toks[k].shape != Shape::Punct)
        .any(|k| LEGISLATION.contains(&words[k]))
}

/// What takes effect as a law does: laws, rules, measures and the
/// agreements, caps and bans they set.
const RULES: &[&str] = &[
    "accord",
    "accords",
    "act",
    "agreement",
    "agreements",
    "amendment",
    "amendments",
    "ban",
    "bans",
    "bill",
    "cap",
    "caps",
    "ceasefire",
    "changes",
    "code",
    "curfew",
    "cuts",
    "deal",
    "decree",
    "decrees",
    "directive",
    "duties",
    "fee",
    "fees",
    "law",
    "laws",
    "legislation",
    "levy",
    "limit",
    "limits",
    "mandate",
    "measure",
    "measures",
    "order",
    "orders",
    "pact",
    "policy",
    "provisions",
    "reform",
    "reforms",
    "regulation",
    "regulations",
    "requirement",
    "requirements",
    "restrictions",
    "rule",
    "rules",
    "ruling",
    "sanctions",
    "scheme",
    "tariff",
    "tariffs",
    "tax",
    "taxes",
    "treaty",
    "truce",
];

/// Whether the subject of "take effect" or "come into force" at `first`
/// is no rule: "the drug took effect", not "the law takes effect", "it
/// will take effect", "the cap to take effect", "sanctions against Russia
/// took effect". The subject is read back from the verb, over
/// auxiliaries, "to", adverbs and a date.
fn no_rule_takes_effect(s: &Sentence<'_>, words: &[&str], first: usize) -> bool {
    let mut k = first;
    while k > 0 && first - k < 6 {
        k -= 1;
        let w = words[k];
        let between = s.in_timex(k)
            || (w.len() > 4 && w.ends_with("ly"))
            || matches!(
                w,
                "will"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "should"
                    | "shall"
                    | "must"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "to"
                    | "due"
                    | "set"
                    | "expected"
                    | "scheduled"
                    | "not"
                    | "also"
                    | "finally"
                    | "then"
                    | "on"
                    | "at"
            );
        if !between {
            // The head, or a rule a phrase about it follows: "sanctions
            // against Russia", "the new rules for banks".
            let rule = (k.saturating_sub(5)..=k)
                .rev()
                .take_while(|&j| s.toks[j].shape != Shape::Punct)
                .any(|j| RULES.contains(&words[j]));
            return s.toks[k].shape == Shape::Word
                && !rule
                && !s.cue(k, Cues::DETERMINER)
                && !matches!(w, "it" | "they" | "which" | "that" | "these" | "this");
        }
    }
    false
}

/// Putting an event off: "postponed a vote", "the summit was delayed".
const PUT_OFF: &[&str] =
    &["postponed", "postpones", "delayed", "delays", "deferred", "defers", "rescheduled"];

/// Asking for or favouring an event, which has not happened: "demanded an
/// inquiry", "urged talks", "favours an early election".
static ASKING: WordSet = WordSet::new(&[
    "demanded",
    "demands",
    "demanding",
    "demand",
    "favours",
    "favors",
    "favoured",
    "favored",
    "prefers",
    "preferred",
    "wants",
    "wanted",
    "urged",
    "urges",
    "urging",
    "urge",
    "sought",
    "seeks",
    "seeking",
    "seek",
]);

/// Asking for an event with "for": "called for an investigation",
/// "pressed for a ceasefire".
static ASKING_FOR: WordSet = WordSet::new(&[
    "called",
    "calls",
    "calling",
    "call",
    "pressed",
    "presses",
    "pressing",
    "press",
    "pushed",
    "pushes",
    "pushing",
    "push",
    "appealed",
    "appeals",
    "appealing",
    "lobbied",
    "lobbying",
    "campaigned",
    "campaigning",
]);

/// Where something is said: "said in a statement", "told a news
/// conference", "said in an interview".
const MEDIA: &[&str] = &[
    "address",
    "briefing",
    "broadcast",
    "call",
    "conference",
    "interview",
    "post",
    "release",
    "speech",
    "statement",
];

/// Whether the statement noun at `first` is only where the statement
/// before it was made: "said in a statement", "told a news conference".
fn medium_of_statement(
    words: &[&str],
    (first, last): (usize, usize),
    previous_statement_end: Option<usize>,
) -> bool {
    let Some(end) = previous_statement_end else { return false };
    if first < end || !MEDIA.contains(&words[last]) {
        return false;
    }
    let modifier = |w: &str| {
        matches!(
            w,
            "a" | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "the"
                | "news"
                | "press"
                | "televised"
                | "written"
        )
    };
    let preposition = |w: &str| matches!(w, "in" | "at" | "on" | "to");
    if first - end <= 4 && words[end..first].iter().all(|w| modifier(w) || preposition(w)) {
        return true;
    }
    // "announced the charge at a news conference", "apologised for the
    // delay in a statement": past the verb's object, a few words with no
    // clause of their own.
    let Some(at) = (end..first).rev().find(|&k| !modifier(words[k])) else { return false };
    at > end
        && at - end <= 6
        && matches!(words[at], "at" | "in" | "during")
        && words[end..at].iter().all(|w| {
            w.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'\'')
                && *w != "to"
                && !OPENS_A_CLAUSE.contains(w)
        })
}

/// Workers who go on strike: "nurses will strike", "union members strike".
const WORKERS: &[&str] = &[
    "academics",
    "attendants",
    "cleaners",
    "controllers",
    "crew",
    "crews",
    "doctors",
    "dockers",
    "dockworkers",
    "drivers",
    "employees",
    "engineers",
    "firefighters",
    "guards",
    "journalists",
    "lecturers",
    "machinists",
    "members",
    "midwives",
    "miners",
    "nurses",
    "paramedics",
    "pilots",
    "porters",
    "pupils",
    "staff",
    "students",
    "teachers",
    "union",
    "unions",
    "workers",
];

/// Words right before "strike" that make it a labour one: "a general
/// strike", "a 24-hour strike", "on strike", "a rail strike".
const LABOUR_BEFORE: &[&str] = &[
    "dock",
    "general",
    "indefinite",
    "labor",
    "labour",
    "national",
    "nationwide",
    "on",
    "port",
    "postal",
    "public-sector",
    "rail",
    "railway",
    "transport",
    "warning",
    "week-long",
    "wildcat",
];

/// Whether the bare word "strike" at `first` is a labour strike: after a
/// word that says so, a length ("a 24-hour strike"), or workers as its
/// subject ("nurses will strike", "staff voted to strike").
fn labour_strike(words: &[&str], first: usize) -> bool {
    let Some(&prev) = first.checked_sub(1).and_then(|p| words.get(p)) else { return false };
    let length = prev.split_once('-').is_some_and(|(n, unit)| {
        matches!(unit, "hour" | "day" | "week" | "month")
            && (n.bytes().all(|b| b.is_ascii_digit()) || n == "one" || NUMBER_WORDS.contains(&n))
    });
    // After it: "strike for 48 hours", "the strike by rail workers".
    let after = |k: usize| words.get(first + k).copied().unwrap_or("");
    let for_hours = after(1) == "for"
        && (after(2).bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.contains(&after(2)))
        && matches!(after(3), "hours" | "days" | "weeks");
    let by_workers = after(1) == "by" && (2..=4).any(|k| WORKERS.contains(&after(k)));
    // Workers named shortly before, in the same clause: "the RMT union
    // had called the strike".
    let workers_before = (first.saturating_sub(12)..first)
        .rev()
        .take_while(|&k| !matches!(words[k], "." | ";" | ":" | "which" | "who" | "while"))
        .any(|k| WORKERS.contains(&words[k]));
    LABOUR_BEFORE.contains(&prev)
        || length
        || for_hours
        || by_workers
        || workers_before
        || subject_among(words, first, WORKERS)
}

/// Who raid as the law does: "police raided the offices".
const LAW_ENFORCERS: &[&str] = &[
    "agents",
    "authorities",
    "detectives",
    "fbi",
    "inspectors",
    "investigators",
    "officers",
    "police",
    "prosecutors",
];

/// Whether the verb at `first` has a subject from `nouns` right before
/// it, with at most auxiliaries between: "nurses will strike", "police
/// also raided".
fn subject_among(words: &[&str], first: usize, nouns: &[&str]) -> bool {
    const BETWEEN: &[&str] = &[
        "will",
        "would",
        "could",
        "may",
        "might",
        "to",
        "voted",
        "threatened",
        "plan",
        "plans",
        "planned",
        "are",
        "were",
        "also",
        "again",
        "not",
        "'ll",
        "began",
        "continue",
        "continued",
        "have",
        "had",
    ];
    let mut k = first;
    while k > 0 && first - k < 4 {
        k -= 1;
        if nouns.contains(&words[k]) {
            return true;
        }
        if !BETWEEN.contains(&words[k]) {
            return false;
        }
    }
    false
}

/// Whether "struck" at `first` is no strike at all: a blow of nature
/// ("struck by a 5.9 magnitude quake", "the quake that struck") or a player's
/// ("struck the winner in stoppage time", "struck the post").
fn struck_but_no_strike(words: &[&str], first: usize) -> bool {
    const NATURE: &[&str] = &[
        "quake",
        "earthquake",
        "aftershock",
        "tremor",
        "storm",
        "hurricane",
        "typhoon",
        "cyclone",
        "tornado",
        "lightning",
        "flood",
        "floods",
        "landslide",
        "tsunami",
        "illness",
        "disease",
    ];
    const PLAY: &[&str] = &[
        "winner",
        "goal",
        "equaliser",
        "equalizer",
        "ball",
        "post",
        "crossbar",
        "woodwork",
        "penalty",
        "free-kick",
    ];
    let within = |skip: usize, take: usize, list: &[&str]| {
        words.iter().skip(first + skip).take(take).any(|w| list.contains(w))
    };
    // "the earthquake that struck on Friday", "a strong aftershock
    // struck the region": nature as the subject.
    let nature_before = words[first.saturating_sub(4)..first].iter().any(|w| NATURE.contains(w));
    (words.get(first + 1) == Some(&"by") && within(2, 5, NATURE))
        || within(1, 3, PLAY)
        || nature_before
}

/// Words of an election near "landslide", which make it a wide win: "wins
/// landslide in Moldova vote".
const ELECTORAL: &[&str] = &[
    "win",
    "wins",
    "won",
    "winning",
    "victory",
    "victories",
    "election",
    "elections",
    "electoral",
    "re-election",
    "vote",
    "votes",
    "voters",
    "poll",
    "polls",
    "ballot",
    "seats",
    "majority",
    "mandate",
];

/// Whether "fire" or "fires" at `first` is the noun: a determiner or a
/// number before it ("the fires", "several fires", "two fires"), nothing
/// before it in its clause ("Fires have forced thousands to flee"), or for
/// "fires" a verb after it ("fires have", "fires continued").
fn fire_is_noun(s: &Sentence<'_>, words: &[&str], first: usize) -> bool {
    let Some(prev) = first.checked_sub(1) else { return true };
    let t = &s.toks[prev];
    let opens = t.shape == Shape::Punct && !matches!(t.text, "\"" | "“" | "'" | "‘");
    // Not "that": "the company that fires its chief".
    let determiner = (DETERMINERS.contains(&words[prev]) && words[prev] != "that")
        || NUMBER_WORDS.contains(&words[prev])
        || t.shape == Shape::Number
        || matches!(words[prev], "several" | "many" | "more" | "multiple" | "numerous" | "other");
    let verb_after = words[first] == "fires"
        && words.get(first + 1).is_some_and(|w| {
            matches!(
                *w,
                "have"
                    | "has"
                    | "had"
                    | "are"
                    | "were"
                    | "continue"
                    | "continued"
                    | "forced"
                    | "force"
                    | "still"
                    | "also"
                    | "near"
                    | "across"
            )
        });
    opens || determiner || verb_after
}

/// Whether an appointment noun in the plural names a class of them, as a
/// topic after a preposition over at most two modifiers ("a bill on
/// judicial appointments", "rules about senior nominations"): none is
/// made.
fn appointments_as_a_class(
    s: &Sentence<'_>,
    words: &[&str],
    m: &crate::lexicon::TriggerMatch<'_>,
    kinds: &[String],
) -> bool {
    if kinds[m.pattern.kind] != "appointment"
        || m.pattern.pos != TriggerPos::Noun
        || !words[m.end - 1].ends_with('s')
    {
        return false;
    }
    let modifier = |k: usize| {
        s.toks[k].shape == Shape::Word
            && !s.toks[k].capitalized()
            && !DETERMINERS.contains(&words[k])
            && !PREPOSITIONS.contains(&words[k])
    };
    let mut k = m.first;
    while k > 0 && m.first - k < 2 && modifier(k - 1) {
        k -= 1;
    }
    k > 0 && matches!(words[k - 1], "on" | "over" | "about" | "regarding" | "concerning")
}

/// Whether a bare "strike" at `first` is told among words of industrial
/// action ("the union", "a walkout", "a ballot"), or is called, called off
/// or announced with no target after it ("called off a 48-hour strike",
/// "announced the strike on January 8", not "called off a strike on
/// Iran"). `dated_after`: a date follows, not a target.
fn labour_context(s: &Sentence<'_>, words: &[&str], first: usize, dated_after: bool) -> bool {
    // "European Union": a name, no union of workers.
    let industrial = s.toks.iter().any(|t| {
        !t.capitalized()
            && t.is_any(&[
                "union",
                "unions",
                "walkout",
                "walkouts",
                "industrial",
                "ballot",
                "picket",
                "pickets",
                "picketing",
                "strikers",
            ])
    });
    if industrial {
        return true;
    }
    let targeted = !dated_after && matches!(words.get(first + 1), Some(&("on" | "against")));
    let modifiers = |from: usize| {
        (from..first).all(|j| {
            (s.toks[j].shape != Shape::Punct || s.toks[j].is_punct('-'))
                && !PREPOSITIONS.contains(&words[j])
                && !CLAUSE_OPENERS.contains(&words[j])
        })
    };
    let called = (first.saturating_sub(6)..first).any(|k| {
        let call = matches!(words[k], "called" | "calls" | "call" | "calling");
        let off = call && words.get(k + 1) == Some(&"off");
        let announced = matches!(words[k], "announced" | "announces" | "announce" | "announcing");
        // "called in an air strike" is no labour strike.
        (off && modifiers(k + 2)) || ((call || announced) && modifiers(k + 1))
    });
    called && !targeted
}

/// What is launched when it is no launch: an event of another kind or a
/// campaign ("launched an attack", "launched a criminal investigation",
/// "an appeal was launched").
const LAUNCHED_NOT: &[&str] = &[
    "attack",
    "attacks",
    "offensive",
    "offensives",
    "counteroffensive",
    "counter-offensive",
    "counterattack",
    "assault",
    "raid",
    "raids",
    "strike",
    "strikes",
    "airstrikes",
    "war",
    "invasion",
    "operation",
    "operations",
    "missile",
    "missiles",
    "investigation",
    "investigations",
    "inquiry",
    "probe",
    "review",
    "audit",
    "inquest",
    "prosecution",
    "lawsuit",
    "case",
    "appeal",
    "appeals",
    "campaign",
    "campaigns",
    "bid",
    "bids",
    "initiative",
    "drive",
    "effort",
    "efforts",
    "crackdown",
    "challenge",
    "petition",
    "consultation",
    "search",
    "manhunt",
    "hunt",
    "protest",
    "protests",
    "boycott",
    "tirade",
    "broadside",
    "fundraiser",
    "legal",
    "action",
    "talks",
    "dialogue",
    "negotiations",
];

/// Whether a launch trigger tells of something else launched: a word of
/// [`LAUNCHED_NOT`] in its object ("launched a new investigation into"),
/// or, in the passive, just before it ("an inquiry was launched").
fn launched_elsewhere(
    s: &Sentence<'_>,
    words: &[&str],
    m: &crate::lexicon::TriggerMatch<'_>,
) -> bool {
    let object = (m.end..(m.end + 4).min(words.len()))
        .take_while(|&k| s.toks[k].shape != Shape::Punct && !PREPOSITIONS.contains(&words[k]))
        .any(|k| LAUNCHED_NOT.contains(&words[k]));
    let subject = passive(s, m.first)
        && (m.first.saturating_sub(5)..m.first).any(|k| LAUNCHED_NOT.contains(&words[k]));
    object || subject
}

/// Whether a bare "recall" at `first` is goods called back: a noun after a
/// determiner or modifier ("a recall of baby formula", "Toyota's recall"),
/// or a verb with a count after it ("recalled 1.2 million cars") — not
/// "she recalled the day", "as he recalls".
fn goods_recalled(s: &Sentence<'_>, words: &[&str], first: usize) -> bool {
    const BEFORE: &[&str] = &[
        "a",
        "the",
        "this",
        "that",
        "its",
        "their",
        "'s",
        "’s",
        "product",
        "safety",
        "voluntary",
        "massive",
        "mass",
        "global",
        "nationwide",
        "worldwide",
        "recent",
        "latest",
        "food",
        "vehicle",
        "car",
        "biggest",
        "largest",
        "another",
        "huge",
        "major",
        "partial",
        "expanded",
        "separate",
        "earlier",
        "new",
        "wider",
        "precautionary",
        "second",
        "first",
    ];
    let noun = first > 0 && BEFORE.contains(&words[first - 1]);
    let counted = (first + 1..(first + 4).min(words.len()))
        .any(|k| (s.toks[k].shape == Shape::Number || s.cue(k, Cues::NUMBER)) && !s.in_timex(k));
    noun || counted
}

/// Who may be suspended from a post, named by a role or a pronoun.
const SUSPENDED: &[&str] = &[
    "officer",
    "officers",
    "official",
    "officials",
    "player",
    "players",
    "senator",
    "senators",
    "lawmaker",
    "lawmakers",
    "mp",
    "mps",
    "member",
    "members",
    "councillor",
    "councillors",
    "councilor",
    "councilors",
    "teacher",
    "teachers",
    "doctor",
    "doctors",
    "nurse",
    "nurses",
    "athlete",
    "athletes",
    "footballer",
    "footballers",
    "referee",
    "referees",
    "priest",
    "priests",
    "guard",
    "guards",
    "agent",
    "agents",
    "pilot",
    "pilots",
    "constable",
    "sergeant",
    "detective",
    "detectives",
    "trooper",
    "troopers",
    "judge",
    "judges",
    "minister",
    "ministers",
    "employee",
    "employees",
    "staff",
    "coach",
    "manager",
    "executive",
    "executives",
    "ceo",
    "chairman",
    "chief",
    "director",
    "striker",
    "captain",
    "he",
    "she",
    "him",
    "her",
];

/// Whether a "suspend" trigger suspends someone: a person named, or a role
/// or pronoun of [`SUSPENDED`], right after the verb ("suspended two
/// officers") or, in the passive, right before it ("The officer was
/// suspended").
fn someone_suspended(
    s: &Sentence<'_>,
    words: &[&str],
    registry: &Registry,
    m: &crate::lexicon::TriggerMatch<'_>,
) -> bool {
    let person = |range: std::ops::Range<usize>| {
        s.mentions.iter().any(|n| {
            registry.actors[n.actor].kind == ActorKind::Person
                && !n.possessive
                && range.contains(&n.first)
        })
    };
    let role = |k: usize| words.get(k).is_some_and(|w| SUSPENDED.contains(w));
    let after = (m.end..(m.end + 3).min(words.len()))
        .take_while(|&k| s.toks[k].shape != Shape::Punct)
        .any(role)
        || person(m.end..m.end + 2);
    let before = passive(s, m.first)
        && ((m.first.saturating_sub(5)..m.first).any(role)
            || s.mentions.iter().any(|n| {
                registry.actors[n.actor].kind == ActorKind::Person
                    && n.end <= m.first
                    && m.first - n.end <= 3
            }));
    after || before
}

/// Whether a "call on" trigger is followed by a date ("during an earnings
/// call on Friday"), and not by "for" after it ("called on Monday for
/// calm", the appeal "call for").
fn call_on_a_date(s: &Sentence<'_>, words: &[&str], m: &crate::lexicon::TriggerMatch<'_>) -> bool {
    if m.pattern.pos != TriggerPos::Phrase
        || !words[m.first].starts_with("call")
        || words[m.end - 1] != "on"
    {
        return false;
    }
    let date = s.timexes.iter().find(|&&(a, b, _)| a <= m.end && b >= m.end);
    date.is_some_and(|&(_, b, _)| words.get(b) != Some(&"for"))
}

/// Whether the trigger at `first..end` is told on a source's word, by
/// "according to" at `at`. A phrase closed by a comma vouches for the
/// clause after it ("According to police, gunmen abducted …", "in which,
/// according to two officials, Mr Diarra promised …"); one that runs to
/// the sentence's end, for the sentence before it ("…, according to
/// Norwegian broadcaster NRK.").
fn on_a_sources_word(s: &Sentence<'_>, at: usize, first: usize, end: usize) -> bool {
    let close = (at + 2..s.toks.len()).find(|&k| s.toks[k].is_punct(',') || s.is_break(k));
    match close {
        Some(c) if s.toks[c].is_punct(',') => first > c && !(c..first).any(|k| s.is_break(k)),
        Some(_) => false,
        None => at > end && s.toks[at - 1].is_punct(',') && !(end..at).any(|k| s.is_break(k)),
    }
}

/// Finds every event mention in the article.
pub(crate) fn mentions(
    x: &Extractor,
    article: &Article,
    tokens: &ArticleTokens<'_>,
    timexes: &[Timex],
) -> (Vec<EventMention>, Registry) {
    let mut registry = Registry::default();
    let skipped = |block: BlockKind| {
        matches!(
            block,
            BlockKind::Boilerplate
                | BlockKind::Credit
                | BlockKind::Byline
                | BlockKind::Date
                | BlockKind::Timestamp
                | BlockKind::Dateline
        )
    };
    // Each sentence is tokenized and looked up in the gazetteer once; one
    // too long to be a sentence (text with no full stops) is read in pieces,
    // so that the work per word stays bounded.
    let mut pieces: Vec<Piece<'_>> = Vec::new();
    for (si, s) in article.sentences().iter().enumerate() {
        if skipped(article.blocks()[s.block].kind) {
            continue;
        }
        let chunks = pieces_of(tokens.sentence(si));
        let whole = chunks.len() == 1;
        for toks in chunks {
            let Some((first, last)) = toks.first().zip(toks.last()) else { continue };
            let text = &article.text()[first.start..last.end];
            let found = x.gazetteer.find(text);
            pieces.push(Piece { sentence: si, toks, found, text, whole });
        }
    }
    // A first pass registers everyone the article names, so that a short
    // name in the headline is known by the time it is read.
    for p in &pieces {
        registry.register(&p.found, p.text, p.toks);
    }
    registry.restart();
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); article.sentences().len()];
    for (ti, t) in timexes.iter().enumerate() {
        if let Some(list) = t.sentence.and_then(|si| by_sentence.get_mut(si)) {
            list.push(ti);
        }
    }
    let mut out: Vec<EventMention> = Vec::new();
    let mut labour_told = false;
    for Piece { sentence: si, toks, found, text, whole } in pieces {
        let s = &article.sentences()[si];
        let block = article.blocks()[s.block].kind;
        let (mentions, places) = registry.sentence(&found, text, toks);
        // The evidence: the sentence, or the piece of an over-long one.
        let piece_span = match (whole, toks.first(), toks.last()) {
            (false, Some(a), Some(b)) => Span::new(a.start, b.end),
            _ => s.span,
        };
        let mut sent = Sentence {
            text: article.text(),
            toks,
            mentions,
            places,
            timexes: Vec::new(),
            cues: Vec::new(),
        };
        // The sentence's time expressions that fall in this piece.
        let list = &by_sentence[si];
        let (lo, hi) = (piece_span.start(), piece_span.end());
        let first = list.partition_point(|&ti| timexes[ti].span.end() <= lo);
        let in_piece = list[first..].iter().take_while(|&&ti| timexes[ti].span.start() < hi);
        for (ti, t) in in_piece.map(|&ti| (ti, &timexes[ti])) {
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
        // A headline in title case capitalizes its verbs too.
        let title_case = sent
            .toks
            .iter()
            .filter(|t| t.shape == Shape::Word && t.text.len() > 3)
            .all(|t| t.capitalized());
        // The kind and subkind a trigger's words give it where the
        // lexicon's cannot: a labour strike it read as military, a police
        // raid it read as an attack.
        let mut relabel: Vec<Option<(&str, Option<&str>)>> = Vec::new();
        // For each trigger, the statement verb it is only the medium of.
        let mut media: Vec<Option<usize>> = Vec::new();
        let mut i = 0;
        while i < words.len() {
            if sent.in_timex(i) {
                i += 1;
                continue;
            }
            match x.index.at(&words, i) {
                Some(m) => {
                    i = m.end;
                    // "during an earnings call on Friday": a date after "call
                    // on" makes the call a conversation, not the appeal "call
                    // on"; the trigger is the word "call" alone. "called on
                    // Monday for calm" is still the appeal "call for".
                    let m = if call_on_a_date(&sent, &words, &m) {
                        match x.index.at(&words[..=m.first], m.first) {
                            Some(call) => {
                                i = call.end;
                                call
                            }
                            None => {
                                i = m.first + 1;
                                continue;
                            }
                        }
                    } else {
                        m
                    };
                    // "took to Twitter … to say": the purpose of a statement
                    // already found is not another one.
                    let statement = |m: &crate::lexicon::TriggerMatch<'_>| {
                        x.kinds[m.pattern.kind] == "statement"
                    };
                    // Nor "marched … to protest against rents" another protest.
                    let protest =
                        |m: &crate::lexicon::TriggerMatch<'_>| x.kinds[m.pattern.kind] == "protest";
                    let purpose = m.first > 0
                        && words[m.first - 1] == "to"
                        && ((statement(&m) && triggers.iter().any(statement))
                            || (protest(&m) && triggers.iter().any(protest)));
                    if purpose {
                        continue;
                    }
                    // "said in a statement": one statement, not two.
                    let said = triggers
                        .iter()
                        .rposition(|t| statement(t) && t.pattern.pos == TriggerPos::Verb);
                    let said_end = said.map(|k| triggers[k].end);
                    // "said on a call with analysts": the call is where it
                    // was said.
                    let call = x.kinds[m.pattern.kind] == "call";
                    let medium = (statement(&m) || call)
                        && medium_of_statement(&words, (m.first, m.end - 1), said_end);
                    let medium_of = if medium { said } else { None };
                    // "the National Prosecuting Authority": a verb inside a
                    // name is no event.
                    let in_name = m.pattern.pos == TriggerPos::Verb
                        && !title_case
                        && m.first > 0
                        && sent.toks[m.first].capitalized()
                        && sent.toks[m.first - 1].capitalized()
                        && sent.toks[m.first - 1].shape == Shape::Word;
                    // "Sue Gray said", "Mark Carney met", "hurt, Sue": a
                    // capitalized verb before a capitalized word that is no
                    // date, or inside a sentence, is a name.
                    let opens = |k: usize| {
                        k == 0
                            || sent.toks[k - 1].shape == Shape::Punct
                                && !sent.toks[k - 1].is_punct(',')
                    };
                    let name_first = m.pattern.pos == TriggerPos::Verb
                        && !title_case
                        && m.end == m.first + 1
                        && sent.toks[m.first].capitalized()
                        && (!opens(m.first)
                            || sent.toks.get(m.end).is_some_and(|t| {
                                t.shape == Shape::Word && t.capitalized() && !sent.in_timex(m.end)
                            }));
                    if in_name || name_first {
                        continue;
                    }
                    // "Police detained 12 protesters", "shot two gunmen":
                    // people who take part in a kind of event, the object
                    // of another event's verb, are no mention of it.
                    if m.pattern.pos == TriggerPos::Noun
                        && PARTAKERS.contains(&words[m.end - 1])
                        && triggers.last().is_some_and(|p| object_of(&sent, &words, p, m.first))
                    {
                        continue;
                    }
                    if attributive_participle(&sent, &words, &m) || accused_person(&words, &m) {
                        continue;
                    }
                    // "indicted on two counts of assault", "on charges of
                    // aggravated murder": the offence a charge names, not
                    // an event told.
                    let of_at =
                        (m.first.saturating_sub(2)..m.first).rev().find(|&k| words[k] == "of");
                    let charge_named = of_at.is_some_and(|k| {
                        k > 0
                            && matches!(words[k - 1], "count" | "counts" | "charge" | "charges")
                            && (k + 1..m.first).all(|j| sent.toks[j].shape == Shape::Word)
                    });
                    if charge_named {
                        continue;
                    }
                    // "accepted the offer", "accepts a takeover bid": a
                    // proposal taken up, as "rejected" turns one down; not
                    // "accepted responsibility" nor "accepted that …".
                    let accepted = words[m.first].starts_with("accept")
                        && statement(&m)
                        && !(m.end..(m.end + 8).min(words.len()))
                            .take_while(|&k| sent.toks[k].shape != Shape::Punct)
                            .any(|k| ACCEPTED.contains(&words[k]));
                    if accepted {
                        continue;
                    }
                    // "Voters approved the measure": a referendum; anyone
                    // else who approves something makes no election.
                    let approved_by_others = x.kinds[m.pattern.kind] == "election"
                        && m.pattern.pos == TriggerPos::Verb
                        && words[m.first].starts_with("approv")
                        && !voters_subject(&sent, &words, m.first);
                    if approved_by_others {
                        continue;
                    }
                    // "Two members voted to keep rates unchanged": what a
                    // vote was for is no event of its own; the vote is. Not
                    // what a vote does by being taken ("voted to reject the
                    // offer"), nor a strike voted for, a plan.
                    let voted_for = m.pattern.pos != TriggerPos::Noun
                        && m.first >= 2
                        && words[m.first - 1] == "to"
                        && (m.first.saturating_sub(4)..m.first - 1)
                            .any(|k| matches!(words[k], "voted" | "votes"))
                        && !DECIDED_BY_VOTE.contains(&words[m.first])
                        && x.kinds[m.pattern.kind] != "protest";
                    if voted_for {
                        continue;
                    }
                    // "a trial of 1,800 patients", "trials in 300 volunteers":
                    // a study, not a court's trial.
                    let study = x.kinds[m.pattern.kind] == "investigation"
                        && m.pattern.subkind.as_deref() == Some("trial")
                        && words[m.first].starts_with("trial")
                        && matches!(
                            words.get(m.end).copied(),
                            Some("of" | "in" | "with" | "involving" | "among" | "on")
                        )
                        && (m.end + 1..(m.end + 5).min(words.len()))
                            .take_while(|&k| {
                                sent.toks[k].shape != Shape::Punct || sent.toks[k].is_punct(',')
                            })
                            .any(|k| STUDY_SUBJECTS.contains(&words[k]));
                    if study {
                        continue;
                    }
                    // "The committee voted 28-4", "Two board members voted
                    // to hold rates": a body deciding, no election; voters,
                    // a parliament or a country voting is one.
                    let voted_by_others = x.kinds[m.pattern.kind] == "election"
                        && m.pattern.pos == TriggerPos::Verb
                        && words[m.first].starts_with("vot")
                        && (words[m.first] == "voted"
                            || (m.first > 0
                                && (MODALS.contains(&words[m.first - 1])
                                    || matches!(
                                        words[m.first - 1],
                                        "to" | "did" | "not" | "'ll"
                                    ))))
                        && !electorate_subject(&sent, &words, &registry, m.first)
                        && !on_legislation(&sent, &words, m.end);
                    if voted_by_others {
                        continue;
                    }
                    // "The drug took effect": only a rule takes effect as a
                    // law does.
                    let effect_of_no_rule = x.kinds[m.pattern.kind] == "legislation"
                        && matches!(words[m.end - 1], "effect" | "force")
                        && no_rule_takes_effect(&sent, &words, m.first);
                    if effect_of_no_rule {
                        continue;
                    }
                    // "mediated talks", "fought a battle": a noun of the kind
                    // of the verb right before, as its object, is the verb's
                    // event.
                    let object_of_same = m.pattern.pos == TriggerPos::Noun
                        && !statement(&m)
                        && triggers.last().is_some_and(|p: &crate::lexicon::TriggerMatch<'_>| {
                            p.pattern.kind == m.pattern.kind
                                && p.pattern.pos == TriggerPos::Verb
                                && m.first <= p.end + 2
                                // A verb, not "the arrests followed an
                                // investigation".
                                && !(p.first > 0 && DETERMINERS.contains(&words[p.first - 1]))
                                && (p.end..m.first).all(|j| {
                                    DETERMINERS.contains(&words[j])
                                        || (j + 1 == m.first
                                            && sent.toks[j].shape == Shape::Word
                                            && !sent.toks[j].capitalized()
                                            && !words[j].ends_with("ed"))
                                })
                        });
                    if object_of_same {
                        continue;
                    }
                    // "according to the statement", "according to a ministry
                    // statement": the source of what is told, not a new
                    // saying.
                    let source = statement(&m)
                        && m.pattern.pos == TriggerPos::Noun
                        && (m.first.saturating_sub(4)..m.first)
                            .any(|k| words[k] == "according" && words.get(k + 1) == Some(&"to"));
                    if source {
                        continue;
                    }
                    // "was flown to a hospital": carried, not visiting.
                    // "The site was visited by the Pope" is still a visit,
                    // and "it was flown to Toulouse" a flight.
                    let carried = m.pattern.subkind.as_deref() == Some("visit")
                        && m.pattern.pos != TriggerPos::Noun
                        && !words[m.first].starts_with("visit")
                        && passive(&sent, m.first)
                        && words[m.end..(m.end + 4).min(words.len())]
                            .iter()
                            .any(|w| matches!(*w, "hospital" | "hospitals" | "clinic" | "clinics"));
                    if carried {
                        continue;
                    }
                    // "unveils foldable phone", "sales of phones": "phone"
                    // is a verb in its bare and -s forms only before the
                    // one called ("phones Putin", "phone him").
                    let phone_noun =
                        matches!(words[m.first], "phone" | "phones" | "telephone" | "telephones")
                            && m.pattern.pos == TriggerPos::Verb
                            && m.end == m.first + 1
                            && !sent.toks.get(m.end).is_some_and(|t| {
                                (t.shape == Shape::Word && t.capitalized() && !title_case)
                                    || t.is_any(&["him", "her", "them", "me", "us", "you"])
                            });
                    if phone_noun {
                        continue;
                    }
                    // "by 231 votes to 224", "won 52 votes": a count of
                    // ballots, not a vote of its own.
                    let counted_votes = matches!(words[m.first], "votes" | "vote")
                        && m.first > 0
                        && (sent.toks[m.first - 1].shape == Shape::Number
                            || sent.cue(m.first - 1, Cues::NUMBER));
                    if counted_votes {
                        continue;
                    }
                    // "The region was struck by a quake": no strike at all.
                    let bare_strike = x.kinds[m.pattern.kind] == "strike" && m.end == m.first + 1;
                    // "wins landslide in Moldova vote": a win by a wide
                    // margin, no slope giving way.
                    let electoral_landslide = words[m.first].starts_with("landslide")
                        && x.kinds[m.pattern.kind] == "disaster"
                        && (m.first.saturating_sub(3)..(m.end + 4).min(words.len()))
                            .any(|k| ELECTORAL.contains(&words[k]));
                    if electoral_landslide {
                        continue;
                    }
                    // "Fires have forced thousands to flee", "several
                    // fires": the noun, no one dismissed.
                    let fire_noun = x.kinds[m.pattern.kind] == "appointment"
                        && m.pattern.subkind.as_deref() == Some("fire")
                        && matches!(words[m.first], "fire" | "fires")
                        && fire_is_noun(&sent, &words, m.first);
                    if fire_noun || appointments_as_a_class(&sent, &words, &m, &x.kinds) {
                        continue;
                    }
                    if bare_strike && struck_but_no_strike(&words, m.first) {
                        continue;
                    }
                    // A walkout by workers is a strike too.
                    let walkout =
                        x.kinds[m.pattern.kind] == "protest" && m.pattern.subkind.is_none();
                    // Once an article has told of a labour strike, its
                    // other bare strikes are that one ("to avert the
                    // strike").
                    // "the strike", "The RMT strike" over a name; "the
                    // strike on January 8" too, not "the strike on Iran".
                    let dated_after = sent.in_timex(m.end) || sent.in_timex(m.end + 1);
                    let the_strike = m.first > 0
                        && (words[m.first - 1] == "the"
                            || (m.first > 1
                                && words[m.first - 2] == "the"
                                && sent.toks[m.first - 1].shape == Shape::Word
                                && sent.toks[m.first - 1].capitalized()))
                        && (dated_after
                            || !matches!(words.get(m.end), Some(&("on" | "against" | "in"))));
                    let by_workers = (bare_strike || walkout)
                        && (labour_strike(&words, m.first)
                            || (the_strike && labour_told)
                            || (bare_strike
                                && labour_context(&sent, &words, m.first, dated_after)));
                    // "Dock workers walked off the job … The strike, called
                    // by the union": a strike told as labour tells the others.
                    labour_told |= bare_strike && by_workers
                        || m.pattern.subkind.as_deref() == Some("strike-action");
                    // "walked out" is a strike when workers do it; a party
                    // walking out of a coalition is no protest.
                    if walkout && !by_workers && words.get(m.first + 1) == Some(&"out") {
                        continue;
                    }
                    // "Police arrested 23 people in coordinated raids": a
                    // raid told with an arrest is the police's too.
                    let with_arrest = || {
                        triggers.last().is_some_and(|p: &crate::lexicon::TriggerMatch<'_>| {
                            x.kinds[p.pattern.kind] == "investigation" && m.first <= p.end + 8
                        })
                    };
                    let police_raid = x.kinds[m.pattern.kind] == "attack"
                        && m.pattern.subkind.as_deref() == Some("raid")
                        && (subject_among(&words, m.first, LAW_ENFORCERS) || with_arrest());
                    // "Shareholders will vote on the merger": a company's
                    // vote, no election.
                    if x.kinds[m.pattern.kind] == "election"
                        && m.pattern.subkind.as_deref() == Some("vote")
                        && subject_among(&words, m.first, COMPANY_VOTERS)
                    {
                        continue;
                    }
                    // "fired two short-range ballistic missiles": a launch,
                    // not a dismissal; the lexicon's list after "fire" sees
                    // only the next word. "The guard fired two shots", "No
                    // officer fired a single live round": gunfire.
                    let fired = |objects: &[&str]| {
                        x.kinds[m.pattern.kind] == "appointment"
                            && m.pattern.subkind.as_deref() == Some("fire")
                            && (m.end..(m.end + 5).min(words.len()))
                                .any(|k| objects.contains(&words[k]))
                    };
                    let missiles_fired = fired(&[
                        "missile",
                        "missiles",
                        "rocket",
                        "rockets",
                        "shells",
                        "torpedo",
                        "torpedoes",
                        "drones",
                        "projectiles",
                    ]);
                    let shots_fired = fired(&[
                        "shot", "shots", "round", "rounds", "bullet", "bullets", "volley",
                        "volleys", "salvo",
                    ]);
                    // "on the summit of Tupungato volcano", "the summit of
                    // Mount Kenya": a mountain top, not a meeting.
                    let mountain_top = words[m.first] == "summit"
                        && words.get(m.end) == Some(&"of")
                        && (m.end + 1..(m.end + 6).min(words.len())).any(|k| {
                            matches!(
                                words[k],
                                "mount"
                                    | "mountain"
                                    | "volcano"
                                    | "peak"
                                    | "hill"
                                    | "glacier"
                                    | "everest"
                                    | "ridge"
                                    | "mt"
                            )
                        });
                    if mountain_top {
                        continue;
                    }
                    // "Mitsotakis called Erdogan on Wednesday": a phone call
                    // when a person is called; not "called the election",
                    // "called him a liar".
                    if x.kinds[m.pattern.kind] == "call"
                        && m.pattern.subkind.as_deref() == Some("phone")
                        && words[m.first].starts_with("call")
                        && !person_called(&sent, &registry, m.end)
                    {
                        continue;
                    }
                    // "Macron hosted Scholz", "hosted the Japanese
                    // ambassador": a meeting with the one hosted; not
                    // "hosted a dinner", "hosted the World Cup". With no
                    // object it stays one ("an event hosted by Apple").
                    if x.kinds[m.pattern.kind] == "meeting"
                        && m.pattern.pos == TriggerPos::Verb
                        && m.pattern.subkind.as_deref() == Some("host")
                        && guest_object(&sent, &registry, m.end) == Some(false)
                    {
                        continue;
                    }
                    if x.kinds[m.pattern.kind] == "launch" && launched_elsewhere(&sent, &words, &m)
                    {
                        continue;
                    }
                    if x.kinds[m.pattern.kind] == "recall"
                        && m.end == m.first + 1
                        && !goods_recalled(&sent, &words, m.first)
                    {
                        continue;
                    }
                    // "The officer was suspended", "suspended two players":
                    // someone suspended from a post; not talks, trading or
                    // flights suspended.
                    if x.kinds[m.pattern.kind] == "appointment"
                        && m.pattern.subkind.as_deref() == Some("suspend")
                        && !someone_suspended(&sent, &words, &registry, &m)
                    {
                        continue;
                    }
                    // "dismissed its chief executive": someone removed from
                    // a post, not a claim rejected ("dismissed the
                    // minister's claims" still is one).
                    let post_dismissed = x.kinds[m.pattern.kind] == "statement"
                        && words[m.first].starts_with("dismiss")
                        && (m.end..(m.end + 3).min(words.len()))
                            .find(|&k| !matches!(words[k], "the" | "its" | "his" | "her" | "their"))
                            .is_some_and(|k| {
                                POSTS.contains(&words[k])
                                    && !matches!(words.get(k + 1), Some(&("'s" | "’s")))
                            });
                    // "Defence Minister Kari Berg was dismissed on Tuesday":
                    // a person removed; "was dismissed as a fabrication" is
                    // a claim rejected.
                    let person_before = |k: usize| {
                        sent.mentions.iter().any(|n| {
                            registry.actors[n.actor].kind == ActorKind::Person
                                && n.end <= k
                                && k - n.end <= 3
                        })
                    };
                    // "Ricci dismissed Finance Minister Giulia Ferro": a
                    // person named right after.
                    let person_after = || {
                        sent.mentions.iter().any(|n| {
                            registry.actors[n.actor].kind == ActorKind::Person
                                && (n.first == m.end
                                    || (n.first == m.end + 1 && words[m.end] == "the"))
                                && !n.possessive
                        })
                    };
                    let person_dismissed = || {
                        person_after()
                            || (passive(&sent, m.first)
                                && words.get(m.end) != Some(&"as")
                                && person_before(m.first))
                    };
                    let post_dismissed = post_dismissed
                        || (x.kinds[m.pattern.kind] == "statement"
                            && words[m.first] == "dismissed"
                            && person_dismissed());
                    // "sacked 300 workers", "fired 120 employees": job cuts,
                    // not someone removed from a post.
                    let workers_fired = x.kinds[m.pattern.kind] == "appointment"
                        && m.pattern.subkind.as_deref() == Some("fire")
                        && sent.toks.get(m.end).is_some_and(|t| {
                            t.shape == Shape::Number || t.lower.parse::<f64>().is_ok()
                        })
                        && (m.end + 1..(m.end + 3).min(words.len())).any(|k| {
                            matches!(
                                words[k],
                                "workers" | "employees" | "staff" | "people" | "jobs" | "miners"
                            )
                        });
                    // "the Senate confirmed Daniel Ortiz as attorney
                    // general": a person given a post.
                    let confirmed_in_post = x.kinds[m.pattern.kind] == "statement"
                        && words[m.first] == "confirmed"
                        && sent.mentions.iter().any(|n| {
                            n.first == m.end
                                && registry.actors[n.actor].kind == ActorKind::Person
                                && words.get(n.end) == Some(&"as")
                        });
                    // "Thousands of demonstrators marched": the people
                    // protesting are the subject of the protest the verb
                    // tells, not one of their own.
                    // Nor are "gunmen" who "attacked", or "protesters" whom
                    // soldiers shot, an event of their own.
                    let subject_told =
                        triggers.last().is_some_and(|p: &crate::lexicon::TriggerMatch<'_>| {
                            p.pattern.pos == TriggerPos::Noun
                                && m.pattern.pos != TriggerPos::Noun
                                && PARTAKERS.contains(&words[p.end - 1])
                                && m.first <= p.end + 3
                                && (p.end..m.first).all(|j| sent.toks[j].shape == Shape::Word)
                        });
                    let medium_of = if subject_told {
                        triggers.pop();
                        relabel.pop();
                        media.pop();
                        medium_of.filter(|&v| v < triggers.len())
                    } else {
                        medium_of
                    };
                    media.push(medium_of);
                    // "Swiss voters on Sunday rejected a proposal": a
                    // referendum's result, not a statement.
                    let referendum = x.kinds[m.pattern.kind] == "statement"
                        && m.pattern.pos == TriggerPos::Verb
                        && VOTERS_DECIDING.contains(&words[m.first])
                        && voters_subject(&sent, &words, m.first);
                    relabel.push(if referendum {
                        Some(("election", Some("referendum")))
                    } else if by_workers {
                        Some(("protest", Some("strike-action")))
                    } else if police_raid {
                        Some(("investigation", Some("raid")))
                    } else if missiles_fired {
                        Some(("strike", Some("missile")))
                    } else if shots_fired {
                        Some(("attack", Some("shooting")))
                    } else if post_dismissed {
                        Some(("appointment", Some("dismiss")))
                    } else if confirmed_in_post {
                        Some(("appointment", Some("appoint")))
                    } else if workers_fired {
                        Some(("layoffs", None))
                    } else {
                        None
                    });
                    triggers.push(m);
                }
                None => i += 1,
            }
        }
        if !triggers.is_empty() {
            sent.cues = sent.toks.iter().map(|t| Cues::of(&t.lower)).collect();
        }
        // Where "according to" stands, for the statuses of the triggers.
        let sources: Vec<usize> = if triggers.is_empty() {
            Vec::new()
        } else {
            (0..words.len().saturating_sub(1))
                .filter(|&k| words[k] == "according" && words[k + 1] == "to")
                .collect()
        };
        // "Ford laid off 300 workers", "Unite called a strike": the word
        // opening a sentence of the body right before an event's verb in
        // the past is its subject. A headline's ("Man arrested after …")
        // may be a common noun before a passive.
        let opening_verb = triggers.first().zip(relabel.first()).filter(|(m, relabel)| {
            let w = words[m.first];
            let (kind, subkind) =
                relabel.unwrap_or((&x.kinds[m.pattern.kind], m.pattern.subkind.as_deref()));
            m.first <= 2
                && m.pattern.pos != TriggerPos::Noun
                && (w.ends_with("ed") || !(w.ends_with('s') || w.ends_with("ing")))
                && frame(kind, subkind, false).agents
        });
        if let Some((m, _)) = opening_verb {
            let open = block != BlockKind::Headline
                && !sent.in_timex(0)
                && !sent.mentions.iter().any(|n| n.first == 0)
                && !used_as_noun(&sent, m.first);
            if let Some(n) = open.then(|| registry.opening_subject(sent.toks, m.first)).flatten() {
                sent.mentions.insert(0, n);
            }
        }
        let first_new = out.len();
        // The agents of the sentence's last verb: "after accusing …" has
        // the subject of the clause it hangs from.
        let mut verb_agents: Vec<Part> = Vec::new();
        for (k_trigger, ((m, &relabel), &medium_of)) in
            triggers.iter().zip(&relabel).zip(&media).enumerate()
        {
            let (first, end) = (m.first, m.end);
            // "rebels could strike": a noun trigger after a modal is a verb.
            let after_modal = first > 0 && sent.is_any(first - 1, MODALS);
            let noun = (m.pattern.pos == TriggerPos::Noun && !after_modal)
                || (m.pattern.pos == TriggerPos::Verb && used_as_noun(&sent, first));
            let trigger = Span::new(sent.toks[first].start, sent.toks[end - 1].end);
            let definite = noun && is_definite(&sent, first);
            let indefinite = is_indefinite(&sent, first, end, noun);
            let (kind_index, subkind) = match relabel
                .and_then(|(kind, sub)| Some((x.kinds.iter().position(|k| k == kind)?, sub)))
            {
                Some((kind, sub)) => (kind, sub.map(str::to_string)),
                None => (m.pattern.kind, m.pattern.subkind.clone()),
            };
            let kind = x.kinds[kind_index].as_str();
            let frame = frame(kind, subkind.as_deref(), noun);
            // "found the former mayor guilty": the object is in the gap.
            let object_from = m.pattern.gap.map_or(end, |g| first + g);
            let mut participants = participants(&sent, first, object_from, noun, &frame);
            // "after accusing", "despite having (previously) warned": a
            // participle opening a clause with no subject of its own; the
            // word that opens it.
            let opener = (!noun).then(|| participle_opener(&sent, first)).flatten();
            let needs_agent = frame.agents && !participants.iter().any(|p| p.role == Role::Agent);
            if let Some(opener) = opener.filter(|_| needs_agent) {
                // The subject of the clause the participle hangs from; after
                // a comma, the agents of the verb before it, which the name
                // nearest the comma may not be: "Sato denied that Japan
                // would join NATO, telling reporters …".
                let comma = sent.toks[opener].is_punct(',');
                // Nor, when that verb has no agent, a name inside what it
                // reported.
                let reported = comma
                    && triggers[..k_trigger]
                        .iter()
                        .rev()
                        .find(|t| t.end <= opener && t.pattern.pos != TriggerPos::Noun)
                        .is_some_and(|t| {
                            (t.end..opener).any(|j| sent.is_any(j, &["that", "which", "who"]))
                        });
                let mut agents: Vec<Part> = if comma && !verb_agents.is_empty() {
                    verb_agents.clone()
                } else if reported {
                    Vec::new()
                } else {
                    subject(&sent, opener)
                        .into_iter()
                        .map(|actor| Part { actor, role: Role::Agent, weak: false })
                        .collect()
                };
                if agents.is_empty() {
                    agents.clone_from(&verb_agents);
                }
                if agents.is_empty() {
                    // "Despite having warned …, Mr Trump ordered": the
                    // subject of the main clause after a fronted one.
                    agents = fronted_subject(&sent, opener, end)
                        .into_iter()
                        .map(|actor| Part { actor, role: Role::Agent, weak: false })
                        .collect();
                }
                participants.retain(|p| !agents.iter().any(|a| a.actor == p.actor));
                participants.splice(0..0, agents);
            }
            // "accusing the regime of using chemical weapons in an attack":
            // the accused is the agent of what they are accused of.
            if frame.agents && !participants.iter().any(|p| p.role == Role::Agent && !p.weak) {
                let accusation = out[first_new..].iter().rev().find(|e| {
                    e.subkind.as_deref().is_some_and(|k| matches!(k, "accuse" | "blame"))
                        && sent.token_at(e.trigger.end() - 1).is_some_and(|t| {
                            (t + 1..first).any(|j| sent.is_any(j, &["of", "for"]))
                                && !(t + 1..first)
                                    .any(|j| sent.toks[j].is_punct(',') || sent.is_break(j))
                        })
                });
                if let Some(e) = accusation {
                    let accused: Vec<Part> = e
                        .participants
                        .iter()
                        .filter(|p| p.role == Role::Target)
                        .map(|p| Part { role: Role::Agent, ..*p })
                        .collect();
                    participants.retain(|p| !accused.iter().any(|a| a.actor == p.actor));
                    participants.splice(0..0, accused);
                }
            }
            if !noun {
                verb_agents =
                    participants.iter().filter(|p| p.role == Role::Agent).copied().collect();
            }
            let agents: Vec<&str> = participants
                .iter()
                .filter(|p| p.role == Role::Agent && !p.weak)
                .map(|p| registry.actors[p.actor].name.as_str())
                .collect();
            // A passive's subject opens its summary as an agent would: "Digital
            // Markets Act signed into law".
            let subjects: Vec<&str> = if agents.is_empty() && !noun && passive(&sent, first) {
                subject(&sent, first).iter().map(|&a| registry.actors[a].name.as_str()).collect()
            } else {
                agents
            };
            let clause = summary_text(&sent, first, end, noun, &registry, &subjects);
            let target_text = target_phrase(&sent, end);
            let toward = subkind.as_deref() == Some("visit");
            let place = place_of(&sent, first, end, noun, toward);
            // "vote on the deal", "protest against the merger": what
            // another trigger right before is about.
            // "held talks on the nuclear deal in Geneva in September": a
            // noun's topic too, past an adjective, whose date is the
            // talks'. Not "an investigation into the death of an inmate in
            // mid-July": what is looked into has the date.
            let about = |k: usize, verb_only: bool| {
                (sent.is_any(k, &["on", "over", "about"])
                    || verb_only && sent.is_any(k, &["against", "into"]))
                    && triggers
                        .iter()
                        .any(|t| t.end == k && (!verb_only || t.pattern.pos != TriggerPos::Noun))
            };
            let determined = |k: usize| sent.is_any(k, &["the", "this", "that", "its", "their"]);
            let adjective =
                |k: usize| sent.toks[k].shape == Shape::Word && !sent.toks[k].capitalized();
            // Where the preposition before the noun's determiner is.
            let preposition = if first >= 2 && determined(first - 1) {
                Some(first - 2)
            } else if first >= 3 && adjective(first - 1) && determined(first - 2) {
                Some(first - 3)
            } else {
                None
            };
            let topic_of_verb = noun
                && first >= 2
                && determined(first - 1)
                && preposition.is_some_and(|k| about(k, true));
            let topic = topic_of_verb || noun && preposition.is_some_and(|k| about(k, false));
            let mut status = status(&sent, first, end, noun, definite);
            if topic_of_verb && matches!(status, Status::Planned | Status::Hypothetical) {
                status = Status::Occurred;
            }
            // "Rail workers to strike over pay", "the nurses are to strike":
            // a headline's "to" and "be to" make a bare noun-or-verb a
            // plan.
            if noun
                && status == Status::Occurred
                && first > 0
                && sent.is_any(first - 1, &["to"])
                && !sent.toks[first].lower.ends_with('s')
                && (block == BlockKind::Headline
                    || (first > 1 && sent.is_any(first - 2, &["is", "are", "was", "were"])))
            {
                status = Status::Planned;
            }
            // "Kvile did not attend the meeting", "skipped the hearing",
            // "would not attend the summit": for who stays away, the
            // agent, the event does not take place. A kind with no agents
            // (an election boycotted) still takes place.
            let went_on = matches!(
                status,
                Status::Occurred | Status::Planned | Status::Reported | Status::Ongoing
            );
            if noun && frame.agents && went_on && stays_away(&sent, first) {
                status = Status::Negated;
            }
            // "…, according to Norwegian broadcaster NRK", "According to
            // police, …": told on a source's word, as "reportedly" tells it.
            if status == Status::Occurred
                && !definite
                && sources.iter().any(|&at| on_a_sources_word(&sent, at, first, end))
            {
                status = Status::Reported;
            }
            out.push(EventMention {
                kind: kind_index,
                subkind,
                sentence: si,
                block,
                sentence_span: piece_span,
                trigger,
                noun,
                definite,
                indefinite,
                separate: opens_other_news(&sent),
                participants,
                target_text,
                place,
                timex: None,
                status,
                relations: Vec::new(),
                // What is said counts nothing of the saying: "said 12 fire
                // engines fought the flames".
                quantity: (kind != "statement")
                    .then(|| quantity(&sent, first, end, noun, kind == "casualties"))
                    .flatten(),
                clause,
                said_today: kind == "statement" && !noun && said_today(&sent, first),
                after_a_while: false,
                again: told_again(&sent, first, end, noun),
                perfect: told_in_perfect(&sent, first, end, noun),
                medium_of: medium_of.map(|k| first_new + k),
                topic,
            });
        }
        attach_times(&sent, &triggers, &mut out[first_new..], timexes, &x.kinds);
        share_with_coordinated_verbs(&sent, &triggers, &mut out[first_new..]);
        date_casualties_by_cause(&mut out[first_new..], &x.kinds);
        date_trailing_participles(&sent, &triggers, &mut out[first_new..]);
        date_purposes(&sent, &triggers, &mut out[first_new..], &x.kinds);
        date_verbs_by_occasions(&sent, &triggers, &mut out[first_new..]);
        attach_relations(&sent, &triggers, &mut out, first_new, &x.kinds);
    }
    (out, registry)
}

/// Whether a mention is told in the present perfect: a verb after "has" or
/// "have" ("has attacked"), or a noun that is the subject of one ("a
/// cyberattack has disrupted").
fn told_in_perfect(s: &Sentence<'_>, first: usize, end: usize, noun: bool) -> bool {
    let have = |k: usize| s.is_any(k, &["has", "have"]);
    if noun {
        have(end) && !s.is_any(end + 1, &["to"])
    } else {
        first > 0
            && (have(first - 1) || (first > 1 && have(first - 2) && s.is_any(first - 1, &["been"])))
    }
}

/// Whether a statement verb reads as news of the day: a simple past or
/// present ("said", "says", "announced"), not a participle, an infinitive,
/// a perfect or something said before.
fn said_today(s: &Sentence<'_>, first: usize) -> bool {
    let w = s.w(first);
    if w.ends_with("ing") {
        return false;
    }
    let earlier = [
        "to",
        "having",
        "had",
        "has",
        "have",
        "previously",
        "earlier",
        "once",
        "repeatedly",
        "often",
        "already",
        "long",
        "ago",
        "never",
    ];
    !(first.saturating_sub(3)..first).any(|j| s.is_any(j, &earlier))
        && !s.toks[first..].iter().take(6).any(|t| t.is_any(&["ago", "previously", "earlier"]))
}

/// Whether a person is called right after a verb "call" ending at `end`
/// (over a demonym: "called Turkish President Erdogan"), and not called
/// something: a noun ("called Erdogan a dictator", "called her one of the
/// greats") or a quotation ("called him "a giant of the stage"").
fn person_called(s: &Sentence<'_>, registry: &Registry, end: usize) -> bool {
    s.mentions.iter().any(|n| {
        (end..=end + 1).contains(&n.first)
            && !n.possessive
            && registry.actors[n.actor].kind == ActorKind::Person
            && !s.is_any(n.end, CALLED_SOMETHING)
            && !s.toks.get(n.end).is_some_and(|t| {
                t.shape == Shape::Punct && matches!(t.text, "\"" | "“" | "'" | "‘")
            })
    })
}

/// People one hosts as guests, named by their role: "hosted a delegation",
/// "hosted his counterpart".
static GUESTS: WordSet = WordSet::new(&[
    "ambassador",
    "ambassadors",
    "counterpart",
    "counterparts",
    "delegates",
    "delegation",
    "delegations",
    "dignitaries",
    "diplomat",
    "diplomats",
    "envoy",
    "envoys",
    "leader",
    "leaders",
    "minister",
    "ministers",
    "officials",
]);

/// Whether the object of "hosted" ending at `end` is someone met: a
/// person, a title that names no one known ("the Japanese ambassador"), a
/// delegation, or a country, institution or organization standing for its
/// people. `Some(false)` when the object is something else ("a dinner",
/// "the World Cup"), `None` when there is none ("was hosted by Apple") or
/// it is a name not known ("hosted Scholz").
fn guest_object(s: &Sentence<'_>, registry: &Registry, end: usize) -> Option<bool> {
    let mut k = end;
    let mut words = 0;
    while k < s.toks.len() && k < end + 6 {
        let t = &s.toks[k];
        if s.is_break(k)
            || t.shape == Shape::Punct
            // Read while triggers are found, before the sentence's cues.
            || Cues::of(&t.lower).0 & (Cues::PREPOSITION | Cues::CLAUSE_OPENER).0 != 0
            || s.in_timex(k)
        {
            break;
        }
        if let Some(m) = s.mentions.iter().find(|m| m.first == k) {
            // "Japan's prime minister", "the Japanese ambassador": the
            // possessor or a demonym before the head.
            if m.possessive || m.modifier {
                k = if m.possessive { m.end + 1 } else { m.end };
                words += 1;
                continue;
            }
            let the = s.is_any(m.first, &["the"]) || (k > 0 && s.is_any(k - 1, &["the"]));
            return match registry.actors[m.actor].kind {
                ActorKind::Person
                | ActorKind::Country
                | ActorKind::Institution
                | ActorKind::Organization => Some(true),
                // "the World Cup": a name with an article is no one's.
                ActorKind::Unknown => (!the).then_some(true).or(Some(false)),
            };
        }
        if registry.unnamed_title_at(k) || t.is_in(&GUESTS) {
            return Some(true);
        }
        if t.shape == Shape::Word && t.capitalized() {
            // "hosted Scholz", a name not known; "the Olympics" is no one.
            let the = k > 0 && s.is_any(k - 1, &["the"]);
            return the.then_some(false);
        }
        words += 1;
        k += 1;
    }
    (words > 0).then_some(false)
}

/// Words after "called" and a person that open what the person is called
/// ("called him a liar", "called her his mentor"), or a particle of another
/// verb ("called him out").
const CALLED_SOMETHING: &[&str] = &[
    "a", "an", "the", "as", "for", "out", "off", "up", "his", "their", "its", "our", "my", "your",
    "one", "another",
];

/// Whether the mention at `first..end` is told as a new occurrence: a
/// verb with "again" after it or "once more" ("would protest again",
/// "struck again on Monday"), a noun shortly after "another" or "fresh"
/// ("another strike", "fresh talks", "another round of talks"), or one
/// not known before that also happened ("Protests were also held").
fn told_again(s: &Sentence<'_>, first: usize, end: usize, noun: bool) -> bool {
    // "Protests were also held": a word of both kinds, here the noun.
    let noun = noun || s.is_any(end, &["was", "were", "have", "has", "had", "are", "is"]);
    if noun {
        // "another strike", "a fresh round", "a similar collision near
        // Bologna", "a previous attempt": not the one told before; nor
        // "Protests were also held in Porto", though "the strike also hit
        // ports" is the strike told before.
        return (first.saturating_sub(3)..first)
            .any(|k| s.is_any(k, &["another", "fresh", "similar", "previous", "separate"]))
            || (!is_definite(s, first) && (end..end + 3).any(|k| s.is_any(k, &["also"])));
    }
    (end..end + 3).any(|k| s.is_any(k, &["again"]))
        || (end..end + 3).any(|k| s.is_any(k, &["once"]) && s.is_any(k + 1, &["more"]))
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
        // "The commission says turnout was 67%": the determiner is the
        // speaker's, across the verb of saying.
        // "The rebels could strike": a modal makes the word a verb, and
        // the determiner is its subject's.
        if t.is_any(&["a", "an", "another", "new", "any", "no"])
            || t.shape == Shape::Punct
            || t.is_any(SAYING)
            || t.is("announced")
            || t.is_any(MODALS)
            || t.is("to")
        {
            return false;
        }
        // "the company was in talks": the determiner is another noun's,
        // across a preposition or a verb.
        // "the talks ended without agreement" too.
        if s.cue(k, Cues::PREPOSITION)
            || t.is_any(&["is", "are", "was", "were", "be", "been", "without"])
        {
            return false;
        }
        // "the last general election", "the previous summit", "the last
        // comparable heat wave": an earlier one, not the one in the news;
        // "its next rate decision", "the upcoming summit": a later one.
        if t.is_any(&[
            "last",
            "previous",
            "prior",
            "earlier",
            "comparable",
            "similar",
            "preceding",
            "next",
            "upcoming",
            "forthcoming",
        ]) {
            return false;
        }
    }
    false
}

/// "faces a fine", "a general strike", "an emergency summit": an
/// indefinite article in the trigger phrase or before the noun, over up to
/// two modifiers.
fn is_indefinite(s: &Sentence<'_>, first: usize, end: usize, noun: bool) -> bool {
    let article = |k: usize| s.is_any(k, &["a", "an"]);
    (first..end).any(article)
        || noun
            && (first.saturating_sub(3)..first)
                .rev()
                .take_while(|&k| s.toks[k].shape == Shape::Word && !s.cue(k, Cues::PREPOSITION))
                .any(article)
}

/// Whether the sentence opens by turning to other news: "Separately,",
/// "Elsewhere,", "In a separate incident", "In another development".
fn opens_other_news(s: &Sentence<'_>) -> bool {
    s.is_any(0, &["separately", "elsewhere"]) && s.toks.get(1).is_some_and(|t| t.is_punct(','))
        || (s.is_any(0, &["in"])
            && (s.is_any(1, &["another"])
                || (s.is_any(1, &["a"]) && s.is_any(2, &["separate", "different"]))))
}

/// Modal verbs: a word after one is a verb ("could strike").
const MODALS: &[&str] =
    &["could", "would", "will", "may", "might", "can", "should", "must", "shall"];

/// Whether the verb at `first` is a passive participle: "was arrested",
/// "were reportedly detained", "has been charged".
fn passive(s: &Sentence<'_>, first: usize) -> bool {
    let w = s.w(first);
    let participle = (w.len() > 4 && w.ends_with("ed")) || IRREGULAR_PARTICIPLES.contains(w);
    if !participle {
        return false;
    }
    let mut k = first;
    while k > 0 && first - k < 3 {
        k -= 1;
        if s.is_any(k, &["was", "were", "been", "is", "are", "be", "being", "got", "get", "gets"]) {
            return true;
        }
        let adverb = s.w(k).ends_with("ly")
            || s.is_any(k, &["not", "never", "also", "later", "then", "subsequently", "since"]);
        if !adverb {
            return false;
        }
    }
    false
}

/// Past participles not ending in -ed that triggers take.
static IRREGULAR_PARTICIPLES: WordSet = WordSet::new(&[
    "beaten",
    "bitten",
    "brought",
    "caught",
    "chosen",
    "driven",
    "flown",
    "fought",
    "given",
    "held",
    "hit",
    "hurt",
    "kept",
    "led",
    "met",
    "overthrown",
    "put",
    "seen",
    "sent",
    "set",
    "shot",
    "shown",
    "sought",
    "stolen",
    "struck",
    "sworn",
    "taken",
    "thrown",
    "told",
    "won",
]);

/// One participant of a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Part {
    pub(crate) actor: usize,
    pub(crate) role: Role,
    /// Only suggested by a country used as a modifier: "the Syria strikes"
    /// may be strikes by Syria or on it. Weak agents do not keep mentions
    /// apart, and give way to a target or to named agents.
    pub(crate) weak: bool,
}

/// How a kind's trigger takes its participants.
struct Frame {
    /// The role of a verb's direct object: "met Merkel" (other), "struck
    /// the base" (target).
    object: Option<Role>,
    /// Whether "on", "against" and "at" name a target.
    targets: bool,
    /// Whether "to" right after the trigger names the other side ("wrote
    /// to", "a call to").
    to_other: bool,
    /// Whether "of" and "into" name a target ("an investigation into").
    of_target: bool,
    /// Whether the kind has agents at all: an election, a flood or a death
    /// toll is not done by the people near it.
    agents: bool,
    /// Whether a noun's possessor is its target: "her appointment".
    possessor_target: bool,
}

/// Statements aimed at someone: their object is a target.
const AIMED: &[&str] =
    &["accuse", "condemn", "criticize", "praise", "warn", "blame", "threaten", "urge", "thank"];

fn frame(kind: &str, subkind: Option<&str>, noun: bool) -> Frame {
    let aimed = kind == "statement" && subkind.is_some_and(|k| AIMED.contains(&k));
    let object = match kind {
        "call" | "meeting" | "talks" | "summit" | "agreement" => Some(Role::Other),
        "strike" | "attack" | "fighting" | "sanction" | "investigation" | "appointment"
        | "protest" | "release" => Some(Role::Target),
        "statement" if aimed => Some(Role::Target),
        _ => None,
    };
    Frame {
        object,
        targets: aimed
            || matches!(
                kind,
                "strike" | "attack" | "fighting" | "sanction" | "protest" | "release"
            )
            || (kind == "investigation" && !noun),
        to_other: matches!(kind, "call" | "statement"),
        of_target: kind == "investigation",
        // "PiS won the election": who wins one is its agent.
        agents: !((kind == "election" && (noun || subkind != Some("win")))
            || matches!(kind, "casualties" | "disaster")
            || (noun && kind == "legislation")),
        possessor_target: kind == "appointment"
            && matches!(subkind, Some("appoint" | "nominate" | "elect" | "dismiss" | "fire")),
    }
}

/// Words that open a subordinate or relative clause: a subject is not
/// looked for beyond them.
const CLAUSE_OPENERS: &[&str] = &[
    "which", "that", "who", "whom", "whose", "whether", "because", "if", "when", "while", "after",
    "before", "since", "although", "though", "until", "unless", "as", "where", "but", "despite",
];

/// Prepositions: an actor right after one is not a subject.
const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "against",
    "of",
    "for",
    "with",
    "to",
    "from",
    "by",
    "at",
    "into",
    "over",
    "about",
    "between",
    "among",
    "amid",
    "during",
    "following",
    "toward",
    "towards",
    "including",
    "outside",
    "inside",
    "near",
    "across",
    "through",
    "throughout",
    "behind",
    "beyond",
    "within",
    "along",
    "via",
    "upon",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its", "our", "my",
    "your", "any", "no", "another", "every", "each", "some",
];

/// Whether a verb trigger is a participle describing a noun: "the flooded
/// town", "both injured crew members", "visit the injured". The event it
/// names is told elsewhere, at its own time; here it would take the
/// clause's date and status ("will visit the flooded town on Monday").
fn attributive_participle(
    sent: &Sentence<'_>,
    words: &[&str],
    m: &crate::lexicon::TriggerMatch<'_>,
) -> bool {
    let (first, end) = (m.first, m.end);
    if m.pattern.pos != TriggerPos::Verb || end != first + 1 || !words[first].ends_with("ed") {
        return false;
    }
    let Some(&before) = first.checked_sub(1).and_then(|k| words.get(k)) else { return false };
    if matches!(before, "the" | "those") {
        return true;
    }
    // Not "that": "the attack that killed scores".
    let determiner = (DETERMINERS.contains(&before) && !matches!(before, "that" | "this"))
        || matches!(
            before,
            "both" | "all" | "several" | "many" | "two" | "three" | "four" | "five" | "dozens"
        )
        || sent.toks[first - 1].shape == Shape::Number;
    let noun_after = sent
        .toks
        .get(end)
        .is_some_and(|t| t.shape == Shape::Word && !t.capitalized() && !t.is_in(&FUNCTION_WORDS));
    determiner && noun_after
}

/// "A man accused of laundering money was extradited", "the officer,
/// accused of assault, resigned": a participle after its noun describes
/// the person; no accusation is told; "Accused of theft, he fled" too.
/// Not "was accused of", nor "who is accused of", nor "accused him of".
fn accused_person(words: &[&str], m: &crate::lexicon::TriggerMatch<'_>) -> bool {
    let (first, end) = (m.first, m.end);
    if m.pattern.pos != TriggerPos::Verb
        || end != first + 1
        || !matches!(words[first], "accused" | "blamed")
        || words.get(end) != Some(&"of") && words.get(end) != Some(&"for")
    {
        return false;
    }
    // Over adverbs: "was publicly accused of".
    let before = words[..first].iter().rev().find(|w| !(w.len() > 4 && w.ends_with("ly")));
    before.is_none_or(|w| {
        !matches!(
            *w,
            "was"
                | "were"
                | "been"
                | "is"
                | "are"
                | "be"
                | "being"
                | "'s"
                | "not"
                | "also"
                | "has"
                | "have"
                | "had"
                | "get"
                | "got"
                | "gets"
                | "stands"
                | "stood"
        )
    })
}

/// What one accepts as one rejects it: an offer or a proposal.
const ACCEPTED: &[&str] = &[
    "offer",
    "offers",
    "proposal",
    "proposals",
    "deal",
    "deals",
    "plan",
    "plans",
    "terms",
    "bid",
    "bids",
    "settlement",
    "invitation",
];

/// Words that follow a participle used as a verb, not a noun it
/// describes: "two injured in the crash", "injured by debris".
static FUNCTION_WORDS: WordSet = WordSet::new(&[
    "after", "and", "as", "at", "by", "during", "for", "from", "in", "inside", "near", "on", "or",
    "over", "since", "so", "than", "to", "when", "while", "with",
]);

/// Verbs that take an event noun as object and give it their subject:
/// "held talks", "made a call", "agreed to a meeting", "ordered the
/// strikes".
static SUPPORT_VERBS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    let verbs: &[(&str, &[&str])] = &[
        ("hold", &["held", "held"]),
        ("have", &["had", "had"]),
        ("make", &["made", "made"]),
        ("agree", &[]),
        ("attend", &[]),
        ("join", &[]),
        ("host", &[]),
        ("launch", &[]),
        ("conduct", &[]),
        ("carry", &[]),
        ("order", &[]),
        ("stage", &[]),
        ("mount", &[]),
        ("open", &[]),
        ("sign", &[]),
        ("reach", &[]),
        ("wage", &[]),
        ("lead", &["led", "led"]),
        ("begin", &["began", "begun"]),
        ("start", &[]),
        ("resume", &[]),
        ("plan", &[]),
        ("schedule", &[]),
        ("organize", &[]),
        ("organise", &[]),
        ("give", &["gave", "given"]),
        ("deliver", &[]),
        ("issue", &[]),
        ("win", &["won", "won"]),
        ("lose", &["lost", "lost"]),
        ("announce", &[]),
        ("level", &[]),
        ("voice", &[]),
        ("express", &[]),
        ("skip", &[]),
        ("boycott", &[]),
        ("snub", &[]),
        ("chair", &[]),
    ];
    verbs
        .iter()
        .flat_map(|(lemma, forms)| {
            let forms: Vec<String> = forms.iter().map(|f| f.to_string()).collect();
            crate::lexicon::verb_forms(lemma, &forms)
        })
        .collect()
});

/// Whether a trigger given as a verb is used as a noun here: "a deadly
/// attack", "the raids", "Russia's strike".
fn used_as_noun(s: &Sentence<'_>, first: usize) -> bool {
    // "the commission said": "the" is the speaker's.
    if s.toks[first].lower.ends_with("ed")
        || s.is_any(first, &["said", "told", "says", "tells"])
        || s.mentions.iter().any(|m| m.end == first && !m.possessive && !m.modifier)
    {
        return false;
    }
    // "organizing meeting", "launched attacks": the object of a verb; but
    // "had met", "has struck" are perfect tenses.
    if first > 0 && SUPPORT_VERBS.contains(s.w(first - 1)) {
        let perfect =
            s.is_any(first - 1, &["had", "has", "have"]) && !s.toks[first].lower.ends_with('s');
        return !perfect;
    }
    let mut k = first;
    for _ in 0..4 {
        if k == 0 {
            return false;
        }
        k -= 1;
        let t = &s.toks[k];
        if t.shape == Shape::Possessive || s.cue(k, Cues::DETERMINER) {
            return true;
        }
        if t.is_punct('-') {
            continue;
        }
        if t.shape == Shape::Punct
            || s.cue(k, Cues::PREPOSITION)
            || t.is_any(&[
                "to", "will", "would", "not", "have", "has", "had", "be", "been", "was", "were",
                "is", "are", "did", "do", "does", "can", "could", "may", "might", "must", "should",
                "also", "and", "or", "who", "which", "that", "they", "we", "he", "she", "it",
            ])
        {
            return false;
        }
    }
    false
}

/// Who takes part: the subject of a verb (or of the verb a noun is the
/// object of), the possessor and modifiers of a noun, the other side and
/// the target after the trigger, as the kind's frame says.
fn participants(
    s: &Sentence<'_>,
    first: usize,
    end: usize,
    noun: bool,
    frame: &Frame,
) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::new();
    let push = |out: &mut Vec<Part>, actor: usize, role: Role, weak: bool| {
        if !out.iter().any(|p| p.actor == actor) {
            out.push(Part { actor, role, weak });
        }
    };
    if frame.agents {
        if noun {
            // Possessor and modifiers: "Trump's tweet", "their call", "the
            // US airstrike", "Russian-led talks".
            let mut k = first;
            while k > 0 && first - k < 5 {
                let Some(m) = s.mentions.iter().find(|m| m.end == k) else {
                    let t = &s.toks[k - 1];
                    let quote = t.shape == Shape::Punct
                        && matches!(t.text, "\"" | "“" | "”" | "'" | "‘" | "’");
                    if !quote
                        && (t.shape != Shape::Word
                            || s.cue(k - 1, Cues::DETERMINER | Cues::PREPOSITION))
                    {
                        break;
                    }
                    k -= 1;
                    continue;
                };
                // A name before a noun modifies it only as a possessor, a
                // country ("the US strike"), or an institution right before
                // it ("the FBI investigation").
                let adjacent = m.end == first;
                let modifies = m.possessive
                    || m.modifier
                    || (!m.pronoun
                        && adjacent
                        && (m.first == 0 || s.cue(m.first - 1, Cues::DETERMINER)));
                if !modifies {
                    break;
                }
                let group: Vec<&Mention> =
                    s.mentions.iter().filter(|n| n.first == m.first).collect();
                for n in &group {
                    let weak = n.modifier && !n.possessive;
                    // "her appointment", "his ouster": the one appointed or
                    // removed.
                    let role = if n.possessive && frame.possessor_target {
                        Role::Target
                    } else {
                        Role::Agent
                    };
                    push(&mut out, n.actor, role, weak);
                }
                // "the US": the determiner ends the noun phrase.
                if m.possessive || m.pronoun || s.cue(m.first, Cues::DETERMINER) {
                    break;
                }
                k = m.first;
            }
            // "talks between the Russian and US leaders"
            if s.is_any(end, &["between", "among"]) {
                // The list ends at a break, or at a comma with no "and"
                // after it: "calls between the suspects, prosecutors said"
                // is not between the prosecutors.
                let limit = (end + 1..(end + 9).min(s.toks.len()))
                    .find(|&k| {
                        s.is_break(k)
                            || (s.toks[k].is_punct(',')
                                && !(k + 1..(end + 9).min(s.toks.len()))
                                    .any(|j| s.is_any(j, &["and", "&"])))
                    })
                    .unwrap_or(end + 9);
                for m in s.mentions.iter().filter(|m| m.first > end && m.first < limit) {
                    push(&mut out, m.actor, Role::Agent, false);
                }
            }
            // The subject of a support verb: "they held talks".
            if out.iter().all(|p| p.weak) {
                if let Some(v) = support_verb(s, first) {
                    for a in subject(s, v) {
                        push(&mut out, a, Role::Agent, false);
                    }
                }
            }
        } else {
            // "Garnier was arrested by police": the subject of a passive
            // is what the act is done to.
            let role = if passive(s, first) { Role::Target } else { Role::Agent };
            let inverted = inverted_speaker(s, first);
            for a in subject(s, first).into_iter().filter(|_| !inverted) {
                push(&mut out, a, role, false);
            }
            if inverted {
                let speaker = s.mentions.iter().find(|m| speaker_after(s, first, m) && !m.pronoun);
                if let Some(m) = speaker {
                    push(&mut out, m.actor, Role::Agent, false);
                }
            }
        }
    }
    // A passive: "was killed by X", "attacks by X".
    if s.is_any(end, &["by"]) {
        let by = s
            .mentions
            .iter()
            .find(|m| m.first == end + 1 || (m.first == end + 2 && s.is_any(end + 1, &["the"])));
        if let Some(m) = by {
            push(&mut out, m.actor, Role::Agent, false);
        }
    }
    // The other side and the target, after the trigger within the clause.
    let mut k = end;
    // "marched on Whitehall": a place the trigger's "on" leads to is no
    // object.
    let on_place = end > 0 && on_a_place(s, end - 1).is_some_and(|(from, _)| from == end);
    let mut role = if noun || on_place { None } else { frame.object };
    while k < s.toks.len() && k < end + 12 {
        if s.is_break(k) || s.cue(k, Cues::CLAUSE_OPENER) || s.toks[k].is("following") {
            break;
        }
        if s.toks[k].is_punct(',') && role.is_some() {
            // "arrested the factory manager, Jalal Hossain, on Monday": a
            // name in apposition to an object that named no one.
            let named = out.iter().any(|p| Some(p.role) == role);
            let apposed = s.mentions.iter().find(|m| {
                m.first == k + 1
                    && !m.pronoun
                    && (m.end == s.toks.len()
                        || s.toks[m.end].is_punct(',')
                        || s.toks[m.end].is_punct('.'))
            });
            if let (Some(m), Some(r), false) = (apposed, role, named) {
                if (end..k).any(|j| s.toks[j].shape == Shape::Word && !s.toks[j].capitalized()) {
                    push(&mut out, m.actor, r, false);
                }
            }
            break;
        }
        match s.w(k) {
            "with" | "between" | "among" => role = Some(Role::Other),
            "to" if frame.to_other && k == end => role = Some(Role::Other),
            "on" if on_a_place(s, k).is_some() => role = None,
            "on" | "against" if frame.targets => role = Some(Role::Target),
            "of" | "into" if frame.of_target => role = Some(Role::Target),
            "and" | "or" | "the" | "a" | "an" => {}
            _ if s.cue(k, Cues::PREPOSITION) => role = None,
            _ => {}
        }
        if let Some(m) = s.mentions.iter().find(|m| m.first == k && !m.possessive) {
            if let Some(r) = role {
                // A pronoun is not a target; a modifier is only one.
                let wrong = if r == Role::Target { m.pronoun } else { m.modifier };
                if !wrong {
                    for n in s.mentions.iter().filter(|n| n.first == k) {
                        push(&mut out, n.actor, r, false);
                    }
                }
            }
            k = m.end;
            continue;
        }
        k += 1;
    }
    out
}

/// The support verb a noun is the object of, within a few words: "held
/// talks", "agreed to a face-to-face meeting", "ordered the strikes".
fn support_verb(s: &Sentence<'_>, first: usize) -> Option<usize> {
    let mut k = first;
    while k > 0 && first - k < 6 {
        k -= 1;
        let t = &s.toks[k];
        if t.shape == Shape::Word && SUPPORT_VERBS.contains(&*t.lower) {
            return Some(k);
        }
        if t.shape == Shape::Punct && !t.is_punct('-')
            || (s.cue(k, Cues::PREPOSITION) && !t.is("to"))
            || s.mentions.iter().any(|m| m.first <= k && k < m.end)
        {
            return None;
        }
    }
    None
}

/// The word that opens a participle's clause, when the verb at `first` is
/// one with no subject of its own: "after accusing", "while visiting",
/// "despite having (previously) warned".
fn participle_opener(s: &Sentence<'_>, first: usize) -> Option<usize> {
    const OPENERS: &[&str] =
        &["after", "before", "while", "since", "despite", "by", "when", "without", ","];
    let before = first.checked_sub(1)?;
    if s.toks[first].lower.ends_with("ing") {
        return s.is_any(before, OPENERS).then_some(before);
    }
    // A perfect participle, an adverb at most between: "having warned".
    let adverb = s.toks[before].lower.len() > 4 && s.toks[before].lower.ends_with("ly");
    let having = if adverb { before.checked_sub(1)? } else { before };
    let opener = having.checked_sub(1)?;
    (s.toks[having].is("having") && s.is_any(opener, OPENERS)).then_some(opener)
}

/// The subject of the main clause after a clause that opens the sentence
/// (`opener` is its first word): the names right after the comma that
/// closes it, before their verb. "Despite having warned against it, Mr
/// Trump ordered the strikes."
fn fronted_subject(s: &Sentence<'_>, opener: usize, end: usize) -> Vec<usize> {
    let opens_sentence =
        opener == 0 || (opener == 1 && s.toks[0].shape == Shape::Punct && !s.toks[0].is_punct(','));
    if !opens_sentence {
        return Vec::new();
    }
    let Some(comma) =
        (end..s.toks.len()).take_while(|&k| !s.is_break(k)).find(|&k| s.toks[k].is_punct(','))
    else {
        return Vec::new();
    };
    let start = if s.is_any(comma + 1, &["the"]) { comma + 2 } else { comma + 1 };
    let Some(m) = s.mentions.iter().find(|m| m.first == start || m.first == comma + 1) else {
        return Vec::new();
    };
    // The name is the subject when a word that is neither a preposition
    // nor a conjunction follows it: "Mr Trump ordered", not "Mr Trump's
    // advisers" nor a list the fronted clause goes on with ("after meeting
    // X, Y and Z, …").
    let verb_follows = s.toks.get(m.end).is_some_and(|t| {
        t.shape == Shape::Word
            && !s.cue(m.end, Cues::PREPOSITION | Cues::CLAUSE_OPENER)
            && !t.is_any(&["and", "or", "nor"])
    });
    if m.possessive || m.modifier || m.pronoun || !verb_follows {
        return Vec::new();
    }
    s.mentions.iter().filter(|n| n.first == m.first && !n.possessive).map(|n| n.actor).collect()
}

/// The subject of the verb at `verb`: the nearest actors left of it in its
/// clause, with those coordinated with them ("Putin and Trump"), skipping
/// ", who …," clauses, possessors and actors inside prepositional phrases;
/// the antecedent of a relative pronoun ("Putin, who met …"); the people
/// of ", including X and Y," before the verb.
fn subject(s: &Sentence<'_>, verb: usize) -> Vec<usize> {
    if let Some(shared) = coordinated_subject(s, verb) {
        return shared;
    }
    let mut chosen: Vec<usize> = Vec::new();
    let mut k = verb;
    let mut skip_to: Option<usize> = None;
    while k > 0 {
        k -= 1;
        // "the Indian Space Research Organisation (ISRO) said": an acronym
        // in brackets is passed over.
        if k >= 2
            && s.toks[k].is_punct(')')
            && s.toks[k - 2].is_punct('(')
            && s.toks[k - 1].shape == Shape::Word
        {
            k -= 2;
            continue;
        }
        if s.is_break(k) {
            break;
        }
        if let Some(stop) = skip_to {
            // The clause, and the comma that opens it, are passed over.
            if k == stop {
                skip_to = None;
            }
            continue;
        }
        if s.toks[k].is_punct(',') {
            // The comma closes what stands right before the verb, or before
            // its auxiliaries: "Monteiro, 52, was arrested".
            let before_verb = (k + 1..verb).all(|j| {
                s.is_any(j, &["was", "were", "is", "are", "has", "have", "had", "will", "would"])
            });
            let open = (0..k).rev().find(|&j| s.toks[j].is_punct(',') || s.is_break(j));
            if let Some(open) = open {
                if s.is_any(open + 1, &["including"]) && verb - k <= 2 {
                    // "advisers, including X and Y, criticized": the people
                    // included speak for the unnamed group.
                    chosen.extend(
                        s.mentions
                            .iter()
                            .filter(|m| m.first > open && m.end <= k && !m.possessive)
                            .map(|m| m.actor),
                    );
                    return chosen;
                }
                // ", who met Merkel," and appositions right before the verb
                // ("Helen Osei, the U.N. envoy, said") are passed over.
                let relative = s.is_any(open + 1, &["who", "which", "whose", "whom", "according"]);
                // "Fenwick's barrister, Mr Oliver Pound, said": a name that
                // fills the apposition is the subject.
                if !relative && before_verb {
                    let named: Vec<usize> = s
                        .mentions
                        .iter()
                        .filter(|m| {
                            m.end == k
                                && m.first > open
                                && !m.possessive
                                && !m.modifier
                                // Not "Karl Otto, the mayor of Berlin,
                                // resigned": a place the role is of.
                                && !(open + 1..m.first)
                                    .any(|j| s.is_any(j, &["of", "in", "at", "from", "for"]))
                        })
                        .map(|m| m.actor)
                        .collect();
                    if !named.is_empty() {
                        return named;
                    }
                }
                if relative || before_verb {
                    skip_to = Some(open);
                    continue;
                }
            }
            // Any other comma ends the clause: "…, officials said".
            break;
        }
        if let Some(m) = s.mentions.iter().find(|m| m.end == k + 1 && !m.possessive) {
            let in_pp = m.first > 0 && s.cue(m.first - 1, Cues::PREPOSITION);
            if in_pp {
                k = m.first;
                continue;
            }
            // "top American officials sharply condemning": a country
            // modifying the subject's head speaks for it.
            if m.modifier {
                let plain = verb - m.end <= 3
                    && (m.end..verb).all(|j| {
                        s.toks[j].shape == Shape::Word
                            && !s.cue(j, Cues::PREPOSITION | Cues::DETERMINER | Cues::CLAUSE_OPENER)
                    });
                if !plain {
                    k = m.first;
                    continue;
                }
            }
            chosen.extend(s.mentions.iter().filter(|n| n.first == m.first).map(|n| n.actor));
            // Coordinated subjects: "Putin and Trump", "X, Y and Z", and
            // over a title before the second name: "Markus Felder and
            // Deutsche Bahn personnel chief Sabine Wirth".
            let mut j = m.first;
            let titled_and = (m.first.saturating_sub(6)..m.first).rev().find(|&a| {
                s.is_any(a, &["and"])
                    && (a + 1..m.first).all(|k| {
                        s.toks[k].shape == Shape::Word
                            && !s.cue(k, Cues::PREPOSITION | Cues::CLAUSE_OPENER | Cues::DETERMINER)
                    })
                    && s.mentions.iter().any(|n| n.end == a && !n.possessive && !n.modifier)
            });
            if let Some(a) = titled_and {
                j = a + 1;
            }
            loop {
                // Over an article: "The Centre Alliance and the Green Left".
                let j0 = if j >= 1 && s.is_any(j - 1, &["the"]) { j - 1 } else { j };
                let joined = j0 >= 2
                    && (s.is_any(j0 - 1, &["and"])
                        || (s.is_any(j0 - 1, &[","]) && chosen.len() > 1));
                if !joined {
                    break;
                }
                match s.mentions.iter().find(|n| n.end == j0 - 1 && !n.possessive) {
                    Some(n) => {
                        chosen.push(n.actor);
                        j = n.first;
                    }
                    None => break,
                }
            }
            chosen.reverse();
            return chosen;
        }
        let t = &s.toks[k];
        // "Putin, who met …", "the attack that killed …": the antecedent.
        if t.is_any(&["who", "that", "which"]) {
            let mut j = k;
            if j > 0 && s.toks[j - 1].is_punct(',') {
                j -= 1;
            }
            return s
                .mentions
                .iter()
                .filter(|m| m.end == j && !m.possessive && !m.modifier)
                .map(|m| m.actor)
                .collect();
        }
        // "Kupka said the inspectors had opened an investigation": the
        // speaker is not the subject of what is reported.
        if s.cue(k, Cues::CLAUSE_OPENER) || t.is("it") || t.is_any(SAYING) {
            break;
        }
    }
    chosen
}

/// Words that end the name of a street or an open space: "Main Street",
/// "College Green", "Tahrir Square".
static STREET_WORDS: WordSet = WordSet::new(&[
    "Avenue",
    "Boulevard",
    "Bridge",
    "Common",
    "Embankment",
    "Green",
    "Hill",
    "Lane",
    "Mall",
    "Parade",
    "Plaza",
    "Road",
    "Square",
    "Street",
]);

/// Verbs after which "on" leads to where people go: "marched on the
/// capital".
const MOVING_ON: &[&str] =
    &["march", "marched", "marches", "marching", "converge", "converged", "converging"];

/// The place "on" at `k` leads to, as a token range: a street or an open
/// space ("held a vigil on College Green", "gathered on Main Street"), or
/// any name after a verb of moving ("marched on Whitehall"). Such a place
/// is where the event is, never its target.
fn on_a_place(s: &Sentence<'_>, k: usize) -> Option<(usize, usize)> {
    if !s.is_any(k, &["on"]) {
        return None;
    }
    let start = k + 1;
    let words = s.toks[start..]
        .iter()
        .take(4)
        .take_while(|t| t.shape == Shape::Word && t.capitalized())
        .count();
    if words > 0 && STREET_WORDS.contains(s.toks[start + words - 1].text) {
        return Some((start, start + words));
    }
    if k > 0 && s.is_any(k - 1, MOVING_ON) {
        let place = s.places.iter().find(|p| p.first == start).map(|p| (p.first, p.end));
        return place.or_else(|| {
            s.mentions.iter().find(|m| m.first == start && !m.pronoun).map(|m| (m.first, m.end))
        });
    }
    None
}

/// The subject a verb right after "and" or "but" shares with the verb
/// before: that of the clause the conjunction goes on with, a name opening
/// it before a word in lower case ("Jones denied the allegations but said
/// …", "Ford cut 200 jobs and said …"). Not past a comma, a clause opener
/// or a verb of saying, whose clause may have another subject.
fn coordinated_subject(s: &Sentence<'_>, verb: usize) -> Option<Vec<usize>> {
    let conj = verb.checked_sub(1)?;
    if !s.is_any(conj, &["and", "but"]) || s.toks[verb].capitalized() {
        return None;
    }
    let from = conj.saturating_sub(16);
    let opener = (from..conj).rev().find(|&k| {
        s.is_break(k)
            || s.toks[k].shape == Shape::Punct
            || s.cue(k, Cues::CLAUSE_OPENER)
            || s.is_any(k, SAYING)
            || s.is_any(k, &["but", "or"])
            // "and" opens a clause unless it joins names: "Trump and Putin
            // make plans … and agree".
            || (s.is_any(k, &["and"]) && !s.mentions.iter().any(|m| m.end == k))
    });
    let start = match opener {
        Some(k) => k + 1,
        None if from == 0 => 0,
        None => return None,
    };
    // A country before its verb reads as a modifier ("Russia seized"), and
    // is taken all the same.
    let opening = |at: usize| {
        let at = if s.is_any(at, &["the"]) { at + 1 } else { at };
        s.mentions.iter().find(|m| (m.first == at || m.first + 1 == at) && !m.possessive)
    };
    let m = opening(start)?;
    let mut chosen: Vec<usize> =
        s.mentions.iter().filter(|n| n.first == m.first).map(|n| n.actor).collect();
    let mut end = m.end;
    // Names joined by "and": "Trump and Putin make plans … and agree".
    while s.is_any(end, &["and"]) {
        let Some(n) = opening(end + 1) else { break };
        chosen.extend(s.mentions.iter().filter(|o| o.first == n.first).map(|o| o.actor));
        end = n.end;
    }
    let verb_after = s.toks.get(end).is_some_and(|t| {
        t.shape == Shape::Word
            && !t.capitalized()
            && !s.cue(end, Cues::PREPOSITION | Cues::CLAUSE_OPENER | Cues::DETERMINER)
            && !t.is_any(&["and", "or", "nor"])
    });
    (verb_after && end < conj).then_some(chosen)
}

/// A target named by a phrase: "on a Syrian government airbase", "against
/// Syrian government targets".
fn target_phrase(s: &Sentence<'_>, end: usize) -> Option<String> {
    let mut k = end;
    // Skip a direct object's article: "ordered the strikes against …".
    // "kept its rates on hold": a state, not a target.
    if !s.is_any(k, &["on", "against"])
        || s.is_any(k + 1, &["hold", "track", "course", "schedule"])
        || on_a_place(s, k).is_some()
    {
        return None;
    }
    k += 1;
    let start = k;
    while k < s.toks.len()
        && !s.in_timex(k)
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
                // "comment on the recall during an earnings call": the
                // occasion is not the target.
                "during",
                "amid",
                "despite",
                // "talks on a trade chapter will resume": the verb is not
                // the target's.
                "is",
                "are",
                "was",
                "were",
                "has",
                "have",
                "had",
            ],
        )
        && !s.is_any(k, MODALS)
        && k - start < 8
    {
        k += 1;
    }
    // Not an article alone: "agreed on a \"roadmap\"" stops at the quote.
    let named = (start..k).any(|j| s.toks[j].shape == Shape::Word && !s.cue(j, Cues::DETERMINER));
    named.then(|| s.toks[start..k].iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}

/// Where: a place after "in", "at", "near", "outside", "from" in the
/// clause after the trigger (after "to" too, for a visit: "will travel to
/// Brussels", "visited Berlin"), or before it at the clause's start.
fn place_of(
    s: &Sentence<'_>,
    first: usize,
    end: usize,
    noun: bool,
    toward: bool,
) -> Option<PlaceMention> {
    // A noun's relative clause still speaks of it: "talks that begin
    // Wednesday in Kazakhstan".
    let clause_end = |t: &Token<'_>| {
        t.is_punct(',')
            || (!noun && t.is_any(&["that", "which", "who"]))
            || t.is_any(&["and", "but"])
    };
    // The word before a place, over a compass word: "in northern Italy".
    let before = |p: &PlaceMention| {
        let k = p.first.checked_sub(1)?;
        let compass = s.toks[k].lower.ends_with("ern") || s.is_any(k, &["central", "coastal"]);
        if compass { k.checked_sub(1) } else { Some(k) }
    };
    let after = s.places.iter().find(|p| {
        if p.first < end || p.first > end + 10 {
            return false;
        }
        // "visited Berlin": the place a visit goes to, right after it.
        if toward && p.first == end {
            return true;
        }
        let Some(k) = before(p).filter(|&k| k >= end) else { return false };
        (s.is_any(k, &["in", "at", "near", "outside"])
                || (toward && s.is_any(k, &["to"]))
                // "an earthquake struck eastern Turkey", "a storm hit Japan".
                || (noun
                    && s.is_any(
                        k,
                        &[
                            "struck", "hit", "hits", "strikes", "rocked", "rocks", "battered",
                            "lashed", "ravaged", "pounded", "shook", "swept",
                        ],
                    )))
            && !s.toks[end..p.first].iter().any(clause_end)
    });
    // "held a vigil on College Green", "marched on Whitehall".
    let on_place = || {
        // Right after the trigger, or its own last word: "march on". Not
        // a later verb's: "port strike: … workers march on Westminster".
        (end.saturating_sub(1)..(end + 1).min(s.toks.len()))
            .find_map(|k| on_a_place(s, k))
            .filter(|&(from, _)| from >= end)
            .map(|(from, to)| match s.places.iter().find(|p| p.first == from && p.end == to) {
                Some(known) => known.clone(),
                None => PlaceMention {
                    first: from,
                    end: to,
                    name: join_name(&s.toks[from..to]),
                    country: None,
                },
            })
    };
    after.cloned().or_else(on_place).or_else(|| {
        s.places
            .iter()
            .rev()
            .find(|p| {
                p.end <= first
                    && before(p).is_some_and(|k| s.is_any(k, &["in", "at"]))
                    && first - p.end <= 6
                    && !(p.end..first)
                        .any(|j| s.toks[j].shape == Shape::Punct || s.cue(j, Cues::CLAUSE_OPENER))
            })
            .cloned()
    })
}

/// Whether the first copula after a noun, past its modifiers and within
/// its clause (not past a comma, a relative pronoun or a conjunction that
/// may start another clause), says it is going on: "is under way", "were ongoing", "was
/// in progress".
fn is_under_way(s: &Sentence<'_>, end: usize) -> bool {
    let stop = (end + 12).min(s.toks.len());
    (end..stop)
        .take_while(|&j| {
            !s.is_break(j)
                && !s.toks[j].is_punct(',')
                && !s.is_any(j, &["that", "which", "who", "and", "but", "or", "while", "as"])
        })
        .find(|&j| s.is_any(j, &["is", "are", "was", "were"]))
        .is_some_and(|j| {
            // "Fighting is still raging", "fires were still burning".
            let still_going = s.is_any(j + 1, &["still"])
                && s.toks.get(j + 2).is_some_and(|t| t.lower.ends_with("ing") && t.lower.len() > 5);
            let j = if s.is_any(j + 1, &["still", "now", "already"]) { j + 1 } else { j };
            still_going
                || s.is_any(j + 1, &["underway", "ongoing", "continuing"])
                || s.is_any(j + 1, &["under"]) && s.is_any(j + 2, &["way"])
                || s.is_any(j + 1, &["in"]) && s.is_any(j + 2, &["progress"])
        })
}

/// Classes of words the analysis of a trigger's clause asks about, as
/// bits: those that bear on its status (denial, negation…) and those that
/// shape the clause (prepositions, determiners…). Each token of a sentence
/// with a trigger is looked up once; the words around every trigger are
/// then tested by bit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Cues(u16);

impl std::ops::BitOr for Cues {
    type Output = Cues;

    fn bitor(self, other: Cues) -> Cues {
        Cues(self.0 | other.0)
    }
}

impl Cues {
    /// "denied that …", "rejected the deal".
    const DENIAL: Cues = Cues(1);
    /// "not", "never", "without".
    const NEGATOR: Cues = Cues(2);
    /// "if", "could", "might", "threatened".
    const HYPOTHETICAL: Cues = Cues(4);
    /// "accusing", "allegedly", "claimed".
    const REPORTED: Cues = Cues(8);
    /// [`PREPOSITIONS`].
    const PREPOSITION: Cues = Cues(16);
    /// [`CLAUSE_OPENERS`].
    const CLAUSE_OPENER: Cues = Cues(32);
    /// [`DETERMINERS`].
    const DETERMINER: Cues = Cues(64);
    /// [`NUMBER_WORDS`].
    const NUMBER: Cues = Cues(128);

    const WORDS: &[(Cues, &[&str])] = &[
        (
            Cues::DENIAL,
            &["denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed"],
        ),
        (
            Cues::NEGATOR,
            &["no", "not", "never", "without", "n't", "didn't", "did", "nor", "neither", "cannot"],
        ),
        (
            Cues::HYPOTHETICAL,
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
                // "were unlikely to clash", "would consider an appeal"
                "unlikely",
                "consider",
                "considers",
                "considering",
            ],
        ),
        (
            Cues::REPORTED,
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
        ),
        (Cues::PREPOSITION, PREPOSITIONS),
        (Cues::CLAUSE_OPENER, CLAUSE_OPENERS),
        (Cues::DETERMINER, DETERMINERS),
        (Cues::NUMBER, NUMBER_WORDS),
    ];

    /// The cues of a lowercase word.
    fn of(word: &str) -> Cues {
        static TABLE: LazyLock<FxHashMap<&'static str, u16>> = LazyLock::new(|| {
            let mut table: FxHashMap<&'static str, u16> = FxHashMap::default();
            for (cue, words) in Cues::WORDS {
                for w in *words {
                    *table.entry(w).or_default() |= cue.0;
                }
            }
            table
        });
        Cues(TABLE.get(word).copied().unwrap_or(0))
    }
}

/// How sure the text is: denied, negated, hypothetical, planned, ongoing,
/// reported or occurred, from the words governing the trigger.
fn status(s: &Sentence<'_>, first: usize, end: usize, noun: bool, definite: bool) -> Status {
    // "The talks failed, said Ana Lopez": the saying has no clause of its
    // own before it to qualify it.
    if !noun && inverted_speaker(s, first) {
        return Status::Occurred;
    }
    let found = clause_status(s, first, end, noun, definite);
    // "If no candidate wins within 30 days, an early election will be
    // held in September": the sentence is a condition and what follows
    // from it; not "If anything, the talks made progress", nor "If the
    // army respects the truce", a truce taken as given.
    let opens = s.toks[..first].iter().position(|t| t.shape != Shape::Punct);
    let conditional = opens.is_some_and(|k| {
        s.is_any(k, &["if", "unless"]) && !s.is_any(k + 1, &["anything", "so", "not", "only"])
    });
    if conditional
        && !definite
        && matches!(found, Status::Planned | Status::Occurred)
        && !s.is_any(first, SAYING)
    {
        return Status::Hypothetical;
    }
    if found != Status::Planned {
        return found;
    }
    // The rest of the clause, up to its end.
    let right = (end..(end + 12).min(s.toks.len()))
        .take_while(|&k| !s.is_break(k) && !s.toks[k].is_punct('.'));
    // "will veto the law if it reaches her desk": only on a condition.
    if right.clone().any(|k| s.is_any(k, &["if", "unless"])) {
        return Status::Hypothetical;
    }
    // "A previous attempt to pass the bill failed in 2022".
    let attempt = (first.saturating_sub(3)..first).any(|k| {
        s.is_any(k, &["attempt", "attempts", "bid", "bids", "effort", "efforts"])
            && s.is_any(k + 1, &["to"])
    });
    if attempt
        && right.into_iter().any(|k| s.is_any(k, &["failed", "fails", "collapsed", "foundered"]))
    {
        return Status::Negated;
    }
    found
}

/// Whether the "to" at `j` follows a verb that made someone do it, over
/// its object: "fires that have forced thousands of people to flee",
/// "compelled the crew to turn back". The act was done; not "could have
/// forced them to flee".
fn forced_to(s: &Sentence<'_>, j: usize) -> bool {
    let object = |k: usize| {
        s.toks[k].shape != Shape::Punct && !s.cue(k, Cues::CLAUSE_OPENER | Cues::PREPOSITION)
            || s.is_any(k, &["of"])
    };
    let Some(f) = (j.saturating_sub(7)..j.saturating_sub(1))
        .rev()
        .take_while(|&k| object(k + 1))
        .find(|&k| s.is_any(k, &["forced", "compelled", "obliged"]))
    else {
        return false;
    };
    let modal =
        (f.saturating_sub(3)..f).any(|k| s.is_any(k, MODALS) || s.cue(k, Cues::HYPOTHETICAL));
    let passive = f > 0 && s.is_any(f - 1, &["be", "being", "get", "gets", "got"]);
    !modal && !passive
}

/// The status the clause before and around a trigger gives it.
fn clause_status(s: &Sentence<'_>, first: usize, end: usize, noun: bool, definite: bool) -> Status {
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
    // Within the trigger's own clause: not past "which", "who" or a comma.
    let own_clause = |n: usize| {
        left.iter()
            .take(n)
            .copied()
            .take_while(|&j| !s.is_any(j, &["which", "who"]) && !s.toks[j].is_punct(','))
    };
    // "If the appeal is rejected": a condition, whatever its verb says.
    if near(3).any(|j| s.is_any(j, &["if", "unless"])) {
        return Status::Hypothetical;
    }
    // "said a walkout would cost the economy millions", "a prolonged
    // walkout would hurt exporters": what one would do.
    let indefinite = (first > 0 && s.is_any(first - 1, &["a", "an"]))
        || (first > 1
            && s.is_any(first - 2, &["a", "an"])
            && s.toks[first - 1].shape == Shape::Word
            && !s.toks[first - 1].capitalized());
    if noun && indefinite && s.is_any(end, &["would", "could", "might"]) {
        return Status::Hypothetical;
    }
    // "A reshuffle that had been expected for December will not take
    // place": called off, across the relative clause; not past a comma or
    // a conjunction, to another event's clause.
    let right = (end..(end + 12).min(s.toks.len())).take_while(|&k| {
        !s.is_break(k) && s.toks[k].shape != Shape::Punct && !s.is_any(k, &["and", "but", "while"])
    });
    if right.clone().any(|k| {
        s.is_any(k, &["not", "never"])
            && (s.is_any(k + 1, &["take", "took", "go", "went"])
                && s.is_any(k + 2, &["place", "ahead"])
                || s.is_any(k + 1, &["happen", "happened"]))
    }) {
        return Status::Negated;
    }
    // "remanded until the appeal is heard", "pending a trial": still to come.
    if noun && near(3).any(|j| s.is_any(j, &["until", "pending", "awaiting"])) {
        return Status::Planned;
    }
    // "an evacuation of 4,000 residents was under way": the copula after a
    // noun and its modifiers says it is going on.
    // "has been under investigation since 2024", "remains under siege";
    // not "came under attack", which happened.
    // Not a noun inside another's phrase: "An inquiry into the attack on
    // the embassy is under way".
    let in_phrase = || {
        let k = noun_phrase_start(s, first);
        let k = if k > 0 && s.is_any(k - 1, &["a", "an", "the"]) { k - 1 } else { k };
        k > 0 && s.cue(k - 1, Cues::PREPOSITION)
    };
    let subject = noun || s.is_any(end, &["is", "are", "was", "were"]);
    if subject && is_under_way(s, end) && !(noun && in_phrase())
        || noun
            && first > 1
            && s.is_any(first - 1, &["under"])
            && s.is_any(
                first - 2,
                &[
                    "is", "are", "was", "were", "been", "be", "remains", "remain", "remained",
                    "still",
                ],
            )
    {
        return Status::Ongoing;
    }
    // "the now-cancelled deal", "cancelled a planned trip", "the deal was
    // called off", "a visit to Washington in February was cancelled".
    let cancelled = [
        "cancelled",
        "canceled",
        "scrubbed",
        "cancels",
        "scraps",
        "abandons",
        "scrapped",
        "aborted",
        "abandoned",
        "now-cancelled",
        "failed",
        "averted",
        "averting",
        "prevented",
        // "the regulator blocked the proposed merger"
        "blocked",
        "blocks",
        "vetoed",
        "vetoes",
    ];
    let called_off = |j: usize| {
        s.is_any(
            j,
            &["cancelled", "canceled", "scrapped", "scrubbed", "rejected", "aborted", "abandoned"],
        ) || (s.is_any(j, &["called", "call"]) && s.is_any(j + 1, &["off"]))
    };
    // The copula of the clause the noun is the subject of, over its
    // modifiers.
    // Across a participle's aside between commas: "A planned visit,
    // scheduled for this weekend, was cancelled".
    let mut j = end;
    let mut copula = None;
    // Words of asides skipped, which do not count towards the limit.
    let mut skipped = 0;
    while j < s.toks.len() && j < end + 30 && !s.is_break(j) {
        if s.toks[j].is_punct(',') {
            let aside = s.toks.get(j + 1).is_some_and(|t| t.lower.ends_with("ed"))
                || s.is_any(
                    j + 1,
                    &[
                        "set",
                        "due",
                        "which",
                        "where",
                        "who",
                        "originally",
                        "initially",
                        "previously",
                    ],
                );
            match (j + 2..(j + 16).min(s.toks.len())).find(|&k| s.toks[k].is_punct(',')) {
                Some(close) if aside => {
                    skipped += close + 1 - j;
                    j = close + 1;
                }
                _ => break,
            }
            continue;
        }
        if s.is_any(j, &["was", "were", "been", "is", "are"]) {
            copula = Some(j);
            break;
        }
        if j >= end + 10 + skipped {
            break;
        }
        j += 1;
    }
    let passive_cancelled = copula.is_some_and(|j| {
        let j = if s.is_any(j + 1, &["been"]) { j + 1 } else { j };
        called_off(j + 1)
            || (s.is_any(j + 1, &["later", "then", "subsequently"]) && called_off(j + 2))
    });
    let calls_off = |j: usize| {
        j > 0 && s.is_any(j, &["off"]) && s.is_any(j - 1, &["called", "call", "calls", "calling"])
    };
    // "cancelled the strike", not "services cancelled on strike days".
    // Nor "strike called off after last-minute deal".
    let governs =
        |j: usize| !(j + 1..first).any(|k| s.cue(k, Cues::PREPOSITION | Cues::CLAUSE_OPENER));
    // "German rail strike called off", "summit scrapped": a headline's
    // participle right after the noun.
    let called_off_after = noun
        && ((s.is_any(end, &["called"]) && s.is_any(end + 1, &["off"]))
            || s.is_any(
                end,
                &["cancelled", "canceled", "scrapped", "scrubbed", "axed", "shelved", "abandoned"],
            ));
    // "have suspended a 48-hour strike", "talks were suspended": not a
    // suspended sentence, which is handed down, nor an offer "to suspend".
    let suspends = |j: usize| {
        s.is_any(j, &["suspended", "suspends"]) && !s.is_any(first, &["sentence", "sentences"])
    };
    let passive_suspended = copula.is_some_and(|j| suspends(j + 1));
    if near(3).any(|j| (s.is_any(j, &cancelled) || calls_off(j) || suspends(j)) && governs(j))
        || (noun && (passive_cancelled || passive_suspended))
        || called_off_after
    {
        return Status::Negated;
    }
    // "delays a vote", "postponed the summit": still to come; so is what
    // one tries to avert ("in an attempt to avert the strike").
    if noun
        && near(3).any(|j| {
            (s.is_any(j, PUT_OFF) || s.is_any(j, &["avert", "prevent", "avoid"])) && governs(j)
        })
    {
        return Status::Planned;
    }
    // "the summit was postponed": still to come, at another time; so is
    // "the vote had been scheduled for Tuesday but was postponed".
    let put_off_at = |j: usize| {
        s.is_any(j, PUT_OFF)
            || (s.is_any(j, &["put", "pushed"]) && s.is_any(j + 1, &["off", "back"]))
    };
    let but_was = |f: &dyn Fn(usize) -> bool| {
        noun && (end..(end + 12).min(s.toks.len()))
            .any(|k| s.is_any(k, &["but"]) && s.is_any(k + 1, &["was", "were"]) && f(k + 2))
    };
    if but_was(&called_off) {
        return Status::Negated;
    }
    let postponed = copula.is_some_and(|j| put_off_at(j + 1)) || but_was(&put_off_at);
    // "His trial is due to open on February 6", "the talks are expected
    // to resume": a noun whose clause looks ahead.
    let ahead = copula.is_some_and(|j| {
        s.is_any(j, &["is", "are"])
            && (s.is_any(j + 1, &["due", "expected", "scheduled", "slated"])
                || (s.is_any(j + 1, &["set", "likely"]) && s.is_any(j + 2, &["to", "for"])))
    });
    // "His trial has not yet been scheduled", "the vote is yet to be
    // held": not held so far.
    let not_yet = || {
        let mut j = end;
        if s.is_any(j, &["has", "have", "had", "is", "are", "was", "were"]) {
            j += 1;
        }
        if s.is_any(j, &["yet"]) && s.is_any(j + 1, &["to"]) {
            j > end
        } else if s.is_any(j, &["not"]) && j > end {
            // "has not been held" is a plan dropped; "not yet", one to come.
            let yet = s.is_any(j + 1, &["yet"]);
            let j = if yet { j + 2 } else { j + 1 };
            s.is_any(j, &["been"])
                && (s.is_any(j + 1, &["scheduled", "set", "fixed", "arranged"])
                    || (yet && s.is_any(j + 1, &["held", "called"])))
        } else {
            false
        }
    };
    if noun && (postponed || ahead || not_yet()) {
        return Status::Planned;
    }
    // "is expected to sign the accord", "will attend the summit": the verb
    // a definite noun is the object of says whether it is to come.
    if definite {
        if let Some(v) = support_verb(s, first) {
            // "Landlords plan their own rally": what is planned is to come.
            if s.is_any(
                v,
                &["plan", "plans", "planning", "organise", "organize", "organising", "organizing"],
            ) {
                let had = v > 0 && s.is_any(v - 1, &["had"]);
                return if had { Status::Hypothetical } else { Status::Planned };
            }
            let governing = status(s, v, v + 1, false, false);
            // "did not attend the talks", "would not join the summit": one
            // party stays away; the event itself goes on.
            if governing == Status::Negated && s.is_any(v, ATTENDING) {
                let ahead = near(6).any(|j| s.is_any(j, &["will", "would", "won't", "'ll"]));
                return if ahead { Status::Planned } else { Status::Occurred };
            }
            if matches!(governing, Status::Planned | Status::Hypothetical | Status::Negated) {
                return governing;
            }
        }
    }
    // "The election was not held", "the deal has never been signed".
    // Only the verbs that make an event happen: "the attack was not
    // claimed" still happened.
    let negated_passive = || {
        let (j, k) = (end + 1, if s.is_any(end + 2, &["been"]) { end + 3 } else { end + 2 });
        s.is_any(end, &["was", "were", "has", "have", "had"])
            && s.is_any(j, &["not", "never"])
            && (k == end + 3 || s.is_any(end, &["was", "were"]))
            && s.is_any(
                k,
                &[
                    "held",
                    "signed",
                    "completed",
                    "concluded",
                    "reached",
                    "ratified",
                    "approved",
                    "staged",
                    "carried",
                    "finalised",
                    "finalized",
                    "implemented",
                ],
            )
    };
    if noun && negated_passive() {
        return Status::Negated;
    }
    // "The rebels denied the attack": what is denied outright.
    let denied_object =
        first >= 2 && s.cue(first - 1, Cues::DETERMINER) && s.is_any(first - 2, DENY);
    if noun && denied_object {
        return Status::Denied;
    }
    // "the election", "their call": a definite noun takes its event as
    // given; "denied that …" or "whether …" bear on something else.
    if definite {
        for j in own_clause(4) {
            if s.is_any(j, &["planned", "proposed", "upcoming", "scheduled", "next", "future"]) {
                return Status::Planned;
            }
            if s.is_any(j, &["alleged", "reported", "suspected", "claimed"]) {
                return Status::Reported;
            }
        }
        return if s.is_any(end, &["is", "are"])
            && s.is_any(end + 1, &["under", "continuing", "ongoing"])
        {
            Status::Ongoing
        } else {
            Status::Occurred
        };
    }
    // Denied: in the complement of "deny": "denied that Moscow interferes".
    // The denial governs the trigger through "that" or as its object
    // ("denied any ties", "rejected the deal"), not from another clause.
    let reports = ["claims", "reports", "accusations", "allegations"];
    let denial = |j: usize| {
        s.cue(j, Cues::DENIAL)
            && (s.is_any(j + 1, &["that"])
                || s.is_any(j + 1, &reports)
                // "denied a report that Putin would visit"
                || (s.is_any(j + 1, &["a", "the", "any"])
                    && s.is_any(j + 2, &["report", "claim", "suggestion", "rumour", "rumor"]))
                || first - j <= 3)
    };
    // "denied the claims, saying tankers were reaching the front": what
    // follows "saying" is the speaker's own account, not denied.
    // Nor what follows "and said": "denied that his officers had used
    // force and said they had acted with restraint".
    // "denied …, but acknowledged four reports", "denied that its vessels
    // had entered … and accused Manila of provocation": a clause after
    // "but", or a verb of saying or blaming after "and", is the speaker's
    // own too.
    let own_account = |j: usize| {
        (j + 1..=first).any(|k| {
            s.is_any(
                k,
                &["saying", "adding", "insisting", "arguing", "telling", "noting", "stressing"],
            ) || s.is_any(k, &["but"])
                || ((s.is_any(k, SAYING) || s.is_any(k, BLAMING)) && s.is_any(k - 1, &["and"]))
        })
    };
    // "X rejected that claim, a spokesman said": the saying after the
    // comma is not what was denied.
    let attribution =
        |j: usize| s.is_any(first, SAYING) && (j + 1..first).any(|k| s.toks[k].is_punct(','));
    if left.iter().any(|&j| denial(j) && !own_account(j) && !attribution(j))
        && !s.is_any(first, DENY)
    {
        return Status::Denied;
    }
    // Negated: "no", "not", "never", "without", "made no mention of".
    let negator = |j: usize| s.cue(j, Cues::NEGATOR);
    // "did not respond to a request for comment", "did not immediately
    // return requests for comment": the comment asked for was not given,
    // as "declined to comment" says.
    if first >= 2
        && s.is_any(first - 1, &["for"])
        && s.is_any(first - 2, &["request", "requests", "calls", "messages", "inquiries"])
    {
        let asked = first - 2;
        let refused = (asked.saturating_sub(6)..asked)
            .rev()
            .take_while(|&j| !s.toks[j].is_punct(','))
            .any(|j| {
                negator(j)
                    || s.is_any(j, &["failed", "fail", "fails", "refused", "declined", "unable"])
            });
        if refused {
            return Status::Negated;
        }
    }
    for j in near(4) {
        if s.toks[j].is_punct(',') {
            break;
        }
        // "did not attend talks": one party stays away; the event itself
        // goes on.
        if noun && s.is_any(j, ATTENDING) {
            break;
        }
        if negator(j) && !s.is_any(j, &["did"])
            || (s.is_any(j, &["did", "does", "do"]) && s.is_any(j + 1, &["not"]))
        {
            // "if Marchand did not step down": a condition, not a fact.
            let condition = near(8)
                .take_while(|&k| !s.toks[k].is_punct(','))
                .any(|k| s.is_any(k, &["if", "unless"]));
            return if condition { Status::Hypothetical } else { Status::Negated };
        }
        if s.is_any(
            j,
            &[
                "failed",
                "fail",
                "fails",
                "failing",
                "refused",
                "refuse",
                "refuses",
                "refusing",
                "declined",
                "declines",
                "declining",
                "unable",
            ],
        ) && s.is_any(j + 1, &["to"])
        {
            return Status::Negated;
        }
        // "has ruled out talks", "ruled out resigning"; what is not ruled
        // out may yet come.
        let gerund = s.toks[first].lower.ends_with("ing");
        if (noun || gerund)
            && s.is_any(j, &["rule", "rules", "ruled", "ruling"])
            && s.is_any(j + 1, &["out"])
        {
            let not = j > 0 && s.is_any(j - 1, &["not", "never", "n't"]);
            return if not { Status::Hypothetical } else { Status::Negated };
        }
    }
    if s.w(end) == "was" && s.is_any(end + 1, &["not", "never"]) {
        return Status::Negated;
    }
    // Asked for, not done: "called for an independent investigation",
    // "demanded an inquiry", "urged talks", "pressed for a ceasefire".
    if noun {
        // "called for another rally on Monday": its organisers call a
        // protest, which is then planned.
        let protest = s.is_any(
            end - 1,
            &["rally", "rallies", "protest", "protests", "demonstration", "demonstrations"],
        );
        let quote = |k: usize| s.toks[k].is_punct('"') || s.toks[k].is_punct('”');
        for (n, j) in own_clause(5).enumerate() {
            let t = &s.toks[j];
            let asks = t.is_in(&ASKING) || (t.is_in(&ASKING_FOR) && s.is_any(j + 1, &["for"]));
            if asks && n < 4 && protest && t.lower.starts_with("call") {
                return Status::Planned;
            }
            if asks && n < 4 {
                return Status::Hypothetical;
            }
            // "agreed on a roadmap for a ceasefire", "a timetable for
            // talks": what the plan is for is still to come.
            let plan = t.is_any(&[
                "roadmap",
                "plan",
                "plans",
                "framework",
                "blueprint",
                "proposal",
                "proposals",
                "timetable",
                "preparations",
            ]);
            let k = if j + 1 < first && quote(j + 1) { j + 2 } else { j + 1 };
            if plan && s.is_any(k, &["for"]) && n < 5 {
                return Status::Planned;
            }
        }
    }
    // Hypothetical: "if", "could", "might", "would consider"; not across
    // the comma before a verb of saying ("The toll could rise, rescuers
    // said").
    // Nor across a clause of cause or time: "the toll could rise because
    // several workers remain missing".
    let saying = s.is_any(first, SAYING);
    for j in near(8) {
        if saying && s.toks[j].is_punct(',') {
            break;
        }
        let of_cause_or_time = s.cue(j, Cues::CLAUSE_OPENER)
            && !s.is_any(
                j,
                &["if", "unless", "whether", "that", "which", "who", "whom", "whose", "where"],
            );
        if of_cause_or_time {
            break;
        }
        if s.cue(j, Cues::HYPOTHETICAL) && !s.toks[j].capitalized() {
            return Status::Hypothetical;
        }
        if s.is_any(j, &["if", "unless", "whether"]) {
            return Status::Hypothetical;
        }
    }
    // Planned: "will", "would", "plans to", "agreed to a meeting",
    // "expected to", "to meet".
    // Not past a clause of time or cause a past verb opens: "A march
    // planned for Friday was called off after organisers met officials".
    let past_verb = !noun && {
        let w = s.w(first);
        (w.len() > 4 && w.ends_with("ed")) || IRREGULAR_PARTICIPLES.contains(w)
    };
    for (n, j) in own_clause(10).enumerate() {
        let w = s.w(j);
        if past_verb
            && s.cue(j, Cues::CLAUSE_OPENER)
            && s.is_any(j, &["after", "before", "since", "because", "when", "while", "as"])
        {
            break;
        }
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
                | "draft"
                | "must"
        ) {
            return Status::Planned;
        }
        // "to prepare for a summit", "prepared for the talks"
        if s.is_any(j, &["prepare", "prepares", "prepared"]) && s.is_any(j + 1, &["for"]) && noun {
            return Status::Planned;
        }
        // "not to buy aircraft due to EU ban", "closed due to the
        // strike": a cause, not a schedule ("due to hold talks").
        let cause = w == "due"
            && s.is_any(j + 1, &["to"])
            && noun
            && s.toks.get(j + 2).is_some_and(|t| {
                j + 2 == first || s.cue(j + 2, Cues::DETERMINER) || t.capitalized()
            });
        if cause {
            break;
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
                | "hoped"
                | "agreed"
                | "agree"
                | "agrees"
                | "going"
                | "ready"
                | "aims"
                | "needs"
                | "need"
                | "has"
                | "have"
        ) && ((s.is_any(j + 1, &["to", "for", "on"])
            // "needs to be ratified", "has to be approved"; not "has for
            // years".
            && (s.is_any(j + 1, &["to"]) || !matches!(w, "needs" | "need" | "has" | "have")))
            // "Teachers plan strike", "unions plan new walkouts": the
            // plan's object.
            || (noun
                && n < 3
                // Not "announced the plan at a news conference".
                && !(j + 1..first).any(|k| s.cue(k, Cues::PREPOSITION))
                && (matches!(w, "plan" | "plans")
                        || (w == "planning" && j > 0 && s.is_any(j - 1, &["is", "are", "was", "were"])))))
            && n < 6
        {
            // "had hoped to secure a truce": a hope that came to nothing.
            if w == "hoped" || (j > 0 && s.is_any(j - 1, &["had"])) {
                return Status::Hypothetical;
            }
            return Status::Planned;
        }
        // "still negotiating a deal", "seeking a ceasefire": what is
        // worked towards has not happened; "negotiated a truce" has.
        if noun
            && n < 3
            && matches!(
                w,
                "negotiating" | "negotiate" | "negotiates" | "seeking" | "seek" | "seeks"
            )
        {
            return Status::Planned;
        }
        // "Negotiations on a trade agreement are continuing": what talks
        // are about has not happened yet.
        if noun
            && n < 5
            && matches!(w, "negotiations" | "talks")
            && s.is_any(j + 1, &["on", "over", "for", "about", "towards", "toward"])
            && !definite
        {
            return Status::Planned;
        }
        // "firefighters are still battling wildfires": what is being
        // fought is going on.
        if noun
            && n < 3
            && matches!(w, "battling" | "fighting" | "tackling" | "containing")
            && j > 0
            && s.is_any(j - 1, &["is", "are", "still"])
        {
            return Status::Ongoing;
        }
        // "Modi to make state visit", "flew to Beijing to hold talks": the
        // object of an infinitive is to come; not "managed to hold talks".
        let light = |k: usize| {
            s.is_any(
                k,
                &[
                    "make", "pay", "hold", "host", "stage", "sign", "attend", "begin", "start",
                    "resume",
                ],
            )
        };
        if noun
            && w == "to"
            && n <= 3
            && light(j + 1)
            && !(j > 0 && s.is_any(j - 1, DONE_BEFORE_TO))
        {
            return Status::Planned;
        }
        // "voted on Tuesday to reject the offer": the vote decided it; "the
        // union voted to strike", a noun read as the verb, is a plan.
        let voted = w == "to" && (j.saturating_sub(4)..j).any(|k| s.is_any(k, &["voted", "votes"]));
        if voted && n == 0 && noun {
            return Status::Planned;
        }
        if w == "to" && n == 0 && !noun {
            if voted && s.is_any(first, DECIDED_BY_VOTE) {
                return Status::Occurred;
            }
            // "continued to hold out": going on, not to come.
            let continued =
                j > 0 && s.is_any(j - 1, &["continue", "continues", "continued", "continuing"]);
            // "was forced to resign", "were able to leave", "managed to
            // escape", "have been forced to flee": done, in the past.
            let done = j > 1
                && (s.is_any(j - 1, &["managed"])
                    || (s.is_any(j - 1, DONE_BEFORE_TO)
                        && s.is_any(j - 2, &["was", "were", "been"])));
            if done || forced_to(s, j) {
                return Status::Occurred;
            }
            return if continued { Status::Ongoing } else { Status::Planned };
        }
    }
    // "Seventeen people remain missing": still so.
    if s.is_any(first, &["remain", "remains"]) {
        return Status::Ongoing;
    }
    // Ongoing: "are investigating", "continues to", "is under way";
    // "said they were investigating", told as going on when said.
    let said_progressive = first > 1
        && s.is_any(first - 1, &["was", "were"])
        && (first.saturating_sub(5)..first - 1).any(|k| s.is_any(k, SAYING));
    if !noun
        && s.toks[first].lower.ends_with("ing")
        && first > 0
        && (s.is_any(first - 1, &["is", "are", "am", "being", "still"]) || said_progressive)
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
    // Not a noun: "the accused was arrested". A saying is reported only
    // in its own clause: "… the outstanding claims, the administrator
    // said" was said.
    let reported = |j: usize| s.cue(j, Cues::REPORTED) && !(j > 0 && s.is_any(j - 1, &["the"]));
    if (saying && own_clause(4).any(reported)) || (!saying && left.iter().any(|&j| reported(j))) {
        return Status::Reported;
    }
    Status::Occurred
}

/// A number the event is about: "at least 70 people were killed", "killed
/// 23", "hundreds of thousands dead". A verb's object comes first:
/// "killing at least 14 people and injuring more than 200" gives the
/// injuries 200.
fn quantity(s: &Sentence<'_>, first: usize, end: usize, noun: bool, toll: bool) -> Option<String> {
    // Not a number of a time expression: "28 January", "2am", "1984-85".
    // Nor an age: "the 21-year-old". Nor, but in a toll, the people of a
    // definite phrase: "the two leaders agreed", "the three largest
    // parties".
    // Nor, in a toll, a measure: "a magnitude 7.1 earthquake".
    let is_number = |i: usize| {
        (s.toks.get(i).is_some_and(|t| t.shape == Shape::Number) || s.cue(i, Cues::NUMBER))
            && !s.in_timex(i)
            && !s.toks[i].lower.ends_with("-old")
            && !(toll && (s.is_any(i.wrapping_sub(1), MEASURES) || s.is_any(i + 1, MEASURES)))
            && (toll || !(i > 0 && s.is_any(i - 1, &["the", "both", "all", "its", "their"])))
    };
    const BOUNDS: &[&str] =
        &["at", "least", "more", "than", "about", "nearly", "some", "over", "up", "to"];
    // The figure a toll changed to or stands at, further on in its clause:
    // "The death toll from a magnitude 7.1 earthquake … rose to 312". Any
    // other noun's figure stops short of such a verb: the quake in "toll
    // from the earthquake rises to 312" has none.
    let change = || {
        (end..(end + 16).min(s.toks.len()))
            .take_while(|&k| !s.is_break(k) && !s.toks[k].is_punct('.'))
            .find(|&k| {
                s.toks[k].is_in(&CHANGE_VERBS) && s.is_any(k + 1, &["to", "at", "by", "past"])
            })
    };
    // Where a number starting at `k` ends: "12,000", "1.2 million".
    let number_end = |k: usize| {
        let mut stop = k + 1;
        while stop < s.toks.len() && (is_number(stop) || s.is_any(stop, &["million", "thousand"])) {
            stop += 1;
        }
        stop
    };
    // Inside a phrase's gap: "forced more than 70,000 from their homes".
    if let Some(k) = (first + 1..end).find(|&k| is_number(k)) {
        let mut start = k;
        while start > first + 1 && s.is_any(start - 1, BOUNDS) {
            start -= 1;
        }
        return Some(
            s.toks[start..number_end(k)].iter().map(|t| t.text).collect::<Vec<_>>().join(" "),
        );
    }
    if noun && toll {
        if let Some(c) = change() {
            let mut k = c + 2;
            while s.is_any(k, BOUNDS) {
                k += 1;
            }
            if is_number(k) {
                let stop = number_end(k);
                return Some(
                    s.toks[c + 2..stop].iter().map(|t| t.text).collect::<Vec<_>>().join(" "),
                );
            }
        }
    }
    if !noun {
        let mut k = end;
        // Over "at least", "more than", "up to"; not a bare "to" ("votes
        // to 109").
        while k < s.toks.len()
            && s.is_any(k, BOUNDS)
            && (!s.is_any(k, &["to"]) || s.is_any(k.wrapping_sub(1), &["up"]))
        {
            k += 1;
        }
        if k < end + 4 && is_number(k) {
            let stop = number_end(k);
            return Some(s.toks[end..stop].iter().map(|t| t.text).collect::<Vec<_>>().join(" "));
        }
    }
    // Before the trigger: "at least 70 people were killed".
    let mut k = first;
    while k > 0 && first - k < 6 {
        k -= 1;
        if is_number(k) {
            let mut start = k;
            while start > 0
                && (is_number(start - 1)
                    || s.is_any(start - 1, BOUNDS)
                    || s.is_any(start - 1, &["of"]))
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
    let change = if noun { change() } else { None };
    while k < s.toks.len() && k < end + 4 && change.is_none_or(|c| k < c) {
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

/// Verbs a figure changes or stands by: "the toll rose to 312".
static CHANGE_VERBS: WordSet = WordSet::new(&[
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "climb",
    "climbs",
    "climbed",
    "climbing",
    "jump",
    "jumps",
    "jumped",
    "increase",
    "increases",
    "increased",
    "reach",
    "reaches",
    "reached",
    "hit",
    "hits",
    "stand",
    "stands",
    "stood",
    "passed",
    "passes",
    "topped",
    "tops",
    "soared",
    "soars",
    "grew",
    "grows",
    "revised",
    "raised",
    "lowered",
]);

/// Words that make a number a measure rather than a count: "magnitude 7.1",
/// "7.1-magnitude", "40 percent".
const MEASURES: &[&str] = &[
    "magnitude",
    "-magnitude",
    "richter",
    "percent",
    "per",
    "%",
    "degrees",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "mph",
    "metres",
    "meters",
    "feet",
    "$",
    "€",
    "£",
];

/// Words that count people or things: "five", "hundreds", "scores".
const NUMBER_WORDS: &[&str] = &[
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
];

/// A one-line summary of a mention, from the sentence's own words: the
/// subject and the predicate of a verb ("The Kremlin said Mr Trump and Mr
/// Putin had also agreed…"), the noun phrase of a noun ("US airstrike on a
/// Syrian government airbase"), with pronouns replaced by names.
fn summary_text(
    s: &Sentence<'_>,
    first: usize,
    end: usize,
    noun: bool,
    registry: &Registry,
    agents: &[&str],
) -> String {
    let slice = |a: usize, b: usize| &s.text[s.toks[a].start..s.toks[b - 1].end];
    let (head, stop) = if noun {
        match support_verb(s, first) {
            Some(v) => (Some(v), noun_phrase_end(s, end)),
            None => (None, noun_phrase_end(s, end)),
        }
    } else {
        (Some(first), predicate_end(s, end))
    };
    // Cut at the word limit rather than at the clause's end.
    let truncated = !noun
        && stop == end + 12
        && stop < s.toks.len()
        && !s.is_break(stop)
        && !s.toks[stop].is_punct(',')
        && !s.toks[stop].is_punct('.');
    let body = match head {
        // "The Kremlin said …", "Rex Tillerson … leveled criticism": the
        // subject as written when it stands right before the verb, its
        // names otherwise.
        Some(v) => match subject_span(s, v) {
            Some((a, _, false)) => slice(a, stop).to_string(),
            Some((a, b, true)) => {
                let names: Vec<&str> = s
                    .mentions
                    .iter()
                    .filter(|m| m.first >= a && m.end <= b)
                    .map(|m| registry.actors[m.actor].name.as_str())
                    .collect();
                format!("{} {}", join_names(&names), slice(v, stop))
            }
            // "…, said Mira Holt of the institute": "Mira Holt said".
            None if !agents.is_empty() && inverted_speaker(s, v) => {
                format!("{} {}", join_names(agents), slice(v, v + 1))
            }
            None if !agents.is_empty() => format!("{} {}", join_names(agents), slice(v, stop)),
            None => {
                slice(if noun { noun_phrase_start(s, first) } else { clause_start(s, v) }, stop)
                    .to_string()
            }
        },
        None => slice(noun_phrase_start(s, first), stop).to_string(),
    };
    // One line, even from hard-wrapped text.
    let body = if body.bytes().any(|b| matches!(b, b'\n' | b'\r' | b'\t')) {
        body.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        body
    };
    let mut out = String::with_capacity(body.len() + 3);
    let mut chars = body.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
    if truncated {
        out.push('…');
    }
    out
}

/// "…, said Mira Holt of the Baltic Institute", "\"We are ready,\" said
/// John Smith": a verb of saying after a comma or a quotation, its speaker
/// named after it.
fn inverted_speaker(s: &Sentence<'_>, verb: usize) -> bool {
    verb > 0
        && s.is_any(verb, SAYING)
        && (s.toks[verb - 1].is_punct(',')
            || matches!(s.toks[verb - 1].text, "\"" | "”" | "’" | "'"))
        // The name ends the clause: not "…, said the government would".
        && s.mentions.iter().any(|m| {
            speaker_after(s, verb, m)
                && !m.pronoun
                && (m.first..m.end).any(|k| s.toks[k].capitalized())
                && (m.end == s.toks.len()
                    || s.toks[m.end].shape == Shape::Punct
                    || s.is_any(m.end, &["of", "from", "at", "in", "on"]))
        })
}

/// Whether mention `m` names the speaker right after the verb at `verb`,
/// past a lowercase title: "said Mira Holt", "said chief financial
/// officer Sarah Kim", "said spokeswoman Ana Ruiz", "said Alessandria
/// mayor Giorgio Abonante".
fn speaker_after(s: &Sentence<'_>, verb: usize, m: &Mention) -> bool {
    m.first > verb
        && m.first <= verb + 4
        && (verb + 1..m.first).all(|k| {
            s.toks[k].shape == Shape::Word
                && !s.in_timex(k)
                && !s.cue(k, Cues::DETERMINER | Cues::PREPOSITION | Cues::CLAUSE_OPENER)
                && !s.is_any(k, &["it", "he", "she", "they", "we", "i", "the", "a", "an"])
        })
}

/// "A, B and C".
pub(crate) fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The subject right before a verb: its token range, and whether it is a
/// pronoun. Only adverbs and auxiliaries may stand between ("Trump has
/// vigorously denied"), and a verb with "to" before this one ("The FTC
/// declined to comment").
fn subject_span(s: &Sentence<'_>, verb: usize) -> Option<(usize, usize, bool)> {
    let mut k = verb;
    while k > 0 && verb - k < 4 {
        if let Some(m) = s.mentions.iter().find(|m| m.end == k && !m.possessive && !m.modifier) {
            let mut a = m.first;
            let mut pronoun = m.pronoun;
            while a >= 2 && s.is_any(a - 1, &["and"]) {
                match s.mentions.iter().find(|n| n.end == a - 1 && !n.possessive) {
                    Some(n) => {
                        a = n.first;
                        pronoun |= n.pronoun;
                    }
                    None => break,
                }
            }
            if a > 0 && s.cue(a - 1, Cues::PREPOSITION) {
                return None;
            }
            return Some((a, m.end, pronoun));
        }
        k -= 1;
        let t = &s.toks[k];
        let infinitive = k + 1 == verb
            && t.is("to")
            && k > 0
            && s.toks[k - 1].shape == Shape::Word
            && !s.toks[k - 1].capitalized();
        if t.shape != Shape::Word
            || (s.cue(k, Cues::PREPOSITION | Cues::CLAUSE_OPENER) && !infinitive)
        {
            return None;
        }
    }
    None
}

/// Where the clause of a verb with no named subject starts: "The group
/// said", "Officials in Bamako said", at most eight words back and not
/// past a clause opener ("after a judge told him").
fn clause_start(s: &Sentence<'_>, verb: usize) -> usize {
    let mut k = verb;
    while k > 0
        && verb - k < 8
        && (s.toks[k - 1].shape == Shape::Word || s.toks[k - 1].shape == Shape::Possessive)
        && !s.toks[k - 1].is_any(&["and"])
        && !s.cue(k - 1, Cues::CLAUSE_OPENER)
    {
        k -= 1;
    }
    // A condition keeps its "if": "If the appeal is rejected".
    if k > 0 && s.is_any(k - 1, &["if", "unless", "whether"]) {
        k -= 1;
    }
    k
}

/// Where a noun phrase starts: its modifiers, without a leading article.
fn noun_phrase_start(s: &Sentence<'_>, first: usize) -> usize {
    let mut k = first;
    while k > 0 && first - k < 5 {
        let t = &s.toks[k - 1];
        let word = t.shape == Shape::Word
            || t.shape == Shape::Number
            || t.shape == Shape::Possessive
            || t.is_punct('-');
        // "at least 14 dead": "at" bounds the number, no preposition.
        let at_least = t.is("at") && s.is_any(k, &["least", "most"]);
        if !word
            || t.is_any(&["a", "an", "the"])
            || (s.cue(k - 1, Cues::PREPOSITION | Cues::CLAUSE_OPENER) && !at_least)
        {
            break;
        }
        k -= 1;
    }
    k
}

/// Where a noun phrase ends: the trigger and one prepositional phrase
/// after it ("summit in Hamburg", "attack on civilians").
fn noun_phrase_end(s: &Sentence<'_>, end: usize) -> usize {
    if !s
        .is_any(end, &["on", "against", "in", "with", "between", "over", "into", "of", "for", "at"])
    {
        return end;
    }
    let mut k = end + 1;
    while k < s.toks.len()
        && k - end < 8
        && (s.toks[k].shape == Shape::Word
            || s.toks[k].shape == Shape::Number
            || s.toks[k].shape == Shape::Possessive)
        && !s.cue(k, Cues::PREPOSITION | Cues::CLAUSE_OPENER)
        // "the resignation of the prime minister and averting a snap
        // election": a verb after "and" starts another clause.
        && !(s.is_any(k, &["and", "or"])
            && s.toks.get(k + 1).is_some_and(|t| {
                !t.capitalized() && (t.lower.ends_with("ing") || t.lower.ends_with("ed"))
            }))
    {
        k += 1;
    }
    if k > end + 1 { k } else { end }
}

/// Where a verb's predicate ends: the end of its clause, at most twelve
/// words on.
fn predicate_end(s: &Sentence<'_>, end: usize) -> usize {
    let mut k = end;
    while k < s.toks.len()
        && k - end < 12
        && !s.is_break(k)
        && !s.toks[k].is_punct(',')
        && !s.toks[k].is_punct('.')
        && !s.toks[k].is_any(&["which", "who", "while", "although", "but"])
    {
        k += 1;
    }
    k
}

/// Dates each mention with the nearest time expression of its clause: after
/// a verb ("met on Tuesday"), before a noun ("Tuesday's call", "last year's
/// election"). Each expression dates the mention nearest to it.
fn attach_times(
    s: &Sentence<'_>,
    triggers: &[crate::lexicon::TriggerMatch<'_>],
    mentions: &mut [EventMention],
    timexes: &[Timex],
    kinds: &[String],
) {
    // Dates first, then "now" and "recently", which date only what no
    // date does ("is now scheduled for April 16"). A date a plan had
    // before it changed comes after the one it has now: "first set for
    // April 9", "had been scheduled for Tuesday but was postponed to
    // Wednesday".
    // So is one a plan had before the sentence puts it off: "talks
    // scheduled for next week have been postponed until September".
    let put_off_after = |a: usize| (a..s.toks.len()).any(|k| s.is_any(k, PUT_OFF));
    let superseded = |a: usize| {
        let before = a.saturating_sub(4)..a;
        before.clone().any(|k| {
            s.is_any(k, &["originally", "initially", "first"])
                || (s.is_any(k, &["had"]) && s.is_any(k + 1, &["been"]))
        } || put_off_after(a)) && before
            .into_iter()
            .any(|k| s.is_any(k, &["set", "scheduled", "planned", "due", "slated"]))
    };
    let mut order: Vec<(usize, usize, usize)> = s.timexes.to_vec();
    let class =
        |a: usize, ti: usize| (matches!(timexes[ti].value, Value::Reference(_)), superseded(a));
    order.sort_by_key(|&(a, _, ti)| class(a, ti));
    // Each date's nearest trigger, then the nearest first: "arrived in
    // Shanghai on Wednesday and attended the inauguration … on Thursday"
    // dates the inauguration by the Thursday after it, not the Wednesday
    // told first.
    let mut choices: Vec<((bool, bool), usize, usize, usize)> = Vec::new();
    for (a, b, ti) in order {
        let t = &timexes[ti];
        // "former" and "current" describe a person, not when anything
        // happened; nor does "19th-century" in "the 19th-century mill" or
        // "decade-old".
        let text = &s.text[t.span.start()..t.span.end()];
        let descriptive = text.eq_ignore_ascii_case("former")
            || text.eq_ignore_ascii_case("current")
            || text.ends_with("-century")
            || text.ends_with("-old");
        // "the highest since 1989", "the first time since 2015": a span
        // for comparing, not when anything happened.
        let superlative_since = a > 0
            && s.is_any(a - 1, &["since"])
            && (a.saturating_sub(6)..a - 1).any(|k| {
                let w = s.w(k);
                (w.len() > 4
                    && w.ends_with("est")
                    && !matches!(
                        w,
                        "interest" | "protest" | "request" | "arrest" | "contest" | "least"
                    ))
                    || matches!(w, "first" | "worst" | "best")
            });
        // "models built between March 2021 and July 2022", "cars made in
        // 2019": a date after a participle of making describes the things
        // made, not when any event of the sentence happened. Not "arrests
        // were made on Monday", where the participle is the clause's verb,
        // nor "the remarks made on Tuesday", where what was made is an
        // event.
        let making = |k: usize| {
            s.is_any(k, MAKING)
                && k > 0
                && !s.is_any(k - 1, AUXILIARIES)
                && !triggers.iter().any(|t| t.end == k)
        };
        let after_making = |a: usize| {
            a > 0
                && (making(a - 1)
                    || (a > 1 && s.is_any(a - 1, MAKING_PREPOSITIONS) && making(a - 2)))
        };
        // The end of a range too: "between March 2021 and July 2022".
        let of_making = after_making(a)
            || (a > 0
                && s.is_any(a - 1, &["and", "to", "until", "through"])
                && s.timexes.iter().any(|&(a2, b2, _)| b2 + 1 == a && after_making(a2)));
        // "since July 2021, when a cyber attack forced …": a "when" right
        // after the date opens a clause the date is the time of.
        let when_at = if s.toks.get(b).is_some_and(|t| t.is_punct(',')) { b + 1 } else { b };
        let when_clause = s.is_any(when_at, &["when"]).then_some(when_at);
        let usable = (matches!(t.kind, TimexType::Date | TimexType::Time)
            || matches!(t.value, Value::Reference(_)))
            && !descriptive
            && (!superlative_since || when_clause.is_some())
            && !of_making;
        // "cancelled Tuesday's rehearsal and said …": a day in a
        // possessive dates the noun it modifies and nothing else.
        let possessive = s.toks.get(b).is_some_and(|t| t.shape == Shape::Possessive);
        if !usable {
            continue;
        }
        // "condemned the attack in a statement late on Monday": the date
        // right after where something was said is the saying's, past
        // its object.
        let medium = (0..triggers.len()).find(|&k| {
            mentions[k].medium_of.is_some()
                && triggers[k].end <= a
                && a - triggers[k].end <= 2
                && (triggers[k].end..a).all(|j| s.toks[j].shape == Shape::Word)
        });
        let saying = medium.and_then(|k| {
            (0..k).rev().find(|&j| !mentions[j].noun && kinds[mentions[j].kind] == "statement")
        });
        // Distance in tokens, with clause breaks and commas counting extra.
        let cost = |i: usize| -> usize {
            let m = &triggers[i];
            // "said on a call with analysts": the call is where it was
            // said; the saying takes the date.
            if mentions[i].medium_of.is_some() {
                return usize::MAX;
            }
            // "will vote on the deal next month": the vote's date.
            if mentions[i].topic && b > m.first {
                return usize::MAX;
            }
            // "had announced the walkout last week": the date after an
            // announced event is the announcing's.
            let announced = mentions[i].noun
                && b > m.first
                && (0..i).any(|j| {
                    kinds[mentions[j].kind] == "statement"
                        && !mentions[j].noun
                        && s.is_any(
                            triggers[j].end - 1,
                            &[
                                "announced",
                                "announces",
                                "announce",
                                "confirmed",
                                "confirms",
                                "unveiled",
                                "unveils",
                                "threatened",
                                "threatens",
                            ],
                        )
                        && triggers[j].end <= m.first
                        && (triggers[j].end..m.first).all(|k| s.cue(k, Cues::DETERMINER))
                });
            // "denied the claims on Friday", "rejected the accusations on
            // Monday": the date after words denied is the denying's.
            let denied_words = mentions[i].noun
                && b > m.first
                && kinds[mentions[i].kind] == "statement"
                && (0..i).any(|j| {
                    !mentions[j].noun
                        && s.is_any(
                            triggers[j].end - 1,
                            &["denied", "denies", "rejected", "rejects", "dismissed", "dismisses"],
                        )
                        && triggers[j].end <= m.first
                        && (triggers[j].end..m.first).all(|k| s.cue(k, Cues::DETERMINER))
                })
                // Not "denied a claim, circulated on Tuesday evening, that
                // …": an aside's date is its own.
                && !(m.end..a).any(|k| s.toks[k].is_punct(','));
            if announced || denied_words {
                return usize::MAX;
            }
            if let (Some(k), Some(v)) = (medium, saying) {
                if i == v {
                    return 0;
                }
                if v < i && i < k {
                    return usize::MAX;
                }
            }
            // "Police arrested two men over the attack on Monday": a date
            // after a verb's object is the verb's.
            if mentions[i].noun
                && b > m.first
                && !matches!(mentions[i].status, Status::Planned | Status::Hypothetical)
                && in_object_of_verb(s, triggers, mentions, timexes, i, a)
            {
                return usize::MAX;
            }
            // "A planned meeting, scheduled for Monday, was postponed until
            // March 25", "were pushed back to Friday", "will now take place
            // on August 20": the new date is the event's that was put off.
            let moved = a >= 3
                && s.is_any(a - 1, &["until", "till", "to"])
                && (s.is_any(a - 2, PUT_OFF)
                    || s.is_any(a - 2, &["moved", "brought"])
                    || (s.is_any(a - 2, &["back", "forward"])
                        && s.is_any(a - 3, &["pushed", "put", "moved", "brought"])));
            let held = a >= 3
                && s.is_any(a - 1, &["on", "in"])
                && (s.is_any(a - 2, &["held"])
                    || (s.is_any(a - 2, &["place"])
                        && s.is_any(a - 3, &["take", "takes", "took", "taking"])));
            let put_off_to = b > m.first
                && mentions[i].noun
                && (moved || held)
                && !triggers[i + 1..].iter().any(|t| t.first < a)
                && !(m.end..a).any(|k| s.is_break(k));
            if put_off_to {
                return 0;
            }
            let (lo, hi) = if b <= m.first { (b, m.first) } else { (m.end, a) };
            let breaks = (lo..hi).filter(|&k| s.is_break(k)).count();
            let commas = (lo..hi).filter(|&k| s.toks[k].is_punct(',')).count();
            // A date before the trigger dates it only as a possessive or
            // modifier of a noun ("Tuesday's call", "the July summit").
            let before = b <= m.first;
            let modifies_noun = before
                && mentions[i].noun
                && (s.toks.get(b).is_some_and(|t| t.shape == Shape::Possessive)
                    // Over modifiers only: not "on Monday and ordered the
                    // evacuation", where a verb and a new noun phrase
                    // come between.
                    || (b..m.first).all(|j| {
                        s.toks[j].shape == Shape::Word
                            && !s.cue(j, Cues::PREPOSITION | Cues::CLAUSE_OPENER)
                            && !s.is_any(j, &["and", "or", "but", "the", "a", "an"])
                            && !s.toks[j].lower.ends_with("ed")
                    }));
            if let Some(w) = when_clause {
                if m.first > w
                    && (w + 1..m.first).all(|k| !s.is_break(k) && !s.toks[k].is_punct(','))
                {
                    return m.first - w;
                }
            }
            if possessive && !(modifies_noun && m.first - b <= 4) {
                return usize::MAX;
            }
            // A name in apposition between commas ("the port's director,
            // Henrik Salo, on Wednesday") is not distance.
            let (mut aside, mut aside_commas) = (0, 0);
            let mut k = lo;
            while k < hi {
                if s.toks[k].is_punct(',') {
                    let names =
                        (k + 1..hi.min(k + 6)).take_while(|&j| s.toks[j].capitalized()).count();
                    if names > 0 && s.toks.get(k + 1 + names).is_some_and(|t| t.is_punct(',')) {
                        aside += names + 2;
                        aside_commas += 2;
                        k += names + 2;
                        continue;
                    }
                }
                k += 1;
            }
            let commas = commas.saturating_sub(aside_commas);
            let base = hi.saturating_sub(lo).saturating_sub(aside);
            // "Last Thursday, a former director, Michel Aubry, told the
            // court": a date opening the sentence dates its main clause,
            // across an appositive's commas.
            // "In a separate operation on Thursday, federal police
            // raided …" too: a phrase with no verb and no comma before
            // the date's.
            let fronted = a == 0
                || (a <= 8
                    && s.cue(0, Cues::PREPOSITION)
                    && (0..a).all(|k| s.toks[k].shape == Shape::Word)
                    && !triggers.iter().any(|t| t.first < a));
            if before && fronted && s.toks.get(b).is_some_and(|t| t.is_punct(',')) && breaks == 0 {
                return base / 4;
            }
            // "who called the election in May": the date is the calling's;
            // "called a referendum for March" dates the referendum.
            let called = mentions[i].noun
                && kinds[mentions[i].kind] == "election"
                && (m.first.saturating_sub(3)..m.first).any(|k| {
                    s.is_any(k, &["called", "calls", "call", "calling"])
                        && (k + 1..m.first).all(|j| !s.cue(j, Cues::PREPOSITION))
                });
            if called && !before && !(a > 0 && s.is_any(a - 1, &["for"])) {
                return usize::MAX;
            }
            // "The death toll from a quake that struck on Saturday rose
            // to 312 on Monday": the date of the rise is the toll's.
            let toll_changed = !before
                && mentions[i].noun
                && kinds[mentions[i].kind] == "casualties"
                && breaks == 0
                && (lo..hi)
                    .any(|k| s.toks[k].is_in(&CHANGE_VERBS) && s.is_any(k + 1, &["to", "at"]));
            if toll_changed {
                return 0;
            }
            let before_penalty = if before && !modifies_noun { 8 } else { 0 };
            // "On Tuesday, the leaders met": only a sentence-initial date
            // reaches across a comma to a later trigger.
            if before && commas > 0 && a > 1 {
                return usize::MAX;
            }
            // "the status of Kidal, which the rebels seized in 2017": a
            // relative clause dates its own verb. A noun's restrictive one
            // still speaks of it ("talks that begin Wednesday").
            // "rejected that proposal last month": "that" before the one
            // noun right before the date is its determiner.
            let this_noun = |k: usize| {
                s.is_any(k, &["that"])
                    && k + 2 == hi
                    && s.toks[k + 1].shape == Shape::Word
                    && !s.toks[k + 1].capitalized()
                    // Not a verb: "a deal that expires next month".
                    && !s.toks[k + 1].lower.ends_with(['s', 'd'])
                    && !s.is_any(k + 1, VERBS_AFTER_THAT)
            };
            let relative = (lo..hi).any(|k| {
                !this_noun(k)
                    && s.toks[k].is_any(&["which", "who", "that", "whose"])
                    && (!mentions[i].noun || (k > 0 && s.toks[k - 1].is_punct(',')))
            });
            if !before && relative {
                return usize::MAX;
            }
            // "Seventeen people remain missing, and the search will resume
            // on Monday": a clause with a subject of its own dates its own
            // verb; not "killed four, and wounded 30 on Tuesday".
            let new_clause = (lo..hi).any(|k| {
                s.toks[k].is_punct(',')
                    && s.is_any(k + 1, &["and", "but"])
                    && (s.cue(k + 2, Cues::DETERMINER)
                        || s.is_any(k + 2, &["he", "she", "it", "they", "we", "police"]))
            });
            if !before && new_clause {
                return usize::MAX;
            }
            // "said it will receive aircraft from 2009": a date in what
            // was said is not the date of saying it; "said in a statement
            // on Tuesday", "told a news conference in Oslo on Monday" date
            // the saying.
            // "said it would now pursue a standalone strategy": a time in
            // what was said, right after its subject, is not the saying's.
            if !before
                && kinds[mentions[i].kind] == "statement"
                && !mentions[i].noun
                && s.is_any(m.end - 1, SAYING)
                && (m.end..a).any(|k| s.is_any(k, OPENS_WHAT_WAS_SAID))
            {
                return usize::MAX;
            }
            if !before && kinds[mentions[i].kind] == "statement" && a > m.end + 2 {
                // "declared a day of national mourning for Friday": the day
                // aimed at is the mourning's, not the declaring's.
                if s.is_any(a - 1, &["for"]) {
                    return usize::MAX;
                }
                let gap = m.end..a;
                // "told the court on Monday", "told reporters on Tuesday":
                // the audience of the telling comes before its date.
                // "told the finance committee of parliament on Wednesday":
                // over an "of" phrase in the audience too.
                let audience = s.is_any(m.end - 1, &["told", "tells", "tell", "telling"])
                    && (a - m.end <= 4
                        || (a - m.end <= 8
                            && (m.end..a - 1).all(|k| {
                                s.toks[k].shape == Shape::Word
                                    && !s.cue(k, Cues::CLAUSE_OPENER)
                                    && (!s.cue(k, Cues::PREPOSITION) || s.is_any(k, &["of"]))
                            })));
                // "declared a state of emergency on Monday", "announced a
                // ceasefire on Tuesday": a verb whose object is a thing,
                // not words said, is dated by what follows its object.
                // "declared the spread of mpox a global health emergency
                // on Wednesday": the object may be long; not one with an
                // infinitive in it ("announced plans to build a plant in
                // 2025").
                // "allege that …": a phrase ending in "that" says words.
                // "pledged 500 million euros to the fund on Tuesday": "to"
                // before a determiner is a preposition, no infinitive.
                let infinitive = gap.clone().any(|k| {
                    s.is_any(k, &["to"]) && !s.cue(k + 1, Cues::DETERMINER | Cues::NUMBER)
                });
                // A long object only before a day: "this year" in "a pay
                // rise this year" is the object's own.
                let a_day = t.granularity <= Granularity::Day;
                let reach = if a_day { 12 } else { 10 };
                let object = !s.is_any(m.end - 1, SAYING)
                    && !s.is_any(m.end - 1, &["that"])
                    && (a - m.end <= 6 || (a - m.end <= reach && !infinitive));
                let determiner = |k: usize| object && this_noun(k);
                let medium = (audience || object || gap.clone().any(|k| s.is_any(k, MEDIA)))
                    && !gap.clone().any(|k| !determiner(k) && s.is_any(k, OPENS_A_CLAUSE));
                if !medium {
                    return usize::MAX;
                }
                return hi.saturating_sub(lo) + 4 * commas;
            }
            base + before_penalty + 20 * breaks + 4 * commas
        };
        let best = (0..triggers.len()).map(|i| (cost(i), i)).min();
        if let Some((c, k)) = best.filter(|&(c, _)| c < 20) {
            choices.push((class(a, ti), c, ti, k));
        }
    }
    choices.sort_by_key(|&(class, c, _, _)| (class, c));
    for (_, _, ti, k) in choices {
        if mentions[k].timex.is_none() {
            mentions[k].timex = Some(ti);
        }
    }
}

/// Participles of making that, right after a noun, describe the things
/// made: "models built between 2019 and 2021", "cars made in Mexico in 2020".
const MAKING: &[&str] = &["built", "made", "produced", "manufactured", "assembled", "constructed"];

/// Prepositions between a participle of making and its date.
const MAKING_PREPOSITIONS: &[&str] =
    &["in", "between", "from", "since", "before", "after", "until", "during", "on"];

/// Auxiliaries before a participle that make it the clause's verb: "arrests
/// were made on Monday".
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "will",
    "would", "get", "got",
];

/// Prepositions that open the object of a verb: "arrested two men over
/// the attack", "ordered an inquiry into the crash", "indicted him on two
/// counts of assault".
const OBJECT_PREPOSITIONS: &[&str] = &["over", "into", "against", "for", "of", "on", "about"];

/// Whether the noun trigger `i`, with a date at token `a` after it, stands
/// in a prepositional object of a verb trigger before it ("arrested two
/// men over the attack on Monday", "ordered an inquiry into the crash on
/// Tuesday"), or in its object with such a phrase after it ("began hearing
/// the appeal against her ban on Monday"): the date after the object is
/// the verb's. A noun with a verb of its own ("ordered an inquiry") counts
/// as one; a noun alone does not: "an inquiry into the death of an inmate
/// in mid-July" dates the death.
fn in_object_of_verb(
    s: &Sentence<'_>,
    triggers: &[crate::lexicon::TriggerMatch<'_>],
    mentions: &[EventMention],
    timexes: &[Timex],
    i: usize,
    a: usize,
) -> bool {
    let m = &triggers[i];
    // Not one that did not happen: "made no mention of the drone strike
    // earlier in the week" dates the strike.
    let Some(h) = (0..i).rev().find(|&j| {
        triggers[j].end <= m.first
            && (!mentions[j].noun || support_verb(s, triggers[j].first).is_some())
            && mentions[j].status != Status::Negated
    }) else {
        return false;
    };
    let listed = |k: usize| s.is_any(k, OBJECT_PREPOSITIONS);
    // A length is part of a phrase ("her four-year ban"); a date is not.
    let dated = |k: usize| {
        s.timexes
            .iter()
            .any(|&(a, b, ti)| a <= k && k < b && timexes[ti].kind != TimexType::Duration)
    };
    // Words of a noun phrase or the listed prepositions: no clause, list,
    // verb form or other preposition between.
    let in_phrase = |k: usize| {
        let t = &s.toks[k];
        (matches!(t.shape, Shape::Word | Shape::Number | Shape::Possessive) || t.is_punct('-'))
            && !dated(k)
            && (!s.cue(k, Cues::PREPOSITION | Cues::CLAUSE_OPENER) || listed(k))
            // "accused the army of carrying out the strike": a verb of its
            // own.
            && !(t.lower.len() > 4 && t.lower.ends_with("ing") && k > 0 && listed(k - 1))
            && !t.is_any(&[
                "and", "or", "but", "is", "are", "was", "were", "has", "have", "had", "will",
                "would", "be", "been", "said", "says",
            ])
    };
    let before = triggers[h].end..m.first;
    // The preposition that brings the date in is the date's own.
    let to = if a > m.end && s.cue(a - 1, Cues::PREPOSITION) { a - 1 } else { a };
    let after = m.end..to;
    before.clone().all(in_phrase)
        && after.clone().all(in_phrase)
        && (before.clone().any(listed) || after.clone().any(listed))
}

/// The forms of "deny".
const DENY: &[&str] = &["denied", "denies", "deny", "denying"];

/// Words that open what was said after a verb of saying: "said that …",
/// "said it would …".
const OPENS_WHAT_WAS_SAID: &[&str] = &["that", "it", "he", "she", "they", "we"];

/// Words that open a clause of its own or carry its verb: past a verb's
/// object, they end the object ("told reporters that …", "said it would
/// …").
const OPENS_A_CLAUSE: &[&str] = &[
    "that", "it", "he", "she", "they", "we", "would", "will", "was", "were", "is", "are", "had",
    "has",
];

/// Verbs of blaming or urging, which after "and" start a speaker's own
/// account: "denied the charge and accused Manila of provocation".
const BLAMING: &[&str] = &[
    "accused",
    "blamed",
    "urged",
    "called",
    "warned",
    "condemned",
    "criticised",
    "criticized",
    "vowed",
    "insisted",
];

/// Verbs with no -s or -d ending that a relative "that" may open: "the
/// talks that began in May", "a deal that will end soon".
const VERBS_AFTER_THAT: &[&str] = &[
    "began", "took", "came", "went", "fell", "rose", "broke", "ran", "met", "won", "lost", "left",
    "begin", "start", "end", "expire",
];

/// "She visited Porto Lume on Thursday and met families of the victims",
/// "welcomed the deal but denied that …": a verb after "and" or "but" with
/// no subject of its own has the agents of the verb before it, not the
/// name nearest to its left, and its date when it has none of its own.
fn share_with_coordinated_verbs(
    s: &Sentence<'_>,
    triggers: &[crate::lexicon::TriggerMatch<'_>],
    mentions: &mut [EventMention],
) {
    for k in 1..mentions.len() {
        let first = triggers[k].first;
        // ", and fighting continued": a gerund opening a new clause is its
        // subject, not a verb sharing one.
        let new_clause =
            first >= 2 && s.toks[first - 2].is_punct(',') && s.toks[first].lower.ends_with("ing");
        if mentions[k].noun || first == 0 || !s.is_any(first - 1, &["and", "but"]) || new_clause {
            continue;
        }
        let Some(before) = (0..k).rev().find(|&j| !mentions[j].noun) else { continue };
        // "visited the area on Monday and declared a state of emergency":
        // the second verb happened when the first did.
        // Not a gerund after a verb that is none: "charged on Wednesday
        // with violence and attacking officials" is what was charged.
        let ing = |j: usize| s.toks[triggers[j].first].lower.ends_with("ing");
        if mentions[k].timex.is_none()
            && mentions[k].status == mentions[before].status
            && (!ing(k) || ing(before))
        {
            mentions[k].timex = mentions[before].timex;
        }
        let agents: Vec<Part> = mentions[before]
            .participants
            .iter()
            .filter(|p| p.role == Role::Agent)
            .copied()
            .collect();
        if agents.is_empty() {
            continue;
        }
        mentions[k].participants.retain(|p| p.role != Role::Agent);
        mentions[k].participants.splice(0..0, agents);
    }
}

/// Deaths told as the result of a dated blow in the same sentence happened
/// when it struck: "an airstrike hit the market on Monday, killing 22", "the
/// January 17 clash killed 14 soldiers".
fn date_casualties_by_cause(mentions: &mut [EventMention], kinds: &[String]) {
    // And the deaths before: "killed 45 on Sunday, injuring 300".
    const CAUSES: &[&str] = &["strike", "attack", "fighting", "disaster", "casualties"];
    for k in 0..mentions.len() {
        if kinds[mentions[k].kind] != "casualties" || mentions[k].timex.is_some() {
            continue;
        }
        // Else the blow told after them: "nine were killed when two
        // trains collided late on Monday".
        let cause = mentions[..k]
            .iter()
            .rev()
            .filter(|m| CAUSES.contains(&kinds[m.kind].as_str()))
            // "On Wednesday evening, gunmen opened fire …, killing six":
            // the blow's date, whichever of its words took it.
            .find_map(|m| m.timex)
            .or_else(|| {
                mentions[k + 1..]
                    .iter()
                    .find(|m| {
                        kinds[m.kind] != "casualties" && CAUSES.contains(&kinds[m.kind].as_str())
                    })
                    .and_then(|m| m.timex)
            });
        // "killed four people and injured 30 on Tuesday": the toll after
        // it, when nothing before dates it.
        let toll_after = || {
            mentions[k + 1..]
                .iter()
                .find(|m| kinds[m.kind] == "casualties" && m.timex.is_some())
                .and_then(|m| m.timex)
        };
        mentions[k].timex = cause.or_else(toll_after);
    }
    // And the blow by the deaths it caused: "a similar landslide killed 16
    // people in 2019", "Floods in the region killed seven in August", the
    // cause right before, undated.
    for k in 1..mentions.len() {
        let (before, rest) = mentions.split_at_mut(k);
        let (deaths, cause) = (&rest[0], &mut before[k - 1]);
        if kinds[deaths.kind] == "casualties"
            && !deaths.noun
            && deaths.timex.is_some()
            && cause.timex.is_none()
            && kinds[cause.kind] != "casualties"
            && CAUSES.contains(&kinds[cause.kind].as_str())
        {
            cause.timex = deaths.timex;
        }
    }
}

/// "EU leaders will meet in Brussels on June 27 for a summit", "Austin
/// will travel to Cambodia on Sunday for talks": what a trip or a meeting
/// is for happens when it does.
fn date_purposes(
    s: &Sentence<'_>,
    triggers: &[crate::lexicon::TriggerMatch<'_>],
    mentions: &mut [EventMention],
    kinds: &[String],
) {
    for k in 1..mentions.len() {
        let first = triggers[k].first;
        let after_for = first >= 1
            && (s.is_any(first - 1, &["for"])
                || (first >= 2
                    && s.is_any(first - 2, &["for"])
                    && s.cue(first - 1, Cues::DETERMINER)));
        // "will meet in Berlin next week to sign a treaty": what a
        // meeting is held to do is done at it.
        let to_do = !mentions[k].noun && first >= 1 && s.is_any(first - 1, &["to"]);
        if mentions[k].timex.is_some() || !((after_for && mentions[k].noun) || to_do) {
            continue;
        }
        let gathering = |j: usize| {
            matches!(kinds[mentions[j].kind].as_str(), "meeting" | "summit" | "talks" | "call")
        };
        let trip = (0..k).rev().find(|&j| {
            !mentions[j].noun
                && (!to_do || gathering(j))
                && mentions[j].timex.is_some()
                && (mentions[j].status == mentions[k].status
                    || (mentions[j].status == Status::Planned
                        && mentions[k].status == Status::Occurred))
                && triggers[j].end <= first
                && first - triggers[j].end <= 10
                && !(triggers[j].end..first).any(|t| s.is_break(t))
        });
        // What a planned trip is for is planned too.
        if let Some(j) = trip {
            mentions[k].timex = mentions[j].timex;
            mentions[k].status = mentions[j].status;
        }
    }
}

/// "Police arrested 23 people in coordinated raids on Tuesday": a verb with
/// no date of its own, done in or during an event dated right after it,
/// happened then.
fn date_verbs_by_occasions(
    s: &Sentence<'_>,
    triggers: &[crate::lexicon::TriggerMatch<'_>],
    mentions: &mut [EventMention],
) {
    for k in 0..mentions.len().saturating_sub(1) {
        if mentions[k].noun || mentions[k].timex.is_some() {
            continue;
        }
        let (end, next) = (triggers[k].end, &triggers[k + 1]);
        let occasion = next.first > end
            && next.first - end <= 7
            && (next.first.saturating_sub(3).max(end)..next.first)
                .any(|j| s.is_any(j, &["in", "during"]))
            && !(end..next.first).any(|j| {
                s.toks[j].is_punct(',') || s.is_break(j) || s.is_any(j, &["and", "or", "but"])
            });
        if occasion && mentions[k + 1].status == mentions[k].status {
            mentions[k].timex = mentions[k + 1].timex;
        }
    }
}

/// "Farm groups protested on Thursday, saying imports would hurt them":
/// a participle after a comma, with no date of its own, happens when the
/// verb it hangs from does.
fn date_trailing_participles(
    s: &Sentence<'_>,
    triggers: &[crate::lexicon::TriggerMatch<'_>],
    mentions: &mut [EventMention],
) {
    for k in 0..mentions.len() {
        let first = triggers[k].first;
        let trailing = mentions[k].timex.is_none()
            && !mentions[k].noun
            && first > 0
            && s.toks[first - 1].is_punct(',')
            && s.toks[first].lower.ends_with("ing");
        if !trailing {
            continue;
        }
        let main = (0..k).rev().find(|&j| !mentions[j].noun && triggers[j].end < first);
        match main {
            // "denied that …, saying the deaths were caused by fires": a
            // saying told with no date was made when the one it follows was.
            Some(j) => {
                mentions[k].timex = mentions[j].timex;
                mentions[k].said_today |= mentions[j].said_today;
            }
            // "The Commission on Thursday blocked the deal, saying …": a
            // main verb no event names still has the sentence's day, told
            // before it in the same clause.
            None => {
                mentions[k].timex = s
                    .timexes
                    .iter()
                    .filter(|&&(_, b, _)| b < first)
                    .filter(|&&(a, _, _)| {
                        !(a..first).any(|j| s.is_break(j))
                            && !(0..a).any(|j| s.is_any(j, &["which", "who", "that"]))
                    })
                    .map(|&(_, _, ti)| ti)
                    .next_back();
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
    kinds: &[String],
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
                // "agreed … in their first call": said during a meeting;
                // not "was in talks to be acquired", a state.
                "in" if m.first - j <= 3
                    && m.first - j >= 2
                    && all[first_new + k].noun
                    && matches!(
                        kinds[m.pattern.kind].as_str(),
                        "call" | "meeting" | "talks" | "summit"
                    ) =>
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
        // The event the signal hangs from: the nearest verb of the clause
        // ("ordered the strikes … after"), else the nearest mention.
        let before: Vec<usize> = (0..k).filter(|&g| triggers[g].end <= at).collect();
        let same_clause =
            |g: usize| !(triggers[g].end..at).any(|i| s.toks[i].is_punct(',') || s.is_break(i));
        let verb = |g: usize| !all[first_new + g].noun;
        // "their first call since the airstrike": a noun right before the
        // signal is what it is about.
        let noun_before = before.last().copied().filter(|&g| !verb(g) && triggers[g].end == at);
        let governed = noun_before
            .or_else(|| before.iter().rev().find(|&&g| verb(g) && same_clause(g)).copied())
            .or_else(|| before.iter().rev().find(|&&g| same_clause(g)).copied())
            .or_else(|| before.iter().rev().find(|&&g| verb(g)).copied())
            .or(before.last().copied())
            // "Days after the call, the ministers signed …": a fronted
            // phrase hangs from the first event of the main clause.
            .or_else(|| {
                // Only a signal that opens the sentence: not "imposed a
                // curfew on Saturday after two days of rioting, the
                // governor's office said".
                if at > 2 {
                    return None;
                }
                let comma = (m.end..s.toks.len()).find(|&i| s.toks[i].is_punct(','))?;
                (k + 1..triggers.len()).find(|&g| triggers[g].first > comma)
            });
        let Some(gi) = governed else { continue };
        // "told a news conference that Norvik had failed … during an
        // investigation": the signal is in what was said, not about the
        // saying.
        let in_what_was_said = kinds[all[first_new + gi].kind] == "statement"
            && verb(gi)
            && (triggers[gi].end..at).any(|i| {
                s.is_any(i, OPENS_WHAT_WAS_SAID) || s.is_any(i, &["would", "will", "had"])
            });
        if in_what_was_said {
            continue;
        }
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
            all[from].after_a_while |= kind == RelationKind::After
                && s.is_any(
                    at.wrapping_sub(1),
                    &[
                        "days", "weeks", "months", "years", "decades", "day", "week", "month",
                        "year",
                    ],
                );
        }
    }
}
