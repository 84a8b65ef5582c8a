//! Scores the sentence alignment on the version fixtures against the
//! alignments written by hand in `testdata/alignments.txt`, and lists the
//! facts each pair changes.
//!
//! Run with `cargo run --release -p dateline-diff --example versions`
//! (`just eval-diff`). Add `--facts` to list every changed fact,
//! `--synthetic N` to score N more pairs made by recombining the fixtures'
//! sentences (whose alignment is known by construction; see
//! `benches/shared/stories.rs`), and `--min-similarity X` to try another
//! threshold.
//!
//! Two figures: how many of the gold sentence matches the alignment finds
//! and how many of its matches are gold (precision and recall over
//! old↔new sentence pairs, equal ones included), and how many of the gold
//! changes it reports with the right op and sentences; a change it
//! reports that is not gold (a cosmetic edit called an edit, a rewrite
//! called a delete and an insert) counts against it.

#![allow(clippy::print_stdout)]

#[path = "../benches/shared/stories.rs"]
mod stories;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use dateline_article::{Article, Meta, Reader, ReaderConfig};
use dateline_diff::{DiffConfig, Differ, Op, Revision, SentenceChange};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One change as the gold file writes it: "edit 4→4", "split 4→4+5".
fn describe(c: &SentenceChange) -> String {
    let op = match c.op {
        Op::Edit if c.cosmetic => "cosmetic",
        Op::Move => "move",
        op => op.as_str(),
    };
    let side = |r: &std::ops::Range<usize>| {
        r.clone().map(|i| (i + 1).to_string()).collect::<Vec<_>>().join("+")
    };
    format!("{op} {}→{}", side(&c.old), side(&c.new))
}

/// The sentence pairs a gold line implies: its changes, and every other
/// sentence equal to its counterpart in order.
fn gold_edges(changes: &[String], n_old: usize, n_new: usize) -> BTreeSet<(usize, usize)> {
    let mut edges = BTreeSet::new();
    let (mut old_used, mut new_used) = (vec![false; n_old], vec![false; n_new]);
    for c in changes {
        let (_, sides) = c.split_once(' ').expect("op and sentences");
        let (a, b) = sides.split_once('→').expect("an arrow");
        let parse = |s: &str| -> Vec<usize> {
            s.split('+')
                .filter(|x| !x.is_empty())
                .map(|x| x.parse::<usize>().unwrap() - 1)
                .collect()
        };
        let (a, b) = (parse(a), parse(b));
        for &i in &a {
            old_used[i] = true;
        }
        for &j in &b {
            new_used[j] = true;
        }
        for &i in &a {
            for &j in &b {
                edges.insert((i, j));
            }
        }
    }
    let olds: Vec<usize> = (0..n_old).filter(|&i| !old_used[i]).collect();
    let news: Vec<usize> = (0..n_new).filter(|&j| !new_used[j]).collect();
    assert_eq!(olds.len(), news.len(), "the gold leaves unequal numbers of equal sentences");
    edges.extend(olds.into_iter().zip(news));
    edges
}

/// How the alignment scores: gold sentence pairs found, gold pairs, pairs
/// found, gold changes reported right, gold changes, and changes reported
/// that are not gold.
#[derive(Default)]
struct Score {
    hits: usize,
    gold: usize,
    found: usize,
    right: usize,
    changes: usize,
    extra: usize,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.hits += other.hits;
        self.gold += other.gold;
        self.found += other.found;
        self.right += other.right;
        self.changes += other.changes;
        self.extra += other.extra;
    }

    fn print(&self, label: &str) {
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        println!(
            "{label}: sentence pairs precision {:.1}% ({}/{}), recall {:.1}% ({}/{}); \
             changes {}/{} right ({:.1}%), {} reported that are not gold",
            pct(self.hits, self.found),
            self.hits,
            self.found,
            pct(self.hits, self.gold),
            self.hits,
            self.gold,
            self.right,
            self.changes,
            pct(self.right, self.changes),
            self.extra
        );
    }
}

