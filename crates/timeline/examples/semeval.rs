//! Cross-document timelines on SemEval-2015 Task 4 (TimeLine): the gold
//! timelines of 39 target entities over the MEANTIME Wikinews articles
//! (`../shared/data/semeval2015-timeline/` and `../shared/data/meantime/`,
//! CC BY 3.0 / CC BY 4.0).
//!
//! For each corpus, every article is read, tagged and its events extracted
//! and merged into one timeline, as `dateline timeline` does. For each
//! target entity, the entries it takes part in (a participant's name, or
//! the sentence of the mention, names it) are compared with the gold rows
//! (`order  date  docid-sentence-word`):
//!
//! - **found**: the share of gold events whose word is the trigger (or in
//!   the trigger) of one of dateline's mentions in that sentence;
//! - **dates** at day granularity: dateline's dated mentions of the entity
//!   against the gold's dated rows (`2008-05-12`, `2008-05-XX`,
//!   `2008-XX-XX`), a pair counting when the mention is the gold event and
//!   the dates are the same at the gold's precision — precision, recall and
//!   F1;
//! - **order**: for pairs of found gold events with different gold order,
//!   the share dateline puts in the same order (entries' positions).
//!
//! Run with `cargo run --release -p dateline-timeline --example semeval`
//! (`just eval-timeline`); `DATELINE_DATA` points elsewhere.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dateline_article::{Article, Meta};
use dateline_events::{Extractor, Lexicon};
use dateline_temporal::{Granularity, Tagger, TaggerConfig};
use dateline_timeline::{ArticleEvents, Builder, Filter, SourceInfo, When};

