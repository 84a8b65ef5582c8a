//! Ordering entries whose dates have mixed precision.
//!
//! Dated entries sort by the interval their date denotes: by first day,
//! then (among those starting the same day) by the relations the text gives
//! ("the attack before the strike"), then by words that place an event
//! within its day ("earlier Tuesday"), by last day — a day before the month
//! that starts with it — and by text order. Undated entries go right after
//! (or before) the entry a relation ties them to; the rest come last, in
//! text order.

use std::cmp::Ordering;

use dateline_events::RelationKind;

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

fn compare(a: &Keyed, b: &Keyed) -> Ordering {
    let (ea, eb) = (&a.entry, &b.entry);
    ea.start()
        .cmp(&eb.start())
        .then(within_day(ea).cmp(&within_day(eb)))
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
        let mut run: Vec<usize> = dated[i..j].to_vec();
        while !run.is_empty() {
            let free = (0..run.len())
                .find(|&x| {
                    !run.iter().any(|&o| {
                        o != run[x]
                            && must_precede(&keyed[o], origin[o], &keyed[run[x]], origin[run[x]])
                    })
                })
                .unwrap_or(0);
            ordered.push(run.remove(free));
        }
        i = j;
    }

    // Undated entries, placed by their relations where they have one.
    let mut tail: Vec<usize> = Vec::new();
    for &u in &undated {
        let anchor = keyed[u].links.iter().find_map(|&(kind, to)| {
            let at = ordered.iter().position(|&o| origin[o] == to)?;
            match kind {
                RelationKind::After | RelationKind::During => Some(at + 1),
                RelationKind::Before => Some(at),
            }
        });
        match anchor {
            Some(at) => ordered.insert(at, u),
            None => tail.push(u),
        }
    }
    tail.sort_by_key(|&u| keyed[u].text_order);
    ordered.extend(tail);

    // New ids, and relations rewritten to them.
    let position: rustc_hash::FxHashMap<usize, usize> =
        ordered.iter().enumerate().map(|(p, &o)| (origin[o], p)).collect();
    let id_of = |merger_index: usize| position.get(&merger_index).map(|p| format!("e{}", p + 1));
    let mut out: Vec<Entry> = Vec::with_capacity(n);
    for (pos, &o) in ordered.iter().enumerate() {
        let k = &keyed[o];
        let mut entry = k.entry.clone();
        entry.id = format!("e{}", pos + 1);
        entry.relations = k
            .links
            .iter()
            .filter_map(|&(kind, to)| id_of(to).map(|event| Relation { kind, event }))
            .collect();
        out.push(entry);
    }
    out
}
