//! Blocks: splitting text into them and deciding what each one is.
//!
//! Readers lay an article's normalized text out in [`RawBlock`]s, each with
//! a [`Hint`] from its markup (an HTML `<figcaption>`, a Markdown heading)
//! or none (plain text). [`finish`] then decides every block's kind from
//! general cues — its wording, length, punctuation and position — splits
//! off wire datelines, live-blog timestamps and trailing photo credits,
//! picks the headline, and segments the sentences.
//!
//! The cues are kinds of wording that site chrome, captions and credits
//! use on any news site ("Sign in", "Share this article", "File photo",
//! "Credit:", an agency name after a slash), never a particular article's
//! sentences.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::{
    Article, Block, BlockKind, DateSource, InputFormat, Meta, Sentence, Span, Warning, date,
    segment,
};

/// What a reader's markup says a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hint {
    /// Plain text: the classifier decides.
    None,
    /// The document's title or top heading.
    Title,
    /// A heading below the top one.
    Heading,
    /// A `<figcaption>` or similar.
    Caption,
    /// A block quotation.
    Quote,
    /// A paragraph the markup marks as body text; it may still turn out to
    /// be a caption or chrome.
    Paragraph,
    /// A byline from the markup.
    Byline,
    /// Chrome the markup identifies (a `<nav>`, an ad slot).
    Boilerplate,
}

/// A block as a reader found it, before classification.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RawBlock {
    pub(crate) span: Span,
    pub(crate) hint: Hint,
}

/// Splits plain text into blocks.
///
/// Blank lines separate blocks. Inside a run of lines without blank lines,
/// each line is its own block (scraped pages put one paragraph a line)
/// unless the lines are hard-wrapped prose, which is kept together.
pub(crate) fn split_plain(text: &str) -> Vec<RawBlock> {
    let mut blocks = Vec::new();
    let mut lines: Vec<Span> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim();
        if trimmed.is_empty() {
            push_chunk(text, &lines, &mut blocks);
            lines.clear();
        } else {
            let lead = content.len() - content.trim_start().len();
            lines.push(Span::new(offset + lead, offset + lead + trimmed.len()));
        }
        offset += line.len();
    }
    push_chunk(text, &lines, &mut blocks);
    blocks
}

/// Turns a run of non-blank lines into blocks.
fn push_chunk(text: &str, lines: &[Span], out: &mut Vec<RawBlock>) {
    let Some(&first) = lines.first() else { return };
    let wrapped = looks_hard_wrapped(text, lines);
    let mut current = first;
    for pair in lines.windows(2) {
        let (line, next) = (&text[pair[0]], &text[pair[1]]);
        let joins = !is_list_item(next) && (wrapped || continues(line, next));
        if joins {
            current = current.cover(pair[1]);
        } else {
            out.push(RawBlock { span: current, hint: Hint::None });
            current = pair[1];
        }
    }
    out.push(RawBlock { span: current, hint: Hint::None });
}

/// Lines of nearly equal width, all but the last filling the measure: prose
/// wrapped at a fixed column.
fn looks_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    if lines.len() < 3 {
        return false;
    }
    let widths: Vec<usize> = lines.iter().map(|&l| text[l].chars().count()).collect();
    let body = &widths[..widths.len() - 1];
    let max = *body.iter().max().unwrap_or(&0);
    let min = *body.iter().min().unwrap_or(&0);
    // Wrapping breaks lines mid-sentence: most lines end without a final
    // stop and some next line starts in lowercase.
    let unfinished =
        lines[..lines.len() - 1].iter().filter(|&&l| !ends_like_sentence(&text[l])).count();
    let lowercase_next = lines[1..].iter().any(|&l| text[l].starts_with(char::is_lowercase));
    (50..=100).contains(&max)
        && min * 10 >= max * 6
        && (unfinished * 2 >= body.len() || lowercase_next)
}

/// Whether `next` carries on the sentence `line` left unfinished.
fn continues(line: &str, next: &str) -> bool {
    let unfinished = !line.ends_with(['.', '!', '?', '"', '”', ':', '’', '\'', ')']);
    let next_continues = next.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
    line.chars().count() >= 30 && unfinished && next_continues
}

/// A bulleted or numbered item: "- Valtek names new CEO", "2. Storm
/// warning issued".
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    if matches!(chars.next(), Some('-' | '*' | '•' | '·' | '–' | '—')) && chars.next() == Some(' ')
    {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
        && line.as_bytes().get(digits + 1) == Some(&b' ')
}

/// Classifies blocks, picks the headline, fills in metadata found in the
/// text, and splits sentences.
pub(crate) fn finish(
    text: String,
    format: InputFormat,
    mut meta: Meta,
    raw: Vec<RawBlock>,
    warnings: Vec<Warning>,
) -> Article {
    let mut blocks: Vec<Block> = Vec::with_capacity(raw.len() + 4);
    for block in &raw {
        classify_into(&text, *block, &mut blocks);
    }
    pick_headline(&text, &raw, &mut blocks, meta.title.is_some());
    mark_link_lists(&text, &mut blocks);
    mark_captions_before_credits(&text, &mut blocks);
    mark_after_caption_labels(&text, &mut blocks);

    for block in &blocks {
        let block_text = &text[block.span];
        match block.kind {
            BlockKind::Headline if meta.title.is_none() => {
                meta.title = Some(block_text.to_string())
            }
            BlockKind::Byline if meta.byline.is_none() => {
                // "By Karim Haddad | Published 15 January 2026, 08:12 GMT":
                // the name, then parts that may date the article.
                let mut parts = BYLINE_SEPARATORS.iter().fold(vec![block_text], |parts, sep| {
                    parts.iter().flat_map(|p| p.split(sep)).collect()
                });
                let name = parts.remove(0);
                meta.byline = Some(byline_name(name));
                if meta.published.is_none() {
                    let date = parts
                        .iter()
                        .find(|p| is_date_line(p.trim()))
                        .and_then(|p| date::parse_date(p.trim()));
                    if let Some(d) = date {
                        meta.published = Some(d);
                        meta.published_from = Some(DateSource::Text);
                    }
                }
            }
            BlockKind::Date if meta.published.is_none() => {
                if let Some(d) = date::parse_date(block_text) {
                    meta.published = Some(d);
                    meta.published_from = Some(DateSource::Text);
                }
            }
            _ => {}
        }
    }

    let mut sentences = Vec::with_capacity(blocks.len() * 3);
    for (index, block) in blocks.iter().enumerate() {
        for span in segment::split_sentences(&text[block.span]) {
            sentences.push(Sentence { block: index, span: span.offset(block.span.start()) });
        }
    }
    Article { text, format, meta, blocks, sentences, warnings }
}

