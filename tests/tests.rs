//! The integration tests of the `dateline` binary: one test binary (see
//! `Cargo.toml`), with a module per command.

mod diff;
mod events;
mod hardening;
mod parse;
mod timeline;
mod timeline_formats;
mod timex;
mod util;
