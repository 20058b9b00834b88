//! Completing a number with what surrounds it (the qualifier before it, the counted
//! phrase after it) and dropping numbers that context shows are not quantities: dates,
//! years, clock times, labels, names, relative times.

use super::exclude::{is_decade_label, is_label, is_month, is_year_word};
use super::lang::Lang;
use super::numerals::is_digit;
use super::scan::{Found, Scanner};
use super::text::{
    at, before, is_alnum, match_fwd, prev_word, sentence_start, skip_blank, skip_blank_back,
};
use concord_model::Qualifier;

/// Stems of time units: "3 dias atrás" and "há 3 dias" are relative times, not quantities.
#[rustfmt::skip]
const TIME_UNITS: &[&str] = &[
    "second", "minut", "hour", "hora", "heure", "stund", "ora", "ore", "godzin", "час", "годин",
    "sekund", "секунд", "day", "dia", "día", "jour", "tag", "giorn", "dni", "dzie", "ден", "дн",
    "дня", "дней", "доб", "week", "semana", "semaine", "woche", "settiman", "tydzie", "tygodni",
    "недел", "тиж", "month", "mês", "mes", "mois", "monat", "mesi", "mese", "miesi", "месяц",
    "місяц", "year", "ano", "año", "an", "ans", "anné", "jahr", "anni", "anno", "lat", "rok",
    "год", "лет", "рок", "років", "ώρ", "ημέρ", "μέρ", "εβδομάδ", "μήν", "χρόν", "يوم", "أيام",
    "ساعة", "ساعات", "أسبوع", "أسابيع", "شهر", "أشهر", "شهور", "سنة", "سنوات", "عام", "أعوام",
    "uur", "dag", "weken", "maand", "jaar",
];

/// Abbreviations of reference labels, written with a point ("art. 228", "ч. 5 ст. 191"),
/// that end no sentence as words ("no", "par", "pkt" do: "Legia ma 45 pkt. 3 drużyny…").
const REFERENCE_ABBREVIATIONS: &[&str] = &["art", "ст", "ч", "пп", "nr", "ust"];

/// German words before an ordinal written "12." ("der 3. Platz", "seinen 12. Treffer").
#[rustfmt::skip]
const DE_DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "am", "im", "zum", "zur", "vom", "beim", "ein",
    "eine", "einen", "einem", "einer", "eines", "sein", "seine", "seinen", "seinem", "seiner",
    "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "unser", "unsere", "unseren",
    "unserem", "unserer", "dieser", "diese", "diesen", "diesem", "dieses",
];

/// Words after an hour that make it a clock time in any language.
const CLOCK_STRONG: &[&str] = &[
    "uhr", "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "godz", "hs",
];
/// Words after an hour that make it a clock time after "à", "um", "в" and the like.
#[rustfmt::skip]
const CLOCK_WEAK: &[&str] = &[
    "h", "horas", "hora", "heures", "heure", "ore", "uur", "часов", "часа", "час", "годині",
    "годину", "ώρα", "godzinie", "hours",
];

