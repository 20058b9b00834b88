//! Growing a number to the right: what is written against the digits ("45%", "3rd",
//! "10km", "5bn", "45-year-old"), a range ("10-12", "entre 10 e 12", "5-7 тысяч") and a
//! unit or currency word after it ("por cento", "milhões de dólares").

use super::compose::Compose;
use super::exclude::code_end;
use super::lang::{Lang, Nw};
use super::numerals::{is_digit, Literal};
use super::scan::{Found, Scanner};
use super::text::{at, is_alpha, match_fwd, skip_blank, word_end};
use super::units::{self, ATTACHED, PERCENT};
use concord_model::Qualifier;

/// Ordinal endings written against the digits ("3rd", "3º", "3e", "3ème").
const ORDINAL: &[&str] = &[
    "st", "nd", "rd", "th", "o", "a", "os", "as", "er", "re", "e", "ère", "ème", "eme", "è",
    "ième", "ieme", "es", "te", "ten", "ste", "sten",
];
/// Multiplier abbreviations written against the digits ("5bn", "10k", "$3m").
const ATTACHED_MULT: &[(&str, f64)] = &[
    ("k", 1e3),
    ("mila", 1e3),
    ("bn", 1e9),
    ("b", 1e9),
    ("mn", 1e6),
    ("mln", 1e6),
    ("m", 1e6),
    ("tn", 1e12),
    ("mld", 1e9),
    ("mio", 1e6),
    ("mrd", 1e9),
    ("тыс", 1e3),
    ("млн", 1e6),
    ("млрд", 1e9),
    ("тис", 1e3),
];
/// Abbreviations that take a dot ("5 Mrd. Euro", "10 тыс. человек").
pub(super) const DOTTED: &[&str] = &[
    "mio", "mrd", "tsd", "тыс", "тис", "млн", "млрд", "трлн", "mln", "mld", "tys", "bln", "md",
    "mds", "εκατ", "δισ",
];

pub(super) enum Next {
    /// Keep the number.
    Keep,
    /// Not a quantity: scanning resumes at this offset.
    Skip(usize),
}

