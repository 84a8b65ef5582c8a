//! Ordering entries whose dates have mixed precision.
//!
//! Dated entries sort by the interval their date denotes: by first day,
//! then (among those starting the same day) by the relations the text gives
//! ("the attack before the strike"), then by words that place an event
//! within its day ("earlier Tuesday"), by the time of day it gives ("9am",
//! "Tuesday night"), by last day — a day before the month
//! that starts with it — and by text order. Undated entries go right after
//! (or before) the entry a relation ties them to; the rest come last, in
//! text order.

use std::cmp::Ordering;

use dateline_events::RelationKind;
use rustc_hash::FxHashMap;

use crate::merge::Keyed;
use crate::{Entry, Relation};

/// Where words place an event within its day: "earlier Tuesday" before the
/// day's other events, "later Tuesday" after them.
fn within_day(e: &Entry) -> i8 {
    let text = e.when.as_ref().and_then(|w| w.text.as_deref()).unwrap_or("");
    let first = text.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
    match first.as_str() {
        "earlier" | "early" => -1,
        "later" | "late" => 1,
        _ => 0,
    }
}

/// The time of day an entry's date gives, in minutes: a clock time, or a
/// part of the day at its usual hour (morning 8:00, afternoon 14:00,
/// evening 19:00, night 22:00). A day with no time has none and comes
/// before its times.
fn time_of_day(e: &Entry) -> Option<u32> {
    let value = &e.when.as_ref()?.value;
    let (_, time) = value.split_once('T')?;
    match time {
        "MO" => Some(8 * 60),
        "AF" => Some(14 * 60),
        "EV" => Some(19 * 60),
        "NI" => Some(22 * 60),
        // "15:17", "09:30Z", "21"
        t => {
            let hour: u32 = t.get(..2)?.parse().ok()?;
            let minute: u32 = t.get(3..5).and_then(|m| m.parse().ok()).unwrap_or(0);
            Some(hour * 60 + minute)
        }
    }
}

fn compare(a: &Keyed, b: &Keyed) -> Ordering {
    let (ea, eb) = (&a.entry, &b.entry);
    ea.start()
        .cmp(&eb.start())
        .then(within_day(ea).cmp(&within_day(eb)))
        .then(time_of_day(ea).cmp(&time_of_day(eb)))
        .then(ea.end().cmp(&eb.end()))
        .then(a.text_order.cmp(&b.text_order))
}

/// Whether `a` must come before `b` by a relation either states.
/// An event dated only by the one it happened during ("agreed … in their
/// call") comes after it.
fn must_precede(a: &Keyed, ai: usize, b: &Keyed, bi: usize) -> bool {
    let inferred = |k: &Keyed| k.entry.when.as_ref().is_some_and(|w| w.approximate);
    a.links.iter().any(|&(k, to)| k == RelationKind::Before && to == bi)
        || b.links.iter().any(|&(k, to)| k == RelationKind::After && to == ai)
        || (inferred(b) && b.links.iter().any(|&(k, to)| k == RelationKind::During && to == ai))
}

/// The entries of `run` (in sorted order) with the relations between them
/// obeyed: Kahn's algorithm, taking the earliest free entry in sorted order
/// each time. A cycle (texts can contradict each other) is broken by
/// taking the earliest remaining entry.
fn topological(keyed: &[Keyed], origin: &[usize], run: &[usize]) -> Vec<usize> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    if run.len() == 1 {
        return run.to_vec();
    }
    // Positions in the run by merger index; only linked entries matter.
    let at: FxHashMap<usize, usize> =
        run.iter().enumerate().map(|(p, &o)| (origin[o], p)).collect();
    let mut successors: Vec<Vec<usize>> = vec![Vec::new(); run.len()];
    let mut blockers = vec![0usize; run.len()];
    for (p, &o) in run.iter().enumerate() {
        for &(_, to) in &keyed[o].links {
            let Some(&q) = at.get(&to) else { continue };
            let (first, then) =
                if must_precede(&keyed[o], origin[o], &keyed[run[q]], origin[run[q]]) {
                    (p, q)
                } else if must_precede(&keyed[run[q]], origin[run[q]], &keyed[o], origin[o]) {
                    (q, p)
                } else {
                    continue;
                };
            if first != then && !successors[first].contains(&then) {
                successors[first].push(then);
                blockers[then] += 1;
            }
        }
    }
    let mut free: BinaryHeap<Reverse<usize>> =
        (0..run.len()).filter(|&p| blockers[p] == 0).map(Reverse).collect();
    let mut done = vec![false; run.len()];
    let mut out = Vec::with_capacity(run.len());
    while out.len() < run.len() {
        let p = match free.pop() {
            Some(Reverse(p)) if !done[p] => p,
            Some(_) => continue,
            // A cycle: take the earliest entry not yet placed.
            None => (0..run.len()).find(|&p| !done[p]).unwrap_or(0),
        };
        done[p] = true;
        out.push(run[p]);
        for &q in &successors[p] {
            blockers[q] = blockers[q].saturating_sub(1);
            if blockers[q] == 0 && !done[q] {
                free.push(Reverse(q));
            }
        }
    }
    out
}

