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
    /// Where the models are, to load the wider-coverage model when a dossier needs it.
    data_dir: std::path::PathBuf,
    /// mE5, loaded on first need; `None` inside when it is not installed.
    wider: std::sync::OnceLock<Option<Box<dyn Embedder>>>,
}

/// The story's articles, with the relative times of those that carry no publication time
/// ("у п’ятницю", "no sábado" in an undated aggregator copy) resolved against the story's
/// first report: such a copy was most likely published with the reports it joined. Their
/// records keep no publication time; only the dossier uses the estimate.
fn dated_by_story(articles: &[Article]) -> Vec<Article> {
    let first = articles.iter().filter_map(|a| a.published).min();
    articles
        .iter()
        .map(|a| {
            let mut a = a.clone();
            let unresolved = a.times.iter().any(|t| t.resolved_start.is_none());
            if let (None, Some(first), true) = (a.published, first, unresolved) {
                let lang = a.lang.as_deref().unwrap_or("");
                a.times =
                    concord_claims::analyze_text(&a.text, lang, Some(first), &a.entities).times;
            }
            a
        })
        .collect()
}

/// mE5 cosines on USE-m3's scale: a piecewise-linear map through matching quantiles of the
/// two models' cosines over 38,534 cross-language sentence pairs of the sample corpus (both
/// models embedding the same sentences; the top 1% of e5 pairs, 0.86 and above, map to USE
/// 0.49 and above). mE5 puts every pair between 0.7 and 1.
fn e5_on_use_scale(c: f32) -> f32 {
    const KNOTS: &[(f32, f32)] = &[
        (0.70, 0.0),
        (0.783, 0.075),
        (0.808, 0.175),
        (0.835, 0.308),
        (0.851, 0.413),
        (0.864, 0.492),
        (0.877, 0.58),
        (0.913, 0.726),
        (0.943, 0.9),
        (1.0, 1.0),
    ];
    if c <= KNOTS[0].0 {
        return KNOTS[0].1;
    }
    for w in KNOTS.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        if c <= x1 {
            return y0 + (c - x0) / (x1 - x0) * (y1 - y0);
        }
    }
    1.0
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
            data_dir: dir,
            wider: std::sync::OnceLock::new(),
        })
    }

    /// The dossier of a story: facts compared with USE-m3, and those in languages USE-m3
    /// lacks (Ukrainian, Greek, Hebrew…) with mE5 when it is installed.
    pub fn dossier(&self, story: &str, articles: &[Article]) -> concord_compare::Dossier {
        let embed = |texts: &[&str]| self.embedder.embed(texts);
        let wider = self
            .wider
            .get_or_init(|| concord_embed::load(ModelKind::E5Small, &self.data_dir).ok());
        let wide_embed = wider.as_ref().map(|m| move |texts: &[&str]| m.embed(texts));
        let scale: concord_compare::meaning::Rescale = e5_on_use_scale;
        let meaning = concord_compare::Meaning {
            embed: &embed,
            languages: ModelKind::UseM3.languages(),
            wider: wide_embed
                .as_ref()
                .map(|f| (f as &concord_compare::Embed, scale)),
        };
        let mut articles = dated_by_story(articles);
        if let Some(r) = self.extractor.han_readings() {
            r.link_story_people(&mut articles);
        }
        concord_compare::dossier(story, &articles, &meaning)
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

#[cfg(test)]
mod tests {
    use super::{dated_by_story, e5_on_use_scale};
    use concord_model::Article;

    fn article(id: &str, published: Option<&str>, text: &str) -> Article {
        let mut a: Article = serde_json::from_value(serde_json::json!({
            "id": id, "url": null, "source": null, "lang": "pt", "title": null,
            "published": published, "published_from": null, "text": text,
            "input": {"path": "-", "format": "text"}
        }))
        .unwrap();
        a.times = concord_claims::analyze_text(text, "pt", a.published, &[]).times;
        a
    }

    #[test]
    fn an_undated_copy_reads_its_relative_times_from_the_story() {
        let dated = article(
            "a",
            Some("2025-07-13T10:00:00+00:00"),
            "No sábado, Kim recebeu Lavrov.",
        );
        let undated = article("b", None, "No sábado, Kim recebeu Lavrov em Wonsan.");
        assert!(undated.times[0].resolved_start.is_none());
        let out = dated_by_story(&[dated, undated]);
        let t = &out[1].times[0];
        assert_eq!(
            t.resolved_start.unwrap().to_rfc3339(),
            "2025-07-12T00:00:00+00:00"
        );
        assert!(
            out[1].published.is_none(),
            "the record keeps no publication time"
        );
    }

    #[test]
    fn e5_cosines_map_onto_use_monotonically() {
        assert_eq!(e5_on_use_scale(0.5), 0.0);
        assert_eq!(e5_on_use_scale(1.0), 1.0);
        let mut last = -1.0;
        for k in 0..=100 {
            let y = e5_on_use_scale(0.6 + 0.004 * k as f32);
            assert!(y >= last, "not monotonic at {k}");
            last = y;
        }
        // The top 1% of mE5 pairs (0.864) sit where USE-m3's do (0.49).
        assert!((e5_on_use_scale(0.864) - 0.492).abs() < 1e-3);
    }
}
