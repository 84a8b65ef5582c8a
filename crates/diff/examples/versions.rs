//! Scores the sentence alignment on the version fixtures against the
//! alignments written by hand in `testdata/alignments.txt`, and lists the
//! facts each pair changes.
//!
//! Run with `cargo run --release -p dateline-diff --example versions`
//! (`just eval-diff`). Add `--facts` to list every changed fact.
//!
//! Two figures: how many of the gold sentence matches the alignment finds
//! and how many of its matches are gold (precision and recall over
//! old↔new sentence pairs, equal ones included), and how many of the gold
//! changes it reports with the right op and sentences; a change it
//! reports that is not gold (a cosmetic edit called an edit, a rewrite
//! called a delete and an insert) counts against it.

#![allow(clippy::print_stdout)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use dateline_article::{Reader, ReaderConfig};
use dateline_diff::{DiffConfig, Differ, Op, SentenceChange};

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

fn main() {
    let show_facts = std::env::args().any(|a| a == "--facts");
    let dir = root().join("fixtures/versions");
    let readme = std::fs::read_to_string(dir.join("README.md")).expect("the fixtures' README");
    let gold = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/alignments.txt"),
    )
    .expect("testdata/alignments.txt");
    let reader = Reader::new(ReaderConfig::default());
    let differ = Differ::new(DiffConfig::default());
    let (mut found, mut gold_total, mut system_total) = (0usize, 0usize, 0usize);
    let (mut ops_right, mut ops_gold, mut ops_extra) = (0usize, 0usize, 0usize);
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

        let gold_edges = gold_edges(&changes, n_old, n_new);
        let mut system_edges = BTreeSet::new();
        for c in &revision.sentences {
            for i in c.old.clone() {
                for j in c.new.clone() {
                    system_edges.insert((i, j));
                }
            }
        }
        let hits = gold_edges.intersection(&system_edges).count();
        found += hits;
        gold_total += gold_edges.len();
        system_total += system_edges.len();

        let reported: Vec<String> =
            revision.sentences.iter().filter(|c| c.op != Op::Equal).map(describe).collect();
        let right = changes.iter().filter(|c| reported.contains(c)).count();
        let missed: Vec<&String> = changes.iter().filter(|c| !reported.contains(c)).collect();
        let extra: Vec<&String> = reported.iter().filter(|c| !changes.contains(c)).collect();
        ops_right += right;
        ops_gold += changes.len();
        ops_extra += extra.len();
        let label =
            if (va, vb) == ("v1", "v2") { name.to_string() } else { format!("{name} {va}→{vb}") };
        println!(
            "{label:<34} pairs {hits}/{} gold, {hits}/{} found   changes {right}/{}{}{}",
            gold_edges.len(),
            system_edges.len(),
            changes.len(),
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
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!();
    println!(
        "sentence pairs: precision {:.1}% ({found}/{system_total}), recall {:.1}% ({found}/{gold_total})",
        pct(found, system_total),
        pct(found, gold_total)
    );
    println!(
        "changes: {ops_right}/{ops_gold} right ({:.1}%), {ops_extra} reported that are not gold",
        pct(ops_right, ops_gold)
    );
}
