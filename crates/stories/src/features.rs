//! What the stories stage reads of an analysed article: its dense embedding, the ids of the
//! entities it names, its stemmed terms, its numbers and the days its events happened, and
//! its publication time. Plain data: built once per article, then compared.

use concord_model::{Article, EntityType, Granularity};
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

/// A sparse bag: (hashed key, weight), sorted by key, keys unique.
pub type Bag = Vec<(u64, f32)>;

/// One article as the stories stage sees it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleFeatures {
    pub id: String,
    pub lang: String,
    pub title: Option<String>,
    /// Publication time, seconds since the epoch.
    pub time: Option<i64>,
    /// L2-normalised embedding of title and lead; empty when none was computed.
    pub dense: Vec<f32>,
    /// Entity ids (hashed) with their mention counts; places count half, as a story's
    /// places are shared by many unrelated stories.
    pub entities: Bag,
    /// Stemmed terms (hashed) with their counts.
    pub terms: Bag,
    /// Numbers (hashed value and unit) stated in the article.
    pub numbers: Vec<u64>,
    /// Days (since the epoch) named with day granularity: when the events happened.
    pub days: Vec<i32>,
    /// Years of the dates the article names (any granularity up to a year): two reports
    /// naming only different years are about different events.
    #[serde(default)]
    pub years: Vec<i32>,
    /// ISO weekdays (1 = Monday) the article names without dating them (it has no
    /// publication time): set against a story's event days.
    #[serde(default)]
    pub weekdays: Vec<u8>,
}

/// Counts of hashed keys as a sorted bag.
pub fn bag(keys: impl IntoIterator<Item = (u64, f32)>) -> Bag {
    let mut v: Vec<(u64, f32)> = keys.into_iter().collect();
    v.sort_unstable_by_key(|k| k.0);
    let mut out: Bag = Vec::with_capacity(v.len());
    for (k, w) in v {
        match out.last_mut() {
            Some(last) if last.0 == k => last.1 += w,
            _ => out.push((k, w)),
        }
    }
    out
}

pub fn hash_str(s: &str) -> u64 {
    xxh3_64(s.as_bytes())
}

/// A number's key: its value to three significant digits and its unit, so "6.000" and
/// "6,000" meet, and "6,000 engineers" and "$6,000" do not.
fn number_key(value: f64, unit: Option<&str>) -> u64 {
    let rounded = if value == 0.0 {
        0.0
    } else {
        let mag = 10f64.powi(value.abs().log10().floor() as i32 - 2);
        (value / mag).round() * mag
    };
    hash_str(&format!("{rounded:e}|{}", unit.unwrap_or("")))
}

impl ArticleFeatures {
    /// Features of an analysed article (entities, claims and times filled) and its
    /// embedding (empty when none).
    pub fn from_article(a: &Article, dense: Vec<f32>) -> Self {
        let lang = a.lang.clone().unwrap_or_default();
        let entities = bag(a.entities.iter().map(|e| {
            let weight = if e.etype == EntityType::Place {
                0.5
            } else {
                1.0
            };
            (hash_str(&e.id), weight * e.mentions.len() as f32)
        }));
        let mut text = String::new();
        if let Some(t) = &a.title {
            text.push_str(t);
            text.push('\n');
        }
        text.push_str(&a.text);
        let terms = bag(crate::terms::terms(&text, &lang)
            .into_iter()
            .map(|k| (k, 1.0)));
        let mut numbers: Vec<u64> = a
            .claims
            .iter()
            // Small numbers ("two countries") say little about which event it is.
            .filter(|c| c.value >= 10.0 || c.unit.is_some())
            .map(|c| number_key(c.value, c.unit.as_deref()))
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        let mut days: Vec<i32> = a
            .times
            .iter()
            .filter(|t| t.granularity == Granularity::Day)
            .filter_map(|t| t.resolved_start)
            .map(|d| d.date_naive().to_epoch_days())
            .collect();
        days.sort_unstable();
        days.dedup();
        let mut years: Vec<i32> = a
            .times
            .iter()
            .filter(|t| t.granularity != Granularity::Hour)
            .filter_map(|t| t.resolved_start)
            .map(|d| chrono::Datelike::year(&d))
            .collect();
        years.sort_unstable();
        years.dedup();
        let mut weekdays: Vec<u8> = a
            .times
            .iter()
            .filter(|t| t.resolved_start.is_none())
            .filter_map(|t| t.weekday)
            .collect();
        weekdays.sort_unstable();
        weekdays.dedup();
        Self {
            id: a.id.clone(),
            lang,
            title: a.title.clone(),
            time: a.published.map(|p| p.timestamp()),
            dense,
            entities,
            terms,
            numbers,
            days,
            years,
            weekdays,
        }
    }
}
