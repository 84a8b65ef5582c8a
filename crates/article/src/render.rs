//! Writing an article out: the `dateline.article/1` JSON document and the
//! text view for a terminal.

use std::io;

use anstyle::{AnsiColor, Style};
use chrono::NaiveDate;
use serde::Serialize;

use crate::{Article, BlockKind, DateSource, InputFormat, Source};

/// The schema name of the JSON article document.
pub const ARTICLE_SCHEMA: &str = "dateline.article/1";

/// The `dateline.article/1` JSON document: an article with its source,
/// metadata, blocks and sentences, every span with its text.
#[derive(Debug, Serialize)]
pub struct ArticleDocument<'a> {
    schema: &'static str,
    source: &'a Source,
    format: InputFormat,
    meta: MetaView<'a>,
    blocks: Vec<BlockView<'a>>,
    sentences: Vec<SentenceView<'a>>,
    warnings: Vec<&'a str>,
}

#[derive(Debug, Serialize)]
struct MetaView<'a> {
    id: Option<&'a str>,
    title: Option<&'a str>,
    published: Option<NaiveDate>,
    published_from: Option<DateSource>,
    byline: Option<&'a str>,
    url: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct BlockView<'a> {
    kind: BlockKind,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Debug, Serialize)]
struct SentenceView<'a> {
    block: usize,
    start: usize,
    end: usize,
    text: &'a str,
}

impl<'a> ArticleDocument<'a> {
    /// The document for `article`, read from `source`.
    pub fn new(article: &'a Article, source: &'a Source) -> ArticleDocument<'a> {
        let meta = article.meta();
        ArticleDocument {
            schema: ARTICLE_SCHEMA,
            source,
            format: article.format(),
            meta: MetaView {
                id: meta.id.as_deref(),
                title: meta.title.as_deref(),
                published: meta.published,
                published_from: meta.published_from,
                byline: meta.byline.as_deref(),
                url: meta.url.as_deref(),
            },
            blocks: article
                .blocks()
                .iter()
                .map(|b| BlockView {
                    kind: b.kind,
                    start: b.span.start(),
                    end: b.span.end(),
                    text: article.slice(b.span),
                })
                .collect(),
            sentences: article
                .sentences()
                .iter()
                .map(|s| SentenceView {
                    block: s.block,
                    start: s.span.start(),
                    end: s.span.end(),
                    text: article.slice(s.span),
                })
                .collect(),
            warnings: article.warnings().iter().map(|w| w.message()).collect(),
        }
    }
}

/// How the text view looks.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextOptions {
    /// Colour with ANSI escapes (for a terminal).
    pub color: bool,
}

/// Writes the text view of an article: its metadata, then each block with
/// its kind and its sentences numbered, one to a line.
pub fn write_text<W: io::Write + ?Sized>(
    w: &mut W,
    article: &Article,
    source: &Source,
    options: TextOptions,
) -> io::Result<()> {
    let paint = |style: Style| if options.color { style } else { Style::new() };
    let bold = paint(Style::new().bold());
    let dim = paint(Style::new().dimmed());
    let name = source.path.as_deref().unwrap_or(&source.id);
    writeln!(w, "{bold}{name}{bold:#}")?;
    let meta = article.meta();
    let field =
        |w: &mut W, label: &str, value: &str| writeln!(w, "  {dim}{label:<10}{dim:#} {value}");
    field(w, "title", meta.title.as_deref().unwrap_or("—"))?;
    let published = match (meta.published, meta.published_from) {
        (Some(d), Some(from)) => format!("{d} ({})", date_source_name(from)),
        (Some(d), None) => d.to_string(),
        (None, _) => "unknown (give one with --date)".to_string(),
    };
    field(w, "published", &published)?;
    if let Some(byline) = &meta.byline {
        field(w, "byline", byline)?;
    }
    if let Some(url) = &meta.url {
        field(w, "url", url)?;
    }
    field(
        w,
        "read as",
        &format!(
            "{}, {} blocks, {} sentences",
            article.format(),
            article.blocks().len(),
            article.sentences().len()
        ),
    )?;
    let warn = paint(AnsiColor::Yellow.on_default());
    for warning in article.warnings() {
        writeln!(w, "  {warn}{:<10}{warn:#} {warning}", "warning")?;
    }
    writeln!(w)?;
    let mut number = 0;
    for (index, block) in article.blocks().iter().enumerate() {
        let style = paint(kind_style(block.kind));
        let label = block.kind.as_str();
        let sentences = article.sentences_of(index);
        if sentences.is_empty() || !block.kind.is_story() {
            let text = one_line(article.slice(block.span));
            writeln!(w, "  {style}{label:<12}{style:#} {style}{text}{style:#}")?;
            number += sentences.len();
            continue;
        }
        for (i, sentence) in sentences.iter().enumerate() {
            number += 1;
            let label = if i == 0 { label } else { "" };
            let text = one_line(article.slice(sentence.span));
            writeln!(w, "  {style}{label:<12}{style:#} {dim}{number:>3}{dim:#}  {text}")?;
        }
    }
    Ok(())
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn kind_style(kind: BlockKind) -> Style {
    match kind {
        BlockKind::Headline => Style::new().bold(),
        BlockKind::Subheading => AnsiColor::Blue.on_default().bold(),
        BlockKind::Paragraph | BlockKind::Quote => Style::new(),
        BlockKind::Caption => AnsiColor::Cyan.on_default(),
        BlockKind::Credit | BlockKind::Boilerplate => Style::new().dimmed(),
        BlockKind::Byline | BlockKind::Date | BlockKind::Dateline | BlockKind::Timestamp => {
            AnsiColor::Magenta.on_default()
        }
    }
}

fn date_source_name(source: DateSource) -> &'static str {
    match source {
        DateSource::JsonLd => "JSON-LD datePublished",
        DateSource::MetaTag => "meta tag",
        DateSource::TimeElement => "<time> element",
        DateSource::Url => "URL",
        DateSource::FrontMatter => "front matter",
        DateSource::Timeml => "TimeML creation time",
        DateSource::JsonLines => "JSON Lines record",
        DateSource::Text => "the text",
        DateSource::Given => "--date",
    }
}
