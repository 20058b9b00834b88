//! The clusterer's state saved piecewise: one row per story, per blocking key and per
//! document frequency, plus one row of settings. After each batch only the rows that batch
//! changed are written, so the cost of saving follows the size of the batch, not the number
//! of stories held (saving the whole state with every batch grew with the store).

use crate::cluster::{Clusterer, Config, Story};
use crate::profile::Idf;
use crate::similarity::Model;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

/// Which part of the state a row holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The settings and counters (key 0).
    Meta = 0,
    /// One story (key: its index in arrival order), JSON.
    Story = 1,
    /// The stories under one blocking key (key: the key's bits), little-endian u32s.
    Key = 2,
    /// The document frequency of one term or entity key (key: its bits), a little-endian u32.
    Df = 3,
}

impl Part {
    pub fn from_code(code: u8) -> Option<Self> {
        [Part::Meta, Part::Story, Part::Key, Part::Df]
            .into_iter()
            .find(|p| *p as u8 == code)
    }
}

/// One saved row; `value: None` deletes it.
#[derive(Debug, Clone, PartialEq)]
pub struct StateRow {
    pub part: Part,
    pub key: i64,
    pub value: Option<Vec<u8>>,
}

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("the clusterer's settings row is missing")]
    NoMeta,
    #[error("clusterer state row {part:?} {key}: {source}")]
    Json {
        part: Part,
        key: i64,
        source: serde_json::Error,
    },
    #[error("clusterer state row {part:?} {key} is malformed")]
    Malformed { part: Part, key: i64 },
    #[error("the clusterer's state lacks story {0}")]
    MissingStory(usize),
}

/// What changed since the last save.
#[derive(Debug, Default)]
pub(crate) struct Dirty {
    pub stories: FxHashSet<u32>,
    pub keys: FxHashSet<u64>,
    pub df: FxHashSet<u64>,
}

impl Dirty {
    /// Everything: the next save writes the whole state (after resuming an older whole save).
    pub fn mark_all(&mut self, stories: &[Story], index: &FxHashMap<u64, Vec<u32>>, idf: &Idf) {
        self.stories.extend(0..stories.len() as u32);
        self.keys.extend(index.keys().copied());
        self.df.extend(idf.frequencies().map(|(k, _)| k));
    }
}

#[derive(Serialize, Deserialize)]
struct Meta {
    cfg: Config,
    latest: Option<i64>,
    since_sweep: usize,
    docs: u32,
    stories: usize,
    /// How many times the state was saved: a writer whose clusterer was loaded at another
    /// generation than the stored one works from a stale state (another process saved
    /// since) and must reload before it writes.
    #[serde(default)]
    generation: u64,
}

/// The generation of a saved state, from its settings row.
pub fn generation_of(meta: &[u8]) -> Option<u64> {
    serde_json::from_slice::<Meta>(meta)
        .ok()
        .map(|m| m.generation)
}

fn u32s(bytes: &[u8]) -> Option<Vec<u32>> {
    bytes.len().is_multiple_of(4).then(|| {
        bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    })
}

impl Clusterer {
    /// The generation of the state this clusterer was loaded from or last saved (0 for a
    /// new one): see [`generation_of`].
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The generation the store must hold for this clusterer's next rows to be written over
    /// it: none for a clusterer never saved as rows (new, or resumed from a whole save).
    pub fn stored_generation(&self) -> Option<u64> {
        self.saved.then_some(self.generation)
    }

