//! Sentence alignment between two versions.
//!
//! The matching follows the NewsEdits pipeline's idea — sentences match on
//! word overlap above a threshold, and a move is a match that crosses the
//! others — in stages that keep the cost near linear:
//!
//! 1. sentences equal once folded ([`fold::key`]; a hash of the bytes
//!    for those written exactly alike) are matched in order by similar's
//!    patience diff over their hashes;
//! 2. folded-equal sentences left over elsewhere are matched too (they
//!    moved);
//! 3. the headline and the dateline are paired with their counterparts;
//! 4. what is left is matched on word overlap (Dice of word sets), found
//!    through an inverted index that skips the commonest words, best pairs
//!    first;
//! 5. a sentence next to a match that holds most of the matched
//!    sentence's missing words joins it: a split or a merge; and the only
//!    left-over sentences between the same two matches on both sides pair
//!    with less overlap than stage 4 needs;
//! 6. the longest chain of matches in the same order on both sides stays
//!    in place; every other match is a move.

use std::collections::{HashMap, HashSet, VecDeque};
use std::ops::Range;
use std::time::Instant;

use dateline_article::{Article, BlockKind, Span};
use similar::{Algorithm, DiffOp};

use crate::{DiffConfig, Op, SentenceChange, WordOp, fold, words};

/// Above this many candidate pairs of left-over sentences, candidates come
/// from the inverted index instead of every pair.
const ALL_PAIRS: usize = 20_000;
/// A word in more left-over sentences than this says nothing about which
/// sentence matches which: it is left out of the inverted index.
const COMMON_WORD: usize = 48;
/// The candidates kept for each left-over old sentence.
const CANDIDATES: usize = 8;
/// How much of a sentence next to a match must be words of the matched
/// sentence on the other side for it to join as a split or merge.
const JOIN_CONTAINMENT: f32 = 0.6;
/// The least Dice score of a pair worth a second look for a split or merge
/// when neither sentence alone clears the threshold.
const JOIN_CANDIDATE: f32 = 0.25;
/// The least Dice score for the only left-over sentences between the same
/// two matches on both sides to count as one sentence rewritten: their
/// place says as much as their words.
const GAP_SIMILARITY: f32 = 0.3;

/// Marks a key made from a sentence's exact bytes rather than its folded
/// text, so that the two kinds of key never collide by construction.
const EXACT: u64 = 0x5bd1_e995_5bd1_e995;

/// One side of the alignment.
struct Side<'a> {
    article: &'a Article,
    keys: Vec<u64>,
    /// Word sets, computed for the sentences that need them.
    sets: Vec<Option<Vec<u64>>>,
    /// The group each sentence belongs to.
    group: Vec<Option<usize>>,
}

impl<'a> Side<'a> {
    /// Both sides, each sentence keyed by its folded text. A sentence
    /// written exactly as one on the other side is keyed by a hash of its
    /// bytes instead, which is cheaper and says the same: most sentences
    /// of a revised story did not change at all.
    fn pair(old: &'a Article, new: &'a Article) -> [Side<'a>; 2] {
        let exact = |a: &Article| -> Vec<u64> {
            a.sentences().iter().map(|s| fold::exact(a.slice(s.span))).collect()
        };
        let (eo, en) = (exact(old), exact(new));
        let (so, sn): (HashSet<u64>, HashSet<u64>) =
            (eo.iter().copied().collect(), en.iter().copied().collect());
        let side = |article: &'a Article, own: Vec<u64>, other: &HashSet<u64>| {
            let keys: Vec<u64> =
                own.into_iter()
                    .zip(article.sentences())
                    .map(|(e, s)| {
                        if other.contains(&e) {
                            e ^ EXACT
                        } else {
                            fold::key(article.slice(s.span))
                        }
                    })
                    .collect();
            let n = keys.len();
            Side { article, keys, sets: vec![None; n], group: vec![None; n] }
        };
        [side(old, eo, &sn), side(new, en, &so)]
    }

    fn len(&self) -> usize {
        self.keys.len()
    }

    fn text(&self, i: usize) -> &'a str {
        self.article.slice(self.article.sentences()[i].span)
    }

    fn kind(&self, i: usize) -> BlockKind {
        self.article.blocks()[self.article.sentences()[i].block].kind
    }

    /// Computes the word set of sentence `i` if it is not yet.
    fn fill(&mut self, i: usize) {
        if self.sets[i].is_none() {
            self.sets[i] = Some(fold::word_set(self.text(i)));
        }
    }

    /// The word set of sentence `i`, once [`Side::fill`]ed.
    fn set(&self, i: usize) -> &[u64] {
        self.sets[i].as_deref().unwrap_or_default()
    }

    /// The span from the first to the last sentence of `range`.
    fn span(&self, range: &Range<usize>) -> Span {
        let s = self.article.sentences();
        s[range.start].span.cover(s[range.end - 1].span)
    }

    /// A sentence with no letter or digit: nothing to match it on.
    fn is_blank(&self, i: usize) -> bool {
        !self.text(i).chars().any(char::is_alphanumeric)
    }
}

