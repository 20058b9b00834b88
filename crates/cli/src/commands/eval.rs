//! `concord eval`: scores against gold files.

use super::gold::{read_jsonl, ExtractionGold};
use anyhow::Result;
use concord_eval::extraction::{score_document, summarize, DocScore};
use concord_extract::{extract_one, ExtractOptions};
use concord_model::{InputFormat, InputRef};
use concord_sources::{Body, DeclaredMeta, RawDoc};
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

#[derive(clap::Subcommand)]
pub enum EvalCommand {
    /// Main-text extraction against JSON lines with `html` and `expected_text` (the AEB format),
    /// scored with the benchmark's shingle metric.
    Extract {
        #[arg(long)]
        gold: PathBuf,
        /// Also list this many worst pages by F1.
        #[arg(long, default_value_t = 0)]
        worst: usize,
        /// Write each page's predicted text and score to this JSON-lines file.
        #[arg(long)]
        predictions: Option<PathBuf>,
    },
    /// Embedding models on the labelled sample corpus: cosines of same-story, same-topic and
    /// unrelated pairs, and same-story accuracy at the best threshold.
    Embed(super::eval_embed::Args),
    /// Entity mentions and ids against a gold set (JSON lines with `text` and `mentions`):
    /// precision, recall and F1 of (mention, entity id).
    Entities(super::eval_entities::Args),
    /// Quotes and their speakers against a gold set (PolNeAR's format or ours): content-span
    /// precision, recall and F1 (by overlap and exact) and speaker accuracy.
    Quotes(super::eval_quotes::Args),
    /// Numbers and times against a gold set of ours (JSON lines `{id, lang, published, text,
    /// numbers, times}`, see crates/cli/tests/fixtures/claims_gold.md): detection and accuracy
    /// of each field.
    Claims(super::eval_claims::Args),
    /// Story clustering against gold story labels: BCubed and pairwise precision, recall, F1.
    Cluster(super::eval_cluster::ClusterArgs),
    /// Same-story pair scores against gold judgements: correlation and accuracy.
    Pairs(super::eval_cluster::PairsArgs),
    /// The sample corpus's story dossiers against expected dossiers.
    Dossiers(super::eval_dossiers::Args),
}

pub fn run(cmd: EvalCommand) -> Result<i32> {
    match cmd {
        EvalCommand::Extract {
            gold,
            worst,
            predictions,
        } => eval_extract(gold, worst, predictions),
        EvalCommand::Embed(args) => super::eval_embed::run(args),
        EvalCommand::Entities(args) => super::eval_entities::run(args),
        EvalCommand::Quotes(args) => super::eval_quotes::run(args),
        EvalCommand::Claims(args) => super::eval_claims::run(args),
        EvalCommand::Cluster(args) => super::eval_cluster::run_cluster(args),
        EvalCommand::Pairs(args) => super::eval_cluster::run_pairs(args),
        EvalCommand::Dossiers(args) => super::eval_dossiers::run(args),
    }
}

/// The predicted main text of one gold page, as `concord extract` would print it.
pub fn predict(g: &ExtractionGold, opts: &ExtractOptions) -> Option<String> {
    let raw = RawDoc {
        input: InputRef {
            path: g.id.clone().unwrap_or_default(),
            format: InputFormat::Html,
            record: None,
        },
        body: Body::HtmlPage(g.page()),
        meta: DeclaredMeta {
            url: g.url.clone(),
            ..Default::default()
        },
        reference_time: None,
    };
    extract_one(raw, opts).ok().map(|a| a.text)
}

fn eval_extract(gold: PathBuf, worst: usize, predictions: Option<PathBuf>) -> Result<i32> {
    let pages: Vec<ExtractionGold> = read_jsonl(&gold)?;
    let opts = ExtractOptions::default();
    let start = Instant::now();
    let results: Vec<(Option<String>, DocScore)> = pages
        .par_iter()
        .map(|g| {
            let p = predict(g, &opts);
            let s = score_document(p.as_deref().unwrap_or(""), &g.expected_text);
            (p, s)
        })
        .collect();
    let elapsed = start.elapsed();
    let scores: Vec<DocScore> = results.iter().map(|r| r.1).collect();
    let s = summarize(&scores);
    let failures = results.iter().filter(|r| r.0.is_none()).count();
    println!(
        "extraction on {}: precision {:.3}  recall {:.3}  F1 {:.3}  ({} pages, {} without text, {:.1} ms/page on {} threads)",
        gold.display(),
        s.precision,
        s.recall,
        s.f1,
        s.documents,
        failures,
        elapsed.as_secs_f64() * 1000.0 * rayon::current_num_threads() as f64 / pages.len().max(1) as f64,
        rayon::current_num_threads()
    );
    if worst > 0 {
        let mut order: Vec<usize> = (0..pages.len()).collect();
        order.sort_by(|&a, &b| scores[a].f1().total_cmp(&scores[b].f1()));
        for &i in order.iter().take(worst) {
            let d = &scores[i];
            println!(
                "  F1 {:.2}  P {:.2}  R {:.2}  {}",
                d.f1(),
                d.precision().unwrap_or(0.0),
                d.recall().unwrap_or(0.0),
                pages[i]
                    .url
                    .as_deref()
                    .or(pages[i].id.as_deref())
                    .unwrap_or("?")
            );
        }
    }
    if let Some(path) = predictions {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path)?);
        for (g, (p, d)) in pages.iter().zip(&results) {
            let rec = serde_json::json!({"id": g.id, "url": g.url, "predicted": p, "precision": d.precision(), "recall": d.recall()});
            writeln!(f, "{rec}")?;
        }
    }
    Ok(0)
}
