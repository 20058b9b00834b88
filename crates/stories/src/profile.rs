//! A profile is what two things are compared by: one article, or a story (the sum of its
//! articles). Comparing an article with a story and two articles with each other is the
//! same computation, so the pair score and the clustering share one model.

use crate::features::{ArticleFeatures, Bag};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// Most weighted keys a story keeps per bag: enough to describe an event, bounded so that
/// comparing with a large story stays cheap.
const MAX_TERMS: usize = 400;
const MAX_ENTITIES: usize = 80;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Profile {
    /// Sum of the articles' embeddings (compared by cosine, so not normalised).
    pub dense: Vec<f32>,
    pub entities: Bag,
    /// Term bags per language.
    pub terms: Vec<(String, Bag)>,
    pub numbers: Vec<u64>,
    pub days: Vec<i32>,
    pub years: Vec<i32>,
    /// Weekdays named by its undated articles (see `ArticleFeatures::weekdays`).
    #[serde(default)]
    pub weekdays: Vec<u8>,
    /// First and last publication times (seconds).
    pub first: Option<i64>,
    pub last: Option<i64>,
    pub size: usize,
    /// Norms of the weighted bags and the embedding, computed once per change: comparing
    /// with a story then costs only the keys both share.
    #[serde(skip)]
    norms: std::cell::OnceCell<Norms>,
}

/// Vector norms of a profile under IDF weights.
#[derive(Debug, Clone, Default)]
pub struct Norms {
    pub dense: f32,
    pub entities: f32,
    pub terms: Vec<(String, f32)>,
}

/// The norm of a bag whose weights are `sqrt(count) * idf`.
pub fn bag_norm(bag: &Bag, idf: &Idf) -> f32 {
    bag.iter()
        .map(|&(k, x)| x * idf.weight(k).powi(2))
        .sum::<f32>()
        .sqrt()
}

fn merge_bags(a: &Bag, b: &Bag, cap: usize) -> Bag {
    let mut out: Bag = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j >= b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i >= a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    if out.len() > cap {
        // Keep the heaviest keys, then restore key order.
        out.sort_unstable_by(|x, y| y.1.total_cmp(&x.1));
        out.truncate(cap);
        out.sort_unstable_by_key(|x| x.0);
    }
    out
}

fn merge_sets<T: Ord + Copy>(a: &mut Vec<T>, b: &[T]) {
    a.extend_from_slice(b);
    a.sort_unstable();
    a.dedup();
}

impl Profile {
    pub fn of(a: &ArticleFeatures) -> Self {
        Self {
            dense: a.dense.clone(),
            entities: a.entities.clone(),
            terms: vec![(a.lang.clone(), a.terms.clone())],
            numbers: a.numbers.clone(),
            days: a.days.clone(),
            years: a.years.clone(),
            weekdays: a.weekdays.clone(),
            first: a.time,
            last: a.time,
            size: 1,
            norms: std::cell::OnceCell::new(),
        }
    }

    /// The norms under `idf`, as of the first call since the profile last changed (IDF
    /// weights drift slowly; a story's norms are renewed whenever it grows).
    pub fn norms(&self, idf: &Idf) -> &Norms {
        self.norms.get_or_init(|| Norms {
            dense: self.dense.iter().map(|x| x * x).sum::<f32>().sqrt(),
            entities: bag_norm(&self.entities, idf),
            terms: self
                .terms
                .iter()
                .map(|(l, b)| (l.clone(), bag_norm(b, idf)))
                .collect(),
        })
    }

    /// Adds another profile (an article joining, or a story merged in).
    pub fn add(&mut self, o: &Profile) {
        self.norms = std::cell::OnceCell::new();
        if self.dense.is_empty() {
            self.dense = o.dense.clone();
        } else if o.dense.len() == self.dense.len() {
            for (x, y) in self.dense.iter_mut().zip(&o.dense) {
                *x += y;
            }
        }
        self.entities = merge_bags(&self.entities, &o.entities, MAX_ENTITIES);
        for (lang, bag) in &o.terms {
            match self.terms.iter_mut().find(|(l, _)| l == lang) {
                Some((_, mine)) => *mine = merge_bags(mine, bag, MAX_TERMS),
                None => self.terms.push((lang.clone(), bag.clone())),
            }
        }
        merge_sets(&mut self.numbers, &o.numbers);
        merge_sets(&mut self.days, &o.days);
        merge_sets(&mut self.years, &o.years);
        merge_sets(&mut self.weekdays, &o.weekdays);
        self.first = match (self.first, o.first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.last = match (self.last, o.last) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        self.size += o.size;
    }

    pub fn terms_in(&self, lang: &str) -> Option<&Bag> {
        self.terms.iter().find(|(l, _)| l == lang).map(|(_, b)| b)
    }
}

/// Document frequencies of entity and term keys, updated as articles arrive; weights are
/// smoothed inverse document frequencies.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Idf {
    docs: u32,
    df: FxHashMap<u64, u32>,
}

impl Idf {
    pub fn observe(&mut self, a: &ArticleFeatures) {
        self.docs += 1;
        for (k, _) in a.entities.iter().chain(&a.terms) {
            *self.df.entry(*k).or_insert(0) += 1;
        }
    }

    pub fn weight(&self, key: u64) -> f32 {
        let df = self.df.get(&key).copied().unwrap_or(0);
        ((1.0 + self.docs as f32) / (1.0 + df as f32)).ln() + 1.0
    }

    pub fn docs(&self) -> u32 {
        self.docs
    }

    pub fn df(&self, key: u64) -> u32 {
        self.df.get(&key).copied().unwrap_or(0)
    }

    /// Every key with its document frequency.
    pub(crate) fn frequencies(&self) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.df.iter().map(|(&k, &n)| (k, n))
    }

    /// The table as saved: documents seen, and the frequency of each key.
    pub(crate) fn from_parts(docs: u32, df: FxHashMap<u64, u32>) -> Self {
        Self { docs, df }
    }
}