/// Matched sentences: `sides[0]` old, `sides[1]` new.
#[derive(Clone, Debug)]
struct Group {
    sides: [Range<usize>; 2],
    /// Equal once folded.
    exact: bool,
    score: f32,
}

struct Aligner<'a> {
    sides: [Side<'a>; 2],
    groups: Vec<Group>,
}

impl Aligner<'_> {
    fn add(&mut self, old: Range<usize>, new: Range<usize>, exact: bool, score: f32) {
        let g = self.groups.len();
        for i in old.clone() {
            self.sides[0].group[i] = Some(g);
        }
        for j in new.clone() {
            self.sides[1].group[j] = Some(g);
        }
        self.groups.push(Group { sides: [old, new], exact, score });
    }

    fn unmatched(&self, side: usize) -> Vec<usize> {
        (0..self.sides[side].len()).filter(|&i| self.sides[side].group[i].is_none()).collect()
    }

    /// Stages 1 and 2: sentences equal once folded.
    fn exact(&mut self, deadline: Option<Instant>) {
        let (old, new) = (&self.sides[0].keys, &self.sides[1].keys);
        // The unchanged head and tail, most of a revision, pair off
        // directly; Patience runs on what lies between.
        let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        let tail = old[head..]
            .iter()
            .rev()
            .zip(new[head..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let (old_mid, new_mid) = (&old[head..old.len() - tail], &new[head..new.len() - tail]);
        let deadline = words::deadline_for(old_mid.len() + new_mid.len(), deadline);
        let mut equal: Vec<(usize, usize, usize)> = vec![(0, 0, head)];
        if !old_mid.is_empty() && !new_mid.is_empty() {
            let ops = similar::capture_diff_slices_deadline(
                Algorithm::Patience,
                old_mid,
                new_mid,
                deadline,
            );
            equal.extend(ops.into_iter().filter_map(|op| match op {
                DiffOp::Equal { old_index, new_index, len } => {
                    Some((head + old_index, head + new_index, len))
                }
                _ => None,
            }));
        }
        equal.push((old.len() - tail, new.len() - tail, tail));
        for (old_index, new_index, len) in equal {
            for k in 0..len {
                self.add(
                    old_index + k..old_index + k + 1,
                    new_index + k..new_index + k + 1,
                    true,
                    1.0,
                );
            }
        }
        let unmatched_new = self.unmatched(1);
        if unmatched_new.is_empty() {
            return;
        }
        let mut pool: HashMap<u64, VecDeque<usize>> = HashMap::new();
        for j in unmatched_new {
            if !self.sides[1].is_blank(j) {
                pool.entry(self.sides[1].keys[j]).or_default().push_back(j);
            }
        }
        for i in self.unmatched(0) {
            if let Some(j) = pool.get_mut(&self.sides[0].keys[i]).and_then(VecDeque::pop_front) {
                self.add(i..i + 1, j..j + 1, true, 1.0);
            }
        }
    }

    /// Stage 3: the headline with the headline, the dateline with the
    /// dateline, however much they changed.
    fn pinned(&mut self) {
        for kind in [BlockKind::Headline, BlockKind::Dateline] {
            let first = |side: &Side| (0..side.len()).find(|&i| side.kind(i) == kind);
            let (Some(i), Some(j)) = (first(&self.sides[0]), first(&self.sides[1])) else {
                continue;
            };
            if self.sides[0].group[i].is_none() && self.sides[1].group[j].is_none() {
                self.sides[0].fill(i);
                self.sides[1].fill(j);
                let score = fold::dice(self.sides[0].set(i), self.sides[1].set(j));
                self.add(i..i + 1, j..j + 1, false, score);
            }
        }
    }

    /// Stage 4 (and the candidates for stage 5): left-over sentences
    /// matched on word overlap, best pairs first.
    fn fuzzy(&mut self, config: &DiffConfig) -> Vec<(f32, usize, usize)> {
        let olds: Vec<usize> =
            self.unmatched(0).into_iter().filter(|&i| !self.sides[0].is_blank(i)).collect();
        let news: Vec<usize> =
            self.unmatched(1).into_iter().filter(|&j| !self.sides[1].is_blank(j)).collect();
        if olds.is_empty() || news.is_empty() {
            return Vec::new();
        }
        for &i in &olds {
            self.sides[0].fill(i);
        }
        for &j in &news {
            self.sides[1].fill(j);
        }
        let [old_side, new_side] = &self.sides;
        fn set<'s>(side: &'s Side, i: usize) -> &'s [u64] {
            side.sets[i].as_deref().unwrap_or_default()
        }
        let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
        if olds.len() * news.len() <= ALL_PAIRS {
            for &i in &olds {
                for &j in &news {
                    let score = fold::dice(set(old_side, i), set(new_side, j));
                    if score >= JOIN_CANDIDATE {
                        candidates.push((score, i, j));
                    }
                }
            }
        } else {
            let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
            for (n, &j) in news.iter().enumerate() {
                for &w in set(new_side, j) {
                    index.entry(w).or_default().push(n);
                }
            }
            let mut counts = vec![0u32; news.len()];
            let mut touched: Vec<usize> = Vec::new();
            for &i in &olds {
                for w in set(old_side, i) {
                    let Some(postings) = index.get(w) else { continue };
                    if postings.len() > COMMON_WORD {
                        continue;
                    }
                    for &n in postings {
                        if counts[n] == 0 {
                            touched.push(n);
                        }
                        counts[n] += 1;
                    }
                }
                touched.sort_unstable_by_key(|&n| (std::cmp::Reverse(counts[n]), n));
                for &n in touched.iter().take(CANDIDATES) {
                    let j = news[n];
                    let score = fold::dice(set(old_side, i), set(new_side, j));
                    if score >= JOIN_CANDIDATE {
                        candidates.push((score, i, j));
                    }
                }
                for n in touched.drain(..) {
                    counts[n] = 0;
                }
            }
        }
        // Best first; among equals, the pair nearest the same relative
        // place, then the earliest, so that the result is deterministic.
        let (lo, ln) = (old_side.len().max(1) as f32, new_side.len().max(1) as f32);
        let distance = |i: usize, j: usize| ((i as f32 / lo) - (j as f32 / ln)).abs();
        candidates.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(distance(a.1, a.2).total_cmp(&distance(b.1, b.2)))
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
        });
        for &(score, i, j) in &candidates {
            if score < config.min_similarity {
                break;
            }
            if self.sides[0].group[i].is_none()
                && self.sides[1].group[j].is_none()
                && self.enough_shared(i, j)
            {
                self.add(i..i + 1, j..j + 1, false, score);
            }
        }
        candidates
    }

    /// Very short sentences ("He said.") need two shared words to match.
    fn enough_shared(&self, i: usize, j: usize) -> bool {
        let (a, b) = (
            self.sides[0].sets[i].as_deref().unwrap_or_default(),
            self.sides[1].sets[j].as_deref().unwrap_or_default(),
        );
        fold::shared(a, b) >= 2.min(a.len()).min(b.len()).max(1)
    }

    /// Stage 5: splits (side `b` = new) and merges (side `b` = old). A
    /// left-over sentence on side `b` joins a neighbour matched one to one
    /// when most of its words are in the neighbour's match and the pair
    /// matches better with it; two left-over neighbours join a left-over
    /// sentence whose words they share between them.
    fn join(&mut self, b: usize, candidates: &[(f32, usize, usize)], config: &DiffConfig) {
        let a = 1 - b;
        for j in 0..self.sides[b].len() {
            if self.sides[b].group[j].is_some() || self.sides[b].is_blank(j) {
                continue;
            }
            for nb in [j.wrapping_sub(1), j + 1] {
                let Some(g) = self.sides[b].group.get(nb).copied().flatten() else { continue };
                let group = &self.groups[g];
                if group.exact || group.sides[a].len() != 1 || group.sides[b].len() != 1 {
                    continue;
                }
                let i = group.sides[a].start;
                self.sides[b].fill(j);
                self.sides[a].fill(i);
                self.sides[b].fill(nb);
                let (mine, theirs) = (self.sides[b].set(j), self.sides[a].set(i));
                let containment = fold::shared(mine, theirs) as f32 / mine.len().max(1) as f32;
                let joined = fold::dice(theirs, &fold::union(self.sides[b].set(nb), mine));
                if containment >= JOIN_CONTAINMENT && joined > group.score {
                    let range = j.min(nb)..j.max(nb) + 1;
                    self.sides[b].group[j] = Some(g);
                    let group = &mut self.groups[g];
                    group.sides[b] = range;
                    group.score = joined;
                    break;
                }
            }
        }
        // Two left-over neighbours that only together match a left-over
        // sentence on the other side.
        for &(_, i_old, j_new) in candidates {
            let (i, j) = if b == 1 { (i_old, j_new) } else { (j_new, i_old) };
            if self.sides[a].group[i].is_some() || self.sides[b].group[j].is_some() {
                continue;
            }
            for nb in [j.wrapping_sub(1), j + 1] {
                if nb >= self.sides[b].len()
                    || self.sides[b].group[nb].is_some()
                    || self.sides[b].is_blank(nb)
                {
                    continue;
                }
                self.sides[a].fill(i);
                self.sides[b].fill(j);
                self.sides[b].fill(nb);
                let pair = fold::union(self.sides[b].set(j), self.sides[b].set(nb));
                let joined = fold::dice(self.sides[a].set(i), &pair);
                if joined >= config.min_similarity {
                    let range = j.min(nb)..j.max(nb) + 1;
                    let (old, new) = if b == 1 { (i..i + 1, range) } else { (range, i..i + 1) };
                    self.add(old, new, false, joined);
                    break;
                }
            }
        }
    }

    /// Stage 5b: a sentence alone between two matches on both sides,
    /// rewritten more than stage 4 allows, is still that sentence.
    fn gaps(&mut self) {
        let mut order: Vec<usize> = (0..self.groups.len()).collect();
        order.sort_by_key(|&g| self.groups[g].sides[0].start);
        let bounds = |g: Option<usize>, end: bool| -> [usize; 2] {
            match g {
                Some(g) if end => [self.groups[g].sides[0].end, self.groups[g].sides[1].end],
                Some(g) => [self.groups[g].sides[0].start, self.groups[g].sides[1].start],
                None if end => [0, 0],
                None => [self.sides[0].len(), self.sides[1].len()],
            }
        };
        let steps: Vec<Option<usize>> =
            std::iter::once(None).chain(order.iter().map(|&g| Some(g))).collect();
        let lone: Vec<(usize, usize)> = (0..steps.len())
            .filter_map(|k| {
                let [o0, n0] = bounds(steps[k], true);
                let [o1, n1] = bounds(steps.get(k + 1).copied().flatten(), false);
                (o1 == o0 + 1 && n1 == n0 + 1).then_some((o0, n0))
            })
            .collect();
        for (i, j) in lone {
            if self.sides[0].group[i].is_some()
                || self.sides[1].group[j].is_some()
                || self.sides[0].is_blank(i)
                || self.sides[1].is_blank(j)
            {
                continue;
            }
            self.sides[0].fill(i);
            self.sides[1].fill(j);
            let score = fold::dice(self.sides[0].set(i), self.sides[1].set(j));
            if score >= GAP_SIMILARITY {
                self.add(i..i + 1, j..j + 1, false, score);
            }
        }
    }

    /// Stage 6: the groups that stay in place, as the longest chain in
    /// the same order on both sides.
    fn in_place(&self) -> Vec<bool> {
        let mut order: Vec<usize> = (0..self.groups.len()).collect();
        order.sort_by_key(|&g| self.groups[g].sides[0].start);
        // Longest increasing subsequence of new positions, by patience
        // sorting with back links.
        let mut tails: Vec<usize> = Vec::new();
        let mut back: Vec<Option<usize>> = vec![None; order.len()];
        for (k, &g) in order.iter().enumerate() {
            let key = self.groups[g].sides[1].start;
            let at = tails.partition_point(|&t| self.groups[order[t]].sides[1].start < key);
            back[k] = at.checked_sub(1).map(|p| tails[p]);
            if at == tails.len() {
                tails.push(k);
            } else {
                tails[at] = k;
            }
        }
        let mut keep = vec![false; self.groups.len()];
        let mut k = tails.last().copied();
        while let Some(i) = k {
            keep[order[i]] = true;
            k = back[i];
        }
        keep
    }
}