/// A speed written with "per second" or "per hour" before the number in Chinese, Japanese
/// and Korean ("每秒41米", "초속 41m", "时速120公里"): metres become m/s and kilometres km/h.
fn per_time_unit(text: &str, start: usize, unit: Option<&'static str>) -> Option<&'static str> {
    const PER_SECOND: &[&str] = &["每秒", "秒速", "초속"];
    const PER_HOUR: &[&str] = &["时速", "時速", "시속"];
    let before = text[..start].trim_end();
    let before = before
        .strip_suffix('约')
        .or(before.strip_suffix('約'))
        .unwrap_or(before);
    let before = before.strip_suffix("최대").unwrap_or(before).trim_end();
    match unit {
        Some("m") if PER_SECOND.iter().any(|p| before.ends_with(p)) => Some("m/s"),
        Some("km") if PER_HOUR.iter().any(|p| before.ends_with(p)) => Some("km/h"),
        u => u,
    }
}

impl Scanner<'_> {
    /// Adds the qualifier and counted phrase, applies the context exclusions and records
    /// the number; returns where scanning resumes.
    pub(super) fn finish(&mut self, mut f: Found) -> usize {
        self.sign_before(&mut f);
        self.qualifier_before(&mut f);
        self.one_after_comparative(&mut f);
        f.unit = per_time_unit(self.text, f.start, f.unit);
        if !f.counted_done && !self.lang.cjk() {
            let link = f.vague || f.mult || f.unit.is_some();
            f.counted = self.counted_after(f.end, link, f.unit);
        }
        if let Some(e) = self.excluded(&f) {
            return e;
        }
        if self.lang == Lang::Ar && f.qualifier.is_none() {
            // "قتل 10 أشخاص على الأقل": "at least" after the counted noun.
            let p = skip_blank(self.text, f.counted.map_or(f.end, |c| c.1));
            if match_fwd("على الأقل", self.text, p).is_some() {
                f.qualifier = Some(Qualifier::AtLeast);
            }
        }
        if f.start < self.floor {
            return f.end;
        }
        self.push(&f);
        f.end
    }

    /// "более тысячи": after a comparison the genitive singular is one
    /// thousand ("more than a thousand"), where alone the same word is the plural
    /// "thousands".
    fn one_after_comparative(&mut self, f: &mut Found) {
        const GENITIVE_ONE: &[&str] = &["тысячи", "тисячі"];
        if !matches!(self.lang, Lang::Ru | Lang::Uk) || !f.vague || f.qualifier.is_none() {
            return;
        }
        // The numeral word, wherever a unit after it ends the span ("более тысячи рублей").
        let numeral = self.text[f.start..f.end]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| GENITIVE_ONE.contains(&w.to_lowercase().as_str()));
        if numeral && f.max == Some(10.0 * f.value) {
            f.max = None;
            f.vague = false;
        }
    }

    /// "−38 °C", "-0,4%": a minus sign against the number (not after a word or a digit,
    /// where it joins or ranges); "minus 18 Grad", "минус 5 градусов": a temperature below
    /// zero, written out.
    fn sign_before(&mut self, f: &mut Found) {
        const MINUS: &[&str] = &["minus", "минус", "мінус", "moins", "meno", "menos"];
        if f.value <= 0.0 || f.range {
            return;
        }
        let text = self.text;
        if let Some(c @ ('-' | '−')) = before(text, f.start) {
            let sign = f.start - c.len_utf8();
            let free =
                before(text, sign).is_none_or(|b| b.is_whitespace() || "([«\"“„".contains(b));
            // A hyphen before a bare count is a bullet or a dash ("-5 mortos"); a measure,
            // a rate or a decimal takes it as a sign, the minus sign "−" always.
            let measured = f.unit.is_some() || f.lit.is_some_and(|l| l.decimal);
            if sign >= self.floor
                && free
                && (c == '−' || measured)
                && at(text, f.start).is_some_and(is_digit)
            {
                f.value = -f.value;
                f.start = sign;
                return;
            }
        }
        if f.unit != Some("°C") {
            return;
        }
        // Chinese and Korean "below zero", written without a space or with one: "零下41.2
        // 摄氏度", "영하 15도".
        let head = text[..f.start].trim_end();
        if let Some(w) = ["零下", "영하"].iter().find(|w| head.ends_with(**w)) {
            let ps = head.len() - w.len();
            if ps >= self.floor {
                below_zero(f);
                f.start = ps;
                return;
            }
        }
        let Some((ps, pe)) = prev_word(self.text, f.start, false) else {
            return;
        };
        if ps >= self.floor && MINUS.contains(&self.lower(ps, pe)) {
            below_zero(f);
            f.start = ps;
        }
    }

    pub(super) fn qualifier_before(&mut self, f: &mut Found) {
        if f.qualifier.is_some() {
            return;
        }
        let text = self.text;
        let mut j = skip_blank_back(text, f.start);
        // One word between the qualifier and the number: "by" ("почти на 2%", "prawie o 3
        // proc.": the qualifier before it is the number's) or a Romance article ("casi un
        // 40%", "quasi il 30%").
        let hops: &[&str] = match self.lang {
            Lang::Ru | Lang::Uk => &["на"],
            Lang::Pl => &["o"],
            Lang::Es | Lang::Pt | Lang::It | Lang::Fr => &[
                "un", "una", "um", "uma", "il", "el", "los", "las", "les", "os", "as", "i", "gli",
                "la", "le", "lo", "o", "a",
            ],
            _ => &[],
        };
        if !hops.is_empty() && self.t.before.back(text, j).is_none() {
            if let Some((ps, pe)) = prev_word(text, f.start, false) {
                if pe == j && hops.contains(&self.lower(ps, pe)) {
                    let k = skip_blank_back(text, ps);
                    if self.t.before.back(text, k).is_some() {
                        j = k;
                    }
                }
            }
        }
        let Some((s, q)) = self.t.before.back(text, j) else {
            return;
        };
        if s < self.floor {
            return;
        }
        // A word qualifier needs a space before the number ("over 10", not "over10").
        let last = before(text, j).unwrap_or(' ');
        if j == f.start && is_alnum(last) && !self.lang.cjk() {
            return;
        }
        // 最近 (recently) and 附近 (nearby) are not 近 (almost).
        if matches!(self.lang, Lang::Zh | Lang::Ja)
            && text[s..j] == *"近"
            && before(text, s).is_some_and(|c| matches!(c, '最' | '附' | '邻' | '鄰' | '靠'))
        {
            return;
        }
        f.qualifier = Some(q);
        f.start = s;
    }

    fn lower_word(&mut self, span: Option<(usize, usize)>) -> Option<String> {
        span.map(|(s, e)| self.lower(s, e).to_string())
    }

    /// Why the number is not a quantity, as the offset to resume from.
    fn excluded(&mut self, f: &Found) -> Option<usize> {
        let text = self.text;
        let skip = Some(f.end);
        if f.weak && !f.mult && f.counted.is_none() && f.unit.is_none() {
            return skip;
        }
        if self.relative_time(f) {
            return skip;
        }
        let lit = f.lit?;
        let v = lit.value;
        // A number written alone (no multiplier, unit, range or qualifier before it); `bare`
        // when it is also a plain integer.
        let reference = !f.mult && f.unit.is_none() && !f.range && f.start == lit.start;
        let bare = reference && lit.plain_int();
        let uk = self.lang == Lang::Uk;
        // The word before, past an abbreviation's point ("Sept. 30", "No. 7"); not past a
        // full stop, where a sentence opens with a count ("He signed the law. 30 states
        // sued.": something is counted).
        let prev_span = prev_word(text, lit.start, uk)
            .or_else(|| {
                let j = skip_blank_back(text, lit.start);
                let w = (before(text, j) == Some('.'))
                    .then(|| prev_word(text, j - 1, uk))
                    .flatten()
                    .filter(|&(_, e)| e == j - 1)?;
                // Past a full stop only for a number that counts nothing, or after a
                // reference's abbreviation ("art. 228 Kodeksu karnego", "ст. 191 ККУ").
                let abbreviation = REFERENCE_ABBREVIATIONS.contains(&self.lower(w.0, w.1));
                (abbreviation || f.counted.is_none() && f.unit.is_none()).then_some(w)
            })
            .filter(|&(_, e)| !text[e..lit.start].contains('\n'));
        let prev = self.lower_word(prev_span);
        let next_span = self
            .word_at(lit.end)
            .filter(|&(s, _)| !text[lit.end..s].contains('\n'));
        let next = self.lower_word(next_span);
        let prev_dot = prev_span.is_some_and(|(_, e)| at(text, e) == Some('.'));

        // "§ 263 StGB", "№ 5".
        if reference
            && matches!(
                before(text, skip_blank_back(text, lit.start)),
                Some('§' | '№')
            )
        {
            return skip;
        }
        if bare && matches!(at(text, lit.end), Some('.' | ')')) && line_start(text, lit.start) {
            return skip;
        }
        // German and Polish ordinals: "der 3. Platz", "3. miejsce".
        if bare && at(text, lit.end) == Some('.') && f.end == lit.end {
            let lower_next = self.word_at(lit.end + 1).is_some_and(|(s, _)| {
                s == lit.end + 2 && at(text, s).is_some_and(char::is_lowercase)
            });
            let article = prev.as_deref().is_some_and(|p| DE_DETERMINERS.contains(&p));
            if self.lang == Lang::De && article || self.lang == Lang::Pl && lower_next {
                return skip;
            }
        }
        // A number alone in quotation marks is a name ("“618” shopping festival").
        if bare
            && before(text, lit.start).is_some_and(|c| "“\"«„「『".contains(c))
            && at(text, lit.end).is_some_and(|c| "”\"»“」』".contains(c))
        {
            return skip;
        }
        // A lone 0 before more digit groups opens a phone number ("le 0 800 130 000"); an
        // integer written with a leading zero is a code ("el 012", "0800 200 6060").
        let leading_zero =
            lit.end - lit.start >= 3 && text[lit.start..].starts_with('0') && lit.plain_int();
        if bare && (v == 0.0 && lit.end - lit.start == 1 || leading_zero) {
            let mut k = lit.end;
            while at(text, k) == Some(' ') && at(text, k + 1).is_some_and(is_digit) {
                k = super::numerals::digits(text, k + 1).0;
            }
            if k > lit.end || leading_zero {
                return Some(k);
            }
        }
        // A label takes a decimal reference too: "l'article 49.3", "section 2.1".
        if reference {
            if let Some(p) = prev.as_deref() {
                let short = p.chars().count() <= 3 || p == "nº";
                if is_label(p)
                    && (!short || prev_dot || p == "nº" || p == "№")
                    && (!is_decade_label(p) || (lit.int_digits == 2 && v % 10.0 == 0.0))
                {
                    return skip;
                }
            }
        }
        // Brazilian news give the day after the weekday: "nesta terça-feira (15)".
        if bare
            && v <= 31.0
            && before(text, lit.start) == Some('(')
            && at(text, lit.end) == Some(')')
        {
            let day = prev_word(text, lit.start - 1, false).is_some_and(|(s, e)| {
                let w = &text[s..e];
                w.ends_with("feira") || w.ends_with("sábado") || w.ends_with("domingo")
            });
            if day {
                return skip;
            }
        }
        if bare
            && (1.0..=31.0).contains(&v)
            && (self.month_after(lit.end)
                || prev.as_deref().is_some_and(|p| {
                    is_month(p, prev_dot)
                        && text[prev_span.unwrap().1..lit.start]
                            .trim_matches(|c: char| c.is_whitespace() || c == '.')
                            .is_empty()
                }))
        {
            return skip;
        }
        if bare && v <= 24.0 && self.clock(lit.start, lit.end, next.as_deref()) {
            return skip;
        }
        // "a las 17.30", "alle 9.45": hours and minutes written with a dot.
        if lit.decimal
            && !f.mult
            && f.unit.is_none()
            && hour_minute(&text[lit.start..lit.end])
            && self.clock(lit.start, lit.end, next.as_deref())
        {
            return skip;
        }
        if lit.bare4()
            && !f.mult
            && f.unit.is_none()
            && !f.range
            && self.year(f, v, prev_span, next.as_deref())
        {
            return skip;
        }
        // A number right after a capitalised word inside a sentence is part of a name
        // ("Boeing 737", "Apollo 11", "Artikel 5" in German); after a mixed-case word
        // ("iPhone 15", "PlayStation 5") even with a noun after it.
        if bare && f.qualifier.is_none() {
            if let (Some((ps, pe)), Some(p)) = (prev_span, prev.as_deref()) {
                let word = &text[ps..pe];
                let one_space = text[pe..lit.start].chars().count() == 1;
                let cap = word.starts_with(char::is_uppercase);
                let mixed = word.chars().skip(1).any(char::is_uppercase)
                    && word.chars().any(char::is_lowercase);
                let known =
                    self.t.stop.contains(p) || self.t.year_before.contains(p) || is_month(p, true);
                if one_space
                    && !known
                    && (mixed || cap && f.counted.is_none() && !sentence_start(text, ps))
                {
                    return skip;
                }
            }
        }
        None
    }

    /// A month name after a day: "13 de julho", "13 July", "13. Juli", "13 июля".
    fn month_after(&mut self, end: usize) -> bool {
        let text = self.text;
        let mut p = end;
        if at(text, p) == Some('.') {
            p += 1;
        }
        let Some((s, e)) = self.word_at(p) else {
            return false;
        };
        if text[p..s].contains('\n') {
            return false;
        }
        let mut w = self.lower(s, e).to_string();
        let mut e = e;
        if matches!(w.as_str(), "de" | "of" | "del" | "di") {
            let Some((s2, e2)) = self.word_at(e) else {
                return false;
            };
            w = self.lower(s2, e2).to_string();
            e = e2;
        }
        is_month(&w, at(text, e) == Some('.'))
    }

    fn clock(&mut self, start: usize, end: usize, next: Option<&str>) -> bool {
        let p = skip_blank(self.text, end);
        if CLOCK_STRONG
            .iter()
            .any(|c| match_fwd(c, self.text, p).is_some())
        {
            return true;
        }
        let j = skip_blank_back(self.text, start);
        match self.t.clock_before.back(self.text, j) {
            Some((_, true)) => true,
            Some((_, false)) => next.is_some_and(|n| CLOCK_WEAK.contains(&n)),
            None => false,
        }
    }

    /// Whether a plain four-digit number is a year: a year word after it ("году", "r."),
    /// a month or year preposition before it, or nothing counted after a number in
    /// 1900..=2100 ("em 2024", "July 2025", "2024 was").
    fn year(
        &mut self,
        f: &Found,
        v: f64,
        prev_span: Option<(usize, usize)>,
        next: Option<&str>,
    ) -> bool {
        if !(1000.0..=2100.0).contains(&v) {
            return false;
        }
        if next.is_some_and(is_year_word) {
            return true;
        }
        if let Some((ps, pe)) = prev_span {
            let p = self.lower(ps, pe).to_string();
            if is_month(&p, at(self.text, pe) == Some('.'))
                || (f.qualifier.is_none() && self.t.year_before.contains(p.as_str()))
            {
                return true;
            }
            // "Le budget 2026 prévoit", "el presupuesto 2026": a year naming which one.
            let lower_noun = p.chars().all(char::is_lowercase) && p.chars().count() >= 3;
            if lower_noun && modern_year(v) {
                if let Some((s2, e2)) = prev_word(self.text, ps, false) {
                    let w = self.lower(s2, e2).to_string();
                    if self.t.lex.articles.contains(&w.as_str()) {
                        return true;
                    }
                }
            }
            if matches!(p.as_str(), "de" | "of" | "del" | "di" | "du") {
                if let Some((s2, e2)) = prev_word(self.text, ps, false) {
                    let w = self.lower(s2, e2).to_string();
                    if is_month(&w, at(self.text, e2) == Some('.')) {
                        return true;
                    }
                }
            }
        }
        // English writes counts from 1,000 with a comma: after a determiner, "a 2024
        // agreement" and "the 2025 budget" name a year.
        let en_year = self.lang == Lang::En
            && f.qualifier.is_none()
            && prev_span.is_some_and(|(ps, pe)| {
                matches!(
                    self.lower(ps, pe),
                    "a" | "an" | "the" | "its" | "this" | "their" | "his" | "her" | "our"
                )
            });
        if modern_year(v) && en_year {
            return true;
        }
        modern_year(v) && f.counted.is_none() && matches!(f.qualifier, None | Some(Qualifier::UpTo))
    }

    /// "3 days ago", "3 giorni fa", "há 3 dias", "il y a 3 jours": times, not quantities.
    fn relative_time(&mut self, f: &Found) -> bool {
        let Some((cs, ce)) = f.counted else {
            return false;
        };
        if let Some((s, e)) = self.word_at(ce) {
            if self.t.lex.ago_after.contains(&self.lower(s, e)) {
                return true;
            }
        }
        let j = skip_blank_back(self.text, f.start);
        if self.t.ago_before.back(self.text, j).is_none() {
            return false;
        }
        let head_end = super::text::word_end(self.text, cs, false).min(ce);
        let head = self.lower(cs, head_end);
        TIME_UNITS.iter().any(|u| head.starts_with(u))
    }
}

/// Whether only spaces stand between `i` and the start of its line.
fn line_start(text: &str, i: usize) -> bool {
    let j = skip_blank_back(text, i);
    j == 0 || before(text, j) == Some('\n')
}

/// "17.30", "9.45": an hour and two digits of minutes.
fn hour_minute(lit: &str) -> bool {
    let Some((h, m)) = lit.split_once(['.', ':']) else {
        return false;
    };
    let ok = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    ok(h)
        && ok(m)
        && (1..=2).contains(&h.len())
        && m.len() == 2
        && h.parse::<u32>().is_ok_and(|h| h <= 24)
        && m < "60"
}

fn modern_year(v: f64) -> bool {
    (1900.0..=2100.0).contains(&v)
}

/// A temperature written out below zero: both ends of a range turn negative, the lower one
/// first ("minus 5 bis 10 Grad" is −10..−5).
fn below_zero(f: &mut Found) {
    (f.value, f.max) = match f.max {
        Some(m) => (-m, Some(-f.value)),
        None => (-f.value, None),
    };
}
