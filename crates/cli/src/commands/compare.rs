//! `concord compare`: clusters the inputs as `concord cluster` does, then prints each
//! story's dossier: its sources and languages, and its facts lined up across them (agreed,
//! single-source, conflicting), each linked to the sentence of every article stating it.

use super::featurize::Featurizer;
use crate::input::{exit_code, for_each_article, InputArgs};
use anyhow::Result;
use concord_compare::{Dossier, Line};
use concord_model::Article;
use concord_stories::{Clusterer, DEFAULT_MODEL};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Only the story holding this article id (default: every story of two or more articles).
    #[arg(long)]
    pub article: Option<String>,
    #[arg(long, value_enum, default_value_t = DossierFormat::Json)]
    pub format: DossierFormat,
    #[arg(long, default_value_t = 3.0)]
    pub window_days: f64,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum DossierFormat {
    /// One JSON object per story, one per line.
    Json,
    /// Markdown, for reading.
    Md,
}

pub fn run(args: Args) -> Result<i32> {
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let mut articles: Vec<Article> = Vec::new();
    let (n, errors) = for_each_article(&args.input, |a| {
        articles.push(a);
        Ok(())
    })?;
    let feats = f.features(&mut articles, args.input.now);
    let mut c = Clusterer::new(super::cluster::config(args.window_days, 0.5), DEFAULT_MODEL);
    let stories: Vec<String> = feats.iter().map(|x| c.add(x).story).collect();
    let stories: Vec<String> = stories
        .iter()
        .map(|s| c.current_id(s).unwrap_or(s).to_string())
        .collect();
    let mut order: Vec<String> = Vec::new();
    for s in &stories {
        if !order.contains(s) {
            order.push(s.clone());
        }
    }
    if let Some(id) = &args.article {
        let k = articles
            .iter()
            .position(|a| &a.id == id)
            .ok_or_else(|| anyhow::anyhow!("no article {id} in the inputs"))?;
        order.retain(|s| s == &stories[k]);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for story in order {
        let members: Vec<Article> = articles
            .iter()
            .zip(&stories)
            .filter(|(_, s)| **s == story)
            .map(|(a, _)| a.clone())
            .collect();
        if members.len() < 2 && args.article.is_none() {
            continue;
        }
        let d = f.dossier(&story, &members);
        match args.format {
            DossierFormat::Json => writeln!(out, "{}", serde_json::to_string(&d)?)?,
            DossierFormat::Md => write_markdown(&mut out, &d)?,
        }
    }
    out.flush()?;
    Ok(exit_code(&args.input, n, errors))
}

fn write_lines(out: &mut dyn Write, title: &str, lines: &[Line]) -> Result<()> {
    writeln!(out, "\n### {title} ({})\n", lines.len())?;
    for l in lines {
        writeln!(out, "- **{:?}**, {}:", l.kind, l.sources.join(", "))?;
        for w in &l.witnesses {
            let mut extra = String::new();
            if let Some(v) = w.value {
                extra.push_str(&format!(" — {v}"));
                if let Some(m) = w.value_max {
                    extra.push_str(&format!("–{m}"));
                }
                if let Some(u) = &w.unit {
                    extra.push_str(&format!(" {u}"));
                }
                if let Some(c) = &w.counted {
                    extra.push_str(&format!(" {c}"));
                }
            }
            if let Some(by) = &w.said_by {
                extra.push_str(&format!(" (said by {by})"));
            }
            writeln!(
                out,
                "  - [{}] {} `{}:{}-{}`: “{}”{}",
                w.lang.as_deref().unwrap_or("?"),
                w.source,
                w.article,
                w.start,
                w.end,
                w.text.replace('\n', " "),
                extra
            )?;
        }
    }
    Ok(())
}

pub fn write_markdown(out: &mut dyn Write, d: &Dossier) -> Result<()> {
    writeln!(
        out,
        "## {} — {}\n",
        d.story,
        d.title.as_deref().unwrap_or("")
    )?;
    let langs: Vec<String> = d
        .languages
        .iter()
        .map(|(l, n)| format!("{l} {n}"))
        .collect();
    writeln!(out, "- languages: {}", langs.join(", "))?;
    writeln!(out, "- independent sources: {}", d.sources.join(", "))?;
    if !d.agencies.is_empty() {
        writeln!(out, "- agencies credited: {}", d.agencies.join(", "))?;
    }
    writeln!(
        out,
        "- first and last report: {} / {}",
        d.first.as_deref().unwrap_or("?"),
        d.last.as_deref().unwrap_or("?")
    )?;
    let ents: Vec<String> = d
        .entities
        .iter()
        .take(10)
        .map(|e| format!("{} ({})", e.name, e.articles))
        .collect();
    writeln!(out, "- entities: {}", ents.join(", "))?;
    writeln!(out, "\n### Timeline\n")?;
    for t in &d.timeline {
        writeln!(
            out,
            "- {} [{}] {}: {}",
            t.published.as_deref().unwrap_or("?"),
            t.lang.as_deref().unwrap_or("?"),
            t.source,
            t.title.as_deref().unwrap_or(&t.id)
        )?;
    }
    write_lines(out, "Agreed", &d.agreed)?;
    write_lines(out, "Conflicting", &d.conflicting)?;
    write_lines(out, "Single-source", &d.single_source)?;
    writeln!(out)?;
    Ok(())
}