impl Scanner<'_> {
    /// What is written right against the digits: %, ordinal endings, unit symbols,
    /// "5bn", hyphenated words ("45-year-old", "3-day").
    pub(super) fn attached(&mut self, f: &mut Found, comp: &mut Compose) -> Next {
        let text = self.text;
        let e = f.end;
        let Some(c) = at(text, e) else {
            return Next::Keep;
        };
        let money = f.unit.is_some_and(units::is_money);
        match c {
            '%' | '٪' | '％' => {
                f.unit = Some(PERCENT);
                f.end = e + c.len_utf8();
                // "0.3%포인트", "0.3%p": percentage points (the only place a sign takes
                // them: the unit tables are not read once the sign has given one).
                let rest = &text[f.end..];
                // Not "5%p.a." (per annum).
                let points = ["포인트", "p"].iter().find(|p| {
                    rest.starts_with(*p)
                        && !rest[p.len()..]
                            .starts_with(|c: char| c.is_ascii_alphabetic() || c == '.')
                });
                if let Some(p) = points {
                    f.unit = Some(units::PP);
                    f.end += p.len();
                }
                return Next::Keep;
            }
            '+' if !at(text, e + 1).is_some_and(is_digit) => {
                f.qualifier = Some(Qualifier::MoreThan);
                f.end = e + 1;
                return Next::Keep;
            }
            // "15.º gol", "1.ª divisão": an ordinal with its abbreviation point.
            '.' if matches!(at(text, e + 1), Some('º' | 'ª')) => {
                let n = e + 1 + 'º'.len_utf8();
                return Next::Skip(word_end(text, n, false).max(n));
            }
            'º' | 'ª' | '°' => {
                let n = e + c.len_utf8();
                if c != 'ª' && matches!(at(text, n), Some('C' | 'F')) {
                    f.unit = Some(if at(text, n) == Some('C') {
                        "°C"
                    } else {
                        "°F"
                    });
                    f.end = n + 1;
                    return Next::Keep;
                }
                // "3º", "3ª", and "3°" in languages that write ordinals so.
                if c != '°' || matches!(self.lang, Lang::It | Lang::Pt | Lang::Es | Lang::Fr) {
                    return Next::Skip(word_end(text, n, false).max(n));
                }
                f.unit = Some("°C");
                f.end = n;
                return Next::Keep;
            }
            '-' | '‐' if at(text, e + 1).is_some_and(is_alpha) => {
                return self.hyphenated(f, e + 1)
            }
            _ => {}
        }
        if !is_alpha(c) {
            return Next::Keep;
        }
        let we = word_end(text, e, false);
        // Korean particles may follow a unit: "200mm의".
        let glued_on = |end: usize| !at(text, end).is_some_and(|n| is_alpha(n) || is_digit(n));
        for &(sym, unit) in ATTACHED {
            if text[e..].starts_with(sym) && glued_on(e + sym.len()) {
                if sym == "m" && money {
                    break;
                }
                f.unit = Some(unit);
                f.end = e + sym.len();
                return Next::Keep;
            }
        }
        let lower = self.lower(e, we).to_string();
        for &(abbr, m) in ATTACHED_MULT {
            if lower == abbr && (money || !matches!(abbr, "m" | "b")) && comp.push(Nw::G(m), false)
            {
                f.end = if at(text, we) == Some('.') && DOTTED.contains(&abbr) {
                    we + 1
                } else {
                    we
                };
                return Next::Keep;
            }
        }
        if ORDINAL.contains(&lower.as_str()) || lower == "s" {
            return Next::Skip(we);
        }
        if matches!(lower.as_str(), "am" | "pm" | "h" | "hs" | "hrs") {
            return Next::Skip(we);
        }
        Next::Skip(code_end(text, f.start.max(e)))
    }

    /// "45-year-old" (an age: nothing counted), "10-km", "3-day" (what follows is counted),
    /// "3-й", "2-го" (ordinals).
    fn hyphenated(&mut self, f: &mut Found, ws: usize) -> Next {
        let we = word_end(self.text, ws, false);
        let lower = self.lower(ws, we).to_string();
        let ordinal = matches!(
            lower.as_str(),
            "й" | "го"
                | "я"
                | "е"
                | "х"
                | "м"
                | "му"
                | "ми"
                | "ю"
                | "ий"
                | "ый"
                | "ой"
                | "ая"
                | "ое"
                | "ые"
                | "ти"
                | "ї"
                | "та"
                | "ше"
                | "th"
                | "st"
                | "nd"
                | "rd"
        );
        if ordinal {
            return Next::Skip(we);
        }
        let age = [
            "year-old",
            "years-old",
            "летн",
            "річн",
            "letni",
            "jährig",
            "jarig",
            "χρον",
        ]
        .iter()
        .any(|a| lower.starts_with(a));
        if age {
            f.counted_done = true;
            return Next::Keep;
        }
        if let Some((end, unit)) = units::after(self.text, ws) {
            f.unit = Some(unit);
            f.end = end;
            return Next::Keep;
        }
        if !self.t.stop.contains(lower.as_str()) && !self.t.words.contains_key(lower.as_str()) {
            f.counted = Some((ws, we));
            f.counted_done = true;
        }
        Next::Keep
    }

    /// "10-12", "10 a 12", "between 10 and 12", "от 5 до 7", "5-7 тысяч" (the multiplier
    /// of the second number scales the first). Scores ("2-1") and year spans are skipped.
    pub(super) fn range(&mut self, f: &mut Found) -> Next {
        if f.max.is_some() {
            return Next::Keep;
        }
        let text = self.text;
        let p = skip_blank(text, f.end);
        let mut opener = None;
        let mut mid_end = None;
        let mut dash = false;
        if let Some(c) = at(text, p) {
            if matches!(
                c,
                '-' | '–' | '—' | '‐' | '~' | '〜' | '～' | '∼' | '至' | '到'
            ) {
                mid_end = Some(p + c.len_utf8());
                dash = matches!(c, '-' | '–' | '—' | '‐');
            }
        }
        if mid_end.is_none() {
            // "entre un 2,2% y un 2,4%": the opener stands before the article.
            let mut prev = super::text::prev_word(text, f.start, false);
            if let Some((ps, pe)) = prev.filter(|&(ps, _)| ps >= self.floor) {
                let w = self.lower(ps, pe).to_string();
                if INDEFINITE.contains(&w.as_str()) || self.t.lex.articles.contains(&w.as_str()) {
                    prev = super::text::prev_word(text, ps, false);
                }
            }
            for &(open, mid) in self.t.lex.range {
                let Some(e) = match_fwd(mid, text, p) else {
                    continue;
                };
                if open.is_empty() {
                    mid_end = Some(e);
                    break;
                }
                if let Some((ps, pe)) = prev {
                    if ps >= self.floor && self.lower(ps, pe) == open {
                        opener = Some(ps);
                        mid_end = Some(e);
                        break;
                    }
                }
            }
        }
        let Some(m) = mid_end else { return Next::Keep };
        let mut q = skip_blank(text, m);
        // "between £3.1 billion and £3.2 billion", "entre un 2,2% y un 2,4%": the second
        // number repeats the currency sign or the article.
        if let Some((e, _)) = units::BEFORE
            .fwd(text, q)
            .filter(|&(_, u)| Some(u) == f.unit)
        {
            q = e;
        }
        if let Some((ws, we)) = self.word_at(q).filter(|&(ws, _)| ws == q) {
            let w = self.lower(ws, we).to_string();
            // "tra i 38 e i 40 gradi": an article before the second number only when the
            // range opened with one.
            let article = self.t.lex.articles.contains(&w.as_str()) && opener.is_some();
            if INDEFINITE.contains(&w.as_str()) || article {
                q = skip_blank(text, we);
            }
        }
        let Some((comp2, lit2, end2)) = self.second(q) else {
            return Next::Keep;
        };
        let Some((hi, None)) = comp2.result() else {
            return Next::Keep;
        };
        // "40% to 1.2 million": a percentage ranges only to another percentage.
        if f.unit == Some(PERCENT) {
            let attached = matches!(at(text, end2), Some('%' | '٪' | '％'));
            let word =
                units::after(text, skip_blank(text, end2)).is_some_and(|(_, u)| u == PERCENT);
            if !(attached || word) {
                return Next::Keep;
            }
        }
        let lo_raw = f.lit.map_or(f.value, |l| l.value);
        let hi_raw = lit2.map_or(hi, |l| l.value);
        let plain = |l: Option<Literal>| l.is_some_and(|l| l.plain_int());
        if plain(f.lit) && plain(lit2) && !f.mult && !comp2.mult {
            // "2014-2022", "2022-23", "from 2020 to 2024": years; "2-1", "3:0": scores.
            let year = |v: f64| (1900.0..=2100.0).contains(&v);
            let years = f.lit.is_some_and(|l| l.bare4())
                && year(lo_raw)
                && lit2.is_some_and(|l| l.int_digits == 2 && dash || l.bare4() && year(hi_raw));
            if years || dash && (lo_raw >= hi_raw || score_series(text, f.start, end2)) {
                return Next::Skip(end2);
            }
            // "venceu por 2 a 0", "won 3 to 1": a result (a range never falls).
            let mid = text[p..m].trim().to_lowercase();
            let result_word = matches!(mid.as_str(), "a" | "à" | "zu" | "to");
            if result_word && opener.is_none() && lo_raw >= hi_raw && hi_raw <= 20.0 {
                return Next::Skip(end2);
            }
        }
        let mut lo = f.value;
        if !f.mult && comp2.mult && lo_raw < hi_raw {
            lo *= hi / hi_raw;
            f.mult = true;
        }
        if lo >= hi {
            return Next::Keep;
        }
        f.value = lo;
        f.max = Some(hi);
        f.range = true;
        f.end = end2;
        // The second number's own sign or unit word ends the range.
        let sign = at(text, end2).filter(|c| matches!(c, '%' | '٪' | '％'));
        if let Some(c) = sign.filter(|_| f.unit == Some(PERCENT)) {
            f.end += c.len_utf8();
        } else if let Some((e, u)) = units::after(text, skip_blank(text, end2)) {
            if Some(u) == f.unit {
                f.end = e;
            }
        }
        if let Some(s) = opener {
            f.start = s.min(f.start);
        }
        Next::Keep
    }

    /// Percent, currency or unit words after the number ("45 por cento", "10 milhões de
    /// dólares", "millions d'euros", "500 тонн").
    pub(super) fn unit_after(&mut self, f: &mut Found) {
        let text = self.text;
        let p = skip_blank(text, f.end);
        if let Some((e, u)) = units::after(text, p) {
            f.unit = Some(u);
            f.end = e;
            return;
        }
        let Some((s, e)) = self.word_at(p) else {
            return;
        };
        let joiner = self.lower(s, e);
        if s != p || !matches!(joiner, "de" | "di" | "d" | "of" | "del" | "dei") {
            return;
        }
        // After an article ("del", "dei") only a currency: "la línea 6 del Metro" is a line.
        let article = matches!(joiner, "del" | "dei");
        let mut q = e;
        if matches!(at(text, q), Some('\'' | '’')) {
            q += at(text, q).map_or(1, char::len_utf8);
        }
        let q = skip_blank(text, q);
        if let Some((e2, u)) = units::after(text, q) {
            // A capitalised measure word is a name ("6 de Metro Norte"); a symbol is not
            // ("de MWh").
            let named = at(text, q).is_some_and(char::is_uppercase)
                && at(text, q + 1).is_some_and(char::is_lowercase);
            let measure = !units::is_money(u);
            if !units::is_rate(u) && e2 - q > 1 && !(measure && (article || named)) {
                f.unit = Some(u);
                f.end = e2;
            }
        }
    }
}

