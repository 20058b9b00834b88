//! `concord bench`: throughput of a stage on real pages and on a large generated corpus, with
//! all cores (set RAYON_NUM_THREADS to change).

use super::eval::predict;
use super::gold::{read_jsonl, ExtractionGold};
use anyhow::Result;
use concord_extract::ExtractOptions;
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Subcommand)]
pub enum BenchCommand {
    /// HTML extraction and cleaning: pages/s and MB/s on a gold set (AEB format), then on a
    /// generated corpus of `--generated` pages made from the same pages.
    Extract {
        #[arg(long)]
        gold: PathBuf,
        /// Passes over the gold pages.
        #[arg(long, default_value_t = 3)]
        rounds: usize,
        /// Pages in the generated corpus (0 to skip it).
        #[arg(long, default_value_t = 5000)]
        generated: usize,
    },
    /// Embedding: articles/s for title+lead (<= 128 tokens) and for whole texts (<= 512
    /// tokens), on the sample corpus's articles repeated, and the process's peak memory.
    Embed {
        #[command(flatten)]
        model: super::embed::ModelArgs,
        /// Articles embedded per measurement.
        #[arg(long, default_value_t = 2000)]
        articles: usize,
        /// Also write the texts as JSON `{"short": [...], "long": [...]}`, for running a
        /// reference implementation on the same inputs (bench/compare-embed.sh).
        #[arg(long)]
        texts_out: Option<PathBuf>,
    },
    /// Entity extraction and linking: articles/s on ~3 KB articles made from the sample
    /// corpus, gazetteer load time and memory.
    Entities(super::bench_entities::SampleArgs),
    /// The clusterer alone on synthetic precomputed analyses: articles/s as active stories
    /// grow, and peak memory.
    Cluster {
        #[arg(long, default_value_t = 1_000_000)]
        articles: usize,
        /// Simulated days the stream covers.
        #[arg(long, default_value_t = 10.0)]
        days: f64,
        /// Articles per story on average.
        #[arg(long, default_value_t = 5)]
        story_size: usize,
    },
    /// Quotes, numbers and times together: articles/s on ~3 KB articles made from the
    /// sample corpus, entities computed beforehand.
    Claims(super::bench_entities::SampleArgs),
}

pub fn run(cmd: BenchCommand) -> Result<i32> {
    match cmd {
        BenchCommand::Extract {
            gold,
            rounds,
            generated,
        } => bench_extract(gold, rounds, generated),
        BenchCommand::Embed {
            model,
            articles,
            texts_out,
        } => super::bench_embed::run(model, articles, texts_out),
        BenchCommand::Entities(args) => super::bench_entities::run(&args),
        BenchCommand::Claims(args) => super::bench_claims::run(&args),
        BenchCommand::Cluster {
            articles,
            days,
            story_size,
        } => super::bench_cluster::run(articles, days, story_size),
    }
}

fn bench_extract(gold: PathBuf, rounds: usize, generated: usize) -> Result<i32> {
    let pages: Vec<ExtractionGold> = read_jsonl(&gold)?;
    let opts = ExtractOptions::default();
    let threads = rayon::current_num_threads();
    println!("threads: {threads}");
    // Warm-up: lazily built tables and language models.
    pages.par_iter().take(threads * 2).for_each(|g| {
        predict(g, &opts);
    });
    let bytes: usize = pages.iter().map(|g| g.html.len()).sum();
    let start = Instant::now();
    for _ in 0..rounds {
        pages.par_iter().for_each(|g| {
            predict(g, &opts);
        });
    }
    report(
        "gold pages",
        pages.len() * rounds,
        bytes * rounds,
        start.elapsed().as_secs_f64(),
    );

    if generated > 0 {
        // Distinct pages: each copy gets its own URL and a marker paragraph, so nothing is
        // shared between copies.
        let corpus: Vec<ExtractionGold> = (0..generated)
            .map(|i| {
                let g = &pages[i % pages.len()];
                let marker =
                    format!("<p>Generated copy {i} for the throughput benchmark.</p></body>");
                ExtractionGold {
                    id: Some(format!("gen-{i}")),
                    url: Some(format!("https://generated.example/{i}")),
                    html: g.html.replacen("</body>", &marker, 1),
                    html_base64: None,
                    expected_text: String::new(),
                }
            })
            .collect();
        let bytes: usize = corpus.iter().map(|g| g.html.len()).sum();
        let start = Instant::now();
        corpus.par_iter().for_each(|g| {
            predict(g, &opts);
        });
        report(
            "generated pages",
            corpus.len(),
            bytes,
            start.elapsed().as_secs_f64(),
        );
    }
    Ok(0)
}

fn report(what: &str, pages: usize, bytes: usize, secs: f64) {
    println!(
        "{what}: {pages} pages, {:.1} MB in {secs:.2} s: {:.1} pages/s, {:.2} MB/s",
        bytes as f64 / 1e6,
        pages as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
}
