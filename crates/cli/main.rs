//! `dateline`: the command-line interface.
//!
//! The binary holds no extraction logic. It parses flags (`args`), finds
//! and reads inputs (`input`), runs the library crates, writes what they
//! return, and turns problems into one-line messages and an exit code
//! (`report`): 0 success, 1 a `--exit-code` difference, 2 bad usage or an
//! unreadable input.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

mod args;
mod batch;
mod diff;
mod events;
mod input;
mod output;
mod parse;
mod report;
mod timeline;
mod timex;

use args::{Cli, ColorWhen, Command};
use report::Reporter;

/// mimalloc rather than the system allocator: extraction allocates many
/// small, short-lived strings and vectors on every thread, and glibc's
/// malloc spent a sixth of a large timeline's time consolidating and
/// unlinking its free lists. Version 2 without transparent huge pages
/// keeps the peak memory where glibc's was.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color_out = use_color(cli.color, io::stdout().is_terminal());
    let color_err = use_color(cli.color, io::stderr().is_terminal());
    let mut report = Reporter::new(color_err);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    // Set by `dateline diff --exit-code` when a fact changed.
    let mut differences = false;
    let result = match &cli.command {
        Command::Parse(args) => parse::run(args, &mut out, color_out, &mut report),
        Command::Timex(args) => timex::run(args, &mut out, color_out, &mut report),
        Command::Events(args) => events::run(args, &mut out, color_out, &mut report),
        Command::Timeline(args) => timeline::run(args, &mut out, color_out, &mut report),
        Command::Diff(args) => diff::run(args, &mut out, color_out, &mut report)
            .map(|changed| differences = changed && args.exit_code),
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command(), "dateline", &mut out);
            Ok(())
        }
    };
    let result = result.and_then(|()| out.flush());
    match result {
        Ok(()) => {}
        // A closed pipe (`dateline … | head`) is the reader's choice, not an
        // error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(err) => {
            report.error("output", &input::io_message(&err));
        }
    }
    if report.errors() > 0 {
        ExitCode::from(2)
    } else if differences {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Whether to colour a stream: `--color`, then `NO_COLOR`, then whether it
/// is a terminal.
fn use_color(when: ColorWhen, terminal: bool) -> bool {
    match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}
