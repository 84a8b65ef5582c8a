//! Articles worked on in parallel, results kept in input order.
//!
//! Articles are read one after another and gathered into batches; each
//! batch is handed to a rayon pool (`--jobs`), and the results are passed on
//! in the order the articles were read. Memory holds one batch at a time,
//! so a corpus of any size streams through, and the output is the same
//! whatever the number of threads.

use std::io;
use std::thread;

use dateline_article::{Article, Source};
use rayon::ThreadPool;
use rayon::prelude::*;

use crate::input::{ArticleStream, InputPath};
use crate::report::Reporter;

/// Articles per batch, per thread.
const BATCH_PER_THREAD: usize = 32;

/// A pool of `jobs` threads (every core when `None` or 0), or `None` with
/// the error reported against `--jobs`.
pub fn pool(jobs: Option<usize>, report: &mut Reporter) -> Option<ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(|err| report.error("--jobs", &err.to_string()))
        .ok()
}

/// Reads every input through `stream`, runs `work` on each article on
/// `pool`, and calls `emit` with the results in input order.
///
/// While the pool works on one batch, this thread hands on the results of
/// the batch before it and reads the next: reading and what `emit` does
/// (writing, or merging a timeline) overlap the work instead of leaving
/// the pool idle.
pub fn run<R: Send>(
    stream: &mut ArticleStream<'_>,
    inputs: &[InputPath],
    report: &mut Reporter,
    pool: &ThreadPool,
    work: impl Fn(Source, Article) -> R + Sync,
    mut emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()> {
    let size = BATCH_PER_THREAD * pool.current_num_threads();
    let work = &work;
    thread::scope(|scope| {
        let mut running: Option<thread::ScopedJoinHandle<'_, Vec<R>>> = None;
        // Starts `articles` on the pool, then emits the batch before.
        let mut hand_off = |articles: Vec<(Source, Article)>| -> io::Result<()> {
            let next = scope.spawn(move || {
                pool.install(|| {
                    articles
                        .into_par_iter()
                        .map(|(source, article)| work(source, article))
                        .collect()
                })
            });
            match running.replace(next) {
                Some(before) => joined(before).into_iter().try_for_each(&mut emit),
                None => Ok(()),
            }
        };
        let mut batch: Vec<(Source, Article)> = Vec::with_capacity(size);
        stream.run(inputs, report, |source, article, _| {
            batch.push((source, article));
            if batch.len() >= size {
                hand_off(std::mem::replace(&mut batch, Vec::with_capacity(size)))?;
            }
            Ok(())
        })?;
        hand_off(batch)?;
        match running.take() {
            Some(last) => joined(last).into_iter().try_for_each(&mut emit),
            None => Ok(()),
        }
    })
}

/// The results of a batch, once its thread is done; a panic there goes on
/// here.
fn joined<R>(handle: thread::ScopedJoinHandle<'_, Vec<R>>) -> Vec<R> {
    handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}
