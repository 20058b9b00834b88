//! Grouping the facts of different articles that state the same thing. Quotes match by the
//! meaning of their words (cosine of multilingual embeddings, so a Portuguese and an Italian
//! rendering of one statement meet) and, when both speakers are known, by speaker; numbers
//! match when they count the same thing (unit equal, counted phrases close in meaning), the
//! same value pairing first and more easily and values far apart never; event times match
//! when their sentences say the same, the same day first. Matching is greedy, best pairs
//! first, and a group holds at most one fact per article.

use crate::facts::{is_measure, Fact, FactKind};

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

pub(crate) fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn comparable(a: &Fact, b: &Fact) -> bool {
    match (&a.kind, &b.kind) {
        // Quotes of different identified speakers may still be one statement (the spokesman
        // in one report, his ministry in another): they pair only when very close
        // (`DIFFERENT_SPEAKER_MARGIN`).
        (FactKind::Quote { .. }, FactKind::Quote { .. }) => true,
        // Two tolls of different kinds (killed, injured) are never one quantity.
        (
            FactKind::Number {
                unit: u1,
                casualty: c1,
                ..
            },
            FactKind::Number {
                unit: u2,
                casualty: c2,
                ..
            },
        ) => u1 == u2 && !matches!((c1, c2), (Some(x), Some(y)) if x != y),
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

/// How much less alike two numbers or times with the same value need to be to pair.
const EQUAL_VALUE_EASING: f32 = 0.1;

/// How much less alike still two equal numbers with the same unit of measure (41 m, 320 mm,
/// 35 km) need to be: within one story such a pair is almost always one fact, and their
/// counted phrases are often a word or two that embed poorly across languages. Percentages
/// and money are left out: one story holds many equal rates and sums that are different
/// quantities (inflation in August and the year's forecast, both 2.1%).
const UNIT_EASING: f32 = 0.4;

/// How much less alike two quotes of the same identified speaker need to be: one rendering
/// often gives part of what another gives ("The wind changed direction several times during
/// the night" / "Le vent a tourné plusieurs fois pendant la nuit et le feu est entré…").
const SPEAKER_EASING: f32 = 0.15;

/// How much more alike two quotes of two different identified people need to be.
const DIFFERENT_SPEAKER_MARGIN: f32 = 0.15;

/// The entity ids of two quotes' speakers, when both are identified.
fn speaker_ids<'f>(a: &'f Fact, b: &'f Fact) -> Option<(&'f str, &'f str)> {
    let id = |f: &'f Fact| match &f.kind {
        FactKind::Quote {
            speaker: Some(x), ..
        } if x.contains(':') || x.starts_with('Q') => Some(x.as_str()),
        _ => None,
    };
    Some((id(a)?, id(b)?))
}

/// Both quotes' speakers are identified and the same.
pub fn same_speaker(a: &Fact, b: &Fact) -> bool {
    speaker_ids(a, b).is_some_and(|(x, y)| x == y)
}

/// Two different people: the same words said by both are rare. A person and an
/// organisation or a place (the spokesman and his service, a witness and her city) are
/// often one statement credited differently, and pair as any quotes do.
fn different_speakers(a: &Fact, b: &Fact) -> bool {
    speaker_ids(a, b)
        .is_some_and(|(x, y)| x != y && x.starts_with("person:") && y.starts_with("person:"))
}

/// Percentages and sums of money: a story holds many of them that are different
/// quantities (rates, forecasts, example loans), so two different values conflict only when
/// their sentences are nearly the same, as for times.
fn is_rate_or_money(f: &Fact) -> bool {
    matches!(&f.kind, FactKind::Number { unit: Some(u), .. } if !is_measure(u))
}

fn has_unit(f: &Fact) -> bool {
    matches!(&f.kind, FactKind::Number { unit: Some(u), .. } if is_measure(u))
}

/// How much more alike two sentences dating something to different days (or giving
/// different rates or sums) must be to pair as a conflict: a story's sentences name its
/// actors whatever day they date ("Kim received Lavrov on Saturday" / "KCNA reported it on
/// Sunday"), so only near-equal sentences count.
const STRICT_DIFFERENCE_MARGIN: f32 = 0.15;

/// How much more alike two numbers or times with different values must be to pair.
const DIFFERENT_VALUE_MARGIN: f32 = 0.05;

/// How much an equal value adds to the similarity of two numbers when pairs are ranked.
const EQUAL_VALUE_BONUS: f32 = 0.3;

/// How much less alike still two sentences placing an event at the same time need to be:
/// reports date the event in sentences that otherwise say different things ("Kim received
/// Lavrov on Saturday in Wonsan" / "La rencontre a eu lieu samedi"); different days stay
/// apart by their values, and sentences far apart by the threshold left.
const TIME_EASING: f32 = 0.1;

/// Smallest ratio of two different values that may still be one quantity reported two
/// ways (12 vs 14 injured, 350 vs 400 km, magnitude 5.9 vs 6.1). Values further apart are
/// different quantities (4,800 ha in Spain and 8,000 ha in all; 350 evacuated in Portugal
/// and 1,500 in all), not a conflict.
pub const CONFLICT_RATIO: f64 = 0.7;

/// How two numbers or two times relate; none for other facts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Values {
    Same,
    /// Different, but close enough to be one quantity or event reported differently.
    Differ,
    /// Too far apart to be one quantity.
    Unrelated,
}

