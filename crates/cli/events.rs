//! `dateline events`: dated events with actors, places and status.

use std::io::{self, Write};

use dateline_article::Reader;
use dateline_events::render::{self, EventsDocument, TextOptions};
use dateline_events::{Extractor, Lexicon};
use dateline_temporal::{Tagger, TaggerConfig};

use crate::args::{EventsArgs, EventsFormat};
use crate::input::{self, ArticleStream, InputPath};
use crate::output::JsonSequence;
use crate::report::Reporter;

/// The built-in lexicon plus the user's, or a one-line error naming the
/// file.
pub fn lexicon(path: Option<&std::path::Path>) -> Result<Lexicon, String> {
    let mut lexicon = Lexicon::builtin();
    if let Some(path) = path {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: {}", path.display(), input::io_message(&e)))?;
        let extra = Lexicon::from_toml(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        lexicon.extend(extra);
    }
    Ok(lexicon)
}

pub fn run(
    args: &EventsArgs,
    out: &mut dyn Write,
    color: bool,
    report: &mut Reporter,
) -> io::Result<()> {
    let lexicon = match lexicon(args.lexicon.as_deref()) {
        Ok(l) => l,
        Err(message) => {
            let (path, message) = message.split_once(": ").unwrap_or(("lexicon", &message));
            report.error(path, message);
            return Ok(());
        }
    };
    let extractor = Extractor::new(&lexicon);
    let tagger = Tagger::new(TaggerConfig::default());
    let reader = Reader::new(args.input.reader_config());
    let inputs = input::expand(&args.input.paths, report);
    let single = inputs.len() == 1
        && !matches!(&inputs[0], InputPath::File(p) if p.extension().is_some_and(|e| e == "jsonl" || e == "ndjson"));
    let mut stream = ArticleStream::new(&reader, args.input.date);
    let mut json = JsonSequence::new(args.format == EventsFormat::Jsonl, single);
    let mut first = true;
    stream.run(&inputs, report, |source, article, _| {
        let reference = article.meta().published;
        let timexes = tagger.tag(&article, reference);
        let events = extractor.extract(&article, &timexes, reference);
        match args.format {
            EventsFormat::Text => {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                let options = TextOptions { color, include_captions: args.include_captions };
                render::write_text(out, &article, &source, reference, &events, options)
            }
            EventsFormat::Json | EventsFormat::Jsonl => {
                json.write(out, &EventsDocument::new(&article, &source, reference, &events))
            }
        }
    })?;
    if args.format != EventsFormat::Text {
        json.finish(out)?;
    }
    Ok(())
}
