//! The TempEval-3 evaluation of dateline's temporal tagger on TimeBank and
//! AQUAINT (TBAQ-cleaned, in `../shared/data/tempeval3/tbaq/`).
//!
//! Prints the TempEval-3 figures — strict and relaxed extent P/R/F1, value
//! accuracy, value F1 (a timex counts only if matched and its value is
//! equal), type accuracy — beside the systems measured on the same set, and
//! the errors, grouped by cause, with the commonest first.
//!
//! `--meantime` scores the same rules, with the same metrics, on the
//! TIMEX3 of NewsReader MEANTIME (120 English Wikinews articles, title and
//! first sentences annotated; `../shared/data/meantime/`): news the rules
//! were never tuned on, written twenty years after TBAQ's.
//!
//! Run with `cargo run --release -p dateline-temporal --example tempeval`
//! (`just eval-timex`). Set `DATELINE_DATA` to read the data from elsewhere;
//! `--errors N` shows N groups of errors (default 30) with `--examples N`
//! examples each (default 2), `--doc NAME` shows every expression of one
//! document.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use dateline_article::{Article, Meta, Span, timeml};
use dateline_temporal::timeml::{GoldTimex, gold_timexes};
use dateline_temporal::{Tagger, TaggerConfig, Timex};

struct Doc {
    name: String,
    text: String,
    gold: Vec<GoldTimex>,
    article: Article,
    dct: Option<chrono::NaiveDate>,
    /// The part of the text that is annotated: expressions outside it are
    /// not scored (MEANTIME annotates the title and first sentences, and
    /// its date line is the creation time, not an expression of the text).
    scored: Vec<Span>,
}

#[derive(Default)]
struct Score {
    gold: usize,
    system: usize,
    strict: usize,
    relaxed: usize,
    value: usize,
    kind: usize,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.gold += other.gold;
        self.system += other.system;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.value += other.value;
        self.kind += other.kind;
    }
}

fn f1(matched: usize, system: usize, gold: usize) -> (f64, f64, f64) {
    let p = if system == 0 { 0.0 } else { matched as f64 / system as f64 };
    let r = if gold == 0 { 0.0 } else { matched as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (100.0 * p, 100.0 * r, 100.0 * f)
}

fn data_dir() -> PathBuf {
    std::env::var_os("DATELINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

fn load_tbaq() -> Vec<Doc> {
    let root = data_dir().join("tempeval3/tbaq");
    let mut paths = Vec::new();
    for sub in ["TimeBank", "AQUAINT"] {
        let dir = root.join(sub);
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e} (set DATELINE_DATA)", dir.display()));
        paths.extend(
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "tml")),
        );
    }
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let xml = std::fs::read_to_string(&path).unwrap();
            let doc = timeml::parse(&xml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let gold = gold_timexes(&doc);
            let dct = doc.dct;
            let text = doc.text.clone();
            let article = doc.into_article(None);
            assert_eq!(article.text(), text, "the article's text is the TimeML text");
            Doc {
                name: path.file_name().unwrap().to_string_lossy().into_owned(),
                gold,
                scored: vec![Span::new(0, text.len())],
                text,
                article,
                dct,
            }
        })
        .collect()
}

#[path = "../../events/examples/common/meantime_xml.rs"]
mod meantime_xml;

/// Whether a MEANTIME token is written against the one before it.
fn joins_left(token: &str) -> bool {
    matches!(
        token,
        "," | "."
            | ";"
            | ":"
            | "?"
            | "!"
            | ")"
            | "%"
            | "'s"
            | "'"
            | "n't"
            | "'re"
            | "'ve"
            | "'ll"
            | "'d"
            | "'m"
    )
}

