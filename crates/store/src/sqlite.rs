//! SQLite through `rusqlite` (bundled SQLite): WAL journal, one transaction per batch, so a
//! crash or kill loses at most the batch being written and re-running an ingest skips what
//! was committed.

use crate::{
    Batch, Hit, Known, Part, Result, SearchQuery, Store, StoreError, StoryFilter, StorySummary,
};
use concord_model::Article;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS articles (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    hash TEXT NOT NULL,
    story TEXT,
    lang TEXT,
    published TEXT,
    record TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (id, version)
);
CREATE INDEX IF NOT EXISTS articles_story ON articles(story);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    last_update TEXT,
    summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS merges (
    from_story TEXT NOT NULL,
    into_story TEXT NOT NULL,
    article TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
    id UNINDEXED, story UNINDEXED, lang UNINDEXED, published UNINDEXED,
    title, body, stems,
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS article_entities (
    id TEXT NOT NULL,
    entity TEXT NOT NULL,
    PRIMARY KEY (id, entity)
);
CREATE INDEX IF NOT EXISTS article_entities_entity ON article_entities(entity);
CREATE TABLE IF NOT EXISTS state (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS cluster_state (
    part INTEGER NOT NULL,
    key INTEGER NOT NULL,
    value BLOB NOT NULL,
    PRIMARY KEY (part, key)
) WITHOUT ROWID;
";

pub struct SqliteStore {
    conn: Connection,
    path: String,
}

/// Most articles a search returns.
pub const SEARCH_LIMIT: usize = 100;

impl SqliteStore {
    /// Opens (or creates) the store file.
    pub fn open(path: &Path) -> Result<Self> {
        // Two processes creating one new store at once: switching it to WAL may find it
        // locked without SQLite's busy handler waiting (it does not wait where waiting
        // could deadlock), so opening is tried again for a while.
        let mut tries = 0;
        loop {
            match Self::open_once(path) {
                Err(StoreError::Sqlite { source, .. })
                    if tries < 100
                        && matches!(
                            source.sqlite_error_code(),
                            Some(
                                rusqlite::ErrorCode::DatabaseBusy
                                    | rusqlite::ErrorCode::DatabaseLocked
                            )
                        ) =>
                {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                other => return other,
            }
        }
    }

    fn open_once(path: &Path) -> Result<Self> {
        let name = path.display().to_string();
        let err = |source| StoreError::Sqlite {
            path: name.clone(),
            source,
        };
        let conn = Connection::open(path).map_err(err)?;
        // Another process writing (a server and an ingest on one file) is waited for; set
        // first, as switching to WAL and creating the schema take locks too.
        conn.busy_timeout(std::time::Duration::from_secs(60))
            .map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(err)?;
        conn.execute_batch(SCHEMA).map_err(err)?;
        Ok(Self { conn, path: name })
    }

    fn sql(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// The JSON value of the first row a query by id returns, if any.
    fn one_json<T: serde::de::DeserializeOwned>(&self, sql: &str, id: &str) -> Result<Option<T>> {
        let row: Option<String> = self
            .conn
            .query_row(sql, params![id], |r| r.get(0))
            .optional()
            .map_err(|e| self.sql(e))?;
        row.map(|r| serde_json::from_str(&r).map_err(|e| self.json(e)))
            .transpose()
    }

    fn json(&self, source: serde_json::Error) -> StoreError {
        StoreError::Json {
            path: self.path.clone(),
            source,
        }
    }
}

impl Store for SqliteStore {
    fn known(&self, id: &str) -> Result<Option<Known>> {
        self.conn
            .query_row(
                "SELECT hash, version FROM articles WHERE id = ?1 ORDER BY version DESC LIMIT 1",
                params![id],
                |r| {
                    Ok(Known {
                        hash: r.get(0)?,
                        version: r.get(1)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.sql(e))
    }

    fn write_batch(&mut self, batch: &Batch) -> Result<()> {
        let path = self.path.clone();
        let err = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        // Immediate: the write lock is taken first, so that the clusterer's generation is
        // checked and its rows written by one writer at a time.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        {
            let mut seq: i64 = tx
                .query_row("SELECT COALESCE(MAX(seq), 0) FROM articles", [], |r| {
                    r.get(0)
                })
                .map_err(err)?;
            let mut insert = tx
                .prepare(
                    "INSERT INTO articles (id, version, hash, story, lang, published, record, seq)
                     VALUES (?1, COALESCE((SELECT MAX(version) FROM articles WHERE id = ?1), 0) + 1,
                             ?2, ?3, ?4, ?5, ?6, ?7)",
                )
                .map_err(err)?;
            for (k, (a, hash)) in batch.articles.iter().enumerate() {
                seq += 1;
                let stems = batch.stems.get(k).map(String::as_str).unwrap_or("");
                // The search row of a version is keyed by its seq, so that a new version
                // replaces the last one's row without a scan of the index (FTS5 has no index
                // on its unindexed columns); rows of stores written before that are found by id.
                let previous: Option<(i64, String)> = tx
                    .query_row(
                        "SELECT seq, hash FROM articles WHERE id = ?1 ORDER BY version DESC LIMIT 1",
                        params![a.id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()
                    .map_err(err)?;
                // Another writer stored this very version since the batch was made: it is
                // not stored twice.
                if previous.as_ref().is_some_and(|(_, h)| h == hash) {
                    continue;
                }
                if let Some((old, _)) = previous {
                    let gone = tx
                        .execute(
                            "DELETE FROM search WHERE rowid = ?1 AND id = ?2",
                            params![old, a.id],
                        )
                        .map_err(err)?;
                    if gone == 0 {
                        tx.execute("DELETE FROM search WHERE id = ?1", params![a.id])
                            .map_err(err)?;
                    }
                }
                tx.execute(
                    "INSERT INTO search (rowid, id, story, lang, published, title, body, stems)
                     VALUES (?8, ?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        a.id,
                        a.story.as_ref().map(|s| s.id.clone()),
                        a.lang,
                        a.published.map(|p| p.to_rfc3339()),
                        a.title,
                        a.text,
                        stems,
                        seq
                    ],
                )
                .map_err(err)?;
                tx.execute("DELETE FROM article_entities WHERE id = ?1", params![a.id])
                    .map_err(err)?;
                for e in &a.entities {
                    tx.execute(
                        "INSERT OR IGNORE INTO article_entities (id, entity) VALUES (?1, ?2)",
                        params![a.id, e.id],
                    )
                    .map_err(err)?;
                }
                let record = serde_json::to_string(a).map_err(|source| StoreError::Json {
                    path: path.clone(),
                    source,
                })?;
                insert
                    .execute(params![
                        a.id,
                        hash,
                        a.story.as_ref().map(|s| s.id.clone()),
                        a.lang,
                        a.published.map(|p| p.to_rfc3339()),
                        record,
                        seq
                    ])
                    .map_err(err)?;
            }
            let mut story = tx
                .prepare(
                    "INSERT INTO stories (id, last_update, summary) VALUES (?1, ?2, ?3)
                     ON CONFLICT(id) DO UPDATE SET last_update = ?2, summary = ?3",
                )
                .map_err(err)?;
            for s in &batch.stories {
                let summary = serde_json::to_string(s).map_err(|source| StoreError::Json {
                    path: path.clone(),
                    source,
                })?;
                story
                    .execute(params![s.id, s.last_update, summary])
                    .map_err(err)?;
            }
            for (from, into, article) in &batch.merges {
                tx.execute(
                    "INSERT INTO merges (from_story, into_story, article) VALUES (?1, ?2, ?3)",
                    params![from, into, article],
                )
                .map_err(err)?;
                // The merged story's articles now belong to the story it joined.
                tx.execute(
                    "UPDATE articles SET story = ?2 WHERE story = ?1",
                    params![from, into],
                )
                .map_err(err)?;
                tx.execute(
                    "UPDATE search SET story = ?2 WHERE story = ?1",
                    params![from, into],
                )
                .map_err(err)?;
                tx.execute("DELETE FROM stories WHERE id = ?1", params![from])
                    .map_err(err)?;
            }
            if !batch.clusterer_rows.is_empty() {
                let meta: Option<Vec<u8>> = tx
                    .query_row(
                        "SELECT value FROM cluster_state WHERE part = ?1 AND key = 0",
                        params![Part::Meta as u8],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(err)?;
                let stored = meta
                    .as_deref()
                    .and_then(concord_stories::state::generation_of);
                if stored != batch.expected_generation {
                    return Err(StoreError::StaleClusterer {
                        path: path.clone(),
                        stored,
                        expected: batch.expected_generation,
                    });
                }
            }
            let mut upsert = tx
                .prepare(
                    "INSERT INTO cluster_state (part, key, value) VALUES (?1, ?2, ?3)
                     ON CONFLICT(part, key) DO UPDATE SET value = ?3",
                )
                .map_err(err)?;
            let mut delete = tx
                .prepare("DELETE FROM cluster_state WHERE part = ?1 AND key = ?2")
                .map_err(err)?;
            for row in &batch.clusterer_rows {
                match &row.value {
                    Some(v) => upsert.execute(params![row.part as u8, row.key, v]),
                    None => delete.execute(params![row.part as u8, row.key]),
                }
                .map_err(err)?;
            }
            if batch.clusterer_rows.iter().any(|r| r.part == Part::Meta) {
                // The rows now hold the whole state: an older whole save is obsolete.
                tx.execute("DELETE FROM state WHERE key = 'clusterer'", [])
                    .map_err(err)?;
            }
        }
        tx.commit().map_err(err)
    }

    fn clusterer_rows(&self) -> Result<Vec<(Part, i64, Vec<u8>)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT part, key, value FROM cluster_state")
            .map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, u8>(0)?, r.get::<_, i64>(1)?, r.get(2)?))
            })
            .map_err(|e| self.sql(e))?;
        let mut out = Vec::new();
        for row in rows {
            let (code, key, value) = row.map_err(|e| self.sql(e))?;
            // A part this version does not know cannot be read into its clusterer.
            let part = Part::from_code(code).ok_or_else(|| {
                self.sql(rusqlite::Error::IntegralValueOutOfRange(0, code as i64))
            })?;
            out.push((part, key, value));
        }
        Ok(out)
    }

    fn legacy_clusterer_state(&self) -> Result<Option<Vec<u8>>> {
        self.conn
            .query_row("SELECT value FROM state WHERE key = 'clusterer'", [], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.sql(e))
    }

    fn stories(&self, filter: &StoryFilter) -> Result<Vec<StorySummary>> {
        let mut stmt = self
            .conn
            .prepare("SELECT summary FROM stories ORDER BY last_update DESC, id")
            .map_err(|e| self.sql(e))?;
        let rows: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .map_err(|e| self.sql(e))?
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| self.sql(e))?;
        let mut out = Vec::new();
        for r in rows {
            let s: StorySummary = serde_json::from_str(&r).map_err(|e| self.json(e))?;
            let since_ok = filter
                .since
                .as_ref()
                .is_none_or(|t| s.last_update.as_ref().is_some_and(|u| u >= t));
            let lang_ok = filter
                .lang
                .as_ref()
                .is_none_or(|l| s.languages.contains_key(l));
            let entity_ok = filter
                .entity
                .as_ref()
                .is_none_or(|e| s.entities.iter().any(|x| &x.id == e));
            if since_ok && lang_ok && entity_ok {
                out.push(s);
            }
        }
        Ok(out)
    }

    fn changes(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))
            .map_err(|e| self.sql(e))
    }

    fn story(&self, id: &str) -> Result<Option<StorySummary>> {
        let id = self.current_story(id)?;
        self.one_json("SELECT summary FROM stories WHERE id = ?1", &id)
    }

    fn current_story(&self, id: &str) -> Result<String> {
        // A chain of merges is short; the bound guards against a cycle in a damaged file.
        let mut id = id.to_string();
        for _ in 0..64 {
            let into: Option<String> = self
                .conn
                .query_row(
                    "SELECT into_story FROM merges WHERE from_story = ?1 ORDER BY rowid DESC LIMIT 1",
                    params![id],
                    |r| r.get(0),
                )
                .optional()
                .map_err(|e| self.sql(e))?;
            match into {
                Some(next) if next != id => id = next,
                _ => break,
            }
        }
        Ok(id)
    }

    fn story_articles(&self, story: &str) -> Result<Vec<Article>> {
        let story = self.current_story(story)?;
        let mut stmt = self
            .conn
            .prepare(
                "SELECT a.record FROM articles a
                 WHERE a.story = ?1
                   AND a.version = (SELECT MAX(version) FROM articles b WHERE b.id = a.id)
                 ORDER BY a.seq",
            )
            .map_err(|e| self.sql(e))?;
        let rows: Vec<String> = stmt
            .query_map(params![story], |r| r.get(0))
            .map_err(|e| self.sql(e))?
            .collect::<std::result::Result<_, _>>()
            .map_err(|e| self.sql(e))?;
        rows.iter()
            .map(|r| serde_json::from_str(r).map_err(|e| self.json(e)))
            .collect()
    }

    fn article(&self, id: &str) -> Result<Option<Article>> {
        self.one_json(
            "SELECT record FROM articles WHERE id = ?1 ORDER BY version DESC LIMIT 1",
            id,
        )
    }

    fn search(&self, q: &SearchQuery) -> Result<Vec<Hit>> {
        // Words match the title and text case- and accent-insensitively, and their stems
        // (in every language with a stemmer, or in `lang`) match the stems column.
        let mut clauses: Vec<String> = Vec::new();
        for (k, w) in q.words.iter().enumerate() {
            let w = w.replace('"', "");
            if w.is_empty() {
                continue;
            }
            let mut alts = vec![format!("{{title body}} : \"{w}\"")];
            for s in q.stems.get(k).into_iter().flatten() {
                alts.push(format!("stems : \"{}\"", s.replace('"', "")));
            }
            clauses.push(format!("({})", alts.join(" OR ")));
        }
        let mut sql = String::from(
            "SELECT s.id, s.story, s.lang, s.published, s.title,
                    snippet(search, 5, '[', ']', '…', 12)
             FROM search s WHERE 1 = 1",
        );
        let mut args: Vec<String> = Vec::new();
        if !clauses.is_empty() {
            args.push(clauses.join(" AND "));
            sql.push_str(&format!(" AND search MATCH ?{}", args.len()));
        }
        if let Some(e) = &q.entity {
            args.push(e.clone());
            sql.push_str(&format!(
                " AND s.id IN (SELECT id FROM article_entities WHERE entity = ?{})",
                args.len()
            ));
        }
        if let Some(l) = &q.lang {
            args.push(l.clone());
            sql.push_str(&format!(" AND s.lang = ?{}", args.len()));
        }
        if let Some(t) = &q.since {
            args.push(t.clone());
            sql.push_str(&format!(" AND s.published >= ?{}", args.len()));
        }
        // The best hundred: a snippet is made for each row returned, and past a hundred
        // they cost more than the search (10 ms for 500 rows of a 2,300-article store).
        sql.push_str(&if clauses.is_empty() {
            format!(" LIMIT {SEARCH_LIMIT}")
        } else {
            format!(" ORDER BY rank LIMIT {SEARCH_LIMIT}")
        });
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.sql(e))?;
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                Ok(Hit {
                    id: r.get(0)?,
                    story: r.get(1)?,
                    lang: r.get(2)?,
                    published: r.get(3)?,
                    title: r.get(4)?,
                    snippet: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                })
            })
            .map_err(|e| self.sql(e))?;
        rows.collect::<std::result::Result<_, _>>()
            .map_err(|e| self.sql(e))
    }

    fn counts(&self) -> Result<(usize, usize, usize, usize)> {
        let one = |sql: &str| -> Result<usize> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n as usize)
                .map_err(|e| self.sql(e))
        };
        Ok((
            one("SELECT COUNT(DISTINCT id) FROM articles")?,
            one("SELECT COUNT(*) FROM articles")?,
            one("SELECT COUNT(*) FROM stories")?,
            one("SELECT COUNT(*) FROM merges")?,
        ))
    }
}

#[cfg(test)]
#[path = "sqlite_tests.rs"]
mod tests;
