//! Online clustering: each article, in arrival order, joins the story it most probably
//! reports or opens a new one. Candidates come from blocking (the stories indexed under the
//! article's entity ids, rarest terms, numbers and event days), never from a scan of all
//! stories, so the cost per article stays flat as stories accumulate; stories whose last
//! article is older than the window age out and free their profiles.

use crate::features::{hash_str, ArticleFeatures};
use crate::profile::{Idf, Profile};
use crate::similarity::{signals, Model};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct Config {
    /// Join the best story when its probability reaches this.
    pub threshold: f32,
    /// Two stories an article matches at this probability or more, and that match each
    /// other as well, are merged.
    pub merge_threshold: f32,
    /// Stories without a new article for this long (seconds) stop taking articles.
    pub window_secs: i64,
    /// Most stories kept per blocking key (the most recent).
    pub per_key: usize,
    /// Rarest terms of an article used as blocking keys.
    pub term_keys: usize,
    /// Most candidate stories scored in full (those sharing the most blocking keys).
    pub max_scored: usize,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            threshold: 0.5,
            merge_threshold: 0.95,
            window_secs: 3 * 86_400,
            per_key: 48,
            term_keys: 8,
            max_scored: 24,
        }
    }
}

/// A story while clustering.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Story {
    /// Stable: made from the first article's id (see [`story_id`]).
    pub id: String,
    pub profile: Profile,
    pub size: usize,
    /// Merged into another story (index), which carries on.
    pub merged_into: Option<usize>,
    pub active: bool,
    /// The latest publication time seen (seconds), for ageing.
    pub last_seen: Option<i64>,
}

/// Where an article went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assignment {
    pub id: String,
    pub story: String,
    /// The probability that the article reports the story it joined (1.0 for a new story's
    /// first article).
    pub score: f32,
    pub new_story: bool,
}

/// Two stories found to be one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Merge {
    pub from: String,
    pub into: String,
    /// The article that showed it.
    pub article: String,
}

/// The clusterer's state can be saved and resumed (the store keeps it between ingests, so
/// stories keep growing across runs): whole ([`Clusterer::save`]), or as the rows changed
/// since the last save ([`Clusterer::take_changes`], see [`crate::state`]).
#[derive(Serialize, Deserialize)]
pub struct Clusterer {
    pub(crate) cfg: Config,
    #[serde(skip, default = "default_model")]
    pub(crate) model: Model,
    pub(crate) idf: Idf,
    pub(crate) stories: Vec<Story>,
    pub(crate) index: FxHashMap<u64, Vec<u32>>,
    #[serde(default)]
    pub(crate) merges: Vec<Merge>,
    pub(crate) latest: Option<i64>,
    pub(crate) since_sweep: usize,
    /// What changed since the last [`Clusterer::take_changes`].
    #[serde(skip)]
    pub(crate) dirty: crate::state::Dirty,
    /// See [`Clusterer::generation`].
    #[serde(default)]
    pub(crate) generation: u64,
    /// Restored from saved rows, or saved as rows since made.
    #[serde(skip)]
    pub(crate) saved: bool,
}

fn default_model() -> Model {
    crate::DEFAULT_MODEL
}

/// A story's id: derived from its first article's id, so it is stable across runs over the
/// same inputs, and short whatever the article ids look like (URLs).
pub fn story_id(first_article: &str) -> String {
    format!(
        "story-{:012x}",
        crate::features::hash_str(first_article) >> 16
    )
}

impl Clusterer {
    pub fn new(cfg: Config, model: Model) -> Self {
        Self {
            cfg,
            model,
            idf: Idf::default(),
            stories: Vec::new(),
            index: FxHashMap::default(),
            merges: Vec::new(),
            latest: None,
            since_sweep: 0,
            dirty: Default::default(),
            generation: 0,
            saved: false,
        }
    }

    /// The clusterer whole, as JSON: how stores before the row format saved it (kept to
    /// make such a save in tests of [`Clusterer::resume`]).
    #[cfg(test)]
    pub(crate) fn save(&self) -> serde_json::Result<Vec<u8>> {
        serde_json::to_vec(self)
    }

