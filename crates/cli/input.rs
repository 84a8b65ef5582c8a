//! Finding and reading inputs: files, directories walked recursively,
//! standard input, and JSON Lines corpora streamed a line at a time.
//!
//! Every problem with one input is reported and the rest go on; nothing
//! here stops a batch. Sizes are checked before bytes are read, so a huge
//! file costs nothing but its error line.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dateline_article::{Article, InputFormat, ReadError, Reader, Source};

use crate::report::Reporter;

/// One input path as given or found in a directory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputPath {
    /// `-`: standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl InputPath {
    /// The name errors and outputs use.
    pub fn display(&self) -> String {
        match self {
            InputPath::Stdin => "-".to_string(),
            InputPath::File(p) => p.display().to_string(),
        }
    }
}

/// Expands the paths given on the command line: directories become the
/// article files under them (sorted, symlinks followed, loops reported).
pub fn expand(paths: &[PathBuf], report: &mut Reporter) -> Vec<InputPath> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(InputPath::Stdin);
            continue;
        }
        if !path.is_dir() {
            out.push(InputPath::File(path.clone()));
            continue;
        }
        let walk = walkdir::WalkDir::new(path).follow_links(true).sort_by_file_name();
        for entry in walk {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    if is_article_file(entry.path()) {
                        out.push(InputPath::File(entry.into_path()));
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    let at = err.path().unwrap_or(path).display().to_string();
                    let message = if err.loop_ancestor().is_some() {
                        "symbolic link loop; skipped".to_string()
                    } else if let Some(io) = err.io_error() {
                        io_message(io)
                    } else {
                        err.to_string()
                    };
                    report.error(&at, &message);
                }
            }
        }
    }
    out
}

/// Reads articles one at a time and hands each to `visit`, with its
/// source. Bad inputs are reported and skipped; the visitor's own errors
/// (a closed output) stop the run.
pub struct ArticleStream<'a> {
    pub reader: &'a Reader,
    /// The publication date for articles that have none.
    pub fallback_date: Option<NaiveDate>,
    next_id: usize,
}

