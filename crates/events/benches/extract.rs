//! Event extraction speed: reading, time expressions and events together,
//! per core, on news text.
//!
//! Run with `cargo bench -p dateline-events --bench extract` (`just bench`).

use std::path::Path;

use dateline_article::{Reader, ReaderConfig};
use dateline_events::{Extractor, Lexicon};
use dateline_temporal::token::ArticleTokens;
use dateline_temporal::{Tagger, TaggerConfig};
use divan::counter::BytesCount;
use divan::{Bencher, black_box};

/// The allocator the `dateline` binary uses, so that the figures are the
/// ones a user of the command sees.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// The fixture articles' raw bytes and the date each is read against.
fn fixtures() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read(p).unwrap())
        .collect()
}

/// MEANTIME's Wikinews articles as plain text, from `../shared/data` when it
/// is there: tokens joined with spaces, a sentence a paragraph.
fn meantime() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/meantime/intra-doc_annotation");
    let mut out = Vec::new();
    let Ok(corpora) = std::fs::read_dir(root) else { return out };
    for corpus in corpora.flatten() {
        for file in std::fs::read_dir(corpus.path()).unwrap().flatten() {
            let xml = std::fs::read_to_string(file.path()).unwrap();
            let mut text = String::new();
            let mut sentence = None;
            for piece in xml.split("<token ").skip(1) {
                let s = piece.split("sentence=\"").nth(1).and_then(|r| r.split('"').next());
                let word =
                    piece.split_once('>').map_or("", |(_, r)| r.split('<').next().unwrap_or(""));
                if s != sentence {
                    if sentence.is_some() {
                        text.push_str("\n\n");
                    }
                    sentence = s;
                } else {
                    text.push(' ');
                }
                text.push_str(word);
            }
            out.push(text.into_bytes());
        }
    }
    out
}

/// Building an extractor from the built-in lexicon.
#[divan::bench]
fn build_extractor() -> Extractor {
    Extractor::new(black_box(&Lexicon::builtin()))
}

fn pipeline(bencher: Bencher, inputs: &[Vec<u8>]) {
    let bytes: usize = inputs.iter().map(Vec::len).sum();
    let reader = Reader::new(ReaderConfig::default());
    let tagger = Tagger::new(TaggerConfig::default());
    let extractor = Extractor::new(&Lexicon::builtin());
    let reference = chrono::NaiveDate::from_ymd_opt(2017, 5, 2);
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for input in inputs {
            let article = reader.read(input, Some("a.txt")).unwrap();
            let tokens = ArticleTokens::new(&article);
            let timexes = tagger.tag_tokens(&article, &tokens, reference);
            black_box(extractor.extract_tokens(&article, &tokens, &timexes, reference));
        }
    });
}

/// Events alone, from articles already read and tagged (MEANTIME).
#[divan::bench]
fn meantime_events_only(bencher: Bencher) {
    let inputs = meantime();
    if inputs.is_empty() {
        return;
    }
    let bytes: usize = inputs.iter().map(Vec::len).sum();
    let reader = Reader::new(ReaderConfig::default());
    let tagger = Tagger::new(TaggerConfig::default());
    let extractor = Extractor::new(&Lexicon::builtin());
    let reference = chrono::NaiveDate::from_ymd_opt(2017, 5, 2);
    let tagged: Vec<_> = inputs
        .iter()
        .map(|input| {
            let article = reader.read(input, Some("a.txt")).unwrap();
            let timexes = tagger.tag(&article, reference);
            (article, timexes)
        })
        .collect();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for (article, timexes) in &tagged {
            black_box(extractor.extract(article, timexes, reference));
        }
    });
}

/// Read, tag and extract the fixture articles.
#[divan::bench]
fn fixture_articles(bencher: Bencher) {
    pipeline(bencher, &fixtures());
}

/// Read, tag and extract MEANTIME's 120 Wikinews articles.
#[divan::bench]
fn meantime_articles(bencher: Bencher) {
    let inputs = meantime();
    if !inputs.is_empty() {
        pipeline(bencher, &inputs);
    }
}
