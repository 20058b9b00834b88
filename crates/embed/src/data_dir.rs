//! Where concord keeps the models and reference data fetched by `scripts/setup-models.sh`.

use std::path::PathBuf;

/// `$CONCORD_DATA` if set, else `$XDG_DATA_HOME/concord`, else `~/.local/share/concord`.
pub fn default_data_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("CONCORD_DATA").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("concord");
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("."), PathBuf::from);
    home.join(".local/share/concord")
}