fn values(a: &Fact, b: &Fact) -> Option<Values> {
    match (&a.kind, &b.kind) {
        (FactKind::Number { value: x, .. }, FactKind::Number { value: y, .. }) => {
            let (lo, hi) = (x.abs().min(y.abs()), x.abs().max(y.abs()));
            Some(if hi - lo <= 0.01 * hi {
                Values::Same
            } else if x.signum() == y.signum() && lo >= CONFLICT_RATIO * hi {
                Values::Differ
            } else {
                Values::Unrelated
            })
        }
        (FactKind::Time { .. }, FactKind::Time { .. }) => Some(if overlap(&a.kind, &b.kind) {
            Values::Same
        } else {
            Values::Differ
        }),
        _ => None,
    }
}

/// Whether two event times are the same: they overlap over at least half of the shorter
/// one (a day holds its hours; the same day in two time zones overlaps by most of it, a
/// Saturday in Seoul and a Sunday in Moscow only by an hour or two). RFC 3339 strings of
/// different offsets compare only after parsing.
pub fn overlap(a: &FactKind, b: &FactKind) -> bool {
    let (FactKind::Time { start: s1, end: e1 }, FactKind::Time { start: s2, end: e2 }) = (a, b)
    else {
        return false;
    };
    let t = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
    match (t(s1), t(e1), t(s2), t(e2)) {
        (Some(s1), Some(e1), Some(s2), Some(e2)) => {
            let shared = (e1.min(e2) - s1.max(s2)).num_seconds();
            let shorter = (e1 - s1).num_seconds().min((e2 - s2).num_seconds());
            shared > 0 && 2 * shared >= shorter
        }
        _ => s1 == s2 && e1 == e2,
    }
}

/// Groups of fact indices that state the same thing; every fact is in exactly one group.
/// `similarity(i, j)` is how close facts `i` and `j` are in meaning (a cosine).
pub fn align(facts: &[Fact], similarity: &dyn Fn(usize, usize) -> f32) -> Vec<Vec<usize>> {
    let n = facts.len();
    let mut pairs: Vec<(f32, usize, usize)> = Vec::new();
    for i in 0..n {
        for j in 0..i {
            if facts[i].article == facts[j].article || !comparable(&facts[i], &facts[j]) {
                continue;
            }
            let c = similarity(i, j);
            // Numbers and times: the same value pairs first and more easily; different
            // values pair (as a conflict) only when they clearly state the same thing, and
            // values far apart never.
            let t = threshold(&facts[i]);
            let (score, need) = match values(&facts[i], &facts[j]) {
                // A unit makes a coincidence of equal values rarer still.
                Some(Values::Same) if has_unit(&facts[i]) => {
                    (c + EQUAL_VALUE_BONUS, t - EQUAL_VALUE_EASING - UNIT_EASING)
                }
                Some(Values::Same) if matches!(facts[i].kind, FactKind::Time { .. }) => {
                    (c + EQUAL_VALUE_BONUS, t - EQUAL_VALUE_EASING - TIME_EASING)
                }
                Some(Values::Same) => (c + EQUAL_VALUE_BONUS, t - EQUAL_VALUE_EASING),
                Some(Values::Differ) if is_rate_or_money(&facts[i]) => {
                    (c, t + STRICT_DIFFERENCE_MARGIN)
                }
                Some(Values::Differ) if matches!(facts[i].kind, FactKind::Time { .. }) => {
                    (c, t + STRICT_DIFFERENCE_MARGIN)
                }
                Some(Values::Differ) => (c, t + DIFFERENT_VALUE_MARGIN),
                Some(Values::Unrelated) => continue,
                None if same_speaker(&facts[i], &facts[j]) => (c, t - SPEAKER_EASING),
                None if different_speakers(&facts[i], &facts[j]) => {
                    (c, t + DIFFERENT_SPEAKER_MARGIN)
                }
                None => (c, t),
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

/// The source a number is attributed to, if the article names one.
fn attributed(f: &Fact) -> Option<&str> {
    match &f.kind {
        FactKind::Number { source, .. } => source.as_deref(),
        _ => None,
    }
}

/// Joins two groups of numbers into one conflict when an article reports one value of each
/// on the authority of different sources ("the JCS said about 350 km … Japan's defence
/// ministry put it at roughly 400 km"): the article itself tells that two sources disagree
/// on one quantity ("at least 13 injured, according to the regional governor … the State
/// Emergency Service later put the number of injured at 14"). Alignment keeps one fact per
/// article in a group, so such values come out of it as two groups. Only units of measure,
/// magnitudes and tolls: a story's percentages and sums are too often different quantities
/// from different sources.
pub fn join_reported_conflicts(facts: &[Fact], groups: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    let mut group_of = vec![0; facts.len()];
    for (g, members) in groups.iter().enumerate() {
        for &m in members {
            group_of[m] = g;
        }
    }
    let mut target: Vec<usize> = (0..groups.len()).collect();
    let root = |target: &Vec<usize>, mut g: usize| {
        while target[g] != g {
            g = target[g];
        }
        g
    };
    for x in 0..facts.len() {
        for y in x + 1..facts.len() {
            let (a, b) = (&facts[x], &facts[y]);
            let reported = a.article == b.article
                && (has_unit(a) || a.toll().is_some() && b.toll().is_some())
                && comparable(a, b)
                && values(a, b) == Some(Values::Differ)
                && matches!((attributed(a), attributed(b)), (Some(s), Some(t)) if s != t);
            if reported {
                let (ga, gb) = (root(&target, group_of[x]), root(&target, group_of[y]));
                if ga != gb {
                    target[gb] = ga;
                }
            }
        }
    }
    let mut joined: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (g, members) in groups.into_iter().enumerate() {
        joined[root(&target, g)].extend(members);
    }
    joined.into_iter().filter(|m| !m.is_empty()).collect()
}
