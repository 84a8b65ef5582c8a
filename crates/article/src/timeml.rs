//! TimeML documents: the text inside `<TEXT>`, the document creation time,
//! and the annotation tags with their spans.
//!
//! The evaluation harnesses read gold TIMEX3 and EVENT tags through
//! [`parse`], whose text is exactly the text of the [`Article`] the reader
//! makes from the same file, so gold spans and dateline's spans index the
//! same bytes.

use std::borrow::Cow;

use chrono::NaiveDate;
use quick_xml::events::Event;
use quick_xml::reader::Reader as XmlReader;

use crate::blocks;
use crate::normalize::Normalizer;
use crate::{Article, DateSource, InputFormat, Meta, ReadError, Span, Warning, date};

/// A parsed TimeML document.
#[derive(Clone, Debug, Default)]
pub struct TimemlDoc {
    /// The normalized text inside `<TEXT>`, tags removed.
    pub text: String,
    /// The document id (`<DOCID>`), if any.
    pub doc_id: Option<String>,
    /// The title (`<TITLE>`), if any.
    pub title: Option<String>,
    /// The TIMEX3 value of the document creation time, as written.
    pub dct_value: Option<String>,
    /// The document creation time as a date.
    pub dct: Option<NaiveDate>,
    /// The annotation elements inside `<TEXT>`, in document order.
    pub tags: Vec<Tag>,
}

/// One annotation element inside `<TEXT>`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    /// The element name: `TIMEX3`, `EVENT`, `SIGNAL`.
    pub name: String,
    /// Its attributes, in document order.
    pub attrs: Vec<(String, String)>,
    /// The text it encloses, as a span into [`TimemlDoc::text`].
    pub span: Span,
}

impl Tag {
    /// The value of attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

impl TimemlDoc {
    /// The article the reader makes of this document.
    pub fn into_article(self, warning: Option<Warning>) -> Article {
        let meta = Meta {
            id: self.doc_id,
            title: self.title,
            published: self.dct,
            published_from: self.dct.map(|_| DateSource::Timeml),
            byline: None,
            url: None,
        };
        let raw = blocks::split_plain(&self.text);
        blocks::finish(self.text, InputFormat::Timeml, meta, raw, warning.into_iter().collect())
    }
}

/// Parses a TimeML document.
///
/// Entities other than XML's five and character references are refused:
/// TimeML has no need of them, and expanding a DTD's entities is how
/// "billion laughs" files exhaust memory.
pub fn parse(xml: &str) -> Result<TimemlDoc, ReadError> {
    let err = |message: String| ReadError::Timeml { message };
    let mut reader = XmlReader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut doc = TimemlDoc::default();
    let mut text = Normalizer::with_capacity(xml.len() / 2);
    let mut in_text = false;
    let mut saw_text = false;
    let mut capture: Option<(&'static str, String)> = None;
    // Open annotation elements inside <TEXT>: their index in `doc.tags`.
    let mut open: Vec<usize> = Vec::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| err(format!("{e} at byte {}", reader.error_position())))?;
        match event {
            Event::Eof => break,
            Event::Start(start) => {
                let name = start.name().as_ref().to_string();
                match name.as_str() {
                    "TEXT" => {
                        in_text = true;
                        saw_text = true;
                    }
                    "DOCID" => capture = Some(("DOCID", String::new())),
                    "TITLE" if !in_text => capture = Some(("TITLE", String::new())),
                    _ if in_text => {
                        let attrs = attributes(&start).map_err(err)?;
                        open.push(doc.tags.len());
                        doc.tags.push(Tag { name, attrs, span: Span::new(text.len(), text.len()) });
                    }
                    "TIMEX3" => {
                        let attrs = attributes(&start).map_err(err)?;
                        let is_dct = attrs
                            .iter()
                            .any(|(k, v)| k == "functionInDocument" && v == "CREATION_TIME");
                        if is_dct && doc.dct_value.is_none() {
                            let value =
                                attrs.iter().find(|(k, _)| k == "value").map(|(_, v)| v.clone());
                            doc.dct = value.as_deref().and_then(date::parse_date);
                            doc.dct_value = value;
                        }
                    }
                    _ => {}
                }
            }
            Event::Empty(start) if in_text => {
                let name = start.name().as_ref().to_string();
                let attrs = attributes(&start).map_err(err)?;
                doc.tags.push(Tag { name, attrs, span: Span::new(text.len(), text.len()) });
            }
            Event::End(end) => {
                let name = end.name();
                if name.as_ref() == "TEXT" {
                    in_text = false;
                } else if in_text {
                    if let Some(index) = open.pop() {
                        let tag = &mut doc.tags[index];
                        tag.span = Span::new(tag.span.start(), text.len());
                    }
                } else if let Some((field, value)) = capture.take() {
                    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
                    match field {
                        "DOCID" => doc.doc_id = Some(value),
                        _ => doc.title = Some(value),
                    }
                }
            }
            Event::Text(t) => {
                let content = t.xml10_content();
                if in_text {
                    text.push(&content);
                } else if let Some((_, value)) = &mut capture {
                    value.push_str(&content);
                }
            }
            Event::CData(t) if in_text => text.push(&t),
            Event::GeneralRef(r) => {
                let resolved: Cow<'_, str> = if let Some(c) =
                    r.resolve_char_ref().map_err(|e| err(e.to_string()))?
                {
                    Cow::Owned(c.to_string())
                } else {
                    Cow::Borrowed(match &*r {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => {
                            return Err(err(format!(
                                "entity &{other}; is not one of XML's own; custom entities are not expanded"
                            )));
                        }
                    })
                };
                if in_text {
                    text.push(&resolved);
                } else if let Some((_, value)) = &mut capture {
                    value.push_str(&resolved);
                }
            }
            _ => {}
        }
    }
    if !saw_text {
        return Err(err("no <TEXT> element".to_string()));
    }
    doc.text = text.finish();
    if doc.text.trim().is_empty() {
        return Err(ReadError::NoText);
    }
    Ok(doc)
}

