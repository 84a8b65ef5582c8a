//! Input formats and their detection.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The formats an article can be read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// Plain text, as scraped from a web page.
    Text,
    /// An HTML page.
    Html,
    /// Markdown, optionally with YAML or TOML front matter.
    Markdown,
    /// A TimeML annotated document.
    Timeml,
    /// A JSON Lines corpus, one article a line.
    JsonLines,
}

impl InputFormat {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [InputFormat; 5] = [
        InputFormat::Text,
        InputFormat::Html,
        InputFormat::Markdown,
        InputFormat::Timeml,
        InputFormat::JsonLines,
    ];

    /// The format's name on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Html => "html",
            InputFormat::Markdown => "markdown",
            InputFormat::Timeml => "timeml",
            InputFormat::JsonLines => "jsonl",
        }
    }

    /// The format a file extension names, if any.
    pub fn from_extension(ext: &str) -> Option<InputFormat> {
        Some(match ext.to_ascii_lowercase().as_str() {
            "txt" | "text" => InputFormat::Text,
            "html" | "htm" | "xhtml" | "shtml" => InputFormat::Html,
            "md" | "markdown" | "mdown" | "mkd" => InputFormat::Markdown,
            "tml" | "timeml" => InputFormat::Timeml,
            "jsonl" | "ndjson" | "jsonlines" => InputFormat::JsonLines,
            _ => return None,
        })
    }

    /// Guesses the format of `bytes`, read from a file called `name`.
    ///
    /// The extension decides when it is a known one; otherwise the first
    /// non-blank bytes do: `<` starts markup, `{` a JSON record, `---` or
    /// `+++` front matter, `#` a Markdown heading. Anything else is text.
    pub fn detect(bytes: &[u8], name: Option<&str>) -> InputFormat {
        let ext = name.and_then(|n| {
            let file = n.rsplit(['/', '\\']).next().unwrap_or(n);
            file.rsplit_once('.').map(|(_, ext)| ext)
        });
        if let Some(format) = ext.and_then(InputFormat::from_extension) {
            return format;
        }
        InputFormat::sniff(bytes)
    }

    /// Guesses the format from the content alone.
    pub fn sniff(bytes: &[u8]) -> InputFormat {
        let head = &bytes[..bytes.len().min(4096)];
        let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
        let start = head.trim_ascii_start();
        let lower: Vec<u8> = start.iter().take(512).map(u8::to_ascii_lowercase).collect();
        if lower.starts_with(b"<") {
            let is_timeml = find(&lower, b"<timeml").is_some()
                || (lower.starts_with(b"<?xml") && find(&lower, b"<html").is_none());
            return if is_timeml { InputFormat::Timeml } else { InputFormat::Html };
        }
        if start.starts_with(b"{") {
            return InputFormat::JsonLines;
        }
        if start.starts_with(b"---\n")
            || start.starts_with(b"---\r\n")
            || start.starts_with(b"+++\n")
            || start.starts_with(b"# ")
        {
            return InputFormat::Markdown;
        }
        InputFormat::Text
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for InputFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<InputFormat, String> {
        InputFormat::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .or_else(|| InputFormat::from_extension(s))
            .ok_or_else(|| format!("unknown input format {s:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(bytes: &str, name: Option<&str>, expected: InputFormat) {
        assert_eq!(InputFormat::detect(bytes.as_bytes(), name), expected);
    }

    #[test]
    fn by_extension() {
        check("anything", Some("a/b/story.HTML"), InputFormat::Html);
        check("anything", Some("story.md"), InputFormat::Markdown);
        check("anything", Some("wsj_0001.tml"), InputFormat::Timeml);
        check("anything", Some("corpus.jsonl"), InputFormat::JsonLines);
        check("<html>", Some("notes.txt"), InputFormat::Text);
    }

    #[test]
    fn by_content() {
        check("  <!DOCTYPE html><html>", None, InputFormat::Html);
        check("<?xml version=\"1.0\" ?>\n<TimeML>", Some("doc"), InputFormat::Timeml);
        check("{\"text\": \"…\"}\n", None, InputFormat::JsonLines);
        check("---\ntitle: x\n---\n", None, InputFormat::Markdown);
        check("Sign in / Join\n\nHeadline", Some("page"), InputFormat::Text);
    }
}