/// Classifies one raw block, pushing one or more blocks: a wire dateline or
/// a timestamp in front, or a credit at the end, becomes a block of its own.
fn classify_into(text: &str, raw: RawBlock, out: &mut Vec<Block>) {
    let mut span = raw.span;
    let mut trailing_credit = None;
    if matches!(raw.hint, Hint::None | Hint::Paragraph | Hint::Caption) {
        if let Some(len) = leading_dateline(&text[span]) {
            let head = trim_span(text, Span::new(span.start(), span.start() + len));
            out.push(Block { kind: BlockKind::Dateline, span: head });
            span = trim_span(text, Span::new(span.start() + len, span.end()));
        } else if let Some(len) = leading_timestamp(&text[span]) {
            let head = trim_span(text, Span::new(span.start(), span.start() + len));
            out.push(Block { kind: BlockKind::Timestamp, span: head });
            span = trim_span(text, Span::new(span.start() + len, span.end()));
        }
        if let Some(at) = trailing_credit_start(&text[span]) {
            trailing_credit = Some(trim_span(text, Span::new(span.start() + at, span.end())));
            span = trim_span(text, Span::new(span.start(), span.start() + at));
        }
    }
    if span.is_empty() {
        if let Some(credit) = trailing_credit {
            out.push(Block { kind: BlockKind::Credit, span: credit });
        }
        return;
    }
    let s = &text[span];
    let kind = match raw.hint {
        Hint::Title => BlockKind::Headline,
        Hint::Heading if is_boilerplate(s, words_upto(s, 90)) => BlockKind::Boilerplate,
        Hint::Heading => BlockKind::Subheading,
        Hint::Quote => BlockKind::Quote,
        Hint::Byline => BlockKind::Byline,
        Hint::Boilerplate => BlockKind::Boilerplate,
        Hint::Caption if is_credit(s) => BlockKind::Credit,
        Hint::Caption => BlockKind::Caption,
        Hint::None | Hint::Paragraph => {
            if trailing_credit.is_some() {
                BlockKind::Caption
            } else {
                classify(s)
            }
        }
    };
    out.push(Block { kind, span });
    if let Some(credit) = trailing_credit {
        out.push(Block { kind: BlockKind::Credit, span: credit });
    }
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    Span::new(span.start() + lead, span.start() + lead + trimmed.len())
}

/// The kind of a block of plain text, from its wording alone.
fn classify(s: &str) -> BlockKind {
    // The word count, once: the rules for short blocks (date lines up to 16
    // words, credits 14, bylines 24) need not count again in a paragraph.
    let n = words_upto(s, 90);
    if n <= 16 && is_date_line(s) {
        BlockKind::Date
    } else if is_dateline_only(s) {
        BlockKind::Dateline
    } else if is_timestamp(s) {
        // Before the chrome test, which takes a line of numbers for a
        // pager: "12:31 —" alone heads a live blog's entry.
        BlockKind::Timestamp
    } else if n <= 14 && is_credit(s) && !(s.starts_with("By ") && is_byline(s)) {
        // "By Jane Doe, Reuters" names its agency as credits do, but is
        // the writer's line.
        BlockKind::Credit
    } else if is_boilerplate(s, n) {
        BlockKind::Boilerplate
    } else if is_caption(s, n) {
        BlockKind::Caption
    } else if n <= 24 && is_byline(s) {
        BlockKind::Byline
    } else {
        BlockKind::Paragraph
    }
}

/// The words of a block, lowercased, split at anything but letters, digits
/// and apostrophes.
fn words(s: &str) -> impl Iterator<Item = &str> + '_ {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '©'))
        .filter(|w| !w.is_empty())
}

/// The number of words in `s`, counted only as far as `limit + 1`: the
/// rules that look at length draw a line, and a long paragraph need not be
/// counted to its end to know it is past it.
fn words_upto(s: &str, limit: usize) -> usize {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const LOW7: u64 = u64::from_ne_bytes([0x7f; 8]);
    // The high bit of each byte of `word` that is a space, a line feed, a
    // tab or a carriage return (exact: no carries between bytes).
    let spaces = |word: u64| {
        let zero = |x: u64| !(((x & LOW7).wrapping_add(LOW7)) | x | LOW7);
        zero(word ^ (ONES * 0x20))
            | zero(word ^ (ONES * 0x0a))
            | zero(word ^ (ONES * 0x09))
            | zero(word ^ (ONES * 0x0d))
    };
    let bytes = s.as_bytes();
    let mut count = 0;
    // A word starts at every non-space after a space (or at the start):
    // eight bytes at a time, each word's space bits shifted one byte on
    // with the last byte of the word before carried in.
    let mut before = 0x80u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("chunks of eight"));
        let space = spaces(word);
        let starts = !space & ((space << 8) | before) & (ONES * 0x80);
        count += starts.count_ones() as usize;
        before = space >> 56;
        if count > limit {
            return limit + 1;
        }
    }
    let mut space_before = before != 0;
    for &b in chunks.remainder() {
        let space = matches!(b, b' ' | b'\n' | b'\t' | b'\r');
        count += usize::from(space_before && !space);
        space_before = space;
    }
    count.min(limit + 1)
}

/// The first `max` bytes of `s` (at a character boundary), lowercased: the
/// rules that read wording look at how a block starts.
fn lower_head(s: &str, max: usize) -> String {
    s[..floor_char_boundary(s, s.len().min(max))].to_lowercase()
}

/// Whether `s` starts with `prefix` (given in lowercase ASCII), ignoring
/// ASCII case.
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// A list of prefixes, matched at the start of a block in one pass,
/// ignoring ASCII case.
struct Prefixes(LazyLock<AhoCorasick>);

impl Prefixes {
    const fn new(build: fn() -> AhoCorasick) -> Prefixes {
        Prefixes(LazyLock::new(build))
    }

    /// The length of the prefix `s` starts with, if any.
    fn find(&self, s: &str) -> Option<usize> {
        self.0
            .find(aho_corasick::Input::new(s).anchored(aho_corasick::Anchored::Yes))
            .map(|m| m.end())
    }
}

fn prefix_automaton(prefixes: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .start_kind(aho_corasick::StartKind::Anchored)
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(prefixes)
        .expect("prefixes are valid patterns")
}

static CHROME_PREFIX_SET: Prefixes = Prefixes::new(|| prefix_automaton(CHROME_PREFIXES));
static CREDIT_PREFIX_SET: Prefixes = Prefixes::new(|| prefix_automaton(CREDIT_PREFIXES));
static CAPTION_PREFIX_SET: Prefixes = Prefixes::new(|| prefix_automaton(CAPTION_PREFIXES));

/// Ends like a sentence: a period, question or exclamation mark, perhaps
/// inside closing quotes.
fn ends_like_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '”', '’', '\'', ')', ']']).ends_with(['.', '!', '?', '…'])
}

/// A headline's shape: short, capitalized, no final period.
fn is_title_like(s: &str) -> bool {
    s.len() <= 300
        && !s.trim_end_matches(['"', '”', '’', '\'']).ends_with(['.', ',', ';', ':'])
        && s.starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')
        })
        && (1..=30).contains(&words_upto(s, 30))
}

/// Navigation words: a short block made of nothing else is site chrome.
const NAV_WORDS: &[&str] = &[
    "a",
    "about",
    "account",
    "ad",
    "ads",
    "advertise",
    "advertisement",
    "advertising",
    "all",
    "and",
    "app",
    "apps",
    "article",
    "articles",
    "back",
    "bookmark",
    "close",
    "comment",
    "comments",
    "contact",
    "content",
    "continue",
    "cookie",
    "cookies",
    "copy",
    "download",
    "e",
    "edition",
    "email",
    "events",
    "facebook",
    "feedback",
    "follow",
    "for",
    "free",
    "get",
    "gift",
    "go",
    "help",
    "here",
    "home",
    "in",
    "instagram",
    "join",
    "key",
    "latest",
    "link",
    "linkedin",
    "listen",
    "loading",
    "log",
    "login",
    "logout",
    "mail",
    "main",
    "menu",
    "messenger",
    "more",
    "most",
    "my",
    "navigation",
    "newsletter",
    "newsletters",
    "next",
    "now",
    "of",
    "on",
    "only",
    "open",
    "or",
    "our",
    "out",
    "pinterest",
    "popular",
    "previous",
    "print",
    "privacy",
    "profile",
    "read",
    "recommended",
    "reddit",
    "register",
    "related",
    "reply",
    "save",
    "search",
    "sections",
    "see",
    "settings",
    "share",
    "shares",
    "show",
    "sign",
    "skip",
    "sponsored",
    "stories",
    "story",
    "subscribe",
    "subscriber",
    "subscription",
    "telegram",
    "the",
    "this",
    "to",
    "top",
    "topics",
    "trending",
    "tumblr",
    "tweet",
    "twitter",
    "up",
    "us",
    "video",
    "videos",
    "viewed",
    "watch",
    "whatsapp",
    "x",
    "you",
    "your",
    "youtube",
];