fn attributes(start: &quick_xml::events::BytesStart<'_>) -> Result<Vec<(String, String)>, String> {
    start
        .attributes()
        .map(|a| {
            let a = a.map_err(|e| e.to_string())?;
            let key = a.key.as_ref().to_string();
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| e.to_string())?
                .into_owned();
            Ok((key, value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>APW0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TITLE>Blasts rock embassies</TITLE>
<TEXT>
NAIROBI, Kenya (AP) _

Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; more.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
</TimeML>"#;

    #[test]
    fn text_dct_and_tags() {
        let doc = parse(DOC).unwrap();
        assert_eq!(doc.dct_value.as_deref(), Some("1998-08-07"));
        assert_eq!(doc.title.as_deref(), Some("Blasts rock embassies"));
        assert_eq!(doc.doc_id.as_deref(), Some("APW0001"));
        let got: Vec<(&str, &str, Option<&str>)> = doc
            .tags
            .iter()
            .map(|t| (t.name.as_str(), &doc.text[t.span], t.attr("value")))
            .collect();
        assert_eq!(got, [("EVENT", "exploded", None), ("TIMEX3", "Friday", Some("1998-08-07"))]);
        assert!(doc.text.contains("Friday & more."));
        let article = doc.into_article(None);
        assert_eq!(article.meta().published.map(|d| d.to_string()).as_deref(), Some("1998-08-07"));
        assert_eq!(article.blocks()[0].kind, crate::BlockKind::Dateline);
    }

    #[test]
    fn entity_bomb_is_refused() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
<TimeML><TEXT>&lol2;</TEXT></TimeML>"#;
        let message = parse(bomb).unwrap_err().to_string();
        assert_eq!(
            message,
            "not valid TimeML: entity &lol2; is not one of XML's own; custom entities are not expanded"
        );
    }

    #[test]
    fn malformed_is_refused() {
        assert!(parse("<TimeML><TEXT>open <EVENT>never closed</TEXT></TimeML>").is_err());
        assert_eq!(
            parse("<TimeML></TimeML>").unwrap_err().to_string(),
            "not valid TimeML: no <TEXT> element"
        );
    }
}
