//! Scores sentence splitters on the project's news cases, as pySBD's
//! "Golden Rules" are scored: a case passes only when the whole split is
//! exactly right. Three sets, each written for the project: `sentences.txt`,
//! which the rules were developed against; `sentences-heldout.txt`, written
//! separately, whose first score was 96.0% before its failures were studied
//! and fixed; and `sentences-blind.txt`, written last by someone who saw
//! neither the rules nor the other sets, whose failures are not looked at.
//!
//! Run with `cargo run --release -p dateline-article --example sentences`
//! (`just eval-sentences`); add `--failures` to list dateline's misses on
//! the development set.

use unicode_segmentation::UnicodeSegmentation;

include!("../testdata/cases.rs");

/// A splitter under test: text in, sentences out.
type Splitter = fn(&str) -> Vec<String>;

fn main() {
    let cases = parse_cases(include_str!("../testdata/sentences.txt"));
    let heldout = parse_cases(include_str!("../testdata/sentences-heldout.txt"));
    let blind = parse_cases(include_str!("../testdata/sentences-blind.txt"));
    let show_failures = std::env::args().any(|a| a == "--failures");
    let splitters: [(&str, Splitter); 3] = [
        ("dateline", |t| {
            dateline_article::split_sentences(t)
                .into_iter()
                .map(|s| t[s.range()].to_string())
                .collect()
        }),
        ("sentencex 0.1", |t| {
            sentencex::segment("en", t)
                .into_iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        }),
        ("UAX #29 (unicode-segmentation)", |t| {
            t.unicode_sentences().map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
        }),
    ];
    println!(
        "development: {} cases; held-out: {} cases; blind: {} cases\n",
        cases.len(),
        heldout.len(),
        blind.len()
    );
    println!("| splitter | development | held-out | blind |");
    println!("|---|---|---|---|");
    let score = |set: &[Case], split: Splitter| {
        let passed = set.iter().filter(|c| split(&c.input) == c.expected).count();
        format!("{passed}/{} ({:.1}%)", set.len(), 100.0 * passed as f64 / set.len() as f64)
    };
    for (name, split) in splitters {
        println!(
            "| {name} | {} | {} | {} |",
            score(&cases, split),
            score(&heldout, split),
            score(&blind, split)
        );
    }
    if show_failures {
        let with_heldout = std::env::args().any(|a| a == "--heldout");
        let shown = cases.iter().chain(heldout.iter().filter(|_| with_heldout));
        println!();
        for case in shown {
            let got = splitters[0].1(&case.input);
            if got != case.expected {
                println!(
                    "[{}] {}\n  expected: {:?}\n  got:      {:?}\n",
                    case.category, case.input, case.expected, got
                );
            }
        }
    }
}
