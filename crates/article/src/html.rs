//! HTML pages: main content with dom_smoothie (Mozilla Readability's
//! algorithm), metadata from JSON-LD, meta tags, `<time>` and the URL.

use chrono::NaiveDate;
use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};
use serde_json::Value;

use crate::blocks::{self, Hint, RawBlock};
use crate::{
    Article, DateSource, InputFormat, Meta, ReadError, ReaderConfig, Span, Warning, date, decode,
};

/// Reads an HTML page. `meta` carries what a JSON Lines record already said
/// about the article; the page fills in the rest.
pub(crate) fn read(
    bytes: &[u8],
    meta: Option<Meta>,
    config: &ReaderConfig,
) -> Result<Article, ReadError> {
    let declared = declared_charset(bytes);
    let decoded = decode::decode(bytes, declared)?;
    read_str(&decoded.text, meta.unwrap_or_default(), decoded.warning, config)
}

/// Reads an HTML page that is already text.
pub(crate) fn read_str(
    html: &str,
    mut meta: Meta,
    warning: Option<Warning>,
    config: &ReaderConfig,
) -> Result<Article, ReadError> {
    if exceeds_depth(html, config.max_html_depth) {
        return Err(ReadError::HtmlTooDeep { max: config.max_html_depth });
    }
    let mut warnings: Vec<Warning> = warning.into_iter().collect();
    let doc = Document::from(html);
    let found = page_meta(&doc);
    meta.title = meta.title.or(found.title);
    meta.byline = meta.byline.or(found.byline);
    meta.url = meta.url.or(found.url);
    if meta.published.is_none() {
        if let Some((date, source)) = found.published {
            meta.published = Some(date);
            meta.published_from = Some(source);
        }
    }

    let captions = figure_captions(&doc);
    let readability_config = Config { keep_classes: true, ..Config::default() };
    let mut pieces = match Readability::with_document(doc, None, Some(readability_config)) {
        Ok(mut readability) => {
            if meta.title.is_none() {
                let title = readability.get_article_title().trim().to_string();
                meta.title = (!title.is_empty()).then_some(title);
            }
            match readability.parse() {
                Ok(found) => {
                    if meta.byline.is_none() {
                        meta.byline = found.byline.filter(|b| !b.trim().is_empty());
                    }
                    let content = Document::from(found.content.as_ref());
                    collect_blocks(&content.root())
                }
                Err(err) => {
                    warnings.push(Warning::new(format!(
                        "main content not found ({err}); reading the whole page"
                    )));
                    Vec::new()
                }
            }
        }
        Err(err) => {
            warnings.push(Warning::new(format!(
                "main content not found ({err}); reading the whole page"
            )));
            Vec::new()
        }
    };
    if pieces.is_empty() {
        let doc = Document::from(html);
        pieces = match doc.body() {
            Some(body) => collect_blocks(&body),
            None => collect_blocks(&doc.root()),
        };
    }
    if pieces.is_empty() {
        return Err(ReadError::NoText);
    }
    restore_captions(&mut pieces, captions);
    place_title(&mut pieces, meta.title.as_deref());
    Ok(assemble(pieces, meta, warnings))
}

/// Lays pieces out as the article's text, a blank line between blocks.
pub(crate) fn assemble(pieces: Vec<(String, Hint)>, meta: Meta, warnings: Vec<Warning>) -> Article {
    let total: usize = pieces.iter().map(|(t, _)| t.len() + 2).sum();
    let mut text = String::with_capacity(total);
    let mut raw = Vec::with_capacity(pieces.len());
    for (piece, hint) in pieces {
        // Normalize first, then trim: a soft hyphen or a zero-width space
        // can hide whitespace at a block's edge.
        let normalized = crate::normalize(&piece);
        let piece = normalized.trim();
        if piece.is_empty() {
            continue;
        }
        if !raw.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(piece);
        raw.push(RawBlock { span: Span::new(start, text.len()), hint });
    }
    blocks::finish(text, InputFormat::Html, meta, raw, warnings)
}

/// A figure caption of the page and the text of the paragraph that follows
/// it, which says where the caption goes among the extracted blocks.
struct PageCaption {
    text: String,
    before: Option<String>,
}

