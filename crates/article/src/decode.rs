//! Bytes to text: UTF-8 first, legacy encodings with a warning, binary
//! files refused.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::{ReadError, Warning};

/// How far into a file the binary sniffing looks.
const SNIFF_LEN: usize = 64 * 1024;

/// Text decoded from bytes, with a warning when it was not plain UTF-8.
#[derive(Debug)]
pub(crate) struct Decoded<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) warning: Option<Warning>,
}

/// Decodes `bytes`, the whole of one input.
///
/// `declared` is an encoding the input names for itself (an HTML `<meta
/// charset>`); it is trusted only when the bytes are not valid UTF-8.
pub(crate) fn decode<'a>(
    bytes: &'a [u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded<'a>, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_8 {
            return decode(body, None).map_err(|err| match err {
                ReadError::InvalidUtf8 { offset } => {
                    ReadError::InvalidUtf8 { offset: offset + bom_len }
                }
                other => other,
            });
        }
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        let message = if had_errors {
            format!(
                "decoded as {} (from its byte-order mark), with invalid sequences replaced",
                encoding.name()
            )
        } else {
            format!("decoded as {} (from its byte-order mark)", encoding.name())
        };
        debug_assert!(encoding == UTF_16LE || encoding == UTF_16BE);
        return Ok(Decoded { text, warning: Some(Warning::new(message)) });
    }
    if let Some(kind) = sniff_binary(bytes) {
        return Err(ReadError::Binary { kind });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded { text: Cow::Borrowed(text), warning: None }),
        Err(err) => decode_legacy(bytes, err.valid_up_to(), declared),
    }
}

/// Decodes bytes that are not valid UTF-8: a legacy single-byte encoding,
/// or UTF-8 with damage in it, which is refused rather than guessed at.
fn decode_legacy<'a>(
    bytes: &'a [u8],
    first_bad: usize,
    declared: Option<&'static Encoding>,
) -> Result<Decoded<'a>, ReadError> {
    // A file that is mostly well-formed UTF-8 with a few bad bytes is damaged
    // UTF-8; reading it as Windows-1252 would turn every accent in it into
    // mojibake. A legacy file has (almost) no valid multi-byte sequences.
    let mut valid_non_ascii = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid_non_ascii += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    if declared.is_none() && valid_non_ascii > 0 && valid_non_ascii >= invalid {
        return Err(ReadError::InvalidUtf8 { offset: first_bad });
    }
    let encoding = declared.filter(|e| *e != UTF_8).unwrap_or_else(|| {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, chardetng::Utf8Detection::Deny)
    });
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if control_share(&text) > 0.05 {
        return Err(ReadError::Binary { kind: "control characters" });
    }
    let how = if declared.is_some() { "as the page declares" } else { "detected" };
    let mut message = format!("not UTF-8: decoded as {} ({how})", encoding.name());
    if had_errors {
        message.push_str(", with undecodable bytes replaced");
    }
    Ok(Decoded { text, warning: Some(Warning::new(message)) })
}

/// Names what a binary file looks like, or `None` for text.
fn sniff_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1f\x8b", "gzip-compressed data"),
        (b"\x7fELF", "an executable"),
        (b"\xfd7zXZ", "xz-compressed data"),
        (b"BZh", "bzip2-compressed data"),
    ];
    for (magic, kind) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(kind);
        }
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if memchr::memchr(0, head).is_some() {
        return Some("NUL bytes");
    }
    // Counted in byte lanes, 255 bytes at a time, so that it vectorizes.
    let control = |b: u8| (b < 0x20) & (b != b'\n') & (b != b'\r') & (b != b'\t') & (b != 0x0c);
    let controls: usize = head
        .chunks(255)
        .map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(control(b)))))
        .sum();
    (controls * 20 > head.len()).then_some("control characters")
}

/// The share of characters in `text` that are control characters other
/// than line breaks and tabs.
fn control_share(text: &str) -> f64 {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(SNIFF_LEN) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    if total == 0 { 0.0 } else { control as f64 / total as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_ok(bytes: &[u8], text: &str, warning: Option<&str>) {
        let decoded = decode(bytes, None).unwrap();
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.warning.as_ref().map(|w| w.message()), warning);
    }

    #[track_caller]
    fn check_err(bytes: &[u8], message: &str) {
        assert_eq!(decode(bytes, None).unwrap_err().to_string(), message);
    }

    #[test]
    fn utf8_passes_through() {
        check_ok("Tuesday’s call".as_bytes(), "Tuesday’s call", None);
        check_ok(b"\xef\xbb\xbfwith BOM", "with BOM", None);
    }

    #[test]
    fn windows_1252_is_decoded_with_a_warning() {
        check_ok(
            b"\x93Caf\xe9\x94 \x96 \x80100 for Jos\xe9 M\xfcller in Z\xfcrich",
            "“Café” – €100 for José Müller in Zürich",
            Some("not UTF-8: decoded as windows-1252 (detected)"),
        );
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Talks begin Wednesday".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        check_ok(
            &bytes,
            "Talks begin Wednesday",
            Some("decoded as UTF-16LE (from its byte-order mark)"),
        );
    }

    #[test]
    fn refusals() {
        check_err(b"", "the file is empty");
        check_err(b"%PDF-1.7 ...", "binary file (a PDF document), not text");
        check_err(b"abc\0def", "binary file (NUL bytes), not text");
        check_err(
            b"na\xc3\xafve caf\xc3\xa9 \xff r\xc3\xa9sum\xc3\xa9",
            "invalid UTF-8 at byte 13",
        );
    }
}
