//! The command line as clap sees it: close to the raw flags, each value
//! checked by its parser, then turned into library configuration.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use dateline_article::{InputFormat, ReaderConfig};

const EXAMPLES: &str = "\
Examples:
  dateline parse fixtures/articles/00-syria-call.txt
  dateline parse story.html --format json
  dateline parse corpus.jsonl --format jsonl > articles.jsonl
  curl -s https://example.com/story | dateline parse - --input-format html
  dateline completions bash > ~/.local/share/bash-completion/completions/dateline

Exit codes: 0 success; 1 a fact changed (dateline diff --exit-code); 2 bad
usage or an input that could not be read (the other inputs are still
processed).";

/// Turn news articles into dated event timelines, and see what changed
/// between versions of a story.
#[derive(Debug, Parser)]
#[command(name = "dateline", version, about, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    pub color: ColorWhen,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles into metadata, blocks (headline, paragraphs, captions,
    /// credits, site chrome…) and sentences with byte spans.
    #[command(after_help = PARSE_EXAMPLES)]
    Parse(ParseArgs),
    /// Find time expressions and normalize them (TIMEX3) against each
    /// article's publication date.
    #[command(after_help = TIMEX_EXAMPLES)]
    Timex(TimexArgs),
    /// Extract dated events — who, what, where, when, how sure — with the
    /// sentences that say so.
    #[command(after_help = EVENTS_EXAMPLES)]
    Events(EventsArgs),
    /// Line up the events of one article or thousands: merged across
    /// articles, in order, in the format you need next.
    #[command(after_help = TIMELINE_EXAMPLES)]
    Timeline(TimelineArgs),
    /// Show what changed between versions of a story: the changed facts
    /// first, then the sentences and words.
    #[command(after_help = DIFF_EXAMPLES)]
    Diff(DiffArgs),
    /// Print a shell completion script.
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

const PARSE_EXAMPLES: &str = "\
Examples:
  dateline parse fixtures/articles/00-syria-call.txt --date 2017-05-02
  dateline parse fixtures/articles/ --format json
  cat page.html | dateline parse - --input-format html --format json";

const TIMELINE_EXAMPLES: &str = "\
Examples:
  dateline timeline fixtures/articles/00-syria-call.txt --date 2017-05-02
  dateline timeline coverage/ --format csv > sheet.csv        # paste into TimelineJS
  dateline timeline corpus.jsonl --format timelinejs > timeline.json
  dateline timeline coverage/ --format ics > story.ics
  dateline timeline coverage/ --format html > timeline.html
  dateline timeline corpus.jsonl --kinds strike,attack --since 2017-04-01 --top 5";

const TIMEX_EXAMPLES: &str = "\
Examples:
  dateline timex fixtures/articles/00-syria-call.txt --date 2017-05-02
  dateline timex story.html --format json
  dateline timex doc.tml --format timeml > tagged.tml";

#[derive(Debug, Args)]
pub struct TimexArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = TimexFormat::Text)]
    pub format: TimexFormat,

    /// How relative expressions are anchored: to the publication date
    /// (news) or to the last date mentioned (narrative).
    #[arg(long, value_enum, default_value_t = AnchorMode::News)]
    pub mode: AnchorMode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TimexFormat {
    /// Each sentence with its expressions underlined and their values.
    Text,
    /// `dateline.timex/1`: one document, or an array for several articles.
    Json,
    /// One `dateline.timex/1` document a line.
    Jsonl,
    /// The article's text as TimeML with TIMEX3 tags.
    Timeml,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AnchorMode {
    /// Relative expressions count from the publication date.
    News,
    /// Relative expressions count from the last date mentioned.
    Narrative,
}

const EVENTS_EXAMPLES: &str = "\
Examples:
  dateline events fixtures/articles/00-syria-call.txt --date 2017-05-02
  dateline events story.html --format json
  dateline events corpus.jsonl --format jsonl --lexicon my-kinds.toml";

#[derive(Debug, Args)]
pub struct EventsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = EventsFormat::Text)]
    pub format: EventsFormat,

    /// Add the kinds and triggers of this lexicon file (TOML) to the
    /// built-in ones.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,

    /// List events found only in photo captions and credits too (the JSON
    /// always has them, marked by their block).
    #[arg(long)]
    pub include_captions: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EventsFormat {
    /// A list: date, kind, summary, status and the sentence.
    Text,
    /// `dateline.events/1`: one document, or an array for several articles.
    Json,
    /// One `dateline.events/1` document a line.
    Jsonl,
}

const DIFF_EXAMPLES: &str = "\
Examples:
  dateline diff fixtures/versions/01-death-toll-rises.v1.txt fixtures/versions/01-death-toll-rises.v2.txt
  dateline diff old.html new.html --side-by-side --all
  dateline diff story-v*.txt --format markdown > corrections.md
  dateline diff versions.jsonl --format html > changes.html
  dateline diff old.txt new.txt --facts-only --exit-code

Exit codes with --exit-code: 0 no fact changed; 1 a fact changed; 2 bad
usage or an input that could not be read.";

#[derive(Debug, Args)]
pub struct DiffArgs {
    // The versions, oldest first: two or more files (or directories, read
    // in name order), or one JSON Lines file with a version a line.
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,

    /// Show old and new text side by side, as wide as the terminal.
    #[arg(long)]
    pub side_by_side: bool,

    /// Show only the changed facts, not the text.
    #[arg(long)]
    pub facts_only: bool,

    /// Show cosmetic edits (punctuation, quote style, case, typography,
    /// spelling) and unchanged sentences too.
    #[arg(long)]
    pub all: bool,

