//! The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark):
//! tokens are Unicode `\w+` runs; each document is a multiset of 4-token shingles (a text of
//! fewer than four tokens is one shingle of all of them; an empty text has none). True
//! positives are the shingles both texts share (with multiplicity). Per-document precision is
//! tp/(tp+fp) (1.0 when the prediction and the expectation are both empty of errors) and recall
//! tp/(tp+fn); precision is averaged over documents with a non-empty prediction, recall over
//! documents with a non-empty expectation, and F1 is the harmonic mean of the two averages.

use std::collections::HashMap;

const SHINGLE: usize = 4;

/// Shingle counts for one document.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DocScore {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl DocScore {
    pub fn precision(&self) -> Option<f64> {
        if self.fp == 0 && self.fn_ == 0 {
            return Some(1.0);
        }
        (self.tp + self.fp > 0).then(|| self.tp as f64 / (self.tp + self.fp) as f64)
    }

    pub fn recall(&self) -> Option<f64> {
        (self.tp + self.fn_ > 0).then(|| self.tp as f64 / (self.tp + self.fn_) as f64)
    }

    /// The document's own F1 (an undefined precision or recall counts as 0).
    pub fn f1(&self) -> f64 {
        harmonic_mean(
            self.precision().unwrap_or(0.0),
            self.recall().unwrap_or(0.0),
        )
    }
}

fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let tokens: Vec<String> = concord_text_words(text);
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() < SHINGLE {
        *counts.entry(tokens).or_insert(0) += 1;
        return counts;
    }
    for w in tokens.windows(SHINGLE) {
        *counts.entry(w.to_vec()).or_insert(0) += 1;
    }
    counts
}

/// Unicode `\w+` runs, as Python's `re.findall(r"\w+", text)`.
fn concord_text_words(text: &str) -> Vec<String> {
    concord_text::tokens::words(text)
        .map(str::to_string)
        .collect()
}

/// Scores one prediction against its expected text.
pub fn score_document(predicted: &str, expected: &str) -> DocScore {
    let p = shingles(predicted);
    let e = shingles(expected);
    let mut s = DocScore::default();
    for (k, &pc) in &p {
        let ec = e.get(k).copied().unwrap_or(0);
        s.tp += pc.min(ec);
        s.fp += pc.saturating_sub(ec);
    }
    for (k, &ec) in &e {
        s.fn_ += ec.saturating_sub(p.get(k).copied().unwrap_or(0));
    }
    s
}

/// Averaged precision, recall and F1 over documents.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub documents: usize,
}

fn harmonic_mean(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

pub fn summarize(scores: &[DocScore]) -> Summary {
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let precision = mean(scores.iter().filter_map(DocScore::precision).collect());
    let recall = mean(scores.iter().filter_map(DocScore::recall).collect());
    let f1 = harmonic_mean(precision, recall);
    Summary {
        precision,
        recall,
        f1,
        documents: scores.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_partial_and_empty_predictions() {
        let e = "one two three four five six";
        assert_eq!(
            score_document(e, e),
            DocScore {
                tp: 3,
                fp: 0,
                fn_: 0
            }
        );
        let half = score_document("one two three four", e);
        assert_eq!(
            half,
            DocScore {
                tp: 1,
                fp: 0,
                fn_: 2
            }
        );
        let empty = score_document("", e);
        assert_eq!(empty.precision(), None);
        assert_eq!(empty.recall(), Some(0.0));
        let s = summarize(&[score_document(e, e), half, empty]);
        assert!((s.precision - 1.0).abs() < 1e-9);
        assert!((s.recall - (1.0 + 1.0 / 3.0) / 3.0).abs() < 1e-9);
    }

    #[test]
    fn short_texts_are_one_shingle_and_counts_have_multiplicity() {
        assert_eq!(
            score_document("a b", "a b"),
            DocScore {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        let s = score_document("a b c d a b c d", "a b c d");
        assert_eq!(
            s,
            DocScore {
                tp: 1,
                fp: 4,
                fn_: 0
            }
        );
    }
}
