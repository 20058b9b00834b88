//! `concord bench cluster`: the clusterer alone on synthetic precomputed analyses, at the
//! scale of a day of the world's news and more. Stories start at random times over the
//! simulated days and their articles follow within hours; each story has its own entities,
//! terms, numbers, event day and embedding direction, shared vocabulary is drawn with
//! Zipf-like skew, so blocking keys collide as real ones do.

use super::bench_embed::peak_memory_kb;
use anyhow::Result;
use concord_stories::features::{bag, ArticleFeatures};
use concord_stories::{Clusterer, Config, DEFAULT_MODEL};
use std::time::Instant;

/// xorshift64*: enough randomness for synthetic data without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }
    /// Skewed towards small values: `n` * u^3.
    fn skewed(&mut self, n: u64) -> u64 {
        let u = self.unit() as f64;
        (n as f64 * u * u * u) as u64
    }
}

const DIM: usize = 512;

struct StorySeed {
    center: Vec<f32>,
    entities: Vec<u64>,
    terms: Vec<u64>,
    numbers: Vec<u64>,
    day: i32,
    start: i64,
}

fn seed(rng: &mut Rng, k: u64, start: i64) -> StorySeed {
    let mut center: Vec<f32> = (0..DIM).map(|_| rng.unit() - 0.5).collect();
    concord_embed::article::normalize(&mut center);
    StorySeed {
        center,
        // Its own rare entities and some of the common ones (countries, capitals).
        entities: (0..4)
            .map(|i| 1_000_000 + k * 8 + i)
            .chain((0..3).map(|_| rng.skewed(2_000)))
            .collect(),
        terms: (0..30)
            .map(|i| 10_000_000 + k * 64 + i)
            .chain((0..120).map(|_| 5_000_000 + rng.skewed(200_000)))
            .collect(),
        numbers: (0..4)
            .map(|_| 20_000_000 + rng.next() % 1_000_000)
            .collect(),
        day: (start / 86_400) as i32,
        start,
    }
}

fn article(rng: &mut Rng, s: &StorySeed, id: usize) -> ArticleFeatures {
    let mut dense: Vec<f32> = s
        .center
        .iter()
        .map(|c| c + 0.04 * (rng.unit() - 0.5))
        .collect();
    concord_embed::article::normalize(&mut dense);
    let pick = |rng: &mut Rng, v: &[u64], n: usize| -> Vec<(u64, f32)> {
        (0..n)
            .map(|_| (v[(rng.next() % v.len() as u64) as usize], 1.0))
            .collect()
    };
    ArticleFeatures {
        id: format!("a{id}"),
        lang: "en".into(),
        title: None,
        time: Some(s.start + (rng.next() % 43_200) as i64),
        dense,
        entities: bag(pick(rng, &s.entities, 8)),
        terms: bag(pick(rng, &s.terms, 160)),
        numbers: {
            let mut n: Vec<u64> = s
                .numbers
                .iter()
                .copied()
                .filter(|_| rng.unit() < 0.6)
                .collect();
            n.sort_unstable();
            n
        },
        days: vec![s.day],
        years: vec![2025],
        weekdays: vec![],
    }
}

/// Articles per ingest batch, as `concord ingest` writes them.
const SAVE_EVERY: usize = super::ingest::BATCH;

/// Counts the bytes written to it.
struct ByteCount(usize);

impl std::io::Write for ByteCount {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

pub fn run(articles: usize, days: f64, story_size: usize) -> Result<i32> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let stories = (articles / story_size.max(1)).max(1);
    let span = (days * 86_400.0) as i64;
    // Stories in order of their start.
    let seeds: Vec<StorySeed> = (0..stories as u64)
        .map(|k| seed(&mut rng, k, k as i64 * span / stories as i64))
        .collect();
    let mut c = Clusterer::new(Config::default(), DEFAULT_MODEL);
    // Interleave: article i of the stream comes from a story started up to 50 stories ago.
    let order: Vec<usize> = (0..articles)
        .map(|i| {
            let back = (rng.next() % 50) as usize;
            (i / story_size.max(1))
                .saturating_sub(back)
                .min(stories - 1)
        })
        .collect();
    println!(
        "{articles} synthetic articles, {stories} stories of about {story_size} over {days} days; window {} days; 1 thread (the clusterer is sequential)",
        Config::default().window_secs / 86_400
    );
    let mut clustering = 0.0f64;
    let (mut saving, mut saved_bytes, mut saved_rows, mut saves) = (0.0f64, 0usize, 0usize, 0);
    let t_all = Instant::now();
    let report = (articles / 10).max(1);
    for (i, &s) in order.iter().enumerate() {
        let a = article(&mut rng, &seeds[s], i);
        let t = Instant::now();
        c.add(&a);
        clustering += t.elapsed().as_secs_f64();
        if (i + 1) % SAVE_EVERY == 0 {
            // What `concord ingest` hands the store after each batch.
            let t = Instant::now();
            let rows = c.take_changes()?;
            saving += t.elapsed().as_secs_f64();
            saves += 1;
            saved_rows += rows.len();
            saved_bytes += rows
                .iter()
                .map(|r| 16 + r.value.as_ref().map_or(0, Vec::len))
                .sum::<usize>();
        }
        if (i + 1) % report == 0 {
            println!(
                "  {:>8} articles: {:.0} articles/s clustering, {} active stories, {} stories in all",
                i + 1,
                (i + 1) as f64 / clustering,
                c.active_stories(),
                c.stories().len()
            );
        }
    }
    println!(
        "clustering alone: {:.0} articles/s ({:.1} s); end to end with generation: {:.1} s",
        articles as f64 / clustering,
        clustering,
        t_all.elapsed().as_secs_f64()
    );
    let mut whole = ByteCount(0);
    let t = Instant::now();
    serde_json::to_writer(&mut whole, &c)?;
    println!(
        "state saved as the rows each batch of {SAVE_EVERY} changed: {:.1} s in all, {:.0} rows and {:.2} MB per batch on average; the whole state once at the end: {:.0} MB in {:.2} s",
        saving,
        saved_rows as f64 / saves.max(1) as f64,
        saved_bytes as f64 / saves.max(1) as f64 / 1e6,
        whole.0 as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    if let Some(peak) = peak_memory_kb() {
        println!("peak resident memory: {:.0} MB", peak as f64 / 1024.0);
    }
    Ok(0)
}
