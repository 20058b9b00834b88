//! How close two facts of a story are in meaning: each fact is embedded by its text (a
//! number by its counted phrase, a time by its clause, a quote by its words), and some also
//! by their sentence or their clauses, so that the right pair of texts is compared for each
//! kind of fact.

use crate::facts::{Fact, FactKind};
use crate::meaning::{Meaning, Similarity};
use concord_model::Article;

/// For a number: whether its article names what it counts (its text is then the counted
/// phrase, else the sentence).
fn counted(f: &Fact) -> Option<bool> {
    match &f.kind {
        FactKind::Number { counted, .. } => Some(counted.is_some()),
        _ => None,
    }
}

fn is_time(f: &Fact) -> bool {
    matches!(f.kind, FactKind::Time { .. })
}

/// How much the same toll with the same value (both count 12 injured, say) adds to how
/// alike two numbers' sentences are: a lone participle ("injured", "rannych", "verletzt")
/// embeds poorly across languages.
const TOLL_BONUS: f32 = 0.3;

/// Two numbers of the same value and range.
fn equal_numbers(a: &Fact, b: &Fact) -> bool {
    match (&a.kind, &b.kind) {
        (
            FactKind::Number {
                value: v1,
                value_max: m1,
                ..
            },
            FactKind::Number {
                value: v2,
                value_max: m2,
                ..
            },
        ) => v1 == v2 && m1 == m2,
        _ => false,
    }
}

/// The clauses of a quote with more than one (split at commas and semicolons), each of at
/// least two words (four characters in unspaced scripts).
fn quote_clauses(text: &str) -> Vec<&str> {
    let parts: Vec<&str> = text
        .split([',', ';', '，', '；', '、'])
        .map(str::trim)
        .filter(|p| p.split_whitespace().count() >= 2 || crate::facts::cjk_chars(p) >= 4)
        .collect();
    if parts.len() < 2 {
        return Vec::new();
    }
    parts
}

/// The similarities of a story's facts, pair by pair.
pub(crate) struct FactSimilarity<'f> {
    all: &'f [Fact],
    sim: Similarity,
    /// Where each fact's sentence was embedded, when it was.
    sentence_at: Vec<Option<usize>>,
    /// Where each quote's clauses were embedded.
    clauses_at: Vec<Vec<usize>>,
}

impl<'f> FactSimilarity<'f> {
    pub(crate) fn new(meaning: &Meaning, articles: &[Article], all: &'f [Fact]) -> Self {
        // Each fact is compared by its text (a number by its counted phrase); an equal number
        // whose counted phrase one article gives and another leaves out ("45 feriti" /
        // "injuring 45") is compared by the two sentences, as a word embeds far from a sentence. The sentences
        // of counted numbers are embedded after all the texts.
        let mut texts: Vec<&str> = all.iter().map(|f| f.text.as_str()).collect();
        let mut sentence_at: Vec<Option<usize>> = vec![None; all.len()];
        // A time is compared by its clause and by its whole sentence (see `clause_around`).
        for (k, f) in all.iter().enumerate() {
            if counted(f) == Some(true) || (is_time(f) && f.text != f.sentence) {
                sentence_at[k] = Some(texts.len());
                texts.push(f.sentence.as_str());
            }
        }
        // The clauses of each quote, embedded too: one outlet often quotes a few words of what
        // another quotes whole ("absolutely unacceptable" / "…脅かすもので、断じて容認できない").
        let pieces: Vec<Vec<&str>> = all
            .iter()
            .map(|f| match f.kind {
                FactKind::Quote { .. } => quote_clauses(&f.text),
                _ => Vec::new(),
            })
            .collect();
        let mut clauses_at: Vec<Vec<usize>> = vec![Vec::new(); all.len()];
        let mut owners: Vec<usize> = (0..all.len()).collect();
        owners.extend((0..all.len()).filter(|&k| sentence_at[k].is_some()));
        for (k, p) in pieces.iter().enumerate() {
            for c in p {
                clauses_at[k].push(texts.len());
                texts.push(c);
                owners.push(k);
            }
        }
        let lang = |k: usize| articles[all[k].article].lang.as_deref();
        let langs: Vec<Option<&str>> = owners.iter().map(|&k| lang(k)).collect();
        let sim = Similarity::new(meaning, &texts, &langs);
        FactSimilarity {
            all,
            sim,
            sentence_at,
            clauses_at,
        }
    }

    /// How close the texts of facts `i` and `j` are (a quote's words, a number's counted
    /// phrase), whatever else the facts hold.
    pub(crate) fn by_text(&self, i: usize, j: usize) -> f32 {
        self.sim.get(i, j)
    }

    /// How close facts `i` and `j` are.
    pub(crate) fn get(&self, i: usize, j: usize) -> f32 {
        let (all, sim) = (self.all, &self.sim);
        let sentence = |k: usize| self.sentence_at[k].unwrap_or(k);
        // Two different values conflict only when they count the same thing and their
        // sentences say the same thing: that both count drones ("62 беспилотника" launched,
        // "51 безпілотник" shot down) is no conflict, nor are two sentences alike that hold
        // several numbers each.
        let by_counted = self.by_counted(i, j);
        // Different values of one toll pair by their sentences alone: a story often recalls
        // another event's toll ("eight days after a quake that killed three").
        match (all[i].toll(), all[j].toll()) {
            (Some(a), Some(b)) if a == b && equal_numbers(&all[i], &all[j]) => {
                by_counted.max(sim.get(sentence(i), sentence(j)) + TOLL_BONUS)
            }
            _ => by_counted,
        }
    }

    /// How close facts `i` and `j` are by their counted phrases, sentences, clauses or
    /// words, as their kinds call for.
    fn by_counted(&self, i: usize, j: usize) -> f32 {
        let (all, sim) = (self.all, &self.sim);
        let sentence = |k: usize| self.sentence_at[k].unwrap_or(k);
        match (counted(&all[i]), counted(&all[j])) {
            (Some(_), Some(_)) if !equal_numbers(&all[i], &all[j]) => {
                sim.get(i, j).min(sim.get(sentence(i), sentence(j)))
            }
            (Some(true), Some(false)) => sim.get(sentence(i), j),
            (Some(false), Some(true)) => sim.get(i, sentence(j)),
            // Equal values counted in both: their counted words, or their sentences, alike
            // ("51 drones" / "51 bezzałogowców": single words embed poorly).
            (Some(true), Some(true)) => sim.get(i, j).max(sim.get(sentence(i), sentence(j))),
            // Times: the same day stated in alike clauses or alike sentences; different
            // days conflict only by their sentences, as before clauses were compared.
            _ if is_time(&all[i]) && is_time(&all[j]) => {
                let by_sentence = sim.get(sentence(i), sentence(j));
                if crate::align::overlap(&all[i].kind, &all[j].kind) {
                    sim.get(i, j).max(by_sentence)
                } else {
                    by_sentence
                }
            }
            // The same identified speaker: a clause of one quote may be all the other gives.
            _ if crate::align::same_speaker(&all[i], &all[j]) => {
                let part = |a: usize, b: usize| {
                    self.clauses_at[a]
                        .iter()
                        .map(|&c| sim.get(c, b))
                        .fold(f32::MIN, f32::max)
                };
                sim.get(i, j).max(part(i, j)).max(part(j, i))
            }
            _ => sim.get(i, j),
        }
    }
}
