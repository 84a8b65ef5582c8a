//! Merging the events of many articles: the same event reported by
//! several articles becomes one entry with every source, and the sources'
//! disagreements on its date or status are kept as conflicts.

use chrono::Datelike;
use dateline_events::{Role, Status, When};
use rustc_hash::FxHashMap;

use crate::{ArticleEvents, Claim, Conflict, ConflictField, Entry};

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

/// Where merged entries may be found again: by kind and the month their
/// date starts in (undated entries under month 0).
type Bucket = (String, i32);

#[derive(Debug, Default)]
pub(crate) struct Merger {
    entries: Vec<Keyed>,
    /// For each entry, the values each source gave its date and status.
    dates: Vec<Vec<(String, String)>>,
    statuses: Vec<Vec<(String, String)>>,
    index: FxHashMap<Bucket, Vec<usize>>,
    articles: usize,
}

fn bucket(e: &Entry) -> Bucket {
    let month = e.start().map_or(0, |d| d.year() * 12 + d.month0() as i32 + 1);
    (e.kind.clone(), month)
}

/// Whether two entries from different articles report the same event.
fn same_event(a: &Entry, b: &Entry) -> bool {
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
    let people = |e: &Entry| -> Vec<String> {
        e.participants
            .iter()
            .filter(|p| p.role != Role::Target)
            .map(|p| p.name.to_lowercase())
            .collect()
    };
    let (pa, pb) = (people(a), people(b));
    let shared = pa.iter().any(|p| pb.contains(p));
    let same_place = matches!((&a.place, &b.place), (Some(x), Some(y)) if x.name == y.name);
    if a.when.is_none() {
        // Undated: only the same people doing the same thing.
        return !pa.is_empty() && pa.len() == pb.len() && pa.iter().all(|p| pb.contains(p));
    }
    if !pa.is_empty() && !pb.is_empty() {
        return shared;
    }
    // What nobody in particular does (a summit, an earthquake, an election)
    // is known by its place or its day; anything else needs its people on
    // both sides: "officials said" is not "the Kremlin said".
    let impersonal = matches!(a.kind.as_str(), "summit" | "election" | "disaster" | "casualties");
    if !impersonal && (pa.is_empty() != pb.is_empty() || a.kind == "statement") {
        return false;
    }
    same_place
        || (a.when.as_ref().zip(b.when.as_ref()))
            .is_some_and(|(x, y)| x.start == x.end && x.start == y.start && y.start == y.end)
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
    pub(crate) fn add(&mut self, article: &ArticleEvents) {
        let seq = self.articles;
        self.articles += 1;
        let source = &article.source.id;
        // Article-local event id → merged index.
        let mut local: FxHashMap<&str, usize> = FxHashMap::default();
        for e in &article.entries {
            let key = bucket(e);
            let found = self.index.get(&key).and_then(|ids| {
                ids.iter().copied().find(|&i| {
                    !self.entries[i].entry.sources.contains(source)
                        && same_event(&self.entries[i].entry, e)
                })
            });
            let at = match found {
                Some(i) => {
                    self.absorb(i, e, source);
                    i
                }
                None => {
                    let i = self.entries.len();
                    let first = e.evidence.first().map_or(0, |m| m.start);
                    let mut entry = e.clone();
                    entry.relations.clear();
                    self.entries.push(Keyed {
                        entry,
                        index: i,
                        text_order: (seq, first),
                        links: Vec::new(),
                    });
                    let value =
                        |w: &Option<When>| w.as_ref().map_or("undated".into(), |w| w.value.clone());
                    self.dates.push(vec![(value(&e.when), source.clone())]);
                    self.statuses.push(vec![(e.status.as_str().to_string(), source.clone())]);
                    self.index.entry(key).or_default().push(i);
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

    /// Merges `e`, from `source`, into entry `i`.
    fn absorb(&mut self, i: usize, e: &Entry, source: &str) {
        let k = &mut self.entries[i];
        let target = &mut k.entry;
        target.sources.push(source.to_string());
        target.evidence.extend(e.evidence.iter().cloned());
        for p in &e.participants {
            if !target.participants.iter().any(|q| q.name == p.name) {
                target.participants.push(p.clone());
            }
        }
        if target.place.is_none() {
            target.place.clone_from(&e.place);
        }
        if target.quantity.is_none() {
            target.quantity.clone_from(&e.quantity);
        }
        if let Some(w) = &e.when {
            let better = target.when.as_ref().is_none_or(|t| date_rank(w) < date_rank(t));
            if better {
                target.when = Some(w.clone());
            }
        }
        if status_rank(e.status) < status_rank(target.status) {
            target.status = e.status;
        }
        target.confidence = (target.confidence.max(e.confidence) + 0.05).min(0.99);
        let value = e.when.as_ref().map_or("undated".into(), |w| w.value.clone());
        self.dates[i].push((value, source.to_string()));
        self.statuses[i].push((e.status.as_str().to_string(), source.to_string()));
    }

    /// The merged entries, each with its conflicts.
    pub(crate) fn finish(mut self) -> Vec<Keyed> {
        for (i, k) in self.entries.iter_mut().enumerate() {
            for (field, said) in
                [(ConflictField::Date, &self.dates[i]), (ConflictField::Status, &self.statuses[i])]
            {
                let mut claims: Vec<Claim> = Vec::new();
                for (value, source) in said {
                    if field == ConflictField::Date && value == "undated" {
                        continue;
                    }
                    match claims.iter_mut().find(|c| c.value == *value) {
                        Some(c) if !c.sources.contains(source) => c.sources.push(source.clone()),
                        Some(_) => {}
                        None => claims
                            .push(Claim { value: value.clone(), sources: vec![source.clone()] }),
                    }
                }
                if claims.len() > 1 {
                    k.entry.conflicts.push(Conflict { field, claims });
                }
            }
        }
        self.entries
    }
}
