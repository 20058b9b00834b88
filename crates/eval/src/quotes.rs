//! Quote attribution scores, as PolNeAR-style evaluations count them: content spans
//! matched one-to-one by overlap (and exactly), then, for the matched ones, whether the
//! speaker is right.

use crate::entities::Prf;

/// One attribution: content spans (character offsets) and the speaker's spans.
#[derive(Debug, Clone, Default)]
pub struct Attribution {
    pub content: Vec<(usize, usize)>,
    pub speaker: Vec<(usize, usize)>,
    /// Predictions only: every mention of the entity the speaker is linked to, wherever the
    /// text names it ("Pete Hegseth" for a speaker found as "he" later on).
    pub speaker_mentions: Vec<(usize, usize)>,
}

impl Attribution {
    fn hull(&self) -> (usize, usize) {
        let a = self.content.iter().map(|s| s.0).min().unwrap_or(0);
        let b = self.content.iter().map(|s| s.1).max().unwrap_or(0);
        (a, b)
    }
}

fn overlap(a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    let mut n = 0;
    for &(x0, x1) in a {
        for &(y0, y1) in b {
            n += x1.min(y1).saturating_sub(x0.max(y0));
        }
    }
    n
}

/// Scores of one document (or many, added up).
#[derive(Debug, Clone, Copy, Default)]
pub struct QuoteScores {
    /// Content spans matched by any overlap.
    pub overlap: Prf,
    /// Content spans matched exactly (ends compared after trimming spaces and punctuation).
    pub exact: Prf,
    /// Matched attributions whose gold speaker is given.
    pub speaker_total: usize,
    /// Of those, the ones where the predicted speaker overlaps the gold speaker.
    pub speaker_right: usize,
    /// Of those, the ones where the predicted speaker or a mention of the entity it is
    /// linked to overlaps the gold speaker: the same person, named elsewhere (the gold
    /// marks "Pete Hegseth", the prediction the "he" by the cue that stands for him).
    pub speaker_same_entity: usize,
}

impl QuoteScores {
    pub fn add(&mut self, o: &QuoteScores) {
        for (a, b) in [(&mut self.overlap, &o.overlap), (&mut self.exact, &o.exact)] {
            a.tp += b.tp;
            a.predicted += b.predicted;
            a.gold += b.gold;
        }
        self.speaker_total += o.speaker_total;
        self.speaker_right += o.speaker_right;
        self.speaker_same_entity += o.speaker_same_entity;
    }

    pub fn speaker_accuracy(&self) -> f64 {
        self.share(self.speaker_right)
    }

    /// Speaker accuracy counting a mention of the predicted speaker's entity as right.
    pub fn speaker_entity_accuracy(&self) -> f64 {
        self.share(self.speaker_same_entity)
    }

    fn share(&self, n: usize) -> f64 {
        if self.speaker_total == 0 {
            0.0
        } else {
            n as f64 / self.speaker_total as f64
        }
    }
}

/// Scores predictions against gold for one text. Predictions nested inside another
/// prediction (a quotation inside a reported clause) count as part of it, not apart.
/// `trim` maps a span to its ends without spaces and punctuation, for exact matching.
pub fn score_document(
    gold: &[Attribution],
    pred: &[Attribution],
    trim: impl Fn((usize, usize)) -> (usize, usize),
) -> QuoteScores {
    let outer: Vec<&Attribution> = pred
        .iter()
        .enumerate()
        .filter(|(i, p)| {
            let (a, b) = p.hull();
            !pred.iter().enumerate().any(|(j, q)| {
                let (c, d) = q.hull();
                j != *i && c <= a && b <= d && (c, d) != (a, b)
            })
        })
        .map(|(_, p)| p)
        .collect();
    // Greedy one-to-one matching, largest overlaps first.
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in outer.iter().enumerate() {
            let o = overlap(&g.content, &p.content);
            if o > 0 {
                pairs.push((o, gi, pi));
            }
        }
    }
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
    let mut g_used = vec![false; gold.len()];
    let mut p_used = vec![false; outer.len()];
    let mut s = QuoteScores::default();
    s.overlap.gold = gold.len();
    s.overlap.predicted = outer.len();
    s.exact.gold = gold.len();
    s.exact.predicted = outer.len();
    for (_, gi, pi) in pairs {
        if g_used[gi] || p_used[pi] {
            continue;
        }
        g_used[gi] = true;
        p_used[pi] = true;
        s.overlap.tp += 1;
        let (g, p) = (&gold[gi], outer[pi]);
        if trim(g.hull()) == trim(p.hull()) {
            s.exact.tp += 1;
        }
        if !g.speaker.is_empty() {
            s.speaker_total += 1;
            if overlap(&g.speaker, &p.speaker) > 0 {
                s.speaker_right += 1;
                s.speaker_same_entity += 1;
            } else if overlap(&g.speaker, &p.speaker_mentions) > 0 {
                s.speaker_same_entity += 1;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(content: (usize, usize), speaker: (usize, usize)) -> Attribution {
        Attribution {
            content: vec![content],
            speaker: vec![speaker],
            speaker_mentions: Vec::new(),
        }
    }

    #[test]
    fn overlap_exact_and_speaker() {
        let gold = [a((10, 30), (0, 5)), a((40, 60), (35, 38))];
        let pred = [
            a((12, 30), (0, 5)),
            a((45, 50), (70, 75)),
            a((80, 90), (0, 1)),
        ];
        let s = score_document(&gold, &pred, |x| x);
        assert_eq!(
            (s.overlap.tp, s.overlap.predicted, s.overlap.gold),
            (2, 3, 2)
        );
        assert_eq!(s.exact.tp, 0);
        assert_eq!((s.speaker_right, s.speaker_total), (1, 2));
        assert_eq!(s.speaker_same_entity, 1);
    }

    #[test]
    fn a_mention_of_the_speakers_entity_counts_as_the_same_speaker() {
        let gold = [a((10, 30), (0, 5)), a((40, 60), (0, 5))];
        let mut named = a((10, 30), (32, 34));
        named.speaker_mentions = vec![(0, 5), (32, 34)];
        let mut other = a((40, 60), (62, 64));
        other.speaker_mentions = vec![(90, 95)];
        let s = score_document(&gold, &[named, other], |x| x);
        assert_eq!(s.speaker_right, 0);
        assert_eq!((s.speaker_same_entity, s.speaker_total), (1, 2));
    }

    #[test]
    fn nested_predictions_count_once() {
        let gold = [a((10, 60), (0, 5))];
        let pred = [a((10, 60), (0, 5)), a((20, 30), (0, 5))];
        let s = score_document(&gold, &pred, |x| x);
        assert_eq!((s.overlap.tp, s.overlap.predicted), (1, 1));
        assert_eq!(s.exact.tp, 1);
    }
}