/// The page's `<figcaption>`s outside navigation and asides. Readability
/// drops figures that sit beside the article body rather than in it; their
/// captions are put back by [`restore_captions`].
fn figure_captions(doc: &Document) -> Vec<PageCaption> {
    let mut out: Vec<PageCaption> = Vec::new();
    let mut waiting = 0;
    for node in doc.select("p, figcaption").nodes() {
        let text = collapse(&node.text());
        if text.is_empty() {
            continue;
        }
        if node.has_name("figcaption") {
            let in_chrome = node.ancestors_it(Some(64)).any(|a| {
                a.node_name()
                    .is_some_and(|n| matches!(n.as_ref(), "nav" | "aside" | "footer" | "header"))
            });
            if !in_chrome {
                out.push(PageCaption { text, before: None });
            }
        } else {
            for caption in &mut out[waiting..] {
                caption.before = Some(text.clone());
            }
            waiting = out.len();
        }
    }
    out
}

/// Puts back the captions the content extraction dropped, each before the
/// paragraph that followed it on the page.
fn restore_captions(pieces: &mut Vec<(String, Hint)>, captions: Vec<PageCaption>) {
    for caption in captions.into_iter().rev() {
        if pieces.iter().any(|(t, _)| {
            collapse(t).contains(&caption.text) || caption.text.contains(&collapse(t))
        }) {
            continue;
        }
        let at = caption
            .before
            .and_then(|before| pieces.iter().position(|(t, _)| collapse(t) == before))
            .unwrap_or(pieces.len());
        pieces.insert(at, (caption.text, Hint::Caption));
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Marks the block that repeats the title as the headline, or puts the
/// title in front when the content left it out.
fn place_title(pieces: &mut Vec<(String, Hint)>, title: Option<&str>) {
    let Some(title) = title else {
        // Without a title, a top heading in the content is the headline.
        if let Some(first) = pieces.iter_mut().take(3).find(|(_, h)| *h == Hint::Title) {
            first.1 = Hint::Title;
        }
        return;
    };
    let same = |a: &str| a.trim().eq_ignore_ascii_case(title.trim());
    for piece in pieces.iter_mut() {
        if piece.1 == Hint::Title && !same(&piece.0) {
            piece.1 = Hint::Heading;
        }
    }
    match pieces.iter().take(4).position(|(t, _)| same(t)) {
        Some(i) => pieces[i].1 = Hint::Title,
        None => pieces.insert(0, (title.trim().to_string(), Hint::Title)),
    }
}

/// Elements whose text is never article text.
const SKIPPED: &[&str] = &[
    "button", "canvas", "head", "iframe", "input", "link", "map", "meta", "noscript", "object",
    "option", "script", "select", "style", "svg", "template", "textarea", "title", "video",
    "audio",
];

/// Elements that start a new block.
const BLOCK_LEVEL: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// What the elements around a piece of text say about it.
#[derive(Clone, Copy, Debug, Default)]
struct Context {
    heading: Option<u8>,
    quote: bool,
    caption: bool,
    byline: bool,
    chrome: bool,
    paragraph: bool,
}

impl Context {
    fn enter(mut self, node: &NodeRef<'_>, name: &str) -> Context {
        match name {
            "h1" => self.heading = Some(1),
            "h2" | "h3" | "h4" | "h5" | "h6" => self.heading = Some(2),
            "blockquote" => self.quote = true,
            "figcaption" | "caption" => self.caption = true,
            "nav" | "aside" | "footer" | "form" | "menu" => self.chrome = true,
            "p" | "li" | "dd" | "td" | "pre" => self.paragraph = true,
            _ => {}
        }
        let class = format!(
            "{} {}",
            node.attr("class").as_deref().unwrap_or(""),
            node.attr("id").as_deref().unwrap_or("")
        )
        .to_ascii_lowercase();
        if !class.trim().is_empty() {
            for part in class.split(|c: char| !c.is_ascii_alphanumeric()) {
                match part {
                    "caption" | "figcaption" | "credit" | "credits" | "copyright" => {
                        self.caption = true
                    }
                    "byline" | "author" | "authors" | "contributor" => self.byline = true,
                    "ad" | "ads" | "advert" | "advertisement" | "banner" | "cookie" | "cookies"
                    | "newsletter" | "promo" | "related" | "share" | "sharing" | "social"
                    | "subscribe" | "subscription" | "paywall" | "sidebar" | "breadcrumb"
                    | "breadcrumbs" | "nav" | "navigation" | "menu" | "footer" => {
                        self.chrome = true
                    }
                    _ => {}
                }
            }
        }
        self
    }

    fn hint(self) -> Hint {
        if self.chrome {
            Hint::Boilerplate
        } else if self.caption {
            Hint::Caption
        } else if self.quote {
            Hint::Quote
        } else if self.byline {
            Hint::Byline
        } else if self.heading == Some(1) {
            Hint::Title
        } else if self.heading.is_some() {
            Hint::Heading
        } else if self.paragraph {
            Hint::Paragraph
        } else {
            Hint::None
        }
    }
}

/// Walks the tree under `root` without recursion (pages can be deep) and
/// returns its blocks of text with what the markup says of each.
fn collect_blocks(root: &NodeRef<'_>) -> Vec<(String, Hint)> {
    enum Step<'a> {
        Enter(NodeRef<'a>, Context),
        Exit(Context),
    }
    let mut out = Vec::new();
    let mut buffer = String::new();
    let mut stack = vec![Step::Enter(*root, Context::default())];
    let mut current = Context::default();
    while let Some(step) = stack.pop() {
        match step {
            Step::Exit(outer) => {
                flush(&mut buffer, current, &mut out);
                current = outer;
            }
            Step::Enter(node, context) => {
                if node.is_text() {
                    push_collapsed(&mut buffer, &node.text());
                    continue;
                }
                if !(node.is_element() || node.is_document() || node.is_fragment()) {
                    continue;
                }
                let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
                if SKIPPED.contains(&name.as_str()) {
                    continue;
                }
                if name == "br" {
                    buffer.push('\n');
                    continue;
                }
                let inner = context.enter(&node, &name);
                let block = BLOCK_LEVEL.contains(&name.as_str());
                if block {
                    flush(&mut buffer, current, &mut out);
                    stack.push(Step::Exit(current));
                    current = inner;
                }
                let children: Vec<NodeRef<'_>> = node.children_it(true).collect();
                for child in children {
                    stack.push(Step::Enter(child, inner));
                }
            }
        }
    }
    flush(&mut buffer, current, &mut out);
    out
}

/// Appends HTML text with its whitespace collapsed as a browser would.
fn push_collapsed(buffer: &mut String, text: &str) {
    for (i, word) in text.split(|c: char| c.is_ascii_whitespace()).enumerate() {
        if i > 0 && !buffer.ends_with([' ', '\n']) && !buffer.is_empty() {
            buffer.push(' ');
        }
        buffer.push_str(word);
    }
}

fn flush(buffer: &mut String, context: Context, out: &mut Vec<(String, Hint)>) {
    let text = buffer.trim();
    if !text.is_empty() {
        // Line breaks from <br> stay; spaces around them go.
        let cleaned: String = text
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        out.push((cleaned, context.hint()));
    }
    buffer.clear();
}

/// What a page's metadata says.
#[derive(Debug, Default)]
struct PageMeta {
    title: Option<String>,
    byline: Option<String>,
    url: Option<String>,
    published: Option<(NaiveDate, DateSource)>,
}

/// Reads title, byline, URL and publication date from the page's metadata,
/// taking the date from the most trusted place that has one: JSON-LD
/// `datePublished`, then meta tags, then `<time datetime>`, then the URL.
fn page_meta(doc: &Document) -> PageMeta {
    let mut meta = PageMeta::default();
    let mut ld_date = None;
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        let Ok(value) = serde_json::from_str::<Value>(script.text().trim()) else { continue };
        let mut objects = Vec::new();
        flatten_ld(&value, &mut objects, 0);
        for object in objects {
            let get = |key: &str| {
                object.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty())
            };
            if ld_date.is_none() {
                ld_date = get("datePublished").and_then(date::parse_date);
            }
            if meta.title.is_none() && is_article_type(object) {
                meta.title = get("headline").map(str::to_string);
            }
            if meta.byline.is_none() && is_article_type(object) {
                meta.byline = author_names(object.get("author"));
            }
            if meta.url.is_none() && is_article_type(object) {
                meta.url = get("url").map(str::to_string);
            }
        }
    }
    let meta_content = |selectors: &[&str]| {
        selectors.iter().find_map(|sel| {
            doc.select(sel).iter().find_map(|n| {
                n.attr("content").map(|c| c.trim().to_string()).filter(|c| !c.is_empty())
            })
        })
    };
    let tag_date = meta_content(&[
        r#"meta[property="article:published_time"]"#,
        r#"meta[name="article:published_time"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[property="og:published_time"]"#,
        r#"meta[name="pubdate"]"#,
        r#"meta[name="publishdate"]"#,
        r#"meta[name="publish-date"]"#,
        r#"meta[name="parsely-pub-date"]"#,
        r#"meta[name="sailthru.date"]"#,
        r#"meta[name="dc.date.issued"]"#,
        r#"meta[name="DC.date.issued"]"#,
        r#"meta[name="date"]"#,
    ])
    .and_then(|d| date::parse_date(&d));
    let time_date = {
        let preferred =
            doc.select("time[datetime][itemprop=datePublished], time[datetime][pubdate]");
        let any = doc.select("time[datetime]");
        preferred
            .iter()
            .chain(any.iter())
            .find_map(|n| n.attr("datetime").and_then(|d| date::parse_date(&d)))
    };
    meta.title = meta.title.or_else(|| {
        meta_content(&[r#"meta[property="og:title"]"#, r#"meta[name="twitter:title"]"#])
    });
    meta.byline = meta.byline.or_else(|| {
        meta_content(&[r#"meta[name="author"]"#, r#"meta[property="article:author"]"#])
            .filter(|a| !a.starts_with("http"))
    });
    meta.url = meta.url.or_else(|| {
        doc.select(r#"link[rel="canonical"]"#)
            .attr("href")
            .map(|h| h.to_string())
            .or_else(|| meta_content(&[r#"meta[property="og:url"]"#]))
    });
    let url_date = meta.url.as_deref().and_then(date::date_from_url);
    meta.published = ld_date
        .map(|d| (d, DateSource::JsonLd))
        .or(tag_date.map(|d| (d, DateSource::MetaTag)))
        .or(time_date.map(|d| (d, DateSource::TimeElement)))
        .or(url_date.map(|d| (d, DateSource::Url)));
    meta
}

/// Every JSON-LD object in `value`, through arrays and `@graph`.
fn flatten_ld<'a>(
    value: &'a Value,
    out: &mut Vec<&'a serde_json::Map<String, Value>>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| flatten_ld(v, out, depth + 1)),
        Value::Object(object) => {
            out.push(object);
            if let Some(graph) = object.get("@graph") {
                flatten_ld(graph, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn is_article_type(object: &serde_json::Map<String, Value>) -> bool {
    let is = |t: &str| t.ends_with("Article") || t.ends_with("Posting") || t == "Report";
    match object.get("@type") {
        Some(Value::String(t)) => is(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

fn author_names(author: Option<&Value>) -> Option<String> {
    let name = |v: &Value| match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(|s| s.trim().to_string()),
        _ => None,
    };
    let names: Vec<String> = match author? {
        Value::Array(items) => items.iter().filter_map(name).filter(|n| !n.is_empty()).collect(),
        other => name(other).into_iter().filter(|n| !n.is_empty()).collect(),
    };
    (!names.is_empty()).then(|| names.join(", "))
}

/// The encoding a page declares in `<meta charset>` or `http-equiv`, looked
/// for in its first kilobytes as browsers do.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &head[at..];
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    encoding_rs::Encoding::for_label(&rest[..end])
}

/// Whether elements nest deeper than `max`: a cheap scan of the tags,
/// before any tree is built, so that a hostile page cannot exhaust the
/// parser. Elements that close themselves (`<p>`, `<li>`, void elements)
/// are not counted.
fn exceeds_depth(html: &str, max: usize) -> bool {
    const UNCOUNTED: &[&[u8]] = &[
        b"area",
        b"base",
        b"br",
        b"col",
        b"dd",
        b"dt",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"li",
        b"link",
        b"meta",
        b"option",
        b"p",
        b"param",
        b"source",
        b"td",
        b"th",
        b"tr",
        b"track",
        b"wbr",
        b"!--",
        b"!doctype",
    ];
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[i..]) {
        i += found + 1;
        let closing = bytes.get(i) == Some(&b'/');
        let name_start = if closing { i + 1 } else { i };
        let name_len = bytes[name_start..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'!' || *b == b'-'))
            .unwrap_or(bytes.len() - name_start);
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() && bytes[name_start] != b'!' {
            continue;
        }
        let name: Vec<u8> =
            bytes[name_start..name_start + name_len].iter().map(u8::to_ascii_lowercase).collect();
        let Some(gt) = memchr::memchr(b'>', &bytes[name_start..]) else { break };
        let tag_end = name_start + gt;
        let self_closing = bytes[tag_end.saturating_sub(1)] == b'/';
        let counted = !UNCOUNTED.contains(&name.as_slice()) && !name.starts_with(b"!");
        if closing {
            if counted {
                depth = depth.saturating_sub(1);
            }
        } else if counted && !self_closing {
            depth += 1;
            if depth > max {
                return true;
            }
            if name == b"script" || name == b"style" {
                let close: &[u8] = if name == b"script" { b"</script" } else { b"</style" };
                match memchr::memmem::find(&bytes[tag_end..], close) {
                    Some(at) => i = tag_end + at,
                    None => break,
                }
                continue;
            }
        }
        i = tag_end + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::BlockKind;

    fn read_html(html: &str) -> Article {
        read(html.as_bytes(), None, &ReaderConfig::default()).unwrap()
    }

    #[test]
    fn json_ld_date_is_trusted_first() {
        let article = read_html(
            r#"<html><head><title>Leaders meet | Site</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Leaders meet in Hamburg","datePublished":"2017-07-07T10:00:00Z",
              "author":[{"@type":"Person","name":"Jane Doe"}]}</script>
            <meta property="article:published_time" content="2017-07-08T00:00:00Z">
            </head><body><article><h1>Leaders meet in Hamburg</h1>
            <p>The leaders met on Friday in Hamburg, on the sidelines of the summit, and talked for more than two hours about trade and security.</p>
            <figure><img src="a.jpg"><figcaption>The leaders shake hands. Photo: Jane Doe/AP</figcaption></figure>
            <p>Officials said the meeting had gone well and that both sides would meet again in the autumn to finish the work.</p>
            </article></body></html>"#,
        );
        let meta = article.meta();
        assert_eq!(meta.title.as_deref(), Some("Leaders meet in Hamburg"));
        assert_eq!(meta.published, NaiveDate::from_ymd_opt(2017, 7, 7));
        assert_eq!(meta.published_from, Some(DateSource::JsonLd));
        assert_eq!(meta.byline.as_deref(), Some("Jane Doe"));
        let kinds: Vec<BlockKind> = article.blocks().iter().map(|b| b.kind).collect();
        assert_eq!(kinds[0], BlockKind::Headline);
        assert!(kinds.contains(&BlockKind::Caption), "{kinds:?}");
        assert!(kinds.contains(&BlockKind::Credit), "{kinds:?}");
    }

    #[test]
    fn falls_back_to_meta_time_and_url() {
        let page = |head: &str| {
            format!(
                "<html><head>{head}</head><body><p>Text of the story, which is long enough to be read as the article body by anyone.</p></body></html>"
            )
        };
        let published = |head: &str| read_html(&page(head)).meta().published.map(|d| d.to_string());
        assert_eq!(
            published(
                r#"<meta property="article:published_time" content="2019-06-20T07:45:00+02:00">"#
            )
            .as_deref(),
            Some("2019-06-20")
        );
        assert_eq!(
            published(r#"<link rel="canonical" href="https://example.com/2019/06/21/story/">"#)
                .as_deref(),
            Some("2019-06-21")
        );
    }

    #[test]
    fn depth_scan() {
        let deep = "<div>".repeat(2000);
        assert!(exceeds_depth(&deep, 1024));
        assert!(!exceeds_depth(&"<p>a".repeat(5000), 1024));
        assert!(!exceeds_depth(&"<div></div>".repeat(5000), 1024));
        let err = read(deep.as_bytes(), None, &ReaderConfig::default()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "HTML nested more than 1024 elements deep; refusing to parse it"
        );
    }

    #[test]
    fn script_only_page_has_no_text() {
        let err = read(b"<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>", None, &ReaderConfig::default()).unwrap_err();
        assert_eq!(err, ReadError::NoText);
    }
}
