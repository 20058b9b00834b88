//! Fitting the pair model: L2-regularised logistic regression by Newton's method on a few
//! hundred labelled pairs. Hand-written because it is eight weights and thirty lines; the
//! crates that do it (linfa-logistic) bring ndarray and an optimiser framework with them.

use crate::similarity::{Model, Signals};

const DIM: usize = 10;

/// Fits a model to labelled pairs (true = same story). Both classes count equally, whatever
/// their numbers, so that the 0.5 threshold sits between them.
pub fn fit(samples: &[(Signals, bool)], l2: f64) -> Model {
    let pos = samples.iter().filter(|s| s.1).count().max(1) as f64;
    let neg = (samples.len() as f64 - pos).max(1.0);
    let x = |s: &Signals| -> [f64; DIM] {
        let mut v = [1.0; DIM];
        for (k, &f) in s.values.iter().enumerate() {
            v[k] = f as f64;
        }
        v
    };
    let mut w = [0.0f64; DIM];
    for _ in 0..50 {
        let mut grad = [0.0f64; DIM];
        let mut hess = [[0.0f64; DIM]; DIM];
        for (s, y) in samples {
            let xi = x(s);
            let z: f64 = xi.iter().zip(&w).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let c = if *y { 0.5 / pos } else { 0.5 / neg };
            let r = p - if *y { 1.0 } else { 0.0 };
            for a in 0..DIM {
                grad[a] += c * r * xi[a];
                for b in 0..DIM {
                    hess[a][b] += c * p * (1.0 - p) * xi[a] * xi[b];
                }
            }
        }
        // The bias (last) is not regularised.
        for a in 0..DIM - 1 {
            grad[a] += l2 * w[a];
            hess[a][a] += l2;
        }
        let Some(step) = solve(hess, grad) else { break };
        let mut change = 0.0;
        for a in 0..DIM {
            w[a] -= step[a];
            change += step[a].abs();
        }
        if change < 1e-9 {
            break;
        }
    }
    let mut weights = [0.0f32; 9];
    for (k, v) in weights.iter_mut().enumerate() {
        *v = w[k] as f32;
    }
    Model {
        weights,
        bias: w[DIM - 1] as f32,
    }
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve(mut a: [[f64; DIM]; DIM], mut b: [f64; DIM]) -> Option<[f64; DIM]> {
    for col in 0..DIM {
        let piv = (col..DIM).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[piv][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, piv);
        b.swap(col, piv);
        let pivot = a[col];
        for row in col + 1..DIM {
            let f = a[row][col] / pivot[col];
            for (x, p) in a[row][col..].iter_mut().zip(&pivot[col..]) {
                *x -= f * p;
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; DIM];
    for row in (0..DIM).rev() {
        let s: f64 = (row + 1..DIM).map(|k| a[row][k] * x[k]).sum();
        x[row] = (b[row] - s) / a[row][row];
    }
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separable_signals_get_a_positive_weight() {
        let mk = |d: f32| Signals {
            values: [d, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        };
        let samples: Vec<(Signals, bool)> = (0..40)
            .map(|i| {
                let same = i % 2 == 0;
                let d = if same {
                    0.7 + (i % 7) as f32 * 0.03
                } else {
                    0.2 + (i % 5) as f32 * 0.05
                };
                (mk(d), same)
            })
            .collect();
        let m = fit(&samples, 1e-3);
        assert!(m.weights[0] > 1.0, "{m:?}");
        assert!(m.probability(&mk(0.85)) > 0.9);
        assert!(m.probability(&mk(0.25)) < 0.1);
    }
}
