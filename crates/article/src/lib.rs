//! Read news articles into metadata, blocks and sentences with byte spans.
//!
//! `dateline-article` is the first stage of dateline: it turns the bytes of
//! one article (text scraped from a web page, a saved HTML page, Markdown
//! with front matter, a TimeML file, or one line of a JSON Lines corpus)
//! into an [`Article`]: its metadata ([`Meta`]: title, publication date,
//! byline, URL), its [`Block`]s (headline, paragraphs, photo captions,
//! credits, site chrome…) and its [`Sentence`]s, every one with a [`Span`]
//! into the article's normalized text.
//!
//! Messy text is not an error: a page full of site chrome still gives an
//! article, with the chrome marked as [`BlockKind::Boilerplate`]. A
//! [`ReadError`] is for input that is not an article at all: an empty or
//! binary file, damaged UTF-8, HTML nested beyond reason. Things worth
//! knowing that did not stop the reading (a legacy encoding, a date that did
//! not parse) are kept as [`Warning`]s on the article.
//!
//! # Example
//!
//! ```
//! use dateline_article::{BlockKind, Reader, ReaderConfig};
//!
//! let page = "Sign in / Join\n\n\
//!             Leaders agree to meet in July\n\n\
//!             The two leaders spoke by phone on Tuesday. Mr. Smith called it \
//!             \"a very good conversation\" with the U.S. president.\n";
//! let reader = Reader::new(ReaderConfig::default());
//! let article = reader.read(page.as_bytes(), Some("call.txt")).unwrap();
//!
//! assert_eq!(article.meta().title.as_deref(), Some("Leaders agree to meet in July"));
//! let kinds: Vec<BlockKind> = article.blocks().iter().map(|b| b.kind).collect();
//! assert_eq!(kinds, [BlockKind::Boilerplate, BlockKind::Headline, BlockKind::Paragraph]);
//!
//! let sentences: Vec<&str> = article.sentences().iter().map(|s| article.slice(s.span)).collect();
//! assert_eq!(sentences[2], "The two leaders spoke by phone on Tuesday.");
//! assert_eq!(sentences.len(), 4);
//! ```
//!
//! # Reading many articles
//!
//! A [`Reader`] is built once and reused: it holds only its configuration.
//! JSON Lines corpora are read a line at a time with
//! [`Reader::read_json_line`], so a caller can stream a corpus of any size.

#![deny(missing_docs)]
// A library never writes to the terminal: it returns values and warnings.
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod blocks;
mod date;
mod decode;
mod format;
mod html;
mod jsonl;
mod markdown;
mod normalize;
pub mod render;
mod segment;
mod span;
pub mod timeml;

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::date::parse_date;
pub use crate::format::InputFormat;
pub use crate::normalize::normalize;
pub use crate::segment::{SentenceSplitter, TIME_ZONES, split_sentences};
pub use crate::span::Span;

/// One news article: normalized text, metadata, blocks and sentences.
///
/// The text is normalized once, when the article is read (see
/// [`normalize`]); every span of the article's blocks and sentences, and of
/// everything later stages find in it, indexes that text.
#[derive(Clone, Debug)]
pub struct Article {
    text: String,
    format: InputFormat,
    meta: Meta,
    blocks: Vec<Block>,
    sentences: Vec<Sentence>,
    warnings: Vec<Warning>,
}

impl Article {
    /// Builds an article from already normalized text laid out in blocks of
    /// plain text, classifying the blocks and splitting the sentences as a
    /// scraped plain-text article is.
    ///
    /// This is for callers that hold text from elsewhere (a database, a test);
    /// [`Reader::read`] is the usual way in.
    pub fn from_text(text: &str, meta: Meta) -> Article {
        let text = normalize(text);
        let raw = blocks::split_plain(&text);
        blocks::finish(text, InputFormat::Text, meta, raw, Vec::new())
    }

    /// The normalized text that every span indexes.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text under `span`.
    ///
    /// # Panics
    ///
    /// Panics when the span is outside the text or not on character
    /// boundaries; spans made by dateline for this article never are.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span]
    }

    /// The format the article was read from.
    pub fn format(&self) -> InputFormat {
        self.format
    }

    /// Title, publication date, byline, URL.
    pub fn meta(&self) -> &Meta {
        &self.meta
    }

    /// Sets the publication date when the article has none of its own, as
    /// the command line's `--date` does. Returns whether it was used.
    pub fn set_fallback_date(&mut self, date: NaiveDate) -> bool {
        if self.meta.published.is_some() {
            return false;
        }
        self.meta.published = Some(date);
        self.meta.published_from = Some(DateSource::Given);
        true
    }

    /// The blocks, in text order, not overlapping.
    pub fn blocks(&self) -> &[Block] {
        &self.blocks
    }

    /// The sentences, in text order; each lies inside its block.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The sentences of block number `block`.
    pub fn sentences_of(&self, block: usize) -> &[Sentence] {
        let start = self.sentences.partition_point(|s| s.block < block);
        let end = self.sentences.partition_point(|s| s.block <= block);
        &self.sentences[start..end]
    }

    /// The index of the sentence containing byte `offset`, if any.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end() <= offset);
        self.sentences.get(i).filter(|s| s.span.start() <= offset).map(|_| i)
    }

    /// Things worth knowing that did not stop the reading.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

