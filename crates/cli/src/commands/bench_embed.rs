//! `concord bench embed`: embedding throughput and peak memory.

use super::embed::ModelArgs;
use anyhow::Result;
use concord_embed::article::{
    title_lead, title_lead_within, word_length, CHUNK_TOKENS, LEAD_TOKENS, LEAD_WORDS,
};
use std::path::PathBuf;
use std::time::Instant;

/// Words in a "whole text" benchmark input before it is cut to 512 tokens.
const LONG_WORDS: usize = 400;

pub fn run(model_args: ModelArgs, n: usize, texts_out: Option<PathBuf>) -> Result<i32> {
    let started = Instant::now();
    let model = model_args.load()?;
    println!(
        "model {} loaded in {:.2} s, {} threads",
        model.name(),
        started.elapsed().as_secs_f64(),
        rayon::current_num_threads()
    );
    let articles = super::labelled::extract_all(&["corpus/sample".to_string()])?;
    anyhow::ensure!(
        !articles.is_empty(),
        "no sample articles found under corpus/sample (run from the repository root)"
    );
    let short: Vec<String> = (0..n)
        .map(|i| &articles[i % articles.len()])
        .map(|a| {
            title_lead_within(
                model.as_ref(),
                a.title.as_deref(),
                &a.text,
                LEAD_WORDS,
                LEAD_TOKENS,
            )
        })
        .collect();
    let long: Vec<String> = (0..n)
        .map(|i| &articles[i % articles.len()])
        .map(|a| {
            // Whole texts of about 512 tokens: short articles are repeated up to that length.
            let mut t = title_lead(a.title.as_deref(), &a.text, LONG_WORDS);
            while word_length(&t) < LONG_WORDS {
                t = format!("{t}\n{}", a.text);
            }
            title_lead_within(model.as_ref(), None, &t, LONG_WORDS, CHUNK_TOKENS)
        })
        .collect();
    if let Some(path) = texts_out {
        std::fs::write(
            &path,
            serde_json::to_vec(&serde_json::json!({"short": short, "long": long}))?,
        )?;
    }
    // Warm-up: first-touch of the memory-mapped weights.
    model.embed(
        &short
            .iter()
            .take(16)
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    for (label, texts) in [("title+lead", &short), ("whole text", &long)] {
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let t = Instant::now();
        let v = model.embed(&refs);
        let secs = t.elapsed().as_secs_f64();
        assert_eq!(v.len(), refs.len());
        let tokens: Vec<usize> = refs.iter().map(|r| model.token_count(r)).collect();
        println!(
            "{label}: {} articles ({} tokens avg, {} max) in {secs:.2} s: {:.1} articles/s",
            refs.len(),
            tokens.iter().sum::<usize>() / refs.len().max(1),
            tokens.iter().max().unwrap_or(&0),
            refs.len() as f64 / secs
        );
    }
    if let Some(peak) = peak_memory_kb() {
        println!("peak resident memory: {:.0} MB", peak as f64 / 1024.0);
    }
    Ok(0)
}

/// The process's peak resident set (VmHWM) on Linux.
pub fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}
