//! Event detection and status on NewsReader MEANTIME (English, 120
//! Wikinews articles in `../shared/data/meantime/`, CC BY 4.0).
//!
//! Detection: dateline's triggers against the annotated event mentions,
//! over all mentions and over the mentions whose predicate is a word of
//! dateline's lexicon (the kinds it covers). Status: for triggers that
//! match a mention, dateline's status against the mention's attributes —
//! `time="FUTURE"` is planned, `polarity="NEG"` negated or denied, anything
//! else occurred (or ongoing, reported).
//!
//! Run with `cargo run --release -p dateline-events --example meantime`
//! (`just eval-events`); `DATELINE_DATA` points elsewhere.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dateline_article::{Article, Meta, Span};
use dateline_events::{Extractor, Lexicon, Status};
use dateline_temporal::{Tagger, TaggerConfig};

struct Mention {
    span: Span,
    pred: String,
    future: bool,
    negative: bool,
}

struct Doc {
    name: String,
    text: String,
    /// MEANTIME annotates the title and the first sentences only: where
    /// the annotated part ends.
    annotated_end: usize,
    dct: Option<NaiveDate>,
    mentions: Vec<Mention>,
}

fn data_dir() -> PathBuf {
    std::env::var_os("DATELINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

#[path = "common/meantime_xml.rs"]
mod meantime_xml;

/// Reads a MEANTIME CAT file: tokens into text (a sentence per block), and
/// the event mentions with their attributes and token spans.
fn load(path: &Path) -> Doc {
    let doc = meantime_xml::read(path);
    let (text, token_spans) = doc.text(|_| false);
    let spans: BTreeMap<String, Span> =
        token_spans.iter().map(|(id, s)| (id.clone(), s.0)).collect();
    let tokens: Vec<(String, String, usize)> =
        doc.tokens.into_iter().map(|t| (t.id, t.text, t.sentence)).collect();
    let mentions_raw: Vec<(String, bool, bool, Vec<String>)> = doc
        .markables
        .iter()
        .filter(|m| m.tag == "EVENT_MENTION")
        .map(|m| {
            let future = m.attr("time") == "FUTURE";
            let negative = m.attr("polarity") == "NEG";
            (m.attr("pred").to_string(), future, negative, m.tokens.clone())
        })
        .collect();
    let dct = doc
        .markables
        .iter()
        .find(|m| m.tag == "TIMEX3" && m.attr("functionInDocument") == "CREATION_TIME")
        .and_then(|m| {
            let value = m.attr("value");
            NaiveDate::parse_from_str(&value[..10.min(value.len())], "%Y-%m-%d").ok()
        });
    let last_sentence = mentions_raw
        .iter()
        .flat_map(|m| m.3.iter())
        .filter_map(|id| tokens.iter().find(|t| &t.0 == id).map(|t| t.2))
        .max()
        .unwrap_or(0);
    let annotated_end = tokens
        .iter()
        .filter(|t| t.2 <= last_sentence)
        .filter_map(|t| spans.get(&t.0))
        .map(|s| s.end())
        .max()
        .unwrap_or(0);
    let mentions = mentions_raw
        .into_iter()
        .filter_map(|(pred, future, negative, ids)| {
            let spans: Vec<Span> = ids.iter().filter_map(|i| spans.get(i).copied()).collect();
            let span = spans.iter().copied().reduce(Span::cover)?;
            Some(Mention { span, pred: pred.to_lowercase(), future, negative })
        })
        .collect();
    Doc {
        name: path.file_name().unwrap().to_string_lossy().into_owned(),
        text,
        annotated_end,
        dct,
        mentions,
    }
}

fn main() {
    let paths = meantime_xml::paths(&data_dir().join("meantime/intra-doc_annotation"));
    let lexicon = Lexicon::builtin();
    let words: HashSet<String> = lexicon
        .kinds()
        .iter()
        .flat_map(|k| k.triggers.iter())
        .filter_map(|t| t.verb.clone().or_else(|| t.noun.clone()))
        .filter(|w| !w.contains(' '))
        .map(|w| w.to_lowercase())
        .collect();
    let extractor = Extractor::new(&lexicon);
    let show_errors = std::env::args().any(|a| a == "--errors");
    let tagger = Tagger::new(TaggerConfig::default());

    let (mut gold_all, mut gold_in, mut found_all, mut found_in) = (0, 0, 0, 0);
    let (mut ours, mut ours_matched) = (0, 0);
    // Status confusion: (gold, ours) counts.
    let mut confusion: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut misses: BTreeMap<String, usize> = BTreeMap::new();
    let mut spurious: BTreeMap<String, usize> = BTreeMap::new();
    let docs: Vec<Doc> = paths.iter().map(|p| load(p)).collect();
    for doc in &docs {
        let article = Article::from_text(&doc.text, Meta { published: doc.dct, ..Meta::default() });
        assert_eq!(article.text(), doc.text);
        let timexes = tagger.tag(&article, doc.dct);
        let events = extractor.extract(&article, &timexes, doc.dct);
        let triggers: Vec<(Span, Status)> = events
            .iter()
            .flat_map(|e| e.evidence.iter().map(move |ev| (ev.trigger, e.status)))
            .filter(|(t, _)| t.end() <= doc.annotated_end)
            .collect();
        for m in &doc.mentions {
            let in_taxonomy = words.contains(&m.pred);
            gold_all += 1;
            gold_in += usize::from(in_taxonomy);
            let hit = triggers.iter().find(|(t, _)| t.overlaps(m.span));
            if let Some((_, status)) = hit {
                found_all += 1;
                found_in += usize::from(in_taxonomy);
                let gold = if m.negative {
                    "negated"
                } else if m.future {
                    "planned"
                } else {
                    "occurred"
                };
                let got = match status {
                    Status::Negated | Status::Denied => "negated",
                    Status::Planned => "planned",
                    Status::Hypothetical => "hypothetical",
                    _ => "occurred",
                };
                *confusion.entry((gold, got)).or_default() += 1;
                if show_errors && gold != got {
                    let line_start = doc.text[..m.span.start()].rfind('\n').map_or(0, |i| i + 1);
                    let line_end = doc.text[m.span.end()..]
                        .find('\n')
                        .map_or(doc.text.len(), |i| m.span.end() + i);
                    println!(
                        "{gold} → {got}: [{}] {}",
                        article.slice(m.span),
                        &doc.text[line_start..line_end]
                    );
                }
            } else if in_taxonomy {
                *misses.entry(m.pred.clone()).or_default() += 1;
            }
        }
        for (t, _) in &triggers {
            ours += 1;
            if doc.mentions.iter().any(|m| m.span.overlaps(*t)) {
                ours_matched += 1;
            } else {
                *spurious.entry(article.slice(*t).to_lowercase()).or_default() += 1;
            }
        }
        let _ = &doc.name;
    }
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    println!(
        "MEANTIME English: {} articles, {gold_all} event mentions ({gold_in} whose predicate is a one-word trigger of dateline's lexicon)\n\nOnly the annotated part of each article (its title and first sentences) is scored.\n",
        docs.len()
    );
    println!("| detection | precision | recall | F1 |");
    println!("|---|---|---|---|");
    let p = pct(ours_matched, ours);
    for (name, found, gold) in [
        ("all event mentions", found_all, gold_all),
        ("mentions in dateline's kinds", found_in, gold_in),
    ] {
        let r = pct(found, gold);
        let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        println!("| {name} | {p:.1} | {r:.1} | {f:.1} |");
    }
    println!(
        "\n(precision: {ours_matched} of dateline's {ours} trigger mentions are annotated event mentions)\n"
    );
    let total: usize = confusion.values().sum();
    let correct: usize = confusion.iter().filter(|((g, o), _)| g == o).map(|(_, n)| n).sum();
    println!("status on {total} matched mentions: accuracy {:.1}%", pct(correct, total));
    println!("\n| status | precision | recall | gold | dateline |");
    println!("|---|---|---|---|---|");
    for class in ["occurred", "planned", "negated"] {
        let gold: usize = confusion.iter().filter(|((g, _), _)| *g == class).map(|(_, n)| n).sum();
        let got: usize = confusion.iter().filter(|((_, o), _)| *o == class).map(|(_, n)| n).sum();
        let both = confusion.get(&(class, class)).copied().unwrap_or(0);
        println!("| {class} | {:.1} | {:.1} | {gold} | {got} |", pct(both, got), pct(both, gold));
    }
    println!("\nconfusion (gold → dateline):");
    for ((g, o), n) in &confusion {
        println!("  {g:>9} → {o:<12} {n}");
    }
    let top = |m: &BTreeMap<String, usize>| {
        let mut v: Vec<(&String, &usize)> = m.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        v.into_iter().take(15).map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
    };
    println!("\nmost missed predicates in dateline's kinds: {}", top(&misses));
    println!("most frequent triggers not annotated: {}", top(&spurious));
}
