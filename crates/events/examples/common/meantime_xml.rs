//! Reading NewsReader MEANTIME's annotated XML: the tokens, and the
//! markables (event mentions, time expressions…) with their attributes
//! and the tokens they cover. Shared by the evaluation harnesses that
//! score against MEANTIME (`dateline-events`' `meantime`,
//! `dateline-temporal`'s `tempeval --meantime`), which include this file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use dateline_article::Span;

use quick_xml::events::Event as Xml;
use quick_xml::reader::Reader;

/// One token: its id, its text and the sentence it is in.
pub struct Token {
    pub id: String,
    pub text: String,
    pub sentence: usize,
}

/// One markable: its element name, attributes and tokens (none for the
/// instances that only carry attributes).
pub struct Markable {
    pub tag: String,
    pub attrs: Vec<(String, String)>,
    pub tokens: Vec<String>,
}

impl Markable {
    /// An attribute's value, or "".
    pub fn attr(&self, name: &str) -> &str {
        self.attrs.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }
}

/// A MEANTIME document.
pub struct Doc {
    pub tokens: Vec<Token>,
    pub markables: Vec<Markable>,
}

impl Doc {
    /// The document's text, a paragraph per sentence, its tokens joined by
    /// a space unless `glued` says one is written against the one before
    /// ("'s", ","); and each token's span and sentence, by id.
    pub fn text(&self, glued: impl Fn(&str) -> bool) -> (String, BTreeMap<String, (Span, usize)>) {
        let mut text = String::new();
        let mut spans = BTreeMap::new();
        let mut last_sentence = None;
        for t in &self.tokens {
            if last_sentence != Some(t.sentence) {
                if last_sentence.is_some() {
                    text.push_str("\n\n");
                }
                last_sentence = Some(t.sentence);
            } else if !glued(&t.text) {
                text.push(' ');
            }
            let start = text.len();
            text.push_str(&t.text);
            spans.insert(t.id.clone(), (Span::new(start, text.len()), t.sentence));
        }
        (text, spans)
    }
}

/// The MEANTIME files under `root` (one folder per corpus), sorted.
pub fn paths(root: &Path) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for corpus in std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{}: {e} (set DATELINE_DATA)", root.display()))
        .flatten()
    {
        for f in std::fs::read_dir(corpus.path()).unwrap().flatten() {
            if f.path().extension().is_some_and(|e| e == "xml") {
                paths.push(f.path());
            }
        }
    }
    paths.sort();
    paths
}

fn attrs(e: &quick_xml::events::BytesStart<'_>) -> Vec<(String, String)> {
    e.attributes()
        .flatten()
        .map(|a| {
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_default();
            (a.key.as_ref().to_string(), value)
        })
        .collect()
}

/// Reads one MEANTIME file.
pub fn read(path: &Path) -> Doc {
    let xml = std::fs::read_to_string(path).unwrap();
    let mut reader = Reader::from_str(&xml);
    let mut tokens = Vec::new();
    let mut markables = Vec::new();
    let mut in_token: Option<(String, usize)> = None;
    let mut in_markables = false;
    let mut current: Option<Markable> = None;
    loop {
        match reader.read_event().unwrap() {
            Xml::Eof => break,
            Xml::Start(e) if e.name().as_ref() == "token" => {
                let a = attrs(&e);
                let get = |k: &str| a.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
                in_token = Some((
                    get("t_id").unwrap_or_default(),
                    get("sentence").and_then(|s| s.parse().ok()).unwrap_or(0),
                ));
            }
            Xml::Text(t) => {
                if let Some((id, sentence)) = in_token.take() {
                    tokens.push(Token { id, text: t.xml10_content().into_owned(), sentence });
                }
            }
            Xml::GeneralRef(r) => {
                if let Some((id, sentence)) = in_token.take() {
                    let text = match &*r {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        _ => "'",
                    };
                    tokens.push(Token { id, text: text.to_string(), sentence });
                }
            }
            Xml::Start(e) if e.name().as_ref() == "Markables" => in_markables = true,
            Xml::End(e) if e.name().as_ref() == "Markables" => in_markables = false,
            Xml::Start(e) if in_markables => {
                let tag = e.name().as_ref().to_string();
                current = Some(Markable { tag, attrs: attrs(&e), tokens: Vec::new() });
            }
            Xml::Empty(e) if e.name().as_ref() == "token_anchor" => {
                if let Some(c) = &mut current {
                    let a = attrs(&e);
                    c.tokens.extend(a.into_iter().find(|(k, _)| k == "t_id").map(|(_, v)| v));
                }
            }
            Xml::Empty(e) if in_markables => {
                let tag = e.name().as_ref().to_string();
                markables.push(Markable { tag, attrs: attrs(&e), tokens: Vec::new() });
            }
            Xml::End(_) if current.is_some() => markables.extend(current.take()),
            _ => {}
        }
    }
    Doc { tokens, markables }
}
