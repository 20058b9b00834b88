//! `concord stories` and `concord story`: the store's stories, and one story's dossier.

use super::featurize::Featurizer;
use super::ingest::DbArgs;
use anyhow::Result;
use concord_store::{Store, StoryFilter};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Stories updated at or after this time (RFC 3339 or a date).
    #[arg(long)]
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
        since: args.since,
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
    let articles = store.story_articles(&args.id)?;
    anyhow::ensure!(!articles.is_empty(), "no story {} in the store", args.id);
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let embed = |texts: &[&str]| f.embedder.embed(texts);
    let d = concord_compare::dossier(&args.id, &articles, &embed);
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
