//! The scanner: walks the text once, starts a number at digits, number words or CJK
//! numerals, and grows it to the right (multipliers, range, unit) before `finish.rs` adds
//! what surrounds it (qualifier, counted phrase) and drops what is not a quantity.

use super::compose::Compose;
use super::exclude::{code_end, glued_left, punctuated};
use super::grow::{Next, DOTTED};
use super::lang::{Lang, Nw, Tables};
use super::numerals::{digits, is_digit, parse, Format, Literal};
use super::text::{
    at, before, is_alnum, is_alpha, is_arabic_prefix, lower1, lower_into, script, sentence_start,
    skip_blank, skip_blank_back, word_end, Script,
};
use super::units;
use super::{cjk, NumberMention};
use concord_model::Qualifier;

/// A number being built.
#[derive(Clone, Debug)]
pub(super) struct Found {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub max: Option<f64>,
    pub qualifier: Option<Qualifier>,
    pub unit: Option<&'static str>,
    pub counted: Option<(usize, usize)>,
    /// The digits it started from, when it did.
    pub lit: Option<Literal>,
    /// A multiplier word took part.
    pub mult: bool,
    pub vague: bool,
    pub range: bool,
    /// A lone numeral that is also another word (fr "neuf"): kept only with a noun.
    pub weak: bool,
    /// What is counted is known to be nothing (ages) or was set already (CJK).
    pub counted_done: bool,
}

impl Found {
    pub(super) fn new(start: usize, end: usize, lit: Option<Literal>) -> Found {
        Found {
            start,
            end,
            value: 0.0,
            max: None,
            qualifier: None,
            unit: None,
            counted: None,
            lit,
            mult: false,
            vague: false,
            range: false,
            weak: false,
            counted_done: false,
        }
    }

    pub(super) fn set(&mut self, c: &Compose) -> bool {
        let Some((v, m)) = c.result() else {
            return false;
        };
        self.value = v;
        self.max = m;
        self.mult |= c.mult;
        self.vague = m.is_some();
        true
    }
}

pub(super) struct Scanner<'t> {
    pub text: &'t str,
    pub lang: Lang,
    pub t: &'static Tables,
    pub fmt: Format,
    /// Reused lower-case buffer.
    pub buf: String,
    pub out: Vec<NumberMention>,
    /// Nothing new may start before this: the end of the previous mention.
    pub floor: usize,
}