/// Phrases that mark a block as site chrome whatever its length: cookie
/// notices, newsletter and subscription prompts, legal footers.
const CHROME_PHRASES: &[&str] = &[
    "accept all cookies",
    "accept cookies",
    "ad blocker",
    "all rights reserved",
    "already a subscriber",
    "already have an account",
    "by continuing to browse",
    "by continuing to use",
    "cookie policy",
    "cookie settings",
    "create an account",
    "create a free account",
    "enable javascript",
    "in your inbox",
    "javascript is disabled",
    "turn on javascript",
    "javascript to use",
    "manage cookies",
    "privacy policy",
    "sign up for our",
    "sign up to our",
    "sign up to receive",
    "subscribe to our",
    "terms of service",
    "terms of use",
    "this site uses cookies",
    "to your inbox",
    "use of cookies",
    "we use cookies",
    "your browser does not support",
];

/// Whether `s` holds a chrome phrase, whatever its case.
fn has_chrome_phrase(s: &str) -> bool {
    static PHRASES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(CHROME_PHRASES));
    PHRASES.in_lowercased(s)
}

/// Lowercase ASCII phrases, found in text whatever its case: the text
/// lowercased (ASCII only, as the phrases are) and searched with a packed
/// SIMD searcher (Teddy), several times faster than a case-insensitive
/// automaton on text that holds none, which is nearly every block.
struct Phrases {
    packed: Option<aho_corasick::packed::Searcher>,
    automaton: AhoCorasick,
}

impl Phrases {
    fn new(phrases: &[&str]) -> Phrases {
        Phrases {
            packed: aho_corasick::packed::Searcher::new(phrases.iter()),
            automaton: AhoCorasick::new(phrases).expect("the phrases are valid patterns"),
        }
    }

    fn in_lowercased(&self, s: &str) -> bool {
        // Most blocks fit on the stack: no allocation for them.
        let mut stack = [0u8; 1024];
        let mut heap = Vec::new();
        let lower: &mut [u8] = if s.len() <= stack.len() {
            &mut stack[..s.len()]
        } else {
            heap.resize(s.len(), 0);
            &mut heap
        };
        lower.copy_from_slice(s.as_bytes());
        lower.make_ascii_lowercase();
        match &self.packed {
            Some(searcher) => searcher.find(&*lower).is_some(),
            None => self.automaton.is_match(&*lower),
        }
    }
}

/// Prefixes of links to other stories and media.
const CHROME_PREFIXES: &[&str] = &[
    "read more:",
    "read more ",
    "read also:",
    "related:",
    "related article",
    "related stories",
    "see also:",
    "more:",
    "recommended:",
    "watch:",
    "watch now",
    "listen:",
    "listen to this article",
    "advertisement",
    "sponsored content",
    "most read",
    "you may also like",
    "click here",
];

/// Site chrome; `n` is the block's word count (up to 90).
fn is_boilerplate(s: &str, n: usize) -> bool {
    if !s.contains(char::is_alphanumeric) {
        // Rules and separators: "___", "* * *".
        return true;
    }
    if n > 80 {
        return false;
    }
    if has_chrome_phrase(s) {
        return true;
    }
    if n <= 30 && CHROME_PREFIX_SET.find(s).is_some() {
        return true;
    }
    if n <= 25
        && (s.starts_with('©') || starts_with_ci(s, "copyright ©") || starts_with_ci(s, "(c) "))
    {
        return true;
    }
    if n <= 12 && is_breadcrumb(s) {
        return true;
    }
    // "Follow Al Jazeera English:", "Follow us on Twitter": a prompt to
    // the site's accounts.
    if n <= 6 && starts_with_ci(s, "follow ") && (s.ends_with(':') || has_social_word(s)) {
        return true;
    }
    if n <= 10 && !ends_like_sentence(s) {
        let mut any = false;
        let lower = s.to_lowercase();
        let all_nav = words(&lower).all(|w| {
            any = true;
            NAV_WORDS.binary_search(&w).is_ok() || w.chars().all(|c| c.is_ascii_digit())
        });
        return any && all_nav;
    }
    false
}

/// A trail of section names: "Home > World > Europe", "News » Politics".
fn is_breadcrumb(s: &str) -> bool {
    let parts: Vec<&str> = s.split([' ', '\u{a0}']).collect();
    let arrows = parts.iter().filter(|p| matches!(**p, ">" | "»" | "›" | "/")).count();
    // "Home | News | World": bars make a trail when there are two or more
    // ("Brexit | The Guardian" names a page and its site).
    let bars = parts.iter().filter(|p| **p == "|").count();
    (arrows >= 1 || bars >= 2)
        && s.split(['>', '»', '›', '/', '|']).all(|piece| {
            let words = piece.split_whitespace().count();
            (1..=3).contains(&words) && !piece.trim_end().ends_with(['.', '?', '!'])
        })
}

/// Photo agencies and the words credits use around names.
const AGENCIES: &[&str] = &[
    "afp",
    "alamy",
    "anadolu",
    "ap",
    "associated press",
    "bloomberg",
    "courtesy",
    "dpa",
    "epa",
    "getty",
    "getty images",
    "handout",
    "kyodo",
    "nurphoto",
    "pa",
    "pa media",
    "pa wire",
    "pool",
    "reuters",
    "rex",
    "shutterstock",
    "sipa",
    "sputnik",
    "tass",
    "wireimage",
    "xinhua",
    "yonhap",
    "zuma",
];

const CREDIT_PREFIXES: &[&str] = &[
    "credit:",
    "credits:",
    "photo credit",
    "photograph:",
    "photographs:",
    "photograph by",
    "photo by",
    "photos by",
    "photography:",
    "picture:",
    "pictures:",
    "image:",
    "images:",
    "image credit",
    "image source",
    "image copyright",
    "illustration:",
    "photo:",
    "photos:",
    "video:",
    "source:",
    "courtesy of",
];

/// A photo credit: "Credit: Jane Doe/AP", "Getty Images", "REUTERS/Jane Doe".
fn is_credit(s: &str) -> bool {
    let n = words_upto(s, 14);
    if n > 14 || n == 0 {
        return false;
    }
    let inner = s.trim_matches(['(', ')', '[', ']', ' ']);
    if let Some(len) = CREDIT_PREFIX_SET.find(inner) {
        // "Photo: Jane Doe/AP" is a credit; "Photo: Protesters gather
        // outside parliament on Tuesday." is a caption.
        return looks_like_names(&inner[len..]);
    }
    looks_like_names(inner)
        && (inner.contains('/') || has_agency(&inner.to_lowercase()))
        && !ends_like_sentence(inner.trim_end_matches('.'))
}

fn has_agency(lower: &str) -> bool {
    // The agencies' words, split once.
    static AGENCY_WORDS: LazyLock<Vec<Vec<&'static str>>> =
        LazyLock::new(|| AGENCIES.iter().map(|a| a.split(' ').collect()).collect());
    let words: Vec<&str> = words(lower).collect();
    AGENCY_WORDS.iter().any(|parts| words.windows(parts.len()).any(|w| w == parts.as_slice()))
}