/// What an article says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The article's own identifier, from a JSON Lines corpus.
    pub id: Option<String>,
    /// The title: from metadata where the format has it, else the headline.
    pub title: Option<String>,
    /// The publication date.
    pub published: Option<NaiveDate>,
    /// Where the publication date was found.
    pub published_from: Option<DateSource>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
}

/// Where an article's publication date came from, most trusted first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateSource {
    /// `datePublished` in the page's JSON-LD.
    JsonLd,
    /// A `<meta>` tag such as `article:published_time`.
    MetaTag,
    /// A `<time datetime>` element.
    TimeElement,
    /// A `/YYYY/MM/DD/` path in the page's URL.
    Url,
    /// Markdown front matter's `date`.
    FrontMatter,
    /// The document creation time of a TimeML file.
    Timeml,
    /// The `published` field of a JSON Lines record.
    JsonLines,
    /// A "Published …" or date line in the text itself.
    Text,
    /// Given by the caller (the command line's `--date`).
    Given,
}

/// A run of text with one role in the article: a paragraph, the headline, a
/// photo caption, a line of site chrome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Where it is; never starts or ends with whitespace.
    pub span: Span,
}

/// The role a block plays in an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BlockKind {
    /// The article's headline.
    Headline,
    /// A heading inside the article.
    Subheading,
    /// Who wrote it: "By Jane Doe", "Reporting by …".
    Byline,
    /// A publication or update date line: "Published 2 May 2017".
    Date,
    /// The wire dateline opening the story: "MOSCOW (Reuters) -".
    Dateline,
    /// A live blog entry's timestamp: "10:42 GMT".
    Timestamp,
    /// Body text.
    Paragraph,
    /// A block quotation set apart by the markup.
    Quote,
    /// A photo or video caption.
    Caption,
    /// A photo credit: "Credit: …", "Getty Images".
    Credit,
    /// Site chrome: navigation, sharing, sign-in, advertising, cookie and
    /// newsletter prompts.
    Boilerplate,
}

impl BlockKind {
    /// The kind's name as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Headline => "headline",
            BlockKind::Subheading => "subheading",
            BlockKind::Byline => "byline",
            BlockKind::Date => "date",
            BlockKind::Dateline => "dateline",
            BlockKind::Timestamp => "timestamp",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Quote => "quote",
            BlockKind::Caption => "caption",
            BlockKind::Credit => "credit",
            BlockKind::Boilerplate => "boilerplate",
        }
    }

    /// Whether the block belongs to the story itself: headline, headings,
    /// body and quotations, but not captions, credits or site chrome.
    pub fn is_story(self) -> bool {
        matches!(
            self,
            BlockKind::Headline | BlockKind::Subheading | BlockKind::Paragraph | BlockKind::Quote
        )
    }
}

impl fmt::Display for BlockKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One sentence of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The index of the block it belongs to.
    pub block: usize,
    /// Where it is; never starts or ends with whitespace.
    pub span: Span,
}

/// Something worth knowing about an input that did not stop its reading.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    message: String,
}

impl Warning {
    pub(crate) fn new(message: impl Into<String>) -> Warning {
        Warning { message: message.into() }
    }