/// One MEANTIME document: its tokens joined back into text, one paragraph
/// per sentence, and its TIMEX3 spans over that text.
fn load_meantime_doc(path: &Path) -> Doc {
    let doc = meantime_xml::read(path);
    let (text, spans) = doc.text(joins_left);
    // (type, value, function, token ids) of each time expression, and every
    // annotated token, to find the annotated part.
    let timexes: Vec<(&str, &str, &str, &[String])> = doc
        .markables
        .iter()
        .filter(|m| m.tag == "TIMEX3")
        .map(|m| (m.attr("type"), m.attr("value"), m.attr("functionInDocument"), &m.tokens[..]))
        .collect();
    let anchored: Vec<&String> = doc.markables.iter().flat_map(|m| m.tokens.iter()).collect();
    let cover =
        |ids: &[String]| ids.iter().filter_map(|i| spans.get(i).map(|s| s.0)).reduce(Span::cover);
    let mut dct = None;
    let mut dct_span = None;
    let mut gold = Vec::new();
    for &(kind, value, function, ids) in &timexes {
        let Some(span) = cover(ids) else { continue };
        if function == "CREATION_TIME" {
            dct = chrono::NaiveDate::parse_from_str(&value[..10.min(value.len())], "%Y-%m-%d").ok();
            dct_span = Some(span);
            continue;
        }
        gold.push(GoldTimex { span, kind: kind.into(), value: value.into(), modifier: None });
    }
    gold.sort_by_key(|g| g.span.start());
    // The annotated part: sentences up to the last one with an annotated
    // token, less the date line.
    let last = anchored.iter().filter_map(|i| spans.get(*i).map(|s| s.1)).max().unwrap_or(0);
    let end = spans.values().filter(|s| s.1 <= last).map(|s| s.0.end()).max().unwrap_or(0);
    let scored = match dct_span {
        Some(d) => vec![Span::new(0, d.start()), Span::new(d.end(), end)],
        None => vec![Span::new(0, end)],
    };
    let article = Article::from_text(&text, Meta { published: dct, ..Meta::default() });
    Doc {
        name: path.file_name().unwrap().to_string_lossy().into_owned(),
        text,
        gold,
        article,
        dct,
        scored,
    }
}

fn load_meantime() -> Vec<Doc> {
    let paths = meantime_xml::paths(&data_dir().join("meantime/intra-doc_annotation"));
    paths.iter().map(|p| load_meantime_doc(p)).collect()
}

/// An error, with what it is about.
struct Miss {
    cause: &'static str,
    key: String,
    example: String,
}