/// Aligns the sentences of `old` and `new` and diffs the words of those
/// that changed.
pub(crate) fn align(
    old: &Article,
    new: &Article,
    config: &DiffConfig,
    deadline: Option<Instant>,
) -> Vec<SentenceChange> {
    let mut a = Aligner { sides: Side::pair(old, new), groups: Vec::new() };
    a.exact(deadline);
    a.pinned();
    let candidates = a.fuzzy(config);
    a.join(1, &candidates, config);
    a.join(0, &candidates, config);
    a.gaps();
    let keep = a.in_place();

    let mut out = Vec::with_capacity(a.sides[1].len() + 4);
    let mut placed: Vec<usize> = (0..a.groups.len()).filter(|&g| keep[g]).collect();
    placed.sort_by_key(|&g| a.groups[g].sides[1].start);
    let (mut i, mut j) = (0, 0);
    let (n_old, n_new) = (a.sides[0].len(), a.sides[1].len());
    for step in placed.iter().map(Some).chain([None]) {
        let (oi, nj) = match step {
            Some(&g) => (a.groups[g].sides[0].start, a.groups[g].sides[1].start),
            None => (n_old, n_new),
        };
        while i < oi {
            if a.sides[0].group[i].is_none() {
                out.push(lone(Op::Delete, i..i + 1, 0..0));
            }
            i += 1;
        }
        while j < nj {
            match a.sides[1].group[j] {
                None => out.push(lone(Op::Insert, 0..0, j..j + 1)),
                Some(h) if !keep[h] && a.groups[h].sides[1].start == j => {
                    out.push(change(&a, h, true, deadline));
                }
                Some(_) => {}
            }
            j += 1;
        }
        if let Some(&g) = step {
            out.push(change(&a, g, false, deadline));
            i = a.groups[g].sides[0].end;
            j = a.groups[g].sides[1].end;
        }
    }
    out
}

