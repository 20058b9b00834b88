//! `concord stories` and `concord story`: the store's stories, and one story's dossier.

use super::featurize::Featurizer;
use super::ingest::DbArgs;
use anyhow::Result;
use concord_store::{Hit, SearchQuery, Store, StoryFilter};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Stories updated at or after this time (RFC 3339 or a date).
    #[arg(long, value_parser = crate::input::since_arg)]
    pub since: Option<String>,
    /// Stories with articles in this language.
    #[arg(long)]
    pub lang: Option<String>,
    /// Stories naming this entity id.
    #[arg(long)]
    pub entity: Option<String>,
    /// JSON lines instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn list(args: ListArgs) -> Result<i32> {
    let store = args.db.open(args.data_dir.as_deref())?;
    let stories = store.stories(&StoryFilter {
        since: args.since.filter(|s| !s.is_empty()),
        lang: args.lang,
        entity: args.entity,
    })?;
    for s in &stories {
        if args.json {
            println!("{}", serde_json::to_string(s)?);
        } else {
            let langs: Vec<&str> = s.languages.keys().map(String::as_str).collect();
            println!(
                "{}  {:>3} articles  [{}]  {}  {}",
                s.id,
                s.size,
                langs.join(" "),
                s.last_update.as_deref().unwrap_or("-"),
                s.title.as_deref().unwrap_or("")
            );
        }
    }
    Ok(0)
}

#[derive(clap::Args)]
pub struct ShowArgs {
    /// The story id (`story-…`), as `concord stories` lists it.
    pub id: String,
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = super::compare::DossierFormat::Json)]
    pub format: super::compare::DossierFormat,
}

pub fn show(args: ShowArgs) -> Result<i32> {
    let store = args.db.open(args.data_dir.as_deref())?;
    // A story merged into another goes on as that one.
    let id = store.current_story(&args.id)?;
    let articles = store.story_articles(&id)?;
    anyhow::ensure!(!articles.is_empty(), "no story {} in the store", args.id);
    if id != args.id {
        eprintln!("story {} was merged into {id}", args.id);
    }
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let d = f.dossier(&id, &articles);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        super::compare::DossierFormat::Json => {
            use std::io::Write;
            writeln!(out, "{}", serde_json::to_string_pretty(&d)?)?;
        }
        super::compare::DossierFormat::Md => super::compare::write_markdown(&mut out, &d)?,
    }
    Ok(0)
}

#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words to find (all of them), in any language; accents and case do not matter, and
    /// inflected forms are found through their stems.
    pub query: Vec<String>,
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Only articles naming this entity id.
    #[arg(long)]
    pub entity: Option<String>,
    #[arg(long)]
    pub lang: Option<String>,
    /// Only articles published at or after this time (RFC 3339 or a date).
    #[arg(long, value_parser = crate::input::since_arg)]
    pub since: Option<String>,
    /// JSON (one object per story) instead of text.
    #[arg(long)]
    pub json: bool,
}

/// A search as the store takes it: each word with its stems in the languages searched.
pub fn search_query(
    words: &[String],
    entity: Option<String>,
    lang: Option<String>,
    since: Option<String>,
) -> SearchQuery {
    let langs: Vec<&str> = match &lang {
        Some(l) => vec![l.as_str()],
        None => concord_stories::terms::stemmed_languages().collect(),
    };
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_string)
        .collect();
    let stems = words
        .iter()
        .map(|w| {
            let mut v: Vec<String> = langs
                .iter()
                .map(|l| concord_stories::terms::stems(w, l))
                .filter(|s| !s.is_empty() && !s.contains(' '))
                .collect();
            v.sort();
            v.dedup();
            v
        })
        .collect();
    SearchQuery {
        words,
        stems,
        entity,
        lang,
        since,
    }
}

/// Hits grouped by story, in order of each story's best hit.
pub fn group_hits(hits: Vec<Hit>) -> Vec<(String, Vec<Hit>)> {
    let mut groups: Vec<(String, Vec<Hit>)> = Vec::new();
    for h in hits {
        let key = h.story.clone().unwrap_or_default();
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(h),
            None => groups.push((key, vec![h])),
        }
    }
    groups
}

pub fn search(args: SearchArgs) -> Result<i32> {
    let store = args.db.open(args.data_dir.as_deref())?;
    let since = args.since.filter(|s| !s.is_empty());
    let q = search_query(&args.query, args.entity, args.lang, since);
    let groups = group_hits(store.search(&q)?);
    for (story, hits) in &groups {
        if args.json {
            println!("{}", serde_json::json!({"story": story, "articles": hits}));
            continue;
        }
        let title = store
            .story(story)?
            .and_then(|s| s.title)
            .unwrap_or_default();
        println!("{story}  {title}");
        for h in hits {
            println!(
                "    {} [{}] {}: {}",
                h.id,
                h.lang.as_deref().unwrap_or("?"),
                h.title.as_deref().unwrap_or(""),
                h.snippet.replace('\n', " ")
            );
        }
    }
    Ok(if groups.is_empty() { 1 } else { 0 })
}