fn shape(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut out = String::new();
    for c in lower.chars() {
        if c.is_ascii_digit() {
            if !out.ends_with('9') {
                out.push('9');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The text around a span, on one line.
fn context(text: &str, span: Span) -> String {
    let mut start = span.start().saturating_sub(70);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end() + 40).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text[start..end].split_whitespace().collect::<Vec<_>>().join(" ")
}

fn score_doc(doc: &Doc, system: &[Timex], misses: &mut Vec<Miss>) -> Score {
    let mut s = Score { gold: doc.gold.len(), system: system.len(), ..Score::default() };
    let mut used = vec![false; system.len()];
    for g in &doc.gold {
        let gtext = &doc.text[g.span];
        let found = system.iter().enumerate().find(|(k, t)| !used[*k] && t.span.overlaps(g.span));
        let Some((k, t)) = found else {
            misses.push(Miss {
                cause: "missed",
                key: shape(gtext),
                example: format!("{gtext:?} {} {} [{}]", g.kind, g.value, doc.name),
            });
            continue;
        };
        used[k] = true;
        s.relaxed += 1;
        let ttext = &doc.text[t.span];
        if t.span == g.span {
            s.strict += 1;
        } else {
            misses.push(Miss {
                cause: "extent",
                key: format!("{} / {}", shape(gtext), shape(ttext)),
                example: format!("gold {gtext:?} got {ttext:?} [{}]", doc.name),
            });
        }
        let value = t.value.to_string();
        if value == g.value {
            s.value += 1;
        } else {
            misses.push(Miss {
                cause: "value",
                key: format!("{} {} → {}", shape(gtext), shape(&g.value), shape(&value)),
                example: format!(
                    "{gtext:?} gold {} got {} (dct {}) [{}] …{}…",
                    g.value,
                    value,
                    doc.dct.map(|d| d.to_string()).unwrap_or_default(),
                    doc.name,
                    context(&doc.text, g.span)
                ),
            });
        }
        if t.kind.as_str() == g.kind {
            s.kind += 1;
        } else {
            misses.push(Miss {
                cause: "type",
                key: format!("{} {} → {}", shape(gtext), g.kind, t.kind.as_str()),
                example: format!("{gtext:?} [{}]", doc.name),
            });
        }
    }
    for (k, t) in system.iter().enumerate() {
        if !used[k] {
            let ttext = &doc.text[t.span];
            misses.push(Miss {
                cause: "spurious",
                key: shape(ttext),
                example: format!("{ttext:?} {} [{}]", t.value, doc.name),
            });
        }
    }
    s
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let option = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1));
    let groups: usize = option("--errors").and_then(|n| n.parse().ok()).unwrap_or(30);
    let examples: usize = option("--examples").and_then(|n| n.parse().ok()).unwrap_or(2);
    let only_doc = option("--doc").cloned();
    let meantime = args.iter().any(|a| a == "--meantime");
    let (corpus, docs) =
        if meantime { ("MEANTIME", load_meantime()) } else { ("TBAQ", load_tbaq()) };
    let chars: usize = docs.iter().map(|d| d.text.chars().count()).sum();
    let gold: usize = docs.iter().map(|d| d.gold.len()).sum();
    println!("{corpus}: {} documents, {chars} characters, {gold} TIMEX3\n", docs.len());

    let configs = [
        ("dateline (TimeML guidelines)", TaggerConfig::timeml()),
        ("dateline (default: also \"former\")", TaggerConfig::default()),
    ];
    let mut rows = Vec::new();
    let mut first_misses = Vec::new();
    for (n, (name, config)) in configs.iter().enumerate() {
        let tagger = Tagger::new(*config);
        let mut total = Score::default();
        let mut misses = Vec::new();
        for doc in &docs {
            let mut system = tagger.tag(&doc.article, doc.dct);
            system.retain(|t| {
                doc.scored.iter().any(|s| s.start() <= t.span.start() && t.span.end() <= s.end())
            });
            if only_doc.as_deref() == Some(doc.name.as_str()) && n == 0 {
                for t in &system {
                    println!("  {:?} {} {}", &doc.text[t.span], t.kind.as_str(), t.value);
                }
                println!("gold:");
                for g in &doc.gold {
                    println!("  {:?} {} {}", &doc.text[g.span], g.kind, g.value);
                }
            }
            total.add(&score_doc(doc, &system, &mut misses));
        }
        // Speed: tag the whole corpus a few times; report the best run.
        let mut best = f64::MAX;
        for _ in 0..5 {
            let start = Instant::now();
            for doc in &docs {
                std::hint::black_box(tagger.tag(&doc.article, doc.dct));
            }
            best = best.min(start.elapsed().as_secs_f64());
        }
        rows.push((name.to_string(), total, chars as f64 / best));
        if n == 0 {
            first_misses = misses;
        }
    }

    println!(
        "| system | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value acc. | value F1 | type acc. | characters/s |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|");
    for (name, s, speed) in &rows {
        let (sp, sr, sf) = f1(s.strict, s.system, s.gold);
        let (rp, rr, rf) = f1(s.relaxed, s.system, s.gold);
        let (_, _, vf) = f1(s.value, s.system, s.gold);
        let vacc = 100.0 * s.value as f64 / s.relaxed.max(1) as f64;
        let tacc = 100.0 * s.kind as f64 / s.relaxed.max(1) as f64;
        println!(
            "| {name} | {sp:.1} | {sr:.1} | {sf:.1} | {rp:.1} | {rr:.1} | {rf:.1} | {vacc:.1} | {vf:.1} | {tacc:.1} | {:.0} |",
            speed
        );
    }
    let peers: &[(&str, f64, f64, f64, f64, u32)] = if meantime {
        &[] // measured on TBAQ only
    } else {
        &[
            ("HeidelTime (news mode)", 84.1, 92.1, 77.4, 95.6, 7_127),
            ("Microsoft Recognizers-Text", 66.4, 83.1, 57.0, 84.1, 15_966),
            ("chrono-node", 51.1, 74.8, 48.2, 85.1, 1_884_068),
            ("dateparser (search_dates)", 24.8, 62.3, 32.0, 84.3, 108_858),
        ]
    };
    for (name, sf, rf, vf, ta, speed) in peers {
        println!(
            "| {name} (as measured in the issue) | | | {sf} | | | {rf} | | {vf} | {ta} | {speed} |"
        );
    }

    // Errors grouped by cause and by the shape of the text.
    let mut by_group: BTreeMap<(&str, String), Vec<String>> = BTreeMap::new();
    for m in first_misses {
        by_group.entry((m.cause, m.key)).or_default().push(m.example);
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for ((cause, _), examples) in &by_group {
        *counts.entry(cause).or_default() += examples.len();
    }
    println!(
        "\nerrors by cause: {}",
        counts.iter().map(|(c, n)| format!("{c} {n}")).collect::<Vec<_>>().join(", ")
    );
    let mut groups_sorted: Vec<_> = by_group.into_iter().collect();
    groups_sorted.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    println!("\nthe {groups} commonest errors:");
    let examples_shown = examples;
    for ((cause, key), examples) in groups_sorted.into_iter().take(groups) {
        println!("  {:>3} × {cause:<8} {key}", examples.len());
        for e in examples.iter().take(examples_shown) {
            println!("          e.g. {e}");
        }
    }
}
