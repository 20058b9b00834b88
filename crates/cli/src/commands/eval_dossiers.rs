//! `concord eval dossiers`: the dossiers of the sample corpus's stories against expected
//! dossiers written by hand. The articles are grouped by their gold stories, so only the
//! comparison stage is measured. An expected fact is found when a line of the expected status
//! has a witness from each expected article, whose sentence holds the expected snippet.

use super::featurize::Featurizer;
use anyhow::{Context, Result};
use concord_compare::{dossier, Dossier};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The expected dossiers (JSON: `{stories: [{story, facts: [{kind, status, witnesses:
    /// {gold key: snippet}, note}]}]}`).
    #[arg(long)]
    pub expected: PathBuf,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Also list the facts not found.
    #[arg(long)]
    pub errors: bool,
}

#[derive(Deserialize)]
struct Expected {
    stories: Vec<ExpectedStory>,
}

#[derive(Deserialize)]
struct ExpectedStory {
    story: String,
    facts: Vec<ExpectedFact>,
}

#[derive(Deserialize)]
struct ExpectedFact {
    status: String,
    witnesses: BTreeMap<String, String>,
    #[serde(default)]
    note: String,
}

fn lines_of<'a>(d: &'a Dossier, status: &str) -> &'a [concord_compare::Line] {
    match status {
        "agreed" => &d.agreed,
        "conflicting" => &d.conflicting,
        _ => &d.single_source,
    }
}

/// The expected fact is in the dossier under its status.
fn found(d: &Dossier, fact: &ExpectedFact, id_of: &HashMap<String, String>) -> bool {
    lines_of(d, &fact.status).iter().any(|line| {
        fact.witnesses.iter().all(|(key, snippet)| {
            let Some(id) = id_of.get(key) else {
                return false;
            };
            line.witnesses.iter().any(|w| {
                &w.article == id && w.text.to_lowercase().contains(&snippet.to_lowercase())
            })
        })
    })
}

pub fn run(args: Args) -> Result<i32> {
    let expected: Expected = serde_json::from_str(
        &std::fs::read_to_string(&args.expected)
            .with_context(|| format!("cannot read {}", args.expected.display()))?,
    )
    .with_context(|| {
        format!(
            "{} is not an expected-dossier file",
            args.expected.display()
        )
    })?;
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let labelled = super::labelled::sample()?;
    let mut articles: Vec<_> = labelled.iter().map(|l| l.article.clone()).collect();
    f.features(&mut articles, None);
    let id_of: HashMap<String, String> = labelled
        .iter()
        .zip(&articles)
        .map(|(l, a)| (l.key.clone(), a.id.clone()))
        .collect();
    let embed = |texts: &[&str]| f.embedder.embed(texts);
    let mut totals: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for s in &expected.stories {
        let members: Vec<_> = labelled
            .iter()
            .zip(&articles)
            .filter(|(l, _)| l.story == s.story)
            .map(|(_, a)| a.clone())
            .collect();
        let d = dossier(&s.story, &members, &embed);
        let mut right = 0;
        for fact in &s.facts {
            let ok = found(&d, fact, &id_of);
            right += usize::from(ok);
            let t = totals.entry(fact.status.clone()).or_default();
            t.0 += usize::from(ok);
            t.1 += 1;
            if !ok && args.errors {
                println!("MISSED {} {}: {}", s.story, fact.status, fact.note);
            }
        }
        println!(
            "{:<32} {right}/{} expected facts found",
            s.story,
            s.facts.len()
        );
    }
    let (r, n) = totals.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    for (status, (r, n)) in &totals {
        println!("  {status:<14} {r}/{n}");
    }
    println!(
        "all              {r}/{n} = {:.3}",
        r as f64 / n.max(1) as f64
    );
    Ok(0)
}
