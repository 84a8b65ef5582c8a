//! Writes a JSON Lines corpus of generated articles for the timeline
//! benchmark: `cargo run --release -p dateline-timeline --example corpus --
//! N OUT.jsonl` (`just bench-timeline`).
//!
//! Each article recombines sentences of the project's own fixture articles
//! (`fixtures/articles/*.txt`): a headline, then paragraphs of sentences
//! drawn with a fixed-seed generator, and a publication date in 2015–2024,
//! so the output is the same on every run and about 5 KB an article.

use std::io::{BufWriter, Write};
use std::path::Path;

use dateline_article::{BlockKind, Reader, ReaderConfig};

/// A small deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (count, out) = match args.as_slice() {
        [n, out] => (n.parse::<usize>().expect("a number of articles"), out.clone()),
        _ => {
            eprintln!("usage: corpus N OUT.jsonl");
            std::process::exit(2);
        }
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/articles");
    let reader = Reader::new(ReaderConfig::default());
    let (mut headlines, mut sentences) = (Vec::new(), Vec::new());
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        let article = reader.read(&std::fs::read(path).unwrap(), path.to_str()).unwrap();
        for s in article.sentences() {
            let text = article.slice(s.span).to_string();
            match article.blocks()[s.block].kind {
                BlockKind::Headline => headlines.push(text),
                BlockKind::Paragraph | BlockKind::Quote => sentences.push(text),
                _ => {}
            }
        }
    }
    let mut rng = Rng(0x5EED);
    let mut w = BufWriter::new(std::fs::File::create(&out).expect("the output file"));
    let mut bytes = 0;
    for i in 0..count {
        let headline = &headlines[rng.below(headlines.len())];
        let mut text = format!("{headline}\n\n");
        while text.len() < 5_000 {
            for _ in 0..3 {
                text.push_str(&sentences[rng.below(sentences.len())]);
                text.push(' ');
            }
            text.push_str("\n\n");
        }
        let date =
            format!("{}-{:02}-{:02}", 2015 + rng.below(10), 1 + rng.below(12), 1 + rng.below(28));
        let record = serde_json::json!({"id": format!("a{i}"), "title": headline, "date": date, "text": text});
        let line = serde_json::to_string(&record).unwrap();
        bytes += line.len() + 1;
        writeln!(w, "{line}").unwrap();
    }
    w.flush().unwrap();
    eprintln!("{count} articles, {:.1} MB, in {out}", bytes as f64 / 1e6);
}
