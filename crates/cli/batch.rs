//! Articles worked on in parallel, results kept in input order.
//!
//! Articles are read one after another and gathered into batches; each
//! batch is handed to a rayon pool (`--jobs`), and the results are passed on
//! in the order the articles were read. Memory holds one batch at a time,
//! so a corpus of any size streams through, and the output is the same
//! whatever the number of threads.

use std::io;

use dateline_article::{Article, Source};
use rayon::ThreadPool;
use rayon::prelude::*;

use crate::input::{ArticleStream, InputPath};
use crate::report::Reporter;

/// Articles per batch, per thread.
const BATCH_PER_THREAD: usize = 32;

/// A pool of `jobs` threads (every core when `None` or 0).
pub fn pool(jobs: Option<usize>) -> Result<ThreadPool, String> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build()
        .map_err(|err| err.to_string())
}

/// Reads every input through `stream`, runs `work` on each article on
/// `pool`, and calls `emit` with the results in input order.
pub fn run<R: Send>(
    stream: &mut ArticleStream<'_>,
    inputs: &[InputPath],
    report: &mut Reporter,
    pool: &ThreadPool,
    work: impl Fn(Source, Article) -> R + Sync,
    mut emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()> {
    let size = BATCH_PER_THREAD * pool.current_num_threads();
    let mut batch: Vec<(Source, Article)> = Vec::with_capacity(size);
    stream.run(inputs, report, |source, article, _| {
        batch.push((source, article));
        if batch.len() >= size {
            flush(pool, &mut batch, &work, &mut emit)?;
        }
        Ok(())
    })?;
    flush(pool, &mut batch, &work, &mut emit)
}

fn flush<R: Send>(
    pool: &ThreadPool,
    batch: &mut Vec<(Source, Article)>,
    work: &(impl Fn(Source, Article) -> R + Sync),
    emit: &mut impl FnMut(R) -> io::Result<()>,
) -> io::Result<()> {
    let articles = std::mem::take(batch);
    let done: Vec<R> = pool.install(|| {
        articles.into_par_iter().map(|(source, article)| work(source, article)).collect()
    });
    done.into_iter().try_for_each(emit)
}
