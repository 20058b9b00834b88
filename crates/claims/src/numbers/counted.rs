//! What a number counts, in languages written with spaces: the noun phrase after it, from
//! its first content word through adjectives, "de/of" complements and "and"-joined nouns,
//! up to a verb, a function word, punctuation or six words ("6.000 engenheiros e
//! trabalhadores militares", "10 milhões de rodadas de artilharia e mísseis").
//!
//! Verbs are found with small stop lists and a few inflection endings per language; German
//! nouns are found by their capital letter instead.

use super::compose::Compose;
use super::lang::Lang;
use super::scan::Scanner;
use super::text::{at, before, is_alpha, is_arabic_prefix, skip_blank, skip_blank_back, word_end};
use super::units::{is_money, is_rate};

/// Words for "per" before the unit a measure is divided by.
const PER: &[&str] = &[
    "per", "je", "pro", "por", "par", "з", "с", "із", "na", "на", "al", "a",
];
/// What measures are divided by, besides units: areas and spans of time (folded to lower
/// case, as written in the common cases).
#[rustfmt::skip]
const DENOMINATORS: &[&str] = &[
    "hectare", "hectárea", "hectare", "ettaro", "hektar", "hektara", "гектар", "гектара",
    "день", "сутки", "год", "рік", "day", "year", "hour", "día", "año", "hora", "giorno",
    "anno", "ora", "jour", "an", "heure", "tag", "jahr", "stunde", "dzień", "rok", "godzinę",
    "person", "persona", "habitant", "habitante", "abitante", "einwohner", "mieszkańca",
    "жителя", "людину",
];

/// Most words a counted phrase may have.
const MAX_WORDS: usize = 6;
/// Links to a complement without an article in them ("de", not "del" or "dos").
const BARE_OF: &[&str] = &["de", "d", "di", "of", "von", "van"];

