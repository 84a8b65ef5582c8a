//! The article reader on arbitrary bytes as plain text, Markdown, TimeML and
//! JSON Lines: it reads or refuses, never panics, and its spans are valid.
#![no_main]

use dateline_article::{Article, Reader, ReaderConfig};
use libfuzzer_sys::fuzz_target;

fn check(article: &Article) {
    let text = article.text();
    for b in article.blocks() {
        assert!(text.is_char_boundary(b.span.start()) && text.is_char_boundary(b.span.end()));
    }
    for s in article.sentences() {
        assert!(article.blocks()[s.block].span.contains(s.span));
    }
}

fuzz_target!(|bytes: &[u8]| {
    let reader = Reader::new(ReaderConfig::default());
    for name in ["a.txt", "a.md", "a.tml", "a.jsonl"] {
        if let Ok(article) = reader.read(bytes, Some(name)) {
            check(&article);
        }
    }
});
