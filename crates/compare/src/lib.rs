//! Story dossiers: the claims of a story's articles lined up across sources and languages.
//!
//! - [`facts`]: the comparable facts of one article (quotes, numbers, dated events), each
//!   linked to its sentence;
//! - [`sources`]: which articles are independent sources (syndicated copies count once);
//! - [`align`]: grouping the facts of different articles that state the same thing
//!   (quotes by meaning across languages, numbers by what they count);
//! - [`meaning`]: how close two texts are in meaning, with a second embedding model for
//!   languages the first does not cover; `pairing`: which texts of two facts are compared;
//! - [`polarity`]: whether a quote is negated (one statement quoted both ways conflicts);
//! - [`figures`]: the tolls and measures a quote gives (one statement quoted with other
//!   figures conflicts);
//! - [`dossier`]: agreed, single-source and conflicting lines, with the story's metadata.

pub mod align;
pub mod dossier;
pub mod facts;
pub mod figures;
pub mod meaning;
mod pairing;
pub mod polarity;
pub mod sources;

pub use dossier::{dossier, Dossier, Line, LineKind, Witness};
pub use meaning::Meaning;

/// Embeds texts (any language) as L2-normalised vectors, one per text, in order: the
/// multilingual model of the embedding stage, passed in so this crate stays model-free.
pub type Embed<'a> = dyn Fn(&[&str]) -> Vec<Vec<f32>> + 'a;