    /// A clusterer saved whole (as stores before the row format did), with the current model.
    /// Everything counts as changed, so that the next [`Clusterer::take_changes`] holds the
    /// whole state.
    pub fn resume(bytes: &[u8], model: Model) -> serde_json::Result<Self> {
        let mut c: Self = serde_json::from_slice(bytes)?;
        c.model = model;
        c.dirty.mark_all(&c.stories, &c.index, &c.idf);
        Ok(c)
    }

    pub fn config(&self) -> Config {
        self.cfg
    }

    pub fn stories(&self) -> &[Story] {
        &self.stories
    }

    pub fn merges(&self) -> &[Merge] {
        &self.merges
    }

    /// The story a (possibly merged) story now lives in.
    pub fn resolve(&self, mut k: usize) -> usize {
        while let Some(n) = self.stories[k].merged_into {
            k = n;
        }
        k
    }

    /// The id of the story an id now lives in (after merges).
    pub fn current_id(&self, story_id: &str) -> Option<&str> {
        let k = self.stories.iter().position(|s| s.id == story_id)?;
        Some(&self.stories[self.resolve(k)].id)
    }

    pub fn active_stories(&self) -> usize {
        self.stories
            .iter()
            .filter(|s| s.active && s.merged_into.is_none())
            .count()
    }

    fn blocking_keys(&self, a: &ArticleFeatures) -> Vec<u64> {
        let mut keys: Vec<u64> = a.entities.iter().map(|e| e.0).collect();
        let mut terms: Vec<(u32, u64)> = a.terms.iter().map(|t| (self.idf.df(t.0), t.0)).collect();
        // The rarest terms that were seen before (a term seen once only is noise).
        terms.retain(|t| t.0 >= 2);
        terms.sort_unstable();
        keys.extend(terms.iter().take(self.cfg.term_keys).map(|t| t.1));
        keys.extend(a.numbers.iter().copied());
        keys.extend(a.days.iter().map(|d| hash_str(&format!("day:{d}"))));
        keys
    }

    fn is_live(&self, s: &Story, time: Option<i64>) -> bool {
        if !s.active || s.merged_into.is_some() {
            return false;
        }
        // Articles may arrive out of order (an archive read in any order): one published
        // more than the window before the story's first report is no more part of it than
        // one published more than the window after its last.
        let before_first = match (time, s.profile.first) {
            (Some(t), Some(f)) => f - t > self.cfg.window_secs,
            _ => false,
        };
        match (time, s.last_seen) {
            (Some(t), Some(l)) => t - l <= self.cfg.window_secs && !before_first,
            _ => !before_first,
        }
    }

