//! Languages, the shape of their word tables, and the lookups built from them once.

use super::text::{script, Phrases, Script};
use super::{lex_north, lex_other, lex_slavic, lex_west};
use concord_model::Qualifier;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// A number word and how it combines with its neighbours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Nw {
    /// A numeral: "two", "vinte", "сто".
    A(f64),
    /// A multiplier inside a group: "hundred", "cento", 百, 千.
    S(f64),
    /// A group multiplier, worth itself when alone: "thousand", "mil", "mille", "million".
    B(f64),
    /// A plural group multiplier, a vague quantity when alone: "milhões", "millions" (fr).
    P(f64),
    /// A multiplier that only counts after a number: "тысяч", "mila", "mln", "bn".
    G(f64),
    /// A vague quantity P..10·P: "thousands", "milhares", "dezenas".
    V(f64),
    /// A vague quantity with its own bounds: "kilkanaście" (10..20).
    R(f64, f64),
    /// "one", "a", "um", "ein": 1, but only before a multiplier.
    One,
    /// "half": 0.5 before a multiplier ("half a million", "pół miliona").
    Half,
    /// "several", "vários", "несколько": a vague quantity with a multiplier after it.
    Sev,
    /// "und"/"en" inside a one-word numeral ("fünfundzwanzig", "vijfentwintig").
    J,
}

/// The words of one language the number finder needs. All entries are lower-case.
pub(super) struct Lex {
    /// Number words, multipliers and vague quantities.
    pub words: &'static [(&'static str, Nw)],
    /// Pieces of numerals written as one word (it "duecentomila", de "zweitausend").
    pub pieces: &'static [(&'static str, Nw)],
    /// Words joining numerals ("vinte e cinco", "treinta y cinco", "hundred and five").
    pub num_joiners: &'static [&'static str],
    /// Qualifiers written before the number.
    pub before: &'static [(&'static str, Qualifier)],
    /// Range words: (opener, middle); an empty opener means the middle alone makes a range.
    pub range: &'static [(&'static str, &'static str)],
    /// Words linking a quantity to its noun ("milhares de soldados", "10% of voters").
    pub of: &'static [&'static str],
    /// Articles that may follow such a link ("of the").
    pub articles: &'static [&'static str],
    /// Conjunctions that continue a counted phrase ("engenheiros e trabalhadores").
    pub joiners: &'static [&'static str],
    /// Prepositions starting a complement inside a counted phrase ("rodadas de artilharia").
    pub complements: &'static [&'static str],
    /// Function words and common verbs: a counted phrase stops at them.
    pub stop: &'static [&'static str],
    /// Endings of inflected verbs (pt "-ram", ru "-ли"): a counted phrase stops there too.
    pub verb_suffixes: &'static [&'static str],
    /// Words before a bare year ("em 2024", "in 2024", "в 2024").
    pub year_before: &'static [&'static str],
    /// "há 3 dias", "hace 3 días": relative times, left to the times finder.
    pub ago_before: &'static [&'static str],
    /// "3 days ago", "3 giorni fa", "3 дня назад".
    pub ago_after: &'static [&'static str],
    /// Words before a clock hour; `true` when they alone make it one ("às 15", "alle 10").
    pub clock_before: &'static [(&'static str, bool)],
    /// Numerals that are also common other words: kept only with a noun or multiplier.
    pub weak: &'static [&'static str],
    pub decimal_comma: bool,
    /// Whether a plain space groups thousands ("6 000"); no-break spaces always do.
    pub space_groups: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lang {
    En,
    Pt,
    Es,
    It,
    Fr,
    De,
    Nl,
    Pl,
    Ru,
    Uk,
    El,
    Ar,
    Zh,
    Ja,
    Ko,
}

const ALL: [Lang; 15] = [
    Lang::En,
    Lang::Pt,
    Lang::Es,
    Lang::It,
    Lang::Fr,
    Lang::De,
    Lang::Nl,
    Lang::Pl,
    Lang::Ru,
    Lang::Uk,
    Lang::El,
    Lang::Ar,
    Lang::Zh,
    Lang::Ja,
    Lang::Ko,
];

impl Lang {
    pub(super) fn from_code(code: &str) -> Option<Lang> {
        let code = code.get(..2).unwrap_or(code).to_ascii_lowercase();
        Some(match code.as_str() {
            "en" => Lang::En,
            "pt" => Lang::Pt,
            "es" => Lang::Es,
            "it" => Lang::It,
            "fr" => Lang::Fr,
            "de" => Lang::De,
            "nl" => Lang::Nl,
            "pl" => Lang::Pl,
            "ru" => Lang::Ru,
            "uk" => Lang::Uk,
            "el" => Lang::El,
            "ar" => Lang::Ar,
            "zh" => Lang::Zh,
            "ja" => Lang::Ja,
            "ko" => Lang::Ko,
            _ => return None,
        })
    }