/// Indefinite articles that may stand before each number of a range.
const INDEFINITE: &[&str] = &["un", "una", "um", "uma", "une", "a", "an"];

/// Whether a pair like "4-6" stands in a list of such pairs: set scores ("6-3, 4-6, 7-6").
fn score_series(text: &str, start: usize, end: usize) -> bool {
    let pair_before = |j: usize| {
        let mut k = j;
        let digits_back = |k: &mut usize| {
            let s = *k;
            while super::text::before(text, *k).is_some_and(|c| c.is_ascii_digit()) {
                *k -= 1;
            }
            *k < s
        };
        digits_back(&mut k) && super::text::before(text, k) == Some('-') && {
            k -= 1;
            digits_back(&mut k)
        }
    };
    let pair_after = |i: usize| {
        let b = text.as_bytes();
        let mut k = i;
        let n = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        k += n;
        n > 0 && b.get(k) == Some(&b'-') && b.get(k + 1).is_some_and(u8::is_ascii_digit)
    };
    let j = super::text::skip_blank_back(text, start);
    let before_comma =
        text[..j].ends_with(',') && pair_before(super::text::skip_blank_back(text, j - 1));
    let after_comma = text[end..].starts_with(',') && pair_after(skip_blank(text, end + 1));
    before_comma || after_comma
}
