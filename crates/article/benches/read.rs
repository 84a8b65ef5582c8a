//! Reading speed: plain text and HTML articles into blocks and sentences.
//!
//! Run with `cargo bench -p dateline-article --bench read` (`just bench`).
//! Throughput is reported in bytes of input per second, on one core.

use std::io::Write;
use std::path::Path;

use dateline_article::{Reader, ReaderConfig};
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every plain-text fixture that is UTF-8, joined into one long article.
fn long_text() -> Vec<u8> {
    let mut out = Vec::new();
    for name in [
        "00-syria-call.txt",
        "01-wire-dateline.txt",
        "05-live-blog.txt",
        "06-captions-credits.txt",
        "07-heavy-quotes.txt",
        "09-site-chrome.txt",
        "10-hard-wrapped.txt",
        "11-no-blank-lines.txt",
    ] {
        out.extend(fixture(name));
        out.extend(b"\n\n");
    }
    out
}

#[divan::bench(args = ["00-syria-call.txt", "01-wire-dateline.txt", "05-live-blog.txt", "06-captions-credits.txt", "07-heavy-quotes.txt", "09-site-chrome.txt", "10-hard-wrapped.txt", "11-no-blank-lines.txt"])]
fn text_article(bencher: Bencher, name: &str) {
    let bytes = fixture(name);
    let reader = Reader::new(ReaderConfig::default());
    bencher
        .counter(BytesCount::new(bytes.len()))
        .bench(|| reader.read(black_box(&bytes), Some(name)).unwrap());
}

#[divan::bench]
fn text_long(bencher: Bencher) {
    let bytes = long_text();
    let reader = Reader::new(ReaderConfig::default());
    bencher
        .counter(BytesCount::new(bytes.len()))
        .bench(|| reader.read(black_box(&bytes), Some("long.txt")).unwrap());
}

#[divan::bench(args = ["02-jsonld.html", "03-meta-only.html"])]
fn html_article(bencher: Bencher, name: &str) {
    let bytes = fixture(name);
    let reader = Reader::new(ReaderConfig::default());
    bencher
        .counter(BytesCount::new(bytes.len()))
        .bench(|| reader.read(black_box(&bytes), Some(name)).unwrap());
}

/// TimeML news (TimeBank and AQUAINT, read from `../shared/data` when it is
/// there): the whole corpus, file by file.
#[divan::bench]
fn timeml_corpus(bencher: Bencher) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/tempeval3/tbaq");
    let mut files = Vec::new();
    for sub in ["TimeBank", "AQUAINT"] {
        let Ok(entries) = std::fs::read_dir(dir.join(sub)) else { continue };
        for entry in entries.flatten() {
            files.push(std::fs::read(entry.path()).unwrap());
        }
    }
    if files.is_empty() {
        let _ = writeln!(std::io::stderr(), "skipped: ../shared/data/tempeval3/tbaq is not there");
        return;
    }
    let total: usize = files.iter().map(Vec::len).sum();
    let reader = Reader::new(ReaderConfig::default());
    bencher.counter(BytesCount::new(total)).bench(|| {
        for file in &files {
            black_box(reader.read(file, Some("doc.tml")).unwrap());
        }
    });
}

/// The sentence splitter alone, on the long text.
#[divan::bench]
fn sentences_only(bencher: Bencher) {
    let text = String::from_utf8(long_text()).unwrap();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| dateline_article::split_sentences(black_box(&text)));
}
