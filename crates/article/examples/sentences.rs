//! Scores sentence splitters on the project's news cases
//! (`testdata/sentences.txt`), as pySBD's "Golden Rules" are scored: a case
//! passes only when the whole split is exactly right.
//!
//! Run with `cargo run --release -p dateline-article --example sentences`
//! (`just eval-sentences`); add `--failures` to list dateline's misses.

use unicode_segmentation::UnicodeSegmentation;

include!("../testdata/cases.rs");

fn main() {
    let cases = parse_cases(include_str!("../testdata/sentences.txt"));
    let show_failures = std::env::args().any(|a| a == "--failures");
    let splitters: [(&str, fn(&str) -> Vec<String>); 3] = [
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
    println!("{} cases in {} categories\n", cases.len(), {
        let mut c: Vec<&str> = cases.iter().map(|c| c.category.as_str()).collect();
        c.dedup();
        c.len()
    });
    println!("| splitter | passed | score |");
    println!("|---|---|---|");
    for (name, split) in splitters {
        let passed = cases.iter().filter(|c| split(&c.input) == c.expected).count();
        println!(
            "| {name} | {passed}/{} | {:.1}% |",
            cases.len(),
            100.0 * passed as f64 / cases.len() as f64
        );
    }
    if show_failures {
        println!();
        for case in &cases {
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