    /// What happened, in lowercase words without a final period.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Why an input could not be read as an article.
///
/// The message names the problem; the caller, who knows the file's name,
/// puts it in front.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReadError {
    /// The input has no bytes at all.
    Empty,
    /// The input has bytes but no text: only whitespace or markup.
    NoText,
    /// The input is larger than the configured limit.
    TooLarge {
        /// The input's size in bytes.
        len: u64,
        /// The limit in bytes.
        max: u64,
    },
    /// The input is a binary file; `kind` says what it looks like.
    Binary {
        /// "a PDF document", "NUL bytes"…
        kind: &'static str,
    },
    /// The input is UTF-8 with invalid bytes in it.
    InvalidUtf8 {
        /// The first invalid byte.
        offset: usize,
    },
    /// The HTML is nested deeper than any real page is.
    HtmlTooDeep {
        /// The limit on nesting.
        max: usize,
    },
    /// The TimeML is not well-formed XML or lacks its `<TEXT>`.
    Timeml {
        /// What is wrong, as the XML parser said it.
        message: String,
    },
    /// A JSON Lines record is not the JSON of an article.
    Json {
        /// What is wrong.
        message: String,
    },
    /// A JSON Lines file holds more than one article: read it a line at a
    /// time with [`Reader::read_json_line`].
    ManyArticles {
        /// How many lines it has.
        lines: usize,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Empty => write!(f, "the file is empty"),
            ReadError::NoText => write!(f, "no article text found"),
            ReadError::TooLarge { len, max } => write!(
                f,
                "{} is larger than the {} limit (raise it with --max-bytes)",
                human_bytes(*len),
                human_bytes(*max)
            ),
            ReadError::Binary { kind } => write!(f, "binary file ({kind}), not text"),
            ReadError::InvalidUtf8 { offset } => write!(f, "invalid UTF-8 at byte {offset}"),
            ReadError::HtmlTooDeep { max } => {
                write!(f, "HTML nested more than {max} elements deep; refusing to parse it")
            }
            ReadError::Timeml { message } => write!(f, "not valid TimeML: {message}"),
            ReadError::Json { message } => write!(f, "not a JSON article record: {message}"),
            ReadError::ManyArticles { lines } => {
                write!(f, "a JSON Lines corpus of {lines} lines must be read line by line")
            }
        }
    }
}

impl std::error::Error for ReadError {}

