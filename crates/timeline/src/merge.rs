//! Merging the events of many articles: the same event reported by
//! several articles becomes one entry with every source, and the sources'
//! disagreements on its date or status are kept as conflicts.

use std::sync::Arc;

use chrono::NaiveDate;
use dateline_events::{Role, Status};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::{ArticleEvents, Claim, Conflict, ConflictField, Entry, When};

/// An entry with what ordering needs beyond it: its place in the text
/// (which article, how far in) and, per relation, the merged entry it
/// points at.
#[derive(Clone, Debug)]
pub(crate) struct Keyed {
    pub(crate) entry: Entry,
    /// Its index among the merged entries, which links point to.
    pub(crate) index: usize,
    /// The index of the first article that reports it, and the byte offset
    /// of its first mention there.
    pub(crate) text_order: (usize, usize),
    /// Relations as (kind, index of the other merged entry).
    pub(crate) links: Vec<(dateline_events::RelationKind, usize)>,
}

/// Where merged entries may be found again: by kind and a person taking
/// part ("" for entries with nobody named); an entry is filed under each of
/// its people. Within, day-precise entries by their day, coarser and
/// undated ones in lists.
type Bucket = (Arc<str>, Arc<str>);

#[derive(Debug, Default)]
struct Slot {
    days: std::collections::BTreeMap<NaiveDate, Vec<u32>>,
    coarse: Vec<u32>,
    undated: Vec<u32>,
}

impl Slot {
    /// The first entry whose interval may overlap `e`'s and that `fits`.
    fn find(&self, e: &Entry, mut fits: impl FnMut(usize) -> bool) -> Option<usize> {
        let mut fits = |&i: &u32| fits(i as usize);
        let found = match (e.start(), e.end()) {
            (Some(start), Some(end)) => {
                let mut days = self.days.range(start..=end).flat_map(|(_, ids)| ids.iter());
                days.find(|i| fits(i)).or_else(|| self.coarse.iter().find(|i| fits(i)))
            }
            _ if e.when.is_some() => self.coarse.iter().find(|i| fits(i)),
            _ => self.undated.iter().find(|i| fits(i)),
        };
        found.map(|&i| i as usize)
    }

    fn file(&mut self, e: &Entry, i: usize) {
        let i = i as u32;
        match (e.start(), e.end()) {
            (Some(start), Some(end)) if start == end => self.days.entry(start).or_default().push(i),
            _ if e.when.is_some() => self.coarse.push(i),
            _ => self.undated.push(i),
        }
    }
}

/// What each source said of one entry: a value (a date or a status) and
/// the sources, by article number, that gave it.
type Said = Vec<(String, Vec<u32>)>;

#[derive(Debug, Default)]
pub(crate) struct Merger {
    entries: Vec<Keyed>,
    /// The last article that added to each entry: an article's events are
    /// already merged, so it never adds twice to one entry.
    last_article: Vec<usize>,
    /// Each entry's interval, when it has one, kept beside the entries:
    /// most candidates are ruled out by it alone, without reading the
    /// entry itself.
    spans: Vec<Option<(NaiveDate, NaiveDate)>>,
    /// What each source said of the entry's date and status, kept from the
    /// second source on (most entries have one).
    said: Vec<Option<Box<(Said, Said)>>>,
    /// Every distinct text, held once.
    texts: FxHashSet<Arc<str>>,
    index: FxHashMap<Bucket, Slot>,
    /// Each entry's names, to tell apart reports that share only a day or
    /// only "police".
    names: Vec<Lazy>,
    /// Article number → source id.
    source_ids: Vec<String>,
    /// Article number → publication date.
    published: Vec<Option<NaiveDate>>,
    /// The article each entry's quantity comes from: a later report's toll
    /// replaces an earlier one's ("at least four" → "six").
    quantity_from: Vec<u32>,
}