/// Text made of names: every word capitalized, an agency, or one of the
/// small words credits use ("via", "for", "and").
fn looks_like_names(s: &str) -> bool {
    let s = s.trim().trim_end_matches('.');
    let mut count = 0;
    let ok = s
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '/' | '|' | ',' | ';' | '(' | ')' | '-' | '–' | '—')
        })
        .filter(|w| !w.is_empty())
        .all(|w| {
            count += 1;
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '©')
                || matches!(
                    w,
                    "via" | "for" | "and" | "of" | "by" | "de" | "van" | "von" | "al" | "the" | "&"
                )
        });
    ok && (1..=10).contains(&count)
}

/// Where a credit at the end of a caption or paragraph starts, if there is
/// one: "… in Syria. Credit: Jane Doe/US Navy", "… (AP Photo/Jane Doe)".
fn trailing_credit_start(s: &str) -> Option<usize> {
    // A credit is short: only the block's tail can hold one.
    let tail_start = floor_char_boundary(s, s.len().saturating_sub(160));
    let tail = &s[tail_start..];
    memchr::memchr3(b'/', b':', b'(', tail.as_bytes())?;
    trailing_credit_in(tail).map(|at| tail_start + at).filter(|&at| at > 0)
}

fn trailing_credit_in(s: &str) -> Option<usize> {
    let mut best: Option<usize> = None;
    // "… on Wednesday. (Jane Doe/Courier)": a parenthesized name with a
    // slash after the last sentence.
    if s.ends_with(')') {
        if let Some(open) = s.rfind('(') {
            let inner = &s[open + 1..s.len() - 1];
            if open > 0
                && inner.contains('/')
                && is_credit(inner)
                && s[..open].trim_end().ends_with(['.', '"', '”'])
            {
                best = Some(open);
            }
        }
    }
    for found in credit_markers().find_overlapping_iter(s) {
        let at = found.start();
        if at == 0 || best.is_some_and(|b| at >= b) {
            continue;
        }
        let before = s[..at].trim_end();
        let tail = &s[at..];
        let boundary = before.ends_with(['.', '"', '”', ')', ',', '|', '-'])
            || tail.starts_with('(')
            || s[..at].ends_with(char::is_whitespace);
        let closes = !tail.starts_with('(') || tail.trim_end().ends_with(')');
        if boundary && closes && !before.is_empty() && is_credit(tail) {
            best = Some(at);
        }
    }
    best
}

/// Where credits start inside a caption: "Credit:", "(AP Photo/", "REUTERS/".
fn credit_markers() -> &'static AhoCorasick {
    const MARKERS: &[&str] = &[
        "Credit:",
        "CREDIT:",
        "Photo credit:",
        "Photograph:",
        "Photo:",
        "Picture:",
        "Image:",
        "(Photo",
        "(AP Photo",
        "(AP/",
        "(Reuters",
        "REUTERS/",
        "Reuters/",
        "AFP/",
        "(AFP",
        "(Getty",
        "(EPA",
        "EPA/",
        "(Image",
    ];
    static MARKER_SET: LazyLock<AhoCorasick> =
        LazyLock::new(|| AhoCorasick::new(MARKERS).expect("the credit markers are valid patterns"));
    &MARKER_SET
}

/// How photo captions open.
const CAPTION_PREFIXES: &[&str] = &[
    "a combination of",
    "a combination photo",
    "combination photo",
    "combination picture",
    "file photo",
    "file picture",
    "file image",
    "file:",
    "file -",
    "in this file photo",
    "in this photo",
    "in this picture",
    "in this image",
    "in this handout",
    "in this undated",
    "in this aerial",
    "in this screen",
    "in this still",
    "in this video",
    "this photo",
    "this picture",
    "this image",
    "this handout",
    "undated handout",
    "undated photo",
    "undated picture",
    "undated image",
    "an undated",
    "a handout",
    "handout photo",
    "handout picture",
    "handout image",
    "image caption",
    "pictured:",
    "pictured above",
    "above:",
    "top:",
    "main picture:",
    "main image:",
    "caption:",
    "an aerial view",
    "aerial view",
    "a general view",
    "general view",
    "a screenshot",
    "a screen grab",
    "screen grab",
    "a video grab",
    "video grab",
    "a still image",
    "a still from",
    "photo:",
    "(photo",
];

/// Words that say the text shows a picture.
const PICTURE_WORDS: &[&str] = &[
    "footage",
    "handout",
    "image",
    "images",
    "photo",
    "photograph",
    "photographed",
    "photos",
    "picture",
    "pictured",
    "pictures",
    "screenshot",
    "still",
];

/// Verbs captions use to describe a picture.
const SHOWING_WORDS: &[&str] = &[
    "depicts",
    "depicting",
    "issued",
    "posing",
    "poses",
    "provided",
    "released",
    "seen",
    "shot",
    "show",
    "showing",
    "shown",
    "shows",
    "taken",
];

/// A photo caption: "A combination of file photos showing …", "Undated
/// handout photo issued by …", "People walk past … in Kyiv, Ukraine, March
/// 2, 2022."
fn is_caption(s: &str, n: usize) -> bool {
    if n > 90 {
        return false;
    }
    if CAPTION_PREFIX_SET.find(s).is_some() {
        return true;
    }
    // A picture word and a showing word among the first sixteen words. Most
    // paragraphs have no picture word at all, which one scan of the head
    // tells.
    let head = &s[..floor_char_boundary(s, s.len().min(160))];
    static PICTURE_STEMS: LazyLock<Phrases> = LazyLock::new(|| {
        Phrases::new(&["photo", "picture", "image", "footage", "handout", "screenshot", "still"])
    });
    if PICTURE_STEMS.in_lowercased(head) {
        let (mut pictured, mut showing) = (false, false);
        for w in words(s).take(16) {
            pictured |= PICTURE_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p));
            showing |= SHOWING_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p));
        }
        if pictured && showing {
            return true;
        }
    }
    // Wire photo captions end with the place and date the picture was
    // taken, with no "on" before the date: "…, Russia, January 15, 2016."
    n <= 60 && ends_with_photo_date(s)
}

fn ends_with_photo_date(s: &str) -> bool {
    let year = s.trim_end().trim_end_matches('.').as_bytes();
    if year.len() < 4 || !year[year.len() - 4..].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let s = &s[floor_char_boundary(s, s.len().saturating_sub(120))..];
    let body = s.trim_end().trim_end_matches('.');
    let Some((before, date_part)) = body.rsplit_once(", ") else { return false };
    // "January 15, 2016" has its own comma: step back over it.
    let (before, date_text) = match before.rsplit_once(", ") {
        Some((b, month_day))
            if date_part.len() == 4 && date_part.chars().all(|c| c.is_ascii_digit()) =>
        {
            (b, format!("{month_day}, {date_part}"))
        }
        _ => (before, date_part.to_string()),
    };
    if date::parse_date(&date_text).is_none() || words_upto(&date_text, 4) > 4 {
        return false;
    }
    let last_word = before.rsplit(' ').next().unwrap_or("");
    before.contains(", ")
        && !matches!(
            last_word.to_lowercase().as_str(),
            "on" | "since" | "until" | "by" | "from" | "before" | "after"
        )
        && last_word.starts_with(char::is_uppercase)
}

/// "By Jane Doe", "Reporting by …; Editing by …".
fn is_byline(s: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "by ",
        "written by ",
        "words by ",
        "reporting by ",
        "reported by ",
        "additional reporting by ",
        "editing by ",
        "edited by ",
        "compiled by ",
        "story by ",
    ];
    let n = words_upto(s, 24);
    if n > 24 {
        return false;
    }
    // "Sophie Lindahl in Brussels": a name and where the reporter is.
    if let Some((name, place)) = s.split_once(" in ") {
        let names: Vec<&str> = name.split(' ').collect();
        let capital = |w: &str| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-' || c == '\'')
        };
        if (2..=3).contains(&names.len())
            && names.iter().all(|w| capital(w))
            && words_upto(place, 3) <= 3
            && place.split(' ').all(capital)
        {
            return true;
        }
    }
    let lower = s.to_lowercase();
    let Some(prefix) = PREFIXES.iter().find(|p| lower.starts_with(*p)) else { return false };
    let rest = &s[prefix.len()..];
    n <= 24
        && rest.starts_with(char::is_uppercase)
        && (!ends_like_sentence(s)
            || lower.starts_with("reporting by")
            || lower.contains("editing by"))
}