impl<'t> Scanner<'t> {
    pub(super) fn new(text: &'t str, lang: Lang, fmt: Format) -> Scanner<'t> {
        Scanner {
            text,
            lang,
            t: super::lang::tables(lang),
            fmt,
            buf: String::with_capacity(64),
            out: Vec::new(),
            floor: 0,
        }
    }

    pub(super) fn run(mut self) -> Vec<NumberMention> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                i = if b.is_ascii_digit() {
                    self.at_digits(i)
                } else if b.is_ascii_alphabetic() {
                    self.at_word(i)
                } else {
                    i + 1
                };
                continue;
            }
            let Some(c) = at(text, i) else { break };
            i = if is_digit(c) {
                self.at_digits(i)
            } else {
                match script(c) {
                    Some(Script::Alpha) => self.at_word(i),
                    Some(Script::Han | Script::Kana)
                        if matches!(self.lang, Lang::Zh | Lang::Ja) =>
                    {
                        cjk::at_han(&mut self, i)
                    }
                    Some(Script::Hangul) if self.lang == Lang::Ko => cjk::at_hangul(&mut self, i),
                    _ => i + c.len_utf8(),
                }
            };
        }
        self.out
    }

    /// Lower-cases `text[s..e]` into the shared buffer.
    pub(super) fn lower(&mut self, s: usize, e: usize) -> &str {
        lower_into(&self.text[s..e], &mut self.buf);
        &self.buf
    }

    pub(super) fn word_at(&self, i: usize) -> Option<(usize, usize)> {
        let i = skip_blank(self.text, i);
        let e = word_end(self.text, i, self.lang == Lang::Uk);
        (e > i && at(self.text, i).is_some_and(is_alpha)).then_some((i, e))
    }

    fn at_digits(&mut self, i: usize) -> usize {
        let text = self.text;
        if glued_left(text, i) {
            return code_end(text, i);
        }
        if let Some(e) = punctuated(text, i) {
            return e;
        }
        let lit = parse(text, i, self.fmt);
        let mut f = Found::new(i, lit.end, Some(lit));
        let j = skip_blank_back(text, i);
        if let Some((s, u)) = units::BEFORE.back(text, j) {
            if s >= self.floor {
                f.start = s;
                f.unit = Some(
                    if u == "CNY" && self.lang == Lang::Ja && text[s..j].starts_with('¥') {
                        "JPY"
                    } else {
                        u
                    },
                );
            }
        }
        let mut comp = Compose::digits(lit.value);
        if let Next::Skip(e) = self.attached(&mut f, &mut comp) {
            return e;
        }
        f.end = self.multipliers(f.end, &mut comp, &mut f);
        if !f.set(&comp) {
            return f.end;
        }
        if let Next::Skip(e) = self.range(&mut f) {
            return e;
        }
        self.grow_and_finish(f)
    }

    /// The unit, CJK words and the rest, shared by digit and word numbers.
    fn grow_and_finish(&mut self, mut f: Found) -> usize {
        if f.unit.is_none() {
            self.unit_after(&mut f);
        }
        if self.lang.cjk() {
            self.qualifier_before(&mut f);
            if let Some(e) = cjk::after(self, &mut f) {
                return e;
            }
        }
        self.finish(f)
    }

    /// Multiplier words after a number ("10 milhões", "2,5 mil milhões", "3 Mrd.",
    /// "10 млн"), and in CJK text the attached 万/亿/만/억 with their digits.
    pub(super) fn multipliers(
        &mut self,
        mut end: usize,
        comp: &mut Compose,
        f: &mut Found,
    ) -> usize {
        if self.lang.cjk() {
            return cjk::multipliers(self, end, comp, f);
        }
        while let Some((s, e)) = self.word_at(end) {
            let t = self.t;
            let Some(&w) = t.words.get(self.lower(s, e)) else {
                break;
            };
            if !matches!(w, Nw::B(_) | Nw::P(_) | Nw::G(_) | Nw::S(_)) || !comp.push(w, false) {
                break;
            }
            let dotted = DOTTED.contains(&self.buf.as_str()) && at(self.text, e) == Some('.');
            end = if dotted { e + 1 } else { e };
        }
        end
    }

    fn at_word(&mut self, i: usize) -> usize {
        let text = self.text;
        let we = word_end(text, i, self.lang == Lang::Uk);
        if before(text, i).is_some_and(is_alnum) {
            return we;
        }
        // The first numeral of "twenty-five" is "twenty".
        let run = text[i..we].split('-').next().unwrap_or("");
        let mut cs = run.chars().map(lower1);
        let c0 = cs.next().unwrap_or(' ');
        let c1 = cs.next().filter(|&c| script(c).is_some()).unwrap_or(' ');
        let len = if self.t.pieces.is_empty() {
            run.chars().count()
        } else {
            0
        };
        let prefixed = self.lang == Lang::Ar && is_arabic_prefix(c0);
        if !self.t.starts.contains(&(c0, c1, len)) && !prefixed {
            return we;
        }
        let Some((comp, s, e, weak)) = self.word_seq(i) else {
            return we;
        };
        // A capitalised numeral inside a sentence is a name ("Sete Lagoas", "Otto").
        let cap = at(text, s).is_some_and(char::is_uppercase);
        if cap && self.lang != Lang::De && !sentence_start(text, s) {
            return we;
        }
        let mut f = Found::new(s, e, None);
        if !f.set(&comp) {
            return we;
        }
        f.weak = weak;
        // "une vingtaine", "una decena", "un centinaio": about that many.
        // (Plurals, "des dizaines", are vague ranges of their own.)
        let approximate = |w: &str| APPROXIMATE_NOUNS.contains(&w);
        if text[s..e]
            .split_whitespace()
            .any(|w| approximate(&w.to_lowercase()))
        {
            f.qualifier = Some(concord_model::Qualifier::About);
        }
        if let Next::Skip(e) = self.range(&mut f) {
            return e;
        }
        self.grow_and_finish(f)
    }

    /// Looks up one word, splitting one-word numerals into pieces (it, de, nl), and feeds
    /// it to `comp`; false leaves `comp` unchanged.
    pub(super) fn push_word(&mut self, s: usize, e: usize, comp: &mut Compose, und: bool) -> bool {
        lower_into(&self.text[s..e], &mut self.buf);
        if let Some(&w) = self.t.words.get(self.buf.as_str()) {
            return comp.push(w, und);
        }
        if self.t.pieces.is_empty() || self.buf.len() < 6 {
            return false;
        }
        let saved = *comp;
        let mut rest = self.buf.as_str();
        let mut und = und;
        let mut n = 0;
        'outer: while !rest.is_empty() {
            for &(p, w) in &self.t.pieces {
                if let Some(r) = rest.strip_prefix(p) {
                    if w == Nw::J {
                        und = true;
                    } else if comp.push(w, und) {
                        und = false;
                        n += 1;
                    } else {
                        continue;
                    }
                    rest = r;
                    continue 'outer;
                }
            }
            break;
        }
        if !rest.is_empty() || n < 2 {
            *comp = saved;
            return false;
        }
        true
    }

    /// A run of number words from `i`: (composition, start, end, weak).
    pub(super) fn word_seq(&mut self, i: usize) -> Option<(Compose, usize, usize, bool)> {
        let text = self.text;
        let mut comp = Compose::new(self.lang == Lang::Fr);
        let mut start = i;
        let mut end = i;
        let mut pos = i;
        let mut und = false;
        let mut n = 0;
        let mut weak = false;
        loop {
            let we = run_end(text, pos, self.lang == Lang::Uk);
            if we == pos {
                break;
            }
            let mut ok = self.push_word(pos, we, &mut comp, und);
            let mut ws = pos;
            if !ok && self.lang == Lang::Ar && at(text, pos).is_some_and(is_arabic_prefix) {
                // "وعشرون" (and twenty), "بمليون" (with a million).
                let c = at(text, pos).unwrap();
                let and = c == 'و';
                ws = pos + c.len_utf8();
                ok = self.push_word(ws, we, &mut comp, n > 0 && and || und);
            }
            if !ok {
                break;
            }
            if n == 0 {
                start = ws;
                weak = self.t.is_weak(&self.buf);
            }
            n += 1;
            end = we;
            und = false;
            // Next word: after a hyphen ("twenty-five"), a joiner ("vinte e cinco") or
            // "of" between a vague quantity and a multiplier ("tens of thousands").
            if at(text, we) == Some('-') && at(text, we + 1).is_some_and(is_alpha) {
                pos = we + 1;
                continue;
            }
            let Some((s2, e2)) = self.word_at(we) else {
                break;
            };
            if text[we..s2].contains('\n') {
                break;
            }
            self.lower(s2, e2);
            let w2 = self.buf.as_str();
            let joiner = self.t.lex.num_joiners.contains(&w2);
            let of = self.t.lex.of.contains(&w2) && comp.is_vague();
            let und_word = matches!(w2, "und" | "و");
            if joiner || of {
                let Some((s3, e3)) = self.word_at(e2) else {
                    break;
                };
                // After a vague quantity only a bigger multiplier may follow.
                let t = self.t;
                let next = t.words.get(self.lower(s3, e3));
                if comp.is_vague() && !next.is_some_and(|&w| comp.takes_of(w)) {
                    break;
                }
                und = und_word;
                pos = s3;
                continue;
            }
            pos = s2;
        }
        (n > 0).then_some((comp, start, end, weak && n == 1))
    }

    /// A second number after a range word, with its multipliers: (composition, literal, end).
    pub(super) fn second(&mut self, pos: usize) -> Option<(Compose, Option<Literal>, usize)> {
        let c = at(self.text, pos)?;
        if is_digit(c) {
            let lit = parse(self.text, pos, self.fmt);
            let mut comp = Compose::digits(lit.value);
            let mut scratch = Found::new(pos, lit.end, Some(lit));
            let end = self.multipliers(lit.end, &mut comp, &mut scratch);
            return Some((comp, Some(lit), end));
        }
        if matches!(self.lang, Lang::Zh | Lang::Ja) && script(c) == Some(Script::Han) {
            let (comp, end) = cjk::numeral(self, pos)?;
            return Some((comp, None, end));
        }
        if !is_alpha(c) {
            return None;
        }
        let (comp, _, end, _) = self.word_seq(pos)?;
        Some((comp, None, end))
    }

    pub(super) fn push(&mut self, f: &Found) {
        self.out.push(NumberMention {
            start: f.start,
            end: f.end,
            value: f.value,
            value_max: f.max,
            qualifier: f.qualifier,
            unit: f.unit.map(str::to_string),
            counted: f.counted,
        });
        self.floor = f.end;
    }
}

/// The end of the letters from `i`, stopping at hyphens ("vingt-cinq" is two numerals).
fn run_end(text: &str, i: usize, apostrophe: bool) -> usize {
    let e = word_end(text, i, apostrophe);
    text[i..e].find('-').map_or(e, |k| i + k)
}

/// Reads digits at `i` as a plain integer (used by CJK code for "1亿2000万").
pub(super) fn int_at(text: &str, i: usize) -> Option<(usize, f64)> {
    let (e, v, n) = digits(text, i);
    (n > 0).then_some((e, v))
}

/// Nouns of an approximate number, in the singular: "une vingtaine" is about twenty ("une centaine de manifestants"), not exactly.
const APPROXIMATE_NOUNS: &[&str] = &[
    "dizaine",
    "douzaine",
    "quinzaine",
    "vingtaine",
    "trentaine",
    "cinquantaine",
    "soixantaine",
    "centaine",
    "decena",
    "docena",
    "veintena",
    "treintena",
    "centenar",
    "decina",
    "dozzina",
    "ventina",
    "trentina",
    "quarantina",
    "cinquantina",
    "centinaio",
    "dezena",
    "dúzia",
    "vintena",
    "trintena",
    "centena",
];