fn lone(op: Op, old: Range<usize>, new: Range<usize>) -> SentenceChange {
    SentenceChange {
        op,
        old,
        new,
        moved: false,
        cosmetic: false,
        similarity: 0.0,
        words: Vec::new(),
    }
}

/// The change a group stands for, with its word diff.
fn change(a: &Aligner, g: usize, moved: bool, deadline: Option<Instant>) -> SentenceChange {
    let group = &a.groups[g];
    let [old, new] = group.sides.clone();
    let (os, ns) = (a.sides[0].span(&old), a.sides[1].span(&new));
    let (old_text, new_text) = (a.sides[0].article.slice(os), a.sides[1].article.slice(ns));
    let op = match (old.len(), new.len()) {
        (1, 2) => Op::Split,
        (2, 1) => Op::Merge,
        _ if moved => Op::Move,
        _ => Op::Edit,
    };
    if group.exact
        && (old_text == new_text || old_text.split_whitespace().eq(new_text.split_whitespace()))
    {
        let op = if op == Op::Edit { Op::Equal } else { op };
        return SentenceChange {
            op,
            old,
            new,
            moved,
            cosmetic: false,
            similarity: 1.0,
            words: Vec::new(),
        };
    }
    let (words, cosmetic) = words::diff(old_text, os.start(), new_text, ns.start(), deadline);
    if words.iter().all(|w| w.op == WordOp::Equal) {
        // Only the spacing differs.
        let op = if op == Op::Edit { Op::Equal } else { op };
        return SentenceChange {
            op,
            old,
            new,
            moved,
            cosmetic: false,
            similarity: 1.0,
            words: Vec::new(),
        };
    }
    SentenceChange { op, old, new, moved, cosmetic, similarity: group.score, words }
}

