//! `concord eval entities`: mentions and their ids against a gold set.

use super::gold::read_jsonl;
use anyhow::Result;
use concord_eval::entities::{score, Prf, ScoredMention};
use rayon::prelude::*;
use serde::Deserialize;
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub set: super::gold::GoldArgs,
}

#[derive(Deserialize)]
struct GoldText {
    id: String,
    lang: Option<String>,
    text: String,
    mentions: Vec<GoldMention>,
}

#[derive(Deserialize)]
struct GoldMention {
    start: usize,
    end: usize,
    entity: String,
    #[serde(rename = "type")]
    etype: String,
}

pub fn run(args: Args) -> Result<i32> {
    let texts: Vec<GoldText> = read_jsonl(&args.set.gold)?;
    let ex = super::analyze::open_extractor(args.set.data_dir.as_deref())?;
    let t0 = Instant::now();
    let found: Vec<_> = texts
        .par_iter()
        .map(|t| ex.extract(&t.text, t.lang.as_deref()))
        .collect();
    let secs = t0.elapsed().as_secs_f64();
    let lang = |t: &GoldText| t.lang.clone().unwrap_or_else(|| "?".into());
    let mut gold = Vec::new();
    let mut pred = Vec::new();
    for (t, ents) in texts.iter().zip(&found) {
        for m in &t.mentions {
            gold.push(ScoredMention {
                doc: t.id.clone(),
                start: m.start,
                end: m.end,
                entity: m.entity.clone(),
                group: format!("lang {}|type {}", lang(t), m.etype),
            });
        }
        for e in ents {
            for m in &e.mentions {
                pred.push(ScoredMention {
                    doc: t.id.clone(),
                    start: m.start,
                    end: m.end,
                    entity: e.id.clone(),
                    group: format!("lang {}|type {}", lang(t), e.etype.as_str()),
                });
            }
        }
    }
    let s = score(&gold, &pred);
    let line = |name: &str, p: &Prf| super::gold::print_prf(name, 22, p);
    println!(
        "entities on {} ({} texts, {:.2} ms/text)",
        args.set.gold.display(),
        texts.len(),
        secs * 1000.0 / texts.len().max(1) as f64
    );
    line("mention + id", &s.linked);
    line("mention span only", &s.spans);
    // Breakdown by language and by type (groups are "lang X|type Y").
    for axis in [0, 1] {
        let mut agg: std::collections::BTreeMap<String, Prf> = Default::default();
        for (g, p) in &s.by_group {
            let key = g.split('|').nth(axis).unwrap_or("").to_string();
            let a = agg.entry(key).or_default();
            a.tp += p.tp;
            a.predicted += p.predicted;
            a.gold += p.gold;
        }
        for (k, p) in &agg {
            line(&format!("  {k}"), p);
        }
    }
    if args.set.errors > 0 {
        print_errors(&texts, &found, &s.key_pairs, args.set.errors);
    }
    Ok(0)
}

fn print_errors(
    texts: &[GoldText],
    found: &[Vec<concord_model::Entity>],
    pairs: &std::collections::HashMap<String, String>,
    limit: usize,
) {
    let mut n = 0;
    for (t, ents) in texts.iter().zip(found) {
        let chars: Vec<char> = t.text.chars().collect();
        let span = |s: usize, e: usize| {
            chars[s.min(chars.len())..e.min(chars.len())]
                .iter()
                .collect::<String>()
        };
        let pred: Vec<(usize, usize, &str)> = ents
            .iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .map(move |m| (m.start, m.end, e.id.as_str()))
            })
            .collect();
        for m in &t.mentions {
            let want = pairs
                .get(&m.entity)
                .map(String::as_str)
                .unwrap_or(&m.entity);
            match pred.iter().find(|p| p.0 == m.start && p.1 == m.end) {
                Some(p) if p.2 == want || p.2 == m.entity => continue,
                Some(p) => println!(
                    "WRONG  {} [{}] {} -> {} (gold {})",
                    t.id,
                    t.lang.as_deref().unwrap_or("?"),
                    span(m.start, m.end),
                    p.2,
                    m.entity
                ),
                None => println!(
                    "MISSED {} [{}] {} ({})",
                    t.id,
                    t.lang.as_deref().unwrap_or("?"),
                    span(m.start, m.end),
                    m.entity
                ),
            }
            // Counts listed errors only.
            n += 1;
        }
        for p in &pred {
            if !t.mentions.iter().any(|m| m.start == p.0 && m.end == p.1) {
                n += 1;
                println!(
                    "EXTRA  {} [{}] {} -> {}",
                    t.id,
                    t.lang.as_deref().unwrap_or("?"),
                    span(p.0, p.1),
                    p.2
                );
            }
        }
        if n >= limit {
            break;
        }
    }
}