    /// The rows changed since the last call (or since the clusterer was made), to be written
    /// by the store with the batch they belong to. The settings row is always included, with
    /// the next generation.
    pub fn take_changes(&mut self) -> serde_json::Result<Vec<StateRow>> {
        let dirty = std::mem::take(&mut self.dirty);
        self.generation += 1;
        self.saved = true;
        let meta = Meta {
            cfg: self.cfg,
            latest: self.latest,
            since_sweep: self.since_sweep,
            docs: self.idf.docs(),
            stories: self.stories.len(),
            generation: self.generation,
        };
        let mut rows = vec![StateRow {
            part: Part::Meta,
            key: 0,
            value: Some(serde_json::to_vec(&meta)?),
        }];
        let mut stories: Vec<u32> = dirty.stories.into_iter().collect();
        stories.sort_unstable();
        for k in stories {
            rows.push(StateRow {
                part: Part::Story,
                key: k as i64,
                value: Some(serde_json::to_vec(&self.stories[k as usize])?),
            });
        }
        for k in dirty.keys {
            let value = self
                .index
                .get(&k)
                .map(|list| list.iter().flat_map(|s| s.to_le_bytes()).collect());
            rows.push(StateRow {
                part: Part::Key,
                key: k as i64,
                value,
            });
        }
        for k in dirty.df {
            rows.push(StateRow {
                part: Part::Df,
                key: k as i64,
                value: Some(self.idf.df(k).to_le_bytes().to_vec()),
            });
        }
        Ok(rows)
    }

