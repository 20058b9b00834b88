//! Shared input options and the reading loop: inputs are read in parallel in chunks, and
//! every error is printed as one line naming the input while the rest goes on.

use chrono::{DateTime, FixedOffset};
use concord_extract::{ExtractOptions, Extractor};
use concord_model::Article;
use concord_sources::{expand_inputs, read_input, ReadOptions};
use rayon::prelude::*;

#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files, directories (read recursively) or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// The time relative times ("7 hours ago") are resolved against when the input gives none
    /// (RFC 3339).
    #[arg(long, value_parser = parse_now)]
    pub now: Option<DateTime<FixedOffset>>,
    /// Largest file (or WARC record) read, in bytes.
    #[arg(long, default_value_t = 64 * 1024 * 1024)]
    pub max_bytes: u64,
    /// Exit with an error status when any input fails (by default only when nothing is read).
    #[arg(long)]
    pub strict: bool,
}

fn parse_now(s: &str) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(s).map_err(|e| format!("not an RFC 3339 time: {e}"))
}

/// How many inputs are read before their documents are extracted and written.
const CHUNK: usize = 64;

/// Reads and extracts every input, calling `emit` for each article in input order.
/// Returns the number of articles and of errors (each already reported on stderr).
pub fn for_each_article(
    args: &InputArgs,
    mut emit: impl FnMut(Article) -> anyhow::Result<()>,
) -> anyhow::Result<(usize, usize)> {
    let (inputs, errors) = expand_inputs(&args.inputs);
    let mut n_errors = errors.len();
    for e in errors {
        eprintln!("error: {e}");
    }
    let read_opts = ReadOptions {
        max_bytes: args.max_bytes,
    };
    let mut extractor = Extractor::new(ExtractOptions { now: args.now });
    let mut n_articles = 0;
    for chunk in inputs.chunks(CHUNK) {
        let read: Vec<_> = chunk
            .par_iter()
            .map(|i| read_input(i, &read_opts))
            .collect();
        let mut docs = Vec::new();
        for r in read.into_iter().flatten() {
            match r {
                Ok(d) => docs.push(d),
                Err(e) => {
                    n_errors += 1;
                    eprintln!("error: {e}");
                }
            }
        }
        for r in extractor.process(docs) {
            match r {
                Ok(a) => {
                    n_articles += 1;
                    emit(a)?;
                }
                Err(e) => {
                    n_errors += 1;
                    eprintln!("error: {e}");
                }
            }
        }
    }
    Ok((n_articles, n_errors))
}

/// The exit status: failure when nothing could be read, or on any error with `--strict`.
pub fn exit_code(args: &InputArgs, articles: usize, errors: usize) -> i32 {
    if errors > 0 && (articles == 0 || args.strict) {
        1
    } else {
        0
    }
}

/// A `since` filter, checked: an RFC 3339 time or a date (`YYYY-MM-DD`), in the form the
/// store compares (as text) with its RFC 3339 times; empty is no filter. Anything else is
/// an error, not a filter that silently matches nothing.
pub fn check_since(raw: &str) -> Result<Option<String>, String> {
    let t = raw.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Ok(Some(d.to_rfc3339()));
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(Some(d.format("%Y-%m-%d").to_string()));
    }
    Err(format!(
        "since: {raw:?} is neither an RFC 3339 time (2024-03-05T09:00:00Z) nor a date (2024-03-05)"
    ))
}

/// `--since` as clap parses it (see [`check_since`]).
pub fn since_arg(raw: &str) -> Result<String, String> {
    Ok(check_since(raw)?.unwrap_or_default())
}
