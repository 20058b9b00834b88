//! The sample corpus with its gold labels (story, topic), for evaluations that need
//! extracted articles and their stories.

use anyhow::{Context, Result};
use concord_extract::{ExtractOptions, Extractor};
use concord_model::Article;
use concord_sources::{expand_inputs, read_input, ReadOptions};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

pub struct Labelled {
    pub article: Article,
    pub story: String,
    pub topic: String,
    /// The gold entry's key (`e1-en-gw`); empty for extra inputs.
    pub key: String,
}

/// Extracts the articles under `sample_dir` and labels them from `gold` (JSON lines with
/// `url`, `file`, `story`) and `stories` (story id -> topic). Extra inputs (e.g. the seeds)
/// are added with the story `extra_story`.
/// The sample corpus (`corpus/`, from the repository root) with its gold labels.
pub fn sample() -> Result<Vec<Labelled>> {
    load(
        Path::new("corpus/gold.jsonl"),
        Path::new("corpus/stories.json"),
        &[],
        "",
    )
}

pub fn load(
    gold: &Path,
    stories: &Path,
    extra: &[String],
    extra_story: &str,
) -> Result<Vec<Labelled>> {
    let gold_text =
        std::fs::read_to_string(gold).with_context(|| format!("cannot read {}", gold.display()))?;
    let topics: HashMap<String, Value> = serde_json::from_str(
        &std::fs::read_to_string(stories)
            .with_context(|| format!("cannot read {}", stories.display()))?,
    )?;
    let topic_of = |story: &str| {
        topics
            .get(story)
            .and_then(Value::as_str)
            .unwrap_or(story)
            .to_string()
    };
    let entries: Vec<Value> = gold_text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    let corpus_root = gold.parent().unwrap_or(Path::new("."));
    let mut paths: Vec<String> = vec![corpus_root.join("sample").display().to_string()];
    paths.extend(extra.iter().cloned());
    let articles = extract_all(&paths)?;
    let by_url = |a: &Article| {
        a.url
            .as_deref()
            .map(|u| u.split('?').next().unwrap_or(u).to_string())
    };
    let mut out = Vec::new();
    for a in articles {
        let is_extra = extra.iter().any(|e| a.input.path.starts_with(e.as_str()));
        let entry = if is_extra {
            None
        } else {
            // The exact URL first: some outlets differ only in the query ("?idxno=").
            entries
                .iter()
                .find(|g| a.url.is_some() && g["url"].as_str() == a.url.as_deref())
                .or_else(|| {
                    entries.iter().find(|g| match g["url"].as_str() {
                        Some(u) => by_url(&a).as_deref() == Some(u.split('?').next().unwrap_or(u)),
                        None => g["file"]
                            .as_str()
                            .is_some_and(|f| a.input.path.ends_with(f)),
                    })
                })
        };
        let story = if is_extra {
            Some(extra_story.to_string())
        } else {
            entry.and_then(|g| g["story"].as_str().map(str::to_string))
        };
        let key = entry
            .and_then(|g| g["key"].as_str())
            .unwrap_or_default()
            .to_string();
        if let Some(story) = story {
            let topic = topic_of(&story);
            out.push(Labelled {
                article: a,
                story,
                topic,
                key,
            });
        }
    }
    Ok(out)
}

/// Reads and extracts every article under `paths`; the first unreadable path is an error.
pub fn extract_all(paths: &[String]) -> Result<Vec<Article>> {
    let (inputs, errors) = expand_inputs(paths);
    if let Some(e) = errors.into_iter().next() {
        return Err(e.into());
    }
    let docs = inputs
        .iter()
        .flat_map(|i| read_input(i, &ReadOptions::default()))
        .collect::<Result<Vec<_>, _>>()?;
    let mut extractor = Extractor::new(ExtractOptions::default());
    Ok(extractor
        .process(docs)
        .into_iter()
        .filter_map(Result::ok)
        .collect())
}
