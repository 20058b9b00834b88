//! From extracted articles to what the stories stage compares: the analyses (entities,
//! quotes, numbers, times), the embedding of title and lead, and the features built from
//! them. Shared by `cluster`, `pairs`, `train` and the cluster and pairs evaluations.

use anyhow::Result;
use chrono::{DateTime, FixedOffset};
use concord_embed::article::{embed_articles, Representation};
use concord_embed::{Embedder, ModelKind};
use concord_entities::EntityExtractor;
use concord_model::Article;
use concord_stories::ArticleFeatures;
use rayon::prelude::*;
use std::path::Path;

pub struct Featurizer {
    pub extractor: EntityExtractor,
    pub embedder: Box<dyn Embedder>,
}

impl Featurizer {
    /// Loads the gazetteer and the default embedding model (USE-m3) of a data directory.
    pub fn open(data_dir: Option<&Path>) -> Result<Self> {
        let extractor = super::analyze::open_extractor(data_dir)?;
        let dir = data_dir
            .map(Path::to_path_buf)
            .unwrap_or_else(concord_embed::data_dir::default_data_dir);
        let embedder = concord_embed::load(ModelKind::UseM3, &dir).map_err(|e| {
            anyhow::anyhow!("cannot load the embedding model the stories stage uses: {e}")
        })?;
        Ok(Self {
            extractor,
            embedder,
        })
    }

    /// Analyses the articles in place (entities, quotes, claims, times) and returns their
    /// features, in order.
    pub fn features(
        &self,
        articles: &mut [Article],
        now: Option<DateTime<FixedOffset>>,
    ) -> Vec<ArticleFeatures> {
        articles
            .par_iter_mut()
            .for_each(|a| super::analyze::analyze(&self.extractor, a, now));
        let texts: Vec<(Option<&str>, &str)> = articles
            .iter()
            .map(|a| (a.title.as_deref(), a.text.as_str()))
            .collect();
        let vectors = embed_articles(self.embedder.as_ref(), &texts, Representation::TitleLead);
        articles
            .iter()
            .zip(vectors)
            .map(|(a, v)| ArticleFeatures::from_article(a, v))
            .collect()
    }
}