fn data_dir() -> PathBuf {
    std::env::var_os("DATELINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// One MEANTIME article as text: a sentence a paragraph, tokens joined by
/// spaces, with the byte range of each sentence.
struct Doc {
    id: String,
    text: String,
    dct: Option<NaiveDate>,
    sentences: Vec<(usize, usize, usize)>,
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!("{name}=\""))? + name.len() + 2;
    tag[at..].split('"').next()
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn load(path: &Path) -> Doc {
    let xml = std::fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy();
    let id = name.split('_').next().unwrap_or("").to_string();
    let mut text = String::new();
    let mut sentences: Vec<(usize, usize, usize)> = Vec::new();
    for piece in xml.split("<token ").skip(1) {
        let Some((tag, rest)) = piece.split_once('>') else { continue };
        let sentence: usize = attr(tag, "sentence").and_then(|s| s.parse().ok()).unwrap_or(0);
        let word = unescape(rest.split('<').next().unwrap_or(""));
        match sentences.last_mut() {
            Some(last) if last.0 == sentence => {
                text.push(' ');
                text.push_str(&word);
                last.2 = text.len();
            }
            _ => {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                let start = text.len();
                text.push_str(&word);
                sentences.push((sentence, start, text.len()));
            }
        }
    }
    let dct = xml.split("<TIMEX3 ").skip(1).find_map(|t| {
        let tag = t.split('>').next()?;
        (attr(tag, "functionInDocument") == Some("CREATION_TIME"))
            .then(|| attr(tag, "value"))
            .flatten()
            .and_then(|v| NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok())
    });
    Doc { id, text, dct, sentences }
}

/// A date as the gold writes it, at the gold row's precision.
fn gold_form(w: Option<&When>, precision: usize) -> String {
    let Some(w) = w else { return "XXXX-XX-XX".into() };
    let Some(start) = w.start else { return "XXXX-XX-XX".into() };
    // A date coarser than the gold's precision cannot match it.
    let known = match w.granularity {
        g if g <= Granularity::Day => 3,
        Granularity::Week | Granularity::Month => 2,
        Granularity::Season | Granularity::Quarter | Granularity::Half | Granularity::Year => 1,
        _ => 0,
    };
    if known < precision || w.end.is_none() {
        return "XXXX-XX-XX".into();
    }
    let full = start.format("%Y-%m-%d").to_string();
    match precision {
        3 => full,
        2 => format!("{}-XX", &full[..7]),
        1 => format!("{}-XX-XX", &full[..4]),
        _ => "XXXX-XX-XX".into(),
    }
}

fn precision_of(gold: &str) -> usize {
    gold.split('-').filter(|p| !p.starts_with('X')).count()
}

struct Gold {
    order: usize,
    date: String,
    doc: String,
    sentence: usize,
    word: String,
}

fn main() {
    let root = data_dir();
    let sem = root.join("semeval2015-timeline");
    let corpora =
        [("corpus_1", "corpus_airbus"), ("corpus_2", "corpus_gm"), ("corpus_3", "corpus_stock")];
    // The trial timelines (Apple) are over articles MEANTIME does not hold,
    // so they are left out.
    let extractor = Extractor::new(&Lexicon::builtin());
    let tagger = Tagger::new(TaggerConfig::default());
    let (mut gold_events, mut found, mut gold_dated, mut ours_dated, mut correct) = (0, 0, 0, 0, 0);
    let (mut pairs, mut pairs_right) = (0usize, 0usize);
    let mut per_corpus: Vec<String> = Vec::new();
    for (sem_dir, meantime_dir) in corpora {
        let dir = root.join("meantime/intra-doc_annotation").join(meantime_dir);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            panic!("{}: not found (set DATELINE_DATA)", dir.display());
        };
        let mut paths: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "xml"))
            .collect();
        paths.sort();
        let docs: Vec<Doc> = paths.iter().map(|p| load(p)).collect();
        let mut builder = Builder::new();
        for doc in &docs {
            let article =
                Article::from_text(&doc.text, Meta { published: doc.dct, ..Meta::default() });
            let timexes = tagger.tag(&article, doc.dct);
            let events = extractor.extract(&article, &timexes, doc.dct);
            let source = SourceInfo::new(&doc.id, Some(&doc.id), &article);
            builder.add(ArticleEvents::new(source, &article, &events));
        }
        let timeline = builder.build(&Filter::default());
        let doc_by_id: BTreeMap<&str, &Doc> = docs.iter().map(|d| (d.id.as_str(), d)).collect();
        // Every mention: (doc, MEANTIME sentence, trigger, entry index).
        let mut mentions: Vec<(String, usize, String, usize, String)> = Vec::new();
        for (i, e) in timeline.entries.iter().enumerate() {
            for m in &e.evidence {
                let Some(doc) = doc_by_id.get(&*m.source) else { continue };
                let Some(&(sentence, _, _)) =
                    doc.sentences.iter().find(|(_, a, b)| *a <= m.start && m.start < *b)
                else {
                    continue;
                };
                let names: Vec<String> =
                    e.participants.iter().map(|p| p.name.to_lowercase()).collect();
                let context = format!("{} {}", m.sentence.to_lowercase(), names.join(" "));
                mentions.push((
                    m.source.to_string(),
                    sentence,
                    m.trigger.to_lowercase(),
                    i,
                    context,
                ));
            }
        }

        let gold_dir = sem.join(sem_dir);
        let gold_dir = if gold_dir.join("TimeLines_Gold_Standard").is_dir() {
            gold_dir.join("TimeLines_Gold_Standard")
        } else {
            gold_dir
        };
        let mut files: Vec<PathBuf> =
            std::fs::read_dir(&gold_dir).unwrap().flatten().map(|e| e.path()).collect();
        files.sort();
        let (c_gold, c_found) = (gold_events, found);
        for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "txt")) {
            let body = std::fs::read_to_string(file).unwrap();
            let mut lines = body.lines();
            let entity = lines.next().unwrap_or("").trim().to_lowercase();
            let gold: Vec<Gold> = lines
                .filter_map(|l| {
                    let mut f = l.split('\t');
                    let order = f.next()?.trim().parse().ok()?;
                    let date = f.next()?.trim().to_string();
                    let mut id = f.next()?.trim().splitn(3, '-');
                    Some(Gold {
                        order,
                        date,
                        doc: id.next()?.to_string(),
                        sentence: id.next()?.parse().ok()?,
                        word: id.next()?.to_lowercase(),
                    })
                })
                .collect();
            // The entity's mentions: it takes part, or the sentence names it.
            let key = entity.split_whitespace().last().unwrap_or(&entity).to_string();
            let ours: Vec<&(String, usize, String, usize, String)> =
                mentions.iter().filter(|m| m.4.contains(&entity) || m.4.contains(&key)).collect();
            let matching = |g: &Gold| {
                mentions.iter().find(|m| {
                    m.0 == g.doc
                        && m.1 == g.sentence
                        && m.2.split(|c: char| !c.is_alphanumeric()).any(|w| w == g.word)
                })
            };
            let mut found_positions: Vec<(usize, usize)> = Vec::new();
            for g in &gold {
                gold_events += 1;
                let hit = matching(g);
                if let Some(m) = hit {
                    found += 1;
                    found_positions.push((g.order, m.3));
                }
                if precision_of(&g.date) > 0 {
                    gold_dated += 1;
                    if let Some(m) = hit {
                        let when = timeline.entries[m.3].when.as_ref();
                        if gold_form(when, precision_of(&g.date)) == g.date {
                            correct += 1;
                        }
                    }
                }
            }
            ours_dated += ours
                .iter()
                .filter(|m| timeline.entries[m.3].when.as_ref().is_some_and(|w| w.start.is_some()))
                .count();
            for (i, a) in found_positions.iter().enumerate() {
                for b in &found_positions[i + 1..] {
                    if a.0 != b.0 && a.1 != b.1 {
                        pairs += 1;
                        if (a.0 < b.0) == (a.1 < b.1) {
                            pairs_right += 1;
                        }
                    }
                }
            }
        }
        per_corpus.push(format!(
            "| {meantime_dir} | {} | {} | {:.1} |",
            docs.len(),
            gold_events - c_gold,
            100.0 * (found - c_found) as f64 / (gold_events - c_gold).max(1) as f64
        ));
    }
    let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    let (p, r) = (pct(correct, ours_dated), pct(correct, gold_dated));
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    println!("SemEval-2015 Task 4 (TimeLine) over MEANTIME: {gold_events} gold events\n");
    println!("| corpus | articles | gold events | found % |");
    println!("|---|---|---|---|");
    for line in &per_corpus {
        println!("{line}");
    }
    println!("\ngold events found: {found} of {gold_events} ({:.1}%)", pct(found, gold_events));
    println!(
        "dates at day granularity: precision {p:.1}  recall {r:.1}  F1 {f:.1}  ({correct} right; {ours_dated} dated mentions of the entities; {gold_dated} dated gold events)"
    );
    println!(
        "order of found events: {:.1}% of {pairs} pairs in the gold's order",
        pct(pairs_right, pairs)
    );
}