/// The name part of a byline: "By Jane Doe, Reuters" → "Jane Doe, Reuters",
/// "Sophie Lindahl in Brussels" → "Sophie Lindahl".
/// What separates a byline's name from the parts after it.
const BYLINE_SEPARATORS: &[&str] = &[" | ", " / ", " · ", " — ", " - "];

fn byline_name(s: &str) -> String {
    if !s.to_lowercase().starts_with("by ") {
        if let Some((name, _)) = s.split_once(" in ") {
            return name.trim().to_string();
        }
    }
    let lower = lower_head(s, 24);
    for prefix in ["by ", "written by ", "words by ", "story by "] {
        if lower.starts_with(prefix) {
            return s[prefix.len()..].trim().to_string();
        }
    }
    s.trim().to_string()
}

/// "Published 2 May 2017", "Updated 10:42 AM ET, Tue May 2, 2017", a date
/// alone on its line.
fn is_date_line(s: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "published",
        "updated",
        "last updated",
        "first published",
        "posted",
        "last modified",
        "modified",
        "date:",
        "dated",
    ];
    let n = words_upto(s, 16);
    if n > 16 || ends_like_sentence(s.trim_end_matches(['.']).trim_end()) && !s.ends_with('.') {
        return false;
    }
    let lower = s.to_lowercase();
    if PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    // "November 14, 2023 / 9:15 AM / Updated 2 hours ago": the date
    // leads a line of parts.
    let first = [" / ", " | ", " · "]
        .iter()
        .filter_map(|sep| s.split_once(sep).map(|(head, _)| head))
        .min_by_key(|head| head.len())
        .unwrap_or(s);
    words_upto(first, 8) <= 8 && date::parse_date(first).is_some() && !s.ends_with('.')
}

/// A time of day standing alone: "10:42", "10.42am", "4:15pm BST".
fn is_timestamp(s: &str) -> bool {
    leading_timestamp(s).is_some_and(|len| s[len..].trim().is_empty())
        || parse_clock(s).is_some_and(|len| s[len..].trim().is_empty())
}

/// The length of a live-blog timestamp opening `s` and followed by a dash
/// or the end: "18:05 BST - …".
fn leading_timestamp(s: &str) -> Option<usize> {
    let clock = parse_clock(s)?;
    let rest = &s[clock..];
    let trimmed = rest.trim_start();
    for dash in [" - ", " – ", " — ", " | "] {
        if rest.starts_with(dash) {
            return Some(clock + dash.len());
        }
    }
    // "12:31 —" alone on its line.
    if trimmed.trim_start_matches(['-', '–', '—']).trim().is_empty() {
        Some(s.len())
    } else {
        None
    }
}

/// Parses a clock time at the start of `s`, with an optional am/pm and time
/// zone, returning its length.
fn parse_clock(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    if !(1..=2).contains(&i) {
        return None;
    }
    let mut has_minutes = false;
    if i + 2 < b.len() + 1
        && matches!(b.get(i), Some(b':' | b'.'))
        && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        && b.get(i + 2).is_some_and(u8::is_ascii_digit)
    {
        i += 3;
        has_minutes = true;
    }
    let rest = &s[i..];
    let lower = lower_head(rest, 8);
    let mut len = i;
    let mut has_meridiem = false;
    for m in ["am", "pm", " am", " pm", "a.m.", "p.m.", " a.m.", " p.m."] {
        if lower.starts_with(m) && !lower[m.len()..].starts_with(char::is_alphanumeric) {
            len += m.len();
            has_meridiem = true;
            break;
        }
    }
    if !has_minutes && !has_meridiem {
        return None;
    }
    let rest = &s[len..];
    let zone_len = rest.len() - rest.trim_start().len();
    let zone: String = rest.trim_start().chars().take_while(char::is_ascii_uppercase).collect();
    if (2..=4).contains(&zone.len()) && segment::TIME_ZONES.contains(&zone.as_str()) {
        len += zone_len + zone.len();
    }
    Some(len)
}

/// The length of a wire dateline opening `s`: "MOSCOW (Reuters) - ",
/// "NAIROBI, Kenya (AP) _ ", "WASHINGTON — ".
fn leading_dateline(s: &str) -> Option<usize> {
    let window = &s[..floor_char_boundary(s, s.len().min(90))];
    // A dateline opens with a word in capitals or has an agency in brackets.
    let first = window.split([' ', ',']).next().unwrap_or("");
    let capitals =
        first.len() >= 2 && first.bytes().all(|b| b.is_ascii_uppercase() || !b.is_ascii());
    if !capitals && !window.contains('(') {
        return None;
    }
    for dash in [" - ", " — ", " – ", " -- ", " _ ", " —", " _\n", " -\n"] {
        let Some(at) = window.find(dash) else { continue };
        let head = &s[..at];
        if is_dateline_head(head) {
            return Some(at + dash.len());
        }
    }
    None
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A block that is only a dateline: "NAIROBI, Kenya (AP) _".
fn is_dateline_only(s: &str) -> bool {
    let head = s.trim_end_matches(['-', '—', '–', '_', ' ']);
    head.len() < s.len() && is_dateline_head(head)
}

/// "MOSCOW", "NAIROBI, Kenya (AP)", "SAN FRANCISCO, Calif. (Reuters)",
/// "Moscow (Reuters)": a place in capitals, or any place with an agency.
fn is_dateline_head(head: &str) -> bool {
    let head = head.trim();
    if head.is_empty() || head.len() > 70 {
        return false;
    }
    let (place, agency) = match head.find('(') {
        Some(open) if head.ends_with(')') => {
            (head[..open].trim(), Some(&head[open + 1..head.len() - 1]))
        }
        Some(_) => return false,
        None => (head, None),
    };
    if place.is_empty() || words_upto(place, 6) > 6 {
        return false;
    }
    let first_word = place.split([' ', ',']).next().unwrap_or("");
    let letters: Vec<char> = first_word.chars().filter(|c| c.is_alphabetic()).collect();
    let capitals = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    // After the first comma may come a region or a date: "NAIROBI,
    // Kenya", "JOHANNESBURG, August 7".
    let small = |w: &str| matches!(w, "de" | "el" | "al" | "la" | "of");
    let (city, rest) = place.split_once(',').unwrap_or((place, ""));
    let capitalized =
        city.split(' ')
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || small(w))
            && rest.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || small(w)
            });
    let agency_ok = agency.is_some_and(|a| {
        !a.is_empty()
            && a.len() <= 30
            && a.starts_with(|c: char| c.is_uppercase())
            && !a.contains(['(', ')'])
    });
    capitalized && (capitals || agency_ok)
}

