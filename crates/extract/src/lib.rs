//! Turns raw documents into clean, described articles: main content and metadata from HTML,
//! cleaning (chrome, notes, credits, other-language lines, repeated boilerplate), repairs of
//! machine-translation artefacts, language, publication time, ids and duplicates.
//!
//! [`extract_one`] is the per-document stage (pure, parallel). [`Extractor`] runs batches and
//! keeps what needs the whole stream: duplicates and per-source boilerplate.

pub mod boilerplate;
pub mod clean;
pub mod dedup;
pub mod html;
pub mod identity;
pub mod published;

use chrono::{DateTime, FixedOffset};
use concord_model::Article;
use concord_sources::{Body, RawDoc};
use concord_text::lang::detect_document;
use concord_text::normalize::{clean_line, clean_text, paragraphs};
use rayon::prelude::*;

#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// The time relative times are resolved against when the input gives none (`--now`).
    pub now: Option<DateTime<FixedOffset>>,
}

#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("{input}: no article text found")]
    NoText { input: String },
}

/// Whole-document language detection below this confidence defers to the page's `lang`.
const MARKUP_LANG_THRESHOLD: f64 = 0.5;

/// Extracts and cleans one document.
pub fn extract_one(raw: RawDoc, opts: &ExtractOptions) -> Result<Article, ExtractError> {
    let RawDoc {
        input,
        body,
        meta: declared,
        reference_time,
    } = raw;
    let (raw_text, page) = match body {
        Body::Text(t) => (t, html::PageMeta::default()),
        Body::HtmlFragment(h) => (html::fragment_text(&h), html::PageMeta::default()),
        Body::HtmlPage(h) => {
            let page = html::page_metadata(&h);
            let url = declared.url.as_deref().or(page.url.as_deref());
            (html::main_text(&h, url), page)
        }
    };
    let text = clean_text(&raw_text);
    let title = declared
        .title
        .or(page.title)
        .map(|t| clean_line(&clean_text(&t)))
        .filter(|t| !t.is_empty());
    let url = declared.url.or(page.url);
    let paras: Vec<&str> = paragraphs(&text).collect();

    // The record's own declaration is reported as its language; markup and feed languages are
    // hints that only settle an unsure detection. Lines are judged against the detected
    // language when it is confident, so a wrong declaration cannot make the body "foreign".
    let detected = detect_document(&text);
    let confident = detected
        .as_ref()
        .filter(|d| d.confidence >= MARKUP_LANG_THRESHOLD);
    let hint = declared.lang_hint.or(page.lang);
    let lang = declared
        .lang
        .map(|l| (l, 1.0))
        .or_else(|| match (&detected, hint) {
            (Some(d), Some(h)) if d.confidence < MARKUP_LANG_THRESHOLD => Some((h, d.confidence)),
            (Some(d), _) => Some((d.code.to_string(), d.confidence)),
            (None, h) => h.map(|h| (h, 0.0)),
        });
    let body_lang = confident
        .map(|d| d.code)
        .or(lang.as_ref().map(|l| l.0.as_str()));
    let mut cleaned = clean::clean(&paras, title.as_deref(), body_lang);
    let title = title.map(|t| clean::repairs::repair(&t, body_lang, &mut cleaned.repairs));
    let text = cleaned.paragraphs.join("\n\n");
    if text.is_empty() {
        let name = match input.record {
            Some(r) => format!("{}#{r}", input.path),
            None => input.path.clone(),
        };
        return Err(ExtractError::NoText { input: name });
    }

    let published = published::choose(published::Evidence {
        declared: declared.published.zip(declared.published_from),
        meta: page.published,
        relative: cleaned.relative_time,
        reference: reference_time.or(opts.now),
    });
    let source = declared
        .source
        .or_else(|| url.as_deref().and_then(identity::source_of));
    let id = declared
        .id
        .unwrap_or_else(|| identity::derive_id(url.as_deref(), &text));
    let mut authors = declared.authors;
    if authors.is_empty() {
        authors = page.authors;
    }
    Ok(Article {
        id,
        url,
        source,
        site_name: declared.site_name.or(page.site_name),
        lang: lang.as_ref().map(|l| l.0.clone()),
        lang_confidence: lang.map_or(0.0, |l| (l.1 * 1000.0).round() / 1000.0),
        title,
        authors,
        published: published.map(|p| p.0),
        published_from: published.map(|p| p.1),
        text,
        agencies: cleaned.agencies,
        removed: cleaned.removed,
        repairs: cleaned.repairs,
        duplicate_of: None,
        entities: Vec::new(),
        quotes: Vec::new(),
        claims: Vec::new(),
        times: Vec::new(),
        story: None,
        input,
    })
}

/// Runs batches of documents through extraction, keeping the state that spans the stream.
#[derive(Default)]
pub struct Extractor {
    pub options: ExtractOptions,
    dedup: dedup::Deduper,
    boilerplate: boilerplate::Boilerplate,
}

impl Extractor {
    pub fn new(options: ExtractOptions) -> Self {
        Extractor {
            options,
            ..Default::default()
        }
    }

    /// Extracts a batch in parallel, then flags duplicates and removes per-source boilerplate
    /// in input order. Boilerplate counts include this batch, so lines repeated within it are
    /// caught; articles of earlier batches are not revisited.
    pub fn process(&mut self, docs: Vec<RawDoc>) -> Vec<Result<Article, ExtractError>> {
        let mut results: Vec<_> = docs
            .into_par_iter()
            .map(|d| extract_one(d, &self.options))
            .collect();
        for a in results.iter_mut().flatten() {
            a.duplicate_of = self.dedup.check(&a.id, &a.text);
            if a.duplicate_of.is_none() {
                self.boilerplate.observe(a);
            }
        }
        for a in results.iter_mut().flatten() {
            self.boilerplate.apply(a);
        }
        results
    }
}
