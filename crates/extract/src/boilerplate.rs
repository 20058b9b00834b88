//! Lines repeated across many articles of the same source in one run (newsletter plugs,
//! copyright lines, "about us" footers): counted per source over distinct, non-duplicate
//! articles, and removed once a line reaches [`MIN_ARTICLES`].

use concord_model::{Article, Removal, RemovalReason};
use concord_text::normalize::{fold_for_compare, paragraphs};
use std::collections::{HashMap, HashSet};
use xxhash_rust::xxh3::xxh3_64;

/// A line in this many different articles of one source is boilerplate.
pub const MIN_ARTICLES: usize = 3;
/// Longer lines are article text even when repeated (quoted statements, agency leads).
const MAX_WORDS: usize = 60;

#[derive(Default)]
pub struct Boilerplate {
    counts: HashMap<(String, u64), usize>,
}

impl Boilerplate {
    /// Counts the lines of an article (call once per distinct article).
    pub fn observe(&mut self, article: &Article) {
        let Some(source) = source_key(article) else {
            return;
        };
        let mut seen = HashSet::new();
        for p in paragraphs(&article.text) {
            if let Some(h) = line_key(p) {
                if seen.insert(h) {
                    *self.counts.entry((source.clone(), h)).or_default() += 1;
                }
            }
        }
    }

    /// Removes the article's boilerplate lines, reporting each.
    pub fn apply(&self, article: &mut Article) {
        let Some(source) = source_key(article) else {
            return;
        };
        let mut kept = Vec::new();
        let mut removed = Vec::new();
        for p in paragraphs(&article.text) {
            let repeated = line_key(p)
                .and_then(|h| self.counts.get(&(source.clone(), h)))
                .is_some_and(|&n| n >= MIN_ARTICLES);
            if repeated {
                removed.push(Removal {
                    text: p.to_string(),
                    reason: RemovalReason::RepeatedBoilerplate,
                    lang: None,
                });
            } else {
                kept.push(p);
            }
        }
        if !removed.is_empty() && !kept.is_empty() {
            article.text = kept.join("\n\n");
            article.removed.extend(removed);
        }
    }
}

fn source_key(a: &Article) -> Option<String> {
    a.source.clone().or_else(|| a.site_name.clone())
}

fn line_key(p: &str) -> Option<u64> {
    let folded = fold_for_compare(p);
    let words = folded.split(' ').count();
    (!folded.is_empty() && words <= MAX_WORDS).then(|| xxh3_64(folded.as_bytes()))
}
