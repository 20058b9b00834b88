//! Readers for everything concord ingests: plain text, HTML pages, JSON and JSON lines
//! (including news-please output), RSS and Atom feeds, and WARC archives.
//!
//! Each input becomes zero or more [`RawDoc`]s: undecoded structure is resolved (charset,
//! feed items, WARC records, JSON fields) but no cleaning happens here. Every problem is a
//! [`SourceError`] naming the input, and one bad file or record never stops the others.

mod decode;
mod detect;
mod estimate;
mod feed;
mod json;
mod text;
mod warc;

pub use estimate::estimate_documents;

use chrono::{DateTime, FixedOffset};
use concord_model::{InputFormat, InputRef, PublishedFrom};
use std::io::Read;
use std::path::{Path, PathBuf};

pub use decode::{decode_bytes, decode_html};
pub use detect::{detect_format, Detected};

/// A document as read from its input, before extraction and cleaning.
#[derive(Debug, Clone)]
pub struct RawDoc {
    pub input: InputRef,
    pub body: Body,
    pub meta: DeclaredMeta,
    /// A time the document is known to exist at (feed date, WARC capture date), used to
    /// resolve relative times in the text when there is no publication time.
    pub reference_time: Option<DateTime<FixedOffset>>,
}

/// The document's content as the input gives it.
#[derive(Debug, Clone)]
pub enum Body {
    /// Plain text.
    Text(String),
    /// A whole HTML page: the main content has to be found.
    HtmlPage(String),
    /// An HTML fragment that is all content (a feed item's `content:encoded`).
    HtmlFragment(String),
}

/// Metadata the input itself declares (front matter, JSON fields, feed and WARC headers).
#[derive(Debug, Clone, Default)]
pub struct DeclaredMeta {
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub published_from: Option<PublishedFrom>,
    /// A language the record states for itself (JSON `lang`, front matter): trusted.
    pub lang: Option<String>,
    /// A language a container states (a feed's `language`): a hint, since feeds mix languages.
    pub lang_hint: Option<String>,
    pub source: Option<String>,
    pub site_name: Option<String>,
    pub authors: Vec<String>,
}

/// A problem with one input (or one record of it). `input` names the file and, for
/// multi-record inputs, the record (`feed.xml#3`, `data.jsonl:17`).
#[derive(Debug, thiserror::Error)]
#[error("{input}: {kind}")]
pub struct SourceError {
    pub input: String,
    pub kind: ErrorKind,
}

#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("empty input")]
    Empty,
    #[error("binary content ({0}), not text, HTML, JSON, a feed or WARC")]
    Binary(&'static str),
    #[error("larger than the limit of {limit} bytes ({size} bytes); raise --max-bytes to read it")]
    TooLarge { size: u64, limit: u64 },
    #[error("undecodable text: {0}")]
    Encoding(String),
    #[error("malformed JSON: {0}")]
    Json(String),
    #[error("JSON record has none of the fields text, html or maintext")]
    NoText,
    #[error("malformed feed: {0}")]
    Feed(String),
    #[error("malformed WARC: {0}")]
    Warc(String),
}

impl SourceError {
    pub fn new(input: impl Into<String>, kind: ErrorKind) -> Self {
        SourceError {
            input: input.into(),
            kind,
        }
    }
}

/// Options for reading inputs.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Largest file (or WARC record) read, in bytes.
    pub max_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            max_bytes: 64 * 1024 * 1024,
        }
    }
}

/// An input to read: a file path or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
        }
    }
}

/// Expands the command-line arguments: directories are walked recursively (in name order, hidden
/// files skipped), `-` is standard input. A path that does not exist is an error for that path.
pub fn expand_inputs(args: &[String]) -> (Vec<Input>, Vec<SourceError>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for arg in args {
        if arg == "-" {
            inputs.push(Input::Stdin);
            continue;
        }
        let path = Path::new(arg);
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk(path, &mut inputs, &mut errors),
            Ok(_) => inputs.push(Input::File(path.to_path_buf())),
            Err(e) => errors.push(SourceError::new(arg.clone(), ErrorKind::Io(e))),
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, errors: &mut Vec<SourceError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            return errors.push(SourceError::new(
                dir.display().to_string(),
                ErrorKind::Io(e),
            ))
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        if p.is_dir() {
            walk(&p, inputs, errors);
        } else {
            inputs.push(Input::File(p));
        }
    }
}

