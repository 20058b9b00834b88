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
pub use similarity::{signals, Model, Signals, N_SIGNALS, SIGNALS};
pub use state::{Part, StateError, StateRow};

/// The model fitted by `concord train --sample --gold <ECB+ dev>` (the sample corpus and
/// the ECB+ dev topics, see the README, Stories): weights in the order of [`SIGNALS`], then
/// the bias.
pub const DEFAULT_MODEL: Model = Model {
    weights: [
        5.121, 4.575, 3.545, 0.409, 1.436, 1.717, -0.183, -0.988, -1.341, -1.814,
    ],
    bias: -1.560,
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
