//! Writing JSON documents: one, an array of several, or JSON Lines.

use std::io::{self, Write};

use serde::Serialize;

/// Writes documents as they come: a single document pretty-printed, several
/// as a pretty-printed array, or one compact document a line.
pub struct JsonSequence {
    lines: bool,
    single: bool,
    written: usize,
}

impl JsonSequence {
    /// `lines` asks for JSON Lines; `single` says at most one document is
    /// expected, to be written bare rather than in an array.
    pub fn new(lines: bool, single: bool) -> JsonSequence {
        JsonSequence { lines, single, written: 0 }
    }

    /// Writes a document from [`render`].
    pub fn write_rendered(&mut self, out: &mut dyn Write, body: &[u8]) -> io::Result<()> {
        if self.lines || self.single {
            out.write_all(body)?;
            writeln!(out)?;
        } else {
            out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
            out.write_all(body)?;
        }
        self.written += 1;
        Ok(())
    }

    /// Closes the array, if one was opened.
    pub fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if !self.lines && !self.single {
            if self.written == 0 {
                out.write_all(b"[]\n")?;
            } else {
                out.write_all(b"\n]\n")?;
            }
        }
        Ok(())
    }
}

/// A document as a sequence writes it (compact for JSON Lines, pretty
/// otherwise), without what goes between documents: rendering can then
/// happen on worker threads.
pub fn render<T: Serialize>(lines: bool, doc: &T) -> io::Result<Vec<u8>> {
    Ok(if lines { serde_json::to_vec(doc)? } else { serde_json::to_vec_pretty(doc)? })
}