/// Reads one input and returns its documents and the problems met, in input order.
pub fn read_input(input: &Input, opts: &ReadOptions) -> Vec<Result<RawDoc, SourceError>> {
    let name = input.name();
    let bytes = match read_bytes(input, opts) {
        Ok(b) => b,
        Err(kind) => return vec![Err(SourceError::new(name, kind))],
    };
    read_bytes_as(&name, &bytes, opts)
}

/// Reads documents from bytes already in memory; `name` is used for errors and `input.path`
/// and its extension helps detect the format.
pub fn read_bytes_as(
    name: &str,
    bytes: &[u8],
    opts: &ReadOptions,
) -> Vec<Result<RawDoc, SourceError>> {
    let err = |kind| vec![Err(SourceError::new(name, kind))];
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return err(ErrorKind::Empty);
    }
    let detected = match detect_format(name, bytes) {
        Ok(d) => d,
        Err(kind) => return err(kind),
    };
    match detected {
        // A WARC archive holds many pages: its limit applies per record (in the WARC reader).
        Detected::Gzip => match gunzip(bytes, (!is_warc_name(name)).then_some(opts.max_bytes)) {
            Ok(inner) => {
                let inner_name = name.strip_suffix(".gz").unwrap_or(name);
                let mut docs = read_bytes_as(inner_name, &inner, opts);
                for d in docs.iter_mut().flatten() {
                    d.input.path = name.to_string();
                }
                docs
            }
            Err(kind) => err(kind),
        },
        Detected::Warc => warc::read(name, bytes, opts),
        Detected::Json => json::read(name, bytes),
        Detected::Feed => feed::read(name, bytes),
        Detected::Html => match decode::decode_html(bytes, None) {
            Ok(html) => vec![Ok(RawDoc {
                input: InputRef {
                    path: name.to_string(),
                    format: InputFormat::Html,
                    record: None,
                },
                body: Body::HtmlPage(html),
                meta: DeclaredMeta::default(),
                reference_time: None,
            })],
            Err(kind) => err(kind),
        },
        Detected::Text => match decode::decode_bytes(bytes, None) {
            Ok(t) => vec![Ok(text::read(name, &t))],
            Err(kind) => err(kind),
        },
    }
}

fn read_bytes(input: &Input, opts: &ReadOptions) -> Result<Vec<u8>, ErrorKind> {
    let mut buf = Vec::new();
    match input {
        Input::Stdin => {
            std::io::stdin()
                .lock()
                .take(opts.max_bytes.saturating_add(1))
                .read_to_end(&mut buf)?;
        }
        Input::File(p) => {
            let size = std::fs::metadata(p)?.len();
            // A WARC archive holds many pages, so for it the limit applies to each record
            // (checked by the WARC reader), not to the file.
            if size > opts.max_bytes && !is_warc_name(&p.to_string_lossy()) {
                return Err(ErrorKind::TooLarge {
                    size,
                    limit: opts.max_bytes,
                });
            }
            return Ok(std::fs::read(p)?);
        }
    }
    if buf.len() as u64 > opts.max_bytes {
        return Err(ErrorKind::TooLarge {
            size: buf.len() as u64,
            limit: opts.max_bytes,
        });
    }
    Ok(buf)
}

fn is_warc_name(name: &str) -> bool {
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// Inflates gzip data (all members), up to `limit` bytes when one is given.
fn gunzip(bytes: &[u8], limit: Option<u64>) -> Result<Vec<u8>, ErrorKind> {
    let mut out = Vec::new();
    let mut decoder = flate2::read::MultiGzDecoder::new(bytes);
    match limit {
        Some(limit) => {
            decoder
                .take(limit.saturating_add(1))
                .read_to_end(&mut out)?;
            if out.len() as u64 > limit {
                return Err(ErrorKind::TooLarge {
                    size: out.len() as u64,
                    limit,
                });
            }
        }
        None => {
            decoder.read_to_end(&mut out)?;
        }
    }
    Ok(out)
}
