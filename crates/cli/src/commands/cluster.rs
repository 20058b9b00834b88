//! `concord cluster`: analyses the inputs in order and puts each article into a story,
//! printing `{id, story, score}` per article, then one summary per story and the merges.

use super::featurize::Featurizer;
use crate::input::{exit_code, for_each_article, InputArgs};
use anyhow::Result;
use concord_model::Article;
use concord_stories::{Assignment, Clusterer, Config, DEFAULT_MODEL};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Data directory with the gazetteer and the embedding model.
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Stories take no article published more than this many days after their last one.
    #[arg(long, default_value_t = 3.0)]
    pub window_days: f64,
    /// Same-story probability at which an article joins a story.
    #[arg(long, default_value_t = 0.5)]
    pub threshold: f32,
    /// Output: JSON lines, or a readable list of stories.
    #[arg(long, value_enum, default_value_t = ClusterFormat::Jsonl)]
    pub format: ClusterFormat,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClusterFormat {
    /// `{id, story, score}` per article, then one line per story and per merge.
    Jsonl,
    /// The whole analysed record of each article with its `story`, as JSON lines.
    Records,
    /// A readable list of stories.
    Text,
}

/// Articles analysed together before they are clustered one by one, in input order.
const BATCH: usize = 256;

/// What is kept of each article for the story summaries.
struct Seen {
    story: String,
    lang: Option<String>,
    title: Option<String>,
    source: Option<String>,
    entities: Vec<(String, String, usize)>,
}

#[derive(Serialize)]
struct Summary {
    story: String,
    size: usize,
    languages: BTreeMap<String, usize>,
    sources: usize,
    top_entities: Vec<TopEntity>,
    title: Option<String>,
    articles: Vec<String>,
}

#[derive(Serialize)]
struct TopEntity {
    id: String,
    name: String,
    articles: usize,
}

pub fn config(window_days: f64, threshold: f32) -> Config {
    Config {
        threshold,
        window_secs: (window_days * 86_400.0) as i64,
        ..Config::default()
    }
}

pub fn run(args: Args) -> Result<i32> {
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let mut clusterer = Clusterer::new(config(args.window_days, args.threshold), DEFAULT_MODEL);
    let mut seen: Vec<(String, Seen)> = Vec::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut batch: Vec<Article> = Vec::new();
    let mut flush =
        |batch: &mut Vec<Article>, clusterer: &mut Clusterer, out: &mut dyn Write| -> Result<()> {
            let feats = f.features(batch, args.input.now);
            for (a, x) in batch.iter_mut().zip(&feats) {
                let Assignment {
                    id, story, score, ..
                } = clusterer.add(x);
                if args.format == ClusterFormat::Records {
                    a.story = Some(concord_model::StoryRef {
                        id: story.clone(),
                        score,
                    });
                    writeln!(out, "{}", serde_json::to_string(&*a)?)?;
                }
                if args.format == ClusterFormat::Jsonl {
                    writeln!(
                        out,
                        "{}",
                        serde_json::json!({"id": id, "story": story, "score": score})
                    )?;
                }
                seen.push((
                    id,
                    Seen {
                        story,
                        lang: a.lang.clone(),
                        title: a.title.clone(),
                        source: a.source.clone(),
                        entities: a
                            .entities
                            .iter()
                            .map(|e| (e.id.clone(), e.name.clone(), e.mentions.len()))
                            .collect(),
                    },
                ));
            }
            batch.clear();
            Ok(())
        };
    let (articles, errors) = for_each_article(&args.input, |a| {
        batch.push(a);
        if batch.len() >= BATCH {
            flush(&mut batch, &mut clusterer, &mut out)?;
        }
        Ok(())
    })?;
    flush(&mut batch, &mut clusterer, &mut out)?;
    let summaries = summarize(&clusterer, &seen);
    for s in &summaries {
        match args.format {
            ClusterFormat::Jsonl => writeln!(out, "{}", serde_json::to_string(s)?)?,
            ClusterFormat::Records => {}
            ClusterFormat::Text => {
                let langs: Vec<String> = s
                    .languages
                    .iter()
                    .map(|(l, n)| format!("{l}×{n}"))
                    .collect();
                let ents: Vec<&str> = s.top_entities.iter().map(|e| e.name.as_str()).collect();
                writeln!(
                    out,
                    "{}  {} articles [{}]  {}\n    {}",
                    s.story,
                    s.size,
                    langs.join(" "),
                    s.title.as_deref().unwrap_or(""),
                    ents.join(", ")
                )?;
            }
        }
    }
    for m in clusterer.merges() {
        if args.format == ClusterFormat::Jsonl {
            writeln!(out, "{}", serde_json::json!({"merge": m}))?;
        } else if args.format == ClusterFormat::Text {
            writeln!(out, "merged {} into {} (at {})", m.from, m.into, m.article)?;
        }
    }
    out.flush()?;
    if args.format == ClusterFormat::Text {
        eprintln!(
            "{articles} articles, {} stories, {errors} errors",
            summaries.len()
        );
    }
    Ok(exit_code(&args.input, articles, errors))
}

/// One summary per story (after merges), largest first.
fn summarize(c: &Clusterer, seen: &[(String, Seen)]) -> Vec<Summary> {
    let mut by_story: HashMap<String, Vec<&(String, Seen)>> = HashMap::new();
    for s in seen {
        let story = c.current_id(&s.1.story).unwrap_or(&s.1.story).to_string();
        by_story.entry(story).or_default().push(s);
    }
    let mut out: Vec<Summary> = by_story
        .into_iter()
        .map(|(story, members)| {
            let mut languages = BTreeMap::new();
            let mut ents: HashMap<&str, (&str, usize)> = HashMap::new();
            let mut sources = std::collections::HashSet::new();
            for (_, s) in &members {
                *languages
                    .entry(s.lang.clone().unwrap_or_else(|| "?".into()))
                    .or_insert(0) += 1;
                if let Some(src) = &s.source {
                    sources.insert(src.clone());
                }
                for (id, name, _) in &s.entities {
                    ents.entry(id).or_insert((name, 0)).1 += 1;
                }
            }
            let mut top: Vec<TopEntity> = ents
                .into_iter()
                .map(|(id, (name, n))| TopEntity {
                    id: id.to_string(),
                    name: name.to_string(),
                    articles: n,
                })
                .collect();
            top.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.id.cmp(&b.id)));
            top.truncate(8);
            // The representative title: the first English one, else the first.
            let title = members
                .iter()
                .find(|(_, s)| s.lang.as_deref() == Some("en") && s.title.is_some())
                .or_else(|| members.iter().find(|(_, s)| s.title.is_some()))
                .and_then(|(_, s)| s.title.clone());
            Summary {
                size: members.len(),
                languages,
                sources: sources.len(),
                top_entities: top,
                title,
                articles: members.iter().map(|(id, _)| id.clone()).collect(),
                story,
            }
        })
        .collect();
    out.sort_by(|a, b| b.size.cmp(&a.size).then(a.story.cmp(&b.story)));
    out
}