#[cfg(test)]
mod tests {
    use dateline_article::{Article, Meta};

    use super::*;

    /// The alignment of two texts as `op old→new` lines, 0-based.
    #[track_caller]
    fn check(old: &str, new: &str, expected: &[&str]) {
        let (old, new) =
            (Article::from_text(old, Meta::default()), Article::from_text(new, Meta::default()));
        let got: Vec<String> = align(&old, &new, &DiffConfig::default(), None)
            .iter()
            .map(|c| {
                let range = |r: &Range<usize>| {
                    r.clone().map(|i| i.to_string()).collect::<Vec<_>>().join("+")
                };
                let mut s = format!("{} {}→{}", c.op.as_str(), range(&c.old), range(&c.new));
                if c.cosmetic {
                    s.push_str(" cosmetic");
                }
                s
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn equal_edit_insert_delete() {
        check(
            "Title here\n\nOne sentence stays as it is. A second one changes a word here.\n\nThird goes away entirely now.",
            "Title here\n\nOne sentence stays as it is. A second one changes two words here.\n\nA brand new sentence arrives.",
            &["equal 0→0", "equal 1→1", "edit 2→2", "delete 3→", "insert →3"],
        );
    }

    #[test]
    fn moves_cross_the_rest() {
        check(
            "Title here\n\nAlpha paragraph talks about rivers.\n\nBeta paragraph talks about mountains.\n\nGamma paragraph talks about forests.\n\nDelta paragraph talks about deserts.",
            "Title here\n\nDelta paragraph talks about deserts.\n\nAlpha paragraph talks about rivers.\n\nBeta paragraph talks about mountains.\n\nGamma paragraph talks about forests.",
            &["equal 0→0", "move 4→1", "equal 1→2", "equal 2→3", "equal 3→4"],
        );
    }

    #[test]
    fn splits_and_merges() {
        check(
            "Title here\n\nThe carrier flew 4.3 million passengers in the quarter, and its revenue rose to 610 million euros on strong demand.",
            "Title here\n\nThe carrier flew 4.3 million passengers in the quarter. Its revenue rose to 610 million euros on strong demand, the company said.",
            &["equal 0→0", "split 1→1+2"],
        );
        check(
            "Title here\n\nThe train was carrying about 180 passengers. It was travelling from Salzburg to Innsbruck.",
            "Title here\n\nThe train, which was travelling from Salzburg to Innsbruck, was carrying about 180 passengers.",
            &["equal 0→0", "merge 1+2→1"],
        );
    }

    #[test]
    fn cosmetic_edits_are_marked() {
        check(
            "Title here\n\n\"It feels like an old friend,\" said Ms Osei.  It recieved a grant.",
            "Title here\n\n“It feels like an old friend,” said Ms Osei. It received a grant.",
            &["equal 0→0", "edit 1→1 cosmetic", "edit 2→2 cosmetic"],
        );
    }

    #[test]
    fn unrelated_sentences_do_not_pair() {
        check(
            "Title here\n\nThe council voted to close the bridge.",
            "Title here\n\nA storm flooded the lower town overnight.",
            &["equal 0→0", "delete 1→", "insert →1"],
        );
    }
}
