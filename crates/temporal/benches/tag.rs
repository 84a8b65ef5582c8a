//! Tagging speed: time expressions in news text, per core.
//!
//! Run with `cargo bench -p dateline-temporal --bench tag` (`just bench`).

use std::path::Path;

use dateline_article::{Article, Reader, ReaderConfig};
use dateline_temporal::{Tagger, TaggerConfig};
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

/// TimeBank and AQUAINT, read from `../shared/data` when it is there.
fn corpus() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/tempeval3/tbaq");
    let reader = Reader::new(ReaderConfig::default());
    let mut out = Vec::new();
    for sub in ["TimeBank", "AQUAINT"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else { continue };
        for entry in entries.flatten() {
            let bytes = std::fs::read(entry.path()).unwrap();
            out.push(reader.read(&bytes, Some("doc.tml")).unwrap());
        }
    }
    out
}

fn fixtures() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let reader = Reader::new(ReaderConfig::default());
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.extension().is_some_and(|e| e == "txt") {
            let bytes = std::fs::read(&path).unwrap();
            out.push(reader.read(&bytes, path.to_str()).unwrap());
        }
    }
    out
}

/// Building a tagger: nothing is compiled at run time.
#[divan::bench]
fn build_tagger() -> Tagger {
    Tagger::new(black_box(TaggerConfig::default()))
}

#[divan::bench]
fn tbaq_corpus(bencher: Bencher) {
    let articles = corpus();
    if articles.is_empty() {
        return;
    }
    let bytes: usize = articles.iter().map(|a| a.text().len()).sum();
    let tagger = Tagger::new(TaggerConfig::default());
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for a in &articles {
            black_box(tagger.tag(a, None));
        }
    });
}

#[divan::bench]
fn fixture_articles(bencher: Bencher) {
    let articles = fixtures();
    let bytes: usize = articles.iter().map(|a| a.text().len()).sum();
    let tagger = Tagger::new(TaggerConfig::default());
    let date = chrono::NaiveDate::from_ymd_opt(2017, 5, 2);
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for a in &articles {
            black_box(tagger.tag(a, date));
        }
    });
}
