//! Stories: which articles report the same real-world event, whatever their language.
//!
//! - [`features`]: what an analysed article contributes (embedding, entity ids, stemmed
//!   terms, numbers, event days, time);
//! - [`profile`]: an article or a story as something to compare, with running IDF weights;
//! - [`similarity`]: the signals between two profiles and the logistic model over them;
//! - [`train`]: fitting that model on labelled pairs;
//! - [`cluster`]: the online clusterer (blocking, assignment, merges, ageing);
//! - [`state`]: its state saved as rows, only the changed ones after each batch.

pub mod cluster;
pub mod features;
pub mod profile;
pub mod similarity;
pub mod state;
pub mod terms;
pub mod train;

pub use cluster::{Assignment, Clusterer, Config, Merge, Story};
pub use features::ArticleFeatures;
pub use similarity::{signals, Model, Signals, SIGNALS};
pub use state::{Part, StateError, StateRow};

/// The model fitted by `concord train --sample --gold <ECB+ dev>` (the sample corpus and
/// the ECB+ dev topics, see the README, Stories): weights in the order of [`SIGNALS`], then
/// the bias.
pub const DEFAULT_MODEL: Model = Model {
    weights: [
        5.751, 5.024, 4.033, -0.697, 0.785, 1.620, -0.516, -0.893, -0.794,
    ],
    bias: -4.272,
};

/// The same-story probability of two articles, with IDF weights from `idf`.
pub fn pair_probability(
    model: &Model,
    a: &ArticleFeatures,
    b: &ArticleFeatures,
    idf: &profile::Idf,
) -> f32 {
    let pa = profile::Profile::of(a);
    let pb = profile::Profile::of(b);
    model.probability(&signals(&pa, &a.lang, &pb, idf))
}