    /// The language whose tables fit the text's script when the code is unknown: the first
    /// distinctive letters decide (kana before Han, since Japanese also uses Han).
    pub(super) fn by_script(text: &str) -> Lang {
        let mut han = false;
        for c in text.chars().take(2000) {
            match script(c) {
                Some(Script::Kana) => return Lang::Ja,
                Some(Script::Hangul) => return Lang::Ko,
                Some(Script::Han) => han = true,
                Some(Script::Alpha) if !han => match c as u32 {
                    0x0400..=0x04FF => return Lang::Ru,
                    0x0370..=0x03FF | 0x1F00..=0x1FFF => return Lang::El,
                    0x0600..=0x06FF => return Lang::Ar,
                    _ => {}
                },
                _ => {}
            }
        }
        if han {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    pub(super) fn cjk(self) -> bool {
        matches!(self, Lang::Zh | Lang::Ja | Lang::Ko)
    }

    fn lex(self) -> &'static Lex {
        match self {
            Lang::En => &lex_west::EN,
            Lang::Pt => &lex_west::PT,
            Lang::Es => &lex_west::ES,
            Lang::It => &lex_west::IT,
            Lang::Fr => &lex_west::FR,
            Lang::De => &lex_north::DE,
            Lang::Nl => &lex_north::NL,
            Lang::El => &lex_north::EL,
            Lang::Pl => &lex_slavic::PL,
            Lang::Ru => &lex_slavic::RU,
            Lang::Uk => &lex_slavic::UK,
            Lang::Ar => &lex_other::AR,
            Lang::Zh => &lex_other::ZH,
            Lang::Ja => &lex_other::JA,
            Lang::Ko => &lex_other::KO,
        }
    }
}

/// A language's tables turned into lookups.
pub(super) struct Tables {
    pub lex: &'static Lex,
    pub words: FxHashMap<&'static str, Nw>,
    /// First two chars and length of number words (length 0 in languages that write
    /// numerals as one word of any length): other words are skipped without a lookup.
    pub starts: FxHashSet<(char, char, usize)>,
    /// Pieces, longest first, for greedy splitting of one-word numerals.
    pub pieces: Vec<(&'static str, Nw)>,
    pub stop: FxHashSet<&'static str>,
    /// First words of qualifiers ("almeno", "близько"): they start a new number, so a
    /// counted phrase does not run into them.
    pub qual_first: FxHashSet<&'static str>,
    pub year_before: FxHashSet<&'static str>,
    pub before: Phrases<Qualifier>,
    pub clock_before: Phrases<bool>,
    pub ago_before: Phrases<()>,
}

impl Tables {
    fn build(lang: Lang) -> Tables {
        let lex = lang.lex();
        let mut pieces = lex.pieces.to_vec();
        pieces.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        let any_length = !lex.pieces.is_empty();
        let starts = lex
            .words
            .iter()
            .chain(lex.pieces)
            .map(|(w, _)| start_key(w, any_length))
            .collect();
        Tables {
            lex,
            words: lex.words.iter().copied().collect(),
            starts,
            pieces,
            stop: lex.stop.iter().copied().collect(),
            qual_first: lex
                .before
                .iter()
                .filter_map(|(p, _)| p.split(' ').next())
                .collect(),
            year_before: lex.year_before.iter().copied().collect(),
            before: Phrases::new(lex.before.iter().copied()),
            clock_before: Phrases::new(lex.clock_before.iter().copied()),
            ago_before: Phrases::new(lex.ago_before.iter().map(|&p| (p, ()))),
        }
    }

    pub(super) fn is_weak(&self, lower: &str) -> bool {
        self.lex.weak.contains(&lower)
    }
}

/// The key of [`Tables::starts`] for a lower-case word.
fn start_key(word: &str, any_length: bool) -> (char, char, usize) {
    let mut cs = word.chars();
    let c0 = cs.next().unwrap_or(' ');
    let c1 = cs.next().filter(|&c| script(c).is_some()).unwrap_or(' ');
    let len = if any_length { 0 } else { word.chars().count() };
    (c0, c1, len)
}

static TABLES: LazyLock<Vec<Tables>> =
    LazyLock::new(|| ALL.iter().map(|&l| Tables::build(l)).collect());

pub(super) fn tables(lang: Lang) -> &'static Tables {
    &TABLES[lang as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_scripts() {
        assert_eq!(Lang::from_code("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_code("xx"), None);
        assert_eq!(Lang::by_script("Более 10 тысяч"), Lang::Ru);
        assert_eq!(Lang::by_script("約1000人の兵士"), Lang::Ja);
        assert_eq!(Lang::by_script("士兵1000名"), Lang::Zh);
        assert_eq!(Lang::by_script("병력 1만 명"), Lang::Ko);
        assert_eq!(Lang::by_script("about 10"), Lang::En);
    }

    #[test]
    fn tables_are_lower_case_and_unique() {
        for &l in &ALL {
            let t = tables(l);
            for (w, _) in t.lex.words.iter().chain(t.lex.pieces) {
                assert_eq!(w.to_lowercase(), *w, "{l:?} {w}");
            }
            for w in t.lex.stop {
                assert_eq!(w.to_lowercase(), *w, "{l:?} {w}");
            }
            for (p, _) in t.lex.before {
                assert_eq!(p.to_lowercase(), *p, "{l:?} {p}");
            }
            let mut seen = FxHashSet::default();
            for (w, _) in t.lex.words {
                assert!(seen.insert(*w), "{l:?} duplicate {w}");
            }
        }
    }
}
