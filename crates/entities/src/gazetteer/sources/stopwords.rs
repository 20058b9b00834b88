//! Function words per language, from PyPI `stopwordsiso` (the stopwords-iso lists, MIT):
//! a capitalised "Der", "Per" or "إلى" at the start of a phrase is not a place, whatever
//! the gazetteer's alternate names say.

use super::archive::{self, Pinned};
use crate::gazetteer::records::Provenance;
use crate::EntityError;
use std::path::Path;

pub(crate) const PIN: Pinned = Pinned {
    file: "stopwordsiso-0.7.1-py3-none-any.whl",
    sha256: "e23edcffca952f98cd26f54a5c56f93b2fa435c88d3ee60f3beffb4c44279380",
};
const MEMBER: &str = "stopwordsiso/stopwords-iso.json";

/// (language, word) pairs, words folded, and where they came from.
pub fn load_stopwords(
    downloads: &Path,
) -> Result<(Vec<(String, String)>, Provenance), EntityError> {
    let (path, bytes) = archive::read_verified(downloads, &PIN)?;
    let mut members = archive::zip_members(&path, &bytes, &|p| p == MEMBER)?;
    let m = members
        .pop()
        .ok_or_else(|| EntityError::parse(&path, format!("no member {MEMBER}")))?;
    let lists: std::collections::BTreeMap<String, Vec<String>> = serde_json::from_slice(&m.data)
        .map_err(|e| EntityError::parse(m.error_path(&path), e.to_string()))?;
    let mut out = Vec::new();
    for (lang, words) in lists {
        for w in words {
            let f = crate::fold::fold(w.trim());
            if !f.is_empty() && f.chars().any(char::is_alphabetic) {
                out.push((lang.clone(), f));
            }
        }
    }
    out.sort();
    out.dedup();
    let prov = Provenance {
        package: format!("stopwordsiso 0.7.1 (PyPI wheel {})", PIN.file),
        file: MEMBER.to_string(),
        sha256: m.sha256(),
        licence: "MIT".to_string(),
    };
    Ok((out, prov))
}