    /// Exit with 1 when a fact changed and 0 when none did, as `git diff
    /// --exit-code` does for files.
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Changed facts, then the aligned text with changed words marked.
    Text,
    /// `dateline.diff/1`: one document for two versions; for more, the
    /// revisions between them and each fact's history.
    Json,
    /// Markdown, for a pull-request comment or a corrections log.
    Markdown,
    /// One self-contained HTML page, side by side, with a facts panel.
    Html,
}

/// Where articles come from and how to read them.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files, directories (read recursively) or `-` for standard input.
    #[arg(value_name = "FILE|DIR|-", required = true)]
    pub paths: Vec<PathBuf>,

    /// Publication date for articles that carry none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,

    /// Read every input as this format instead of detecting it.
    #[arg(long, value_name = "FORMAT", value_parser = parse_input_format)]
    pub input_format: Option<InputFormat>,

    /// Refuse any single article (a file, or a line of a JSON Lines corpus)
    /// larger than this many bytes. Accepts K, M and G suffixes.
    #[arg(long, value_name = "BYTES", value_parser = parse_size, default_value = "32M")]
    pub max_bytes: u64,

    /// Worker threads (default: every core). The output is the same for
    /// any number.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ParseFormat::Text)]
    pub format: ParseFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    /// Blocks and sentences, for reading in a terminal.
    Text,
    /// `dateline.article/1`: one document, or an array of them for several
    /// articles.
    Json,
    /// One `dateline.article/1` document a line.
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour when writing to a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| {
        // "2025-02-30" has the form but no such day.
        if e.kind() == chrono::format::ParseErrorKind::OutOfRange {
            format!("{s:?} is not a day of the calendar")
        } else {
            format!("{s:?} is not a date in the form YYYY-MM-DD")
        }
    })
}

fn parse_input_format(s: &str) -> Result<InputFormat, String> {
    s.parse::<InputFormat>().map_err(|_| {
        let names: Vec<&str> = InputFormat::ALL.iter().map(|f| f.as_str()).collect();
        format!("{s:?} is not one of {}", names.join(", "))
    })
}

/// Parses "32M", "100k", "2G" or a plain number of bytes.
fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (digits, unit) = match t.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => t.split_at(i),
        None => (t, ""),
    };
    let n: u64 =
        digits.parse().map_err(|_| format!("{s:?} is not a size such as 500K, 32M or 1G"))?;
    let factor = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 1,
        "K" => 1024,
        "M" => 1024 * 1024,
        "G" => 1024 * 1024 * 1024,
        _ => return Err(format!("{s:?} is not a size such as 500K, 32M or 1G")),
    };
    n.checked_mul(factor).filter(|&n| n > 0).ok_or_else(|| format!("{s:?} is out of range"))
}

impl InputArgs {
    /// The reader configuration the flags ask for.
    pub fn reader_config(&self) -> ReaderConfig {
        ReaderConfig {
            format: self.input_format,
            max_bytes: self.max_bytes,
            ..ReaderConfig::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("32M"), Ok(32 * 1024 * 1024));
        assert_eq!(parse_size("500k"), Ok(500 * 1024));
        assert_eq!(parse_size("1GiB"), Ok(1024 * 1024 * 1024));
        assert_eq!(parse_size("12"), Ok(12));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("0").is_err());
    }

    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = TimelineFormat::Text)]
    pub format: TimelineFormat,

    /// Only events that may have happened on or after this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub since: Option<NaiveDate>,

    /// Only events that may have happened on or before this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub until: Option<NaiveDate>,

    /// Only these kinds, comma-separated: call,meeting,strike…
    #[arg(long, value_name = "KINDS", value_delimiter = ',')]
    pub kinds: Vec<String>,

    /// Only events someone whose name contains this took part in (may be
    /// repeated).
    #[arg(long, value_name = "NAME")]
    pub actor: Vec<String>,

    /// Only these statuses, comma-separated: occurred,planned…
    #[arg(long, value_name = "STATUS", value_delimiter = ',', value_parser = parse_status)]
    pub status: Vec<dateline_events::Status>,

    /// Keep events found only in photo captions and credits.
    #[arg(long)]
    pub include_captions: bool,

    /// Keep only the N most salient dates: those the most events and
    /// articles point at.
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,

    /// Show the sentence each event comes from (text format).
    #[arg(long)]
    pub evidence: bool,

    /// The title of Markdown, TimelineJS, iCalendar and HTML documents.
    #[arg(long)]
    pub title: Option<String>,

    /// Add the kinds and triggers of this lexicon file (TOML) to the
    /// built-in ones.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TimelineFormat {
    /// An aligned timeline for the terminal.
    Text,
    /// `dateline.timeline/1`.
    Json,
    /// One event a line.
    Jsonl,
    /// A table for a newsroom wiki.
    Markdown,
    /// The TimelineJS Google Sheets columns.
    Csv,
    /// TimelineJS3 JSON.
    Timelinejs,
    /// iCalendar (RFC 5545): one event a VEVENT.
    Ics,
    /// One self-contained HTML page.
    Html,
}

fn parse_status(s: &str) -> Result<dateline_events::Status, String> {
    use dateline_events::Status::*;
    Ok(match s.trim() {
        "occurred" => Occurred,
        "planned" => Planned,
        "ongoing" => Ongoing,
        "denied" => Denied,
        "negated" => Negated,
        "reported" => Reported,
        "hypothetical" => Hypothetical,
        other => {
            return Err(format!(
                "unknown status {other:?} (expected occurred, planned, ongoing, denied, negated, reported or hypothetical)"
            ));
        }
    })
}