    /// The clusterer saved as rows by [`Clusterer::take_changes`] (every row ever written,
    /// latest values), with the current model. Merges made before are in the store, not here.
    pub fn restore(
        rows: impl IntoIterator<Item = (Part, i64, Vec<u8>)>,
        model: Model,
    ) -> Result<Self, StateError> {
        let mut meta: Option<Meta> = None;
        let mut stories: FxHashMap<usize, Story> = FxHashMap::default();
        let mut index = FxHashMap::default();
        let mut df = FxHashMap::default();
        for (part, key, value) in rows {
            let bad = || StateError::Malformed { part, key };
            let json = |source| StateError::Json { part, key, source };
            match part {
                Part::Meta => meta = Some(serde_json::from_slice(&value).map_err(json)?),
                Part::Story => {
                    stories.insert(key as usize, serde_json::from_slice(&value).map_err(json)?);
                }
                Part::Key => {
                    index.insert(key as u64, u32s(&value).ok_or_else(bad)?);
                }
                Part::Df => {
                    let n = u32s(&value).filter(|v| v.len() == 1).ok_or_else(bad)?;
                    df.insert(key as u64, n[0]);
                }
            }
        }
        let meta = meta.ok_or(StateError::NoMeta)?;
        let stories = (0..meta.stories)
            .map(|k| stories.remove(&k).ok_or(StateError::MissingStory(k)))
            .collect::<Result<Vec<Story>, _>>()?;
        if let Some((&key, _)) = index
            .iter()
            .find(|(_, list)| list.iter().any(|&s| s as usize >= stories.len()))
        {
            return Err(StateError::Malformed {
                part: Part::Key,
                key: key as i64,
            });
        }
        let mut c = Clusterer::new(meta.cfg, model);
        c.idf = Idf::from_parts(meta.docs, df);
        c.stories = stories;
        c.index = index;
        c.latest = meta.latest;
        c.since_sweep = meta.since_sweep;
        c.generation = meta.generation;
        c.saved = true;
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{bag, hash_str, ArticleFeatures};
    use std::collections::BTreeMap;

    /// Article `k` of one of seven stories: the story's entity, terms and direction, plus
    /// words of its own.
    fn article(k: usize) -> ArticleFeatures {
        let story = k % 7;
        let mut dense = vec![0.1f32; 16];
        dense[story] = 1.0;
        dense[7 + k % 9] += 0.3;
        let norm = dense.iter().map(|x| x * x).sum::<f32>().sqrt();
        dense.iter_mut().for_each(|x| *x /= norm);
        let key = |s: String| (hash_str(&s), 1.0);
        ArticleFeatures {
            id: format!("a{k}"),
            lang: "en".into(),
            title: None,
            time: Some(1_700_000_000 + 3_600 * k as i64),
            dense,
            entities: bag([key(format!("e{story}")), key(format!("x{k}"))]),
            terms: bag((0..6)
                .map(|t| key(format!("t{story}-{t}")))
                .chain([key(format!("own{k}"))])),
            numbers: vec![story as u64],
            days: vec![],
            years: vec![],
            weekdays: vec![],
        }
    }

    type Saved = BTreeMap<(u8, i64), Vec<u8>>;

    fn apply(saved: &mut Saved, rows: Vec<StateRow>) {
        for r in rows {
            match r.value {
                Some(v) => saved.insert((r.part as u8, r.key), v),
                None => saved.remove(&(r.part as u8, r.key)),
            };
        }
    }

    fn restored(saved: &Saved) -> Clusterer {
        let rows = saved
            .iter()
            .map(|(&(p, k), v)| (Part::from_code(p).unwrap(), k, v.clone()));
        Clusterer::restore(rows, crate::DEFAULT_MODEL).unwrap()
    }

    /// The state as a comparable value (merges are kept by the store, not in the rows).
    fn state(c: &Clusterer) -> serde_json::Value {
        let mut v = serde_json::to_value(c).unwrap();
        v["merges"] = serde_json::json!([]);
        v
    }

    /// (Here beside the other tests that need a stream of articles.) An article published
    /// more than the window before a story's first report does not join it, as one
    /// published more than the window after its last does not.
    #[test]
    fn the_window_holds_on_both_sides_of_a_story() {
        let mut c = Clusterer::new(Config::default(), crate::DEFAULT_MODEL);
        let first = article(0);
        let story = c.add(&first).story;
        let day = 86_400;
        let mut late = article(7);
        late.time = first.time.map(|t| t + day);
        assert_eq!(c.add(&late).story, story, "the same story a day later");
        let mut old = article(14);
        old.time = first.time.map(|t| t - 10 * day);
        assert_ne!(c.add(&old).story, story, "ten days before its first report");
        let mut new = article(21);
        new.time = first.time.map(|t| t + 12 * day);
        assert_ne!(c.add(&new).story, story, "eleven days after its last");
    }

    #[test]
    fn the_changed_rows_rebuild_the_same_clusterer() {
        let mut c = Clusterer::new(Config::default(), crate::DEFAULT_MODEL);
        let mut saved = Saved::new();
        for k in 0..120 {
            c.add(&article(k));
            if k % 10 == 9 {
                apply(&mut saved, c.take_changes().unwrap());
            }
        }
        assert!(
            c.stories().iter().any(|s| s.size > 5),
            "articles were grouped"
        );
        let mut r = restored(&saved);
        assert_eq!(state(&c), state(&r));
        for k in 120..200 {
            assert_eq!(c.add(&article(k)), r.add(&article(k)));
        }
        // Ageing out changes stories and blocking keys: those rows follow.
        c.latest = Some(i64::MAX / 2);
        c.sweep();
        apply(&mut saved, c.take_changes().unwrap());
        let mut again = restored(&saved);
        assert_eq!(state(&c), state(&again));
        assert!(again.stories().iter().all(|s| !s.active));
        assert!(
            again.take_changes().unwrap().len() == 1,
            "only the settings row"
        );
    }

    #[test]
    fn a_whole_save_resumed_is_written_whole_as_rows() {
        let mut c = Clusterer::new(Config::default(), crate::DEFAULT_MODEL);
        for k in 0..50 {
            c.add(&article(k));
        }
        let mut resumed = Clusterer::resume(&c.save().unwrap(), crate::DEFAULT_MODEL).unwrap();
        let mut saved = Saved::new();
        apply(&mut saved, resumed.take_changes().unwrap());
        // The same state, saved once as rows (generation 1).
        let mut expected = state(&c);
        expected["generation"] = serde_json::json!(1);
        assert_eq!(expected, state(&restored(&saved)));
    }

    #[test]
    fn one_article_changes_a_few_rows_however_many_stories_there_are() {
        let mut c = Clusterer::new(Config::default(), crate::DEFAULT_MODEL);
        for k in 0..500 {
            c.add(&article(k));
        }
        c.take_changes().unwrap();
        let a = article(500);
        c.add(&a);
        let rows = c.take_changes().unwrap();
        let count = |p: Part| rows.iter().filter(|r| r.part == p).count();
        assert_eq!(count(Part::Meta), 1);
        assert!(count(Part::Story) <= 2, "{rows:?}");
        assert_eq!(count(Part::Df), a.entities.len() + a.terms.len());
        assert!(count(Part::Key) <= a.entities.len() + 8 + a.numbers.len());
    }
}
