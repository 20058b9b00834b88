//! Grouping the facts of different articles that state the same thing. Quotes match by the
//! meaning of their words (cosine of multilingual embeddings, so a Portuguese and an Italian
//! rendering of one statement meet) and, when both speakers are known, by speaker; numbers
//! match when they count the same thing (unit equal, counted phrases close in meaning);
//! event times match when their sentences say the same. Matching is greedy, best pairs
//! first, and a group holds at most one fact per article.

use crate::facts::{Fact, FactKind};

/// Cosine above which two quotes say the same thing (USE-m3 on the seed articles' shared
/// quote in Portuguese and Italian: 0.78; renderings of one quote in the sample corpus's
/// eight languages reach 0.55 and more). Set with `concord eval dossiers`: 0.65 found 0.49
/// of the expected facts, 0.55 (with 0.5 for numbers) 0.57, and 0.63 once numbers of equal
/// value pair first.
pub const QUOTE_MATCH: f32 = 0.55;
/// Cosine above which two counted phrases name the same thing ("engenheiros e trabalhadores
/// militares" / "engineers and military workers").
pub const COUNTED_MATCH: f32 = 0.5;
/// Cosine above which two sentences dating an event date the same event.
pub const TIME_MATCH: f32 = 0.6;
/// Cosine above which two sentences report the same thing.
pub const STATEMENT_MATCH: f32 = 0.7;

fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn comparable(a: &Fact, b: &Fact) -> bool {
    match (&a.kind, &b.kind) {
        (FactKind::Quote { speaker: s1, .. }, FactKind::Quote { speaker: s2, .. }) => {
            // Speakers known by id must agree; words ("a source") may differ by language.
            match (s1, s2) {
                (Some(x), Some(y)) if x.contains(':') || x.starts_with('Q') => x == y,
                _ => true,
            }
        }
        (FactKind::Number { unit: u1, .. }, FactKind::Number { unit: u2, .. }) => u1 == u2,
        (FactKind::Time { .. }, FactKind::Time { .. }) => true,
        (FactKind::Statement, FactKind::Statement) => true,
        _ => false,
    }
}

fn threshold(f: &Fact) -> f32 {
    match f.kind {
        FactKind::Quote { .. } => QUOTE_MATCH,
        FactKind::Number { .. } => COUNTED_MATCH,
        FactKind::Time { .. } => TIME_MATCH,
        FactKind::Statement => STATEMENT_MATCH,
    }
}

/// How much an equal value adds to the similarity of two numbers when pairs are ranked.
const EQUAL_VALUE_BONUS: f32 = 0.3;

/// For two numbers, whether their values are equal (within 1%); none for other facts.
fn same_number(a: &Fact, b: &Fact) -> Option<bool> {
    match (&a.kind, &b.kind) {
        (FactKind::Number { value: x, .. }, FactKind::Number { value: y, .. }) => {
            Some((x - y).abs() <= 0.01 * x.abs().max(y.abs()))
        }
        _ => None,
    }
}

/// Groups of fact indices that state the same thing; every fact is in exactly one group.
pub fn align(facts: &[Fact], vectors: &[Vec<f32>]) -> Vec<Vec<usize>> {
    let n = facts.len();
    let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
    for i in 0..n {
        for j in 0..i {
            if facts[i].article == facts[j].article || !comparable(&facts[i], &facts[j]) {
                continue;
            }
            let c = cosine(&vectors[i], &vectors[j]);
            // Numbers: the same value pairs first and more easily; different values pair
            // (as a conflict) only when they clearly count the same thing.
            let (score, need) = match same_number(&facts[i], &facts[j]) {
                Some(true) => (c + EQUAL_VALUE_BONUS, threshold(&facts[i]) - 0.1),
                Some(false) => (c, threshold(&facts[i]) + 0.05),
                None => (c, threshold(&facts[i])),
            };
            if c >= need {
                pairs.push((score, j, i));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut group: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for (_, a, b) in pairs {
        let (ga, gb) = (group[a], group[b]);
        if ga == gb {
            continue;
        }
        // One fact per article in a group.
        let clash = members[ga].iter().any(|&x| {
            members[gb]
                .iter()
                .any(|&y| facts[x].article == facts[y].article)
        });
        if clash {
            continue;
        }
        let moved = std::mem::take(&mut members[gb]);
        for &m in &moved {
            group[m] = ga;
        }
        members[ga].extend(moved);
    }
    members.into_iter().filter(|m| !m.is_empty()).collect()
}