/// Scores one pair's alignment against its gold changes; returns the
/// score, the gold changes missed and the changes reported that are not
/// gold.
fn score(
    revision: &Revision,
    changes: &[String],
    n_old: usize,
    n_new: usize,
) -> (Score, Vec<String>, Vec<String>) {
    let gold = gold_edges(changes, n_old, n_new);
    let mut system = BTreeSet::new();
    for c in &revision.sentences {
        for i in c.old.clone() {
            for j in c.new.clone() {
                system.insert((i, j));
            }
        }
    }
    let reported: Vec<String> =
        revision.sentences.iter().filter(|c| c.op != Op::Equal).map(describe).collect();
    let missed: Vec<String> = changes.iter().filter(|c| !reported.contains(c)).cloned().collect();
    let extra: Vec<String> = reported.iter().filter(|c| !changes.contains(c)).cloned().collect();
    let score = Score {
        hits: gold.intersection(&system).count(),
        gold: gold.len(),
        found: system.len(),
        right: changes.len() - missed.len(),
        changes: changes.len(),
        extra: extra.len(),
    };
    (score, missed, extra)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let show_facts = args.iter().any(|a| a == "--facts");
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1));
    let synthetic: usize = value("--synthetic").and_then(|n| n.parse().ok()).unwrap_or(0);
    let mut config = DiffConfig::default();
    if let Some(x) = value("--min-similarity").and_then(|x| x.parse().ok()) {
        config.min_similarity = x;
    }
    let dir = root().join("fixtures/versions");
    let readme = std::fs::read_to_string(dir.join("README.md")).expect("the fixtures' README");
    let gold = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/alignments.txt"),
    )
    .expect("testdata/alignments.txt");
    let reader = Reader::new(ReaderConfig::default());
    let differ = Differ::new(config);
    let mut total = Score::default();
    for line in gold.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let (head, changes) = line.split_once(':').expect("NAME: changes");
        let mut head = head.split_whitespace();
        let name = head.next().unwrap();
        let (va, vb) = (head.next().unwrap_or("v1"), head.next().unwrap_or("v2"));
        let changes: Vec<String> =
            changes.split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
        // "use --date 2017-05-02" in the README line of a pair without a
        // date of its own.
        let date = readme
            .lines()
            .find(|l| l.contains(&format!("`{name}`")))
            .and_then(|l| l.split("--date ").nth(1))
            .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
        let read = |v: &str| {
            let path = dir.join(format!("{name}.{v}.txt"));
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut article = reader.read(&bytes, path.to_str()).expect("a fixture reads");
            if let Some(d) = date {
                article.set_fallback_date(d);
            }
            differ.analyze(article, None)
        };
        let (old, new) = (read(va), read(vb));
        let revision = differ.compare(&old, &new);
        let (n_old, n_new) = (old.article().sentences().len(), new.article().sentences().len());
        let (pair, missed, extra) = score(&revision, &changes, n_old, n_new);
        total.add(&pair);
        let label =
            if (va, vb) == ("v1", "v2") { name.to_string() } else { format!("{name} {va}→{vb}") };
        println!(
            "{label:<34} pairs {}/{} gold, {}/{} found   changes {}/{}{}{}",
            pair.hits,
            pair.gold,
            pair.hits,
            pair.found,
            pair.right,
            pair.changes,
            if missed.is_empty() { String::new() } else { format!("   missed: {missed:?}") },
            if extra.is_empty() { String::new() } else { format!("   extra: {extra:?}") },
        );
        if show_facts {
            for f in &revision.facts {
                println!(
                    "    {:<11} {:<8} {}{} → {}",
                    f.kind.as_str(),
                    f.change.as_str(),
                    f.subject.as_deref().map(|s| format!("[{s}] ")).unwrap_or_default(),
                    f.old.as_deref().unwrap_or("(none)"),
                    f.new.as_deref().unwrap_or("(none)"),
                );
            }
        }
    }
    println!();
    total.print("fixtures");
    if synthetic > 0 {
        let pool = stories::pool();
        let mut total = Score::default();
        let (mut shown, mut skipped) = (0, 0);
        for seed in 0..synthetic as u64 {
            let story = stories::story(&pool, 1000 + seed, 800);
            let old = Article::from_text(&story.old, Meta::default());
            let new = Article::from_text(&story.new, Meta::default());
            let revision = Revision { sentences: differ.align(&old, &new), ..Revision::default() };
            let (n_old, n_new) = (old.sentences().len(), new.sentences().len());
            if (n_old, n_new) != story.sentences {
                // The reader split a recombined sentence otherwise: the
                // gold's numbers do not apply.
                skipped += 1;
                continue;
            }
            let (pair, missed, extra) = score(&revision, &story.changes, n_old, n_new);
            if (!missed.is_empty() || !extra.is_empty()) && shown < 8 {
                shown += 1;
                println!("  synthetic {seed}: missed {missed:?}, extra {extra:?}");
            }
            total.add(&pair);
        }
        total.print(&format!("{} synthetic pairs ({skipped} skipped)", synthetic - skipped));
    }
}
