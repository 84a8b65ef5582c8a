//! Diff speed: version pairs per second on one core, for alignment and word
//! diffs alone and for the whole pipeline with fact extraction, and the
//! worst cases (two 1 MB versions with nothing in common).
//!
//! Run with `cargo bench -p dateline-diff --bench diff` (`just bench-diff`).
//!
//! The inputs are made by recombining the sentences of the project's
//! fixtures: an article of about 800 words, and a later version of it with
//! the edits newsrooms make (numbers changed, a sentence reworded, one
//! split, a paragraph moved, one dropped, one added).

use std::path::Path;

use dateline_article::{Article, Meta, Reader, ReaderConfig};
use dateline_diff::{DiffConfig, Differ, Version};
use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

/// A small deterministic random number generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every sentence of the body paragraphs of the plain-text fixtures.
fn pool() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let reader = Reader::new(ReaderConfig::default());
    let mut out = Vec::new();
    for dir in ["articles", "versions"] {
        let mut paths: Vec<_> =
            std::fs::read_dir(root.join(dir)).unwrap().flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            let Ok(article) = reader.read(&std::fs::read(path).unwrap(), path.to_str()) else {
                continue;
            };
            for s in article.sentences() {
                if article.blocks()[s.block].kind == dateline_article::BlockKind::Paragraph {
                    out.push(
                        article.slice(s.span).split_whitespace().collect::<Vec<_>>().join(" "),
                    );
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// An article of about `words` words as paragraphs of sentences, and a
/// later version of it.
fn pair(pool: &[String], seed: u64, words: usize) -> (String, String) {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut count = 0;
    while count < words {
        let n = 1 + rng.below(3);
        let p: Vec<String> = (0..n).map(|_| pool[rng.below(pool.len())].clone()).collect();
        count += p.iter().map(|s| s.split_whitespace().count()).sum::<usize>();
        paragraphs.push(p);
    }
    let render = |ps: &[Vec<String>]| {
        let mut text =
            String::from("A headline for the benchmark story\n\nPublished Tuesday 2 May 2017\n\n");
        for p in ps {
            text.push_str(&p.join(" "));
            text.push_str("\n\n");
        }
        text
    };
    let old = render(&paragraphs);
    let mut new = paragraphs.clone();
    // Numbers changed in three sentences.
    for _ in 0..3 {
        let p = rng.below(new.len());
        let s = rng.below(new[p].len());
        let sentence = &mut new[p][s];
        if let Some(at) = sentence.find(|c: char| c.is_ascii_digit()) {
            let digit = sentence.as_bytes()[at];
            let other = if digit == b'9' { '1' } else { char::from(digit + 1) };
            sentence.replace_range(at..at + 1, &other.to_string());
        } else {
            sentence.insert_str(0, "At least 12 people said ");
        }
    }
    // A sentence reworded: two words dropped and one added.
    let p = rng.below(new.len());
    let mut reworded: Vec<&str> = new[p][0].split(' ').collect();
    if reworded.len() > 6 {
        reworded.remove(3);
        reworded.remove(1);
        reworded.insert(2, "reportedly");
    }
    new[p][0] = reworded.join(" ");
    // A sentence split at a comma.
    let p = rng.below(new.len());
    if let Some(at) = new[p][0].find(", ") {
        let (a, b) = new[p][0].split_at(at);
        let (a, b) = (format!("{a}."), b[2..].to_string());
        new[p][0] = a;
        new[p].insert(1, capitalise(&b));
    }
    // A paragraph moved up, one dropped, one added.
    let from = new.len() - 1 - rng.below(new.len() / 2);
    let moved = new.remove(from);
    new.insert(1 + rng.below(3), moved);
    new.remove(rng.below(new.len()));
    new.insert(rng.below(new.len()), vec![pool[rng.below(pool.len())].clone()]);
    (old, render(&new))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn articles(pairs: &[(String, String)]) -> Vec<(Article, Article)> {
    pairs
        .iter()
        .map(|(a, b)| {
            (Article::from_text(a, Meta::default()), Article::from_text(b, Meta::default()))
        })
        .collect()
}

const PAIRS: usize = 64;

fn story_pairs() -> Vec<(String, String)> {
    let pool = pool();
    (0..PAIRS as u64).map(|seed| pair(&pool, seed + 1, 800)).collect()
}

/// Sentence alignment and word diffs: what `Differ::align` does, on 64
/// pairs of 800-word versions, read beforehand.
#[divan::bench]
fn align_800_words(bencher: Bencher) {
    let pairs = articles(&story_pairs());
    let differ = Differ::new(DiffConfig::default());
    bencher.counter(ItemsCount::new(PAIRS)).bench(|| {
        for (old, new) in &pairs {
            black_box(differ.align(black_box(old), black_box(new)));
        }
    });
}

/// The whole pipeline from articles: tagging and event extraction of both
/// versions, alignment, word diffs and the fact comparison.
#[divan::bench(sample_count = 20)]
fn pipeline_800_words(bencher: Bencher) {
    let pairs = articles(&story_pairs());
    let differ = Differ::new(DiffConfig::default());
    let reference = chrono::NaiveDate::from_ymd_opt(2017, 5, 2);
    bencher.counter(ItemsCount::new(PAIRS)).bench(|| {
        for (old, new) in &pairs {
            let old = differ.analyze(old.clone(), reference);
            let new = differ.analyze(new.clone(), reference);
            black_box(differ.compare(&old, &new));
        }
    });
}

/// The comparison alone, both versions analysed beforehand: alignment,
/// word diffs and facts (which read changed sentences again).
#[divan::bench(sample_count = 20)]
fn compare_800_words(bencher: Bencher) {
    let differ = Differ::new(DiffConfig::default());
    let reference = chrono::NaiveDate::from_ymd_opt(2017, 5, 2);
    let versions: Vec<(Version, Version)> = articles(&story_pairs())
        .into_iter()
        .map(|(a, b)| (differ.analyze(a, reference), differ.analyze(b, reference)))
        .collect();
    bencher.counter(ItemsCount::new(PAIRS)).bench(|| {
        for (old, new) in &versions {
            black_box(differ.compare(old, new));
        }
    });
}

/// About `bytes` of random sentences of 15 to 30 words drawn from the
/// fixtures' vocabulary: no sentence in common with another such text,
/// though every word is.
fn random_text(vocabulary: &[&str], bytes: usize, seed: u64, full_stops: bool) -> String {
    let mut rng = Rng(seed);
    let mut text = String::with_capacity(bytes + 256);
    while text.len() < bytes {
        let n = 15 + rng.below(16);
        for k in 0..n {
            let w = vocabulary[rng.below(vocabulary.len())];
            if k == 0 {
                text.push_str(&capitalise(w));
            } else {
                text.push(' ');
                text.push_str(w);
            }
        }
        text.push_str(if full_stops { ".\n\n" } else { " " });
    }
    text
}

fn vocabulary(pool: &[String]) -> Vec<String> {
    let mut words: Vec<String> = pool
        .iter()
        .flat_map(|s| s.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words.dedup();
    words
}

/// The worst case the issue sets: two 1 MB versions with nothing in
/// common, sentence by sentence.
#[divan::bench(sample_count = 5)]
fn worst_1mb_nothing_in_common(bencher: Bencher) {
    let pool = pool();
    let vocabulary = vocabulary(&pool);
    let words: Vec<&str> = vocabulary.iter().map(String::as_str).collect();
    let old = Article::from_text(&random_text(&words, 1 << 20, 7, true), Meta::default());
    let new = Article::from_text(&random_text(&words, 1 << 20, 11, true), Meta::default());
    let differ = Differ::new(DiffConfig::default());
    bencher
        .counter(BytesCount::new(old.text().len() + new.text().len()))
        .bench(|| black_box(differ.align(black_box(&old), black_box(&new))));
}

/// Worse still for the word diff: each version one 1 MB sentence with no
/// full stop, the same words in another order, so that the two sentences
/// match and their word diff hits similar's deadline.
#[divan::bench(sample_count = 5)]
fn worst_1mb_one_sentence(bencher: Bencher) {
    let pool = pool();
    let vocabulary = vocabulary(&pool);
    let words: Vec<&str> = vocabulary.iter().map(String::as_str).collect();
    let old = Article::from_text(&random_text(&words, 1 << 20, 7, false), Meta::default());
    let new = Article::from_text(&random_text(&words, 1 << 20, 11, false), Meta::default());
    let differ = Differ::new(DiffConfig::default());
    bencher
        .counter(BytesCount::new(old.text().len() + new.text().len()))
        .bench(|| black_box(differ.align(black_box(&old), black_box(&new))));
}
