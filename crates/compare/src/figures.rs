//! The figures a quote carries: two renderings of one statement that give different tolls
//! or measures ("killing 12 people, the governor said" / "deixando 19 mortos, disse o
//! governador") are one statement reported with conflicting figures, not an agreement.

use crate::facts::is_measure;
use concord_model::{Article, Casualty};

/// A figure inside a quote: its value, unit of measure and toll.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub value: f64,
    pub unit: Option<String>,
    pub casualty: Option<Casualty>,
}

/// The tolls and measures of article `a` whose number lies inside the code-point span
/// `start..end` (a quote's content). Bare counts without a unit or toll are left out: they
/// are too often different things ("two countries", "three weeks").
pub fn figures_in(a: &Article, start: usize, end: usize) -> Vec<Figure> {
    a.claims
        .iter()
        .filter(|c| start <= c.number.start && c.number.end <= end)
        // Percentages and sums are too often different quantities within one statement's
        // renderings (an example loan of 200,000 euros in one, 180,000 in another).
        .filter(|c| c.casualty.is_some() || c.unit.as_deref().is_some_and(is_measure))
        .map(|c| Figure {
            value: c.value,
            unit: c.unit.clone(),
            casualty: c.casualty,
        })
        .collect()
}

/// Two quotes' figures disagree: one gives a toll or a measure that the other gives with
/// another value and never with this one.
pub fn disagree(a: &[Figure], b: &[Figure]) -> bool {
    let same_kind = |x: &Figure, y: &Figure| x.unit == y.unit && x.casualty == y.casualty;
    let equal = |x: f64, y: f64| (x - y).abs() <= 0.01 * x.abs().max(y.abs());
    a.iter().any(|x| {
        let kin: Vec<&Figure> = b.iter().filter(|y| same_kind(x, y)).collect();
        !kin.is_empty() && !kin.iter().any(|y| equal(x.value, y.value))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(value: f64, unit: Option<&str>, casualty: Option<Casualty>) -> Figure {
        Figure {
            value,
            unit: unit.map(str::to_string),
            casualty,
        }
    }

    #[test]
    fn tolls_and_measures_of_one_kind_must_match() {
        let killed = |v| fig(v, None, Some(Casualty::Killed));
        assert!(disagree(&[killed(12.0)], &[killed(19.0)]));
        assert!(!disagree(&[killed(12.0)], &[killed(12.0)]));
        // Different kinds are not compared; one side giving none is no disagreement.
        assert!(!disagree(
            &[killed(12.0)],
            &[fig(19.0, None, Some(Casualty::Injured))]
        ));
        assert!(!disagree(&[killed(12.0)], &[]));
        assert!(disagree(
            &[fig(5.3, Some("m"), None)],
            &[fig(6.1, Some("m"), None)]
        ));
    }
}
