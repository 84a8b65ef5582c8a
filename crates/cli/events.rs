//! `dateline events`: dated events with actors, places and status.

use std::io::{self, Write};

use dateline_article::{Article, Reader, Source};
use dateline_events::render::{self, EventsDocument, TextOptions};
use dateline_events::{Extractor, Lexicon};
use dateline_temporal::token::ArticleTokens;
use dateline_temporal::{Tagger, TaggerConfig};

use crate::args::{EventsArgs, EventsFormat};
use crate::batch;
use crate::input::{self, ArticleStream, InputPath};
use crate::output::{self, JsonSequence};
use crate::report::Reporter;

/// The built-in lexicon plus the user's, or `None` with a one-line error
/// naming the file.
pub fn lexicon(path: Option<&std::path::Path>, report: &mut Reporter) -> Option<Lexicon> {
    let mut lexicon = Lexicon::builtin();
    if let Some(path) = path {
        let extra = std::fs::read_to_string(path)
            .map_err(|e| input::io_message(&e))
            .and_then(|text| Lexicon::from_toml(&text).map_err(|e| e.to_string()));
        match extra {
            Ok(extra) => lexicon.extend(extra),
            Err(message) => {
                report.error(&path.display().to_string(), &message);
                return None;
            }
        }
    }
    Some(lexicon)
}

pub fn run(
    args: &EventsArgs,
    out: &mut dyn Write,
    color: bool,
    report: &mut Reporter,
) -> io::Result<()> {
    let Some(lexicon) = lexicon(args.lexicon.as_deref(), report) else { return Ok(()) };
    let Some(pool) = batch::pool(args.input.jobs, report) else { return Ok(()) };
    let extractor = Extractor::new(&lexicon);
    let tagger = Tagger::new(TaggerConfig::default());
    let reader = Reader::new(args.input.reader_config());
    let inputs = input::expand(&args.input.paths, report);
    let single = inputs.len() == 1
        && !matches!(&inputs[0], InputPath::File(p) if p.extension().is_some_and(|e| e == "jsonl" || e == "ndjson"));
    let mut stream = ArticleStream::new(&reader, args.input.date);
    let mut json = JsonSequence::new(args.format == EventsFormat::Jsonl, single);
    let mut first = true;
    // Each article is tagged, extracted and rendered on a worker thread.
    let render_one = |source: Source, article: Article| -> io::Result<Vec<u8>> {
        let reference = article.meta().published;
        let tokens = ArticleTokens::new(&article);
        let timexes = tagger.tag_tokens(&article, &tokens, reference);
        let events = extractor.extract_tokens(&article, &tokens, &timexes, reference);
        let mut buf = Vec::new();
        match args.format {
            EventsFormat::Text => {
                let options = TextOptions { color, include_captions: args.include_captions };
                render::write_text(&mut buf, &article, &source, reference, &events, options)?;
            }
            EventsFormat::Json | EventsFormat::Jsonl => {
                let doc = EventsDocument::new(&article, &source, reference, &events);
                buf = output::render(args.format == EventsFormat::Jsonl, &doc)?;
            }
        }
        Ok(buf)
    };
    let mut emit = |rendered: io::Result<Vec<u8>>| -> io::Result<()> {
        let rendered = rendered?;
        match args.format {
            EventsFormat::Text => {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                out.write_all(&rendered)
            }
            EventsFormat::Json | EventsFormat::Jsonl => json.write_rendered(out, &rendered),
        }
    };
    batch::run(&mut stream, &inputs, report, &pool, render_one, &mut emit)?;
    if args.format != EventsFormat::Text {
        json.finish(out)?;
    }
    Ok(())
}
