//! `dateline parse`: articles into metadata, blocks and sentences.

use std::io::{self, Write};

use dateline_article::Reader;
use dateline_article::render::{self, ArticleDocument, TextOptions};

use crate::args::{ParseArgs, ParseFormat};
use crate::input::{self, ArticleStream, InputPath};
use crate::output::JsonSequence;
use crate::report::Reporter;

pub fn run(
    args: &ParseArgs,
    out: &mut dyn Write,
    color: bool,
    report: &mut Reporter,
) -> io::Result<()> {
    let reader = Reader::new(args.input.reader_config());
    let inputs = input::expand(&args.input.paths, report);
    let single = inputs.len() == 1
        && !matches!(&inputs[0], InputPath::File(p) if p.extension().is_some_and(|e| e == "jsonl" || e == "ndjson"));
    let mut stream = ArticleStream::new(&reader, args.input.date);
    match args.format {
        ParseFormat::Text => {
            let mut first = true;
            stream.run(&inputs, report, |source, article, _| {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                render::write_text(out, &article, &source, TextOptions { color })
            })
        }
        ParseFormat::Json | ParseFormat::Jsonl => {
            let mut json = JsonSequence::new(args.format == ParseFormat::Jsonl, single);
            stream.run(&inputs, report, |source, article, _| {
                json.write(out, &ArticleDocument::new(&article, &source))
            })?;
            json.finish(out)
        }
    }
}
