//! Markdown articles with YAML (`---`) or TOML (`+++`) front matter.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::blocks::Hint;
use crate::{Article, DateSource, InputFormat, Meta, ReadError, Warning, date, html};

/// Reads a Markdown article: metadata from the front matter, blocks from
/// the document's paragraphs, headings, quotations and list items.
pub(crate) fn read(text: &str, warning: Option<Warning>) -> Result<Article, ReadError> {
    let mut warnings: Vec<Warning> = warning.into_iter().collect();
    let (front, body) = split_front_matter(text);
    let mut meta = Meta::default();
    for (key, value) in front.iter().flat_map(|f| front_matter_pairs(f)) {
        match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => meta.title = Some(value),
            "date" | "published" | "pubdate" | "publishdate" | "published_at" | "datepublished" => {
                match date::parse_date(&value) {
                    Some(d) => {
                        meta.published = Some(d);
                        meta.published_from = Some(DateSource::FrontMatter);
                    }
                    None => warnings
                        .push(Warning::new(format!("front matter date {value:?} is not a date"))),
                }
            }
            "author" | "byline" | "authors" => meta.byline = Some(value),
            "url" | "link" | "canonical" | "canonical_url" => meta.url = Some(value),
            "id" => meta.id = Some(value),
            _ => {}
        }
    }
    let pieces = markdown_blocks(body);
    if pieces.is_empty() && meta.title.is_none() {
        return Err(ReadError::NoText);
    }
    let mut pieces = pieces;
    if let Some(title) = &meta.title {
        let repeats =
            pieces.iter().take(3).position(|(t, _)| t.trim().eq_ignore_ascii_case(title.trim()));
        match repeats {
            Some(i) => pieces[i].1 = Hint::Title,
            None => {
                for piece in pieces.iter_mut().filter(|p| p.1 == Hint::Title) {
                    piece.1 = Hint::Heading;
                }
                pieces.insert(0, (title.clone(), Hint::Title));
            }
        }
    } else if let Some(first) = pieces.iter().position(|p| p.1 == Hint::Title) {
        for piece in pieces.iter_mut().skip(first + 1).filter(|p| p.1 == Hint::Title) {
            piece.1 = Hint::Heading;
        }
    }
    let mut article = html::assemble(pieces, meta, warnings);
    article.format = InputFormat::Markdown;
    Ok(article)
}

/// Splits off front matter fenced by `---` or `+++` lines.
fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let trimmed = text.trim_start_matches('\u{feff}');
    for fence in ["---", "+++"] {
        let Some(rest) = trimmed.strip_prefix(fence) else { continue };
        let Some(rest) = rest.strip_prefix('\n').or_else(|| rest.strip_prefix("\r\n")) else {
            continue;
        };
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            if line.trim_end() == fence || (fence == "---" && line.trim_end() == "...") {
                return (Some(&rest[..offset]), &rest[offset + line.len()..]);
            }
            offset += line.len();
        }
    }
    (None, text)
}

/// `key: value` (YAML) and `key = "value"` (TOML) pairs of flat front
/// matter; nested structures are skipped.
fn front_matter_pairs(front: &str) -> Vec<(String, String)> {
    front
        .lines()
        .filter(|line| !line.starts_with([' ', '\t', '-', '#']))
        .filter_map(|line| {
            let (key, value) = line
                .split_once(':')
                .filter(|(k, _)| !k.contains('='))
                .or_else(|| line.split_once('='))?;
            let value = value.trim();
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
                .unwrap_or(value);
            (!value.is_empty()).then(|| (key.trim().to_string(), value.replace("\\\"", "\"")))
        })
        .collect()
}

/// The blocks of a Markdown body, with inline markup removed.
fn markdown_blocks(body: &str) -> Vec<(String, Hint)> {
    let mut out = Vec::new();
    let mut buffer = String::new();
    let mut quote_depth = 0usize;
    let mut heading: Option<u8> = None;
    let mut in_image = 0usize;
    let flush = |buffer: &mut String, hint: Hint, out: &mut Vec<(String, Hint)>| {
        let text = buffer.trim();
        if !text.is_empty() {
            out.push((text.to_string(), hint));
        }
        buffer.clear();
    };
    let hint_of = |heading: Option<u8>, quote_depth: usize| match (heading, quote_depth) {
        (Some(1), _) => Hint::Title,
        (Some(_), _) => Hint::Heading,
        (None, 0) => Hint::Paragraph,
        (None, _) => Hint::Quote,
    };
    for event in Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut buffer, hint_of(heading, quote_depth), &mut out);
                heading = Some(level as u8);
            }
            Event::End(TagEnd::Heading(_)) => {
                flush(&mut buffer, hint_of(heading, quote_depth), &mut out);
                heading = None;
            }
            Event::Start(Tag::BlockQuote(_)) => {
                flush(&mut buffer, hint_of(heading, quote_depth), &mut out);
                quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                flush(&mut buffer, hint_of(heading, quote_depth), &mut out);
                quote_depth = quote_depth.saturating_sub(1);
            }
            Event::Start(
                Tag::Paragraph | Tag::Item | Tag::CodeBlock(_) | Tag::TableRow | Tag::TableHead,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableRow
                | TagEnd::TableHead,
            ) => {
                flush(&mut buffer, hint_of(heading, quote_depth), &mut out);
            }
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Text(text) | Event::Code(text) if in_image == 0 => buffer.push_str(&text),
            Event::SoftBreak if in_image == 0 => buffer.push(' '),
            Event::HardBreak if in_image == 0 => buffer.push('\n'),
            Event::End(TagEnd::TableCell) => buffer.push_str(" | "),
            _ => {}
        }
    }
    flush(&mut buffer, hint_of(heading, quote_depth), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BlockKind;

    #[test]
    fn front_matter_and_blocks() {
        let article = read(
            "---\ntitle: \"Count goes on in tight race\"\ndate: 2020-11-04\nauthor: Jane Doe\ntags:\n  - vote\n---\n\
             # Count goes on in tight race\n\nThe count resumed on *Wednesday* morning.\n\n\
             ## What comes next\n\n> \"Every vote counts,\" she said.\n\n![A ballot box](box.jpg)\n\n*Photo: Jane Doe/AP*\n",
            None,
        )
        .unwrap();
        let meta = article.meta();
        assert_eq!(meta.title.as_deref(), Some("Count goes on in tight race"));
        assert_eq!(meta.published.map(|d| d.to_string()).as_deref(), Some("2020-11-04"));
        assert_eq!(meta.byline.as_deref(), Some("Jane Doe"));
        let got: Vec<(&str, BlockKind)> =
            article.blocks().iter().map(|b| (article.slice(b.span), b.kind)).collect();
        assert_eq!(
            got,
            [
                ("Count goes on in tight race", BlockKind::Headline),
                ("The count resumed on Wednesday morning.", BlockKind::Paragraph),
                ("What comes next", BlockKind::Subheading),
                ("\"Every vote counts,\" she said.", BlockKind::Quote),
                ("Photo: Jane Doe/AP", BlockKind::Credit),
            ]
        );
    }
}
