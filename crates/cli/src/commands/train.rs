//! `concord train`: fits the same-story model the way the clusterer uses it. Articles of
//! labelled sets are replayed in order; each is compared with every gold story seen so far
//! (the sum of that story's earlier articles), labelled by whether it belongs there. The
//! fitted weights are printed for `concord_stories::DEFAULT_MODEL`.

use super::featurize::Featurizer;
use super::gold::read_jsonl;
use crate::input::{for_each_article, InputArgs};
use anyhow::{Context, Result};
use concord_stories::profile::{Idf, Profile};
use concord_stories::{signals, train::fit, ArticleFeatures, Signals, SIGNALS};
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// Labelled sets: JSON lines with `id`, `text` and a gold `story_id` (as `eval cluster`
    /// reads them), replayed in file order.
    #[arg(long)]
    pub gold: Vec<PathBuf>,
    /// Also the sample corpus (corpus/, labelled by corpus/gold.jsonl), from the repository root.
    #[arg(long)]
    pub sample: bool,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// L2 regularisation of the weights.
    #[arg(long, default_value_t = 0.001)]
    pub l2: f64,
    /// Replay each set in this many arrival orders (its own, then shuffles): a stream's
    /// start, where stories of one or two articles meet reports of other events, is seen
    /// many times instead of once.
    #[arg(long, default_value_t = 1)]
    pub orders: usize,
}

/// `set` replayed in its own order, then in `orders - 1` shuffled ones (Fisher–Yates over
/// xorshift64*, seeded by the order's number, so a fit is reproducible).
fn replay_orders(set: &[(ArticleFeatures, String)], orders: usize, out: &mut Vec<(Signals, bool)>) {
    replay(set, out);
    for seed in 1..orders {
        let mut state =
            0x9E37_79B9_7F4A_7C15u64 ^ (seed as u64).wrapping_mul(0xD1B5_4A32_D192_ED03);
        let mut next = || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        let mut order: Vec<usize> = (0..set.len()).collect();
        for i in (1..order.len()).rev() {
            order.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        let shuffled: Vec<(ArticleFeatures, String)> =
            order.iter().map(|&k| set[k].clone()).collect();
        replay(&shuffled, out);
    }
}

/// Teacher-forced samples of one labelled set: (article features, gold story) in order.
fn replay(set: &[(ArticleFeatures, String)], out: &mut Vec<(Signals, bool)>) {
    let mut idf = Idf::default();
    let mut stories: Vec<(String, Profile)> = Vec::new();
    for (x, story) in set {
        idf.observe(x);
        let p = Profile::of(x);
        for (g, profile) in &stories {
            out.push((signals(&p, &x.lang, profile, &idf), g == story));
        }
        match stories.iter_mut().find(|(g, _)| g == story) {
            Some((_, profile)) => profile.add(&p),
            None => stories.push((story.clone(), p)),
        }
    }
}

fn key(v: &Value) -> String {
    v.as_str().map_or_else(|| v.to_string(), str::to_string)
}

pub fn run(args: Args) -> Result<i32> {
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let mut samples: Vec<(Signals, bool)> = Vec::new();
    if args.sample {
        let labelled = super::labelled::sample()?;
        let labelled: Vec<_> = labelled
            .into_iter()
            .filter(|l| l.article.duplicate_of.is_none())
            .collect();
        let mut articles: Vec<_> = labelled.iter().map(|l| l.article.clone()).collect();
        let feats = f.features(&mut articles, None);
        let set: Vec<_> = feats
            .into_iter()
            .zip(labelled.iter().map(|l| l.story.clone()))
            .collect();
        replay_orders(&set, args.orders, &mut samples);
    }
    for path in &args.gold {
        let gold: Vec<Value> = read_jsonl(path)?;
        let story_of: HashMap<String, String> = gold
            .iter()
            .map(|g| (key(&g["id"]), key(&g["story_id"])))
            .collect();
        let input = InputArgs {
            inputs: vec![path.display().to_string()],
            now: None,
            max_bytes: 256 * 1024 * 1024,
            strict: false,
        };
        let mut articles = Vec::new();
        for_each_article(&input, |a| {
            articles.push(a);
            Ok(())
        })
        .with_context(|| format!("cannot read {}", path.display()))?;
        let feats = f.features(&mut articles, None);
        let set: Vec<_> = feats
            .into_iter()
            .filter_map(|x| story_of.get(&x.id).cloned().map(|s| (x, s)))
            .collect();
        replay_orders(&set, args.orders, &mut samples);
    }
    anyhow::ensure!(
        !samples.is_empty(),
        "no labelled articles: give --gold FILE or --sample"
    );
    let model = fit(&samples, args.l2);
    let positives = samples.iter().filter(|s| s.1).count();
    let right = |want: bool| {
        samples
            .iter()
            .filter(|(s, y)| *y == want && (model.probability(s) >= 0.5) == want)
            .count()
    };
    println!(
        "{} article-story comparisons ({} same story); right: {:.3} of same-story, {:.3} of others",
        samples.len(),
        positives,
        right(true) as f64 / positives.max(1) as f64,
        right(false) as f64 / (samples.len() - positives).max(1) as f64
    );
    for (name, w) in SIGNALS.iter().zip(model.weights) {
        println!("  {name:<18} {w:+.3}");
    }
    println!("  {:<18} {:+.3}", "bias", model.bias);
    let w: Vec<String> = model.weights.iter().map(|w| format!("{w:.3}")).collect();
    println!("weights: [{}], bias: {:.3}", w.join(", "), model.bias);
    Ok(0)
}
