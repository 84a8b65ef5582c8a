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
        while let Some(skip) = next_special(&bytes[i..]) {
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

/// Whether `b` can start something to change: a control character other
/// than a line feed or a tab, DEL, or the lead byte of a non-breaking space,
/// NEL, a zero-width character, a fixed-width space or a byte-order mark.
const fn special(b: u8) -> bool {
    (b < 0x20 && b != b'\n' && b != b'\t') || b == 0x7f || b == 0xc2 || b == 0xe2 || b == 0xef
}

/// The offset of the first [`special`] byte of `bytes`. Eight bytes at a
/// time: a word of printable ASCII (most of any text) is skipped whole, and
/// only a word with a control or non-ASCII byte is looked at byte by byte.
fn next_special(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let mut words = bytes.chunks_exact(8);
    let mut start = 0;
    for chunk in &mut words {
        let word = u64::from_ne_bytes(chunk.try_into().expect("chunks of eight"));
        // A byte below 0x20 or from 0x7f up: below 0x20 when subtracting
        // 0x20 borrows into its high bit; 0x7f when adding one sets it.
        let below_space = word.wrapping_sub(ONES * 0x20) & !word;
        let del_or_high = word.wrapping_add(ONES) | word;
        if (below_space | del_or_high) & HIGH != 0 {
            if let Some(at) = chunk.iter().position(|&b| special(b)) {
                return Some(start + at);
            }
        }
        start += 8;
    }
    words.remainder().iter().position(|&b| special(b)).map(|at| start + at)
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

    #[test]
    fn word_scan_finds_every_special_byte() {
        // Each byte value at each offset of a printable line, against a
        // byte-by-byte scan.
        let line = b"The talks begin on Wednesday in Astana~".to_vec();
        for value in 0..=255u8 {
            for at in 0..line.len() {
                let mut bytes = line.clone();
                bytes[at] = value;
                let naive = bytes.iter().position(|&b| special(b));
                assert_eq!(next_special(&bytes), naive, "byte {value:#x} at {at}");
            }
        }
        assert_eq!(next_special(b""), None);
    }
}
