//! `dateline parse`: articles into metadata, blocks and sentences.

use std::io::{self, Write};

use dateline_article::render::{self, ArticleDocument, TextOptions};
use dateline_article::{Article, Reader, Source};

use crate::args::{ParseArgs, ParseFormat};
use crate::batch;
use crate::input::{self, ArticleStream, InputPath};
use crate::output::{self, JsonSequence};
use crate::report::Reporter;

pub fn run(
    args: &ParseArgs,
    out: &mut dyn Write,
    color: bool,
    report: &mut Reporter,
) -> io::Result<()> {
    let reader = Reader::new(args.input.reader_config());
    let Some(pool) = batch::pool(args.input.jobs, report) else { return Ok(()) };
    let inputs = input::expand(&args.input.paths, report);
    let single = inputs.len() == 1
        && !matches!(&inputs[0], InputPath::File(p) if p.extension().is_some_and(|e| e == "jsonl" || e == "ndjson"));
    let mut stream = ArticleStream::new(&reader, args.input.date);
    let lines = args.format == ParseFormat::Jsonl;
    let mut json = JsonSequence::new(lines, single);
    let mut first = true;
    let render_one = |source: Source, article: Article| -> io::Result<Vec<u8>> {
        let mut buf = Vec::new();
        match args.format {
            ParseFormat::Text => {
                render::write_text(&mut buf, &article, &source, TextOptions { color })?;
            }
            ParseFormat::Json | ParseFormat::Jsonl => {
                buf = output::render(lines, &ArticleDocument::new(&article, &source))?;
            }
        }
        Ok(buf)
    };
    let emit = |rendered: io::Result<Vec<u8>>| -> io::Result<()> {
        let rendered = rendered?;
        match args.format {
            ParseFormat::Text => {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                out.write_all(&rendered)
            }
            ParseFormat::Json | ParseFormat::Jsonl => json.write_rendered(out, &rendered),
        }
    };
    batch::run(&mut stream, &inputs, report, &pool, render_one, emit)?;
    if args.format != ParseFormat::Text {
        json.finish(out)?;
    }
    Ok(())
}
