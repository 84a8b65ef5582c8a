//! Event extraction on arbitrary text: reading, tagging and extracting
//! never panic, and every evidence span lies on character boundaries of the
//! article's text.
#![no_main]

use std::sync::LazyLock;

use chrono::NaiveDate;
use dateline_article::{Article, Meta};
use dateline_events::{Extractor, Lexicon};
use dateline_temporal::{Tagger, TaggerConfig};
use libfuzzer_sys::fuzz_target;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(&Lexicon::builtin()));

fuzz_target!(|input: (u16, u8, u8, &str)| {
    let (year, month, day, text) = input;
    let reference = NaiveDate::from_ymd_opt(i32::from(year % 9999) + 1, u32::from(month % 12) + 1, u32::from(day % 28) + 1);
    let article = Article::from_text(text, Meta { published: reference, ..Meta::default() });
    let timexes = Tagger::new(TaggerConfig::default()).tag(&article, reference);
    let events = EXTRACTOR.extract(&article, &timexes, reference);
    let body = article.text();
    for e in &events {
        for ev in &e.evidence {
            for span in [ev.span, ev.trigger] {
                assert!(span.end() <= body.len());
                assert!(body.is_char_boundary(span.start()) && body.is_char_boundary(span.end()));
            }
        }
        assert!(!e.summary.is_empty());
    }
});
