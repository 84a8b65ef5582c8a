//! dateline's half of `just bench-peers`: the TBAQ documents for the other
//! taggers, and dateline's own tagging of them, timed inside this process.
//!
//! ```text
//! peers export CORPUS.jsonl    # one document a line: id, published, text, gold
//! peers run [--passes N]       # tag every document, print timings and results as JSON
//! ```
//!
//! Both read `tempeval3/tbaq/{TimeBank,AQUAINT}/*.tml` under `DATELINE_DATA`
//! (default `../shared/data` beside the repository). Offsets in both outputs
//! are in characters (Unicode scalar values), so that the scorer in
//! `bench/peers/` can compare them with offsets from JavaScript and Python.
//!
//! What `run` times, per pass: for every document, its text (already taken
//! out of the TimeML, as the other tools are given it) made into an
//! [`Article`](dateline_article::Article) — blocks and sentences — and
//! tagged by [`Tagger::tag`] with the document creation time as the
//! reference date, with the same configuration `dateline timex` uses.
//! Reading the files and parsing the XML are not timed.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use dateline_article::Span;
use dateline_article::timeml::{self, TimemlDoc};
use dateline_temporal::timeml::gold_timexes;
use dateline_temporal::{Tagger, TaggerConfig};
use serde_json::json;

struct Doc {
    name: String,
    text: String,
    dct: Option<NaiveDate>,
    /// The gold TIMEX3s: span and value.
    gold: Vec<(Span, String)>,
}

fn data_dir() -> PathBuf {
    std::env::var_os("DATELINE_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

/// Every `.tml` file of TBAQ, sorted by path, read and parsed.
fn load() -> Result<Vec<Doc>, String> {
    let root = data_dir().join("tempeval3/tbaq");
    let mut paths = Vec::new();
    for sub in ["TimeBank", "AQUAINT"] {
        let dir = root.join(sub);
        let entries = std::fs::read_dir(&dir).map_err(|e| {
            format!("{}: {e} (set DATELINE_DATA to the folder holding tempeval3/)", dir.display())
        })?;
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
            let xml =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let doc = timeml::parse(&xml).map_err(|e| format!("{}: {e}", path.display()))?;
            let gold = gold_timexes(&doc).into_iter().map(|g| (g.span, g.value)).collect();
            Ok(Doc {
                name: path.file_name().unwrap_or_default().to_string_lossy().into_owned(),
                text: doc.text,
                dct: doc.dct,
                gold,
            })
        })
        .collect()
}

/// Converts byte offsets into `text` to character offsets.
struct Chars {
    /// The character offset of every byte offset (only those on character
    /// boundaries are meaningful).
    at: Vec<usize>,
}

impl Chars {
    fn new(text: &str) -> Chars {
        let mut at = vec![0; text.len() + 1];
        let mut n = 0;
        for (i, c) in text.char_indices() {
            for slot in &mut at[i..i + c.len_utf8()] {
                *slot = n;
            }
            n += 1;
        }
        at[text.len()] = n;
        Chars { at }
    }

    fn span(&self, span: Span) -> (usize, usize) {
        (self.at[span.start()], self.at[span.end()])
    }
}

fn export(docs: &[Doc], out: &Path) -> io::Result<()> {
    let mut w = BufWriter::new(std::fs::File::create(out)?);
    for doc in docs {
        let chars = Chars::new(&doc.text);
        let gold: Vec<_> = doc
            .gold
            .iter()
            .map(|(span, value)| {
                let (s, e) = chars.span(*span);
                json!([s, e, value])
            })
            .collect();
        // `id`, `published` and `text` are what `dateline timex` reads from
        // a JSON Lines corpus; it ignores `gold`.
        let line = json!({
            "id": doc.name,
            "published": doc.dct.map(|d| d.to_string()),
            "text": doc.text,
            "gold": gold,
        });
        writeln!(w, "{line}")?;
    }
    w.flush()
}

fn run(docs: &[Doc], passes: usize) -> io::Result<()> {
    let tagger = Tagger::new(TaggerConfig::default());
    let mut seconds = Vec::new();
    let mut first = Vec::new();
    for pass in 0..passes.max(1) {
        let mut found = Vec::with_capacity(docs.len());
        let start = Instant::now();
        for doc in docs {
            let article =
                TimemlDoc { text: doc.text.clone(), dct: doc.dct, ..TimemlDoc::default() }
                    .into_article(None);
            let timexes = tagger.tag(&article, doc.dct);
            found.push(std::hint::black_box(timexes));
        }
        seconds.push(start.elapsed().as_secs_f64());
        if pass == 0 {
            first = found;
        }
    }
    let results: serde_json::Map<String, serde_json::Value> = docs
        .iter()
        .zip(&first)
        .map(|(doc, timexes)| {
            let chars = Chars::new(&doc.text);
            let found: Vec<_> = timexes
                .iter()
                .map(|t| {
                    let (s, e) = chars.span(t.span);
                    json!([s, e, t.value.to_string()])
                })
                .collect();
            (doc.name.clone(), found.into())
        })
        .collect();
    let chars: usize = docs.iter().map(|d| d.text.chars().count()).sum();
    let out = json!({
        "tool": "dateline",
        "version": env!("CARGO_PKG_VERSION"),
        "chars": chars,
        "pass_seconds": seconds,
        "results": results,
    });
    let mut stdout = io::stdout().lock();
    writeln!(stdout, "{out}")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: peers export CORPUS.jsonl | peers run [--passes N]";
    let docs = match load() {
        Ok(docs) => docs,
        Err(e) => {
            eprintln!("peers: error: {e}");
            return ExitCode::from(2);
        }
    };
    let result = match args.first().map(String::as_str) {
        Some("export") if args.len() == 2 => export(&docs, Path::new(&args[1])),
        Some("run") => {
            let passes = match args.get(1).map(String::as_str) {
                None => 1,
                Some("--passes") => match args.get(2).and_then(|n| n.parse().ok()) {
                    Some(n) => n,
                    None => {
                        eprintln!("peers: error: --passes needs a number\n{usage}");
                        return ExitCode::from(2);
                    }
                },
                Some(other) => {
                    eprintln!("peers: error: unknown argument {other}\n{usage}");
                    return ExitCode::from(2);
                }
            };
            run(&docs, passes)
        }
        _ => {
            eprintln!("{usage}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("peers: error: {e}");
            ExitCode::from(2)
        }
    }
}