impl<'a> ArticleStream<'a> {
    pub fn new(reader: &'a Reader, fallback_date: Option<NaiveDate>) -> ArticleStream<'a> {
        ArticleStream { reader, fallback_date, next_id: 0 }
    }

    /// Reads every input, calling `visit` for each article in input order.
    pub fn run(
        &mut self,
        inputs: &[InputPath],
        report: &mut Reporter,
        mut visit: impl FnMut(Source, Article, &mut Reporter) -> io::Result<()>,
    ) -> io::Result<()> {
        for input in inputs {
            self.read_input(input, report, &mut visit)?;
        }
        Ok(())
    }

    fn read_input(
        &mut self,
        input: &InputPath,
        report: &mut Reporter,
        visit: &mut impl FnMut(Source, Article, &mut Reporter) -> io::Result<()>,
    ) -> io::Result<()> {
        let name = input.display();
        let max = self.reader.config().max_bytes;
        let streamed = self.reader.config().format == Some(InputFormat::JsonLines)
            || matches!(input, InputPath::File(p) if has_jsonl_extension(p));
        if streamed {
            let opened: io::Result<Box<dyn Read>> = match input {
                InputPath::Stdin => Ok(Box::new(io::stdin().lock())),
                InputPath::File(path) => File::open(path).map(|f| Box::new(f) as Box<dyn Read>),
            };
            return match opened {
                Ok(source) => {
                    self.read_lines(&name, BufReader::with_capacity(1 << 16, source), report, visit)
                }
                Err(err) => {
                    report.error(&name, &io_message(&err));
                    Ok(())
                }
            };
        }
        // Standard input that starts with `{` is a JSON Lines stream: read
        // it a line at a time rather than whole.
        if matches!(input, InputPath::Stdin) && self.reader.config().format.is_none() {
            let mut stdin = BufReader::with_capacity(1 << 16, io::stdin().lock());
            let starts_json = loop {
                let buf = match stdin.fill_buf() {
                    Ok(buf) => buf,
                    Err(err) => {
                        report.error(&name, &io_message(&err));
                        return Ok(());
                    }
                };
                match buf.iter().position(|b| !b.is_ascii_whitespace()) {
                    Some(at) => break buf[at] == b'{',
                    None if buf.is_empty() => break false,
                    None => {
                        let n = buf.len();
                        stdin.consume(n);
                    }
                }
            };
            if starts_json {
                return self.read_lines(&name, stdin, report, visit);
            }
            return match read_limited_from(stdin, max) {
                Ok(bytes) => self.read_bytes(&name, &bytes, report, visit),
                Err(message) => {
                    report.error(&name, &message);
                    Ok(())
                }
            };
        }
        let bytes = match read_limited(input, max) {
            Ok(bytes) => bytes,
            Err(message) => {
                report.error(&name, &message);
                return Ok(());
            }
        };
        self.read_bytes(&name, &bytes, report, visit)
    }

    /// One input read whole: an article, or a JSON Lines corpus.
    fn read_bytes(
        &mut self,
        name: &str,
        bytes: &[u8],
        report: &mut Reporter,
        visit: &mut impl FnMut(Source, Article, &mut Reporter) -> io::Result<()>,
    ) -> io::Result<()> {
        if self.reader.detect(bytes, Some(name)) == InputFormat::JsonLines {
            return self.read_lines(name, bytes, report, visit);
        }
        match self.reader.read(bytes, Some(name)) {
            Ok(article) => {
                let source = self.source(&article, name, None);
                self.deliver(source, article, report, visit)
            }
            Err(err) => {
                report.error(name, &err.to_string());
                Ok(())
            }
        }
    }

    fn read_lines(
        &mut self,
        name: &str,
        mut lines: impl BufRead,
        report: &mut Reporter,
        visit: &mut impl FnMut(Source, Article, &mut Reporter) -> io::Result<()>,
    ) -> io::Result<()> {
        let max = self.reader.config().max_bytes;
        let mut line = Vec::new();
        let mut number = 0usize;
        loop {
            line.clear();
            let outcome = match read_line_limited(&mut lines, &mut line, max) {
                Ok(outcome) => outcome,
                Err(err) => {
                    report.error(name, &io_message(&err));
                    return Ok(());
                }
            };
            number += 1;
            let at = format!("{name}:{number}");
            match outcome {
                Line::Eof => return Ok(()),
                Line::TooLong(len) => {
                    let err = ReadError::TooLarge { len, max };
                    report.error(&at, &err.to_string());
                }
                Line::Complete if line.trim_ascii().is_empty() => {}
                Line::Complete => match self.reader.read_json_line(&line) {
                    Ok(article) => {
                        let source = self.source(&article, name, Some(number));
                        self.deliver(source, article, report, visit)?;
                    }
                    Err(err) => report.error(&at, &err.to_string()),
                },
            }
        }
    }

    fn source(&mut self, article: &Article, path: &str, line: Option<usize>) -> Source {
        self.next_id += 1;
        let id = article.meta().id.clone().unwrap_or_else(|| format!("s{}", self.next_id));
        let path = match line {
            Some(n) => format!("{path}:{n}"),
            None => path.to_string(),
        };
        Source { id, path: Some(path) }
    }

    fn deliver(
        &self,
        source: Source,
        mut article: Article,
        report: &mut Reporter,
        visit: &mut impl FnMut(Source, Article, &mut Reporter) -> io::Result<()>,
    ) -> io::Result<()> {
        let name = source.path.clone().unwrap_or_else(|| source.id.clone());
        for warning in article.warnings() {
            report.warning(&name, warning.message());
        }
        if let Some(date) = self.fallback_date {
            article.set_fallback_date(date);
        }
        visit(source, article, report)
    }
}

/// Whether a file found in a directory is an article: a known extension,
/// and not hidden or a project's README, LICENSE or CHANGELOG.
fn is_article_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else { return false };
    let stem = name.split('.').next().unwrap_or(name).to_ascii_uppercase();
    let known =
        path.extension().and_then(|e| e.to_str()).and_then(InputFormat::from_extension).is_some();
    known
        && !name.starts_with('.')
        && !matches!(stem.as_str(), "README" | "LICENSE" | "CHANGELOG" | "CONTRIBUTING")
}

