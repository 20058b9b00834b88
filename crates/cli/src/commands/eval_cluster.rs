//! `concord eval cluster` and `concord eval pairs`: story clustering against gold story
//! labels (BCubed and pairwise precision, recall, F1), and pair scores against gold
//! judgements (Pearson and Spearman correlation, accuracy on a binary label).

use super::featurize::Featurizer;
use super::gold::read_jsonl;
use crate::input::{for_each_article, InputArgs};
use anyhow::{Context, Result};
use concord_eval::cluster::score;
use concord_eval::pairs::{pearson, spearman};
use concord_stories::{pair_probability, Clusterer, DEFAULT_MODEL};
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct ClusterArgs {
    /// JSON lines with `id`, `text` (and optionally `title`, `lang`, `published`) and a gold
    /// `story_id`, in arrival order.
    #[arg(long)]
    pub gold: PathBuf,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    #[arg(long, default_value_t = 3.0)]
    pub window_days: f64,
    #[arg(long, default_value_t = 0.5)]
    pub threshold: f32,
}

#[derive(Deserialize)]
struct GoldStory {
    id: Value,
    story_id: Value,
}

fn key(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

pub fn run_cluster(args: ClusterArgs) -> Result<i32> {
    let gold: Vec<GoldStory> = read_jsonl(&args.gold)?;
    let story_of: HashMap<String, String> = gold
        .iter()
        .map(|g| (key(&g.id), key(&g.story_id)))
        .collect();
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let input = InputArgs {
        inputs: vec![args.gold.display().to_string()],
        now: None,
        max_bytes: 256 * 1024 * 1024,
        strict: true,
    };
    let mut articles = Vec::new();
    for_each_article(&input, |a| {
        articles.push(a);
        Ok(())
    })
    .with_context(|| format!("cannot read {}", args.gold.display()))?;
    let feats = f.features(&mut articles, None);
    let mut c = Clusterer::new(
        super::cluster::config(args.window_days, args.threshold),
        DEFAULT_MODEL,
    );
    let assigned: Vec<(String, String)> = feats
        .iter()
        .map(|x| (x.id.clone(), c.add(x).story))
        .collect();
    let items: Vec<(String, String)> = assigned
        .iter()
        .filter_map(|(id, story)| {
            let now = c.current_id(story).unwrap_or(story).to_string();
            story_of.get(id).map(|g| (g.clone(), now))
        })
        .collect();
    let s = score(&items);
    let stories: std::collections::HashSet<&String> = items.iter().map(|i| &i.1).collect();
    let gold_stories: std::collections::HashSet<&String> = items.iter().map(|i| &i.0).collect();
    println!(
        "clustering on {} ({} articles, {} gold stories, {} predicted, {} merges)",
        args.gold.display(),
        items.len(),
        gold_stories.len(),
        stories.len(),
        c.merges().len()
    );
    println!(
        "BCubed    precision {:.3}  recall {:.3}  F1 {:.3}",
        s.bcubed_precision,
        s.bcubed_recall,
        s.bcubed_f1()
    );
    println!(
        "pairwise  precision {:.3}  recall {:.3}  F1 {:.3}",
        s.pairwise_precision,
        s.pairwise_recall,
        s.pairwise_f1()
    );
    Ok(0)
}

#[derive(clap::Args)]
pub struct PairsArgs {
    /// JSON lines with `id1`, `id2` and gold labels: a numeric one (`--numeric`, default
    /// `similarity`) and/or a binary one (`--binary`, default `same_story`).
    #[arg(long)]
    pub gold: PathBuf,
    /// The articles, as JSON lines.
    #[arg(long)]
    pub articles: PathBuf,
    #[arg(long, default_value = "similarity")]
    pub numeric: String,
    #[arg(long, default_value = "same_story")]
    pub binary: String,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

pub fn run_pairs(args: PairsArgs) -> Result<i32> {
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let (by_id, idf) = super::pairs::load_features(&f, &args.articles)?;
    let gold: Vec<Value> = read_jsonl(&args.gold)?;
    let (mut scores, mut numeric, mut right, mut binary) = (Vec::new(), Vec::new(), 0, 0);
    let mut by_lang: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for g in &gold {
        let (Some(a), Some(b)) = (
            g["id1"].as_str().and_then(|i| by_id.get(i)),
            g["id2"].as_str().and_then(|i| by_id.get(i)),
        ) else {
            anyhow::bail!(
                "{}: pair {} refers to an article not in {}",
                args.gold.display(),
                g,
                args.articles.display()
            );
        };
        let p = pair_probability(&DEFAULT_MODEL, a, b, &idf) as f64;
        if let Some(x) = g[&args.numeric].as_f64() {
            scores.push(p);
            numeric.push(x);
        }
        let label = g[&args.binary]
            .as_bool()
            .or_else(|| g[&args.binary].as_i64().map(|v| v != 0));
        if let Some(y) = label {
            binary += 1;
            let ok = (p >= 0.5) == y;
            right += usize::from(ok);
            let mut langs = [a.lang.clone(), b.lang.clone()];
            langs.sort();
            let e = by_lang.entry(langs.join("-")).or_default();
            e.0 += usize::from(ok);
            e.1 += 1;
        }
    }
    println!("pairs on {} ({} pairs)", args.gold.display(), gold.len());
    if !numeric.is_empty() {
        println!(
            "{:<12} Pearson {:.3}  Spearman {:.3}  ({} pairs)",
            args.numeric,
            pearson(&scores, &numeric),
            spearman(&scores, &numeric),
            numeric.len()
        );
    }
    if binary > 0 {
        println!(
            "{:<12} accuracy {:.3}  ({} of {} at probability 0.5)",
            args.binary,
            right as f64 / binary as f64,
            right,
            binary
        );
        for (l, (r, n)) in &by_lang {
            println!("  {l:<8} {r}/{n}");
        }
    }
    Ok(0)
}
