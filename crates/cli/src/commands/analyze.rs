//! `concord analyze`: `extract`, then the analysis stages on each article: entities, then
//! quotes, numbers and times.

use crate::input::{exit_code, for_each_article, InputArgs};
use crate::output::{Format, Writer};
use anyhow::{Context, Result};
use chrono::{DateTime, FixedOffset};
use concord_entities::EntityExtractor;
use concord_model::Article;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output: JSON lines, one JSON array, or a short human-readable summary per article.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Data directory holding the gazetteer (default: $CONCORD_DATA, else
    /// $XDG_DATA_HOME/concord, else ~/.local/share/concord).
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
}

/// Articles analysed together, in parallel, before they are written in input order.
const BATCH: usize = 256;

/// Opens the entity extractor of a data directory, with a hint when it is not installed.
pub fn open_extractor(data_dir: Option<&Path>) -> Result<EntityExtractor> {
    let dir = data_dir
        .map(Path::to_path_buf)
        .unwrap_or_else(concord_embed::data_dir::default_data_dir)
        .join("gazetteer");
    let ex = EntityExtractor::open(&dir).with_context(|| "cannot load the entity gazetteer")?;
    if !concord_entities::gazetteer_is_current(&dir) {
        eprintln!(
            "warning: the gazetteer in {} was built from other reference tables than this concord's; run scripts/setup-models.sh to rebuild it",
            dir.display()
        );
    }
    Ok(ex)
}

/// Adds the analyses to an extracted article.
pub fn analyze(ex: &EntityExtractor, a: &mut Article, now: Option<DateTime<FixedOffset>>) {
    a.entities = ex.extract_article(a.title.as_deref(), &a.text, a.lang.as_deref());
    concord_claims::add_claims(a, now);
}

pub fn run(args: Args) -> Result<i32> {
    let ex = open_extractor(args.data_dir.as_deref())?;
    let mut out = Writer::stdout(args.format);
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let flush = |batch: &mut Vec<Article>, out: &mut Writer| -> Result<()> {
        batch
            .par_iter_mut()
            .for_each(|a| analyze(&ex, a, args.input.now));
        for a in batch.drain(..) {
            out.write(&a)?;
        }
        Ok(())
    };
    let (articles, errors) = for_each_article(&args.input, |a| {
        batch.push(a);
        if batch.len() >= BATCH {
            flush(&mut batch, &mut out)?;
        }
        Ok(())
    })?;
    flush(&mut batch, &mut out)?;
    out.finish()?;
    if args.format == Format::Text {
        eprintln!("{articles} articles, {errors} errors");
    }
    Ok(exit_code(&args.input, articles, errors))
}