/// Formats a byte count for people: "100 MB", "512 KB", "80 bytes".
fn human_bytes(n: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if n >= MB {
        let tenths = (n * 10 + MB / 2) / MB;
        if tenths % 10 == 0 {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else if n >= 1024 {
        format!("{} KB", (n + 512) / 1024)
    } else {
        format!("{n} bytes")
    }
}

/// How a [`Reader`] reads.
#[derive(Clone, Debug)]
pub struct ReaderConfig {
    /// The input format; `None` detects it from the name and the content.
    pub format: Option<InputFormat>,
    /// The largest input, in bytes, that is read at all.
    pub max_bytes: u64,
    /// The deepest HTML element nesting that is parsed.
    pub max_html_depth: usize,
}

impl ReaderConfig {
    /// The default limit on the size of one article: 32 MB, a hundred times
    /// a long HTML news page.
    pub const DEFAULT_MAX_BYTES: u64 = 32 * 1024 * 1024;
    /// The default limit on HTML nesting: real pages stay under a few
    /// hundred.
    pub const DEFAULT_MAX_HTML_DEPTH: usize = 1024;
}

impl Default for ReaderConfig {
    fn default() -> ReaderConfig {
        ReaderConfig {
            format: None,
            max_bytes: ReaderConfig::DEFAULT_MAX_BYTES,
            max_html_depth: ReaderConfig::DEFAULT_MAX_HTML_DEPTH,
        }
    }
}

/// Reads bytes into [`Article`]s. Build it once; it holds only its
/// configuration.
#[derive(Clone, Debug)]
pub struct Reader {
    config: ReaderConfig,
}

impl Reader {
    /// A reader with this configuration.
    pub fn new(config: ReaderConfig) -> Reader {
        Reader { config }
    }

    /// The reader's configuration.
    pub fn config(&self) -> &ReaderConfig {
        &self.config
    }

    /// The format `bytes` will be read as: the configured one, else one
    /// guessed from `name`'s extension and the content.
    pub fn detect(&self, bytes: &[u8], name: Option<&str>) -> InputFormat {
        self.config.format.unwrap_or_else(|| InputFormat::detect(bytes, name))
    }

    /// Reads one article. `name` (a file name or path) helps detect the
    /// format; it is not opened.
    pub fn read(&self, bytes: &[u8], name: Option<&str>) -> Result<Article, ReadError> {
        self.check_size(bytes.len())?;
        match self.detect(bytes, name) {
            InputFormat::Text => {
                let decoded = decode::decode(bytes, None)?;
                let text = normalize(&decoded.text);
                if text.trim().is_empty() {
                    return Err(ReadError::NoText);
                }
                let raw = blocks::split_plain(&text);
                let warnings = decoded.warning.into_iter().collect();
                Ok(blocks::finish(text, InputFormat::Text, Meta::default(), raw, warnings))
            }
            InputFormat::Html => html::read(bytes, None, &self.config),
            InputFormat::Markdown => {
                let decoded = decode::decode(bytes, None)?;
                markdown::read(&decoded.text, decoded.warning)
            }
            InputFormat::Timeml => {
                let decoded = decode::decode(bytes, None)?;
                let doc = timeml::parse(&decoded.text)?;
                Ok(doc.into_article(decoded.warning))
            }
            InputFormat::JsonLines => {
                let mut lines = bytes.split(|&b| b == b'\n').filter(|l| !l.trim_ascii().is_empty());
                match (lines.next(), lines.count()) {
                    (None, _) => Err(ReadError::NoText),
                    (Some(line), 0) => self.read_json_line(line),
                    (Some(_), more) => Err(ReadError::ManyArticles { lines: more + 1 }),
                }
            }
        }
    }

    /// Reads one line of a JSON Lines corpus: an object with `text` or
    /// `html`, and optionally `id`, `url`, `title` and `published`.
    pub fn read_json_line(&self, line: &[u8]) -> Result<Article, ReadError> {
        self.check_size(line.len())?;
        jsonl::read(line, &self.config)
    }

    fn check_size(&self, len: usize) -> Result<(), ReadError> {
        let len = len as u64;
        if len > self.config.max_bytes {
            return Err(ReadError::TooLarge { len, max: self.config.max_bytes });
        }
        Ok(())
    }
}

/// Where an input came from, as outputs name it: a short id (`s1`, or the
/// article's own id) and the path it was read from.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Source {
    /// A short id, unique within one run.
    pub id: String,
    /// The path it was read from; `-` for standard input.
    pub path: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    mod properties {
        use proptest::prelude::*;

        use super::*;

        /// Every span is inside the text, on character boundaries, trimmed;
        /// blocks are ordered and apart; sentences lie in their blocks.
        fn check_article(article: &Article) -> Result<(), TestCaseError> {
            let text = article.text();
            let valid = |s: Span| {
                s.end() <= text.len()
                    && text.is_char_boundary(s.start())
                    && text.is_char_boundary(s.end())
            };
            let mut last = 0;
            for b in article.blocks() {
                prop_assert!(valid(b.span) && b.span.start() >= last && !b.span.is_empty());
                prop_assert_eq!(text[b.span].trim(), &text[b.span]);
                last = b.span.end();
            }
            for s in article.sentences() {
                prop_assert!(valid(s.span) && article.blocks()[s.block].span.contains(s.span));
                prop_assert_eq!(text[s.span].trim(), &text[s.span]);
            }
            Ok(())
        }

        fn scraped() -> impl Strategy<Value = String> {
            let pieces = prop::sample::select(vec![
                "Sign in / Join",
                "Mr.",
                "U.S.",
                "Credit: A/B",
                "(AP) -",
                "MOSCOW",
                "\n",
                "\n\n",
                " ",
                ".",
                "?",
                "\"",
                "“",
                "”",
                "Photo:",
                "Getty Images",
                "10:42",
                "By Jane Doe",
                "Published 2 May 2017",
                "a",
                "The",
                "é",
                "\r\n",
                "\u{a0}",
                "\u{ad}",
                "<p>",
                "</p>",
                "---",
                "#",
                "{",
                "}",
                "...",
                "—",
                "REUTERS/X",
            ]);
            prop::collection::vec(pieces, 0..60).prop_map(|p| p.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            #[test]
            fn any_bytes_read_or_refused(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
                let reader = Reader::new(ReaderConfig::default());
                for name in ["a.txt", "a.html", "a.md", "a.tml", "a.jsonl"] {
                    if let Ok(article) = reader.read(&bytes, Some(name)) {
                        check_article(&article)?;
                    }
                }
            }

            #[test]
            fn scraped_text_keeps_spans_valid(text in scraped()) {
                let reader = Reader::new(ReaderConfig::default());
                for name in ["a.txt", "a.html", "a.md"] {
                    if let Ok(article) = reader.read(text.as_bytes(), Some(name)) {
                        check_article(&article)?;
                    }
                }
            }
        }
    }

    #[test]
    fn human_sizes() {
        assert_eq!(human_bytes(80), "80 bytes");
        assert_eq!(human_bytes(4096), "4 KB");
        assert_eq!(human_bytes(100 * 1024 * 1024), "100 MB");
        assert_eq!(human_bytes(33 * 1024 * 1024 / 2), "16.5 MB");
    }

    #[test]
    fn sentence_lookup() {
        let article = Article::from_text("Headline here\n\nOne. Two.\n\nThree.", Meta::default());
        assert_eq!(article.sentences().len(), 4);
        assert_eq!(article.sentences_of(1).len(), 2);
        assert_eq!(article.sentence_at(15), Some(1));
        assert_eq!(article.sentence_at(14), None);
    }
}