/// For each merger index, the position in `ordered` of the entry that had
/// it (`u32::MAX` for none): a dense table, as merger indices are.
fn positions(ordered: &[usize], origin: &[usize]) -> Vec<u32> {
    let len = origin.iter().max().map_or(0, |&m| m + 1);
    let mut at = vec![u32::MAX; len];
    for (p, &o) in ordered.iter().enumerate() {
        at[origin[o]] = u32::try_from(p).expect("fewer than 4 billion entries");
    }
    at
}

/// Orders `keyed` (indexed by position in the merger: links point there)
/// and numbers the entries `e1`, `e2`… in the new order.
pub(crate) fn order(keyed: Vec<Keyed>) -> Vec<Entry> {
    // `keyed` may have lost filtered entries; links use merger indices, so
    // keep a map from those to positions here.
    let n = keyed.len();
    let mut dated: Vec<usize> = (0..n).filter(|&i| keyed[i].entry.start().is_some()).collect();
    let undated: Vec<usize> = (0..n).filter(|&i| keyed[i].entry.start().is_none()).collect();
    dated.sort_by(|&a, &b| compare(&keyed[a], &keyed[b]));

    // Within each run of entries starting on the same day, the relations
    // come first: pick, in order, the first entry nothing in the run must
    // precede.
    let origin: Vec<usize> = keyed.iter().map(|k| k.index).collect();
    let mut ordered: Vec<usize> = Vec::with_capacity(n);
    let mut i = 0;
    while i < dated.len() {
        let start = keyed[dated[i]].entry.start();
        let mut j = i;
        while j < dated.len() && keyed[dated[j]].entry.start() == start {
            j += 1;
        }
        ordered.extend(topological(&keyed, &origin, &dated[i..j]));
        i = j;
    }

    // Undated entries, placed by their relations where they have one:
    // right after (or before) the entry they are tied to. Few are, so the
    // maps are sparse.
    let ordered = {
        let placed = positions(&ordered, &origin);
        let mut before: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        let mut after: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        let mut tail: Vec<usize> = Vec::new();
        for &u in &undated {
            let anchor = keyed[u].links.iter().find_map(|&(kind, to)| {
                let at = *placed.get(to)?;
                (at != u32::MAX).then_some((kind, at as usize))
            });
            match anchor {
                Some((RelationKind::Before, at)) => before.entry(at).or_default().push(u),
                Some((_, at)) => after.entry(at).or_default().push(u),
                None => tail.push(u),
            }
        }
        tail.sort_by_key(|&u| keyed[u].text_order);
        let mut all: Vec<usize> = Vec::with_capacity(n);
        for (p, &o) in ordered.iter().enumerate() {
            all.extend(before.get(&p).into_iter().flatten().copied());
            all.push(o);
            all.extend(after.get(&p).into_iter().flatten().copied());
        }
        all.extend(tail);
        all
    };
    drop((dated, undated));

    // New ids, and relations rewritten to them.
    let position = positions(&ordered, &origin);
    let id_of = |merger_index: usize| {
        let p = *position.get(merger_index)?;
        (p != u32::MAX).then(|| format!("e{}", p + 1))
    };
    // Ids and relations first, then the entries are put in order where
    // they are: a big timeline is never held twice.
    let mut keyed = keyed;
    for (pos, &o) in ordered.iter().enumerate() {
        let links = std::mem::take(&mut keyed[o].links);
        let entry = &mut keyed[o].entry;
        entry.id = format!("e{}", pos + 1);
        entry.relations = links
            .iter()
            .filter_map(|&(kind, to)| id_of(to).map(|event| Relation { kind, event }))
            .collect();
    }
    // `target[i]`: where the entry now at `i` belongs.
    let mut target = vec![0usize; n];
    for (pos, &o) in ordered.iter().enumerate() {
        target[o] = pos;
    }
    for i in 0..n {
        while target[i] != i {
            let j = target[i];
            keyed.swap(i, j);
            target.swap(i, j);
        }
    }
    keyed.into_iter().map(|k| k.entry).collect()
}
