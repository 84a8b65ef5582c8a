//! Versions of a story made by recombining the sentences of the project's
//! fixtures, with the alignment they should get. The benchmark times the
//! diff on them; the `versions` example scores the alignment on them.
//!
//! An old version is about `words` words of fixture sentences in
//! paragraphs of one to three; the new version changes numbers in three
//! sentences, rewords one, splits one at a comma, moves a paragraph up,
//! drops one and adds one: the edits newsrooms make.

#![allow(dead_code)]

use std::path::Path;

use dateline_article::{BlockKind, Reader, ReaderConfig};

/// A small deterministic random number generator (xorshift64*).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Every distinct sentence of the body paragraphs of the plain-text
/// fixtures.
pub fn pool() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures");
    let reader = Reader::new(ReaderConfig::default());
    let mut out = Vec::new();
    for dir in ["articles", "versions"] {
        let mut paths: Vec<_> =
            std::fs::read_dir(root.join(dir)).unwrap().flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
            let Ok(article) = reader.read(&std::fs::read(path).unwrap(), path.to_str()) else {
                continue;
            };
            for s in article.sentences() {
                let text = article.slice(s.span);
                // Whole quotations only: a sentence that opens or closes
                // one would join its neighbours in a new story.
                let quotes = text.matches(['"', '“', '”']).count();
                if article.blocks()[s.block].kind == BlockKind::Paragraph && quotes % 2 == 0 {
                    out.push(text.split_whitespace().collect::<Vec<_>>().join(" "));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// One sentence of a version: its text and, in the new version, the old
/// sentence it comes from and how.
#[derive(Clone, Debug)]
struct Line {
    text: String,
    from: Option<usize>,
    how: &'static str,
}

/// Two versions of a story and the changes between them, as the gold file
/// `testdata/alignments.txt` writes them ("edit 4→4", "move 13→5").
pub struct Story {
    pub old: String,
    pub new: String,
    pub changes: Vec<String>,
    /// How many sentences each version was made of, header included: a
    /// reader that splits them otherwise numbers them otherwise, and the
    /// changes do not apply.
    pub sentences: (usize, usize),
}

const HEADER: &str = "A headline for the benchmark story\n\nPublished Tuesday 2 May 2017\n\n";
/// The sentences of the header: the headline and the date line.
const HEADER_SENTENCES: usize = 2;

/// A story of about `words` words and its next version.
pub fn story(pool: &[String], seed: u64, words: usize) -> Story {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut order: Vec<usize> = (0..pool.len()).collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.below(i + 1));
    }
    let mut next = order.into_iter();
    let mut old: Vec<Vec<Line>> = Vec::new();
    let mut count = 0;
    let mut id = 0;
    while count < words {
        let n = 1 + rng.below(3);
        let p: Vec<Line> = (0..n)
            .map(|_| {
                let text = pool[next.next().unwrap_or(0)].clone();
                count += text.split_whitespace().count();
                id += 1;
                Line { text, from: Some(id - 1), how: "equal" }
            })
            .collect();
        old.push(p);
    }
    let mut new = old.clone();
    // Numbers changed in three sentences that have one.
    for _ in 0..3 {
        let p = rng.below(new.len());
        let s = rng.below(new[p].len());
        let line = &mut new[p][s];
        if let Some(at) = line.text.find(|c: char| c.is_ascii_digit()) {
            let digit = line.text.as_bytes()[at];
            let other = if digit == b'9' { '1' } else { char::from(digit + 1) };
            line.text.replace_range(at..at + 1, &other.to_string());
            line.how = "edit";
        }
    }
    // A sentence reworded: two words dropped and one added.
    let p = rng.below(new.len());
    let mut reworded: Vec<&str> = new[p][0].text.split(' ').collect();
    if reworded.len() > 8 {
        reworded.remove(4);
        reworded.remove(2);
        reworded.insert(3, "reportedly");
        new[p][0].text = reworded.join(" ");
        new[p][0].how = "edit";
    }
    // A sentence split at a comma, when both halves are sentences.
    let p = rng.below(new.len());
    let text = new[p][0].text.clone();
    if let Some(at) = text.find(", ").filter(|&at| at > 40 && text.len() - at > 40) {
        let (a, b) = text.split_at(at);
        new[p][0].text = format!("{a}.");
        new[p][0].how = "split";
        let second = Line { text: capitalise(&b[2..]), from: new[p][0].from, how: "split" };
        new[p].insert(1, second);
    }
    // A paragraph moved up, one dropped, one added.
    let from = new.len() - 1 - rng.below(new.len() / 2);
    let mut moved = new.remove(from);
    for line in &mut moved {
        if line.how != "split" {
            line.how = "move";
        }
    }
    new.insert(1 + rng.below(3), moved);
    new.remove(rng.below(new.len()));
    let added = Line { text: pool[next.next().unwrap_or(0)].clone(), from: None, how: "insert" };
    new.insert(rng.below(new.len()), vec![added]);

    let render = |ps: &[Vec<Line>]| {
        let mut text = String::from(HEADER);
        for p in ps {
            let sentences: Vec<&str> = p.iter().map(|l| l.text.as_str()).collect();
            text.push_str(&sentences.join(" "));
            text.push_str("\n\n");
        }
        text
    };
    let flat_old: Vec<&Line> = old.iter().flatten().collect();
    let flat_new: Vec<&Line> = new.iter().flatten().collect();
    let position = |id: usize| flat_old.iter().position(|l| l.from == Some(id));
    let mut changes = Vec::new();
    let mut j = 0;
    while j < flat_new.len() {
        let line = flat_new[j];
        let n = HEADER_SENTENCES + j + 1;
        match (line.from.and_then(position), line.how) {
            (None, _) => changes.push(format!("insert →{n}")),
            (Some(i), "split") => {
                changes.push(format!("split {}→{n}+{}", HEADER_SENTENCES + i + 1, n + 1));
                j += 1;
            }
            (Some(i), "edit" | "move") => {
                changes.push(format!("{} {}→{n}", line.how, HEADER_SENTENCES + i + 1));
            }
            _ => {}
        }
        j += 1;
    }
    for (i, line) in flat_old.iter().enumerate() {
        if !flat_new.iter().any(|l| l.from == line.from) {
            changes.push(format!("delete {}→", HEADER_SENTENCES + i + 1));
        }
    }
    let sentences = (HEADER_SENTENCES + flat_old.len(), HEADER_SENTENCES + flat_new.len());
    Story { old: render(&old), new: render(&new), changes, sentences }
}

pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
