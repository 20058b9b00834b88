//! Who a source phrase names ("according to KCNA", "据新华社", "연합뉴스에 따르면", "Laut
//! Polizei") and, in languages that put the verb second, where the statement it credits
//! begins when no comma marks it ("Laut Reuters | wurden drei Menschen verletzt").

use super::attribution::Sentence;
use super::{Name, SpeakerRef};

/// Languages whose source phrase may open a sentence with no comma after its source: the
/// finite verb follows at once (German, Dutch, Scandinavian) or the word order is free
/// (Polish "Według policji trzy osoby zostały ranne").
const NO_COMMA_SOURCES: &[&str] = &["de", "nl", "pl", "sv", "da", "no", "nb"];

/// Articles that may open an unnamed source in those languages ("Laut der Polizei",
/// "Volgens de politie").
const ARTICLES: &[&str] = &["der", "die", "das", "dem", "den", "des", "de", "het"];

/// The opening words of `s` up to the first lower-case word after a capitalised one: at
/// most one lower-case word (a determiner) before ("der Polizei am …" → "der Polizei");
/// empty when no capitalised word comes first.
fn capitalised_phrase(s: &str) -> &str {
    let s = s.trim_start();
    let mut end = 0;
    let mut seen_capital = false;
    let mut at = 0;
    for (k, w) in s.split_whitespace().enumerate() {
        // The word's own offset: searched from the end of the one before.
        let start = at + s[at..].find(w).unwrap_or(0);
        at = start + w.len();
        let upper = w.chars().next().is_some_and(char::is_uppercase);
        if !upper && (seen_capital || k > 0) {
            break;
        }
        seen_capital |= upper;
        end = at;
    }
    if seen_capital {
        &s[..end]
    } else {
        ""
    }
}

/// Pronouns that stand for the source after a source phrase ("selon elle", "according to
/// her", "según él", "według niego") or inside one ("по его словам", "за її словами").
#[rustfmt::skip]
const SOURCE_PRONOUNS: &[&str] = &[
    "him", "her", "them", "lui", "elle", "eux", "elles", "él", "ella", "ellos", "ele", "ela",
    "eles", "lei", "loro", "ihm", "ihr", "ihnen", "hem", "haar", "hen", "niego", "niej", "nich",
    "его", "ее", "её", "их", "його", "її", "їхніми",
];

impl Sentence<'_> {
    /// A source phrase whose source is a pronoun: the pronoun's words, linked to the last
    /// person named before it.
    fn pronoun_source(&self, p: (usize, usize)) -> Option<SpeakerRef> {
        let inside = self.text[p.0..p.1]
            .split_whitespace()
            .find(|w| SOURCE_PRONOUNS.contains(&w.to_lowercase().as_str()))
            .and_then(|w| self.text[p.0..p.1].find(w).map(|k| (p.0 + k, w.len())));
        let after = || {
            let rest = &self.text[p.1..self.end];
            let w = rest.split_whitespace().next()?;
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            SOURCE_PRONOUNS
                .contains(&w.to_lowercase().as_str())
                .then(|| rest.find(w).map(|k| (p.1 + k, w.len())))?
        };
        let (a, len) = inside.or_else(after)?;
        Some(self.pronoun_ref(a, len))
    }

    /// The speaker a source phrase names: the name right after it ("according to KCNA",
    /// "据新华社"), or right before it for postpositions ("연합뉴스에 따르면", "KCNAによると").
    pub(super) fn speaker_of_source(&self, p: (usize, usize)) -> Option<SpeakerRef> {
        if matches!(self.lang, "ko" | "ja") {
            let named = self
                .names
                .iter()
                .filter(|n| n.end <= p.0 && p.0 - n.end <= 3)
                .max_by_key(|n| n.end)
                .map(Self::name_ref);
            // An unnamed source: the words before the postposition.
            return named.or_else(|| {
                let a = self.clause_start_before(p.0);
                let t = self.text[a..p.0].trim();
                let a = a + self.text[a..p.0].find(t).unwrap_or(0);
                (!t.is_empty() && t.chars().count() <= 14).then_some(SpeakerRef {
                    start: a,
                    end: a + t.len(),
                    entity: None,
                })
            });
        }
        if let Some(s) = self.pronoun_source(p) {
            return Some(s);
        }
        let before_comma: Vec<&Name> = self
            .names
            .iter()
            .filter(|n| n.start >= p.1 && n.end <= self.end)
            .filter(|n| !self.text[p.1..n.start].contains([',', '，']))
            .collect();
        // An organisation or person in the phrase rather than the country its name opens
        // with ("据印度尼西亚气象、气候和地球物理局（BMKG）消息" is BMKG's, not Indonesia's).
        let actor = before_comma
            .iter()
            .filter(|n| n.org || n.person)
            // "según las estimaciones de la Junta", "according to figures from the ONS".
            .filter(|n| self.words(p.1, n.start) <= 5 || self.lang == "zh")
            .min_by_key(|n| n.start);
        let first = before_comma
            .iter()
            .filter(|n| self.words(p.1, n.start) <= 3)
            .min_by_key(|n| n.start);
        if let Some(n) = actor.or(first) {
            return Some(Self::name_ref(n));
        }
        // The words after the phrase up to a comma ("according to officials"); with no
        // comma near, a determiner and the capitalised words after it ("nach Angaben der
        // Polizei am Donnerstag …").
        if let Some(s) = self.source_without_comma(p) {
            return Some(s);
        }
        let rest = &self.text[p.1..self.end];
        let stop = rest.find([',', '，', '.', '。']).unwrap_or(rest.len());
        let w = if self.words(p.1, p.1 + stop) <= 5 {
            rest[..stop].trim()
        } else {
            capitalised_phrase(&rest[..stop])
        };
        (!w.is_empty()).then(|| {
            let a = p.1 + rest.find(w).unwrap_or(0);
            SpeakerRef {
                start: a,
                end: a + w.len(),
                entity: None,
            }
        })
    }

    /// In a language of [`NO_COMMA_SOURCES`], a source phrase opening its sentence with no
    /// comma near: the source is the name right after it, else an optional article and one
    /// word ("Laut Polizei", "Volgens de politie", "Według policji").
    pub(super) fn source_without_comma(&self, p: (usize, usize)) -> Option<SpeakerRef> {
        if !NO_COMMA_SOURCES.contains(&self.lang) || self.words(self.start, p.0) > 0 {
            return None;
        }
        let rest = &self.text[p.1..self.end];
        if rest
            .find([',', '，'])
            .is_some_and(|comma| self.words(p.1, p.1 + comma) <= 8)
        {
            return None;
        }
        if let Some(n) = self
            .names
            .iter()
            .filter(|n| n.start >= p.1 && self.words(p.1, n.start) <= 1)
            .min_by_key(|n| n.start)
        {
            return Some(Self::name_ref(n));
        }
        let mut words = rest.split_whitespace();
        let first = words.next()?;
        let w = if ARTICLES.contains(&first.to_lowercase().as_str()) {
            let second = words.next()?;
            let end = rest.find(second)? + second.len();
            rest[..end].trim()
        } else if self.lang == "pl" {
            // A Polish noun with its adjective after it, in the genitive ("straży pożarnej").
            match words.next() {
                Some(adj) if ["ej", "ego", "ych"].iter().any(|e| adj.ends_with(e)) => {
                    let end = rest.find(adj)? + adj.len();
                    rest[..end].trim()
                }
                _ => first,
            }
        } else {
            first
        };
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let a = p.1 + rest.find(w)?;
        Some(SpeakerRef {
            start: a,
            end: a + w.len(),
            entity: None,
        })
    }
}
