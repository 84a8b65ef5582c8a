//! The HTML reader on arbitrary bytes.
#![no_main]

use dateline_article::{Reader, ReaderConfig};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let reader = Reader::new(ReaderConfig::default());
    if let Ok(article) = reader.read(bytes, Some("page.html")) {
        for s in article.sentences() {
            assert!(article.blocks()[s.block].span.contains(s.span));
        }
    }
});
