//! The store: articles with their analyses, stories, merges and the clusterer's state,
//! behind the narrow [`Store`] interface the pipeline uses, so that a PostgreSQL backend can
//! follow without touching the pipeline. [`SqliteStore`] is the embedded default: one file,
//! WAL mode, one transaction per ingested batch, which also holds the rows of the
//! clusterer's state that the batch changed.

mod sqlite;

pub use sqlite::SqliteStore;

use concord_model::Article;
use concord_stories::{Part, StateRow};
use serde::{Deserialize, Serialize};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store {path}: {source}")]
    Sqlite {
        path: String,
        source: rusqlite::Error,
    },
    #[error("store {path}: a stored record is not valid JSON: {source}")]
    Json {
        path: String,
        source: serde_json::Error,
    },
    /// Another process saved the clusterer's state since this one loaded it: the batch was
    /// not written; reload the clusterer and redo the batch.
    #[error("store {path}: the clusterer's state changed since it was loaded (generation {stored:?}, expected {expected:?})")]
    StaleClusterer {
        path: String,
        stored: Option<u64>,
        expected: Option<u64>,
    },
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What the store knows of an article id: its content hash and version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    pub hash: String,
    pub version: u32,
}

/// A story as listed: its summary at the last update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StorySummary {
    pub id: String,
    pub title: Option<String>,
    pub size: usize,
    pub languages: std::collections::BTreeMap<String, usize>,
    /// Entities of its articles, most frequent first.
    pub entities: Vec<EntityCount>,
    /// Latest publication time of its articles (RFC 3339), else the ingest time.
    pub last_update: Option<String>,
    pub first_report: Option<String>,
    /// Articles per source: the agency an article credits, else its outlet (site name,
    /// source or file), so syndicated copies of one agency count as one source.
    #[serde(default)]
    pub source_articles: std::collections::BTreeMap<String, usize>,
    /// The title is an English article's (English titles are preferred, the first kept).
    #[serde(default)]
    pub title_english: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityCount {
    pub id: String,
    pub name: String,
    /// Articles naming it.
    pub articles: usize,
}

impl StorySummary {
    pub fn new(id: &str) -> Self {
        Self {
            id: id.to_string(),
            title: None,
            size: 0,
            languages: Default::default(),
            entities: Vec::new(),
            last_update: None,
            first_report: None,
            source_articles: Default::default(),
            title_english: false,
        }
    }

    /// Counts one more article in the summary.
    pub fn add(&mut self, a: &Article) {
        self.size += 1;
        *self.source_articles.entry(a.credited_source()).or_insert(0) += 1;
        *self
            .languages
            .entry(a.lang.clone().unwrap_or_else(|| "?".into()))
            .or_insert(0) += 1;
        // The first English title, else the first title: as the dossier titles the story.
        let english = a.lang.as_deref() == Some("en") && a.title.is_some();
        if self.title.is_none() || (english && !self.title_english) {
            self.title = a.title.clone().or(self.title.take());
            self.title_english = english;
        }
        for e in &a.entities {
            match self.entities.iter_mut().find(|x| x.id == e.id) {
                Some(x) => x.articles += 1,
                None => self.entities.push(EntityCount {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    articles: 1,
                }),
            }
        }
        self.entities
            .sort_by(|x, y| y.articles.cmp(&x.articles).then(x.id.cmp(&y.id)));
        self.entities.truncate(50);
        if let Some(p) = a.published.map(|p| p.to_rfc3339()) {
            if self.last_update.as_ref().is_none_or(|l| &p > l) {
                self.last_update = Some(p.clone());
            }
            if self.first_report.as_ref().is_none_or(|f| &p < f) {
                self.first_report = Some(p);
            }
        }
    }

