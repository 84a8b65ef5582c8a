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

    pub fn write<T: Serialize>(&mut self, out: &mut dyn Write, doc: &T) -> io::Result<()> {
        if self.lines {
            serde_json::to_writer(&mut *out, doc)?;
            writeln!(out)?;
        } else if self.single {
            serde_json::to_writer_pretty(&mut *out, doc)?;
            writeln!(out)?;
        } else {
            out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
            serde_json::to_writer_pretty(&mut *out, doc)?;
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
