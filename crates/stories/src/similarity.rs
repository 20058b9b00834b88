//! The same-story probability of two profiles: a handful of similarity signals combined by
//! a logistic model whose weights were fitted on labelled pairs (see `train`).

use crate::features::Bag;
use crate::profile::{Idf, Profile};

/// Names of the signals, in the order of [`Signals::values`].
pub const SIGNALS: [&str; 9] = [
    "dense_cosine",
    "entity_cosine",
    "term_cosine",
    "same_language",
    "shared_numbers",
    "shared_days",
    "conflicting_days",
    "conflicting_years",
    "log_days_apart",
];

/// The signals between two profiles.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Signals {
    pub values: [f32; 9],
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn dense_cosine(a: &[f32], na: f32, b: &[f32], nb: f32) -> f32 {
    if a.is_empty() || a.len() != b.len() || na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    dot(a, b) / (na * nb)
}

/// Cosine of two bags with weights `sqrt(count) * idf`, given their norms: only the keys
/// both hold are looked up.
fn bag_cosine(a: &Bag, na: f32, b: &Bag, nb: f32, idf: &Idf) -> f32 {
    if a.is_empty() || b.is_empty() || na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (mut i, mut j, mut d) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                d += (a[i].1 * b[j].1).sqrt() * idf.weight(a[i].0).powi(2);
                i += 1;
                j += 1;
            }
        }
    }
    d / (na * nb)
}

fn shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Days between two time ranges (0 when they overlap or a time is unknown).
fn days_apart(a: &Profile, b: &Profile) -> f32 {
    let (Some(a0), Some(a1), Some(b0), Some(b1)) = (a.first, a.last, b.first, b.last) else {
        return 0.0;
    };
    let gap = if a1 < b0 {
        b0 - a1
    } else if b1 < a0 {
        a0 - b1
    } else {
        0
    };
    gap as f32 / 86_400.0
}

/// ISO weekday (1 = Monday) of a day since the epoch (1970-01-01 was a Thursday).
fn weekday_of(day: i32) -> u8 {
    ((day + 3).rem_euclid(7) + 1) as u8
}

/// Event days in common, the sizes to share them over, and whether the days disagree.
/// Dated days compare as days; an undated article's weekdays ("no sábado", with no
/// publication time to resolve it) compare with the weekdays of the other's days when it
/// names no date of its own: "on Tuesday" is not a report of a Saturday meeting.
fn compare_days(a: &Profile, b: &Profile) -> (usize, (usize, usize), bool) {
    if !a.days.is_empty() && !b.days.is_empty() {
        let shared_days = shared(&a.days, &b.days);
        // Event days a day apart still agree (time zones, "overnight").
        let near = a.days.iter().any(|d| {
            b.days.binary_search(&(d - 1)).is_ok() || b.days.binary_search(&(d + 1)).is_ok()
        });
        return (
            shared_days,
            (a.days.len(), b.days.len()),
            shared_days == 0 && !near,
        );
    }
    let (undated, dated) = if a.days.is_empty() { (a, b) } else { (b, a) };
    // A weekday names a day only within a few days: when the dated side has publication
    // times (a live stream, whose window keeps a story's reports within days of each
    // other). In an archive of undated reports, a weekday in common is one chance in
    // seven, and a weekday apart often another day the report mentions. Weekdays must be
    // equal, not a day apart as dates may be: a Friday report is not of a Thursday quake.
    if undated.weekdays.is_empty() || dated.days.is_empty() || dated.first.is_none() {
        return (0, (0, 0), false);
    }
    let mut of_days: Vec<u8> = dated.days.iter().map(|&d| weekday_of(d)).collect();
    of_days.sort_unstable();
    of_days.dedup();
    let n = shared(&undated.weekdays, &of_days);
    (n, (undated.weekdays.len(), of_days.len()), n == 0)
}

/// The signals between `a` (an article's profile) and `b` (an article's or a story's),
/// with `lang` the language of `a`.
pub fn signals(a: &Profile, lang: &str, b: &Profile, idf: &Idf) -> Signals {
    let (na, nb) = (a.norms(idf), b.norms(idf));
    let term_norm =
        |n: &crate::profile::Norms| n.terms.iter().find(|(l, _)| l == lang).map_or(0.0, |t| t.1);
    let term = match (a.terms_in(lang), b.terms_in(lang)) {
        (Some(x), Some(y)) => Some(bag_cosine(x, term_norm(na), y, term_norm(nb), idf)),
        _ => None,
    };
    let ratio = |n: usize, x: usize, y: usize| {
        if x == 0 || y == 0 {
            0.0
        } else {
            n as f32 / x.min(y) as f32
        }
    };
    let (days_shared, days_compared, conflict) = compare_days(a, b);
    Signals {
        values: [
            dense_cosine(&a.dense, na.dense, &b.dense, nb.dense),
            bag_cosine(&a.entities, na.entities, &b.entities, nb.entities, idf),
            term.unwrap_or(0.0),
            if term.is_some() { 1.0 } else { 0.0 },
            ratio(
                shared(&a.numbers, &b.numbers),
                a.numbers.len(),
                b.numbers.len(),
            ),
            ratio(days_shared, days_compared.0, days_compared.1),
            if conflict { 1.0 } else { 0.0 },
            if !a.years.is_empty() && !b.years.is_empty() && shared(&a.years, &b.years) == 0 {
                1.0
            } else {
                0.0
            },
            days_apart(a, b).ln_1p(),
        ],
    }
}

/// A logistic model over [`Signals`]: weights in the order of [`SIGNALS`], then the bias.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Model {
    pub weights: [f32; 9],
    pub bias: f32,
}

impl Model {
    pub fn probability(&self, s: &Signals) -> f32 {
        let z = self.bias + dot(&self.weights, &s.values);
        1.0 / (1.0 + (-z).exp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2025-07-12, a Saturday, in days since the epoch.
    const SATURDAY: i32 = 20_281;

    fn dated(days: &[i32], time: Option<i64>) -> Profile {
        let mut p = Profile::default();
        (p.days, p.first, p.last, p.size) = (days.to_vec(), time, time, 1);
        p
    }

    fn undated(weekdays: &[u8]) -> Profile {
        let mut p = Profile::default();
        (p.weekdays, p.size) = (weekdays.to_vec(), 1);
        p
    }

    #[test]
    fn weekdays_of_days() {
        assert_eq!(weekday_of(0), 4, "1970-01-01 was a Thursday");
        assert_eq!(weekday_of(SATURDAY), 6);
        assert_eq!(weekday_of(SATURDAY + 1), 7);
        assert_eq!(weekday_of(SATURDAY + 2), 1);
    }

    #[test]
    fn an_undated_weekday_meets_or_contradicts_a_streamed_storys_days() {
        let story = dated(&[SATURDAY, SATURDAY + 1], Some(1_752_400_000));
        // "no sábado": Saturday is one of the story's days.
        assert_eq!(compare_days(&undated(&[6]), &story), (1, (1, 2), false));
        // "nesta terça-feira": no day of the story is a Tuesday.
        assert_eq!(compare_days(&story, &undated(&[2])), (0, (1, 2), true));
    }

    #[test]
    fn without_publication_times_weekdays_say_nothing() {
        let archive = dated(&[SATURDAY], None);
        assert_eq!(compare_days(&undated(&[2]), &archive), (0, (0, 0), false));
        assert_eq!(compare_days(&undated(&[6]), &archive), (0, (0, 0), false));
    }
}
