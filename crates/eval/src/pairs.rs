//! Pair statistics for similarity scores: mean score per pair category, and the accuracy of
//! telling same-story pairs from the rest with the best single threshold.

/// How two articles relate, from gold story and topic labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Relation {
    /// Same story (the same real-world event).
    SameStory,
    /// Same topic, another event (two different earthquakes).
    SameTopic,
    /// Nothing in common.
    Unrelated,
}

/// Summary of scores for one category.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub pairs: usize,
    pub mean: f64,
    pub min: f64,
    pub max: f64,
}

pub fn spread(scores: impl IntoIterator<Item = f64>) -> Option<Spread> {
    let v: Vec<f64> = scores.into_iter().collect();
    if v.is_empty() {
        return None;
    }
    Some(Spread {
        pairs: v.len(),
        mean: v.iter().sum::<f64>() / v.len() as f64,
        min: v.iter().copied().fold(f64::INFINITY, f64::min),
        max: v.iter().copied().fold(f64::NEG_INFINITY, f64::max),
    })
}

/// The threshold that best separates positives (score >= t) from negatives, and its accuracy
/// over all pairs. Candidates are the midpoints between consecutive distinct scores.
pub fn best_threshold(scored: &[(f64, bool)]) -> (f64, f64) {
    if scored.is_empty() {
        return (0.0, 0.0);
    }
    let mut v: Vec<(f64, bool)> = scored.to_vec();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let positives = v.iter().filter(|x| x.1).count();
    // Threshold below everything: every pair predicted positive.
    let mut correct = positives;
    let (mut best_correct, mut best_t) = (correct, v[0].0 - 1e-6);
    for i in 0..v.len() {
        // Moving the threshold above v[i] turns it negative.
        if v[i].1 {
            correct -= 1;
        } else {
            correct += 1;
        }
        let next = v.get(i + 1).map_or(v[i].0 + 1e-6, |n| n.0);
        if next > v[i].0 && correct > best_correct {
            best_correct = correct;
            best_t = (v[i].0 + next) / 2.0;
        }
    }
    (best_t, best_correct as f64 / v.len() as f64)
}

/// Cosine similarity of two vectors.
pub fn cosine(a: &[f32], b: &[f32]) -> f64 {
    let (mut dot, mut na, mut nb) = (0.0f64, 0.0f64, 0.0f64);
    for (x, y) in a.iter().zip(b) {
        dot += (*x as f64) * (*y as f64);
        na += (*x as f64).powi(2);
        nb += (*y as f64).powi(2);
    }
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na.sqrt() * nb.sqrt())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_separating_threshold() {
        let scored = [
            (0.9, true),
            (0.8, true),
            (0.5, false),
            (0.2, false),
            (0.7, true),
            (0.75, false),
        ];
        let (t, acc) = best_threshold(&scored);
        assert!((acc - 5.0 / 6.0).abs() < 1e-9, "{acc}");
        assert!(t > 0.75 && t < 0.8 || t > 0.5 && t < 0.7, "{t}");
        let (_, perfect) = best_threshold(&[(0.9, true), (0.1, false)]);
        assert_eq!(perfect, 1.0);
    }

    #[test]
    fn cosine_and_spread() {
        assert!((cosine(&[1.0, 0.0], &[1.0, 0.0]) - 1.0).abs() < 1e-9);
        assert!(cosine(&[1.0, 0.0], &[0.0, 1.0]).abs() < 1e-9);
        let s = spread([0.2, 0.4]).unwrap();
        assert_eq!((s.pairs, s.min, s.max), (2, 0.2, 0.4));
        assert!((s.mean - 0.3).abs() < 1e-12);
    }
}

/// Pearson correlation of two equally long series (0 when either is constant).
pub fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len().min(y.len());
    if n < 2 {
        return 0.0;
    }
    let mx = x[..n].iter().sum::<f64>() / n as f64;
    let my = y[..n].iter().sum::<f64>() / n as f64;
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let (a, b) = (x[i] - mx, y[i] - my);
        sxy += a * b;
        sxx += a * a;
        syy += b * b;
    }
    if sxx == 0.0 || syy == 0.0 {
        0.0
    } else {
        sxy / (sxx * syy).sqrt()
    }
}

/// Ranks with ties sharing their average rank.
fn ranks(x: &[f64]) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..x.len()).collect();
    idx.sort_by(|&a, &b| x[a].total_cmp(&x[b]));
    let mut r = vec![0.0; x.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && x[idx[j + 1]] == x[idx[i]] {
            j += 1;
        }
        let avg = (i + j) as f64 / 2.0 + 1.0;
        for k in i..=j {
            r[idx[k]] = avg;
        }
        i = j + 1;
    }
    r
}

/// Spearman correlation: Pearson of the ranks.
pub fn spearman(x: &[f64], y: &[f64]) -> f64 {
    pearson(&ranks(x), &ranks(y))
}

#[cfg(test)]
mod correlation_tests {
    use super::*;

    #[test]
    fn correlations() {
        let x = [1.0, 2.0, 3.0, 4.0];
        assert!((pearson(&x, &[2.0, 4.0, 6.0, 8.0]) - 1.0).abs() < 1e-12);
        assert!((spearman(&x, &[1.0, 10.0, 100.0, 1000.0]) - 1.0).abs() < 1e-12);
        assert!((pearson(&x, &[4.0, 3.0, 2.0, 1.0]) + 1.0).abs() < 1e-12);
    }
}
