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

#[path = "shared/stories.rs"]
mod stories;

use dateline_article::{Article, Meta};
use dateline_diff::{DiffConfig, Differ, Version};
use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
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
    let pool = stories::pool();
    (0..PAIRS as u64)
        .map(|seed| {
            let story = stories::story(&pool, seed + 1, 800);
            (story.old, story.new)
        })
        .collect()
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

/// The text diff from raw text: both versions read into articles
/// (normalization, blocks, sentences), then aligned and word-diffed.
#[divan::bench]
fn read_and_align_800_words(bencher: Bencher) {
    let pairs = story_pairs();
    let differ = Differ::new(DiffConfig::default());
    bencher.counter(ItemsCount::new(PAIRS)).bench(|| {
        for (old, new) in &pairs {
            let old = Article::from_text(black_box(old), Meta::default());
            let new = Article::from_text(black_box(new), Meta::default());
            black_box(differ.align(&old, &new));
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
    let mut rng = stories::Rng(seed);
    let mut text = String::with_capacity(bytes + 256);
    while text.len() < bytes {
        let n = 15 + rng.below(16);
        for k in 0..n {
            let w = vocabulary[rng.below(vocabulary.len())];
            if k == 0 {
                text.push_str(&stories::capitalise(w));
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
    let pool = stories::pool();
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
    let pool = stories::pool();
    let vocabulary = vocabulary(&pool);
    let words: Vec<&str> = vocabulary.iter().map(String::as_str).collect();
    let old = Article::from_text(&random_text(&words, 1 << 20, 7, false), Meta::default());
    let new = Article::from_text(&random_text(&words, 1 << 20, 11, false), Meta::default());
    let differ = Differ::new(DiffConfig::default());
    bencher
        .counter(BytesCount::new(old.text().len() + new.text().len()))
        .bench(|| black_box(differ.align(black_box(&old), black_box(&new))));
}
