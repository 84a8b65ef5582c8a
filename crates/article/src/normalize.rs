//! Text normalization: the one place where an article's text is changed.
//!
//! Every span in dateline indexes the *normalized* text, so normalization
//! happens once, while the text is built, and never afterwards. It folds
//! the differences that only typography or the platform made: line endings,
//! non-breaking and other fixed-width spaces, soft hyphens, zero-width
//! characters and stray control characters. Quotes, apostrophes and dashes
//! are kept as they are: they carry meaning a later stage may want.

/// Appends text to a `String`, normalizing it on the way.
///
/// Text can arrive in pieces (the text nodes of an HTML page, the character
/// data of a TimeML file); the normalizer keeps enough state that a `\r\n`
/// split across two pieces still becomes a single `\n`.
#[derive(Debug, Default)]
pub(crate) struct Normalizer {
    out: String,
    after_cr: bool,
}

impl Normalizer {
    /// A normalizer with room for `capacity` bytes of text.
    pub(crate) fn with_capacity(capacity: usize) -> Normalizer {
        Normalizer { out: String::with_capacity(capacity), after_cr: false }
    }

    /// The length in bytes of the normalized text so far.
    pub(crate) fn len(&self) -> usize {
        self.out.len()
    }

    /// Appends `piece`, normalized.
    pub(crate) fn push(&mut self, piece: &str) {
        let bytes = piece.as_bytes();
        let Some(&last) = bytes.last() else { return };
        let mut copied = 0;
        let mut i = 0;
        // The `\n` of a `\r\n` whose `\r` ended the last piece.
        if self.after_cr && bytes[0] == b'\n' {
            copied = 1;
            i = 1;
        }
        // Only these lead bytes can start something to change (a line feed
        // or a tab never does); all other bytes are copied in runs.
        let special = |b: u8| {
            (b < 0x20 && b != b'\n' && b != b'\t')
                || b == 0x7f
                || b == 0xc2
                || b == 0xe2
                || b == 0xef
        };
        while let Some(skip) = bytes[i..].iter().position(|&b| special(b)) {
            i += skip;
            let ch = piece[i..].chars().next().expect("i is on a char boundary");
            let mut width = ch.len_utf8();
            let replacement = match ch {
                '\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        width = 2;
                    }
                    Some("\n")
                }
                '\u{a0}' | '\u{2007}' | '\u{202f}' => Some(" "),
                '\u{85}' | '\u{2028}' => Some("\n"),
                '\u{2029}' => Some("\n\n"),
                '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => {
                    Some("")
                }
                c if c.is_control() => Some(""),
                _ => None,
            };
            if let Some(replacement) = replacement {
                self.out.push_str(&piece[copied..i]);
                self.out.push_str(replacement);
                copied = i + width;
            }
            i += width;
        }
        self.out.push_str(&piece[copied..]);
        self.after_cr = last == b'\r';
    }

    /// The finished text.
    pub(crate) fn finish(self) -> String {
        self.out
    }
}

/// Returns `text` normalized.
pub fn normalize(text: &str) -> String {
    let mut normalizer = Normalizer::with_capacity(text.len());
    normalizer.push(text);
    normalizer.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expected: &str) {
        assert_eq!(normalize(input), expected);
    }

    #[test]
    fn line_endings() {
        check("a\r\nb\rc\n", "a\nb\nc\n");
        check("a\r\n\r\nb", "a\n\nb");
        check("a\u{2028}b\u{2029}c", "a\nb\n\nc");
    }

    #[test]
    fn spaces_and_invisibles() {
        check("12\u{a0}000\u{202f}km", "12 000 km");
        check("co\u{ad}operation", "cooperation");
        check("zero\u{200b}width\u{feff}", "zerowidth");
        check("bell\u{7}tab\tkept", "belltab\tkept");
    }

    #[test]
    fn quotes_kept() {
        check("“Tuesday’s call” — “fine”", "“Tuesday’s call” — “fine”");
        check("café déjà vu €5", "café déjà vu €5");
    }

    #[test]
    fn crlf_split_across_pieces() {
        let mut n = Normalizer::default();
        n.push("one\r");
        n.push("\ntwo");
        assert_eq!(n.finish(), "one\ntwo");
        let mut n = Normalizer::default();
        for piece in ["a\r", "", "\n", "\n", "b\r", "c\r\n", "\r", "\r\n", "d"] {
            n.push(piece);
        }
        assert_eq!(n.finish(), "a\n\nb\nc\n\n\nd");
    }
}