fn has_jsonl_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).and_then(InputFormat::from_extension)
        == Some(InputFormat::JsonLines)
}

/// Reads a whole input, refusing one larger than `max` bytes before reading
/// it where the size is known.
fn read_limited(input: &InputPath, max: u64) -> Result<Vec<u8>, String> {
    let too_large = |len: u64| ReadError::TooLarge { len, max }.to_string();
    let source: Box<dyn Read> = match input {
        InputPath::Stdin => Box::new(io::stdin().lock()),
        InputPath::File(path) => {
            let file = File::open(path).map_err(|e| io_message(&e))?;
            let meta = file.metadata().map_err(|e| io_message(&e))?;
            if meta.is_dir() {
                return Err("is a directory".to_string());
            }
            if meta.len() > max {
                return Err(too_large(meta.len()));
            }
            Box::new(file)
        }
    };
    read_limited_from(source, max)
}

/// Reads `source` whole, refusing more than `max` bytes (and counting the
/// rest, to say how large it was).
fn read_limited_from(mut source: impl Read, max: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    source.by_ref().take(max + 1).read_to_end(&mut bytes).map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > max {
        // Standard input has no size to check first: count what is left.
        let rest = io::copy(&mut source, &mut io::sink()).unwrap_or(0);
        return Err(ReadError::TooLarge { len: bytes.len() as u64 + rest, max }.to_string());
    }
    Ok(bytes)
}

/// How a line read ended.
enum Line {
    Complete,
    /// The line was longer than the limit; its bytes were skipped.
    TooLong(u64),
    Eof,
}

/// Reads one line into `buf` without holding more than `max` bytes of it.
fn read_line_limited(input: &mut impl BufRead, buf: &mut Vec<u8>, max: u64) -> io::Result<Line> {
    let mut len: u64 = 0;
    let mut any = false;
    loop {
        let available = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok(match (any, len > max) {
                (false, _) => Line::Eof,
                (true, true) => Line::TooLong(len),
                (true, false) => Line::Complete,
            });
        }
        any = true;
        let (chunk, done) = match memchr_newline(available) {
            Some(i) => (&available[..i], Some(i + 1)),
            None => (available, None),
        };
        len += chunk.len() as u64;
        if len <= max {
            buf.extend_from_slice(chunk);
        } else {
            buf.clear();
        }
        let consumed = done.unwrap_or(available.len());
        input.consume(consumed);
        if done.is_some() {
            return Ok(if len > max { Line::TooLong(len) } else { Line::Complete });
        }
    }
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}

/// An I/O error as one lowercase phrase: "no such file or directory".
pub fn io_message(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        io::ErrorKind::InvalidData => "invalid data".to_string(),
        _ => {
            let text = err.to_string();
            let text = text.split(" (os error").next().unwrap_or(&text);
            let mut chars = text.chars();
            match chars.next() {
                Some(c) => c.to_lowercase().chain(chars).collect(),
                None => "unknown error".to_string(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limited_lines() {
        let mut input = &b"short\nthis one is too long\nok"[..];
        let mut buf = Vec::new();
        assert!(matches!(read_line_limited(&mut input, &mut buf, 10).unwrap(), Line::Complete));
        assert_eq!(buf, b"short");
        buf.clear();
        assert!(matches!(read_line_limited(&mut input, &mut buf, 10).unwrap(), Line::TooLong(20)));
        buf.clear();
        assert!(matches!(read_line_limited(&mut input, &mut buf, 10).unwrap(), Line::Complete));
        assert_eq!(buf, b"ok");
        buf.clear();
        assert!(matches!(read_line_limited(&mut input, &mut buf, 10).unwrap(), Line::Eof));
    }
}
