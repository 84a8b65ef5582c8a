//! Errors and warnings on standard error, one line each, and the exit code
//! they add up to.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

/// Collects problems as a run goes, printing each at once.
pub struct Reporter {
    errors: usize,
    color: bool,
}

impl Reporter {
    pub fn new(color: bool) -> Reporter {
        Reporter { errors: 0, color }
    }

    /// An input that could not be processed: `dateline: PATH: MESSAGE`.
    pub fn error(&mut self, path: &str, message: &str) {
        self.errors += 1;
        let style = if self.color { AnsiColor::Red.on_default().bold() } else { Style::new() };
        let _ = writeln!(io::stderr().lock(), "dateline: {style}error{style:#}: {path}: {message}");
    }

    /// Something worth knowing that did not stop an input.
    pub fn warning(&mut self, path: &str, message: &str) {
        let style = if self.color { AnsiColor::Yellow.on_default().bold() } else { Style::new() };
        let _ =
            writeln!(io::stderr().lock(), "dateline: {style}warning{style:#}: {path}: {message}");
    }

    /// How many errors were reported.
    pub fn errors(&self) -> usize {
        self.errors
    }
}
