//! The diff on arbitrary pairs of texts: no panic, word edits on character
//! boundaries of their side, every sentence of both versions aligned once,
//! and a text compared with itself changes nothing.
#![no_main]

use std::sync::LazyLock;

use chrono::NaiveDate;
use dateline_article::{Article, Meta};
use dateline_diff::{DiffConfig, Differ, WordOp};
use libfuzzer_sys::fuzz_target;

static DIFFER: LazyLock<Differ> = LazyLock::new(|| Differ::new(DiffConfig::default()));

fuzz_target!(|input: (&str, &str)| {
    let (a, b) = input;
    let reference = NaiveDate::from_ymd_opt(2017, 5, 2);
    let old = DIFFER.analyze(Article::from_text(a, Meta::default()), reference);
    let new = DIFFER.analyze(Article::from_text(b, Meta::default()), reference);
    let revision = DIFFER.compare(&old, &new);
    let (ot, nt) = (old.article().text(), new.article().text());
    for c in &revision.sentences {
        for w in &c.words {
            let text = if w.op == WordOp::Delete { ot } else { nt };
            assert!(w.span.end() <= text.len());
            assert!(text.is_char_boundary(w.span.start()) && text.is_char_boundary(w.span.end()));
        }
    }
    let mut olds: Vec<usize> = revision.sentences.iter().flat_map(|c| c.old.clone()).collect();
    let mut news: Vec<usize> = revision.sentences.iter().flat_map(|c| c.new.clone()).collect();
    olds.sort_unstable();
    news.sort_unstable();
    assert_eq!(olds, (0..old.article().sentences().len()).collect::<Vec<_>>());
    assert_eq!(news, (0..new.article().sentences().len()).collect::<Vec<_>>());
    let same = DIFFER.compare(&old, &old);
    assert!(same.facts.is_empty() && same.events.is_empty());
    assert!(same.sentences.iter().all(|c| !c.is_change()));
});
