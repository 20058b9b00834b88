//! `concord bench claims`: quotes, numbers and times together on ~3 KB articles, with the
//! entities computed beforehand (not timed), as `analyze` runs them after the entities.

use super::bench_embed::peak_memory_kb;
use super::bench_entities::sample_texts;
use anyhow::Result;
use chrono::DateTime;
use rayon::prelude::*;
use std::time::Instant;

pub fn run(args: &super::bench_entities::SampleArgs) -> Result<i32> {
    let (n, size, rounds) = (args.articles, args.size, args.rounds);
    let ex = super::analyze::open_extractor(args.data_dir.as_deref())?;
    let inputs = sample_texts(n, size, args.lang.as_deref())?;
    let bytes: usize = inputs.iter().map(|(t, _)| t.len()).sum();
    println!(
        "{} articles of {:.1} KB on average, {} threads (entities computed first, not timed)",
        inputs.len(),
        bytes as f64 / inputs.len() as f64 / 1e3,
        rayon::current_num_threads()
    );
    let entities: Vec<_> = inputs
        .par_iter()
        .map(|(t, l)| ex.extract(t, l.as_deref()))
        .collect();
    let reference = DateTime::parse_from_rfc3339("2025-07-13T12:00:00+03:00").ok();
    let run_once = || -> (usize, usize, usize) {
        inputs
            .par_iter()
            .zip(&entities)
            .map(|((t, l), e)| {
                let f = concord_claims::analyze_text(t, l.as_deref().unwrap_or(""), reference, e);
                (f.quotes.len(), f.claims.len(), f.times.len())
            })
            .reduce(|| (0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
    };
    // Warm-up: lazily compiled patterns and tables.
    run_once();
    for r in 0..rounds {
        let t = Instant::now();
        let (q, c, tm) = run_once();
        let secs = t.elapsed().as_secs_f64();
        println!(
            "round {}: {:.0} articles/s, {:.1} MB/s ({q} quotes, {c} numbers, {tm} times, {:.2} s)",
            r + 1,
            inputs.len() as f64 / secs,
            bytes as f64 / 1e6 / secs,
            secs
        );
    }
    if let Some(peak) = peak_memory_kb() {
        println!("peak resident memory: {:.0} MB", peak as f64 / 1024.0);
    }
    Ok(0)
}