    /// Puts an article into a story and says which.
    pub fn add(&mut self, a: &ArticleFeatures) -> Assignment {
        self.idf.observe(a);
        self.dirty
            .df
            .extend(a.entities.iter().chain(&a.terms).map(|t| t.0));
        if let Some(t) = a.time {
            self.latest = Some(self.latest.map_or(t, |l| l.max(t)));
        }
        let p = Profile::of(a);
        let keys = self.blocking_keys(a);
        let mut hits: Vec<usize> = keys
            .iter()
            .filter_map(|k| self.index.get(k))
            .flatten()
            .map(|&s| self.resolve(s as usize))
            .collect();
        hits.sort_unstable();
        // Stories sharing the most keys first; only the best few are scored in full.
        let mut cands: Vec<(usize, usize)> = Vec::new();
        for s in hits {
            match cands.last_mut() {
                Some((last, n)) if *last == s => *n += 1,
                _ => cands.push((s, 1)),
            }
        }
        cands.retain(|&(s, _)| self.is_live(&self.stories[s], a.time));
        if cands.len() > self.cfg.max_scored {
            cands.select_nth_unstable_by(self.cfg.max_scored, |x, y| y.1.cmp(&x.1));
            cands.truncate(self.cfg.max_scored);
        }
        let mut scored: Vec<(f32, usize)> = cands
            .into_iter()
            .map(|(s, _)| s)
            .map(|s| {
                let sig = signals(&p, &a.lang, &self.stories[s].profile, &self.idf);
                (self.model.probability(&sig), s)
            })
            .collect();
        scored.sort_unstable_by(|x, y| y.0.total_cmp(&x.0));
        let (score, target, new_story) = match scored.first() {
            Some(&(prob, s)) if prob >= self.cfg.threshold => (prob, s, false),
            _ => {
                self.stories.push(Story {
                    id: story_id(&a.id),
                    profile: Profile::default(),
                    size: 0,
                    merged_into: None,
                    active: true,
                    last_seen: None,
                });
                (1.0, self.stories.len() - 1, true)
            }
        };
        let story = &mut self.stories[target];
        story.profile.add(&p);
        story.size += 1;
        story.last_seen = match (story.last_seen, a.time) {
            (Some(l), Some(t)) => Some(l.max(t)),
            (l, t) => l.or(t),
        };
        self.dirty.stories.insert(target as u32);
        for k in keys {
            let list = self.index.entry(k).or_default();
            if list.last() != Some(&(target as u32)) {
                list.push(target as u32);
                self.dirty.keys.insert(k);
            }
            if list.len() > self.cfg.per_key * 2 {
                let cut = list.len() - self.cfg.per_key;
                list.drain(..cut);
            }
        }
        if !new_story {
            self.maybe_merge(&scored, target, &a.id);
        }
        self.since_sweep += 1;
        if self.since_sweep >= 20_000 {
            self.sweep();
        }
        Assignment {
            id: a.id.clone(),
            story: self.stories[self.resolve(target)].id.clone(),
            score,
            new_story,
        }
    }

    /// A second story the article matches strongly, and that matches the first as a whole,
    /// is the same story: the smaller joins the larger (ids of both stay resolvable).
    fn maybe_merge(&mut self, scored: &[(f32, usize)], target: usize, article: &str) {
        let Some(&(p2, other)) = scored.get(1) else {
            return;
        };
        if p2 < self.cfg.merge_threshold || other == target {
            return;
        }
        let lang = self.stories[target]
            .profile
            .terms
            .first()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let sig = signals(
            &self.stories[other].profile,
            &lang,
            &self.stories[target].profile,
            &self.idf,
        );
        if self.model.probability(&sig) < self.cfg.merge_threshold {
            return;
        }
        let (big, small) = if self.stories[target].size >= self.stories[other].size {
            (target, other)
        } else {
            (other, target)
        };
        let moved = std::mem::take(&mut self.stories[small].profile);
        self.stories[big].profile.add(&moved);
        self.stories[big].size += self.stories[small].size;
        self.stories[big].last_seen = self.stories[big]
            .last_seen
            .max(self.stories[small].last_seen);
        self.stories[small].merged_into = Some(big);
        self.dirty.stories.extend([big as u32, small as u32]);
        self.merges.push(Merge {
            from: self.stories[small].id.clone(),
            into: self.stories[big].id.clone(),
            article: article.to_string(),
        });
    }

    /// Ages out stories past the window: their profiles are dropped and the index forgets
    /// them.
    pub(crate) fn sweep(&mut self) {
        self.since_sweep = 0;
        let Some(now) = self.latest else { return };
        for (k, s) in self.stories.iter_mut().enumerate() {
            if s.active && s.last_seen.is_some_and(|l| now - l > self.cfg.window_secs) {
                s.active = false;
                s.profile = Profile::default();
                self.dirty.stories.insert(k as u32);
            }
        }
        let stories = &self.stories;
        let dirty = &mut self.dirty.keys;
        self.index.retain(|key, list| {
            let before = list.len();
            list.retain(|&k| {
                stories[k as usize].active && stories[k as usize].merged_into.is_none()
            });
            if list.len() != before {
                dirty.insert(*key);
            }
            !list.is_empty()
        });
    }
}
