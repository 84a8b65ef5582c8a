//! `dateline timex`: time expressions, normalized.

use std::io::{self, Write};

use dateline_article::{Article, Reader, Source};
use dateline_temporal::render::{self, TextOptions, TimexDocument};
use dateline_temporal::{Mode, Tagger, TaggerConfig, timeml};

use crate::args::{AnchorMode, TimexArgs, TimexFormat};
use crate::batch;
use crate::input::{self, ArticleStream, InputPath};
use crate::output::{self, JsonSequence};
use crate::report::Reporter;

pub fn run(
    args: &TimexArgs,
    out: &mut dyn Write,
    color: bool,
    report: &mut Reporter,
) -> io::Result<()> {
    let reader = Reader::new(args.input.reader_config());
    let mode = match args.mode {
        AnchorMode::News => Mode::News,
        AnchorMode::Narrative => Mode::Narrative,
    };
    let tagger = Tagger::new(TaggerConfig { mode, ..TaggerConfig::default() });
    let Some(pool) = batch::pool(args.input.jobs, report) else { return Ok(()) };
    let inputs = input::expand(&args.input.paths, report);
    let single = inputs.len() == 1
        && !matches!(&inputs[0], InputPath::File(p) if p.extension().is_some_and(|e| e == "jsonl" || e == "ndjson"));
    let mut stream = ArticleStream::new(&reader, args.input.date);
    let lines = args.format == TimexFormat::Jsonl;
    let mut json = JsonSequence::new(lines, single);
    let mut first = true;
    // Each article is tagged and rendered on a worker thread.
    let render_one = |source: Source, article: Article| -> io::Result<Vec<u8>> {
        let reference = article.meta().published;
        let timexes = tagger.tag(&article, reference);
        let mut buf = Vec::new();
        match args.format {
            TimexFormat::Text => {
                let options = TextOptions { color };
                render::write_text(&mut buf, &article, &source, reference, &timexes, options)?;
            }
            TimexFormat::Json | TimexFormat::Jsonl => {
                let doc = TimexDocument::new(&article, &source, reference, &timexes);
                buf = output::render(lines, &doc)?;
            }
            TimexFormat::Timeml => {
                let id = article.meta().id.clone().unwrap_or_else(|| source.id.clone());
                timeml::write_timeml(&mut buf, &id, article.text(), reference, &timexes)?;
            }
        }
        Ok(buf)
    };
    let emit = |rendered: io::Result<Vec<u8>>| -> io::Result<()> {
        let rendered = rendered?;
        match args.format {
            TimexFormat::Text => {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                out.write_all(&rendered)
            }
            TimexFormat::Json | TimexFormat::Jsonl => json.write_rendered(out, &rendered),
            TimexFormat::Timeml => out.write_all(&rendered),
        }
    };
    batch::run(&mut stream, &inputs, report, &pool, render_one, emit)?;
    if matches!(args.format, TimexFormat::Json | TimexFormat::Jsonl) {
        json.finish(out)?;
    }
    Ok(())
}