/// Picks the headline: the title the markup gave, or else the first
/// title-shaped block before the story starts. Chrome before the headline
/// that the cues missed is marked as chrome.
fn pick_headline(text: &str, raw: &[RawBlock], blocks: &mut [Block], has_title: bool) {
    if blocks.iter().any(|b| b.kind == BlockKind::Headline) {
        return;
    }
    let markup_has_paragraphs = raw.iter().any(|r| r.hint != Hint::None);
    // The first title-shaped block taken for chrome: the headline after
    // all when nothing else is read ("Strike called for Monday", a
    // headline alone in a file).
    let mut first_demoted = None;
    for i in 0..blocks.len() {
        let block = blocks[i];
        match block.kind {
            BlockKind::Paragraph | BlockKind::Subheading => {}
            BlockKind::Boilerplate
            | BlockKind::Caption
            | BlockKind::Credit
            | BlockKind::Date
            | BlockKind::Byline => continue,
            _ => return,
        }
        let s = &text[block.span];
        if !is_title_like(s) || ends_like_sentence(s) && words_upto(s, 20) > 20 {
            return;
        }
        // A title from metadata is the headline already: a block that
        // repeats it is the headline; short lines before the story are
        // chrome.
        if has_title || markup_has_paragraphs {
            if i + 1 < blocks.len() {
                blocks[i].kind = BlockKind::Headline;
            }
            return;
        }
        let next_is_story =
            blocks[i + 1..].iter().find(|b| !is_furniture(b.kind)).is_some_and(|b| {
                matches!(
                    b.kind,
                    BlockKind::Paragraph
                        | BlockKind::Caption
                        | BlockKind::Dateline
                        | BlockKind::Timestamp
                )
            });
        if next_is_story && (words_upto(s, 4) >= 4 || is_short_headline(s)) {
            blocks[i].kind = BlockKind::Headline;
            for earlier in &mut blocks[..i] {
                if earlier.kind == BlockKind::Paragraph && words_upto(&text[earlier.span], 10) <= 10
                {
                    earlier.kind = BlockKind::Boilerplate;
                }
            }
            return;
        }
        if words_upto(s, 4) >= 4 {
            // A title-shaped block that is not followed by the story (a
            // section name, a menu) is chrome; keep looking.
            if words_upto(s, 6) <= 6 {
                blocks[i].kind = BlockKind::Boilerplate;
                first_demoted.get_or_insert(i);
                continue;
            }
            // "Union to strike on Tuesday over pay", alone in a file: a
            // headline with nothing after it, as a short one is.
            if blocks[i + 1..].iter().all(|b| is_furniture(b.kind)) {
                blocks[i].kind = BlockKind::Headline;
            }
            return;
        }
        blocks[i].kind = BlockKind::Boilerplate;
        if words_upto(s, 3) >= 3 {
            first_demoted.get_or_insert(i);
        }
    }
    let nothing_read = blocks.iter().all(|b| is_furniture(b.kind));
    if let (true, Some(i)) = (nothing_read, first_demoted) {
        blocks[i].kind = BlockKind::Headline;
    }
}

/// Blocks around a story that are not read as it: site chrome, credits,
/// date lines and bylines.
fn is_furniture(kind: BlockKind) -> bool {
    matches!(kind, BlockKind::Boilerplate | BlockKind::Credit | BlockKind::Date | BlockKind::Byline)
}

/// A headline of three words ("Airstrike kills 22", "Queen Elizabeth
/// dies"): written as a sentence, with a verb in the headline present or
/// a figure. Title-case labels of three words ("Top Stories Today", "Sign
/// In Now") are a site's.
fn is_short_headline(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let [_, rest @ ..] = words.as_slice() else { return false };
    if words.len() != 3 {
        return false;
    }
    let lowercase = |w: &&str| w.starts_with(|c: char| c.is_lowercase());
    let verb = |w: &&str| {
        lowercase(w) && w.len() > 3 && (w.ends_with('s') && !w.ends_with("ss") || w.ends_with("ed"))
    };
    let figure = |w: &&str| w.starts_with(|c: char| c.is_ascii_digit());
    rest.iter().any(verb) || (rest.iter().any(lowercase) && rest.iter().any(figure))
}

/// A short one-sentence paragraph beside a photo credit is that photo's
/// caption, whatever its wording, when it reads as one: wire captions
/// describe the picture in the present tense ("Police fire tear gas on
/// Sunday."), and a sentence that narrates in the past ("The call came a
/// week after they met.") is the story's. The one before the credit is the
/// caption unless a much shorter one comes right after, as where the credit
/// heads its caption ("Photo: Reuters" / "Police fire tear gas …") after
/// the lede.
fn mark_captions_before_credits(text: &str, blocks: &mut [Block]) {
    let caption_like = |b: &Block, most: usize| {
        let s = &text[b.span];
        b.kind == BlockKind::Paragraph
            && words_upto(s, most) <= most
            && segment::split_sentences(s).len() == 1
            && !narrates_in_the_past(s)
    };
    for i in 1..blocks.len() {
        if blocks[i].kind != BlockKind::Credit {
            continue;
        }
        let before = Some(blocks[i - 1]).filter(|b| caption_like(b, 40));
        let after = blocks.get(i + 1).copied().filter(|a| caption_like(a, 20));
        match (before, after) {
            (Some(b), Some(a))
                if 2 * words_upto(&text[b.span], 40) >= 3 * words_upto(&text[a.span], 20) =>
            {
                blocks[i + 1].kind = BlockKind::Caption;
            }
            (Some(_), _) => blocks[i - 1].kind = BlockKind::Caption,
            (None, Some(_)) => blocks[i + 1].kind = BlockKind::Caption,
            (None, None) => {}
        }
    }
}

/// "Image caption," standing alone, as pages scrape it, labels the block
/// after it: the label is chrome, the next block the caption.
fn mark_after_caption_labels(text: &str, blocks: &mut [Block]) {
    for i in 0..blocks.len().saturating_sub(1) {
        let label = text[blocks[i].span].trim_end_matches([',', ':', ' ']).to_ascii_lowercase();
        if matches!(label.as_str(), "image caption" | "photo caption" | "caption") {
            blocks[i].kind = BlockKind::Boilerplate;
            if matches!(blocks[i + 1].kind, BlockKind::Paragraph | BlockKind::Subheading) {
                blocks[i + 1].kind = BlockKind::Caption;
            }
        }
    }
}

