//! `concord eval dossiers`: the dossiers of the sample corpus's stories against expected
//! dossiers written by hand. The articles are grouped by their gold stories, so only the
//! comparison stage is measured. A witness is right when a line of the expected status holds
//! the expected article with a sentence containing the expected snippet; a fact is found when
//! one line holds two of its witnesses (one for single-source facts), whole when it holds all.

use super::featurize::Featurizer;
use anyhow::{Context, Result};
use concord_compare::Dossier;
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

/// How many of the fact's expected witnesses the best line of its status holds.
fn best_line<'f>(
    d: &Dossier,
    fact: &'f ExpectedFact,
    id_of: &HashMap<String, String>,
) -> Vec<&'f str> {
    lines_of(d, &fact.status)
        .iter()
        .map(|line| {
            fact.witnesses
                .iter()
                .filter(|(key, snippet)| {
                    id_of.get(*key).is_some_and(|id| {
                        line.witnesses
                            .iter()
                            .any(|w| &w.article == id && spaced(&w.text).contains(&spaced(snippet)))
                    })
                })
                .map(|(key, _)| key.as_str())
                .collect::<Vec<_>>()
        })
        .max_by_key(Vec::len)
        .unwrap_or_default()
}

/// Lower case with every kind of space as a plain one: a snippet typed with a narrow
/// no-break space ("8\u{202f}000") matches the text however the extractor spaced it.
/// A snippet or witness as compared: any kind of space is one space, and a space before a
/// hyphen is none (the extract stage repairs "sud -ovest" to "sud-ovest"; snippets are
/// written from the raw text).
fn spaced(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect::<String>()
        .replace(" -", "-")
        .to_lowercase()
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
    let mut totals: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for s in &expected.stories {
        let members: Vec<_> = labelled
            .iter()
            .zip(&articles)
            .filter(|(l, _)| l.story == s.story)
            .map(|(_, a)| a.clone())
            .collect();
        let d = f.dossier(&s.story, &members);
        let (mut found, mut whole) = (0, 0);
        for fact in &s.facts {
            // Found: a line of the right status holds two of its witnesses (one for a
            // single-source fact); whole: it holds all of them.
            let held = best_line(&d, fact, &id_of);
            let best = held.len();
            let need = if fact.status == "single_source" { 1 } else { 2 };
            let ok = best >= need.min(fact.witnesses.len());
            let all = best == fact.witnesses.len();
            found += usize::from(ok);
            whole += usize::from(all);
            let t = totals.entry(fact.status.clone()).or_default();
            t.0 += usize::from(ok);
            t.1 += usize::from(all);
            t.2 += 1;
            if !ok && args.errors {
                println!("MISSED {} {}: {}", s.story, fact.status, fact.note);
            } else if !all && args.errors {
                let lacking: Vec<&str> = fact
                    .witnesses
                    .keys()
                    .map(String::as_str)
                    .filter(|k| !held.contains(k))
                    .collect();
                println!(
                    "PARTIAL {} {}: {} (without {})",
                    s.story,
                    fact.status,
                    fact.note,
                    lacking.join(", ")
                );
            }
        }
        println!(
            "{:<32} {found}/{} expected facts found, {whole} with all their witnesses",
            s.story,
            s.facts.len()
        );
    }
    let (f, w, n) = totals
        .values()
        .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    for (status, (f, w, n)) in &totals {
        println!("  {status:<14} found {f}/{n}, whole {w}/{n}");
    }
    println!(
        "all              found {f}/{n} = {:.3}, whole {w}/{n} = {:.3}",
        f as f64 / n.max(1) as f64,
        w as f64 / n.max(1) as f64
    );
    Ok(0)
}
