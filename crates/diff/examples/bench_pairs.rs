//! dateline's half of `just bench-diff`: version pairs per second on the
//! version fixtures, timed inside this process, for comparison with
//! Python's difflib on the same pairs (`bench/diff/run.py`).
//!
//! ```text
//! bench_pairs [--samples N] [--min-seconds S] [--only text|align|full]
//! ```
//!
//! The pairs are every two consecutive versions of a story in
//! `fixtures/versions/` (`NN-name.v1.txt` → `.v2.txt`, `.v2.txt` →
//! `.v3.txt`), their files read into memory beforehand. Three loops over
//! all the pairs are timed, each repeated until it has run for at least
//! `--min-seconds` (default 0.5), `--samples` times (default 3):
//!
//! - `text`: both versions' bytes read into articles (decoding,
//!   normalization, blocks, sentences) and [`Differ::align`]: sentence
//!   alignment and word diffs, what difflib is compared with;
//! - `align`: [`Differ::align`] alone, on articles read beforehand;
//! - `full`: both versions read, tagged and their events extracted
//!   ([`Differ::analyze`]), then [`Differ::compare`] with the fact
//!   comparison: `dateline diff` without the rendering.
//!
//! Prints one JSON object: the pairs, their words, and pairs per second of
//! every sample of every loop.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use dateline_article::{Article, Reader, ReaderConfig};
use dateline_diff::{DiffConfig, Differ};
use serde_json::json;

/// The version files of each story, in version order.
fn stories(dir: &Path) -> BTreeMap<String, Vec<PathBuf>> {
    let mut stories: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for path in entries.flatten().map(|e| e.path()) {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        let Some(stem) = name.strip_suffix(".txt") else { continue };
        let Some((story, version)) = stem.rsplit_once(".v") else { continue };
        if version.parse::<u32>().is_ok() {
            stories.entry(story.to_string()).or_default().push(path);
        }
    }
    for paths in stories.values_mut() {
        paths.sort_by_key(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
            stem.rsplit_once(".v").and_then(|(_, v)| v.parse::<u32>().ok()).unwrap_or(0)
        });
    }
    stories
}

/// Runs `f` (one loop over every pair) until `min_seconds` have passed;
/// pairs per second.
fn rate(pairs: usize, min_seconds: f64, mut f: impl FnMut()) -> f64 {
    let start = Instant::now();
    let mut loops = 0;
    while loops == 0 || start.elapsed().as_secs_f64() < min_seconds {
        f();
        loops += 1;
    }
    (loops * pairs) as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1));
    let samples: usize = option("--samples").and_then(|n| n.parse().ok()).unwrap_or(3);
    let min_seconds: f64 = option("--min-seconds").and_then(|n| n.parse().ok()).unwrap_or(0.5);
    // One loop alone, for profiling.
    let only = option("--only").map(String::as_str);
    let runs = |name: &str| only.is_none_or(|o| o == name);

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/versions");
    let mut pairs: Vec<(String, Vec<u8>, Vec<u8>)> = Vec::new();
    for paths in stories(&dir).values() {
        for w in paths.windows(2) {
            let read =
                |p: &Path| std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let name = |p: &Path| p.file_name().unwrap_or_default().to_string_lossy().into_owned();
            pairs.push((format!("{} {}", name(&w[0]), name(&w[1])), read(&w[0]), read(&w[1])));
        }
    }
    let reader = Reader::new(ReaderConfig::default());
    let read = |bytes: &[u8]| -> Article {
        reader.read(bytes, Some("version.txt")).expect("a version fixture reads as text")
    };
    let articles: Vec<(Article, Article)> =
        pairs.iter().map(|(_, a, b)| (read(a), read(b))).collect();
    let words: usize = pairs
        .iter()
        .map(|(_, a, b)| {
            let count = |bytes: &[u8]| String::from_utf8_lossy(bytes).split_whitespace().count();
            count(a) + count(b)
        })
        .sum();

    let differ = Differ::new(DiffConfig::default());
    let n = pairs.len();
    let (mut text, mut align, mut full) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..samples.max(1) {
        if runs("text") {
            text.push(rate(n, min_seconds, || {
                for (_, a, b) in &pairs {
                    let (old, new) = (read(black_box(a)), read(black_box(b)));
                    black_box(differ.align(&old, &new));
                }
            }));
        }
        if runs("align") {
            align.push(rate(n, min_seconds, || {
                for (old, new) in &articles {
                    black_box(differ.align(black_box(old), black_box(new)));
                }
            }));
        }
        if runs("full") {
            full.push(rate(n, min_seconds, || {
                for (_, a, b) in &pairs {
                    let old = differ.analyze(read(black_box(a)), None);
                    let new = differ.analyze(read(black_box(b)), None);
                    black_box(differ.compare(&old, &new));
                }
            }));
        }
    }
    let out = json!({
        "tool": "dateline",
        "pairs": pairs.iter().map(|(name, _, _)| name).collect::<Vec<_>>(),
        "words": words,
        "pairs_per_second": { "text": text, "align": align, "full": full },
    });
    println!("{out}");
}
