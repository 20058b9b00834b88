//! `concord embed`: one vector per article, as JSON lines `{id, model, vector}`.

use crate::input::{exit_code, for_each_article, InputArgs};
use anyhow::{Context, Result};
use concord_embed::article::{embed_articles, Representation};
use concord_embed::{Embedder, ModelKind};
use concord_model::Article;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Model {
    /// Universal Sentence Encoder Multilingual v3 (512 dimensions, 16 languages).
    Use,
    /// multilingual-e5-small, 4-bit (384 dimensions, about 100 languages).
    E5,
}

impl From<Model> for ModelKind {
    fn from(m: Model) -> Self {
        match m {
            Model::Use => ModelKind::UseM3,
            Model::E5 => ModelKind::E5Small,
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    /// Title and the first 60 words (one model call per article).
    TitleLead,
    /// The whole text in 200-word chunks, averaged.
    Chunks,
}

impl From<Repr> for Representation {
    fn from(r: Repr) -> Self {
        match r {
            Repr::TitleLead => Representation::TitleLead,
            Repr::Chunks => Representation::Chunks,
        }
    }
}

#[derive(clap::Args, Clone, Debug)]
pub struct ModelArgs {
    #[arg(long, value_enum, default_value_t = Model::Use)]
    pub model: Model,
    /// What of each article is embedded (see README for the measurement behind the default).
    #[arg(long, value_enum, default_value_t = Repr::TitleLead)]
    pub repr: Repr,
    /// Where `scripts/setup-models.sh` put the models (default: $CONCORD_DATA, else
    /// $XDG_DATA_HOME/concord, else ~/.local/share/concord).
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

impl ModelArgs {
    pub fn load(&self) -> Result<Box<dyn Embedder>> {
        let dir = self
            .data_dir
            .clone()
            .unwrap_or_else(concord_embed::data_dir::default_data_dir);
        concord_embed::load(self.model.into(), &dir).context("cannot load the embedding model")
    }
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub model: ModelArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Articles embedded per model call batch.
const BATCH: usize = 128;

pub fn run(args: Args) -> Result<i32> {
    let model = args.model.load()?;
    let repr: Representation = args.model.repr.into();
    let mut out = BufWriter::new(std::io::stdout());
    let mut pending: Vec<Article> = Vec::new();
    let flush = |batch: &mut Vec<Article>, out: &mut BufWriter<std::io::Stdout>| -> Result<()> {
        let pairs: Vec<(Option<&str>, &str)> = batch
            .iter()
            .map(|a| (a.title.as_deref(), a.text.as_str()))
            .collect();
        for (a, v) in batch
            .iter()
            .zip(embed_articles(model.as_ref(), &pairs, repr))
        {
            let rec = serde_json::json!({"id": a.id, "model": model.name(), "vector": v});
            writeln!(out, "{rec}")?;
        }
        batch.clear();
        Ok(())
    };
    let (articles, errors) = for_each_article(&args.input, |a| {
        pending.push(a);
        if pending.len() >= BATCH {
            let mut batch = std::mem::take(&mut pending);
            flush(&mut batch, &mut out)?;
        }
        Ok(())
    })?;
    flush(&mut pending, &mut out)?;
    out.flush()?;
    Ok(exit_code(&args.input, articles, errors))
}
