//! `dateline timex`: time expressions, normalized.

use std::io::{self, Write};

use dateline_article::Reader;
use dateline_temporal::render::{self, TextOptions, TimexDocument};
use dateline_temporal::{Mode, Tagger, TaggerConfig, timeml};

use crate::args::{AnchorMode, TimexArgs, TimexFormat};
use crate::input::{self, ArticleStream, InputPath};
use crate::output::JsonSequence;
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
    let inputs = input::expand(&args.input.paths, report);
    let single = inputs.len() == 1
        && !matches!(&inputs[0], InputPath::File(p) if p.extension().is_some_and(|e| e == "jsonl" || e == "ndjson"));
    let mut stream = ArticleStream::new(&reader, args.input.date);
    let mut json = JsonSequence::new(args.format == TimexFormat::Jsonl, single);
    let mut first = true;
    stream.run(&inputs, report, |source, article, _| {
        let reference = article.meta().published;
        let timexes = tagger.tag(&article, reference);
        match args.format {
            TimexFormat::Text => {
                if !first {
                    writeln!(out)?;
                }
                first = false;
                render::write_text(
                    out,
                    &article,
                    &source,
                    reference,
                    &timexes,
                    TextOptions { color },
                )
            }
            TimexFormat::Json | TimexFormat::Jsonl => {
                json.write(out, &TimexDocument::new(&article, &source, reference, &timexes))
            }
            TimexFormat::Timeml => {
                let id = article.meta().id.clone().unwrap_or_else(|| source.id.clone());
                timeml::write_timeml(out, &id, article.text(), reference, &timexes)
            }
        }
    })?;
    if matches!(args.format, TimexFormat::Json | TimexFormat::Jsonl) {
        json.finish(out)?;
    }
    Ok(())
}
