//! Errors of the entities stage.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum EntityError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("{path}: checksum mismatch: expected {expected}, found {found}")]
    Checksum {
        path: PathBuf,
        expected: String,
        found: String,
    },
    #[error("{path}: source package missing (run scripts/setup-models.sh)")]
    MissingArchive { path: PathBuf },
    #[error("gazetteer not installed in {0} (run scripts/setup-models.sh)")]
    NotInstalled(PathBuf),
    #[error("gazetteer in {path} is invalid: {message}")]
    Corrupt { path: PathBuf, message: String },
}

impl EntityError {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
    pub fn parse(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self::Parse {
            path: path.into(),
            message: message.into(),
        }
    }
}