    /// Takes in a story merged into this one.
    pub fn absorb(&mut self, o: &StorySummary) {
        self.size += o.size;
        if (self.title.is_none() || !self.title_english) && o.title_english {
            self.title = o.title.clone();
            self.title_english = true;
        }
        for (s, n) in &o.source_articles {
            *self.source_articles.entry(s.clone()).or_insert(0) += n;
        }
        for (l, n) in &o.languages {
            *self.languages.entry(l.clone()).or_insert(0) += n;
        }
        for e in &o.entities {
            match self.entities.iter_mut().find(|x| x.id == e.id) {
                Some(x) => x.articles += e.articles,
                None => self.entities.push(e.clone()),
            }
        }
        self.entities
            .sort_by(|x, y| y.articles.cmp(&x.articles).then(x.id.cmp(&y.id)));
        self.last_update = self.last_update.clone().max(o.last_update.clone());
        self.first_report = match (&self.first_report, &o.first_report) {
            (Some(a), Some(b)) => Some(a.min(b).clone()),
            (a, b) => a.clone().or(b.clone()),
        };
    }
}

/// One ingested batch, written in one transaction: either all of it is stored, or none.
#[derive(Debug, Default)]
pub struct Batch {
    /// Articles (with `story` filled) and their content hash; a known id with another hash
    /// is stored as a new version.
    pub articles: Vec<(Article, String)>,
    pub stories: Vec<StorySummary>,
    /// (from, into, article) of each merge.
    pub merges: Vec<(String, String, String)>,
    /// The rows of the clusterer's state that the batch changed.
    pub clusterer_rows: Vec<StateRow>,
    /// The generation of the stored state the clusterer was loaded from (none when there
    /// was none): rows are written only over that state (see `StoreError::StaleClusterer`).
    pub expected_generation: Option<u64>,
    /// For each article, its title and text as stems (for stemmed full-text search).
    pub stems: Vec<String>,
}

/// A full-text search: words (each also given as its stems), and filters.
#[derive(Debug, Default, Clone)]
pub struct SearchQuery {
    pub words: Vec<String>,
    /// The stems of each word, in the languages searched.
    pub stems: Vec<Vec<String>>,
    pub entity: Option<String>,
    pub lang: Option<String>,
    pub since: Option<String>,
}

/// An article found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    pub id: String,
    pub story: Option<String>,
    pub lang: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    /// The matching words in context, marked with [ ].
    pub snippet: String,
}

/// Filters of the story list.
#[derive(Debug, Default, Clone)]
pub struct StoryFilter {
    /// Stories updated at or after this time (RFC 3339, compared as text).
    pub since: Option<String>,
    pub lang: Option<String>,
    pub entity: Option<String>,
}

/// What the pipeline needs of a store.
pub trait Store {
    fn known(&self, id: &str) -> Result<Option<Known>>;
    fn write_batch(&mut self, batch: &Batch) -> Result<()>;
    /// The clusterer's state: every row written by batches, with its latest value.
    fn clusterer_rows(&self) -> Result<Vec<(Part, i64, Vec<u8>)>>;
    /// The whole state as earlier versions of concord saved it (read once, then replaced
    /// by rows on the next write).
    fn legacy_clusterer_state(&self) -> Result<Option<Vec<u8>>>;
    fn stories(&self, filter: &StoryFilter) -> Result<Vec<StorySummary>>;
    /// A story by its id, or by the id of a story merged into it.
    fn story(&self, id: &str) -> Result<Option<StorySummary>>;
    /// The id a story goes by now: itself, or the story it was merged into (following
    /// merges of merges).
    fn current_story(&self, id: &str) -> Result<String>;
    /// The latest version of each article of a story (or of the story it was merged
    /// into), in ingest order.
    fn story_articles(&self, story: &str) -> Result<Vec<Article>>;
    fn article(&self, id: &str) -> Result<Option<Article>>;
    /// Articles matching a search, best first (at most 100).
    fn search(&self, q: &SearchQuery) -> Result<Vec<Hit>>;
    /// A number that changes when another process commits to the store (SQLite's
    /// `data_version`), so that a server can tell when what it keeps from the store is
    /// stale. Its own writes do not change it.
    fn changes(&self) -> Result<i64>;
    /// (articles, article versions, stories, merges) stored.
    fn counts(&self) -> Result<(usize, usize, usize, usize)>;
}

/// The content hash of an article: what a new version changes.
pub fn content_hash(a: &Article) -> String {
    let mut s = String::new();
    s.push_str(a.title.as_deref().unwrap_or(""));
    s.push('\u{1}');
    s.push_str(&a.text);
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(s.as_bytes()))
}
