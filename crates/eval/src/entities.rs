//! Entity mentions scored as (text, span, entity id) against a gold set.
//!
//! Ids from reference data (Wikidata `Q…`, GeoNames `gn:…`, ISO `iso:…`) must be equal.
//! Ids that are only local keys (`person:…`, `org:…`, `other:…`, on either side) cannot be
//! expected to be spelt the same by a system and by annotators, so they are matched the way
//! entity-linking evaluations match NIL clusters: each gold key is paired with at most one
//! predicted key, over the whole file, greedily by how many mentions they share, and a
//! mention counts as linked correctly when its predicted key is the one paired with its
//! gold key. A system that gives "Sergei Lavrov", "Лавров" and "ラブロフ" one key in every
//! language gets them all; one that splits them gets only the largest part.

use std::collections::HashMap;

/// One mention, gold or predicted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoredMention {
    /// The text (document) it belongs to.
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub entity: String,
    /// Grouping label for the breakdown (language, type...).
    pub group: String,
}

/// Precision, recall and F1 with the counts behind them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Whether an id is a local key rather than a reference-data id.
pub fn is_local_key(id: &str) -> bool {
    id.starts_with("person:") || id.starts_with("org:") || id.starts_with("other:")
}

/// The scores of an evaluation.
#[derive(Debug, Clone, Default)]
pub struct EntityScores {
    /// (span, id) pairs: the headline figure.
    pub linked: Prf,
    /// Spans alone, whatever the id.
    pub spans: Prf,
    /// Linked, broken down by the gold mention's group (recall side) and the predicted
    /// mention's group (precision side).
    pub by_group: Vec<(String, Prf)>,
    /// The pairing of local keys: gold key -> predicted key.
    pub key_pairs: HashMap<String, String>,
}

/// Scores `predicted` against `gold`.
pub fn score(gold: &[ScoredMention], predicted: &[ScoredMention]) -> EntityScores {
    let span = |m: &ScoredMention| (m.doc.clone(), m.start, m.end);
    let pred_by_span: HashMap<_, &ScoredMention> = predicted.iter().map(|m| (span(m), m)).collect();

    // Pair local keys by shared mentions.
    let mut shared: HashMap<(&str, &str), usize> = HashMap::new();
    for g in gold {
        if let Some(p) = pred_by_span.get(&span(g)) {
            if is_local_key(&g.entity) && is_local_key(&p.entity) {
                *shared
                    .entry((g.entity.as_str(), p.entity.as_str()))
                    .or_insert(0) += 1;
            }
        }
    }
    let mut pairs: Vec<((&str, &str), usize)> = shared.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut key_pairs: HashMap<String, String> = HashMap::new();
    let mut used: std::collections::HashSet<&str> = Default::default();
    for ((g, p), _) in pairs {
        if !key_pairs.contains_key(g) && !used.contains(p) {
            key_pairs.insert(g.to_string(), p.to_string());
            used.insert(p);
        }
    }

    let correct = |g: &ScoredMention, p: &ScoredMention| {
        g.entity == p.entity || key_pairs.get(&g.entity).is_some_and(|k| *k == p.entity)
    };
    let mut s = EntityScores {
        linked: Prf {
            predicted: predicted.len(),
            gold: gold.len(),
            ..Default::default()
        },
        spans: Prf {
            predicted: predicted.len(),
            gold: gold.len(),
            ..Default::default()
        },
        ..Default::default()
    };
    let mut groups: HashMap<String, Prf> = HashMap::new();
    for g in gold {
        groups.entry(g.group.clone()).or_default().gold += 1;
        if let Some(p) = pred_by_span.get(&span(g)) {
            s.spans.tp += 1;
            if correct(g, p) {
                s.linked.tp += 1;
                groups.entry(g.group.clone()).or_default().tp += 1;
            }
        }
    }
    for p in predicted {
        groups.entry(p.group.clone()).or_default().predicted += 1;
    }
    let mut by_group: Vec<(String, Prf)> = groups.into_iter().collect();
    by_group.sort_by(|a, b| a.0.cmp(&b.0));
    s.by_group = by_group;
    s.key_pairs = key_pairs;
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(doc: &str, start: usize, entity: &str) -> ScoredMention {
        ScoredMention {
            doc: doc.into(),
            start,
            end: start + 3,
            entity: entity.into(),
            group: "x".into(),
        }
    }

    #[test]
    fn reference_ids_must_match_and_local_keys_are_paired() {
        let gold = vec![
            m("a", 0, "Q423"),
            m("a", 10, "person:sergey-lavrov"),
            m("b", 0, "person:sergey-lavrov"),
            m("b", 10, "org:kcna"),
            m("b", 20, "Q159"),
        ];
        let pred = vec![
            m("a", 0, "Q423"),
            m("a", 10, "person:lavrov"),
            m("b", 0, "person:lavrov"),
            m("b", 10, "person:lavrov"), // already paired with Lavrov: wrong
            m("b", 20, "Q212"),          // wrong reference id
            m("b", 30, "Q17"),           // not in gold
        ];
        let s = score(&gold, &pred);
        assert_eq!(s.spans.tp, 5);
        assert_eq!(s.linked.tp, 3);
        assert_eq!(s.linked.predicted, 6);
        assert!((s.linked.recall() - 0.6).abs() < 1e-9);
        assert_eq!(s.key_pairs["person:sergey-lavrov"], "person:lavrov");
        assert!(!s.key_pairs.contains_key("org:kcna"));
    }
}
