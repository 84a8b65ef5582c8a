//! `dateline diff`: what changed between versions of a story.
//!
//! The versions are read in order (files as given, directories in name
//! order, a JSON Lines file a version a line), each analysed once, and
//! each consecutive pair compared. An unreadable version is reported and
//! left out: the versions that could be read are compared, each named by
//! its file, so that one bad file in a batch loses nothing else.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::Path;

use dateline_article::{Article, InputFormat, Source};
use dateline_diff::render::{self, DiffDocument, HistoryDocument, Side, TextOptions, ViewOptions};
use dateline_diff::{DiffConfig, Differ, Revision, history};

use crate::args::{DiffArgs, DiffFormat};
use crate::input::{self, ArticleStream, InputPath};
use crate::report::Reporter;

/// The width side-by-side text uses when standard output is not a
/// terminal.
const DEFAULT_WIDTH: usize = 120;

/// Runs the comparison; returns whether any fact changed.
pub fn run(
    args: &DiffArgs,
    out: &mut dyn Write,
    color: bool,
    report: &mut Reporter,
) -> io::Result<bool> {
    let reader = dateline_article::Reader::new(args.input.reader_config());
    let inputs = input::expand(&args.input.paths, report);
    let mut stream = ArticleStream::new(&reader, args.input.date);
    let mut versions: Vec<(Source, Article)> = Vec::new();
    stream.run(&inputs, report, |source, article, _| {
        versions.push((source, article));
        Ok(())
    })?;
    if versions.len() < 2 {
        // A version that could not be read is reported already.
        if report.errors() > 0 {
            return Ok(false);
        }
        let name = inputs.first().map_or_else(|| "-".to_string(), InputPath::display);
        let found = if versions.is_empty() { "no version" } else { "only one version" };
        report.error(
            &name,
            &format!("{found} to compare: give OLD and NEW, or a JSON Lines file of versions"),
        );
        return Ok(false);
    }
    label_versions(&inputs, &mut versions, args.input.input_format, args.input.max_bytes);

    let differ = Differ::new(DiffConfig::default());
    let (sources, articles): (Vec<Source>, Vec<Article>) = versions.into_iter().unzip();
    let analysed: Vec<_> = articles.into_iter().map(|a| differ.analyze(a, None)).collect();
    let revisions: Vec<Revision> =
        analysed.windows(2).map(|pair| differ.compare(&pair[0], &pair[1])).collect();
    let sides: Vec<Side> =
        sources.iter().zip(&analysed).map(|(source, version)| Side { source, version }).collect();
    let history = (sides.len() > 2).then(|| history(&revisions));
    let view = ViewOptions { all: args.all, facts_only: args.facts_only };
    match args.format {
        DiffFormat::Text => {
            let options =
                TextOptions { color, side_by_side: args.side_by_side, width: width(), view };
            render::write_text(out, &sides, &revisions, history.as_ref(), options)?;
        }
        DiffFormat::Json => {
            match &history {
                None => {
                    let doc = DiffDocument::new(sides[0], sides[1], &revisions[0], view);
                    serde_json::to_writer_pretty(&mut *out, &doc)?;
                }
                Some(history) => {
                    let doc = HistoryDocument::new(&sides, &revisions, history, view);
                    serde_json::to_writer_pretty(&mut *out, &doc)?;
                }
            }
            writeln!(out)?;
        }
        DiffFormat::Markdown => {
            render::write_markdown(out, &sides, &revisions, history.as_ref(), view)?;
        }
        DiffFormat::Html => render::write_html(out, &sides, &revisions, history.as_ref(), view)?,
    }
    Ok(revisions.iter().any(Revision::facts_changed))
}

/// The terminal's width, when standard output is one.
fn width() -> usize {
    if io::stdout().is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return usize::from(w);
        }
    }
    DEFAULT_WIDTH
}

/// Names the versions of a JSON Lines file by their `version` or
/// `fetched_at` field, which the article reader does not keep: the id of
/// such a file is the story's, the same on every line.
fn label_versions(
    inputs: &[InputPath],
    versions: &mut [(Source, Article)],
    format: Option<InputFormat>,
    max_bytes: u64,
) {
    let mut labels: HashMap<String, String> = HashMap::new();
    for input in inputs {
        let InputPath::File(path) = input else { continue };
        let jsonl = format == Some(InputFormat::JsonLines)
            || path.extension().and_then(|e| e.to_str()).and_then(InputFormat::from_extension)
                == Some(InputFormat::JsonLines);
        if jsonl {
            labels.extend(read_labels(path, max_bytes));
        }
    }
    for (source, _) in versions.iter_mut() {
        if let Some(label) = source.path.as_ref().and_then(|p| labels.get(p)) {
            source.id = label.clone();
        }
    }
}

/// `path:line` → the line's version label. Lines were already read once
/// within the size limit; any line that is not a record is skipped.
fn read_labels(path: &Path, max_bytes: u64) -> HashMap<String, String> {
    #[derive(serde::Deserialize)]
    struct Label {
        version: Option<serde_json::Value>,
        fetched_at: Option<String>,
    }
    let mut out = HashMap::new();
    let Ok(file) = File::open(path) else { return out };
    let mut lines = BufReader::new(file);
    let mut line = Vec::new();
    for number in 1.. {
        line.clear();
        match Read::take(&mut lines, max_bytes + 1).read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        let Ok(label) = serde_json::from_slice::<Label>(&line) else { continue };
        let text = match (label.version, label.fetched_at) {
            (Some(serde_json::Value::String(v)), _) => Some(v),
            (Some(serde_json::Value::Number(n)), _) => Some(n.to_string()),
            (_, Some(f)) => Some(f),
            _ => None,
        };
        if let Some(text) = text {
            out.insert(format!("{}:{number}", path.display()), text);
        }
    }
    out
}
