//! Events across versions: which event of the old version is which of the
//! new, and which appear or disappear.
//!
//! Two events are the same when they are of the same kind and are told in
//! sentences the alignment pairs; a shared subkind and trigger word break
//! ties. An event with no counterpart appears (or disappears) only when
//! every mention of it is new (or gone): in an inserted sentence, or a
//! trigger among the inserted words of an edited one. An unmatched event
//! in an unchanged sentence is the extractor seeing the same text
//! differently, not a change.

use dateline_article::{BlockKind, Span};
use dateline_events::{Event, Status};

use crate::{Op, SentenceChange, Version, WordOp};

/// Which entry of the alignment each sentence of both versions is in.
pub(crate) struct SentenceMap<'a> {
    pub(crate) entries: &'a [SentenceChange],
    pub(crate) old: Vec<usize>,
    pub(crate) new: Vec<usize>,
}

impl<'a> SentenceMap<'a> {
    pub(crate) fn new(
        old: &Version,
        new: &Version,
        entries: &'a [SentenceChange],
    ) -> SentenceMap<'a> {
        let mut map = SentenceMap {
            entries,
            old: vec![usize::MAX; old.article().sentences().len()],
            new: vec![usize::MAX; new.article().sentences().len()],
        };
        for (e, c) in entries.iter().enumerate() {
            for i in c.old.clone() {
                map.old[i] = e;
            }
            for j in c.new.clone() {
                map.new[j] = e;
            }
        }
        map
    }

    /// The entry of a sentence on side `new` (or old).
    pub(crate) fn entry(&self, new: bool, sentence: usize) -> Option<&'a SentenceChange> {
        let at = if new { self.new.get(sentence) } else { self.old.get(sentence) };
        at.and_then(|&e| self.entries.get(e))
    }

    /// Whether sentences on the two sides are aligned to each other.
    fn paired(&self, old: usize, new: usize) -> bool {
        matches!((self.old.get(old), self.new.get(new)), (Some(a), Some(b)) if a == b && *a != usize::MAX)
    }

    /// Whether a mention at `trigger` in `sentence` is new (or gone): its
    /// sentence inserted (deleted), or the trigger among the inserted
    /// (deleted) words of a changed sentence.
    pub(crate) fn is_fresh(&self, new: bool, sentence: usize, trigger: Span) -> bool {
        let Some(entry) = self.entry(new, sentence) else { return false };
        match entry.op {
            Op::Insert => new,
            Op::Delete => !new,
            _ if !entry.is_change() => false,
            _ => {
                let side = if new { WordOp::Insert } else { WordOp::Delete };
                entry.words.iter().any(|w| w.op == side && w.span.overlaps(trigger))
            }
        }
    }

    /// Whether the sentence's text changed other than cosmetically.
    pub(crate) fn changed(&self, new: bool, sentence: usize) -> bool {
        self.entry(new, sentence).is_some_and(|e| e.is_change())
    }
}

/// The kind of an event with its subkind: "casualties/killed".
pub(crate) fn kind_name(e: &Event) -> String {
    match &e.subkind {
        Some(s) => format!("{}/{s}", e.kind),
        None => e.kind.clone(),
    }
}

/// Whether an event is a statement of any kind: said, denied, criticised…
pub(crate) fn is_statement(e: &Event) -> bool {
    e.kind == "statement"
}

/// Whether an event only reports other facts ("said", "announced",
/// "confirmed", "took to Twitter to say"): the attribution of what it
/// reports, not a fact of its own. A denial or a criticism is a fact, and
/// so is a silence ("made no mention of", "did not say").
pub(crate) fn is_report(e: &Event) -> bool {
    is_statement(e)
        && matches!(e.subkind.as_deref(), None | Some("say" | "announce" | "confirm" | "post"))
        && !is_denial(e)
}

/// Whether the text says an event did not happen or is denied: a
/// statement so told ("made no mention of") is a fact of its own.
pub(crate) fn is_denial(e: &Event) -> bool {
    matches!(e.status, Status::Negated | Status::Denied)
}

/// Whether every mention is in the headline, a caption, a credit or site
/// chrome: what the headline fact or nothing covers.
pub(crate) fn outside_story(e: &Event) -> bool {
    e.evidence.iter().all(|m| {
        matches!(
            m.block,
            BlockKind::Headline | BlockKind::Caption | BlockKind::Credit | BlockKind::Boilerplate
        )
    })
}

/// Pairs the events of two versions: for each old event, its new
/// counterpart, and for each new one, its old.
pub(crate) fn pair(
    old: &Version,
    new: &Version,
    map: &SentenceMap,
) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let trigger = |v: &Version, e: &Event| {
        e.evidence.first().map(|m| v.article().slice(m.trigger).to_lowercase())
    };
    let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
    for (a, ea) in old.events().iter().enumerate() {
        for (b, eb) in new.events().iter().enumerate() {
            if ea.kind != eb.kind {
                continue;
            }
            let shared = ea
                .evidence
                .iter()
                .map(|x| eb.evidence.iter().filter(|y| map.paired(x.sentence, y.sentence)).count())
                .sum::<usize>();
            if shared == 0 {
                continue;
            }
            let mut score = shared as f32;
            if ea.subkind == eb.subkind {
                score += 0.5;
            }
            if trigger(old, ea) == trigger(new, eb) {
                score += 0.25;
            }
            candidates.push((score, a, b));
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut old_to_new = vec![None; old.events().len()];
    let mut new_to_old = vec![None; new.events().len()];
    for (_, a, b) in candidates {
        if old_to_new[a].is_none() && new_to_old[b].is_none() {
            old_to_new[a] = Some(b);
            new_to_old[b] = Some(a);
        }
    }
    (old_to_new, new_to_old)
}

/// Whether an unpaired event is told only in sentences the other version
/// does not have: inserted ones (on the new side) or deleted ones (on the
/// old). Events in edited sentences are read again sentence by sentence.
pub(crate) fn fresh(e: &Event, new: bool, map: &SentenceMap) -> bool {
    !e.evidence.is_empty()
        && !outside_story(e)
        && e.evidence.iter().all(|m| {
            map.entry(new, m.sentence).is_some_and(|c| matches!(c.op, Op::Insert | Op::Delete))
        })
}
