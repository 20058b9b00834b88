//! Reading gold files: JSON lines, optionally gzip-compressed.

use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

pub fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut out = Vec::new();
    for (i, line) in BufReader::new(reader).lines().enumerate() {
        let line = line.with_context(|| format!("cannot read {}", path.display()))?;
        if line.trim().is_empty() {
            continue;
        }
        out.push(
            serde_json::from_str(&line)
                .with_context(|| format!("{}:{}: malformed gold record", path.display(), i + 1))?,
        );
    }
    Ok(out)
}

/// One page of an extraction gold set (AEB format).
#[derive(serde::Deserialize)]
pub struct ExtractionGold {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    pub html: String,
    /// The page's original bytes when they were not UTF-8.
    #[serde(default)]
    pub html_base64: Option<String>,
    pub expected_text: String,
}

impl ExtractionGold {
    /// The page decoded from its original bytes when the gold file has them.
    pub fn page(&self) -> String {
        use base64::Engine;
        self.html_base64
            .as_deref()
            .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
            .and_then(|bytes| concord_sources::decode_html(&bytes, None).ok())
            .unwrap_or_else(|| self.html.clone())
    }
}

/// One line of precision, recall and F1 with their counts, the label padded to `width`.
pub fn print_prf(name: &str, width: usize, p: &concord_eval::entities::Prf) {
    println!(
        "{name:<width$} precision {:.3}  recall {:.3}  F1 {:.3}  (tp {}, predicted {}, gold {})",
        p.precision(),
        p.recall(),
        p.f1(),
        p.tp,
        p.predicted,
        p.gold
    )
}

/// What every gold-set evaluation takes: the gold file (its format is in the command's
/// description), the data directory, and how many errors to list.
#[derive(clap::Args)]
pub struct GoldArgs {
    #[arg(long)]
    pub gold: std::path::PathBuf,
    #[arg(long)]
    pub data_dir: Option<std::path::PathBuf>,
    /// Also list this many errors (missed, wrong or extra items).
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
}
