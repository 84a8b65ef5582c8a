//! `dateline timeline`: the events of many articles, merged and ordered.
//!
//! Articles are extracted in parallel batches (`batch`) and added to the
//! timeline in input order, so the output does not depend on the number of
//! threads; files are read in path order, so it does not depend on the
//! order they were listed in either.

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use dateline_article::{Article, Reader, Source};
use dateline_events::Extractor;
use dateline_temporal::token::ArticleTokens;
use dateline_temporal::{Tagger, TaggerConfig};
use dateline_timeline::render::{self, DocumentOptions, TextOptions};
use dateline_timeline::{ArticleEvents, Builder, Filter, SourceInfo};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::args::{TimelineArgs, TimelineFormat};
use crate::batch;
use crate::input::{self, ArticleStream};
use crate::report::Reporter;

pub fn run(
    args: &TimelineArgs,
    out: &mut dyn Write,
    color: bool,
    report: &mut Reporter,
) -> io::Result<()> {
    let Some(lexicon) = crate::events::lexicon(args.lexicon.as_deref(), report) else {
        return Ok(());
    };
    // An unknown kind would filter every event out without a word.
    let known: Vec<&str> = lexicon.kinds().iter().map(|k| k.name.as_str()).collect();
    if let Some(unknown) =
        args.kinds.iter().map(|k| k.trim()).find(|k| !k.is_empty() && !known.contains(k))
    {
        let message = format!("unknown kind {unknown:?} (expected one of {})", known.join(", "));
        report.error("--kinds", &message);
        return Ok(());
    }
    let Some(pool) = batch::pool(args.input.jobs, report) else { return Ok(()) };
    let extractor = Extractor::new(&lexicon);
    let tagger = Tagger::new(TaggerConfig::default());
    let reader = Reader::new(args.input.reader_config());
    // Sources in path order: the timeline does not depend on the order the
    // files were listed in.
    let mut inputs = input::expand(&args.input.paths, report);
    inputs.sort_by_key(|i| i.display());
    inputs.dedup_by_key(|i| i.display());
    let progress = progress_bar();
    let mut builder = Builder::new();
    let mut stream = ArticleStream::new(&reader, args.input.date);
    let extract = |source: Source, article: Article| {
        let reference = article.meta().published;
        let tokens = ArticleTokens::new(&article);
        let timexes = tagger.tag_tokens(&article, &tokens, reference);
        let events = extractor.extract_tokens(&article, &tokens, &timexes, reference);
        let info = SourceInfo::new(&source.id, source.path.as_deref(), &article);
        ArticleEvents::new(info, &article, &events)
    };
    batch::run(&mut stream, &inputs, report, &pool, extract, |events| {
        progress.inc(1);
        builder.add(events);
        Ok(())
    })?;
    progress.finish_and_clear();

    let filter = Filter {
        since: args.since,
        until: args.until,
        kinds: args.kinds.iter().map(|k| k.trim().to_string()).collect(),
        actors: args.actor.clone(),
        statuses: args.status.clone(),
        include_captions: args.include_captions,
    };
    let mut timeline = builder.build(&filter);
    if let Some(n) = args.top {
        timeline = timeline.top(n);
    }
    let doc = DocumentOptions { title: args.title.clone() };
    match args.format {
        TimelineFormat::Text => {
            render::write_text(out, &timeline, TextOptions { color, evidence: args.evidence })
        }
        TimelineFormat::Json => render::write_json(out, &timeline),
        TimelineFormat::Jsonl => render::write_jsonl(out, &timeline),
        TimelineFormat::Markdown => render::write_markdown(out, &timeline, &doc),
        TimelineFormat::Csv => render::write_csv(out, &timeline, &doc),
        TimelineFormat::Timelinejs => render::write_timelinejs(out, &timeline, &doc),
        TimelineFormat::Ics => render::write_ics(out, &timeline, &doc),
        TimelineFormat::Html => render::write_html(out, &timeline, &doc),
    }
}

/// A progress bar on standard error, drawn only on a terminal: articles
/// done and their rate.
fn progress_bar() -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} articles  {per_sec}  {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}