/// The people of an entry: those who act or take part, not targets.
fn people_of(e: &Entry, texts: &mut FxHashSet<Arc<str>>) -> Vec<Arc<str>> {
    let mut out: Vec<Arc<str>> = e
        .participants
        .iter()
        .filter(|p| p.role != Role::Target)
        .map(|p| share(texts, &p.name.to_lowercase()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The shared copy of `text`.
fn share(texts: &mut FxHashSet<Arc<str>>, text: &str) -> Arc<str> {
    if let Some(t) = texts.get(text) {
        return t.clone();
    }
    let t: Arc<str> = Arc::from(text);
    texts.insert(t.clone());
    t
}

/// Kinds that nobody in particular does: a summit, an earthquake, an
/// election, a death toll are known by their place or their day.
fn impersonal(kind: &str) -> bool {
    matches!(kind, "summit" | "election" | "disaster" | "casualties")
}

/// An entry's interval, if it has a whole one.
fn span_of(e: &Entry) -> Option<(NaiveDate, NaiveDate)> {
    e.start().zip(e.end())
}

/// Whether `name` lowercased is `lower`.
fn lower_eq(name: &str, lower: &str) -> bool {
    if name.is_ascii() {
        name.len() == lower.len()
            && name.bytes().zip(lower.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        name.to_lowercase() == lower
    }
}

/// Whether two entries from different articles report the same event.
fn same_event(a: &Entry, b: &Entry, pb: &[Arc<str>], names: (&Lazy, &Lazy)) -> bool {
    let shares =
        || names.0.get_or_init(|| Names::of(a)).shares(names.1.get_or_init(|| Names::of(b)));
    if a.kind != b.kind {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.subkind, &b.subkind) {
        if x != y {
            return false;
        }
    }
    match (a.when.as_ref(), b.when.as_ref()) {
        (Some(x), Some(y)) => {
            let (Some(xs), Some(xe), Some(ys), Some(ye)) = (x.start, x.end, y.start, y.end) else {
                return x.value == y.value;
            };
            if xe < ys || ye < xs {
                return false;
            }
            // Two different days are two events.
            if xs == xe && ys == ye && xs != ys {
                return false;
            }
        }
        (None, None) => {}
        _ => return false,
    }
    // `a`'s people against `b`'s (`pb`, as `people_of` gives them:
    // lowercase, sorted, once each), compared without lowercasing copies:
    // an entry is checked against many candidates.
    let people_a = || a.participants.iter().filter(|p| p.role != Role::Target);
    let in_b = |name: &str| pb.iter().any(|q| lower_eq(name, q));
    let has_a = people_a().next().is_some();
    let same_place = matches!((&a.place, &b.place), (Some(x), Some(y)) if x.name == y.name);
    if a.when.is_none() {
        // Undated: only the same people doing the same thing, and when
        // they are only "police" or "officials", in reports that share a
        // name.
        return has_a
            && people_a().all(|p| in_b(&p.name))
            && pb.iter().all(|q| people_a().any(|p| lower_eq(&p.name, q)))
            && (!people_a().all(|p| generic(&p.name)) || shares());
    }
    if has_a && !pb.is_empty() {
        // "Police" and "officials" are in every story: sharing only such
        // people, two reports must also share a name ("Karsa").
        let mut shared = people_a().filter(|p| in_b(&p.name)).peekable();
        if shared.peek().is_none() {
            return false;
        }
        return !shared.all(|p| generic(&p.name)) || shares();
    }
    // What nobody in particular does (a summit, an earthquake, an election)
    // is known by its place or its day; anything else needs its people on
    // both sides: "officials said" is not "the Kremlin said".
    if !impersonal(&a.kind) && (has_a == pb.is_empty() || &*a.kind == "statement") {
        return false;
    }
    // On the same day with no place given, two reports must share a name:
    // a death toll in Karsa is not one in Lindau.
    same_place
        || ((a.when.as_ref().zip(b.when.as_ref()))
            .is_some_and(|(x, y)| x.start == x.end && x.start == y.start && y.start == y.end)
            && shares())
}

/// Whether what sources said of a status is news moving on, not a
/// disagreement: every source calling it planned was published before
/// every source saying it happened (or was called off).
fn plan_then_outcome(said: &Said, published: &[Option<NaiveDate>]) -> bool {
    let [(a, a_seqs), (b, b_seqs)] = said.as_slice() else { return false };
    let (plan, outcome) = match (a.as_str(), b.as_str()) {
        ("planned", "occurred" | "negated") => (a_seqs, b_seqs),
        ("occurred" | "negated", "planned") => (b_seqs, a_seqs),
        _ => return false,
    };
    let dates =
        |seqs: &[u32]| seqs.iter().map(|&k| published[k as usize]).collect::<Option<Vec<_>>>();
    match (dates(plan), dates(outcome)) {
        (Some(p), Some(o)) => p.iter().max() < o.iter().min(),
        _ => false,
    }
}

/// People every story has: they tell no event from another.
fn generic(name: &str) -> bool {
    const GENERIC: &[&str] = &[
        "police",
        "officials",
        "authorities",
        "prosecutors",
        "investigators",
        "the government",
        "government",
        "the army",
        "army",
        "the military",
        "military",
        "rebels",
        "protesters",
        "residents",
        "witnesses",
        "officers",
        "troops",
        "militants",
        "activists",
    ];
    GENERIC.iter().any(|g| name.eq_ignore_ascii_case(g))
}

/// Names of days and months, which every story's sentences have.
const CALENDAR_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
];

/// How many of an entry's sentences its names are read from: the first
/// reports tell what it is about.
const NAMED_SENTENCES: usize = 8;

/// An entry's names, read when first needed.
type Lazy = std::cell::OnceCell<Names>;

/// The capitalized words of a report's sentences that are not the first
/// of their sentence (a place or a name: "Karsa", "Salo"), hashed, sorted.
#[derive(Debug)]
struct Names(Vec<u64>);

impl Names {
    fn of(e: &Entry) -> Names {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let hasher = BuildHasherDefault::<rustc_hash::FxHasher>::default();
        let mut out: Vec<u64> = e
            .evidence
            .iter()
            .take(NAMED_SENTENCES)
            .flat_map(|m| {
                m.sentence
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .skip(1)
                    .filter(|w| w.len() > 2 && w.starts_with(char::is_uppercase))
                    .filter(|w| !CALENDAR_WORDS.iter().any(|c| w.starts_with(c)))
            })
            .map(|w| hasher.hash_one(w))
            .collect();
        out.sort_unstable();
        out.dedup();
        Names(out)
    }

    /// Whether the two share a word.
    fn shares(&self, other: &Names) -> bool {
        other.0.iter().any(|h| self.0.binary_search(h).is_ok())
    }
}

fn note(said: &mut Said, value: String, article: u32) {
    match said.iter_mut().find(|(v, _)| *v == value) {
        Some((_, sources)) => sources.push(article),
        None => said.push((value, vec![article])),
    }
}

fn date_value(e: &Entry) -> String {
    e.when.as_ref().map_or_else(|| "undated".into(), |w| w.value.to_string())
}

/// How much a date says: exact before inferred, finer before coarser.
fn date_rank(w: &When) -> (bool, dateline_temporal::Granularity) {
    (w.approximate, w.granularity)
}

/// Which status wins when sources disagree: what happened over what was
/// planned or claimed.
fn status_rank(s: Status) -> u8 {
    match s {
        Status::Occurred => 0,
        Status::Ongoing => 1,
        Status::Reported => 2,
        Status::Denied => 3,
        Status::Planned => 4,
        Status::Negated => 5,
        Status::Hypothetical => 6,
    }
}

impl Merger {
    /// Replaces the article's texts by their shared copies.
    pub(crate) fn intern(&mut self, article: &mut ArticleEvents) {
        let texts = &mut self.texts;
        for e in &mut article.entries {
            e.kind = share(texts, &e.kind);
            if let Some(k) = &mut e.subkind {
                *k = share(texts, k);
            }
            if let Some(q) = &mut e.quantity {
                *q = share(texts, q);
            }
            if let Some(w) = &mut e.when {
                w.value = share(texts, &w.value);
                if let Some(t) = &mut w.text {
                    *t = share(texts, t);
                }
            }
            for p in &mut e.participants {
                p.name = share(texts, &p.name);
            }
            if let Some(p) = &mut e.place {
                p.name = share(texts, &p.name);
                if let Some(c) = &mut p.country {
                    *c = share(texts, c);
                }
            }
            e.summary = share(texts, &e.summary);
            for s in &mut e.sources {
                *s = share(texts, s);
            }
            for m in &mut e.evidence {
                m.source = share(texts, &m.source);
                m.sentence = share(texts, &m.sentence);
                m.trigger = share(texts, &m.trigger);
            }
        }
    }

    pub(crate) fn add(&mut self, article: &ArticleEvents) {
        let seq = self.source_ids.len();
        self.source_ids.push(article.source.id.clone());
        self.published.push(article.source.published);
        let source = share(&mut self.texts, &article.source.id);
        // Article-local event id → merged index.
        let mut local: FxHashMap<&str, usize> = FxHashMap::default();
        for e in &article.entries {
            let people = people_of(e, &mut self.texts);
            // What can never match anything is not looked up or filed: an
            // undated event nobody is named in, or a personal kind (a
            // statement, a meeting) with nobody named.
            let mergeable = !people.is_empty() || (e.when.is_some() && impersonal(&e.kind));
            let keys: Vec<Bucket> = if !mergeable {
                Vec::new()
            } else if people.is_empty() {
                vec![(e.kind.clone(), share(&mut self.texts, ""))]
            } else {
                people.iter().map(|p| (e.kind.clone(), p.clone())).collect()
            };
            let span = span_of(e);
            let names = Lazy::new();
            let found = keys.iter().find_map(|key| {
                self.index.get(key)?.find(e, |i| {
                    let apart = matches!((self.spans[i], span), (Some((s, t)), Some((u, v))) if t < u || v < s);
                    !apart
                        && self.last_article[i] != seq
                        && same_event(&self.entries[i].entry, e, &people, (&self.names[i], &names))
                })
            });
            let at = match found {
                Some(i) => {
                    self.absorb(i, e, &source, seq);
                    i
                }
                None => {
                    let i = self.entries.len();
                    let first = e.evidence.first().map_or(0, |m| m.start);
                    let mut entry = e.clone();
                    // Ids and relations are given again once ordered.
                    entry.id = String::new();
                    entry.relations = Vec::new();
                    self.entries.push(Keyed {
                        entry,
                        index: i,
                        text_order: (seq, first),
                        links: Vec::new(),
                    });
                    self.last_article.push(seq);
                    self.quantity_from.push(seq as u32);
                    self.spans.push(span);
                    self.names.push(Lazy::new());
                    self.said.push(None);
                    for key in keys {
                        self.index.entry(key).or_default().file(e, i);
                    }
                    i
                }
            };
            local.insert(e.id.as_str(), at);
        }
        for e in &article.entries {
            let from = local[e.id.as_str()];
            for r in &e.relations {
                if let Some(&to) = local.get(r.event.as_str()) {
                    let link = (r.kind, to);
                    if from != to && !self.entries[from].links.contains(&link) {
                        self.entries[from].links.push(link);
                    }
                }
            }
        }
    }

    /// Merges `e`, from `source`, into entry `i`. Each further source adds
    /// its first mention: the sentence that traces the entry to it.
    fn absorb(&mut self, i: usize, e: &Entry, source: &Arc<str>, seq: usize) {
        self.last_article[i] = seq;
        let first = self.entries[i].text_order.0 as u32;
        let target = &mut self.entries[i].entry;
        // The first source's word, before this one changes anything.
        let said = self.said[i].get_or_insert_with(|| {
            Box::new((
                vec![(date_value(target), vec![first])],
                vec![(target.status.as_str().to_string(), vec![first])],
            ))
        });
        note(&mut said.0, date_value(e), seq as u32);
        note(&mut said.1, e.status.as_str().to_string(), seq as u32);
        target.sources.push(source.clone());
        target.evidence.extend(e.evidence.first().cloned());
        for p in &e.participants {
            if !target.participants.iter().any(|q| q.name == p.name) {
                target.participants.push(p.clone());
            }
        }
        if target.place.is_none() {
            target.place.clone_from(&e.place);
        }
        let later = |a: Option<NaiveDate>, b: Option<NaiveDate>| matches!((a, b), (Some(a), Some(b)) if a > b);
        let from = self.quantity_from[i] as usize;
        if e.quantity.is_some()
            && (target.quantity.is_none() || later(self.published[seq], self.published[from]))
        {
            target.quantity.clone_from(&e.quantity);
            self.quantity_from[i] = seq as u32;
        }
        if let Some(w) = &e.when {
            let better = target.when.as_ref().is_none_or(|t| date_rank(w) < date_rank(t));
            if better {
                target.when = Some(w.clone());
                self.spans[i] = span_of(target);
            }
        }
        if status_rank(e.status) < status_rank(target.status) {
            target.status = e.status;
        }
        target.confidence =
            ((target.confidence.max(e.confidence) + 0.05).min(0.99) * 100.0).round() / 100.0;
    }

    /// The merged entries, each with its conflicts.
    pub(crate) fn finish(mut self) -> Vec<Keyed> {
        // The lookups go first, and the lists that grew while merging give
        // back their spare room: a big corpus has hundreds of thousands of
        // entries.
        self.index = FxHashMap::default();
        self.texts = FxHashSet::default();
        for k in &mut self.entries {
            k.entry.evidence.shrink_to_fit();
            k.entry.sources.shrink_to_fit();
            k.links.shrink_to_fit();
        }
        for (i, k) in self.entries.iter_mut().enumerate() {
            let Some(said) = self.said[i].take() else { continue };
            for (field, said) in [(ConflictField::Date, &said.0), (ConflictField::Status, &said.1)]
            {
                let claims: Vec<Claim> = said
                    .iter()
                    .filter(|(value, _)| !(field == ConflictField::Date && value == "undated"))
                    .map(|(value, sources)| Claim {
                        value: value.clone(),
                        sources: sources
                            .iter()
                            .map(|&a| self.source_ids[a as usize].clone())
                            .collect(),
                    })
                    .collect();
                // "2023-10-20" and "2023-10-20TEV" are one date told more
                // or less finely, as are "2023-10" and "2023-10-20": no
                // disagreement unless two claims are not prefixes of one
                // another.
                let disagree = claims.iter().enumerate().any(|(a, x)| {
                    claims[a + 1..].iter().any(|y| {
                        field != ConflictField::Date
                            || !(x.value.starts_with(&y.value) || y.value.starts_with(&x.value))
                    })
                });
                let update =
                    field == ConflictField::Status && plan_then_outcome(said, &self.published);
                if disagree && !update {
                    k.entry.conflicts.push(Conflict { field, claims });
                }
            }
        }
        self.entries
    }
}