fn has_social_word(s: &str) -> bool {
    let lower = s.to_lowercase();
    ["twitter", "facebook", "instagram", "linkedin", "tiktok", "youtube", "whatsapp"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Verbs of narration in the past that are not spelled with "-ed".
const IRREGULAR_PAST: &[&str] = &[
    "began", "came", "fell", "gave", "had", "held", "left", "made", "met", "rose", "said", "sent",
    "spoke", "struck", "took", "told", "was", "went", "were", "won", "wrote",
];

/// Whether a sentence's main clause tells of the past: an irregular past
/// verb, or a word in "-ed" after the first that no article or preposition
/// makes an adjective ("a damaged building" describes; "they agreed"
/// narrates). What follows a conjunction is left out: "Smoke rises after a
/// car bomb exploded" is a caption.
fn narrates_in_the_past(s: &str) -> bool {
    let mut previous = "";
    for (n, w) in words(s).enumerate() {
        let lower = w.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "after" | "as" | "when" | "while" | "before" | "since" | "because" | "who" | "which"
        ) {
            return false;
        }
        if IRREGULAR_PAST.contains(&lower.as_str()) {
            return true;
        }
        if n > 0
            && lower.len() > 4
            && lower.ends_with("ed")
            && !matches!(
                previous.to_ascii_lowercase().as_str(),
                "a" | "an" | "the" | "of" | "in" | "with" | "and" | "by" | "at" | "near" | "from"
            )
        {
            return true;
        }
        previous = w;
    }
    false
}

/// A line of a schedule, which a list of links never is: it opens with a
/// day or a date ("Tuesday: Linton v Hollins (7.45pm)", "26 November:
/// Carver v Hollins", "Sat 3 May – final").
fn is_schedule_line(s: &str) -> bool {
    let mut words = s.split_whitespace().map(|w| w.trim_end_matches([':', ',', '.']));
    let (Some(first), second) = (words.next(), words.next()) else { return false };
    segment::is_weekday(first)
        || segment::is_month(first)
            && second.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        || first.chars().all(|c| c.is_ascii_digit()) && second.is_some_and(segment::is_month)
}

/// Short title-shaped lines in the body are subheadings when they stand
/// alone, and lists of links to other stories ("Most read") when three or
/// more come in a row.
fn mark_link_lists(text: &str, blocks: &mut [Block]) {
    let headline = blocks.iter().position(|b| b.kind == BlockKind::Headline);
    let start = headline.map_or(0, |h| h + 1);
    let is_short_title = |b: &Block| {
        b.kind == BlockKind::Paragraph && {
            // A list's bullet is not part of the title: "- Valtek names
            // new CEO".
            let s = text[b.span].trim_start_matches(['-', '•', '*', '–', '·', ' ']);
            is_title_like(s)
                && words_upto(s, 14) <= 14
                && !ends_like_sentence(s)
                && !is_schedule_line(s)
        }
    };
    let last_story =
        blocks.iter().rposition(|b| b.kind == BlockKind::Paragraph && !is_short_title(b));
    let mut i = start;
    while i < blocks.len() {
        if !is_short_title(&blocks[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < blocks.len()
            && (is_short_title(&blocks[j]) || blocks[j].kind == BlockKind::Boilerplate)
        {
            j += 1;
        }
        let run = blocks[i..j].iter().filter(|b| is_short_title(b)).count();
        let after_story = last_story.is_none_or(|last| i > last);
        let before_story = headline.is_none() && last_story.is_some_and(|last| j <= last) && i == 0;
        for block in &mut blocks[i..j] {
            if block.kind == BlockKind::Paragraph {
                block.kind = if run >= 3 || after_story || before_story {
                    BlockKind::Boilerplate
                } else {
                    BlockKind::Subheading
                };
            }
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_upto_counts_as_a_byte_loop_does() {
        let naive = |s: &str, limit: usize| {
            let n = s.split([' ', '\n', '\t', '\r']).filter(|w| !w.is_empty()).count();
            n.min(limit + 1)
        };
        let mut text = String::new();
        for k in 0..300 {
            let sample = &text[..];
            for limit in [0, 1, 3, 14, 63, 64, 65, 90, 1000] {
                assert_eq!(words_upto(sample, limit), naive(sample, limit), "{sample:?} {limit}");
            }
            text.push_str(["a", " ", "bc", "\n\n", "  d", "\t", "é", "ef "][k % 8]);
            if k % 7 == 0 {
                text.push(' ');
            }
        }
    }

    #[track_caller]
    fn check(text: &str, expected: &[(&str, BlockKind)]) {
        let article = Article::from_text(text, Meta::default());
        let got: Vec<(&str, BlockKind)> =
            article.blocks().iter().map(|b| (article.slice(b.span), b.kind)).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn nav_words_are_sorted_for_search() {
        assert!(NAV_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn chrome_headline_caption_credit() {
        check(
            "Sign in / Join\n\nLeaders agree to meet face to face in July\n\n\
             A combination of file photos showing two presidents, Paris, France, May 1, 2016.\n\n\
             The leaders spoke by phone on Tuesday.\n\n\
             Handout photo issued by the navy of a ship firing a missile. Credit: Jane Doe/US Navy/PA\n\n\
             Share this article",
            &[
                ("Sign in / Join", BlockKind::Boilerplate),
                ("Leaders agree to meet face to face in July", BlockKind::Headline),
                (
                    "A combination of file photos showing two presidents, Paris, France, May 1, 2016.",
                    BlockKind::Caption,
                ),
                ("The leaders spoke by phone on Tuesday.", BlockKind::Paragraph),
                (
                    "Handout photo issued by the navy of a ship firing a missile.",
                    BlockKind::Caption,
                ),
                ("Credit: Jane Doe/US Navy/PA", BlockKind::Credit),
                ("Share this article", BlockKind::Boilerplate),
            ],
        );
    }

    #[test]
    fn a_byline_that_dates_the_article() {
        let article = Article::from_text(
            "Talks collapse in Cairo\n\nBy Karim Haddad | Published 15 January 2026, 08:12 GMT\n\nNegotiators left Cairo on Wednesday.",
            Meta::default(),
        );
        assert_eq!(article.meta().byline.as_deref(), Some("Karim Haddad"));
        assert_eq!(article.meta().published.map(|d| d.to_string()).as_deref(), Some("2026-01-15"));
    }

    #[test]
    fn a_headline_of_three_words() {
        check(
            "World Business Sport\n\nAirstrike kills 22\n\nAn airstrike on a market killed 22 people on Monday.",
            &[
                ("World Business Sport", BlockKind::Boilerplate),
                ("Airstrike kills 22", BlockKind::Headline),
                ("An airstrike on a market killed 22 people on Monday.", BlockKind::Paragraph),
            ],
        );
        assert!(is_short_headline("Queen Elizabeth dies"));
        assert!(is_short_headline("Turnout reached 64%"));
        assert!(!is_short_headline("Top Stories Today"));
        assert!(!is_short_headline("More from Europe"));
        assert!(!is_short_headline("Airstrike kills civilians again"));
    }

    #[test]
    fn breadcrumbs_are_chrome() {
        assert!(is_breadcrumb("Home > World > Europe"));
        assert!(is_breadcrumb("News » Politics"));
        assert!(is_breadcrumb("Home | News | World"));
        assert!(!is_breadcrumb("Brexit | The Guardian"));
        assert!(!is_breadcrumb("Israel / Gaza: ceasefire talks resume on Monday"));
        assert!(!is_breadcrumb("AC/DC announce tour"));
    }

    #[test]
    fn a_credit_that_heads_its_caption() {
        // The lede before the credit stays the story; the short line after
        // it is the photo's caption.
        check(
            "Protesters clash with police in capital\n\n\
             Thousands of protesters clashed with police in the capital on Sunday, the third weekend of demonstrations against a proposed pension reform.\n\n\
             Photo: Marek Nowak/Reuters\n\n\
             Police fire tear gas at protesters on Sunday.\n\n\
             The government wants to raise the retirement age. A vote is due in March.",
            &[
                ("Protesters clash with police in capital", BlockKind::Headline),
                (
                    "Thousands of protesters clashed with police in the capital on Sunday, the third weekend of demonstrations against a proposed pension reform.",
                    BlockKind::Paragraph,
                ),
                ("Photo: Marek Nowak/Reuters", BlockKind::Credit),
                ("Police fire tear gas at protesters on Sunday.", BlockKind::Caption),
                (
                    "The government wants to raise the retirement age. A vote is due in March.",
                    BlockKind::Paragraph,
                ),
            ],
        );
    }

    #[test]
    fn bulleted_links_and_social_prompts_are_chrome() {
        check(
            "Police raid bank offices\n\nPolice searched the offices on Tuesday.\n\nRead more:\n\n- Bank names new chief after profit warning\n\n- Regulator starts work\n\nFollow Daily News:",
            &[
                ("Police raid bank offices", BlockKind::Headline),
                ("Police searched the offices on Tuesday.", BlockKind::Paragraph),
                ("Read more:", BlockKind::Boilerplate),
                ("- Bank names new chief after profit warning", BlockKind::Boilerplate),
                ("- Regulator starts work", BlockKind::Boilerplate),
                ("Follow Daily News:", BlockKind::Boilerplate),
            ],
        );
    }

    #[test]
    fn a_caption_label_and_its_caption() {
        check(
            "Arctic leaders sign shipping pact\n\nThe leaders signed a pact on Monday.\n\nImage caption,\n\nArctic leaders pose for a family photo in Tromso on Monday\n\nThe pact takes effect in 2026.",
            &[
                ("Arctic leaders sign shipping pact", BlockKind::Headline),
                ("The leaders signed a pact on Monday.", BlockKind::Paragraph),
                ("Image caption,", BlockKind::Boilerplate),
                ("Arctic leaders pose for a family photo in Tromso on Monday", BlockKind::Caption),
                ("The pact takes effect in 2026.", BlockKind::Paragraph),
            ],
        );
    }

    #[test]
    fn a_date_line_of_parts() {
        assert!(is_date_line("November 14, 2023 / 9:15 AM / Updated 2 hours ago"));
        assert!(is_date_line("Tue 5 March 2024 | 10.42 GMT"));
        assert!(!is_date_line("Markets / Stocks fall on March 5, 2024 as traders sell banks"));
    }

    #[test]
    fn a_credit_alone_leaves_the_story_alone() {
        // Neither neighbour reads as a caption: the lede narrates, and so
        // does the paragraph after the credit.
        check(
            "Leaders agree to meet in Geneva\n\n\
             The two presidents agreed on Tuesday to hold a summit in Geneva later this month, in their first call since a border clash.\n\n\
             Photo: Anna Berg/AFP\n\n\
             The call came a week after foreign ministers met in Oslo.",
            &[
                ("Leaders agree to meet in Geneva", BlockKind::Headline),
                (
                    "The two presidents agreed on Tuesday to hold a summit in Geneva later this month, in their first call since a border clash.",
                    BlockKind::Paragraph,
                ),
                ("Photo: Anna Berg/AFP", BlockKind::Credit),
                ("The call came a week after foreign ministers met in Oslo.", BlockKind::Paragraph),
            ],
        );
    }

    #[test]
    fn wire_dateline_and_byline() {
        check(
            "Ceasefire holds in the north\n\nBy Jane Doe, Reuters\n\nGENEVA (Reuters) - The ceasefire held on Monday.\n\nReporting by Jane Doe; Editing by John Roe",
            &[
                ("Ceasefire holds in the north", BlockKind::Headline),
                ("By Jane Doe, Reuters", BlockKind::Byline),
                ("GENEVA (Reuters) -", BlockKind::Dateline),
                ("The ceasefire held on Monday.", BlockKind::Paragraph),
                ("Reporting by Jane Doe; Editing by John Roe", BlockKind::Byline),
            ],
        );
        check(
            "JOHANNESBURG, August 7 (Xinhua) --\n\nThe government deplored the blasts.",
            &[
                ("JOHANNESBURG, August 7 (Xinhua) --", BlockKind::Dateline),
                ("The government deplored the blasts.", BlockKind::Paragraph),
            ],
        );
        check(
            "NAIROBI, Kenya (AP) _\n\nSuspected bombs exploded outside the embassy Friday.",
            &[
                ("NAIROBI, Kenya (AP) _", BlockKind::Dateline),
                ("Suspected bombs exploded outside the embassy Friday.", BlockKind::Paragraph),
            ],
        );
    }

    #[test]
    fn hard_wrapped_and_one_line_paragraphs() {
        let wrapped = "The talks began on Tuesday in the capital, where delegates from both\n\
                       sides met for the first time since the ceasefire collapsed in the\n\
                       spring. Officials said they hoped for progress.";
        check(wrapped, &[(wrapped, BlockKind::Paragraph)]);
        check(
            "Storm hits the coast overnight\nThe storm made landfall on Monday night.\nThousands lost power.",
            &[
                ("Storm hits the coast overnight", BlockKind::Headline),
                ("The storm made landfall on Monday night.", BlockKind::Paragraph),
                ("Thousands lost power.", BlockKind::Paragraph),
            ],
        );
    }

    #[test]
    fn live_blog_timestamps_and_dates() {
        check(
            "Flood latest: river peaks overnight\n\nLast updated: 14 June 2022 18:05 BST\n\n18:05 BST\n\nThe river peaked at 6.2 metres.\n\n17:42 - Schools will stay closed on Wednesday.",
            &[
                ("Flood latest: river peaks overnight", BlockKind::Headline),
                ("Last updated: 14 June 2022 18:05 BST", BlockKind::Date),
                ("18:05 BST", BlockKind::Timestamp),
                ("The river peaked at 6.2 metres.", BlockKind::Paragraph),
                ("17:42 -", BlockKind::Timestamp),
                ("Schools will stay closed on Wednesday.", BlockKind::Paragraph),
            ],
        );
    }

    #[test]
    fn subheadings_and_link_lists() {
        check(
            "Budget passes after long night\n\nThe budget passed at dawn.\n\nWhat happens next\n\nThe bill goes to the senate.\n\nMost read\n\nStorm closes schools\n\nMayor resigns\n\nTeam wins cup",
            &[
                ("Budget passes after long night", BlockKind::Headline),
                ("The budget passed at dawn.", BlockKind::Paragraph),
                ("What happens next", BlockKind::Subheading),
                ("The bill goes to the senate.", BlockKind::Paragraph),
                ("Most read", BlockKind::Boilerplate),
                ("Storm closes schools", BlockKind::Boilerplate),
                ("Mayor resigns", BlockKind::Boilerplate),
                ("Team wins cup", BlockKind::Boilerplate),
            ],
        );
        // A numbered list, one item a line, is items, not a paragraph.
        check(
            "Budget passes after long night\n\nThe budget passed at dawn.\n\nMost read\n1. Central bank holds rates as inflation slows\n2. Storm warning issued for northern coast\n3. Train drivers announce weekend strike",
            &[
                ("Budget passes after long night", BlockKind::Headline),
                ("The budget passed at dawn.", BlockKind::Paragraph),
                ("Most read", BlockKind::Boilerplate),
                ("1. Central bank holds rates as inflation slows", BlockKind::Boilerplate),
                ("2. Storm warning issued for northern coast", BlockKind::Boilerplate),
                ("3. Train drivers announce weekend strike", BlockKind::Boilerplate),
            ],
        );
        // A schedule is no list of links.
        check(
            "Hollins reach the semi-finals\n\nHollins won on Sunday.\n\nTuesday: Linton v Hollins (7.45pm)\n\nWednesday: Westbury v Carver (8pm)\n\n26 November: Carver v Hollins (3pm)\n\nThe draw is on Monday.",
            &[
                ("Hollins reach the semi-finals", BlockKind::Headline),
                ("Hollins won on Sunday.", BlockKind::Paragraph),
                ("Tuesday: Linton v Hollins (7.45pm)", BlockKind::Paragraph),
                ("Wednesday: Westbury v Carver (8pm)", BlockKind::Paragraph),
                ("26 November: Carver v Hollins (3pm)", BlockKind::Paragraph),
                ("The draw is on Monday.", BlockKind::Paragraph),
            ],
        );
    }

    #[test]
    fn a_headline_alone_is_read() {
        check("Strike called for Monday", &[("Strike called for Monday", BlockKind::Headline)]);
        check(
            "Union to strike on Tuesday over pay, says leader",
            &[("Union to strike on Tuesday over pay, says leader", BlockKind::Headline)],
        );
        check(
            "Home\nNews\nSport",
            &[
                ("Home", BlockKind::Boilerplate),
                ("News", BlockKind::Boilerplate),
                ("Sport", BlockKind::Boilerplate),
            ],
        );
    }

    #[test]
    fn body_text_stays_body_text() {
        check(
            "He took to Twitter days after the strikes.\n\n\"The conversation was a very good one.\"",
            &[
                ("He took to Twitter days after the strikes.", BlockKind::Paragraph),
                ("\"The conversation was a very good one.\"", BlockKind::Paragraph),
            ],
        );
    }
}
