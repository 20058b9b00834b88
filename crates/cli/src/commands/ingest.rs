//! `concord ingest`: analyses and clusters new inputs into the stories of a store, one
//! transaction per batch. Incremental: the clusterer's state is kept in the store, so
//! yesterday's stories keep their ids and grow. Idempotent: an article already stored with
//! the same content is skipped; a changed one is stored as a new version (it keeps its story).

use super::featurize::Featurizer;
use crate::input::{exit_code, for_each_article, InputArgs};
use anyhow::{Context, Result};
use concord_model::{Article, StoryRef};
use concord_store::{content_hash, Batch, Known, SqliteStore, Store, StoreError, StorySummary};
use concord_stories::ArticleFeatures;
use concord_stories::{Clusterer, DEFAULT_MODEL};
use std::collections::{HashMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    #[arg(long, default_value_t = 3.0)]
    pub window_days: f64,
}

#[derive(clap::Args, Clone)]
pub struct DbArgs {
    /// The store file (default: concord.db in the data directory).
    #[arg(long)]
    pub db: Option<PathBuf>,
}

impl DbArgs {
    pub fn open(&self, data_dir: Option<&Path>) -> Result<SqliteStore> {
        let path = self.db.clone().unwrap_or_else(|| {
            data_dir
                .map(Path::to_path_buf)
                .unwrap_or_else(concord_embed::data_dir::default_data_dir)
                .join("concord.db")
        });
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        SqliteStore::open(&path)
            .with_context(|| format!("cannot open the store {}", path.display()))
    }
}

/// Articles analysed and written per transaction.
pub const BATCH: usize = 128;

