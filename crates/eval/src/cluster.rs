//! Clustering scores: BCubed precision, recall and F1 (Bagga & Baldwin 1998: per item,
//! the share of its predicted cluster that is in its gold cluster, and the reverse,
//! averaged over items) and pairwise precision, recall and F1 (over all pairs of items).

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ClusterScores {
    pub bcubed_precision: f64,
    pub bcubed_recall: f64,
    pub pairwise_precision: f64,
    pub pairwise_recall: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl ClusterScores {
    pub fn bcubed_f1(&self) -> f64 {
        f1(self.bcubed_precision, self.bcubed_recall)
    }
    pub fn pairwise_f1(&self) -> f64 {
        f1(self.pairwise_precision, self.pairwise_recall)
    }
}

/// Scores predicted clusters against gold ones; `items` are (gold label, predicted label).
pub fn score<G: Eq + std::hash::Hash, P: Eq + std::hash::Hash>(items: &[(G, P)]) -> ClusterScores {
    let n = items.len();
    if n == 0 {
        return ClusterScores::default();
    }
    let mut gold: HashMap<&G, usize> = HashMap::new();
    let mut pred: HashMap<&P, usize> = HashMap::new();
    let mut both: HashMap<(&G, &P), usize> = HashMap::new();
    for (g, p) in items {
        *gold.entry(g).or_default() += 1;
        *pred.entry(p).or_default() += 1;
        *both.entry((g, p)).or_default() += 1;
    }
    let (mut bp, mut br) = (0.0, 0.0);
    for (g, p) in items {
        let shared = both[&(g, p)] as f64;
        bp += shared / pred[p] as f64;
        br += shared / gold[g] as f64;
    }
    let pairs = |c: usize| (c * c.saturating_sub(1) / 2) as f64;
    let tp: f64 = both.values().map(|&c| pairs(c)).sum();
    let pred_pairs: f64 = pred.values().map(|&c| pairs(c)).sum();
    let gold_pairs: f64 = gold.values().map(|&c| pairs(c)).sum();
    let ratio = |a: f64, b: f64| if b == 0.0 { 1.0 } else { a / b };
    ClusterScores {
        bcubed_precision: bp / n as f64,
        bcubed_recall: br / n as f64,
        pairwise_precision: ratio(tp, pred_pairs),
        pairwise_recall: ratio(tp, gold_pairs),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_lumped_clusterings() {
        let perfect = [("a", 1), ("a", 1), ("b", 2)];
        let s = score(&perfect);
        assert_eq!((s.bcubed_f1(), s.pairwise_f1()), (1.0, 1.0));
        // Everything in one cluster: recall 1, precision (2/3·2 + 1/3)/3 = 5/9.
        let lumped = [("a", 1), ("a", 1), ("b", 1)];
        let s = score(&lumped);
        assert!((s.bcubed_precision - 5.0 / 9.0).abs() < 1e-9);
        assert_eq!(s.bcubed_recall, 1.0);
        assert!((s.pairwise_precision - 1.0 / 3.0).abs() < 1e-9);
    }
}
