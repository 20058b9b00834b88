//! `concord bench entities`: entity extraction and linking throughput on ~3 KB articles,
//! gazetteer load time and memory.

use super::bench_embed::peak_memory_kb;
use anyhow::Result;
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

/// The benchmark texts made from the sample corpus, and how often to time them.
#[derive(clap::Args)]
pub struct SampleArgs {
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    #[arg(long, default_value_t = 20000)]
    pub articles: usize,
    /// Bytes per article (sample articles of one language joined up to this size).
    #[arg(long, default_value_t = 3000)]
    pub size: usize,
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
    /// Only the sample articles in this language.
    #[arg(long)]
    pub lang: Option<String>,
}

pub fn run(args: &SampleArgs) -> Result<i32> {
    let (n, size, rounds) = (args.articles, args.size, args.rounds);
    let rss_before = current_rss_kb();
    let t0 = Instant::now();
    let ex = super::analyze::open_extractor(args.data_dir.as_deref())?;
    let load = t0.elapsed();
    println!(
        "gazetteer: {} entities, {} keys, opened in {:.2} ms (memory-mapped; resident +{} MB after opening)",
        ex.gazetteer().len(),
        ex.gazetteer().key_count(),
        load.as_secs_f64() * 1e3,
        (current_rss_kb().unwrap_or(0).saturating_sub(rss_before.unwrap_or(0))) / 1024
    );
    let inputs = sample_texts(n, size, args.lang.as_deref())?;
    let bytes: usize = inputs.iter().map(|(t, _)| t.len()).sum();
    println!(
        "{} articles of {:.1} KB on average, {} threads",
        inputs.len(),
        bytes as f64 / inputs.len() as f64 / 1e3,
        rayon::current_num_threads()
    );
    // One pass to warm the page cache of the memory-mapped files.
    inputs.par_iter().for_each(|(t, l)| {
        ex.extract(t, l.as_deref());
    });
    for r in 0..rounds {
        let t = Instant::now();
        let mentions: usize = inputs
            .par_iter()
            .map(|(t, l)| {
                ex.extract(t, l.as_deref())
                    .iter()
                    .map(|e| e.mentions.len())
                    .sum::<usize>()
            })
            .sum();
        let secs = t.elapsed().as_secs_f64();
        println!(
            "round {}: {:.0} articles/s, {:.1} MB/s ({} mentions, {:.2} s)",
            r + 1,
            inputs.len() as f64 / secs,
            bytes as f64 / 1e6 / secs,
            mentions,
            secs
        );
    }
    if let Some(peak) = peak_memory_kb() {
        println!("peak resident memory: {:.0} MB", peak as f64 / 1024.0);
    }
    Ok(0)
}

/// `n` benchmark texts of about `size` bytes: each is one sample article followed by the
/// next ones of the same language until it reaches `size`, so texts stay in one language.
pub fn sample_texts(
    n: usize,
    size: usize,
    lang: Option<&str>,
) -> Result<Vec<(String, Option<String>)>> {
    let mut articles = super::labelled::extract_all(&["corpus/sample".to_string()])?;
    if let Some(l) = lang {
        articles.retain(|a| a.lang.as_deref() == Some(l));
    }
    anyhow::ensure!(
        !articles.is_empty(),
        "no sample articles found under corpus/sample (run from the repository root)"
    );
    Ok((0..n)
        .map(|i| {
            let first = &articles[i % articles.len()];
            let mut text = first.text.clone();
            let mut k = i;
            while text.len() < size {
                k += 1;
                let next = &articles[k % articles.len()];
                if next.lang == first.lang {
                    text.push_str("\n\n");
                    text.push_str(&next.text);
                }
            }
            (text, first.lang.clone())
        })
        .collect())
}

pub fn current_rss_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
