//! `concord eval embed`: how well an embedding model tells same-story pairs from the rest,
//! on the labelled sample corpus (and the seeds, as one more report of story E1).

use super::embed::ModelArgs;
use super::labelled::{self, Labelled};
use anyhow::Result;
use concord_embed::article::{embed_articles, Representation};
use concord_eval::pairs::{best_threshold, cosine, spread, Relation};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub model: ModelArgs,
    #[arg(long, default_value = "corpus/gold.jsonl")]
    pub gold: PathBuf,
    #[arg(long, default_value = "corpus/stories.json")]
    pub stories: PathBuf,
    /// Extra reports of the seed story, labelled with `--seed-story` (skipped if missing).
    #[arg(long, default_value = "../shared/seeds")]
    pub seeds: PathBuf,
    #[arg(long, default_value = "E1-kim-lavrov-wonsan")]
    pub seed_story: String,
}

pub fn run(args: Args) -> Result<i32> {
    let model = args.model.load()?;
    let extra: Vec<String> = if args.seeds.exists() {
        vec![args.seeds.display().to_string()]
    } else {
        Vec::new()
    };
    let items = labelled::load(&args.gold, &args.stories, &extra, &args.seed_story)?;
    // Syndicated copies are the same text: they would flatter every model.
    let items: Vec<&Labelled> = items
        .iter()
        .filter(|l| l.article.duplicate_of.is_none())
        .collect();
    println!(
        "model {}: {} articles, {} stories",
        model.name(),
        items.len(),
        {
            let mut s: Vec<&str> = items.iter().map(|l| l.story.as_str()).collect();
            s.sort_unstable();
            s.dedup();
            s.len()
        }
    );
    for repr in [Representation::TitleLead, Representation::Chunks] {
        let inputs: Vec<(Option<&str>, &str)> = items
            .iter()
            .map(|l| (l.article.title.as_deref(), l.article.text.as_str()))
            .collect();
        let vectors = embed_articles(model.as_ref(), &inputs, repr);
        let mut by_relation: Vec<(Relation, bool, f64)> = Vec::new();
        let mut seed_pair = None;
        for i in 0..items.len() {
            for j in i + 1..items.len() {
                let (a, b) = (items[i], items[j]);
                let relation = if a.story == b.story {
                    Relation::SameStory
                } else if a.topic == b.topic {
                    Relation::SameTopic
                } else {
                    Relation::Unrelated
                };
                let cross = a.article.lang != b.article.lang;
                let c = cosine(&vectors[i], &vectors[j]);
                if extra.iter().any(|e| a.article.input.path.starts_with(e))
                    && extra.iter().any(|e| b.article.input.path.starts_with(e))
                {
                    seed_pair = Some(c);
                }
                by_relation.push((relation, cross, c));
            }
        }
        println!("\n{repr:?}:");
        let rows = [
            (
                "same story, cross-language",
                Relation::SameStory,
                Some(true),
            ),
            (
                "same story, same language",
                Relation::SameStory,
                Some(false),
            ),
            ("same topic, other event", Relation::SameTopic, None),
            ("unrelated", Relation::Unrelated, None),
        ];
        for (label, rel, cross) in rows {
            let s = spread(
                by_relation
                    .iter()
                    .filter(|(r, c, _)| *r == rel && cross.is_none_or(|x| x == *c))
                    .map(|x| x.2),
            );
            if let Some(s) = s {
                println!(
                    "  {label:<28} {:>5} pairs  mean {:.3}  min {:.3}  max {:.3}",
                    s.pairs, s.mean, s.min, s.max
                );
            }
        }
        if let Some(c) = seed_pair {
            println!("  seeds (pt/it, same story)    cosine {c:.3}");
        }
        let scored: Vec<(f64, bool)> = by_relation
            .iter()
            .map(|(r, _, c)| (*c, *r == Relation::SameStory))
            .collect();
        let (t, acc) = best_threshold(&scored);
        let hard: Vec<(f64, bool)> = by_relation
            .iter()
            .filter(|(r, _, _)| *r != Relation::Unrelated)
            .map(|(r, _, c)| (*c, *r == Relation::SameStory))
            .collect();
        let (th, acc_hard) = best_threshold(&hard);
        println!("  same-story accuracy, all pairs: {acc:.3} at threshold {t:.3}");
        println!(
            "  same-story accuracy, same-topic pairs only: {acc_hard:.3} at threshold {th:.3}"
        );
    }
    Ok(0)
}