impl Scanner<'_> {
    /// The next word after `pos` on the same line, and where the one after it may start
    /// (past an elision apostrophe: "d'élite").
    fn token(&self, pos: usize) -> Option<(usize, usize, usize)> {
        let s = skip_blank(self.text, pos);
        if !at(self.text, s).is_some_and(is_alpha) {
            return None;
        }
        let e = word_end(self.text, s, self.lang == Lang::Uk);
        let next = match at(self.text, e) {
            Some(c @ ('\'' | '’')) if at(self.text, e + c.len_utf8()).is_some_and(is_alpha) => {
                e + c.len_utf8()
            }
            _ => e,
        };
        Some((s, e, next))
    }

    /// Whether `text[s..e]` can be part of a counted phrase: not a function word, verb,
    /// qualifier or number word. Leaves the word lower-cased in the buffer.
    fn content(&mut self, s: usize, e: usize) -> bool {
        self.lower(s, e);
        let t = self.t;
        let excluded = |w: &str| {
            t.stop.contains(w)
                || t.qual_first.contains(w)
                || t.lex.ago_after.contains(&w)
                || t.words.contains_key(w)
        };
        let w = self.buf.as_str();
        // "twenty-five", and Arabic words with a glued "و" (and) or "ب" (with).
        let head = w.split('-').next().unwrap_or(w);
        let mut chars = w.chars();
        let glued = self.lang == Lang::Ar && chars.next().is_some_and(is_arabic_prefix);
        let plain = !(excluded(w) || excluded(head) || glued && excluded(chars.as_str()));
        if !plain {
            return false;
        }
        // One-word numerals ("trecentomila", "zweitausend").
        if !self.t.pieces.is_empty() && w.len() >= 6 {
            let mut c = Compose::new(false);
            let number = self.push_word(s, e, &mut c, false);
            self.lower(s, e);
            return !number;
        }
        true
    }

    fn verb_like(&self) -> bool {
        let w = self.buf.as_str();
        let n = w.chars().count();
        self.t
            .lex
            .verb_suffixes
            .iter()
            .any(|s| n >= s.chars().count() + 2 && w.ends_with(s))
    }

    /// The counted phrase after `pos`. With `link`, a linking "de/of" (and article) may
    /// come first ("milhares de soldados", "10% of the voters"); after a unit (money,
    /// percent, measure) it must, except for percent and measures in languages that link by
    /// case ("10% избирателей", "500 тонн боеприпасов").
    pub(super) fn counted_after(
        &mut self,
        pos: usize,
        link: bool,
        unit: Option<&str>,
    ) -> Option<(usize, usize)> {
        let mut p = pos;
        let (s, e, n) = self.token(p)?;
        // "29,5 proc. Druga tura…": the abbreviation's period also ended the sentence.
        if before(self.text, skip_blank_back(self.text, s)) == Some('.')
            && at(self.text, s).is_some_and(char::is_uppercase)
        {
            return None;
        }
        let (t, lang) = (self.t, self.lang);
        // A measure per area or per unit ("7,6 Tonnen je Hektar", "від 3,5 до 5 тонн з
        // гектара", "40 km per hour") is a rate: it counts nothing.
        let per = PER.contains(&self.lower(s, e));
        if per && unit.is_some_and(|u| !is_money(u) && !is_rate(u)) {
            if let Some((s2, e2, _)) = self.token(n) {
                if DENOMINATORS.contains(&self.lower(s2, e2))
                    || super::units::after(self.text, s2).is_some()
                {
                    return None;
                }
            }
        }
        let w = self.lower(s, e);
        let linked = t.lex.of.contains(&w) && (link || !matches!(lang, Lang::De));
        // A link with an article in it ("du", "del", "dos") after a sum of money names
        // what the money belongs to, not what it buys ("6 milliards d'euros du budget").
        let mut possessor = linked && !BARE_OF.contains(&w);
        // Slavic languages link by case ("500 тонн боеприпасов"); after a sum, only a word
        // in the genitive plural is what it is for ("300 млрд рублей льготных кредитов"), not
        // the subject of the next clause ("5 млрд рублей правительство выделило").
        const GENITIVE_PLURAL: &[&str] =
            &["ов", "ев", "ей", "ых", "их", "ів", "їв", "ów", "ych", "ich"];
        let by_case = matches!(self.lang, Lang::Ru | Lang::Uk | Lang::Pl)
            && (!unit.is_some_and(is_money) || {
                let w = self.lower(s, e);
                GENITIVE_PLURAL.iter().any(|x| w.ends_with(x))
            });
        // English puts the noun right after a percentage or a sum: "25% tariffs", "a $1.2
        // billion loan".
        let en_percent = self.lang == Lang::En
            && unit.is_some_and(|u| is_rate(u) || is_money(u))
            && !linked
            // "rose 4.4% year on year": a time word is no noun it is for.
            && !matches!(
                self.lower(s, e),
                "year" | "month" | "week" | "day" | "quarter" | "annually"
            )
            && at(self.text, s).is_some_and(char::is_lowercase)
            && self.content(s, e)
            && !self.verb_like();
        // German and Dutch put the measured thing right after the measure: "2.100 Hektar
        // Wald", "40 Zentimeter Neuschnee", "10 ton staal".
        let juxtaposed = matches!(self.lang, Lang::De | Lang::Nl)
            && unit.is_some_and(|u| !is_rate(u) && !is_money(u));
        if unit.is_some() && !linked && !by_case && !en_percent && !juxtaposed {
            return None;
        }
        if linked {
            p = n;
            if let Some((s2, e2, n2)) = self.token(p) {
                if self.t.lex.articles.contains(&self.lower(s2, e2)) {
                    p = n2;
                    possessor = true;
                }
            }
        }
        if possessor && unit.is_some_and(is_money) {
            return None;
        }
        if self.lang == Lang::De {
            return self.counted_german(p);
        }
        let mut first = None;
        let mut last = 0;
        let mut words = 0;
        while let Some((s, e, n)) = self.token(p) {
            self.lower(s, e);
            let w = self.buf.as_str();
            let joiner = self.t.lex.joiners.contains(&w);
            let complement = self.t.lex.complements.contains(&w);
            if first.is_none() && (joiner || complement) {
                break;
            }
            if joiner || complement {
                // Continue only if a content word follows ("e mísseis", not "e foram").
                let mut q = n;
                if complement {
                    if let Some((s2, e2, n2)) = self.token(q) {
                        if self.t.lex.articles.contains(&self.lower(s2, e2)) {
                            q = n2;
                        }
                    }
                }
                let Some((s3, e3, _)) = self.token(q) else {
                    break;
                };
                // English "-ing" after "and" is a second verb ("killing two people and
                // injuring 45"), not a second counted noun.
                if !self.content(s3, e3) || self.verb_like() {
                    break;
                }
                if self.lang == Lang::En && self.buf.len() > 5 && self.buf.ends_with("ing") {
                    break;
                }
                p = q;
                continue;
            }
            if !self.content(s, e) {
                break;
            }
            if self.verb_like() {
                // English "-ed" words are adjectives before a noun ("3 wounded soldiers").
                let next = self.token(n);
                let adjective = self.lang == Lang::En
                    && first.is_none()
                    && next.is_some_and(|(s2, e2, _)| self.content(s2, e2) && !self.verb_like());
                if !adjective {
                    break;
                }
            }
            first.get_or_insert(s);
            last = e;
            words += 1;
            if words >= MAX_WORDS {
                break;
            }
            p = n;
        }
        let span = first.map(|f| (f, last));
        if en_percent {
            // Unlinked, the noun stands as a modifier ("a $1.2 billion aid package"): at
            // most two words, and a second one ending in -s is the verb ("the $1.2 billion
            // package covers").
            return span.map(|(f, l)| self.modifier_noun(f, l));
        }
        span
    }

    /// The first word of `text[f..l]`, and the second when it cannot be a verb.
    fn modifier_noun(&self, f: usize, l: usize) -> (usize, usize) {
        let mut end = word_end(self.text, f, false);
        if let Some((s2, e2, _)) = self.token(end).filter(|&(s2, _, _)| s2 < l) {
            if !self.text[s2..e2].ends_with('s') {
                end = e2;
            }
        }
        (f, end.min(l))
    }

    /// German: lower-case adjectives, then capitalised nouns, joined by "und"/"oder"
    /// ("500 ukrainische Soldaten und Offiziere").
    fn counted_german(&mut self, mut p: usize) -> Option<(usize, usize)> {
        let mut first = None;
        let mut last = None;
        let mut words = 0;
        while let Some((s, e, n)) = self.token(p) {
            self.lower(s, e);
            let cap = at(self.text, s).is_some_and(char::is_uppercase);
            if self.t.lex.joiners.contains(&self.buf.as_str()) && last.is_some() {
                p = n;
                continue;
            }
            if !self.content(s, e) {
                break;
            }
            let w = self.buf.as_str();
            if cap {
                last = Some(e);
            } else {
                let adjective = ["e", "en", "er", "es", "em"].iter().any(|x| w.ends_with(x));
                if last.is_some() || !adjective {
                    break;
                }
            }
            first.get_or_insert(s);
            words += 1;
            if words >= MAX_WORDS {
                break;
            }
            p = n;
        }
        Some((first?, last?))
    }
}
