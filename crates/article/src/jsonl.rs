//! One line of a JSON Lines corpus.

use serde::Deserialize;

use crate::{
    Article, DateSource, Meta, ReadError, ReaderConfig, Warning, blocks, date, html, normalize,
};

/// The record of one article. Unknown fields are ignored.
#[derive(Debug, Deserialize)]
struct Record {
    #[serde(default, deserialize_with = "id_string")]
    id: Option<String>,
    url: Option<String>,
    title: Option<String>,
    #[serde(alias = "date", alias = "published_at", alias = "datePublished")]
    published: Option<String>,
    #[serde(alias = "byline")]
    author: Option<String>,
    #[serde(alias = "body", alias = "content")]
    text: Option<String>,
    html: Option<String>,
}

/// Ids may be numbers in some corpora.
fn id_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(d)?;
    Ok(value.and_then(|v| match v {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }))
}

pub(crate) fn read(line: &[u8], config: &ReaderConfig) -> Result<Article, ReadError> {
    let line = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line);
    if line.trim_ascii().is_empty() {
        return Err(ReadError::Empty);
    }
    let record: Record =
        serde_json::from_slice(line).map_err(|e| ReadError::Json { message: e.to_string() })?;
    let mut warnings = Vec::new();
    let mut meta = Meta {
        id: record.id,
        url: record.url,
        title: record.title,
        byline: record.author,
        ..Meta::default()
    };
    if let Some(published) = record.published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        match date::parse_date(published) {
            Some(d) => {
                meta.published = Some(d);
                meta.published_from = Some(DateSource::JsonLines);
            }
            None => warnings.push(Warning::new(format!("published {published:?} is not a date"))),
        }
    }
    if let Some(html_text) = record.html.filter(|h| !h.trim().is_empty()) {
        let mut article = html::read_str(&html_text, meta, None, config)?;
        article.warnings.splice(0..0, warnings);
        return Ok(article);
    }
    let Some(text) = record.text else {
        return Err(ReadError::Json {
            message: "the record has neither \"text\" nor \"html\"".to_string(),
        });
    };
    let text = normalize(&text);
    if text.trim().is_empty() {
        return Err(ReadError::NoText);
    }
    // A corpus's title usually is not repeated in its text: put it in front
    // so that the article reads as the page did.
    let text = match &meta.title {
        Some(title) if !text.trim_start().starts_with(title.trim()) => {
            format!("{}\n\n{text}", normalize(title.trim()))
        }
        _ => text,
    };
    let raw = blocks::split_plain(&text);
    Ok(blocks::finish(text, crate::InputFormat::JsonLines, meta, raw, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BlockKind;

    #[test]
    fn text_record() {
        let line = br#"{"id": 7, "title": "Talks open in Astana", "published": "2017-05-03", "text": "Talks opened on Wednesday.\n\nThey will last two days."}"#;
        let article = read(line, &ReaderConfig::default()).unwrap();
        assert_eq!(article.meta().id.as_deref(), Some("7"));
        assert_eq!(article.meta().published.map(|d| d.to_string()).as_deref(), Some("2017-05-03"));
        let kinds: Vec<BlockKind> = article.blocks().iter().map(|b| b.kind).collect();
        assert_eq!(kinds, [BlockKind::Headline, BlockKind::Paragraph, BlockKind::Paragraph]);
    }

    #[test]
    fn bad_records() {
        let config = ReaderConfig::default();
        assert_eq!(
            read(br#"{"title": "x"}"#, &config).unwrap_err().to_string(),
            "not a JSON article record: the record has neither \"text\" nor \"html\""
        );
        assert!(
            read(br#"{"text": "unterminated"#, &config)
                .unwrap_err()
                .to_string()
                .starts_with("not a JSON article record: EOF while parsing")
        );
        let warned = read(br#"{"published": "soon", "text": "Body."}"#, &config).unwrap();
        assert_eq!(warned.warnings()[0].message(), "published \"soon\" is not a date");
    }
}
