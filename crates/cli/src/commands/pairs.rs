//! `concord pairs`: for each pair of article ids, the probability that both report the same
//! story, from the same signals and model the clustering uses.

use super::featurize::Featurizer;
use super::gold::read_jsonl;
use crate::input::{for_each_article, InputArgs};
use anyhow::{Context, Result};
use concord_stories::profile::Idf;
use concord_stories::{pair_probability, ArticleFeatures, DEFAULT_MODEL};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    /// Articles as JSON lines (as `concord extract` accepts them), with their `id`s.
    #[arg(long)]
    pub articles: PathBuf,
    /// JSON lines with `id1` and `id2`.
    #[arg(long)]
    pub pairs: PathBuf,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

#[derive(Deserialize)]
pub struct PairIds {
    pub id1: String,
    pub id2: String,
}

/// Reads, analyses and featurises every article of a file, by id; IDF weights over them.
pub fn load_features(
    f: &Featurizer,
    path: &Path,
) -> Result<(HashMap<String, ArticleFeatures>, Idf)> {
    let input = InputArgs {
        inputs: vec![path.display().to_string()],
        now: None,
        max_bytes: 64 * 1024 * 1024,
        strict: true,
    };
    let mut articles = Vec::new();
    for_each_article(&input, |a| {
        articles.push(a);
        Ok(())
    })
    .with_context(|| format!("cannot read the articles of {}", path.display()))?;
    let feats = f.features(&mut articles, None);
    let mut idf = Idf::default();
    for x in &feats {
        idf.observe(x);
    }
    Ok((feats.into_iter().map(|x| (x.id.clone(), x)).collect(), idf))
}

pub fn run(args: Args) -> Result<i32> {
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let (by_id, idf) = load_features(&f, &args.articles)?;
    let pairs: Vec<PairIds> = read_jsonl(&args.pairs)?;
    let mut missing = 0;
    for p in &pairs {
        let (Some(a), Some(b)) = (by_id.get(&p.id1), by_id.get(&p.id2)) else {
            eprintln!(
                "{}: no article {} or {} in {}",
                args.pairs.display(),
                p.id1,
                p.id2,
                args.articles.display()
            );
            missing += 1;
            continue;
        };
        let score = pair_probability(&DEFAULT_MODEL, a, b, &idf);
        println!(
            "{}",
            serde_json::json!({"id1": p.id1, "id2": p.id2, "score": score})
        );
    }
    Ok(if missing > 0 { 1 } else { 0 })
}
