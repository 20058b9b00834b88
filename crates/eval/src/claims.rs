//! Numbers and times against gold: items matched one-to-one by overlapping spans, then
//! each matched item checked field by field. Accuracy is over gold items (a missed item is
//! wrong), so it cannot be raised by predicting less.

use crate::entities::Prf;

/// Pairs gold and predicted spans one-to-one, largest overlap first; returns for each gold
/// item the index of its predicted item.
pub fn match_spans(gold: &[(usize, usize)], pred: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let o = g.1.min(p.1).saturating_sub(g.0.max(p.0));
            if o > 0 {
                pairs.push((o, gi, pi));
            }
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
    let mut out = vec![None; gold.len()];
    let mut used = vec![false; pred.len()];
    for (_, gi, pi) in pairs {
        if out[gi].is_none() && !used[pi] {
            out[gi] = Some(pi);
            used[pi] = true;
        }
    }
    out
}

/// Counts of one field: right out of all gold items.
#[derive(Debug, Clone, Copy, Default)]
pub struct Accuracy {
    pub right: usize,
    pub total: usize,
}

impl Accuracy {
    pub fn add(&mut self, ok: bool) {
        self.total += 1;
        self.right += usize::from(ok);
    }

    pub fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.right as f64 / self.total as f64
        }
    }
}

/// Detection and field accuracies of one kind of item.
#[derive(Debug, Clone, Default)]
pub struct ItemScores {
    pub detection: Prf,
    /// (field name, accuracy over gold items), in a fixed order.
    pub fields: Vec<(&'static str, Accuracy)>,
    /// All fields right.
    pub all: Accuracy,
}

impl ItemScores {
    pub fn new(fields: &[&'static str]) -> Self {
        Self {
            detection: Prf::default(),
            fields: fields.iter().map(|f| (*f, Accuracy::default())).collect(),
            all: Accuracy::default(),
        }
    }

    /// Records one gold item: whether it was found, and each field's verdict (in the
    /// order given to `new`; ignored when not found).
    pub fn record(&mut self, found: bool, verdicts: &[bool]) {
        let mut all = found;
        for (k, (_, acc)) in self.fields.iter_mut().enumerate() {
            let ok = found && verdicts.get(k).copied().unwrap_or(false);
            acc.add(ok);
            all &= ok;
        }
        self.all.add(all);
        self.detection.gold += 1;
        self.detection.tp += usize::from(found);
    }
}

/// Equal numbers, allowing for floating-point noise.
pub fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_pair_one_to_one_by_overlap() {
        let m = match_spans(&[(0, 10), (20, 30)], &[(5, 25), (0, 3)]);
        // (5, 25) overlaps both by 5: the first gold takes it, the second finds nothing
        // else; (0, 3) overlaps the first by 3 only.
        assert_eq!(m, vec![Some(0), None]);
    }

    #[test]
    fn accuracy_counts_missed_items_as_wrong() {
        let mut s = ItemScores::new(&["value", "unit"]);
        s.record(true, &[true, true]);
        s.record(true, &[true, false]);
        s.record(false, &[]);
        assert_eq!((s.all.right, s.all.total), (1, 3));
        assert_eq!(s.fields[0].1.right, 2);
        assert_eq!(s.detection.tp, 2);
    }
}