#[derive(Default, Debug, Clone, Copy, serde::Serialize)]
pub struct Counts {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// The store's clusterer, restored from its rows (or from an older store's whole save), or
/// a new one.
pub fn open_clusterer(store: &dyn Store, window_days: f64) -> Result<Clusterer> {
    let rows = store.clusterer_rows()?;
    if !rows.is_empty() {
        return Clusterer::restore(rows, DEFAULT_MODEL)
            .context("the store's clusterer state cannot be read");
    }
    Ok(match store.legacy_clusterer_state()? {
        Some(bytes) => Clusterer::resume(&bytes, DEFAULT_MODEL)
            .context("the store's clusterer state cannot be read")?,
        None => Clusterer::new(super::cluster::config(window_days, 0.5), DEFAULT_MODEL),
    })
}

pub fn run(args: Args) -> Result<i32> {
    let mut store = args.db.open(args.data_dir.as_deref())?;
    let f = Featurizer::open(args.data_dir.as_deref())?;
    let mut clusterer = open_clusterer(&store, args.window_days)?;
    let mut counts = Counts::default();
    let start = Instant::now();
    let terminal = std::io::stderr().is_terminal();
    // A bar with the time left when the inputs can be counted cheaply (pages, JSON lines,
    // feeds), else a spinner.
    let bar = terminal.then(|| {
        let (inputs, _) = concord_sources::expand_inputs(&args.input.inputs);
        match concord_sources::estimate_documents(&inputs) {
            Some(total) => {
                let b = indicatif::ProgressBar::new(total as u64);
                b.set_style(
                    indicatif::ProgressStyle::with_template(
                        "{bar:30} {pos}/{len} articles, {eta} left, {msg}",
                    )
                    .expect("template"),
                );
                b
            }
            None => {
                let b = indicatif::ProgressBar::new_spinner();
                b.set_style(
                    indicatif::ProgressStyle::with_template("{spinner} {pos} articles, {msg}")
                        .expect("template"),
                );
                b
            }
        }
    });
    let mut pending: Vec<Article> = Vec::new();
    let flush = |pending: &mut Vec<Article>,
                 store: &mut dyn Store,
                 clusterer: &mut Clusterer,
                 counts: &mut Counts|
     -> Result<()> {
        ingest_and_write(
            std::mem::take(pending),
            store,
            clusterer,
            &f,
            args.input.now,
            counts,
        )?;
        let done = counts.new + counts.updated + counts.unchanged;
        match &bar {
            Some(b) => {
                b.set_position(done as u64);
                b.set_message(format!(
                    "{:.0} articles/s ({} new, {} updated, {} unchanged)",
                    done as f64 / start.elapsed().as_secs_f64().max(1e-9),
                    counts.new,
                    counts.updated,
                    counts.unchanged
                ));
            }
            None => eprintln!(
                "ingest: {done} articles ({} new, {} updated, {} unchanged), {:.0} articles/s",
                counts.new,
                counts.updated,
                counts.unchanged,
                done as f64 / start.elapsed().as_secs_f64().max(1e-9)
            ),
        }
        Ok(())
    };
    let (articles, errors) = for_each_article(&args.input, |a| {
        pending.push(a);
        if pending.len() >= BATCH {
            flush(&mut pending, &mut store, &mut clusterer, &mut counts)?;
        }
        Ok(())
    })?;
    flush(&mut pending, &mut store, &mut clusterer, &mut counts)?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let (ids, versions, stories, merges) = store.counts()?;
    eprintln!(
        "ingested {} new, {} updated, {} unchanged articles; the store holds {ids} articles ({versions} versions), {stories} stories, {merges} merges",
        counts.new, counts.updated, counts.unchanged
    );
    Ok(exit_code(&args.input, articles, errors))
}

/// How many times a batch is clustered again when other writers keep saving stories first
/// (a server and several ingests on one store); each try reloads their stories.
const TRIES: usize = 40;

/// A batch analysed and not yet clustered: the articles that were new or changed when it was
/// analysed, with their content hashes and features. Analysis is the costly part, and needs
/// neither the clusterer nor a lock on the store; clustering and writing do.
pub struct Analysed {
    articles: Vec<(Article, String)>,
    feats: Vec<ArticleFeatures>,
    /// Copies of an article already in the batch, or already stored with the same content.
    unchanged: usize,
}

/// Analyses the articles of a batch that `known` (the store's hash and version of an id)
/// says are new or changed.
pub fn analyse(
    articles: Vec<Article>,
    known: &dyn Fn(&str) -> Result<Option<Known>>,
    f: &Featurizer,
    now: Option<chrono::DateTime<chrono::FixedOffset>>,
) -> Result<Analysed> {
    let mut fresh: Vec<(Article, String)> = Vec::new();
    let mut seen = HashSet::new();
    let mut unchanged = 0;
    for a in articles {
        let hash = content_hash(&a);
        if !seen.insert((a.id.clone(), hash.clone())) {
            unchanged += 1;
            continue;
        }
        match known(&a.id)? {
            Some(k) if k.hash == hash => unchanged += 1,
            _ => fresh.push((a, hash)),
        }
    }
    let (mut list, hashes): (Vec<Article>, Vec<String>) = fresh.into_iter().unzip();
    let feats = f.features(&mut list, now);
    Ok(Analysed {
        articles: list.into_iter().zip(hashes).collect(),
        feats,
        unchanged,
    })
}

/// Clusters an analysed batch and writes it in one transaction. When another process (a
/// server, another ingest) saved the clusterer's state since this one loaded it, the batch
/// is not written over it: the clusterer is reloaded from the store and the batch clustered
/// again (the analysis is kept), up to [`TRIES`] times.
pub fn write_analysed(
    analysed: &Analysed,
    store: &mut dyn Store,
    clusterer: &mut Clusterer,
    counts: &mut Counts,
) -> Result<()> {
    let reload = |store: &dyn Store, clusterer: &mut Clusterer| -> Result<()> {
        let window_days = clusterer.config().window_secs as f64 / 86_400.0;
        *clusterer = open_clusterer(store, window_days)?;
        Ok(())
    };
    for attempt in 1.. {
        let mut mine = Counts {
            unchanged: analysed.unchanged,
            ..Counts::default()
        };
        let expected = clusterer.stored_generation();
        let written = cluster_batch(analysed, store, clusterer, &mut mine).and_then(|mut batch| {
            batch.expected_generation = expected;
            Ok(store.write_batch(&batch)?)
        });
        match written {
            Ok(()) => {
                counts.new += mine.new;
                counts.updated += mine.updated;
                counts.unchanged += mine.unchanged;
                return Ok(());
            }
            Err(e) => {
                // What the clusterer now holds was not stored: it must not stand for the
                // store. Reloaded, it redoes the batch if only its state was stale.
                reload(store, clusterer)?;
                let stale = matches!(
                    e.downcast_ref::<StoreError>(),
                    Some(StoreError::StaleClusterer { .. })
                );
                if !stale || attempt >= TRIES {
                    return Err(e);
                }
                // Writers that collided try again at different moments.
                let pause = 5 * attempt as u64 + (std::process::id() as u64 % 7) * 3;
                std::thread::sleep(std::time::Duration::from_millis(pause));
            }
        }
    }
    unreachable!("the loop returns")
}

/// Analyses, clusters and writes one batch (see [`analyse`] and [`write_analysed`]).
pub fn ingest_and_write(
    articles: Vec<Article>,
    store: &mut dyn Store,
    clusterer: &mut Clusterer,
    f: &Featurizer,
    now: Option<chrono::DateTime<chrono::FixedOffset>>,
    counts: &mut Counts,
) -> Result<()> {
    let analysed = analyse(articles, &|id| Ok(store.known(id)?), f, now)?;
    write_analysed(&analysed, store, clusterer, counts)
}

/// Puts the analysed articles into stories and gathers what the transaction writes. Which
/// articles are new, changed or already stored is decided again here: another writer may
/// have stored some since the analysis.
fn cluster_batch(
    analysed: &Analysed,
    store: &dyn Store,
    clusterer: &mut Clusterer,
    counts: &mut Counts,
) -> Result<Batch> {
    let merges_before = clusterer.merges().len();
    let mut touched: HashMap<String, StorySummary> = HashMap::new();
    let mut out = Batch::default();
    for ((a, hash), x) in analysed.articles.iter().zip(&analysed.feats) {
        // A new version of a stored article keeps its story and is not counted again.
        let kept = match store.known(&a.id)? {
            Some(k) if &k.hash == hash => {
                counts.unchanged += 1;
                continue;
            }
            Some(_) => {
                counts.updated += 1;
                // Its story, or the story that one was merged into since.
                match store.article(&a.id)?.and_then(|old| old.story) {
                    Some(s) => Some(store.current_story(&s.id)?),
                    None => None,
                }
            }
            None => {
                counts.new += 1;
                None
            }
        };
        let mut a = a.clone();
        let update = kept.is_some();
        let story = match kept {
            Some(s) => StoryRef { id: s, score: 1.0 },
            None => {
                let asg = clusterer.add(x);
                StoryRef {
                    id: asg.story,
                    score: asg.score,
                }
            }
        };
        let mut summary = match touched.remove(&story.id) {
            Some(s) => s,
            None => store
                .story(&story.id)?
                .unwrap_or_else(|| StorySummary::new(&story.id)),
        };
        if !update {
            summary.add(&a);
        }
        touched.insert(story.id.clone(), summary);
        a.story = Some(story);
        let text = format!("{}\n{}", a.title.as_deref().unwrap_or(""), a.text);
        out.stems.push(concord_stories::terms::stems(
            &text,
            a.lang.as_deref().unwrap_or(""),
        ));
        out.articles.push((a, hash.clone()));
    }
    for m in &clusterer.merges()[merges_before..] {
        let from = match touched.remove(&m.from) {
            Some(s) => Some(s),
            None => store.story(&m.from)?,
        };
        let mut into = match touched.remove(&m.into) {
            Some(s) => s,
            None => store
                .story(&m.into)?
                .unwrap_or_else(|| StorySummary::new(&m.into)),
        };
        if let Some(from) = from {
            into.absorb(&from);
        }
        touched.insert(m.into.clone(), into);
        out.merges
            .push((m.from.clone(), m.into.clone(), m.article.clone()));
    }
    out.stories = touched.into_values().collect();
    out.clusterer_rows = clusterer.take_changes()?;
    Ok(out)
}
